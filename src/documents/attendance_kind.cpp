// The registry entry of the attendance / sign-in list (danh sách đại biểu).
#include "compose/attendance.h"
#include "documents/kinds.h"
#include "i18n/i18n.h"

namespace thidua::documents {

namespace {

// The composer's options from the values (checked against the choices already).
compose::AttendanceOptions attendance_options(const OptionValues& values) {
  compose::AttendanceOptions options;
  options.order = option_value(values, "sort") == "name" ? compose::AttendanceOrder::name
                                                          : compose::AttendanceOrder::protocol;
  options.landscape = values.count("landscape") > 0;
  return options;
}

}  // namespace

DocumentKind attendance_kind() {
  return pdf_kind({
      .name = "attendance",
      .title = "Danh sách đại biểu",
      .archive_name = "danh-sach-dai-bieu.pdf",
      .outputs = {Output::pdf},  // no --trace: the command never had one
      .summary = N_("Write the attendance / sign-in list (danh sách đại biểu) of an event as a PDF"),
      .usage = N_("thidua attendance EVENT.xml -o FILE.pdf [--sort order|name] [--landscape]"),
      .details =
          N_("A4, Decree 30/2020/NĐ-CP header; the title from the event's kind, the bloc, time and place\n"
          "under it; a table STT | Họ và tên | Chức vụ | Đơn vị | Ký tên | Ghi chú whose header row\n"
          "repeats on every page. --sort order (the default): the guests by role (chair, director,\n"
          "attending), then each member unit's delegates under a row naming the unit, in the bloc's\n"
          "order, then other organisations. --sort name: one list in Vietnamese name order (given\n"
          "name, middle names, family name). An attendee who is also a guest is listed once. An\n"
          "event that names its units but no delegates gets blank rows under each unit (3, or\n"
          "<attendees rows-per-unit=\"N\"/>); one that lists nobody, a blank sheet, with a warning."),
      .options = {
          OptionSpec{"sort", N_("order|name"), N_("protocol order with a row per unit (order), or Vietnamese name order (name)"),
                     "Sắp xếp",
                     {Choice{"order", "Theo thứ tự nghi thức, từng đơn vị"}, Choice{"name", "Theo tên (A–Z)"}},
                     "order"},
          OptionSpec{"landscape", "", N_("A4 landscape, for wider columns"), "Khổ A4 nằm ngang", {}, ""},
      },
      .applies = [](const model::Event& event) {
        return !event.attendees.empty() || !event.guests.empty() || !event.units.empty();
      },
      .why_not = N_("the event lists no guests, units or attendees; the list is a blank sign-in sheet"),
      .when_missing = WhenMissing::warn,
      .compose = [](const model::Event& event, const OptionValues& values) {
        return compose::attendance_data(event, attendance_options(values));
      },
      .meta = compose::attendance_meta,
  });
}

}  // namespace thidua::documents
