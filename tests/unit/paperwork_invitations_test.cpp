// Unit tests of the invitation letters' composed data: the Kính gửi line, purpose, time, number, signer.
#include <catch2/catch.hpp>
#include <optional>
#include <string>

#include "compose/invitations.h"
#include "load/load_event.h"
#include "support.h"

namespace {

using thidua::testing::load_sample;

using namespace thidua;

model::Guest guest(const std::string& name, const std::string& title, const std::string& honorific = "đồng chí") {
  model::Guest g;
  g.id = "g";
  g.name = name;
  g.title = title;
  g.honorific = honorific;
  return g;
}

const compose::Data& field(const compose::Data& data, const std::string& key) {
  const compose::Data* value = data.get(key);
  REQUIRE(value != nullptr);
  return *value;
}

}  // namespace

TEST_CASE("the Kính gửi line capitalises the honorific and joins the title with a dash", "[paperwork][invitations]") {
  CHECK(compose::addressee_line(guest("Bùi Đăng Thành", "Phó Chủ tịch LĐLĐ tỉnh")) ==
        "Kính gửi: Đồng chí Bùi Đăng Thành - Phó Chủ tịch LĐLĐ tỉnh");
  CHECK(compose::addressee_line(guest("Trần Thị Ánh", "Giám đốc Sở Nội vụ", "bà")) ==
        "Kính gửi: Bà Trần Thị Ánh - Giám đốc Sở Nội vụ");
  CHECK(compose::addressee_line(guest("Đặng Văn Ước", "", "ông")) == "Kính gửi: Ông Đặng Văn Ước");
}

TEST_CASE("the time sentence has the clock, the weekday and the full date", "[paperwork][invitations]") {
  model::Event event = load_sample("2022-khanh-hoa-khoi-nganh-i.xml");
  // The report says only "Sáng": the hour is left to fill in, never invented (issue 19).
  REQUIRE_FALSE(event.start.has_value());
  CHECK(event.part_of_day == "Sáng");
  CHECK(compose::invitation_time(event) == "Vào lúc … giờ …, sáng Thứ Tư, ngày 16 tháng 02 năm 2022");
  event.part_of_day.clear();
  event.start = model::Time{8, 0};
  CHECK(compose::invitation_time(event) == "Vào lúc 08 giờ 00, Thứ Tư, ngày 16 tháng 02 năm 2022");
  event.start.reset();
  CHECK(compose::invitation_time(event) == "Vào Thứ Tư, ngày 16 tháng 02 năm 2022");
  const model::Event soc_trang = load_sample("2020-soc-trang-cum-3.xml");
  CHECK(compose::invitation_time(soc_trang) == "Vào lúc 08 giờ 00, Thứ Ba, ngày 09 tháng 6 năm 2020");
}

TEST_CASE("the purpose names the ceremony by the event's kind and its bloc", "[paperwork][invitations]") {
  CHECK(compose::invitation_purpose(load_sample("2022-khanh-hoa-khoi-nganh-i.xml")) ==
        "Tới dự Hội nghị ký kết giao ước thi đua năm 2022 của Khối thi đua Công đoàn Ngành I.");
  CHECK(compose::invitation_purpose(load_sample("2012-van-phong-ubnd-phat-dong.xml")) ==
        "Tới dự Lễ phát động phong trào thi đua năm 2012 của Công đoàn cơ sở Văn phòng UBND tỉnh.");
  CHECK(compose::invitation_purpose(load_sample("2020-soc-trang-cum-3.xml")) ==
        "Tới dự Lễ ký kết giao ước thi đua năm 2020 của Cụm thi đua số 3 Công đoàn Viên chức tỉnh.");
  model::Event campaign = load_sample("2022-kien-giang-chien-dich-sang-kien.xml");
  campaign.name.clear();  // the composed name of a campaign
  CHECK(compose::invitation_purpose(campaign) ==
        "Tới dự Hội nghị ký kết giao ước thi đua thực hiện chiến dịch thi đua cao điểm 40 ngày chương trình "
        "“01 triệu sáng kiến - nỗ lực vượt khó, sáng tạo, quyết tâm chiến thắng đại dịch COVID-19” "
        "của Liên đoàn Lao động tỉnh Kiên Giang.");
  // A ceremony whose own name already says whose it is does not say it twice.
  model::Event named = load_sample("2022-khanh-hoa-khoi-nganh-i.xml");
  named.name = "Hội nghị ký kết giao ước thi đua năm 2022 của Khối thi đua Công đoàn Ngành I.";
  CHECK(compose::invitation_purpose(named) ==
        "Tới dự Hội nghị ký kết giao ước thi đua năm 2022 của Khối thi đua Công đoàn Ngành I.");
}

