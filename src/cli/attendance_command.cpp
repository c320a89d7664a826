// `thidua attendance`: the attendance / sign-in list (danh sách đại biểu) of one event as a PDF.
#include <iostream>

#include "cli/command.h"
#include "cli/event_input.h"
#include "cli/pipeline.h"

namespace thidua::cli {

namespace {

compose::AttendanceOrder parse_order(const std::string& value) {
  if (value == "order") return compose::AttendanceOrder::protocol;
  if (value == "name") return compose::AttendanceOrder::name;
  throw UsageError("invalid --sort '" + value + "'; expected order or name");
}

int run_attendance(const po::variables_map& options) {
  compose::AttendanceOptions settings;
  settings.order = parse_order(options["sort"].as<std::string>());
  settings.landscape = options.count("landscape") > 0;
  const std::string event_file = options["event"].as<std::string>();
  const std::string output = options["output"].as<std::string>();
  LoadedEvent loaded = load_event_reporting(event_file);
  if (!loaded.event) return static_cast<int>(loaded.failure);
  const Toolbox tools(option_or_empty(options, "templates"), option_or_empty(options, "fonts"));
  Diagnostics diags;
  int pages = 0;
  try {
    pages = write_attendance(tools, *loaded.event, settings, output, diags);
  } catch (const Failure&) {
    diags.print(std::cerr);
    throw;
  }
  diags.print(std::cerr);
  std::cout << output << ": " << pages << (pages == 1 ? " page\n" : " pages\n");
  return 0;
}

}  // namespace

Command attendance_command() {
  Command command;
  command.name = "attendance";
  command.summary = "Write the attendance / sign-in list (danh sách đại biểu) of an event as a PDF";
  command.usage = "thidua attendance EVENT.xml -o FILE.pdf [--sort order|name] [--landscape]";
  command.details =
      "A4, Decree 30/2020/NĐ-CP header; the title from the event's kind, the bloc, time and place\n"
      "under it; a table STT | Họ và tên | Chức vụ | Đơn vị | Ký tên | Ghi chú whose header row\n"
      "repeats on every page. --sort order (the default): the guests by role (chair, director,\n"
      "attending), then each member unit's delegates under a row naming the unit, in the bloc's\n"
      "order, then other organisations. --sort name: one list in Vietnamese name order (given\n"
      "name, middle names, family name). An attendee who is also a guest is listed once. An\n"
      "event that lists nobody gets a blank sign-in sheet, with a warning.";
  command.declare = [](po::options_description& options, po::options_description& hidden,
                       po::positional_options_description& positional) {
    add_output_options(options, "FILE.pdf");
    options.add_options()
        ("sort", po::value<std::string>()->default_value("order")->value_name("order|name"),
         "protocol order with a row per unit (order), or Vietnamese name order (name)")
        ("landscape", "A4 landscape, for wider columns");
    hidden.add_options()("event", po::value<std::string>()->required(), "the event file");
    positional.add("event", 1);
  };
  command.run = run_attendance;
  return command;
}

}  // namespace thidua::cli
