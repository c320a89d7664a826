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
#include "compose/invitations.h"
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

// A guest as the script and the minutes name them: the news's short "đ/c" is said and written in full.
std::string guest_phrase(const model::Guest& guest) {
  return person_phrase(formal_honorific(guest.honorific), guest.name, guest.title);
}

// What the members are called: the event's noun ("công đoàn cơ sở", "cụm thi đua"), else "đơn vị".
std::string unit_noun(const model::Event& event) { return event.unit_noun.empty() ? "đơn vị" : event.unit_noun; }

// "4 công đoàn cơ sở thành viên Khối thi đua …" but "32 công đoàn trường học thuộc Công đoàn Giáo
// dục huyện …": a union's own units are not members of it, they belong to it.
std::string members_of(const model::Event& event) {
  return std::to_string(event.member_count()) + " " + unit_noun(event) +
         (event.bloc.kind == model::BlocKind::union_body ? " thuộc " : " thành viên ") + event.bloc.full_name;
}

// What is signed, in the words of the steps: "giao ước thi đua năm 2024"; a campaign's agreement
// has no year of its own ("giao ước thi đua thực hiện chiến dịch").
std::string agreement_words(const model::Event& event) {
  if (event.kind == model::EventKind::campaign) return "giao ước thi đua thực hiện chiến dịch";
  return "giao ước thi đua năm " + std::to_string(event.year);
}

// The signatory of `unit` with the unit's name: "đồng chí Khưu Đăng Phượng - Chủ tịch Công đoàn …";
// "đại diện lãnh đạo <unit>" when the event names no signatory.
std::string unit_speaker(const model::Unit& unit) {
  if (!unit.signatory || unit.signatory->name.empty()) return "đại diện lãnh đạo " + unit.name;
  const std::string title = unit.signatory->title.empty() ? unit.name : unit.signatory->title + " " + unit.name;
  return person_phrase("đồng chí", unit.signatory->name, title);
}

// How an item of a list ends: ";", and "." after the last, as lists in documents are punctuated.
std::string list_end(std::size_t index, std::size_t count) { return index + 1 == count ? "." : ";"; }

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

// The host who holds the ceremony for the bloc (<host>), as the MC invites it: its signatory by
// name and title, else "đồng chí đại diện lãnh đạo" of it. Empty when the event names no host.
std::string host_speaker(const model::Event& event) {
  if (!event.host) return {};
  const std::string name = host_name(event);
  const model::Signatory* signer = host_signatory(event);
  if (signer == nullptr || signer->name.empty()) return "đồng chí đại diện lãnh đạo " + name;
  return person_phrase("đồng chí", signer->name, signer->title.empty() ? name : signer->title + " " + name);
}

// A step the host leads (the closing of the ceremony it holds).
ProgrammeLine hosted_by(const model::Event& event, std::string title) {
  ProgrammeLine line;
  line.title = std::move(title);
  line.invite = host_speaker(event);
  const model::Signatory* signer = host_signatory(event);
  line.who = signer != nullptr && !signer->name.empty() ? capitalize_first(line.invite) : "Lãnh đạo " + host_name(event);
  return line;
}

// Who leads a step the usual order composes: the leading unit; else a union that organises the
// event itself (its signer of the plan when named); else, for a bloc whose leader is not stated,
// the organising committee — never a leader nobody named.
ProgrammeLine led_by_host(const model::Event& event, std::string title) {
  ProgrammeLine line;
  line.title = std::move(title);
  if (const model::Unit* leader = event.leader()) {
    line.invite = unit_speaker(*leader);
    line.who = capitalize_first(line.invite);
  } else if (event.host) {
    return hosted_by(event, line.title);
  } else if (event.bloc.kind == model::BlocKind::union_body) {
    const model::Signatory* signer =
        event.movement && event.movement->signatory && !event.movement->signatory->name.empty()
            ? &*event.movement->signatory
            : nullptr;
    line.invite = signer != nullptr
                      ? person_phrase("đồng chí", signer->name,
                                      signer->title.empty() ? event.bloc.full_name
                                                            : signer->title + " " + event.bloc.full_name)
                      : "đồng chí đại diện lãnh đạo " + event.bloc.full_name;
    line.who = signer != nullptr ? capitalize_first(line.invite) : "Lãnh đạo " + event.bloc.full_name;
  } else {
    line.invite = "đồng chí đại diện Ban Tổ chức";
    line.who = "Đại diện Ban Tổ chức";
  }
  return line;
}

