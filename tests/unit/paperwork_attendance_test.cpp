// Unit tests of the attendance list's composed data: titles by kind, protocol and name order, groups, totals.
#include <catch2/catch.hpp>
#include <optional>
#include <string>
#include <vector>

#include "compose/attendance.h"
#include "support.h"

namespace {

using namespace thidua;
using compose::AttendanceList;
using compose::AttendanceOrder;

// An event from inline XML (the parts after <place>), loaded as the command line loads a file.
model::Event event_from(const std::string& kind, const std::string& bloc, const std::string& body,
                        const std::string& extra = "") {
  const std::string xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<event id="thu-nghiem" kind=")" + kind + R"(" year="2022">
  <upper name="Liên đoàn Lao động tỉnh Khánh Hòa" short="LĐLĐ tỉnh" parent="Tổng Liên đoàn Lao động Việt Nam"/>
  )" + bloc + R"(
  )" + extra + R"(
  <date>2022-02-16</date>
  <time>08:00</time>
  <place province="Khánh Hòa">Cơ quan Liên đoàn Lao động tỉnh Khánh Hòa</place>
)" + body + "\n</event>\n";
  return testing::load_event_text(xml, "test.xml");
}

const std::string kKhoi = R"(<bloc kind="khoi" name="Công đoàn Ngành I"/>)";

const std::string kUnits = R"(
  <units>
    <unit id="cdvc" short="Công đoàn Viên chức" name="Công đoàn Viên chức tỉnh Khánh Hòa" role="leader">
      <signatory name="Nguyễn Thanh Phong" title="Chủ tịch" authority="TM. BAN CHẤP HÀNH"/>
    </unit>
    <unit id="giaoduc" short="Công đoàn ngành Giáo dục" name="Công đoàn ngành Giáo dục tỉnh Khánh Hòa" role="deputy">
      <signatory name="Lê Thị Thanh Hương" title="Chủ tịch" authority="TM. BAN CHẤP HÀNH"/>
    </unit>
    <unit id="yte" short="Công đoàn ngành Y tế" name="Công đoàn ngành Y tế tỉnh Khánh Hòa">
      <signatory name="Trần Văn Hùng" title="Chủ tịch" authority="TM. BAN CHẤP HÀNH"/>
    </unit>
  </units>)";

std::vector<std::string> headings(const AttendanceList& list) {
  std::vector<std::string> out;
  for (const auto& group : list.groups) out.push_back(group.heading);
  return out;
}

std::vector<std::string> names(const AttendanceList& list) {
  std::vector<std::string> out;
  for (const auto& group : list.groups) {
    for (const auto& row : group.rows) out.push_back(row.name);
  }
  return out;
}

}  // namespace

TEST_CASE("the list's title follows the event's kind and name", "[paperwork][attendance]") {
  CHECK(compose::attendance_title(event_from("agreement", kKhoi, kUnits)) ==
        "DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ KÝ KẾT GIAO ƯỚC THI ĐUA NĂM 2022");
  CHECK(compose::attendance_title(event_from("agreement", kKhoi, kUnits, "<name>Lễ ký kết giao ước thi đua năm 2022</name>")) ==
        "DANH SÁCH ĐẠI BIỂU DỰ LỄ KÝ KẾT GIAO ƯỚC THI ĐUA NĂM 2022");
  const std::string movement = R"(<movement><theme>Đẩy mạnh phong trào thi đua</theme></movement>)";
  CHECK(compose::attendance_title(event_from("movement", R"(<bloc kind="union" name="Công đoàn cơ sở Văn phòng UBND tỉnh"/>)", movement)) ==
        "DANH SÁCH ĐẠI BIỂU DỰ LỄ PHÁT ĐỘNG PHONG TRÀO THI ĐUA NĂM 2022");
  const std::string campaign = R"(<campaign programme="01 triệu sáng kiến" days="40"/>)" + kUnits;
  const model::Event event = event_from("campaign", R"(<bloc kind="union" name="Liên đoàn Lao động tỉnh Khánh Hòa"/>)", campaign);
  CHECK(compose::ceremony_name(event) ==
        "Hội nghị ký kết giao ước thi đua thực hiện chiến dịch thi đua cao điểm 40 ngày chương trình “01 triệu sáng kiến”");
  CHECK(compose::attendance_title(event) ==
        "DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ KÝ KẾT GIAO ƯỚC THI ĐUA THỰC HIỆN CHIẾN DỊCH THI ĐUA CAO ĐIỂM 40 NGÀY "
        "CHƯƠNG TRÌNH “01 TRIỆU SÁNG KIẾN”");
}

