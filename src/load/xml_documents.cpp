// The documents of an event: the agreement, the movement, the campaign and the news post.
#include <set>

#include "load/context.h"
#include "i18n/i18n.h"

namespace thidua::load {

namespace {

const ElementSpec& spec(std::string_view name) { return *element_spec(name); }

// Checks `element` and returns its text.
Value text_element(LoadContext& ctx, pugi::xml_node element) {
  ctx.xml.check_structure(element, spec(element.name()));
  return ctx.xml.text(element);
}

// The child elements of `parent` that its spec knows, skipping a second copy of a single child
// (already reported as a duplicate).
std::vector<pugi::xml_node> known_children(pugi::xml_node parent) {
  const ElementSpec& parent_spec = spec(parent.name());
  std::vector<pugi::xml_node> out;
  std::set<std::string_view> seen;
  for (pugi::xml_node child : parent.children()) {
    if (child.type() != pugi::node_element) continue;
    const ChildSpec* child_spec = parent_spec.find_child(child.name());
    if (child_spec == nullptr) continue;
    if (!seen.insert(child_spec->name).second && !child_spec->repeated) continue;
    out.push_back(child);
  }
  return out;
}

// The document adds the punctuation of list lines itself: "- " before a recipient, ";" or
// "." after a basis or recipient. Staff often type them anyway, so they are dropped.
std::string strip_list_punctuation(std::string text) {
  while (!text.empty() && (text.back() == ';' || text.back() == '.' || text.back() == ' ')) text.pop_back();
  std::size_t start = 0;
  while (start < text.size() && (text[start] == '-' || text[start] == ' ')) ++start;
  return text.substr(start);
}

// "`label` `n`": how an origin names the n-th of a list ("agreement section 2").
std::string numbered(const std::string& label, std::size_t n) { return label + " " + std::to_string(n); }

// Checks the text element `element`, sets `out` to its text and records where it came from as `label`.
void read_text(LoadContext& ctx, pugi::xml_node element, const std::string& label, std::string& out) {
  const Value value = text_element(ctx, element);
  out = value.text;
  ctx.origin(label, value);
}

// Checks the text element `element` and appends its text to `list` (without list punctuation when
// `strip`), recording where it came from as the list's last: "`label` N".
void append_text(LoadContext& ctx, pugi::xml_node element, const std::string& label, std::vector<std::string>& list,
                 bool strip = false) {
  Value line = text_element(ctx, element);
  if (strip) line.text = strip_list_punctuation(line.text);
  list.push_back(line.text);
  ctx.origin(numbered(label, list.size()), line);
}

bool is_number(std::string_view s) {
  // 850, 1.000, 1,5, 100%: digits in groups separated by one '.' or ',', perhaps a percentage.
  if (!s.empty() && s.back() == '%') s.remove_suffix(1);
  if (s.empty() || s.front() < '0' || s.front() > '9' || s.back() < '0' || s.back() > '9') return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const bool digit = s[i] >= '0' && s[i] <= '9';
    const bool separator = (s[i] == '.' || s[i] == ',') && s[i + 1] >= '0' && s[i + 1] <= '9';
    if (!digit && !separator) return false;
  }
  return true;
}

model::Target read_target(LoadContext& ctx, pugi::xml_node element, const std::string& label) {
  ctx.xml.check_structure(element, spec("target"));
  model::Target target;
  const Value party = ctx.xml.attr(element, "party");
  const Value qualifier = ctx.xml.attr(element, "qualifier");
  const Value quantity = ctx.xml.attr(element, "quantity");
  const Value measure = ctx.xml.attr(element, "measure");
  const Value text = ctx.xml.text(element);
  if (party) {
    target.party_id = party.text;
    ctx.unit_refs.push_back({party.text, party.where, tr("attribute '%1$s'", "party")});
  }
  if (quantity && text) {
    ctx.diags.error(text.where, _("<target> has both quantity= and text; use one or the other"));
  } else if (!quantity && !text) {
    ctx.diags.error(ctx.xml.element_loc(element), _("<target> needs quantity= (with qualifier= and measure=) or text"));
  } else if (quantity && !is_number(quantity.text)) {
    ctx.diags.error(quantity.where,
                    tr("quantity '%1$s' is not a number (e.g. 850 or 100%%); put words in qualifier= or measure=",
                       quantity.text));
  }
  target.qualifier = qualifier.text;
  target.quantity = quantity.text;
  target.measure = measure.text;
  target.text = text.text;
  ctx.origin(label + " qualifier", qualifier);
  ctx.origin(label + " quantity", quantity);
  ctx.origin(label + " measure", measure);
  ctx.origin(label, text);
  return target;
}

model::Item read_item(LoadContext& ctx, pugi::xml_node element, const std::string& label) {
  model::Item item;
  item.where = ctx.xml.element_loc(element);
  const Value text = text_element(ctx, element);
  read_criterion_points(ctx, element, item.max_points, item.rule, label);
  item.text = text.text;
  ctx.origin(label, text);
  for (pugi::xml_node child : known_children(element)) {
    const std::string_view name = child.name();
    if (name == "point") {
      append_text(ctx, child, label + " point", item.points);
    } else if (name == "target") {
      item.targets.push_back(read_target(ctx, child, numbered(label + " target", item.targets.size() + 1)));
    }
  }
  return item;
}

model::Section read_section(LoadContext& ctx, pugi::xml_node element, const std::string& label) {
  ctx.xml.check_structure(element, spec("section"));
  model::Section section;
  section.where = ctx.xml.element_loc(element);
  read_criterion_points(ctx, element, section.max_points, section.rule, label);
  ElementFields fields(ctx.xml, element);
  read_field(ctx, fields, "title", label, section.title);
  for (pugi::xml_node child : known_children(element)) {
    const std::string_view name = child.name();
    if (name == "p") {
      append_text(ctx, child, label + " paragraph", section.paragraphs);
    } else if (name == "item") {
      section.items.push_back(read_item(ctx, child, numbered(label + " item", section.items.size() + 1)));
    }
  }
  return section;
}

void read_period(LoadContext& ctx, pugi::xml_node element, model::Agreement& agreement) {
  ctx.xml.check_structure(element, spec("period"));
  const Value from = ctx.xml.attr(element, "from");
  const Value to = ctx.xml.attr(element, "to");
  agreement.period_from = parse_date_value(ctx, from);
  agreement.period_to = parse_date_value(ctx, to);
  if (agreement.period_from && agreement.period_to && *agreement.period_to < *agreement.period_from) {
    ctx.diags.error(to.where, tr("the period ends (%1$s) before it starts (%2$s)", to.text, from.text));
  }
}

// Reads a list of text children (<p> of <implementation>, <to> of <recipients>).
void read_lines(LoadContext& ctx, pugi::xml_node element, const std::string& label, std::vector<std::string>& out,
                bool strip) {
  ctx.xml.check_structure(element, spec(element.name()));
  for (pugi::xml_node child : known_children(element)) append_text(ctx, child, label, out, strip);
}

// Splits "2022-02-16T15:23" (or with a space) into a date and an optional time.
void read_published(LoadContext& ctx, const Value& value, model::News& news) {
  if (!value) return;
  Value date = value;
  Value time;
  const std::size_t split = value.text.find_first_of("T ");
  if (split != std::string::npos) {
    date.text = value.text.substr(0, split);
    time = value;
    time.text = value.text.substr(split + 1);
    time.where.column += static_cast<int>(split + 1);  // the date part is ASCII
    time.present = true;  // "2022-02-16T" with nothing after the T is reported too
  }
  news.published_date = parse_date_value(ctx, date);
  news.published_time = parse_time_value(ctx, time);
}

model::Block read_block(LoadContext& ctx, pugi::xml_node element, std::vector<std::size_t>& counts) {
  model::Block block;
  const std::string_view name = element.name();
  const std::size_t kind = name == "h" ? 0 : name == "p" ? 1 : name == "quote" ? 2 : 3;
  static constexpr const char* kind_words[] = {"heading", "paragraph", "quote", "photo"};
  const std::string label = "news " + std::string(kind_words[kind]) + " " + std::to_string(++counts[kind]);
  const Value text = text_element(ctx, element);
  if (kind == 3) {
    block.kind = model::Block::Kind::photo;
    const Value file = ctx.xml.attr(element, "file");
    const Value credit = ctx.xml.attr(element, "credit");
    const Value alt = ctx.xml.attr(element, "alt");
    check_image(ctx, file);
    block.photo = {file.text, text.text, credit.text, alt ? alt.text : text.text, ctx.xml.element_loc(element)};
    ctx.origin(label + " caption", text);
    ctx.origin(label + " credit", credit);
    ctx.origin(label + " alt", alt);
    return block;
  }
  block.kind = kind == 0 ? model::Block::Kind::heading
               : kind == 1 ? model::Block::Kind::paragraph
                           : model::Block::Kind::quote;
  block.text = text.text;
  ctx.origin(label, text);
  if (kind == 2) {
    if (const Value by = ctx.xml.attr(element, "by")) {
      block.speaker_id = by.text;
      ctx.guest_refs.push_back({by.text, by.where, tr("attribute '%1$s'", "by")});
    }
  }
  return block;
}

}  // namespace

