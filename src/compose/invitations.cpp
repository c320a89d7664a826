// The invitation letters (giấy mời): one formal one-page letter per guest, as template data.
//
// Who signs: a host named by <host> (a unit holding the ceremony for the bloc, or another body)
// signs for it. Otherwise the bloc invites, so its leading unit's signatory signs, labelled with the unit's
// role ("TRƯỞNG KHỐI" / "CỤM TRƯỞNG"), exactly as in the agreement. With no leader the issuer
// in the header signs: a union that organises the event itself (bloc kind "union") signs for
// itself, and a bloc without a leader leaves it to its upper body. The format has no signatory
// for either, so their block holds the body's name over an empty signing space.
// The date line and the "Số:" line leave blanks for the clerk: a letter is numbered and dated
// when it is signed, which is not the event's date, and nothing in the event says when.
#include "compose/invitations.h"

#include "compose/attendance.h"
#include "text/calendar.h"
#include "text/vietnamese.h"

namespace thidua::compose {

namespace {

// Room to write a day, a month or a number by hand; no-break spaces, which the layout keeps.
const std::string kBlank = "\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0";

std::string capitalize_first(const std::string& utf8) {
  const std::vector<char32_t> points = text::code_points(utf8);
  if (points.empty()) return {};
  std::string out = text::upper(text::encode_utf8(points.front()));
  for (std::size_t i = 1; i < points.size(); ++i) out += text::encode_utf8(points[i]);
  return out;
}

std::string without_final_period(std::string text) {
  while (!text.empty() && (text.back() == '.' || text.back() == ' ')) text.pop_back();
  return text;
}

// "Khánh Hòa, ngày ␣␣ tháng ␣␣ năm 2022". A January event's letter may well be dated in the
// December before, so its year is left blank too.
std::string blank_place_date(const model::Event& event) {
  const std::string year = event.date.month == 1 ? kBlank : std::to_string(event.year);
  return date_place(event) + ", ngày " + kBlank + " tháng " + kBlank + " năm " + year;
}

Data signature_data(const model::Event& event) {
  // A host that holds the ceremony for the bloc invites: its unit's block, or the body's.
  if (event.host) {
    // No role label: the host signs as the unit that holds the ceremony, not as Cụm phó.
    const model::Unit* unit = event.host_unit();
    return signature_block("", host_name(event), host_signatory(event),
                           unit != nullptr ? unit->name_lines : event.host->name_lines);
  }
  if (const model::Unit* leader = event.leader()) {
    return signature_block(model::role_label(leader->role, event.bloc.kind), leader->name,
                           leader->signatory ? &*leader->signatory : nullptr, leader->name_lines);
  }
  const std::string& issuer =
      event.bloc.kind == model::BlocKind::union_body ? event.bloc.full_name : event.upper.name;
  return signature_block("", issuer, nullptr);
}

std::string logo_path(const model::Event& event) {
  if (event.logo.empty() || event.logo.front() == '/' || event.source_dir.empty()) return event.logo;
  return event.source_dir + "/" + event.logo;
}

}  // namespace

std::string formal_honorific(const std::string& honorific) {
  const std::string lowered = text::lower(text::squash_spaces(honorific));
  return lowered == "đ/c" || lowered == "đ.c" || lowered == "đc" ? "đồng chí" : honorific;
}

std::string addressee_line(const model::Guest& guest) {
  std::string line = "Kính gửi: " + capitalize_first(formal_honorific(guest.honorific)) + " " + guest.name;
  // A title with its own " - " ("Ủy viên Ban Thường vụ - Trưởng Ban …") follows a comma instead.
  if (!guest.title.empty()) line += (guest.title.find(" - ") != std::string::npos ? ", " : " - ") + guest.title;
  return line;
}

std::string invitation_purpose(const model::Event& event) {
  const std::string ceremony = without_final_period(ceremony_name(event));
  // A ceremony named after its bloc ("Hội nghị … của Khối thi đua II …") says whose it is already.
  const bool names_bloc = text::lower(ceremony).find(text::lower(event.bloc.full_name)) != std::string::npos;
  return "Tới dự " + ceremony + (names_bloc ? "" : " của " + event.bloc.full_name) + ".";
}

std::string invitation_time(const model::Event& event) {
  return (event.start || !event.part_of_day.empty() ? "Vào lúc " : "Vào ") + ceremony_when(event);
}

std::string invitation_number_line(const model::Event& event) {
  if (!event.agreement) return "";
  // "GU-KTĐ": the part after the document kind is the issuer's own abbreviation.
  const std::string& symbol = event.agreement->symbol;
  const std::size_t dash = symbol.find('-');
  if (dash == std::string::npos || dash + 1 >= symbol.size()) return "";
  return "Số:" + kBlank + "/GM-" + symbol.substr(dash + 1);
}

std::vector<const model::Guest*> invited_guests(const model::Event& event, const std::string& guest_id) {
  // The head of the inviting unit (the host's, else the leader's) signs the letters; she does
  // not invite herself.
  const model::Unit* inviting = event.host ? event.host_unit() : event.leader();
  const model::Signatory* signatory =
      event.host ? host_signatory(event) : (inviting != nullptr && inviting->signatory ? &*inviting->signatory : nullptr);
  const std::string signer = signatory != nullptr ? name_key(signatory->name) : "";
  const std::string inviting_id = inviting != nullptr ? inviting->id : std::string();
  std::vector<const model::Guest*> guests;
  for (const model::Guest& guest : event.guests) {
    // Both the unit and the name: a namesake from elsewhere is still invited.
    if (!signer.empty() && guest.unit_id == inviting_id && name_key(guest.name) == signer) continue;
    if (guest_id.empty() || guest.id == guest_id) guests.push_back(&guest);
  }
  return guests;
}

std::vector<const model::Unit*> invited_units(const model::Event& event, const std::string& unit_id) {
  std::vector<const model::Unit*> units;
  // The inviting unit writes to the others: the host unit, else the leader (a host from outside
  // the bloc writes to every unit).
  const model::Unit* inviting = event.host ? event.host_unit() : event.leader();
  for (const model::Unit& unit : event.units) {
    if (&unit == inviting) continue;
    if (unit_id.empty() || unit.id == unit_id) units.push_back(&unit);
  }
  return units;
}

Letter guest_letter(const model::Guest& guest) {
  // A letter is formal: the article's short "đ/c" is written in full.
  const std::string honorific = formal_honorific(guest.honorific);
  return {addressee_line(guest), "Trân trọng kính mời " + honorific + ":",
          "Rất mong " + honorific + " đến dự đúng giờ./."};
}

Letter unit_letter(const model::Unit& unit) {
  // A union is written to through its executive committee; a body that is not one, by its name.
  const std::string to = names_a_union(unit.name) ? "Ban Chấp hành " + unit.name : unit.name;
  return {"Kính gửi: " + to, "Trân trọng kính mời đại diện lãnh đạo đơn vị:",
          "Rất mong đơn vị cử đại diện đến dự đúng giờ./."};
}

std::vector<Letter> event_letters(const model::Event& event, const std::string& guest_id, const std::string& unit_id) {
  std::vector<Letter> letters;
  if (!event.guests.empty() && unit_id.empty()) {
    for (const model::Guest* guest : invited_guests(event, guest_id)) letters.push_back(guest_letter(*guest));
  } else if (guest_id.empty()) {
    for (const model::Unit* unit : invited_units(event, unit_id)) letters.push_back(unit_letter(*unit));
  }
  return letters;
}

Data invitations_data(const model::Event& event, const std::vector<Letter>& letters) {
  Data data;
  Data header = document_header(event, invitation_number_line(event));
  header.set("place_date", blank_place_date(event));
  data.set("header", header);
  const std::string logo = logo_path(event);
  data.set("has_logo", !logo.empty());
  data.set("logo", logo);
  data.set("purpose", invitation_purpose(event));
  data.set("time", "Thời gian: " + invitation_time(event) + ".");
  data.set("has_place", !event.place.empty());
  data.set("place", "Địa điểm: " + without_final_period(event.place) + ".");
  data.set("signature", signature_data(event));

  Data pages{Data::type::list};
  for (std::size_t i = 0; i < letters.size(); ++i) {
    Data& page = append_object(pages);
    page.set("first", i == 0);
    page.set("to", letters[i].to);
    page.set("invite", letters[i].invite);
    page.set("closing", letters[i].closing);
  }
  data.set("letters", pages);
  return data;
}

DocumentMeta invitations_meta(const model::Event& event) {
  DocumentMeta info;
  info.title = "GIẤY MỜI";
  info.subject = invitation_purpose(event);
  info.author = event.bloc.full_name;
  info.keywords = "giấy mời, " + event.bloc.full_name + ", " + std::to_string(event.year);
  info.date = text::iso_date(event.date);
  return info;
}

}  // namespace thidua::compose
