// The plan of a movement launch: Decree 30 header with its number, purpose and requirements,
// theme and goals, solutions, titles and rewards, organisation, the issuer's signature, recipients.
//
// Parts the event does not give are left out (a plan without rewards has no section IV); the
// sections are numbered after what is there, so the Roman numerals never skip.
#include "compose/plan.h"

#include "text/calendar.h"
#include "text/vietnamese.h"

namespace thidua::compose {

namespace {

// Room to write a number by hand; no-break spaces, which the layout keeps.
const std::string kBlank = "\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0";

// One numbered section of the plan: its heading and its sub-parts.
struct Part {
  std::string heading;
  std::vector<std::pair<std::string, std::vector<std::string>>> groups;  // sub-heading ("" = none), lines
  bool as_list = true;  // lines as "- …" items rather than paragraphs
};

Data lines_data(const std::vector<std::string>& lines) {
  Data list{Data::type::list};
  for (const std::string& line : lines) {
    Data item;
    item.set("text", line);
    list.push_back(item);
  }
  return list;
}

}  // namespace

std::string plan_number_line(const model::Event& event) {
  const model::Movement& movement = *event.movement;
  const std::string symbol = movement.symbol.empty() ? "KH" : movement.symbol;
  return "Số: " + (movement.number.empty() ? kBlank : movement.number) + "/" + symbol;
}

Data plan_data(const model::Event& event) {
  const model::Movement& movement = *event.movement;
  Data data;
  data.set("header", document_header(event, plan_number_line(event)));
  data.set("subject", "Phát động phong trào thi đua năm " + std::to_string(event.year));

  std::vector<Part> parts;
  if (!movement.purposes.empty() || !movement.requirements.empty()) {
    Part part{"MỤC ĐÍCH, YÊU CẦU", {}, true};
    if (!movement.purposes.empty()) part.groups.push_back({"1. Mục đích", movement.purposes});
    if (!movement.requirements.empty()) {
      part.groups.push_back({movement.purposes.empty() ? "1. Yêu cầu" : "2. Yêu cầu", movement.requirements});
    }
    parts.push_back(part);
  }
  parts.push_back(Part{"CHỦ ĐỀ, MỤC TIÊU THI ĐUA", {{"1. Chủ đề", {movement.theme}}}, true});
  if (!movement.goals.empty()) parts.back().groups.push_back({"2. Mục tiêu", movement.goals});
  if (!movement.solutions.empty()) parts.push_back(Part{"GIẢI PHÁP THỰC HIỆN", {{"", movement.solutions}}, true});
  if (!movement.rewards.empty()) {
    parts.push_back(Part{"DANH HIỆU THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG", {{"", movement.rewards}}, true});
  }
  if (!movement.implementation.empty()) {
    parts.push_back(Part{"TỔ CHỨC THỰC HIỆN", {{"", movement.implementation}}, false});
  }
  Data sections{Data::type::list};
  int number = 0;
  for (const Part& part : parts) {
    Data section;
    section.set("heading", roman_numeral(++number) + ". " + part.heading);
    Data groups{Data::type::list};
    for (const auto& [subheading, lines] : part.groups) {
      Data group;
      group.set("has_heading", !subheading.empty());
      group.set("heading", subheading);
      group.set("as_list", part.as_list && lines.size() > 1);
      group.set("lines", lines_data(lines));
      groups.push_back(group);
    }
    section.set("groups", groups);
    sections.push_back(section);
  }
  data.set("sections", sections);

  // The union itself signs its plan: "TM. BAN CHẤP HÀNH / CHỦ TỊCH"; without a signatory the
  // block keeps the authority line and leaves the name to write.
  Data signature;
  const bool signed_by = movement.signatory.has_value();
  signature.set("authority", signed_by && !movement.signatory->authority.empty()
                                 ? text::upper(movement.signatory->authority)
                                 : std::string("TM. BAN CHẤP HÀNH"));
  signature.set("has_title", signed_by && !movement.signatory->title.empty());
  signature.set("title", signed_by ? text::upper(movement.signatory->title) : std::string());
  // A name not known is the dotted line other signature blocks leave, to sign and write by hand.
  signature.set("name", signed_by && !movement.signatory->name.empty() ? movement.signatory->name
                                                                        : std::string(kBlankName));
  data.set("signature", signature);

  data.set("has_recipients", !movement.recipients.empty());
  data.set("recipients", punctuated_list(movement.recipients));
  return data;
}

DocumentMeta plan_meta(const model::Event& event) {
  DocumentMeta info;
  info.title = "KẾ HOẠCH";
  info.subject = "Phát động phong trào thi đua năm " + std::to_string(event.year);
  info.author = event.bloc.full_name;
  info.keywords = "kế hoạch, phát động phong trào thi đua, " + event.bloc.full_name + ", " + std::to_string(event.year);
  info.date = text::iso_date(event.date);
  return info;
}

}  // namespace thidua::compose
