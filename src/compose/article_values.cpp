// Builders for the article's template data and small wording helpers.
#include "compose/article_values.h"

#include "text/vietnamese.h"

namespace thidua::compose {

Data make_list(std::vector<Data> items) {
  Data list{Data::type::list};
  for (std::size_t i = 0; i < items.size(); ++i) {
    items[i].set("first", i == 0);
    items[i].set("last", i + 1 == items.size());
    items[i].set("penultimate", i + 2 == items.size());  // "A; B và C": the one before "và"
    items[i].set("index", std::to_string(i + 1));
    list.push_back(items[i]);
  }
  return list;
}

Data text_list(const std::vector<std::string>& texts) {
  std::vector<Data> items;
  for (const std::string& text : texts) items.push_back(Data{"text", text});
  return make_list(std::move(items));
}

void set_text(Data& data, const std::string& key, const std::string& value) {
  data.set(key, value);
  data.set("has_" + key, !value.empty());
}

void set_kind_flags(Data& data, const model::Event& event) {
  data.set("agreement", event.kind == model::EventKind::agreement);
  data.set("movement", event.kind == model::EventKind::movement);
  data.set("campaign", event.kind == model::EventKind::campaign);
  data.set("khoi", event.bloc.kind == model::BlocKind::khoi);
  data.set("cum", event.bloc.kind == model::BlocKind::cum);
  data.set("union_body", event.bloc.kind == model::BlocKind::union_body);
}

std::string capitalize_first(std::string_view utf8) {
  const std::vector<char32_t> points = text::code_points(utf8);
  if (points.empty()) return {};
  std::string out = text::upper(text::encode_utf8(points.front()));
  for (std::size_t i = 1; i < points.size(); ++i) out += text::encode_utf8(points[i]);
  return out;
}

bool ends_sentence(std::string_view text) {
  while (!text.empty()) {
    // Skip closing quotes and brackets: "… hội nghị.”" ends a sentence too.
    if (text.ends_with("\xE2\x80\x9D") || text.ends_with("\xE2\x80\x99")) {
      text.remove_suffix(3);
    } else if (text.back() == '"' || text.back() == '\'' || text.back() == ')') {
      text.remove_suffix(1);
    } else {
      break;
    }
  }
  return text.ends_with('.') || text.ends_with('!') || text.ends_with('?') || text.ends_with("\xE2\x80\xA6");
}

std::string unit_label(const model::Unit& unit) { return unit.short_name.empty() ? unit.name : unit.short_name; }

bool is_le(const model::Event& event) {
  return event.name.starts_with("Lễ") || event.name.starts_with("lễ");
}

}  // namespace thidua::compose
