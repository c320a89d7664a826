// `thidua agreement`: the emulation agreement PDF of one event, ready to print and sign.
#include <iostream>

#include "cli/command.h"
#include "cli/event_input.h"
#include "cli/pipeline.h"
#include "io/files.h"
#include "layout/trace_canvas.h"

namespace thidua::cli {

namespace {

int run_agreement(const po::variables_map& options) {
  const std::string event_file = options["event"].as<std::string>();
  const std::string output = options["output"].as<std::string>();
  LoadedEvent loaded = load_event_reporting(event_file);
  if (!loaded.event) return static_cast<int>(loaded.failure);
  const Toolbox tools(option_or_empty(options, "templates"), option_or_empty(options, "fonts"));
  Diagnostics diags;
  int pages = 0;
  try {
    if (options.count("trace")) {
      // The layout trace instead of the PDF: what golden tests compare, readable by people.
      layout::TraceCanvas trace;
      pages = render_agreement(tools, *loaded.event, trace, diags);
      io::write_file_atomic(output, trace.text());
    } else {
      pages = write_agreement(tools, *loaded.event, output, diags);
    }
  } catch (const Failure&) {
    diags.print(std::cerr);
    throw;
  }
  diags.print(std::cerr);
  std::cout << output << ": " << pages << (pages == 1 ? " page\n" : " pages\n");
  return 0;
}

}  // namespace

Command agreement_command() {
  Command command;
  command.name = "agreement";
  command.summary = "Write the agreement PDF (giao ước thi đua) of an event";
  command.usage = "thidua agreement EVENT.xml -o FILE.pdf [--templates DIR]";
  command.details =
      "A4, Decree 30/2020/NĐ-CP format: header with the national motto, legal bases, numbered\n"
      "contents and targets, implementation, one signature block per member unit in the bloc's\n"
      "order (two to a row), recipients, page numbers from page 2.";
  command.declare = [](po::options_description& options, po::options_description& hidden,
                       po::positional_options_description& positional) {
    add_output_options(options, "FILE.pdf");
    options.add_options()("trace", "write the layout trace (one drawing call per line) instead of the PDF");
    hidden.add_options()("event", po::value<std::string>()->required(), "the event file");
    positional.add("event", 1);
  };
  command.run = run_agreement;
  return command;
}

}  // namespace thidua::cli
