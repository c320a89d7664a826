// The documents an event produces, as archive writers, shared by `build` and the single-document commands.
#include "cli/documents.h"

#include <filesystem>
#include <memory>

#include "cli/pipeline.h"
#include "compose/attendance.h"
#include "compose/invitations.h"
#include "html/article_page.h"

namespace thidua::cli {

namespace {

namespace fs = std::filesystem;

// File names inside an event's archive folder (Vietnamese, without diacritics, for staff).
constexpr const char* agreement_file = "giao-uoc-thi-dua.pdf";
constexpr const char* attendance_file = "danh-sach-dai-bieu.pdf";
constexpr const char* invitations_file = "giay-moi.pdf";
constexpr const char* article_folder = "bai-viet";

using PdfJob = std::function<void(const Toolbox&, const model::Event&, const std::string&, Diagnostics&)>;

// A writer of one PDF named `file_name` when `applies` holds.
archive::DocumentWriter pdf_writer(std::shared_ptr<const Toolbox> tools, std::string name, std::string file_name,
                                   std::function<bool(const model::Event&)> applies, PdfJob job) {
  archive::DocumentWriter writer;
  writer.name = std::move(name);
  writer.applies = std::move(applies);
  writer.write = [tools, file_name, job](const model::Event& event, const std::string& folder, Diagnostics& diags) {
    job(*tools, event, folder + "/" + file_name, diags);
    return std::vector<std::string>{file_name};
  };
  return writer;
}

}  // namespace

std::vector<archive::DocumentWriter> document_writers(std::shared_ptr<const Toolbox> tools) {
  std::vector<archive::DocumentWriter> writers;
  writers.push_back(pdf_writer(tools, "agreement", agreement_file,
                               [](const model::Event& event) { return event.agreement.has_value(); },
                               [](const Toolbox& t, const model::Event& e, const std::string& out, Diagnostics& d) {
                                 write_agreement(t, e, out, d);
                               }));
  writers.push_back(pdf_writer(tools, "attendance list", attendance_file,
                               [](const model::Event& event) { return !event.attendees.empty() || !event.guests.empty(); },
                               [](const Toolbox& t, const model::Event& e, const std::string& out, Diagnostics& d) {
                                 write_attendance(t, e, compose::AttendanceOptions{}, out, d);
                               }));
  writers.push_back(pdf_writer(tools, "invitations", invitations_file,
                               [](const model::Event& event) { return !event.guests.empty(); },
                               [](const Toolbox& t, const model::Event& e, const std::string& out, Diagnostics& d) {
                                 write_invitations(t, e, compose::invited_guests(e, ""), out, d);
                               }));
  archive::DocumentWriter article;
  article.name = "article";
  article.applies = [](const model::Event& event) { return event.news.has_value(); };
  article.write = [tools](const model::Event& event, const std::string& folder, Diagnostics& diags) {
    const fs::path page = fs::path(folder) / article_folder / "index.html";
    std::vector<std::string> written;
    for (const std::string& file : html::write_article(event, tools->templates(), page.string(), diags)) {
      written.push_back(std::string(article_folder) + "/" + file);
    }
    return written;
  };
  writers.push_back(std::move(article));
  return writers;
}

archive::SiteWriter site_writer(std::shared_ptr<const Toolbox> tools, const html::SiteOptions& options) {
  return [tools, options](const std::vector<const model::Event*>& events, const std::string& folder,
                          Diagnostics& diags) { return html::write_site(events, tools->templates(), folder, diags, options); };
}

}  // namespace thidua::cli