// A step led by a group, with the words the MC hands over to it ("các đồng chí đại biểu").
ProgrammeLine led_by_group(std::string title, std::string who, std::string group_invite) {
  ProgrammeLine line;
  line.title = std::move(title);
  line.who = std::move(who);
  line.group_invite = std::move(group_invite);
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
  // The MC's first step names what the event leaves her to say (<compose omit=> may drop the
  // reason, or both introductions).
  const bool reason = event.composes(model::ComposedPart::lead);
  const bool introductions = event.composes(model::ComposedPart::guests) || event.composes(model::ComposedPart::members);
  lines.push_back(by_mc(reason && introductions ? "Tuyên bố lý do, giới thiệu đại biểu"
                        : reason                ? "Tuyên bố lý do"
                        : introductions         ? "Giới thiệu đại biểu"
                                                : "Chào mừng đại biểu"));
  lines.push_back(by_mc("Thông qua chương trình " + meeting_word(event)));
  if (event.kind == model::EventKind::movement) {
    lines.push_back(led_by_host(event, "Phát động phong trào thi đua năm " + year));
    lines.push_back(led_by_group("Phát biểu hưởng ứng phong trào thi đua", "Đại diện các " + unit_noun(event),
                                 "đại diện các " + unit_noun(event) + " lên phát biểu hưởng ứng phong trào thi đua"));
  } else {
    lines.push_back(led_by_host(event, "Thông qua dự thảo " + agreement_words(event)));
    lines.push_back(led_by_group("Thảo luận, góp ý dự thảo giao ước thi đua", "Đại biểu dự " + meeting_word(event),
                                 "các đồng chí đại biểu thảo luận, góp ý dự thảo giao ước thi đua"));
    ProgrammeLine signing;
    signing.title = "Ký kết " + agreement_words(event);
    signing.who = "Lãnh đạo các " + unit_noun(event) +
                  (event.bloc.kind == model::BlocKind::union_body ? "" : " thành viên");
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
  // The host closes the ceremony it holds; the draft stays the leading unit's.
  const std::string closing_title = "Bế mạc " + meeting_word(event);
  const ProgrammeLine closing = event.host ? hosted_by(event, closing_title) : led_by_host(event, closing_title);
  lines.push_back(closing);
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
  // The hour the event does not give is left for the secretary to write in.
  std::string text = "Hôm nay, vào lúc ";
  if (!event.start && event.part_of_day.empty()) text += "… giờ …, ";
  text += ceremony_when(event);
  if (!event.place.empty()) text += ", tại " + event.place;
  text += ", " + event.bloc.full_name + " tổ chức " + lower_first(ceremony_name(event));
  if (event.host && event.composes(model::ComposedPart::host)) text += ", do " + host_name(event) + " đăng cai";
  text += ".";
  return text;
}

std::string agreement_reference(const model::Event& event) {
  std::string name = capitalize_first(agreement_words(event));
  if (event.kind == model::EventKind::campaign && event.campaign) {
    name += " thi đua cao điểm";
    if (event.campaign->days > 0) name += " " + std::to_string(event.campaign->days) + " ngày";
  }
  name += " của " + event.bloc.full_name;
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

std::vector<const model::Guest*> introduced_guests(const model::Event& event) {
  std::vector<const model::Guest*> outside;
  std::vector<const model::Guest*> members;
  for (const model::Guest* guest : protocol_guests(event)) (guest->unit_id.empty() ? outside : members).push_back(guest);
  outside.insert(outside.end(), members.begin(), members.end());
  return outside;
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
  // The parts of the MC's words the event may switch off (<compose omit=>).
  data.set("has_reason", event.composes(model::ComposedPart::lead));
  data.set("has_host", event.host.has_value() && event.composes(model::ComposedPart::host));
  data.set("host", host_name(event));
  data.set("has_congratulation", event.composes(model::ComposedPart::signing));
  data.set("has_closing_words", event.composes(model::ComposedPart::closing));

  // The guests, grouped under their organisation when they give one ("Về phía …, có:"); a
  // member's own officer under her unit, after the guests from outside.
  std::vector<std::string> people;
  std::vector<std::string> sides;
  std::string organisation;
  for (const model::Guest* guest : introduced_guests(event)) {
    const model::Unit* unit = guest->unit_id.empty() ? nullptr : event.find_unit(guest->unit_id);
    const std::string side = unit != nullptr ? unit->name : guest->organisation;
    sides.push_back(!side.empty() && side != organisation ? side : std::string());
    organisation = side;
    people.push_back(capitalize_first(guest_phrase(*guest)));
  }
  for (const model::GuestGroup& group : event.guest_groups) {
    sides.emplace_back();
    people.push_back(capitalize_first(group.description));
  }
  Data guests{Data::type::list};
  for (std::size_t i = 0; i < people.size(); ++i) {
    Data& item = append_object(guests);
    item.set("text", people[i]);
    item.set("end", list_end(i, people.size()));
    item.set("new_side", !sides[i].empty());
    item.set("side", sides[i]);
  }
  data.set("has_guests", !people.empty() && event.composes(model::ComposedPart::guests));
  data.set("guests", guests);
  data.set("has_units", event.member_count() > 0 && event.composes(model::ComposedPart::members));
  // "Cùng dự" only follows guests already introduced; without them the members are the first.
  data.set("units_attend", people.empty() || !event.composes(model::ComposedPart::guests) ? "Về dự" : "Cùng dự");
  data.set("members", members_of(event));
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
    step.set("has_group_invite", line.invite.empty() && !line.group_invite.empty());
    step.set("group_invite", line.group_invite);
    const bool plain = number != 1 && !(number == 2 && event.programme.empty()) && !line.is_signing &&
                       number != static_cast<int>(lines.size());
    step.set("is_plain", plain);
  }
  data.set("steps", steps);
  std::vector<std::string> agenda;
  for (std::size_t i = 2; i < lines.size(); ++i) agenda.push_back(lines[i].title);
  data.set("programme", punctuated_list(agenda));

  // Each unit called to sign with its signatory; a signatory not known by name gets the dots the
  // MC fills in (with the title when it is known).
  std::vector<std::string> calls;
  for (const model::Unit* unit : signing_order(event)) {
    const std::string role = model::role_label(unit->role, event.bloc.kind);
    std::string call = role.empty() ? unit->name : unit->name + " (" + role + ")";
    if (unit->signatory) {
      const bool named = !unit->signatory->name.empty();
      if (named || !unit->signatory->title.empty()) {
        call += ": " + person_phrase("đồng chí", named ? unit->signatory->name : kDots, unit->signatory->title);
      }
    }
    calls.push_back(call);
  }
  Data signers{Data::type::list};
  for (std::size_t i = 0; i < calls.size(); ++i) {
    Data& signer = append_object(signers);
    signer.set("number", std::to_string(i + 1));
    signer.set("text", calls[i]);
    signer.set("end", list_end(i, calls.size()));
  }
  data.set("signers", signers);
  data.set("signers_noun", unit_noun(event));
  data.set("agreement_words", agreement_words(event));
  return data;
}

DocumentMeta script_meta(const model::Event& event) { return meta_for(event, "KỊCH BẢN DẪN CHƯƠNG TRÌNH"); }

Data minutes_data(const model::Event& event) {
  Data data;
  const std::string meeting = meeting_word(event);
  data.set("header", document_header(event, ""));
  data.set("ceremony", ceremony_name(event));
  data.set("opening", minutes_opening(event));
  data.set("Meeting", capitalize_first(meeting));
  data.set("meeting", meeting);
  model::Minutes minutes = event.minutes.value_or(model::Minutes{});
  // A guest who chairs (role="chair") is the chair the minutes name when <minutes> does not.
  if (minutes.chair.name.empty()) {
    for (const model::Guest* guest : protocol_guests(event)) {
      if (guest->role != model::GuestRole::chair) continue;
      minutes.chair.name = guest->name;
      minutes.chair.title = guest->title;
      break;
    }
  }
  data.set("chair", person_data(minutes.chair));
  data.set("secretary", person_data(minutes.secretary));

  // The guests from outside; the members' own officers among the guests are no guests of theirs.
  std::vector<std::string> guest_lines;
  for (const model::Guest* guest : protocol_guests(event)) {
    if (guest->unit_id.empty()) guest_lines.push_back(capitalize_first(guest_phrase(*guest)));
  }
  for (const model::GuestGroup& group : event.guest_groups) guest_lines.push_back(capitalize_first(group.description));
  data.set("has_guests", !guest_lines.empty());
  data.set("guests", punctuated_list(guest_lines));

  std::vector<std::string> present;
  std::vector<std::string> absent;
  for (const model::Unit& unit : event.units) {
    const bool away = std::find(minutes.absent_units.begin(), minutes.absent_units.end(), unit.id) !=
                      minutes.absent_units.end();
    (away ? absent : present).push_back(unit.name);
  }
  // The parts of "I. THÀNH PHẦN THAM DỰ" are numbered as they come: no "2." without a "1.".
  int part = 0;
  data.set("guests_number", std::to_string(!guest_lines.empty() ? ++part : 0));
  const bool has_units = event.member_count() > 0;
  data.set("units_number", std::to_string(has_units ? ++part : 0));
  data.set("chair_number", std::to_string(++part));
  data.set("has_units", has_units);
  data.set("units_heading", event.bloc.kind == model::BlocKind::union_body ? "Các " + unit_noun(event)
                                                                            : "Các " + unit_noun(event) + " thành viên");
  // Counted members: who came is written in by hand.
  const std::string present_count = event.members_counted() ? std::string("……") : std::to_string(present.size());
  data.set("units_line", "Có mặt " + present_count + "/" + members_of(event) + (event.members_counted() ? "." : ":"));
  data.set("present", event.members_counted() ? Data{Data::type::list} : punctuated_list(present));
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
  std::vector<std::string> contents;
  if (event.agreement) {
    for (const model::Section& section : event.agreement->sections) contents.push_back(section.title);
  }
  data.set("has_contents", !contents.empty());
  data.set("contents", punctuated_list(contents));
  data.set("has_signed_line", event.composes(model::ComposedPart::signing));
  data.set("signed_line", "Đại diện lãnh đạo " + std::to_string(present.size()) + " " + unit_noun(event) +
                              " có mặt đã ký kết " + agreement_words(event) + ".");
  const bool movement = event.kind == model::EventKind::movement;
  data.set("is_movement", movement);
  std::string launched;
  if (movement) {
    launched = capitalize_first(meeting) + " đã phát động phong trào thi đua năm " + std::to_string(event.year);
    if (event.movement && !event.movement->theme.empty()) {
      std::string theme = event.movement->theme;
      while (!theme.empty() && (theme.back() == '.' || theme.back() == ' ')) theme.pop_back();
      launched += " với chủ đề “" + theme + "”";
    }
    launched += ".";
  }
  data.set("launched", launched);
  data.set("end", minutes.end ? text::clock_phrase(*minutes.end) : kDots + " giờ " + kDots);
  return data;
}

DocumentMeta minutes_meta(const model::Event& event) { return meta_for(event, "BIÊN BẢN"); }

}  // namespace thidua::compose
