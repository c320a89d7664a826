// The agreement document: golden traces of every sample and the Decree 30 geometry on the trace.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "compose/agreement.h"
#include "documents/pipeline.h"
#include "documents/registry.h"
#include "golden.h"
#include "layout/trace_canvas.h"
#include "load/load_event.h"
#include "support.h"

using namespace thidua;
using layout::FontStyle;
using layout::TraceOp;

namespace {

using thidua::testing::load_sample;

constexpr double mm = markup::points_per_mm;

layout::TraceCanvas render_sample(const std::string& name) {
  return testing::render_document("agreement", load_sample(name));
}

std::vector<const TraceOp*> texts(const layout::TraceCanvas& canvas) {
  std::vector<const TraceOp*> out;
  for (const TraceOp& op : canvas.ops()) {
    if (op.kind == TraceOp::Kind::text) out.push_back(&op);
  }
  return out;
}

const TraceOp* find_text(const layout::TraceCanvas& canvas, const std::string& starts_with) {
  for (const TraceOp* op : texts(canvas)) {
    if (op->text.rfind(starts_with, 0) == 0) return op;
  }
  return nullptr;
}

double width_of(const TraceOp& op) { return testing::toolbox().fonts().width(op.style, op.size, op.text); }

}  // namespace

TEST_CASE("every sample agreement matches its golden trace", "[agreement]") {
  for (const std::string name : {"2020-soc-trang-cum-3", "2022-khanh-hoa-khoi-nganh-i", "2023-cdvc-viet-nam-khoi-ii",
                                 "2022-kien-giang-chien-dich-sang-kien"}) {
    testing::check_golden_trace("agreement", name, render_sample(name).text());
  }
}

TEST_CASE("two renderings of the same agreement are identical", "[agreement]") {
  CHECK(render_sample("2020-soc-trang-cum-3").text() == render_sample("2020-soc-trang-cum-3").text());
}