TEST_CASE("the time under the title has the clock, weekday and date", "[paperwork][attendance]") {
  model::Event event = event_from("agreement", kKhoi, kUnits);
  CHECK(compose::ceremony_when(event) == "08 giờ 00, Thứ Tư, ngày 16 tháng 02 năm 2022");
  event.start.reset();
  CHECK(compose::ceremony_when(event) == "Thứ Tư, ngày 16 tháng 02 năm 2022");
}

TEST_CASE("protocol order: guests by role, then units in the bloc's order, then organisations", "[paperwork][attendance]") {
  const std::string people = kUnits + R"(
  <guests>
    <guest id="a" name="Phạm Văn Dự" title="Trưởng Ban Tổ chức" organisation="Liên đoàn Lao động tỉnh Khánh Hòa"/>
    <guest id="b" name="Bùi Đăng Thành" title="Phó Chủ tịch LĐLĐ tỉnh" organisation="Liên đoàn Lao động tỉnh Khánh Hòa" role="director"/>
    <guest id="c" name="Hồ Văn Chủ" title="Chủ tịch LĐLĐ tỉnh" role="chair" unit="cdvc"/>
    <guest id="d" name="Ngô Thị Dự" title="Phó Trưởng ban" organisation="Sở Nội vụ tỉnh Khánh Hòa"/>
  </guests>
  <attendees>
    <attendee name="Trần Văn Hùng" title="Chủ tịch Công đoàn" unit="yte"/>
    <attendee name="Bùi  đăng thành" title="Phó Chủ tịch" organisation="Liên đoàn Lao động tỉnh Khánh Hòa" note="Chỉ đạo hội nghị"/>
    <attendee name="Lê Thị Thanh Hương" title="Chủ tịch Công đoàn" unit="giaoduc" note="Phó khối"/>
    <attendee name="Vũ Hữu Khách" title="Phóng viên" organisation="Báo Khánh Hòa"/>
    <attendee name="Nguyễn Thanh Phong" title="Chủ tịch Công đoàn" unit="cdvc"/>
    <attendee name="Đặng Thị Mỹ Dung" title="Trưởng Ban Tuyên giáo" organisation="Liên đoàn Lao động tỉnh Khánh Hòa"/>
    <attendee name="Hồ Thị Ngọc Ánh" title="Phó Chủ tịch" unit="cdvc"/>
    <attendee name="Cao Văn Lẻ" title="Cán bộ"/>
    <attendee name="Hồ Văn Chủ" title="Chủ tịch" unit="giaoduc"/>
    <attendee name="Ngô Thị Dự" title="Ủy viên BCH" unit="yte"/>
    <attendee name="Phạm Văn Dự" title="Trưởng Ban Tổ chức"/>
  </attendees>)";
  const model::Event event = event_from("agreement", kKhoi, people);
  const AttendanceList list = compose::attendance_list(event, AttendanceOrder::protocol);

  CHECK(headings(list) == std::vector<std::string>{"Đại biểu khách mời", "Liên đoàn Lao động tỉnh Khánh Hòa",
                                                   "Công đoàn Viên chức tỉnh Khánh Hòa (Trưởng khối)",
                                                   "Công đoàn ngành Giáo dục tỉnh Khánh Hòa (Phó khối)",
                                                   "Công đoàn ngành Y tế tỉnh Khánh Hòa", "Báo Khánh Hòa",
                                                   "Đại biểu khác"});
  // The chair, the director, then the attending guests in the file's order. Bùi Đăng Thành (same
  // organisation) and Phạm Văn Dự (no affiliation given) are also attendees: listed once, as the
  // guest, with the attendee's note. Hồ Văn Chủ of another unit and Ngô Thị Dự of a unit are
  // other people with the same names.
  CHECK(names(list) == std::vector<std::string>{"Hồ Văn Chủ", "Bùi Đăng Thành", "Phạm Văn Dự", "Ngô Thị Dự",
                                                "Đặng Thị Mỹ Dung", "Nguyễn Thanh Phong", "Hồ Thị Ngọc Ánh",
                                                "Lê Thị Thanh Hương", "Hồ Văn Chủ", "Trần Văn Hùng", "Ngô Thị Dự",
                                                "Vũ Hữu Khách", "Cao Văn Lẻ"});
  CHECK(list.total == 13);
  const compose::AttendanceRow& director = list.groups[0].rows[1];
  CHECK(director.note == "Chỉ đạo hội nghị");
  CHECK(director.unit == "Liên đoàn Lao động tỉnh Khánh Hòa");
  // A guest without an organisation shows the unit they represent.
  CHECK(list.groups[0].rows[0].unit == "Công đoàn Viên chức");
  CHECK(list.groups[3].rows[0].unit == "Công đoàn ngành Giáo dục");
  CHECK(list.groups[3].rows[0].note == "Phó khối");
  CHECK(list.groups[6].rows[0].unit.empty());
}

