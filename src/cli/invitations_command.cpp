// `thidua invitations`: the invitation letters (giấy mời) of one event, one page per guest, in one PDF.
#include "cli/command.h"
#include "cli/event_input.h"
#include "cli/pipeline.h"
#include "compose/invitations.h"

namespace thidua::cli {

namespace {

// The known guest ids, for the message about an unknown one.
std::string guest_ids(const model::Event& event) {
  std::string ids;
  for (const model::Guest& guest : event.guests) ids += (ids.empty() ? "" : ", ") + guest.id;
  return ids.empty() ? "(the event has no guests)" : ids;
}

int run_invitations(const po::variables_map& options) {
  const std::string guest_id = option_or_empty(options, "guest");
  const std::string event_file = options["event"].as<std::string>();
  return run_event_document(options, "invitations", [&](const Toolbox& tools, const model::Event& event, const std::string& output,
                                         Diagnostics& diags) {
    if (!guest_id.empty() && event.find_guest(guest_id) == nullptr) {
      throw UsageError("unknown guest '" + guest_id + "' for --guest; the guests of " + event_file +
                       " are: " + guest_ids(event));
    }
    return pages_report(write_invitations(tools, event, compose::invited_guests(event, guest_id), output, diags));
  });
}

}  // namespace

Command invitations_command() {
  Command command;
  command.name = "invitations";
  command.summary = "Write the invitation letters (giấy mời) of an event, one page per guest, as one PDF";
  command.usage = "thidua invitations EVENT.xml -o FILE.pdf [--guest ID]";
  command.details =
      "One A4 letter per guest, in the file's order, in the Decree 30/2020/NĐ-CP format: the event's\n"
      "logo, the header, \"GIẤY MỜI\", \"Kính gửi: Đồng chí <name> - <title>\", the ceremony, its time\n"
      "and place, and the signature of the leading unit (of the organising union, or of the upper\n"
      "body, when the bloc has no leader). The date and number are left blank for the clerk.\n"
      "--guest ID writes only that guest's letter.";
  command.declare = [](po::options_description& options, po::options_description& hidden,
                       po::positional_options_description& positional) {
    add_output_options(options, "FILE.pdf");
    options.add_options()("guest", po::value<std::string>()->value_name("ID"), "only the letter to the guest with this id");
    hidden.add_options()("event", po::value<std::string>()->required(), "the event file");
    positional.add("event", 1);
  };
  command.run = run_invitations;
  return command;
}

}  // namespace thidua::cli
