// The event model: one emulation event (agreement signing, movement launch or campaign) as plain data.
#pragma once

#include <optional>
#include <string>
#include <string_view>
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
  // The lines of the name and of the parent in a document's header when the event forces the
  // breaks with "|"; empty: the layout breaks them.
  std::vector<std::string> name_lines;
  std::vector<std::string> parent_lines;
};

// The bloc or cluster (or the organising union for a movement).
struct Bloc {
  BlocKind kind = BlocKind::khoi;
  std::string name;       // "Công đoàn Ngành I", "số 3"
  std::string full_name;  // "Khối thi đua Công đoàn Ngành I" (composed when not given)
  std::vector<std::string> full_name_lines;  // its lines in a header when "|" forces them; else empty
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
  // The name's lines in a signature block when the event forces the breaks with "|"
  // ("Công đoàn cơ sở Sở Lao động - | Thương binh và Xã hội"); empty: the layout breaks it.
  std::vector<std::string> name_lines;
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
  std::optional<double> max_points;  // the criterion's maximum score (points="…"); absent: not scored alone
  std::string rule;              // how it is scored (rule="…"); may be empty
  SourceLoc where;
  std::vector<std::string> points;  // "a) …", "b) …"
  std::vector<Target> targets;
};

// A numbered section ("I. …") of the agreement.
struct Section {
  std::string title;
  std::optional<double> max_points;  // the section's maximum score (points="…"); absent: its items' points add up
  std::string rule;              // how it is scored; may be empty
  SourceLoc where;
  std::vector<std::string> paragraphs;  // prose before the items
  std::vector<Item> items;
};

// A bonus (điểm thưởng) or penalty (điểm trừ) criterion beyond the scale, with its limit.
struct Adjustment {
  std::string text;   // "Có mô hình mới được Liên đoàn Lao động tỉnh ghi nhận"
  double points = 0;  // the most it adds or takes away
  std::string rule;   // how it is counted ("mỗi mô hình 1 điểm"); may be empty
  SourceLoc where;
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
  std::optional<double> scale;          // the scale's total (points="100" on <agreement>); 100 when sections are scored
  std::vector<Adjustment> bonuses;      // điểm thưởng, each with its limit
  std::vector<Adjustment> penalties;    // điểm trừ, each with its limit
  SourceLoc where;

  // True when the agreement's sections carry points: it can be scored.
  bool scored() const;
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

// What a score is given for: a section, a bonus or a penalty criterion (0-based index).
struct Criterion {
  enum class Kind { section, bonus, penalty } kind = Kind::section;
  std::size_t index = 0;
  friend bool operator==(const Criterion&, const Criterion&) = default;
};

// One unit's score on one criterion (a penalty's score is the points taken away).
struct Score {
  Criterion criterion;
  double value = 0;
  SourceLoc where;
};

// The scores the bloc gave one unit at the review, and its votes.
struct UnitScores {
  std::string unit_id;
  std::vector<Score> scores;
  std::optional<int> votes;  // votes for the unit at the review (bình xét), when held
  SourceLoc where;
};

// A reward the review proposes units for: "Cờ thi đua" for the first, "Bằng khen" for the next two.
struct Reward {
  std::string name;            // "Cờ thi đua của Liên đoàn Lao động tỉnh"
  int count = 1;               // how many units may be proposed
  std::optional<int> min_votes;            // the least votes a proposed unit needs (votes="5")
  std::optional<double> min_votes_percent; // or the least share of the voters (votes="50%")
  SourceLoc where;
};

// What was achieved against a numeric target of one party ("Cụm I: 912 sáng kiến").
struct Achievement {
  std::string unit_id;
  std::string measure;  // matches the target's measure; empty: the party's only numeric target
  double quantity = 0;
  SourceLoc where;
};

// The year-end review (bình xét): scores, votes, the ranking rule and the rewards.
struct Results {
  std::optional<Date> date;             // the review meeting's date; the event's date when absent
  std::optional<int> voters;            // who voted at the review
  std::vector<std::size_t> tie_sections;  // ties broken by the higher score on these sections, in order
  std::vector<Reward> rewards;          // in order of rank (the highest first)
  std::vector<UnitScores> units;        // in the file's order
  std::vector<Achievement> achieved;
  Person chair;                         // who chaired the review; may be empty
  Person secretary;                     // who kept its minutes; may be empty
  SourceLoc where;

