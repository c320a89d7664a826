// `thidua attendance`: the attendance / sign-in list (danh sách đại biểu) of one event as a PDF.
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
  return run_event_document(options, "attendance", [&settings](const Toolbox& tools, const model::Event& event,
                                                 const std::string& output, Diagnostics& diags) {
    return pages_report(write_attendance(tools, event, settings, output, diags));
  });
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