TEST_CASE("the number line leaves the number blank and appears only with a known symbol", "[paperwork][invitations]") {
  model::Event event = load_sample("2022-khanh-hoa-khoi-nganh-i.xml");
  const std::string line = compose::invitation_number_line(event);
  CHECK(line.starts_with("Số:\u00A0"));
  CHECK(line.ends_with("\u00A0/GM-KTĐ"));
  CHECK(line.find_first_of("0123456789") == std::string::npos);
  event.agreement->symbol = "GU";
  CHECK(compose::invitation_number_line(event).empty());
  CHECK(compose::invitation_number_line(load_sample("2012-van-phong-ubnd-phat-dong.xml")).empty());
}

TEST_CASE("one letter per guest in the file's order, or only the one asked for", "[paperwork][invitations]") {
  const model::Event event = load_sample("2023-cdvc-viet-nam-khoi-ii.xml");
  // Lê Hồng Hạnh, the Khối trưởng's chair, signs the letters: she is not invited by them.
  const auto all = compose::invited_guests(event, "");
  REQUIRE(all.size() == 3);
  CHECK(all[0]->id == "tai");
  CHECK(all[2]->id == "luong");
  CHECK(compose::invited_guests(event, "hanh").empty());
  const auto one = compose::invited_guests(event, "kim-anh");
  REQUIRE(one.size() == 1);
  CHECK(one[0]->name == "Trần Kim Anh");
  CHECK(compose::invited_guests(event, "nobody").empty());

  const compose::Data data = compose::invitations_data(event, compose::event_letters(event, "", ""));
  const auto& letters = field(data, "letters").list_value();
  REQUIRE(letters.size() == 3);
  CHECK(field(letters[0], "first").is_true());
  CHECK(field(letters[1], "first").is_false());
  CHECK(field(letters[1], "to").string_value() ==
        "Kính gửi: Đồng chí Trần Kim Anh - Phó Chủ tịch Công đoàn viên chức Việt Nam");
  CHECK(field(letters[1], "closing").string_value() == "Rất mong đồng chí đến dự đúng giờ./.");
  CHECK(field(data, "time").string_value() == "Thời gian: Vào lúc 08 giờ 30, Thứ Sáu, ngày 17 tháng 02 năm 2023.");
  CHECK(field(data, "place").string_value() ==
        "Địa điểm: Trụ sở Trung ương Đoàn TNCS Hồ Chí Minh, số 62 Bà Triệu, Hà Nội.");
  CHECK(field(data, "logo").string_value().ends_with("/samples/photos/logo-cong-doan.png"));
}

TEST_CASE("the leading unit signs for a bloc; a union signs for itself", "[paperwork][invitations]") {
  const compose::Data bloc = compose::invitations_data(load_sample("2022-khanh-hoa-khoi-nganh-i.xml"), {});
  const compose::Data& signer = field(bloc, "signature");
  CHECK(field(signer, "label").string_value() == "TRƯỞNG KHỐI");
  CHECK(field(signer, "unit").string_value() == "CÔNG ĐOÀN VIÊN CHỨC TỈNH KHÁNH HÒA");
  CHECK(field(signer, "authority").string_value() == "TM. BAN CHẤP HÀNH");
  CHECK(field(signer, "title").string_value() == "CHỦ TỊCH");
  CHECK(field(signer, "name").string_value() == "Nguyễn Thanh Phong");

  const compose::Data cluster = compose::invitations_data(load_sample("2020-soc-trang-cum-3.xml"), {});
  CHECK(field(field(cluster, "signature"), "label").string_value() == "CỤM TRƯỞNG");

  // Kiên Giang: the LĐLĐ tỉnh organises the campaign between its clusters; none leads.
  const compose::Data body = compose::invitations_data(load_sample("2022-kien-giang-chien-dich-sang-kien.xml"), {});
  const compose::Data& upper = field(body, "signature");
  CHECK(field(upper, "has_label").is_false());
  CHECK(field(upper, "unit").string_value() == "LIÊN ĐOÀN LAO ĐỘNG TỈNH KIÊN GIANG");
  CHECK(field(upper, "has_title").is_false());
  CHECK(field(upper, "name").string_value() == compose::kBlankName);
}

TEST_CASE("the letter's date is left for the clerk, the year too for a January event", "[paperwork][invitations]") {
  const compose::Data data = compose::invitations_data(load_sample("2022-khanh-hoa-khoi-nganh-i.xml"), {});
  const std::string date = field(field(data, "header"), "place_date").string_value();
  CHECK(date.starts_with("Khánh Hòa, ngày \u00A0"));
  CHECK(date.ends_with("\u00A0 năm 2022"));
  CHECK(date.find("16") == std::string::npos);
  const compose::Data january = compose::invitations_data(load_sample("2012-van-phong-ubnd-phat-dong.xml"), {});
  CHECK(field(field(january, "header"), "place_date").string_value().find("2012") == std::string::npos);
}

