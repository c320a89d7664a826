// Unit tests of centred text: balanced lines that keep names whole (issue 19: "VIỆN DƯỢC / LIỆU", "TỈNH NAM / ĐỊNH").
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "layout/break_costs.h"
#include "layout/lines.h"
#include "support.h"

namespace {

using thidua::testing::fonts;

using namespace thidua::layout;

// The lines of `text` set centred in `width_mm`, bold 13 pt as a header's issuer, joined by " / ".
std::string centred(const std::string& text, double width_mm, FontStyle style = FontStyle::bold) {
  Paragraph p;
  p.align = Align::center;
  p.size = 13;
  p.indent = 0;
  p.spans.push_back({text, style, false, 0});
  LineSetter setter(fonts());
  std::vector<Draw> draws;
  SetText set;
  setter.set(p, width_mm * 72 / 25.4, draws, set);
  std::string out;
  for (const SetLine& line : set.lines) {
    if (!out.empty()) out += " / ";
    std::string words;
    for (std::uint32_t d = line.draw_begin; d < line.draw_end; ++d) {
      if (!words.empty()) words += ' ';
      words += std::string(draws[d].text);
    }
    out += words;
  }
  return out;
}

}  // namespace

TEST_CASE("centred text breaks before the word that starts a place or a body", "[layout][balanced]") {
  // 66 mm is the header's left column (40% of the Decree's text width).
  CHECK(centred("CÔNG ĐOÀN VIÊN CHỨC TỈNH SÓC TRĂNG", 66) == "CÔNG ĐOÀN VIÊN CHỨC / TỈNH SÓC TRĂNG");
  CHECK(centred("CÔNG ĐOÀN NGÀNH Y TẾ TỈNH NAM ĐỊNH", 66) == "CÔNG ĐOÀN NGÀNH Y TẾ / TỈNH NAM ĐỊNH");
  CHECK(centred("LIÊN ĐOÀN LAO ĐỘNG TỈNH BÀ RỊA - VŨNG TÀU", 66) == "LIÊN ĐOÀN LAO ĐỘNG / TỈNH BÀ RỊA - VŨNG TÀU");
  CHECK(centred("CÔNG ĐOÀN CƠ SỞ VIỆN DƯỢC LIỆU", 60) == "CÔNG ĐOÀN CƠ SỞ / VIỆN DƯỢC LIỆU");
}

TEST_CASE("centred text never splits a compound or leaves one word alone", "[layout][balanced]") {
  const std::string cluster = centred("CỤM THI ĐUA SỐ 3 CÔNG ĐOÀN VIÊN CHỨC TỈNH", 66);
  CHECK(cluster.find("CÔNG / ĐOÀN") == std::string::npos);
  CHECK(cluster.find("SỐ / 3") == std::string::npos);
  const std::string award = centred("HỘI NGHỊ TỔNG KẾT CÔNG TÁC THI ĐUA KHEN THƯỞNG", 70);
  CHECK(award.find("KHEN / THƯỞNG") == std::string::npos);
  CHECK(award.find("THI / ĐUA") == std::string::npos);
  // Every line holds two words or more.
  for (const std::string& text : {cluster, award}) {
    std::size_t start = 0;
    for (;;) {
      const std::size_t end = text.find(" / ", start);
      const std::string line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
      CHECK(line.find(' ') != std::string::npos);
      if (end == std::string::npos) break;
      start = end + 3;
    }
  }
}

TEST_CASE("centred lines are balanced, not filled first", "[layout][balanced]") {
  // First fit gave "V/v mời dự Hội nghị ký kết giao ước / thi đua năm 2022".
  CHECK(centred("V/v mời dự Hội nghị ký kết giao ước thi đua năm 2022", 66, FontStyle::regular) ==
        "V/v mời dự Hội nghị ký kết / giao ước thi đua năm 2022");
}

TEST_CASE("space_break_cost: mixed case keeps capitalised names whole", "[layout][balanced]") {
  CHECK(space_break_cost("Viên chức", "tỉnh", false) < space_break_cost("Sóc", "Trăng", false));
  CHECK(space_break_cost("tỉnh", "Sóc", false) == space_break_cost("Sóc", "Trăng", false));  // tỉnh / Sóc Trăng
  CHECK(space_break_cost("chức", "tỉnh", false) < space_break_cost("Nguyễn", "Duy", false));
  CHECK(space_break_cost("VIÊN", "TỈNH", true) == 0);
  CHECK(space_break_cost("CÁC", "HỘI", true) > space_break_cost("HIỆP", "CÁC", true));  // LIÊN HIỆP / CÁC HỘI
  CHECK(space_break_cost("TM.", "BAN", true) > space_break_cost("HÀNH", "CHỦ", true));
}
