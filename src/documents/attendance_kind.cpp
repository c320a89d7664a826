// The attendance / sign-in list's (danh sách đại biểu) options turned into its composer's.
#include "compose/attendance.h"
#include "documents/kinds.h"

namespace thidua::documents {

compose::Data compose_attendance(const model::Event& event, const OptionValues& values) {
  compose::AttendanceOptions options;
  options.order = option_value(values, "sort") == "name" ? compose::AttendanceOrder::name
                                                          : compose::AttendanceOrder::protocol;
  options.landscape = values.count("landscape") > 0;
  return compose::attendance_data(event, options);
}

}  // namespace thidua::documents
