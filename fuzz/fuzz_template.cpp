// Fuzz target: the template compiler and renderer. The input is the text of template "t",
// which may include partial "p" (a fixed small template), rendered with data shaped like a
// document's: text, flags, a list of objects.
#include "fuzz_support.h"

#include "diag/diagnostic.h"
#include "tmpl/template_set.h"

namespace {

kainjow::mustache::data sample_data() {
  using kainjow::mustache::data;
  data root;
  root.set("title", "Giao ước thi đua <năm> 2024 & \"mẫu\"");
  root.set("flag", true);
  root.set("off", false);
  data units = data::type::list;
  for (int i = 0; i < 3; ++i) {
    data unit;
    unit.set("name", "Công đoàn " + std::to_string(i));
    unit.set("first", i == 0);
    data people = data::type::list;
    people.push_back(data("Nguyễn Văn A"));
    people.push_back(data("Trần Thị B"));
    unit.set("people", people);
    units.push_back(unit);
  }
  root.set("units", units);
  return root;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const kainjow::mustache::data values = sample_data();
  thidua::Diagnostics diags;
  try {
    const auto set = thidua::tmpl::TemplateSet::from_sources(
        {{"t", std::string(thidua::fuzz::as_text(data, size))}, {"p", "{{#units}}{{name}}{{/units}}"}}, diags);
    for (auto escape : {thidua::tmpl::Escape::html, thidua::tmpl::Escape::json}) {
      try {
        (void)set.render("t", values, diags, escape);
      } catch (const thidua::Failure&) {
      }
    }
  } catch (const thidua::Failure&) {
  }
  for (const auto& d : diags.all()) (void)d.format();
  return 0;
}