  // The scores of `unit_id`, or nullptr.
  const UnitScores* find(const std::string& unit_id) const;
};

// Who hosts the ceremony when it is not the bloc's leading unit (<host>): a member unit that
// holds it for the bloc (unit_id), or another body (name), and who signs and speaks for it.
struct Host {
  std::string unit_id;     // a member unit; empty for another body
  std::string name;        // the other body's full name: "Liên đoàn Lao động tỉnh Hà Tĩnh"
  std::string short_name;  // "LĐLĐ tỉnh" (news wording); may be empty
  std::vector<std::string> name_lines;  // the name's lines in a signature block when "|" forces them
  std::optional<Signatory> signatory;  // who signs its letters and opens/closes; a member unit's own when absent
};

// A sentence or clause the program composes on its own, which one event may switch off
// (<compose omit="…">) when its wording does not fit that event.
enum class ComposedPart {
  lead,     // the article's lead sentence; the script's opening ("Hôm nay, … Đó là lý do …")
  host,     // ", do … đăng cai" after the lead and the script's opening
  guests,   // the article's guests sentence; the script's introduction of the guests
  members,  // the article's member-units sentence; the script's "Cùng dự … có …" sentence
  leader,   // the article's "Năm … Khối trưởng … là …" sentence
  signing,  // the article's signing sentence; the script's congratulation; the minutes' signed/launched line
  closing,  // the script's closing words ("… đến đây là kết thúc …")
};

// One part's name in the format ("members") and its value.
struct ComposedPartName {
  std::string_view name;
  ComposedPart part;
};

// Every part that can be switched off, in the format's names, in the order documents use them.
const std::vector<ComposedPartName>& composed_part_names();

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
  std::optional<Host> host;  // <host>: the unit or body that holds the ceremony, when not the leader
  std::vector<Unit> units;
  bool leader_unknown = false;  // <units leader="unknown">: no leader is stated, so none is written
  int counted_units = 0;        // <units count="16">: the members, when fewer are named (0: all named)
  std::string unit_noun;        // <units noun="công đoàn cơ sở">: what counted members are called
  std::vector<Guest> guests;
  std::vector<GuestGroup> guest_groups;
  std::vector<Attendee> attendees;
  int rows_per_unit = 3;  // <attendees rows-per-unit>: blank rows per unit when no attendee is named
  std::optional<Agreement> agreement;
  std::optional<Movement> movement;
  std::optional<Campaign> campaign;
  std::optional<News> news;
  std::vector<ProgrammeStep> programme;  // empty: the usual order of the ceremony is composed
  std::optional<Minutes> minutes;
  std::optional<Results> results;  // the year-end scores and review
  std::string logo;  // optional image for invitations, relative to the event file
  std::vector<ComposedPart> omitted;  // <compose omit="…">: composed parts this event leaves out

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
  // The member unit that hosts the ceremony (<host unit=>), or nullptr.
  const Unit* host_unit() const;
  // The deputy unit, or nullptr.
  const Unit* deputy() const;
  // How many members the bloc has: the count given, or the named units.
  std::size_t member_count() const;
  // True when members are only counted, not all named (the member list cannot be printed).
  bool members_counted() const;
  // What the members are called in sentences: the noun given, or "cơ quan, đơn vị".
  std::string member_noun() const;
  // False when the event switches the composed `part` off (<compose omit=>).
  bool composes(ComposedPart part) const;
};

// "Khối thi đua" or "Cụm thi đua" (empty for a union body).
std::string bloc_kind_words(BlocKind kind);
// "Trưởng khối" / "Phó khối" / "Cụm trưởng" … for a unit's role; empty for members.
std::string role_label(UnitRole role, BlocKind kind);

}  // namespace thidua::model
