// The invitation letters (giấy mời): one formal one-page letter per guest, as template data.
#pragma once

#include <string>
#include <vector>

#include "compose/document_data.h"

namespace thidua::compose {

// "Kính gửi: Đồng chí Bùi Đăng Thành - Phó Chủ tịch LĐLĐ tỉnh" (the honorific capitalised).
std::string addressee_line(const model::Guest& guest);
// "Tới dự Hội nghị ký kết giao ước thi đua năm 2022 của Khối thi đua Công đoàn Ngành I."
std::string invitation_purpose(const model::Event& event);
// "Vào lúc 08 giờ 00, Thứ Tư, ngày 16 tháng 02 năm 2022" ("Vào Thứ Tư, …" without a time).
std::string invitation_time(const model::Event& event);
// "Số:      /GM-KTĐ" when the issuer's symbol is known from the agreement's (GU-KTĐ); else "".
std::string invitation_number_line(const model::Event& event);
// The guests to write to, in the file's order: all of them, or only `guest_id` (none if unknown).
std::vector<const model::Guest*> invited_guests(const model::Event& event, const std::string& guest_id);
// Everything templates/invitations/document.mustache needs, one letter per guest in `guests`.
Data invitations_data(const model::Event& event, const std::vector<const model::Guest*>& guests);
// The PDF metadata of the letters.
DocumentMeta invitations_meta(const model::Event& event);

}  // namespace thidua::compose
