// The attendance list (danh sách đại biểu): who is on it, in which order and groups, and its template data.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "compose/document_data.h"

namespace thidua::compose {

// How the list is ordered.
enum class AttendanceOrder {
  protocol,  // guests by role (chair, director, attending), then each member unit's delegates
  name,      // one flat list in Vietnamese name order (given name, middle names, family name)
};

// What the `attendance` command may change.
struct AttendanceOptions {
  AttendanceOrder order = AttendanceOrder::protocol;
  bool landscape = false;  // A4 landscape, for wider columns
};

// One person on the list.
struct AttendanceRow {
  std::string name;
  std::string title;  // Chức vụ
  std::string unit;   // Đơn vị: the member unit's short name, or the organisation
  std::string note;   // Ghi chú
};

// A run of rows under one group row; `heading` is empty in a flat (name-ordered) list.
struct AttendanceGroup {
  std::string heading;  // "Công đoàn Viên chức tỉnh Khánh Hòa (Trưởng khối)"
  std::vector<AttendanceRow> rows;
};

// The whole list, in print order.
struct AttendanceList {
  std::vector<AttendanceGroup> groups;
  std::size_t total = 0;  // number of people (group rows not counted)
};

// The ceremony's name in sentence case, e.g. "Hội nghị ký kết giao ước thi đua năm 2022" or
// A person's name as compared: without case and spacing differences ("Bùi Đăng Thành" == "bùi  đăng thành").
std::string name_key(const std::string& name);
// "Lễ phát động phong trào thi đua năm 2012"; the event's own <name> when it has one.
// Shared with the invitations ("Tới dự <ceremony> của <bloc>.").
std::string ceremony_name(const model::Event& event);
// "08 giờ 00, Thứ Tư, ngày 16 tháng 02 năm 2022"; without the time when the event has none.
std::string ceremony_when(const model::Event& event);
// "DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ KÝ KẾT GIAO ƯỚC THI ĐUA NĂM 2022".
std::string attendance_title(const model::Event& event);
// The people on the list, grouped and ordered as `order` asks (see attendance.cpp for the rules).
AttendanceList attendance_list(const model::Event& event, AttendanceOrder order);
// "Tổng số: 37 đại biểu".
std::string attendance_total(std::size_t people);
// Everything templates/attendance/document.mustache needs.
Data attendance_data(const model::Event& event, const AttendanceOptions& options);
// The PDF metadata of the list (creation date = the event's date).
DocumentMeta attendance_meta(const model::Event& event);

}  // namespace thidua::compose