TEST_CASE("the agreement keeps the Decree 30 margins, sizes and faces", "[agreement]") {
  const layout::TraceCanvas canvas = render_sample("2020-soc-trang-cum-3");
  const double page_width = 210 * mm;
  const double page_height = 297 * mm;
  for (const TraceOp* op : texts(canvas)) {
    INFO(op->text << " on page " << op->page);
    CHECK(op->x >= 30 * mm - 0.01);
    CHECK(op->x + width_of(*op) <= page_width - 15 * mm + 0.01);
    const bool page_number = op->size == 13 && op->y > page_height - 20 * mm;
    if (!page_number) {
      CHECK(op->y >= 20 * mm - 0.01);
      CHECK(op->y <= page_height - 20 * mm + 0.01);
    }
  }

  const TraceOp* motto = find_text(canvas, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  REQUIRE(motto != nullptr);
  CHECK(motto->style == FontStyle::bold);
  CHECK((motto->size >= 12 && motto->size <= 13));
  const TraceOp* slogan = find_text(canvas, "Độc lập - Tự do - Hạnh phúc");
  REQUIRE(slogan != nullptr);
  CHECK(slogan->style == FontStyle::bold);
  CHECK((slogan->size >= 13 && slogan->size <= 14));
  // The rule under the slogan is as long as the slogan.
  bool slogan_rule = false;
  for (const TraceOp& op : canvas.ops()) {
    if (op.kind == TraceOp::Kind::line && op.page == 1 && op.y < slogan->y && op.y > slogan->y - 8 &&
        std::abs((op.x2 - op.x) - width_of(*slogan)) < 1) {
      slogan_rule = true;
    }
  }
  CHECK(slogan_rule);

  const TraceOp* date = find_text(canvas, "Sóc Trăng, ngày 09 tháng 6 năm 2020");
  REQUIRE(date != nullptr);
  CHECK(date->style == FontStyle::italic);
  const TraceOp* title = find_text(canvas, "GIAO ƯỚC THI ĐUA NĂM 2020");
  REQUIRE(title != nullptr);
  CHECK(title->style == FontStyle::bold);
  CHECK(title->size == 14);

  // Justified lines are drawn word by word.
  const TraceOp* basis = find_text(canvas, "Căn");
  REQUIRE(basis != nullptr);
  CHECK(basis->style == FontStyle::italic);
  // The first body paragraph starts 1.27 cm in from the left margin, in 14 pt.
  const TraceOp* preamble = find_text(canvas, "Nhằm");
  REQUIRE(preamble != nullptr);
  CHECK(preamble->size == 14);
  CHECK(std::abs(preamble->x - (30 * mm + 12.7 * mm)) < 0.01);

  const TraceOp* recipients = find_text(canvas, "Nơi nhận:");
  REQUIRE(recipients != nullptr);
  CHECK(recipients->style == FontStyle::bold_italic);
  CHECK(recipients->size == 12);
}

TEST_CASE("page numbers are centred in the top margin from page 2", "[agreement]") {
  const layout::TraceCanvas canvas = render_sample("2020-soc-trang-cum-3");
  REQUIRE(canvas.pages() >= 3);
  for (int page = 1; page <= canvas.pages(); ++page) {
    const TraceOp* number = nullptr;
    for (const TraceOp* op : texts(canvas)) {
      if (op->page == page && op->text == std::to_string(page) && op->y > 297 * mm - 20 * mm) number = op;
    }
    INFO("page " << page);
    if (page == 1) {
      CHECK(number == nullptr);
      continue;
    }
    REQUIRE(number != nullptr);
    CHECK(number->size == 13);
    const double centre = number->x + width_of(*number) / 2;
    CHECK(std::abs(centre - (30 * mm + (210 - 30 - 15) * mm / 2)) < 0.5);
  }
}

TEST_CASE("every member unit signs, in the bloc's order, with room for signature and seal", "[agreement]") {
  const model::Event event = load_sample("2020-soc-trang-cum-3");
  const layout::TraceCanvas canvas = render_sample("2020-soc-trang-cum-3");
  const auto all = texts(canvas);
  std::size_t search_from = 0;
  for (const model::Unit& unit : event.units) {
    INFO(unit.id);
    REQUIRE(unit.signatory.has_value());
    // The signer's name, bold, after the previous unit's name.
    std::size_t at = search_from;
    while (at < all.size() && !(all[at]->text == unit.signatory->name && all[at]->style == FontStyle::bold)) ++at;
    REQUIRE(at < all.size());
    const TraceOp& name = *all[at];
    // The title line above it, on the same page (a block never splits), ≥ 25 mm higher.
    const TraceOp* title = nullptr;
    for (std::size_t i = at; i-- > search_from;) {
      if (all[i]->page == name.page && std::abs(all[i]->x + width_of(*all[i]) / 2 - (name.x + width_of(name) / 2)) < 1 &&
          all[i]->style == FontStyle::bold && all[i]->y > name.y) {
        title = all[i];
        break;
      }
    }
    REQUIRE(title != nullptr);
    CHECK(title->y - name.y >= 25 * mm);
    search_from = at + 1;
  }
}

TEST_CASE("agreement data: numbering, punctuation, leading zeros", "[agreement]") {
  CHECK(compose::roman_numeral(4) == "IV");
  CHECK(compose::roman_numeral(14) == "XIV");
  CHECK(compose::point_letter(0) == "a");
  CHECK(compose::point_letter(4) == "đ");
  CHECK(compose::point_letter(5) == "e");
  CHECK(compose::point_letter(6) == "g");
  model::Target target;
  target.qualifier = "ít nhất";
  target.quantity = "850";
  target.measure = "sáng kiến";
  CHECK(compose::target_phrase(target) == "ít nhất 850 sáng kiến");
  const compose::Data list = compose::punctuated_list({"Căn cứ A;", "Căn cứ B"});
  REQUIRE(list.list_value().size() == 2);
  CHECK(list.list_value()[0].get("end")->string_value() == ";");
  CHECK(list.list_value()[0].get("text")->string_value() == "Căn cứ A");
  CHECK(list.list_value()[1].get("end")->string_value() == ".");

  model::Event event = load_sample("2022-khanh-hoa-khoi-nganh-i");
  event.agreement->number = "5";
  event.agreement->symbol = "GU-KTĐ";
  const compose::Data data = compose::agreement_data(event);
  CHECK(data.get("header")->get("number")->string_value() == "Số: 05/GU-KTĐ");
  CHECK(data.get("header")->get("place_date")->string_value() == "Khánh Hòa, ngày 16 tháng 02 năm 2022");
  CHECK(data.get("title")->string_value() == "GIAO ƯỚC THI ĐUA NĂM 2022");
}