namespace {

// An event file written in the test: a khối of hospitals whose report names no guests.
model::Event load_text(const std::string& xml) { return testing::load_event_text(xml); }

// Checks a letter's three lines of its own: to whom, the invitation and the closing.
void check_letter(const compose::Letter& letter, const std::string& to, const std::string& invite,
                  const std::string& closing) {
  CHECK(letter.to == to);
  CHECK(letter.invite == invite);
  CHECK(letter.closing == closing);
}

const char* const kHospitals = R"(<event id="khoi-benh-vien" kind="agreement" year="2024">
  <upper name="Công đoàn ngành Y tế tỉnh Nam Định"/>
  <bloc kind="khoi" name="các bệnh viện tuyến tỉnh"/>
  <date>2024-03-05</date>
  <time>Chiều</time>
  <place province="Nam Định">Hội trường Bệnh viện Đa khoa tỉnh Nam Định</place>
  <units>
    <unit id="bvdk" name="Công đoàn Bệnh viện Đa khoa tỉnh" role="leader"><signatory name="Trần Văn Hải" title="Chủ tịch" authority="TM. BAN CHẤP HÀNH"/></unit>
    <unit id="bvsn" name="Công đoàn Bệnh viện Sản Nhi"><signatory title="Chủ tịch"/></unit>
    <unit id="ttyt" name="Trung tâm Kiểm soát bệnh tật tỉnh"/>
  </units>
</event>
)";

}  // namespace

TEST_CASE("an event without guests invites its member units, the leading unit excepted", "[paperwork][invitations]") {
  const model::Event event = load_text(kHospitals);
  const std::vector<compose::Letter> letters = compose::event_letters(event, "", "");
  REQUIRE(letters.size() == 2);
  check_letter(letters[0], "Kính gửi: Ban Chấp hành Công đoàn Bệnh viện Sản Nhi",
               "Trân trọng kính mời đại diện lãnh đạo đơn vị:", "Rất mong đơn vị cử đại diện đến dự đúng giờ./.");
  // A body that is not a union is written to by its own name, never "Công đoàn Trung tâm …".
  CHECK(letters[1].to == "Kính gửi: Trung tâm Kiểm soát bệnh tật tỉnh");
  CHECK(compose::event_letters(event, "", "ttyt").size() == 1);
  CHECK(compose::event_letters(event, "", "bvdk").empty());
  // The hour is not stated: the letter leaves it to fill in and keeps the part of the day.
  CHECK(compose::invitation_time(event) == "Vào lúc … giờ …, chiều Thứ Ba, ngày 05 tháng 3 năm 2024");
}

TEST_CASE("the inviting unit's own head gets no letter; a letter says đồng chí in full", "[paperwork][invitations]") {
  std::string xml = kHospitals;
  xml.replace(xml.find("  <units>"), 0, R"(  <guests>
    <guest id="hai" name="Trần  Văn Hải" title="Chủ tịch Công đoàn Bệnh viện Đa khoa tỉnh" unit="bvdk"/>
    <guest id="lan" name="Phạm Thị Lan" title="Phó Chủ tịch Công đoàn ngành Y tế" honorific="đ/c"/>
  </guests>
)");
  const model::Event event = load_text(xml);
  const std::vector<compose::Letter> letters = compose::event_letters(event, "", "");
  REQUIRE(letters.size() == 1);
  check_letter(letters[0], "Kính gửi: Đồng chí Phạm Thị Lan - Phó Chủ tịch Công đoàn ngành Y tế",
               "Trân trọng kính mời đồng chí:", "Rất mong đồng chí đến dự đúng giờ./.");
}

TEST_CASE("a signatory not known by name leaves the dotted line offices sign over", "[paperwork][invitations]") {
  std::string xml = kHospitals;
  xml.replace(xml.find(R"(<signatory name="Trần Văn Hải" title="Chủ tịch" authority="TM. BAN CHẤP HÀNH"/>)"),
              std::string(R"(<signatory name="Trần Văn Hải" title="Chủ tịch" authority="TM. BAN CHẤP HÀNH"/>)").size(),
              R"(<signatory title="Chủ tịch" authority="TM. BAN CHẤP HÀNH"/>)");
  const compose::Data data = compose::invitations_data(load_text(xml), {});
  const compose::Data& signer = field(data, "signature");
  CHECK(field(signer, "title").string_value() == "CHỦ TỊCH");
  CHECK(field(signer, "name").string_value() == compose::kBlankName);
}
