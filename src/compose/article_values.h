// Small builders for the article's template data: lists with first/last flags, optional text, wording helpers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <kainjow/mustache.hpp>

#include "model/event.h"

namespace thidua::compose {

using Data = kainjow::mustache::data;

// A list whose items (objects) get "first", "last" and "index" (1-based), for separators in templates.
Data make_list(std::vector<Data> items);
// A list of {"text": …} objects.
Data text_list(const std::vector<std::string>& texts);
// Sets `key` to `value` and "has_<key>" to whether it is non-empty (templates test the flag,
// since kainjow treats an empty string as true).
void set_text(Data& data, const std::string& key, const std::string& value);
// Sets the kind flags "agreement"/"movement"/"campaign" and "khoi"/"cum"/"union_body".
void set_kind_flags(Data& data, const model::Event& event);

// The first letter in upper case: "đồng chí" -> "Đồng chí".
std::string capitalize_first(std::string_view utf8);
// True when `text` ends with sentence punctuation (. ! ? … or a closing quote after one).
bool ends_sentence(std::string_view text);
// The name the article uses for a unit: its short name, else its full name.
std::string unit_label(const model::Unit& unit);
// "hội nghị" or "lễ": true when the ceremony is called a "lễ" (its name starts with "Lễ").
bool is_le(const model::Event& event);

}  // namespace thidua::compose
