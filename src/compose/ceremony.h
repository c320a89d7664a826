// The ceremony's own papers: the programme (chương trình), the MC's script (lời dẫn) and the minutes (biên bản).
#pragma once

#include <string>
#include <vector>

#include "compose/document_data.h"

namespace thidua::compose {

// One step of the programme as printed: its time (may be empty), what happens, and who leads it.
struct ProgrammeLine {
  std::string time;     // "08 giờ 00", or "" when not stated (never invented)
  std::string title;    // "Tuyên bố lý do, giới thiệu đại biểu"
  std::string who;      // "Đồng chí Bùi Đăng Thành - Phó Chủ tịch LĐLĐ tỉnh", "Người dẫn chương trình"
  std::string invite;   // how the MC hands over: "đồng chí Bùi Đăng Thành - Phó Chủ tịch LĐLĐ tỉnh"; "" for the MC
  std::string group_invite;  // whom the MC invites when no one person leads: "các đồng chí đại biểu phát biểu ý kiến"
  bool is_signing = false;  // the step where the units sign
};

// The steps of the ceremony: the event's <programme>, or the usual order of its kind.
std::vector<ProgrammeLine> programme_lines(const model::Event& event);
// The guests in protocol order (chair, director, attending; the file's order within a role).
std::vector<const model::Guest*> protocol_guests(const model::Event& event);
// The guests the MC introduces, in order: the guests from outside in protocol order, then the
// members' own officers among the guests (a unit's chair who hosts), who are no outside guests.
std::vector<const model::Guest*> introduced_guests(const model::Event& event);
// The member units in signing order: the leader first, then the bloc's order.
std::vector<const model::Unit*> signing_order(const model::Event& event);

// Template data of templates/programme/document.mustache.
Data programme_data(const model::Event& event);
// PDF metadata of the programme.
DocumentMeta programme_meta(const model::Event& event);
// Template data of templates/script/document.mustache.
Data script_data(const model::Event& event);
// PDF metadata of the script.
DocumentMeta script_meta(const model::Event& event);
// Template data of templates/minutes/document.mustache.
Data minutes_data(const model::Event& event);
// PDF metadata of the minutes.
DocumentMeta minutes_meta(const model::Event& event);

}  // namespace thidua::compose