void read_agreement(LoadContext& ctx, pugi::xml_node element) {
  ctx.places.agreement = ctx.xml.element_loc(element);
  ctx.xml.check_structure(element, spec("agreement"));
  model::Agreement agreement;
  agreement.where = ctx.xml.element_loc(element);
  if (const Value scale = ctx.xml.attr(element, "points")) {
    std::string unused;
    read_criterion_points(ctx, element, agreement.scale, unused, "agreement");
  }
  ElementFields fields(ctx.xml, element);
  read_field(ctx, fields, "number", "agreement", agreement.number);
  read_field(ctx, fields, "symbol", "agreement", agreement.symbol);
  for (pugi::xml_node child : known_children(element)) {
    const std::string_view name = child.name();
    if (name == "title" || name == "subject") {
      read_text(ctx, child, "agreement " + std::string(name), name == "title" ? agreement.title : agreement.subject);
    } else if (name == "basis") {
      append_text(ctx, child, "agreement basis", agreement.bases, true);
    } else if (name == "preamble") {
      append_text(ctx, child, "agreement preamble", agreement.preamble);
    } else if (name == "section") {
      const std::string label = numbered("agreement section", agreement.sections.size() + 1);
      agreement.sections.push_back(read_section(ctx, child, label));
    } else if (name == "implementation") {
      read_lines(ctx, child, "agreement implementation", agreement.implementation, false);
    } else if (name == "period") {
      read_period(ctx, child, agreement);
    } else if (name == "recipients") {
      read_lines(ctx, child, "agreement recipient", agreement.recipients, true);
    } else if (name == "bonus" || name == "penalty") {
      read_adjustments(ctx, child, agreement);
    }
  }
  ctx.event.agreement = std::move(agreement);
}

