// Template data of the agreement PDF (bản giao ước thi đua): header, contents, signatures, recipients.
#include "compose/agreement.h"

#include "text/calendar.h"
#include "text/vietnamese.h"

namespace thidua::compose {

namespace {

std::string number_line(const model::Agreement& agreement) {
  if (agreement.number.empty() && agreement.symbol.empty()) return "";
  std::string number = agreement.number;
  // Decree 30: numbers below 10 take a leading zero ("Số: 05/GU-KTĐ").
  if (number.size() == 1 && number[0] >= '1' && number[0] <= '9') number = "0" + number;
  return "Số: " + number + (agreement.symbol.empty() ? "" : "/" + agreement.symbol);
}

std::string default_title(const model::Event& event) {
  if (event.kind == model::EventKind::campaign) return "GIAO ƯỚC THI ĐUA";
  return "GIAO ƯỚC THI ĐUA NĂM " + std::to_string(event.year);
}

std::string default_subject(const model::Event& event) {
  if (event.kind == model::EventKind::campaign && event.campaign) {
    std::string subject = "Thực hiện chiến dịch thi đua cao điểm";
    if (event.campaign->days > 0) subject += " " + std::to_string(event.campaign->days) + " ngày";
    return subject + " chương trình “" + event.campaign->programme + "”";
  }
  return event.bloc.full_name;
}

std::string unit_display_name(const model::Unit& unit) { return unit.short_name.empty() ? unit.name : unit.short_name; }

Data targets_data(const model::Event& event, const std::vector<model::Target>& targets) {
  Data list{Data::type::list};
  for (const model::Target& target : targets) {
    Data item;
    item.set("text", target_phrase(target));
    const model::Unit* party = target.party_id.empty() ? nullptr : event.find_unit(target.party_id);
    item.set("has_party", party != nullptr);
    item.set("party", party ? unit_display_name(*party) : std::string());
    list.push_back(item);
  }
  return list;
}

Data items_data(const model::Event& event, const std::vector<model::Item>& items) {
  Data list{Data::type::list};
  int number = 0;
  for (const model::Item& item : items) {
    Data entry;
    entry.set("number", std::to_string(++number));
    entry.set("text", item.text);
    Data points{Data::type::list};
    int index = 0;
    for (const std::string& point : item.points) {
      Data p;
      p.set("letter", point_letter(index++));
      p.set("text", point);
      points.push_back(p);
    }
    entry.set("points", points);
    // Per-party targets go to the table; the others are listed under the item.
    std::vector<model::Target> general;
    for (const model::Target& target : item.targets) {
      if (target.party_id.empty()) general.push_back(target);
    }
    entry.set("targets", targets_data(event, general));
    entry.set("has_targets", !general.empty());
    list.push_back(entry);
  }
  return list;
}

// Rows of the per-party target table (campaign agreements): one row per party in unit order.
Data party_targets_data(const model::Event& event, const model::Agreement& agreement) {
  Data rows{Data::type::list};
  int number = 0;
  for (const model::Unit& unit : event.units) {
    std::vector<std::string> phrases;
    for (const model::Section& section : agreement.sections) {
      for (const model::Item& item : section.items) {
        for (const model::Target& target : item.targets) {
          if (target.party_id == unit.id) phrases.push_back(target_phrase(target));
        }
      }
    }
    if (phrases.empty()) continue;
    Data row;
    row.set("number", std::to_string(++number));
    row.set("party", unit_display_name(unit));
    row.set("target", text::join_list(phrases));
    rows.push_back(row);
  }
  return rows;
}

Data signatures_data(const model::Event& event) {
  Data list{Data::type::list};
  for (const model::Unit& unit : event.units) {
    list.push_back(signature_block(model::role_label(unit.role, event.bloc.kind), unit.name,
                                   unit.signatory ? &*unit.signatory : nullptr, unit.name_lines));
  }
  return list;
}

std::string period_sentence(const model::Event& event, const model::Agreement& agreement) {
  if (agreement.period_from && agreement.period_to) {
    return "Thời gian thực hiện: từ " + text::document_date(*agreement.period_from) + " đến hết " +
           text::document_date(*agreement.period_to) + ".";
  }
  if (agreement.period_to) {
    return "Thời gian thực hiện: từ ngày ký kết giao ước thi đua đến hết " + text::document_date(*agreement.period_to) + ".";
  }
  (void)event;
  return "";
}

}  // namespace

std::string target_phrase(const model::Target& target) {
  if (!target.text.empty()) return target.text;
  std::string phrase;
  for (const std::string* part : {&target.qualifier, &target.quantity, &target.measure}) {
    if (part->empty()) continue;
    if (!phrase.empty()) phrase += ' ';
    phrase += *part;
  }
  return phrase;
}

Data agreement_data(const model::Event& event) {
  const model::Agreement& agreement = *event.agreement;
  Data data;
  data.set("header", document_header(event, number_line(agreement)));
  data.set("title", agreement.title.empty() ? default_title(event) : text::upper(agreement.title));
  const std::string subject = agreement.subject.empty() ? default_subject(event) : agreement.subject;
  data.set("subject", subject);
  data.set("has_subject", !subject.empty());
  data.set("bases", punctuated_list(agreement.bases));
  data.set("has_bases", !agreement.bases.empty());
  Data preamble{Data::type::list};
  for (const std::string& paragraph : agreement.preamble) preamble.push_back(Data("text", paragraph));
  data.set("preamble", preamble);

  Data sections{Data::type::list};
  int number = 0;
  for (const model::Section& section : agreement.sections) {
    Data entry;
    entry.set("number", roman_numeral(++number));
    entry.set("title", section.title);
    entry.set("title_upper", text::upper(section.title));
    Data paragraphs{Data::type::list};
    for (const std::string& paragraph : section.paragraphs) paragraphs.push_back(Data("text", paragraph));
    entry.set("paragraphs", paragraphs);
    entry.set("items", items_data(event, section.items));
    sections.push_back(entry);
  }
  data.set("sections", sections);
  const Data party_rows = party_targets_data(event, agreement);
  data.set("party_targets", party_rows);
  data.set("has_party_targets", !party_rows.is_empty_list());
  data.set("implementation_number", roman_numeral(number + 1));
  Data implementation{Data::type::list};
  for (const std::string& paragraph : agreement.implementation) implementation.push_back(Data("text", paragraph));
  data.set("implementation", implementation);
  data.set("has_implementation", !agreement.implementation.empty());
  const std::string period = period_sentence(event, agreement);
  data.set("period", period);
  data.set("has_period", !period.empty());
  data.set("signatures", signatures_data(event));
  data.set("recipients", punctuated_list(agreement.recipients));
  data.set("has_recipients", !agreement.recipients.empty());
  return data;
}

DocumentMeta agreement_meta(const model::Event& event) {
  DocumentMeta info;
  const model::Agreement& agreement = *event.agreement;
  info.title = (agreement.title.empty() ? default_title(event) : text::upper(agreement.title));
  info.subject = agreement.subject.empty() ? default_subject(event) : agreement.subject;
  info.author = event.bloc.full_name;
  info.keywords = "giao ước thi đua, " + event.bloc.full_name + ", " + std::to_string(event.year);
  info.date = text::iso_date(event.date);
  return info;
}

}  // namespace thidua::compose
