// Strict name lookup for kainjow rendering: same resolution rules, failures recorded per tag.
#include "tmpl/strict_context.h"
#include "i18n/i18n.h"

#include <charconv>

namespace thidua::tmpl {

namespace {

const char* kind_of_value(const kainjow::mustache::data& value) {
  if (value.is_list()) return _("a list");
  if (value.is_object()) return _("an object");
  if (value.is_bool()) return _("a true/false flag");
  return _("a lambda");
}

}  // namespace

StrictContext::StrictContext(const data* root, const std::vector<Site>& sites) : sites_(sites) {
  frames_.push_back(root);
}

void StrictContext::push(const data* frame) {
  frames_.push_back(frame);
  // kainjow pushes once per entry into a section (each item of a list): charge its text.
  const std::size_t site = pending_site_;
  pushed_sites_.push_back(site);
  if (site < sites_.size()) {
    output_bound_ += sites_[site].text_bytes;
    if (output_bound_ > max_output_bytes) {
      output_overflow_ = true;
      throw RenderStopped();
    }
  }
}

void StrictContext::pop() {
  frames_.pop_back();
  // The next push, if any, is the same section's next item.
  if (!pushed_sites_.empty()) {
    pending_site_ = pushed_sites_.back();
    pushed_sites_.pop_back();
  }
}

const StrictContext::data* StrictContext::get_partial(const std::string&) const { return nullptr; }

const StrictContext::data* StrictContext::lookup(const std::string& name) const {
  if (name == ".") return frames_.back();
  if (name.find('.') == std::string::npos) {
    for (auto frame = frames_.rbegin(); frame != frames_.rend(); ++frame) {
      if (const data* value = (*frame)->get(name)) return value;
    }
    return nullptr;
  }
  // "a.b.c": the first frame where the whole path resolves wins, as in kainjow.
  for (auto frame = frames_.rbegin(); frame != frames_.rend(); ++frame) {
    const data* value = *frame;
    std::size_t start = 0;
    while (value != nullptr && start <= name.size()) {
      const std::size_t dot = name.find('.', start);
      const std::size_t stop = dot == std::string::npos ? name.size() : dot;
      value = value->get(name.substr(start, stop - start));
      start = stop + 1;
    }
    if (value != nullptr) return value;
  }
  return nullptr;
}

void StrictContext::report(std::size_t site, std::string message) const {
  if (reported_.insert(site).second) problems_.push_back({site, std::move(message)});
}

const StrictContext::data* StrictContext::get(const std::string& tagged_name) const {
  const std::size_t at = tagged_name.rfind('@');
  std::size_t site = 0;
  const bool tagged = at != std::string::npos &&
                      std::from_chars(tagged_name.data() + at + 1, tagged_name.data() + tagged_name.size(), site).ec ==
                          std::errc{} &&
                      site < sites_.size();
  if (++lookups_ > max_render_lookups) {
    stopped_at_ = tagged ? site : 0;
    throw RenderStopped();
  }
  const std::string name = tagged ? tagged_name.substr(0, at) : tagged_name;
  const data* value = lookup(name);
  if (!tagged) return value;  // not from a TemplateSet; behave like kainjow
  if (sites_[site].kind == TagKind::section) pending_site_ = site;
  if (value != nullptr && value->is_string()) {
    output_bound_ += value->string_value().size();
    if (output_bound_ > max_output_bytes) {
      output_overflow_ = true;
      throw RenderStopped();
    }
  }
  const TagKind kind = sites_[site].kind;
  const bool is_variable = kind == TagKind::variable || kind == TagKind::unescaped;
  if (value == nullptr) {
    report(site, is_variable ? tr("unknown variable '%1$s'", name) : tr("unknown section name '%1$s'", name));
  } else if (is_variable && !value->is_string() && !value->is_lambda()) {
    report(site, tr("variable '%1$s' is %2$s, not text", name, kind_of_value(*value)));
  }
  return value;
}

}  // namespace thidua::tmpl