void read_movement(LoadContext& ctx, pugi::xml_node element) {
  ctx.places.movement = ctx.xml.element_loc(element);
  ctx.xml.check_structure(element, spec("movement"));
  model::Movement movement;
  ElementFields fields(ctx.xml, element);
  read_field(ctx, fields, "number", "movement", movement.number);
  read_field(ctx, fields, "symbol", "movement", movement.symbol);
  for (pugi::xml_node child : known_children(element)) {
    const std::string_view name = child.name();
    if (name == "implementation") {
      read_lines(ctx, child, "movement implementation", movement.implementation, false);
      continue;
    }
    if (name == "recipients") {
      read_lines(ctx, child, "movement recipient", movement.recipients, true);
      continue;
    }
    if (name == "signatory") {
      movement.signatory = read_signatory(ctx, child, "movement signatory");
      continue;
    }
    if (name == "theme") {
      read_text(ctx, child, "movement theme", movement.theme);
    } else {
      std::vector<std::string>& list = name == "goal"          ? movement.goals
                                       : name == "solution"    ? movement.solutions
                                       : name == "purpose"     ? movement.purposes
                                       : name == "requirement" ? movement.requirements
                                                               : movement.rewards;
      append_text(ctx, child, "movement " + std::string(name), list);
    }
  }
  ctx.event.movement = std::move(movement);
}

