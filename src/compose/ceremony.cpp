// The ceremony's own papers — programme, MC's script, minutes — as template data.
//
// Nothing is invented: a step's time is printed only when the event gives it (the first step
// starts at the event's time; the others are left for the clerk), and the minutes leave dots
// where the event does not say (the closing time, the chair when not given).
#include "compose/ceremony.h"

#include <algorithm>
#include <array>

#include "compose/article_values.h"
#include "compose/attendance.h"
#include "text/calendar.h"
#include "text/vietnamese.h"

namespace thidua::compose {

namespace {

// Room to write by hand, in the dots offices use.
const std::string kDots = "……………";

constexpr std::array<model::GuestRole, 3> kProtocol = {model::GuestRole::chair, model::GuestRole::director,
                                                       model::GuestRole::attending};

// "đồng chí Bùi Đăng Thành - Phó Chủ tịch LĐLĐ tỉnh": a title that holds " - " itself
// ("Chủ tịch Công đoàn ngành Giáo dục - trưởng khối") is joined by a comma instead.
std::string person_phrase(const std::string& honorific, const std::string& name, const std::string& title) {
  std::string phrase = honorific.empty() ? name : honorific + " " + name;
  // The dash is tied to the title's first word (a no-break space): a line may start with
  // "- Chủ tịch" but never end with a lone dash, which readers take for a hyphenated word.
  if (!title.empty()) phrase += (title.find(" - ") != std::string::npos ? ", " : " -\u00A0") + title;
  return phrase;
}

std::string guest_phrase(const model::Guest& guest) { return person_phrase(guest.honorific, guest.name, guest.title); }

// The signatory of `unit` with the unit's name: "đồng chí Khưu Đăng Phượng - Chủ tịch Công đoàn …";
// "đại diện lãnh đạo <unit>" when the event names no signatory.
std::string unit_speaker(const model::Unit& unit) {
  if (!unit.signatory || unit.signatory->name.empty()) return "đại diện lãnh đạo " + unit.name;
  const std::string title = unit.signatory->title.empty() ? unit.name : unit.signatory->title + " " + unit.name;
  return person_phrase("đồng chí", unit.signatory->name, title);
}

// "hội nghị" or "buổi lễ": how the script and the minutes speak of the meeting.
// (is_le looks only at a given <name>; a movement's default name is a "Lễ" too.)
std::string meeting_word(const model::Event& event) {
  return text::lower(ceremony_name(event)).rfind("lễ", 0) == 0 ? "buổi lễ" : "hội nghị";
}

// The text with its first letter in lower case, to continue a sentence ("tổ chức hội nghị …").
std::string lower_first(const std::string& utf8) {
  const std::vector<char32_t> points = text::code_points(utf8);
  if (points.empty()) return utf8;
  std::string out = text::lower(text::encode_utf8(points.front()));
  for (std::size_t i = 1; i < points.size(); ++i) out += text::encode_utf8(points[i]);
  return out;
}

// The guest who gives the directing speech: the first director, else the first chair.
const model::Guest* directing_guest(const model::Event& event) {
  for (model::GuestRole role : {model::GuestRole::director, model::GuestRole::chair}) {
    for (const model::Guest& guest : event.guests) {
      if (guest.role == role) return &guest;
    }
  }
  return nullptr;
}

// Who leads a step the usual order composes: the leading unit, else the organising body.
ProgrammeLine led_by_host(const model::Event& event, std::string title) {
  ProgrammeLine line;
  line.title = std::move(title);
  if (const model::Unit* leader = event.leader()) {
    line.invite = unit_speaker(*leader);
    line.who = capitalize_first(line.invite);
  } else {
    line.who = "Lãnh đạo " + event.bloc.full_name;
  }
  return line;
}

ProgrammeLine by_mc(std::string title) {
  ProgrammeLine line;
  line.title = std::move(title);
  line.who = "Người dẫn chương trình";
  return line;
}

// The usual order of a signing ceremony (or a movement launch) when the event gives none.
std::vector<ProgrammeLine> usual_order(const model::Event& event) {
  const std::string year = std::to_string(event.year);
  std::vector<ProgrammeLine> lines;
  lines.push_back(by_mc("Tuyên bố lý do, giới thiệu đại biểu"));
  lines.push_back(by_mc("Thông qua chương trình " + meeting_word(event)));
  if (event.kind == model::EventKind::movement) {
    lines.push_back(led_by_host(event, "Phát động phong trào thi đua năm " + year));
    ProgrammeLine answer;
    answer.title = "Phát biểu hưởng ứng phong trào thi đua";
    answer.who = "Đại diện các đơn vị";
    lines.push_back(answer);
  } else {
    lines.push_back(led_by_host(event, "Thông qua dự thảo giao ước thi đua năm " + year));
    ProgrammeLine discussion;
    discussion.title = "Thảo luận, góp ý dự thảo giao ước thi đua";
    discussion.who = "Đại biểu dự " + meeting_word(event);
    lines.push_back(discussion);
    ProgrammeLine signing;
    signing.title = "Ký kết giao ước thi đua năm " + year;
    signing.who = "Lãnh đạo các đơn vị thành viên";
    signing.is_signing = true;
    lines.push_back(signing);
  }
  if (const model::Guest* guest = directing_guest(event)) {
    ProgrammeLine speech;
    speech.title = "Phát biểu chỉ đạo";
    speech.invite = guest_phrase(*guest);
    speech.who = capitalize_first(speech.invite);
    lines.push_back(speech);
  }
  lines.push_back(led_by_host(event, "Bế mạc " + meeting_word(event)));
  if (event.start) lines.front().time = text::clock_phrase(*event.start);
  return lines;
}

// True when a step of the event's own programme is the signing.
bool names_signing(const std::string& title) {
  const std::string lower = text::lower(title);
  return lower.find("ký kết") != std::string::npos || lower.find("ký giao ước") != std::string::npos;
}

// "Hôm nay, vào lúc 08 giờ 00, Thứ Ba, ngày 09 tháng 6 năm 2020, tại …" — the opening of the minutes.
std::string minutes_opening(const model::Event& event) {
  std::string text = "Hôm nay, ";
  text += event.start ? "vào lúc " + ceremony_when(event) : ceremony_when(event);
  if (!event.place.empty()) text += ", tại " + event.place;
  text += ", " + event.bloc.full_name + " tổ chức " + lower_first(ceremony_name(event)) + ".";
  return text;
}

std::string agreement_reference(const model::Event& event) {
  std::string name = "Giao ước thi đua năm " + std::to_string(event.year) + " của " + event.bloc.full_name;
  if (event.agreement && !event.agreement->number.empty()) {
    name += " (số " + event.agreement->number +
            (event.agreement->symbol.empty() ? std::string() : "/" + event.agreement->symbol) + ")";
  }
  return name;
}

Data person_data(const model::Person& person) {
  Data data;
  data.set("has_name", !person.name.empty());
  data.set("name", person.name.empty() ? kDots : person.name);
  data.set("line", person.name.empty() ? kDots : person_phrase("đồng chí", person.name, person.title));
  return data;
}

DocumentMeta meta_for(const model::Event& event, const std::string& title) {
  DocumentMeta info;
  info.title = title;
  info.subject = ceremony_name(event);
  info.author = event.bloc.full_name;
  info.keywords = text::lower(title) + ", " + event.bloc.full_name + ", " + std::to_string(event.year);
  info.date = text::iso_date(event.date);
  return info;
}

}  // namespace

std::vector<const model::Guest*> protocol_guests(const model::Event& event) {
  std::vector<const model::Guest*> guests;
  for (model::GuestRole role : kProtocol) {
    for (const model::Guest& guest : event.guests) {
      if (guest.role == role) guests.push_back(&guest);
    }
  }
  return guests;
}

std::vector<const model::Unit*> signing_order(const model::Event& event) {
  std::vector<const model::Unit*> units;
  if (const model::Unit* leader = event.leader()) units.push_back(leader);
  for (const model::Unit& unit : event.units) {
    if (&unit != event.leader()) units.push_back(&unit);
  }
  return units;
}

std::vector<ProgrammeLine> programme_lines(const model::Event& event) {
  if (event.programme.empty()) return usual_order(event);
  std::vector<ProgrammeLine> lines;
  for (const model::ProgrammeStep& step : event.programme) {
    ProgrammeLine line;
    line.title = step.title;
    if (step.time) line.time = text::clock_phrase(*step.time);
    if (const model::Guest* guest = step.guest_id.empty() ? nullptr : event.find_guest(step.guest_id)) {
      line.invite = guest_phrase(*guest);
      line.who = capitalize_first(line.invite);
    } else if (const model::Unit* unit = step.unit_id.empty() ? nullptr : event.find_unit(step.unit_id)) {
      line.invite = unit_speaker(*unit);
      line.who = capitalize_first(line.invite);
    } else {
      line.who = step.by;
    }
    line.is_signing = names_signing(step.title);
    lines.push_back(std::move(line));
  }
  return lines;
}

Data programme_data(const model::Event& event) {
  Data data;
  data.set("header", document_header(event, ""));
  data.set("title", "CHƯƠNG TRÌNH");
  data.set("ceremony", text::upper(ceremony_name(event)));
  data.set("when", capitalize_first(ceremony_when(event)));
  data.set("has_place", !event.place.empty());
  data.set("place", "Địa điểm: " + event.place);
  Data steps{Data::type::list};
  int number = 0;
  for (const ProgrammeLine& line : programme_lines(event)) {
    Data& step = append_object(steps);
    step.set("number", std::to_string(++number));
    step.set("time", line.time);
    step.set("title", line.title);
    step.set("who", line.who);
  }
  data.set("steps", steps);
  return data;
}

DocumentMeta programme_meta(const model::Event& event) { return meta_for(event, "CHƯƠNG TRÌNH"); }

Data script_data(const model::Event& event) {
  Data data;
  const std::string meeting = meeting_word(event);
  data.set("title", "KỊCH BẢN DẪN CHƯƠNG TRÌNH");
  data.set("ceremony", text::upper(ceremony_name(event)));
  data.set("bloc", event.bloc.full_name);
  data.set("upper", event.upper.name);
  data.set("meeting", meeting);
  data.set("Meeting", capitalize_first(meeting));
  data.set("ceremony_name", ceremony_name(event));
  data.set("ceremony_lower", lower_first(ceremony_name(event)));
  data.set("year", std::to_string(event.year));
  data.set("when", ceremony_when(event));

  // The guests, grouped under their organisation when they give one ("Về phía …, có:").
  Data guests{Data::type::list};
  std::string organisation;
  for (const model::Guest* guest : protocol_guests(event)) {
    Data& item = append_object(guests);
    const bool new_side = !guest->organisation.empty() && guest->organisation != organisation;
    organisation = guest->organisation;
    item.set("new_side", new_side);
    item.set("side", guest->organisation);
    item.set("person", capitalize_first(guest_phrase(*guest)));
  }
  data.set("has_guests", !event.guests.empty());
  data.set("guests", guests);
  Data groups{Data::type::list};
  for (const model::GuestGroup& group : event.guest_groups) append_object(groups).set("text", group.description);
  data.set("groups", groups);
  data.set("has_units", event.member_count() > 0);
  data.set("unit_count", std::to_string(event.member_count()));
  data.set("unit_noun", event.members_counted() ? event.member_noun() : std::string("đơn vị"));
  std::vector<std::string> unit_names;
  for (const model::Unit& unit : event.units) unit_names.push_back(unit.short_name.empty() ? unit.name : unit.short_name);
  // Members only counted are not named in part: the MC says how many.
  data.set("has_unit_names", !event.members_counted());
  data.set("unit_names", text::join_list(unit_names));

  Data steps{Data::type::list};
  const std::vector<ProgrammeLine> lines = programme_lines(event);
  int number = 0;
  for (const ProgrammeLine& line : lines) {
    Data& step = append_object(steps);
    step.set("number", std::to_string(++number));
    step.set("title", line.title);
    step.set("title_lower", lower_first(line.title));
    step.set("is_opening", number == 1);
    step.set("is_programme", number == 2 && event.programme.empty());
    step.set("is_signing", line.is_signing);
    step.set("is_closing", number == static_cast<int>(lines.size()));
    step.set("has_invite", !line.invite.empty());
    step.set("invite", line.invite);
    const bool plain = number != 1 && !(number == 2 && event.programme.empty()) && !line.is_signing &&
                       number != static_cast<int>(lines.size());
    step.set("is_plain", plain);
  }
  data.set("steps", steps);
  Data programme{Data::type::list};
  for (std::size_t i = 2; i < lines.size(); ++i) append_object(programme).set("text", lines[i].title);
  data.set("programme", programme);

  Data signers{Data::type::list};
  number = 0;
  for (const model::Unit* unit : signing_order(event)) {
    Data& signer = append_object(signers);
    signer.set("number", std::to_string(++number));
    const std::string role = model::role_label(unit->role, event.bloc.kind);
    signer.set("unit", role.empty() ? unit->name : unit->name + " (" + role + ")");
    const bool named = unit->signatory && !unit->signatory->name.empty();
    signer.set("has_signatory", named);
    signer.set("signatory", named ? person_phrase("đồng chí", unit->signatory->name, unit->signatory->title)
                                  : std::string());
  }
  data.set("signers", signers);
  return data;
}

DocumentMeta script_meta(const model::Event& event) { return meta_for(event, "KỊCH BẢN DẪN CHƯƠNG TRÌNH"); }

Data minutes_data(const model::Event& event) {
  Data data;
  data.set("header", document_header(event, ""));
  data.set("ceremony", ceremony_name(event));
  data.set("opening", minutes_opening(event));
  const model::Minutes minutes = event.minutes.value_or(model::Minutes{});
  data.set("chair", person_data(minutes.chair));
  data.set("secretary", person_data(minutes.secretary));

  Data guests{Data::type::list};
  for (const model::Guest* guest : protocol_guests(event)) {
    append_object(guests).set("text", capitalize_first(guest_phrase(*guest)));
  }
  for (const model::GuestGroup& group : event.guest_groups) append_object(guests).set("text", group.description);
  data.set("has_guests", !guests.list_value().empty());
  data.set("guests", guests);

  std::vector<std::string> present;
  std::vector<std::string> absent;
  for (const model::Unit& unit : event.units) {
    const bool away = std::find(minutes.absent_units.begin(), minutes.absent_units.end(), unit.id) !=
                      minutes.absent_units.end();
    (away ? absent : present).push_back(unit.name);
  }
  data.set("has_units", event.member_count() > 0);
  // Counted members: who came is written in by hand.
  data.set("units_line", "Có mặt " + (event.members_counted() ? std::string("……") : std::to_string(present.size())) +
                             "/" + std::to_string(event.member_count()) + " đơn vị thành viên của " +
                             event.bloc.full_name + (event.members_counted() ? "." : ":"));
  Data present_list{Data::type::list};
  if (!event.members_counted()) {
    for (const std::string& name : present) append_object(present_list).set("text", name);
  }
  data.set("present", present_list);
  data.set("has_absent", !absent.empty());
  data.set("absent", "Vắng mặt: " + text::join_list(absent) + ".");

  Data steps{Data::type::list};
  int number = 0;
  for (const ProgrammeLine& line : programme_lines(event)) {
    Data& step = append_object(steps);
    step.set("number", std::to_string(++number));
    step.set("text", line.who.empty() || line.who == "Người dẫn chương trình" ? line.title + "."
                                                                             : line.title + " (" + line.who + ").");
  }
  data.set("steps", steps);
  data.set("has_agreement", event.agreement.has_value());
  data.set("agreement", agreement_reference(event));
  Data contents{Data::type::list};
  if (event.agreement) {
    for (const model::Section& section : event.agreement->sections) append_object(contents).set("text", section.title);
  }
  data.set("has_contents", !contents.list_value().empty());
  data.set("contents", contents);
  data.set("signed_line", "Đại diện lãnh đạo " + std::to_string(present.size()) +
                              " đơn vị có mặt đã ký kết giao ước thi đua.");
  data.set("is_movement", event.kind == model::EventKind::movement);
  data.set("end", minutes.end ? text::clock_phrase(*minutes.end) : kDots + " giờ " + kDots);
  return data;
}

DocumentMeta minutes_meta(const model::Event& event) { return meta_for(event, "BIÊN BẢN"); }

}  // namespace thidua::compose
