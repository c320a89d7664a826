// Template data shared by the formal documents: the Decree 30 header and numbering helpers.
#pragma once

#include <kainjow/mustache.hpp>
#include <string>

#include "markup/document.h"
#include "model/event.h"

namespace thidua::compose {

using Data = kainjow::mustache::data;

// Metadata of a generated document (defined once, by the markup stage).
using DocumentMeta = markup::DocumentMeta;

// A name as upper-cased lines for a header or a signature block ({{#…}}{{text}}{{^last}}<br/>…):
// the event's forced lines ("|" in the name) when it gives them, else the name as one line.
Data upper_lines(const std::string& name, const std::vector<std::string>& forced);

// The header of a formal document: parent body, issuing body, "Số:" line, place and date.
// parent_lines and issuer_lines hold the same names as lines, as "|" forces them.
// `symbol_kind` is used when the event gives no number/symbol (e.g. "GM" for a giấy mời).
Data document_header(const model::Event& event, const std::string& number_line);
// Appends an empty object to `list` and returns it, to be filled in place: kainjow's push_back
// and set copy their argument, which for 10,000 rows costs more than everything else.
Data& append_object(Data& list);
// "I", "II", … for section numbers (1–3999).
std::string roman_numeral(int number);
// "a", "b", … "đ", … for points, in the Vietnamese order Decree 30 uses (a b c d đ e g h i k …).
std::string point_letter(int index);
// A list of {text, end} items: every text followed by ";" except the last, followed by ".".
Data punctuated_list(const std::vector<std::string>& items);
// The dotted line a signature block gets for a name the event leaves blank: signed and written in by hand.
extern const char* const kBlankName;
// A signature block's data: label ("TRƯỞNG KHỐI"), unit, authority, title and name, the texts
// upper-cased as Decree 30 sets them. The name line is always there: dots when the signatory
// (or only their name) is unknown, as offices leave it for hand-writing; the title only when known.
// `unit_lines`, when given, are the unit's lines as the event forces them ("|" in its name).
Data signature_block(const std::string& label, const std::string& unit, const model::Signatory* signatory,
                     const std::vector<std::string>& unit_lines = {});
// True when `name` already names a union body ("Công đoàn …", "CĐ …", "LĐLĐ …", "Liên đoàn Lao
// động …"): "Công đoàn" or "Ban Chấp hành Công đoàn" is not put before it again.
bool names_a_union(const std::string& name);
// The name of who hosts the ceremony (<host>): the member unit's or the other body's full name,
// or with `short_form` its short name when it has one; empty when the event names no host.
std::string host_name(const model::Event& event, bool short_form = false);
// Who signs and speaks for the host: <host>'s own <signatory>, else the host unit's; nullptr when
// the event names no host or no one for it.
const model::Signatory* host_signatory(const model::Event& event);
// The place of the date line: the province, or the upper body's name when no province is given.
std::string date_place(const model::Event& event);

}  // namespace thidua::compose
