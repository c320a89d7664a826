// `thidua check`: validates event files and prints a short summary of each.
#include <array>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "cli/event_input.h"
#include "compose/document_data.h"
#include "documents/pipeline.h"
#include "layout/fonts.h"
#include "model/event.h"
#include "text/calendar.h"
#include "text/vietnamese.h"
#include "i18n/i18n.h"

namespace thidua::cli {

namespace {

std::string kind_words(model::EventKind kind) {
  switch (kind) {
    case model::EventKind::agreement: return _("signing of an emulation agreement");
    case model::EventKind::movement: return _("launch of an emulation movement");
    case model::EventKind::campaign: return _("signing of an emulation agreement (campaign)");
  }
  return "";
}

std::string guest_role_words(model::GuestRole role) {
  switch (role) {
    case model::GuestRole::chair: return _("chairs");
    case model::GuestRole::director: return _("directs");
    case model::GuestRole::attending: return _("attends");
  }
  return "";
}

// The summary's date: "Thứ Ba, 09/06/2020" as the documents write it, or "Tuesday, 9 June 2020" in English.
std::string summary_date(text::Date date) {
  if (i18n::language() == i18n::Language::vietnamese) return text::weekday_date(date);
  static constexpr std::array<const char*, 7> weekdays = {"Sunday", "Monday", "Tuesday", "Wednesday",
                                                          "Thursday", "Friday", "Saturday"};
  static constexpr std::array<const char*, 12> months = {"January", "February", "March", "April", "May", "June", "July",
                                                         "August", "September", "October", "November", "December"};
  return std::string(weekdays[static_cast<std::size_t>(date.weekday())]) + ", " + std::to_string(date.day) + " " +
         months[static_cast<std::size_t>(date.month - 1)] + " " + std::to_string(date.year);
}

// The part of the day the file gives instead of an hour ("Sáng"), in the summary's language.
std::string part_of_day_words(const std::string& part) {
  if (part == "Sáng") return _("morning");
  if (part == "Trưa") return _("noon");
  if (part == "Chiều") return _("afternoon");
  if (part == "Tối") return _("evening");
  return part;
}

// A unit's role in the summary: "Cụm trưởng", "Phó khối"… (as the documents say), or English.
std::string role_words(model::UnitRole role, model::BlocKind kind) {
  const bool cluster = kind == model::BlocKind::cum;
  switch (role) {
    case model::UnitRole::leader: return cluster ? _("cluster leader") : _("bloc leader");
    case model::UnitRole::deputy: return cluster ? _("cluster deputy leader") : _("bloc deputy leader");
    case model::UnitRole::member: return "";
  }
  return "";
}

// "  Label:     ": a label of the summary, padded so the values line up in both languages.
std::string label(const char* text) {
  std::string out = "  ";
  out += text;
  const std::size_t width = text::code_points(text).size();
  out.append(width < 11 ? 11 - width : 1, ' ');
  return out;
}

// The summary staff read to confirm the file says what they meant.
std::string summarise(const model::Event& event) {
  std::ostringstream out;
  out << "  " << event.bloc.full_name;
  if (!event.upper.name.empty() && event.upper.name != event.bloc.full_name) out << " - " << event.upper.name;
  out << '\n' << label(_("Kind:")) << tr("%1$s, year %2$d", kind_words(event.kind), event.year) << '\n';
  out << label(_("Time:"));
  if (event.start) out << text::clock_hhmm(*event.start) << ", ";
  if (!event.start && !event.part_of_day.empty()) out << part_of_day_words(event.part_of_day) << ", ";  // no hour given
  out << summary_date(event.date) << '\n';
  out << label(_("Place:")) << event.place;
  if (!event.province.empty()) out << " (" << event.province << ')';
  out << '\n';
  if (event.host) {
    // Who holds the ceremony for the bloc, and who signs for it when the file says.
    out << label(_("Host:")) << compose::host_name(event);
    if (const model::Signatory* signer = compose::host_signatory(event); signer != nullptr && !signer->name.empty()) {
      out << " (" << signer->name;
      if (!signer->title.empty()) out << ", " << signer->title;
      out << ')';
    }
    out << '\n';
  }
  out << label(_("Units:")) << event.member_count() << '\n';
  int number = 0;
  for (const model::Unit& unit : event.units) {
    out << "    " << ++number << ". " << (unit.short_name.empty() ? unit.name : unit.short_name);
    const std::string role = role_words(unit.role, event.bloc.kind);
    if (!role.empty()) out << " (" << role << ')';
    out << '\n';
  }
  out << label(_("Guests:")) << event.guests.size() << '\n';
  for (const model::Guest& guest : event.guests) {
    out << "    - " << guest.name;
    if (!guest.title.empty()) out << " - " << guest.title;
    out << " (" << guest_role_words(guest.role) << ")\n";
  }
  if (!event.attendees.empty()) out << label(_("Delegates:")) << event.attendees.size() << '\n';
  if (!event.omitted.empty()) {
    // The composed sentences this event switches off, by the names the file gives them.
    std::string names;
    for (const model::ComposedPartName& part : model::composed_part_names()) {
      if (event.composes(part.part)) continue;
      names += (names.empty() ? "" : ", ") + std::string(part.name);
    }
    out << label(_("Left out:")) << names << '\n';
  }
  return out.str();
}

}  // namespace

int run_check(const po::variables_map& options) {
  const auto files = options["event"].as<std::vector<std::string>>();
  const bool quiet = options.count("quiet") > 0;
  ExitCode worst = ExitCode::ok;  // ok until a file fails
  // The documents refuse a field the font cannot show; check must say so first.
  const auto fonts = layout::FontSet::load(layout::FontSet::default_directory());
  for (const std::string& file : files) {
    LoadedEvent loaded = load_event_reporting(file);
    if (loaded.event) {
      Diagnostics diags;
      documents::check_glyphs(*loaded.event, *fonts, diags);
      diags.print(std::cerr);
      if (diags.has_errors()) {
        loaded.event.reset();
        loaded.failure = ExitCode::bad_input;
      }
    }
    if (!loaded.event) {
      worst = worse(worst, loaded.failure);
      continue;
    }
    std::cout << tr("%1$s: ok", file) << '\n';
    if (!quiet) std::cout << summarise(*loaded.event);
  }
  return static_cast<int>(worst);
}

void declare_check_options(po::options_description& options) {
  options.add_options()("quiet,q", _("print only 'ok' per file, no summary"));
}

}  // namespace thidua::cli
