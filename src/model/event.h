// The event model: one emulation event (agreement signing, movement launch or campaign) as plain data.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "text/calendar.h"

namespace thidua::model {

using text::Date;
using text::Time;

// What the event is; decides the documents' titles and the article's wording.
enum class EventKind {
  agreement,  // ký kết giao ước thi đua (reports 000, 001, 002)
  movement,   // phát động phong trào thi đua (report 003)
  campaign,   // giao ước thi đua of a time-boxed campaign between clusters (report 004)
};

// What kind of group organises the emulation.
enum class BlocKind {
  khoi,   // "Khối thi đua …"
  cum,    // "Cụm thi đua …"
  union_body,  // a union itself (e.g. a công đoàn cơ sở launching a movement)
};

// A unit's role in the bloc for the year.
enum class UnitRole { leader, deputy, member };

// A guest's part in the ceremony.
enum class GuestRole {
  chair,     // chủ trì
  director,  // chỉ đạo (dự và chỉ đạo)
  attending, // dự
};

// The upper body that set up the bloc, e.g. Liên đoàn Lao động tỉnh Khánh Hòa.
struct Body {
  std::string name;        // "Liên đoàn Lao động tỉnh Khánh Hòa"
  std::string short_name;  // "LĐLĐ tỉnh" (news wording); may be empty
  std::string parent;      // the body above it, for the document header; may be empty
};

// The bloc or cluster (or the organising union for a movement).
struct Bloc {
  BlocKind kind = BlocKind::khoi;
  std::string name;       // "Công đoàn Ngành I", "số 3"
  std::string full_name;  // "Khối thi đua Công đoàn Ngành I" (composed when not given)
};

// Who signs for a unit: "TM. BAN CHẤP HÀNH" / "Chủ tịch" / "Nguyễn Thanh Phong".
struct Signatory {
  std::string name;
  std::string title;      // "Chủ tịch", "Phó Chủ tịch"
  std::string authority;  // "TM. BAN CHẤP HÀNH", "KT. CHỦ TỊCH"; may be empty
};

// A member unit of the bloc, in the bloc's order.
struct Unit {
  std::string id;
  std::string short_name;  // "Hội LHPN tỉnh"
  std::string name;        // "Công đoàn Hội Liên hiệp Phụ nữ tỉnh"
  UnitRole role = UnitRole::member;
  std::optional<Signatory> signatory;
  SourceLoc where;
};

// An invited guest (upper-level official or other organisation).
struct Guest {
  std::string id;
  std::string name;
  std::string title;         // "Phó Chủ tịch LĐLĐ tỉnh"
  std::string organisation;  // may be empty
  std::string unit_id;       // set when the guest represents a member unit
  GuestRole role = GuestRole::attending;
  std::string honorific = "đồng chí";  // how the article and letters address the guest
  SourceLoc where;
};

// A group of guests named collectively ("Các đồng chí lãnh đạo các Ban …").
struct GuestGroup {
  std::string description;
  GuestRole role = GuestRole::attending;
};

// A delegate on the attendance list.
struct Attendee {
  std::string name;
  std::string title;
  std::string unit_id;       // a member unit, or empty
  std::string organisation;  // free text when not a member unit
  std::string note;
  SourceLoc where;
};

// A numeric target: "ít nhất 850 sáng kiến", optionally for one party.
struct Target {
  std::string party_id;   // a unit id for per-party targets; empty for everyone
  std::string qualifier;  // "ít nhất", "100%"; may be empty
  std::string quantity;   // "850"
  std::string measure;    // "sáng kiến"
  std::string text;       // free wording when the target is not a number
};

// A numbered content of the agreement, possibly with lettered points and targets.
struct Item {
  std::string text;
  std::vector<std::string> points;  // "a) …", "b) …"
  std::vector<Target> targets;
};

// A numbered section ("I. …") of the agreement.
struct Section {
  std::string title;
  std::vector<std::string> paragraphs;  // prose before the items
  std::vector<Item> items;
};

// The agreement document itself.
struct Agreement {
  std::string number;   // "05"
  std::string symbol;   // "GU-KTĐ"
  std::string title;    // "GIAO ƯỚC THI ĐUA NĂM 2022" (composed when empty)
  std::string subject;  // trích yếu; may be empty
  std::vector<std::string> bases;       // "Căn cứ …" lines, without the final ; or .
  std::vector<std::string> preamble;    // paragraphs before the sections
  std::vector<Section> sections;
  std::vector<std::string> implementation;  // "Tổ chức thực hiện" paragraphs
  std::optional<Date> period_from;
  std::optional<Date> period_to;        // also the deadline of a campaign
  std::vector<std::string> recipients;  // nơi nhận, without the leading "- "
};

// A movement launch (report 003): theme, goals, solutions, and what its plan (kế hoạch) adds.
struct Movement {
  std::string theme;
  std::vector<std::string> goals;
  std::vector<std::string> solutions;
  std::string number;                         // "01" of "Số: 01/KH-CĐCS"; may be empty
  std::string symbol;                         // "KH-CĐCS"; may be empty
  std::vector<std::string> purposes;          // mục đích
  std::vector<std::string> requirements;      // yêu cầu
  std::vector<std::string> rewards;           // danh hiệu thi đua, hình thức khen thưởng
  std::vector<std::string> implementation;    // tổ chức thực hiện: who does what, by when
  std::optional<Signatory> signatory;         // the issuing union's signer
  std::vector<std::string> recipients;        // nơi nhận, without the leading "- "
};

// A campaign between clusters (report 004).
struct Campaign {
  std::string programme;  // "01 triệu sáng kiến - nỗ lực vượt khó, …"
  int days = 0;           // 40; 0 when not stated
};

// A photo of the news post.
struct Photo {
  std::string file;     // path relative to the event file
  std::string caption;
  std::string credit;   // "Ngọc Thắng"
  std::string alt;      // falls back to the caption
  SourceLoc where;
};

// One block of the article body.
struct Block {
  enum class Kind { paragraph, heading, quote, photo } kind = Kind::paragraph;
  std::string text;        // paragraph, heading or quote text
  std::string speaker_id;  // quote: a guest id, or empty
  std::string speaker;     // quote: the speaker's name as written (filled from the guest)
  Photo photo;             // photo blocks
};

// The news post about the event.
struct News {
  std::string title;
  std::optional<Date> published_date;
  std::optional<Time> published_time;
  std::string author;
  std::string lead;         // overrides the composed lead when not empty
  std::vector<Block> body;
  std::vector<std::string> tags;
};

// One item of the ceremony's programme (chương trình): when, what, and who leads or speaks.
struct ProgrammeStep {
  std::optional<Time> time;
  std::string title;     // "Tuyên bố lý do, giới thiệu đại biểu"
  std::string guest_id;  // the guest who speaks or leads it; may be empty
  std::string unit_id;   // or the member unit whose signatory speaks; may be empty
  std::string by;        // or who, as free text ("Ban Tổ chức"); may be empty
  SourceLoc where;
};

// A person the minutes name (the chair, the secretary).
struct Person {
  std::string name;
  std::string title;  // "Chủ tịch Công đoàn cơ sở Ủy ban MTTQ Việt Nam tỉnh"; may be empty
};

// What the minutes (biên bản) of the ceremony need beyond the event itself.
struct Minutes {
  Person chair;                           // chủ trì
  Person secretary;                       // thư ký
  std::optional<Time> end;                // when the meeting closed; blank to fill in when absent
  std::vector<std::string> absent_units;  // ids of member units not present (all present when empty)
};

// One event as described by one XML file.
struct Event {
  std::string id;  // stable identifier, used in permalinks and archive paths
  EventKind kind = EventKind::agreement;
  int year = 0;
  Body upper;
  Bloc bloc;
  std::string name;  // the ceremony's name when it is not the default one; may be empty
  Date date;
  std::optional<Time> start;
  std::string part_of_day;  // "Sáng", "Chiều"… when the report gives only that (start is then empty)
  std::string place;     // "Cơ quan Liên đoàn Lao động tỉnh Khánh Hòa"
  std::string province;  // "Khánh Hòa", for the date line
  std::vector<Unit> units;
  std::vector<Guest> guests;
  std::vector<GuestGroup> guest_groups;
  std::vector<Attendee> attendees;
  std::optional<Agreement> agreement;
  std::optional<Movement> movement;
  std::optional<Campaign> campaign;
  std::optional<News> news;
  std::vector<ProgrammeStep> programme;  // empty: the usual order of the ceremony is composed
  std::optional<Minutes> minutes;
  std::string logo;  // optional image for invitations, relative to the event file

  std::string source_file;  // the event file as given on the command line
  std::string source_dir;   // its directory, for relative paths
  // Every file the event names (lists, logo, photos), as written: relative to source_dir.
  // The archive keeps a copy of each beside the event's copy, so the archived event is whole.
  std::vector<std::string> input_files;

  // Where each text field came from, so later stages can point at the input.
  struct Origin {
    std::string field;  // "unit 'cdvc' signatory name"
    SourceLoc where;
    std::string value;  // the field's text after normalisation
  };
  std::vector<Origin> origins;

  // The unit with `id`, or nullptr.
  const Unit* find_unit(const std::string& unit_id) const;
  // The guest with `id`, or nullptr.
  const Guest* find_guest(const std::string& guest_id) const;
  // The leading unit, or nullptr.
  const Unit* leader() const;
  // The deputy unit, or nullptr.
  const Unit* deputy() const;
};

// "Khối thi đua" or "Cụm thi đua" (empty for a union body).
std::string bloc_kind_words(BlocKind kind);
// "Trưởng khối" / "Phó khối" / "Cụm trưởng" … for a unit's role; empty for members.
std::string role_label(UnitRole role, BlocKind kind);

}  // namespace thidua::model
