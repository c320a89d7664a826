// The invitation letters (giấy mời): one formal one-page letter per guest, as template data.
//
// Who signs: the bloc invites, so its leading unit's signatory signs, labelled with the unit's
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
  Data block;
  std::string label;
  std::string unit;
  const model::Signatory* signatory = nullptr;
  if (const model::Unit* leader = event.leader()) {
    label = text::upper(model::role_label(leader->role, event.bloc.kind));
    unit = text::upper(leader->name);
    if (leader->signatory) signatory = &*leader->signatory;
  } else if (event.bloc.kind == model::BlocKind::union_body) {
    unit = text::upper(event.bloc.full_name);
  } else {
    unit = text::upper(event.upper.name);
  }
  block.set("has_label", !label.empty());
  block.set("label", label);
  block.set("unit", unit);
  block.set("has_authority", signatory != nullptr && !signatory->authority.empty());
  block.set("authority", signatory != nullptr ? text::upper(signatory->authority) : std::string());
  block.set("has_signatory", signatory != nullptr);
  block.set("title", signatory != nullptr ? text::upper(signatory->title) : std::string());
  block.set("name", signatory != nullptr ? signatory->name : std::string());
  return block;
}

std::string logo_path(const model::Event& event) {
  if (event.logo.empty() || event.logo.front() == '/' || event.source_dir.empty()) return event.logo;
  return event.source_dir + "/" + event.logo;
}

}  // namespace

std::string addressee_line(const model::Guest& guest) {
  std::string line = "Kính gửi: " + capitalize_first(guest.honorific) + " " + guest.name;
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
  std::vector<const model::Guest*> guests;
  for (const model::Guest& guest : event.guests) {
    if (guest_id.empty() || guest.id == guest_id) guests.push_back(&guest);
  }
  return guests;
}

Data invitations_data(const model::Event& event, const std::vector<const model::Guest*>& guests) {
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

  Data letters{Data::type::list};
  for (std::size_t i = 0; i < guests.size(); ++i) {
    const model::Guest& guest = *guests[i];
    Data letter;
    letter.set("first", i == 0);
    letter.set("to", addressee_line(guest));
    letter.set("invite", "Trân trọng kính mời " + guest.honorific + ":");
    letter.set("closing", "Rất mong " + guest.honorific + " đến dự đúng giờ./.");
    letters.push_back(letter);
  }
  data.set("letters", letters);
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