TEST_CASE("a list of one group has no group row", "[paperwork][attendance]") {
  const std::string people = kUnits + R"(
  <attendees>
    <attendee name="Trần Văn Hùng" title="Chủ tịch Công đoàn" unit="yte"/>
    <attendee name="Mai Thị Thu Trang" title="Phó Chủ tịch" unit="yte"/>
  </attendees>)";
  const AttendanceList list = compose::attendance_list(event_from("agreement", kKhoi, people), AttendanceOrder::protocol);
  REQUIRE(list.groups.size() == 1);
  CHECK(list.groups[0].heading.empty());
  CHECK(list.total == 2);
}

TEST_CASE("name order: given name, then middle names, then family name, in the Vietnamese alphabet", "[paperwork][attendance]") {
  // Given names a < ă < â, d < đ, and tones ngang < huyền < hỏi < ngã < sắc < nặng; a shorter
  // name with the same given name sorts by its middle names, then by its family name.
  const std::string people = kUnits + R"(
  <guests>
    <guest id="g" name="Đỗ Văn Đức" title="Phó Chủ tịch LĐLĐ tỉnh" role="director"/>
  </guests>
  <attendees>
    <attendee name="Nguyễn Thị Ánh" unit="cdvc"/>
    <attendee name="Trần Văn Ân" unit="giaoduc"/>
    <attendee name="Lê Văn Anh" unit="yte"/>
    <attendee name="Phạm Thị Ăn" unit="yte"/>
    <attendee name="Võ Dũng" unit="cdvc"/>
    <attendee name="Lê Thị Hà" unit="cdvc"/>
    <attendee name="Lê Hữu Hà" unit="giaoduc"/>
    <attendee name="Trần Văn Hà" unit="yte"/>
    <attendee name="Bùi Văn Hà" unit="yte"/>
    <attendee name="Hoàng Hạ" unit="cdvc"/>
    <attendee name="Hồ Văn Hả" unit="cdvc"/>
    <attendee name="Dương Thị Yến" unit="giaoduc"/>
    <attendee name="Lý Ý" unit="giaoduc"/>
    <attendee name="Đặng Thị Thu Yến" unit="yte"/>
    <attendee name="Nguyễn Văn An" unit="yte"/>
  </attendees>)";
  const AttendanceList list = compose::attendance_list(event_from("agreement", kKhoi, people), AttendanceOrder::name);
  REQUIRE(list.groups.size() == 1);
  CHECK(list.groups[0].heading.empty());
  CHECK(names(list) == std::vector<std::string>{"Nguyễn Văn An", "Lê Văn Anh", "Nguyễn Thị Ánh", "Phạm Thị Ăn",
                                                "Trần Văn Ân", "Võ Dũng", "Đỗ Văn Đức", "Lê Hữu Hà", "Lê Thị Hà",
                                                "Bùi Văn Hà", "Trần Văn Hà", "Hồ Văn Hả", "Hoàng Hạ", "Lý Ý",
                                                "Dương Thị Yến", "Đặng Thị Thu Yến"});
  CHECK(list.total == 16);
}

