// The invitation letters (giấy mời): one formal one-page letter per guest or member unit, as template data.
#pragma once

#include <string>
#include <vector>

#include "compose/document_data.h"

namespace thidua::compose {

// The honorific of a formal letter: the article's "đ/c" in full ("đồng chí"), others as given.
std::string formal_honorific(const std::string& honorific);
// "Kính gửi: Đồng chí Bùi Đăng Thành - Phó Chủ tịch LĐLĐ tỉnh" (the honorific capitalised).
std::string addressee_line(const model::Guest& guest);
// "Tới dự Hội nghị ký kết giao ước thi đua năm 2022 của Khối thi đua Công đoàn Ngành I."
std::string invitation_purpose(const model::Event& event);
// "Vào lúc 08 giờ 00, Thứ Tư, ngày 16 tháng 02 năm 2022" ("Vào Thứ Tư, …" without a time).
std::string invitation_time(const model::Event& event);
// "Số:      /GM-KTĐ" when the issuer's symbol is known from the agreement's (GU-KTĐ); else "".
std::string invitation_number_line(const model::Event& event);
// One letter: to whom ("Kính gửi: …"), the invitation line and the closing line.
struct Letter {
  std::string to;
  std::string invite;
  std::string closing;
};
// The guests to write to, in the file's order: all of them, or only `guest_id` (none if unknown).
// The inviting unit's own head (a guest of the leading unit named as its signatory), who signs
// the letters, gets none.
std::vector<const model::Guest*> invited_guests(const model::Event& event, const std::string& guest_id);
// The member units to write to when the event names no guests: every unit but the inviting one
// (the leader), or only `unit_id`.
std::vector<const model::Unit*> invited_units(const model::Event& event, const std::string& unit_id);
// The letter to a guest: "Kính gửi: Đồng chí …", "Trân trọng kính mời đồng chí:".
Letter guest_letter(const model::Guest& guest);
// The letter to a member unit: "Kính gửi: Ban Chấp hành Công đoàn …", asking it to send its leaders.
Letter unit_letter(const model::Unit& unit);
// The letters of the event: to its guests (or only `guest_id`), else to its member units (or
// only `unit_id`).
std::vector<Letter> event_letters(const model::Event& event, const std::string& guest_id, const std::string& unit_id);
// Everything templates/invitations/document.mustache needs, one page per letter.
Data invitations_data(const model::Event& event, const std::vector<Letter>& letters);
// The PDF metadata of the letters.
DocumentMeta invitations_meta(const model::Event& event);

}  // namespace thidua::compose
