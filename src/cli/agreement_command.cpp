// `thidua agreement`: the emulation agreement PDF of one event, ready to print and sign.
#include "cli/command.h"
#include "cli/event_input.h"
#include "cli/pipeline.h"
#include "io/files.h"
#include "layout/trace_canvas.h"

namespace thidua::cli {

namespace {

int run_agreement(const po::variables_map& options) {
  const bool trace = options.count("trace") > 0;
  return run_event_document(options, "agreement", [trace](const Toolbox& tools, const model::Event& event,
                                             const std::string& output, Diagnostics& diags) {
    if (!trace) return pages_report(write_agreement(tools, event, output, diags));
    // The layout trace instead of the PDF: what golden tests compare, readable by people.
    layout::TraceCanvas canvas;
    const int pages = render_agreement(tools, event, canvas, diags);
    io::write_file_atomic(output, canvas.text());
    return pages_report(pages);
  });
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