void read_campaign(LoadContext& ctx, pugi::xml_node element) {
  ctx.places.campaign = ctx.xml.element_loc(element);
  ctx.xml.check_structure(element, spec("campaign"));
  model::Campaign campaign;
  ElementFields fields(ctx.xml, element);
  read_field(ctx, fields, "programme", "campaign", campaign.programme);
  campaign.days = parse_int_value(ctx, ctx.xml.attr(element, "days"), N_("days"), 1, 3660, "40").value_or(0);
  ctx.event.campaign = std::move(campaign);
}

void read_news(LoadContext& ctx, pugi::xml_node element) {
  ctx.xml.check_structure(element, spec("news"));
  model::News news;
  for (pugi::xml_node child : known_children(element)) {
    const std::string_view name = child.name();
    if (name == "body") {
      ctx.xml.check_structure(child, spec("body"));
      std::vector<std::size_t> counts(4, 0);
      for (pugi::xml_node block : known_children(child)) news.body.push_back(read_block(ctx, block, counts));
      continue;
    }
    if (name == "published") {
      read_published(ctx, text_element(ctx, child), news);
    } else if (name == "tag") {
      append_text(ctx, child, "news tag", news.tags);
    } else {
      read_text(ctx, child, "news " + std::string(name),
                name == "title" ? news.title : name == "author" ? news.author : news.lead);
    }
  }
  ctx.event.news = std::move(news);
}

}  // namespace thidua::load

namespace thidua::load {

void read_programme(LoadContext& ctx, pugi::xml_node element) {
  ctx.xml.check_structure(element, spec("programme"));
  for (pugi::xml_node child : known_children(element)) {
    model::ProgrammeStep step;
    step.where = ctx.xml.element_loc(child);
    const Value title = text_element(ctx, child);
    step.title = title.text;
    ctx.origin("programme step " + std::to_string(ctx.event.programme.size() + 1), title);
    if (const Value time = ctx.xml.attr(child, "time")) step.time = parse_time_value(ctx, time);
    const Value guest = ctx.xml.attr(child, "guest");
    const Value unit = ctx.xml.attr(child, "unit");
    const Value by = ctx.xml.attr(child, "by");
    if (guest) {
      step.guest_id = guest.text;
      ctx.guest_refs.push_back({guest.text, guest.where, tr("attribute '%1$s'", "guest")});
    }
    if (unit) {
      step.unit_id = unit.text;
      ctx.unit_refs.push_back({unit.text, unit.where, tr("attribute '%1$s'", "unit")});
    }
    step.by = by.text;
    ctx.origin("programme step " + std::to_string(ctx.event.programme.size() + 1) + " by", by);
    if (static_cast<int>(bool(guest)) + static_cast<int>(bool(unit)) + static_cast<int>(bool(by)) > 1) {
      ctx.diags.error(step.where, _("a <step> names who leads it once: give one of guest=, unit= or by="));
    }
    ctx.event.programme.push_back(std::move(step));
  }
}

void read_minutes(LoadContext& ctx, pugi::xml_node element) {
  ctx.xml.check_structure(element, spec("minutes"));
  model::Minutes minutes;
  if (const Value end = ctx.xml.attr(element, "end")) minutes.end = parse_time_value(ctx, end);
  if (const Value absent = ctx.xml.attr(element, "absent")) {
    // A space-separated list of unit ids, each checked like any other unit reference.
    std::size_t start = 0;
    const std::string& ids = absent.text;
    while (start < ids.size()) {
      std::size_t stop = ids.find(' ', start);
      if (stop == std::string::npos) stop = ids.size();
      if (stop > start) {
        minutes.absent_units.push_back(ids.substr(start, stop - start));
        ctx.unit_refs.push_back({minutes.absent_units.back(), absent.where, tr("attribute '%1$s'", "absent")});
      }
      start = stop + 1;
    }
  }
  for (pugi::xml_node child : known_children(element)) {
    model::Person& person = std::string_view(child.name()) == "chair" ? minutes.chair : minutes.secretary;
    person = read_person(ctx, child, "minutes");
  }
  ctx.event.minutes = std::move(minutes);
}

}  // namespace thidua::load