TEST_CASE("the total line and the composed rows", "[paperwork][attendance]") {
  CHECK(compose::attendance_total(37) == "Tổng số: 37 đại biểu");
  CHECK(compose::attendance_total(1) == "Tổng số: 1 đại biểu");
  const std::string people = kUnits + R"(
  <guests><guest id="g" name="Bùi Đăng Thành" title="Phó Chủ tịch LĐLĐ tỉnh" role="director"/></guests>
  <attendees>
    <attendee name="Trần Văn Hùng" title="Chủ tịch Công đoàn" unit="yte" note="Đến muộn"/>
  </attendees>)";
  const compose::Data data = compose::attendance_data(event_from("agreement", kKhoi, people), {});
  CHECK(data.get("total")->string_value() == "Tổng số: 2 đại biểu");
  CHECK(data.get("when")->string_value() == "Thời gian: 08 giờ 00, Thứ Tư, ngày 16 tháng 02 năm 2022");
  CHECK(data.get("place")->string_value() == "Địa điểm: Cơ quan Liên đoàn Lao động tỉnh Khánh Hòa");
  const auto& rows = data.get("rows")->list_value();
  REQUIRE(rows.size() == 4);  // two group rows, two people
  CHECK(rows[0].get("is_group")->is_true());
  CHECK(rows[0].get("heading")->string_value() == "I. Đại biểu khách mời");
  CHECK(rows[1].get("number")->string_value() == "1");
  CHECK(rows[2].get("heading")->string_value() == "II. Công đoàn ngành Y tế tỉnh Khánh Hòa");
  CHECK(rows[3].get("number")->string_value() == "2");
  CHECK(rows[3].get("note")->string_value() == "Đến muộn");
}

TEST_CASE("an event that names its units but no delegates gets blank rows under each unit", "[paperwork][attendance]") {
  const compose::Data data = compose::attendance_data(event_from("agreement", kKhoi, kUnits), {});
  const auto& rows = data.get("rows")->list_value();
  REQUIRE(rows.size() == 12);  // three units: a group row and three blank rows each
  CHECK(rows[0].get("heading")->string_value() == "I. Công đoàn Viên chức tỉnh Khánh Hòa (Trưởng khối)");
  CHECK(rows[1].get("number")->string_value() == "1");
  CHECK(rows[1].get("name")->string_value().empty());
  CHECK(rows[1].get("unit")->string_value().empty());  // the group row above names the unit
  CHECK(rows[8].get("heading")->string_value() == "III. Công đoàn ngành Y tế tỉnh Khánh Hòa");
  CHECK(rows.back().get("number")->string_value() == "9");
  CHECK(data.get("total")->string_value() == "Tổng số: ……… đại biểu");
}

TEST_CASE("rows-per-unit sets the blank rows; 0 gives one blank sheet", "[paperwork][attendance]") {
  std::string units = kUnits;
  units += "\n  <attendees rows-per-unit=\"1\"/>";
  const compose::Data one = compose::attendance_data(event_from("agreement", kKhoi, units), {});
  CHECK(one.get("rows")->list_value().size() == 6);
  units = kUnits + "\n  <attendees rows-per-unit=\"0\"/>";
  const compose::Data blank = compose::attendance_data(event_from("agreement", kKhoi, units), {});
  const auto& rows = blank.get("rows")->list_value();
  REQUIRE(rows.size() == 12);
  CHECK(rows.front().get("number")->string_value() == "1");
  CHECK(rows.back().get("number")->string_value() == "12");
  CHECK(rows.back().get("name")->string_value().empty());
  CHECK(blank.get("total")->string_value() == "Tổng số: ……… đại biểu");
}
