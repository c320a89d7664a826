// The single-document commands (`thidua agreement`, `attendance`, …), one per kind of the document registry.
#include <iostream>

#include "cli/commands.h"
#include "cli/event_input.h"
#include "documents/pipeline.h"
#include "documents/registry.h"
#include "io/files.h"
#include "i18n/i18n.h"

namespace thidua::cli {

namespace {

// "1 page" or "N pages".
std::string pages_report(int pages) { return trn("%1$d page", "%1$d pages", static_cast<unsigned long>(pages), pages); }

// The values of the kind's options as the command line gave them (or their defaults).
documents::OptionValues option_values(const documents::DocumentKind& kind, const po::variables_map& options) {
  documents::OptionValues values;
  for (const documents::OptionSpec& option : kind.options) {
    if (options.count(option.name) == 0) continue;
    values[option.name] = option.is_flag() ? "1" : options[option.name].as<std::string>();
  }
  return values;
}

// A value the command line gave that the kind cannot take: a usage error (exit 2).
[[noreturn]] void bad_value(const documents::OptionProblem& problem) {
  if (problem.invalid_choice) {
    throw UsageError(tr("invalid --%1$s '%2$s'; %3$s", problem.option, problem.value, problem.hint));
  }
  throw UsageError(tr("%1$s for --%2$s; %3$s", problem.problem, problem.option, problem.hint));
}

// Writes the document to `output`; returns what to report ("6 pages", "written").
std::string write_document(const documents::Toolbox& tools, const documents::DocumentKind& kind,
                           const model::Event& event, const documents::OptionValues& values, bool trace, bool docx,
                           const std::string& output, Diagnostics& diags) {
  if (docx) {
    documents::write_docx(tools, kind, event, values, output, diags);
    return _("Word file written");
  }
  if (trace) {
    // The layout trace instead of the PDF: what golden tests compare, readable by people.
    int pages = 0;
    const std::string text = documents::trace_text(tools, kind, event, values, diags, &pages);
    io::write_file_atomic(output, text);
    return pages_report(pages);
  }
  if (kind.supports(documents::Output::pdf)) {
    return pages_report(documents::write_pdf(tools, kind, event, values, output, diags));
  }
  documents::write_html(tools, kind, event, values, output, diags);
  return _("written");
}

}  // namespace

// Runs the command of `kind`: checks the options, loads the event (its diagnostics printed),
// loads the fonts and the kind's templates (--templates, --fonts), writes the -o file, prints
// the diagnostics and "OUTPUT: <report>". Returns the exit code; throws Failure after reporting.
int run_document_command(const documents::DocumentKind& kind, const po::variables_map& options) {
  const documents::OptionValues values = option_values(kind, options);
  if (const auto problem = documents::check_choices(kind, values)) bad_value(*problem);
  const bool trace = options.count("trace") > 0;
  const std::string format = options.count("format") ? options["format"].as<std::string>() : std::string("pdf");
  if (format != "pdf" && format != "docx") throw UsageError(tr("invalid --format '%1$s'; expected pdf or docx", format));
  if (trace && format == "docx") throw UsageError(_("--trace and --format docx cannot be used together"));
  const std::string output = options["output"].as<std::string>();
  LoadedEvent loaded = load_event_reporting(options["event"].as<std::string>());
  if (!loaded.event) return static_cast<int>(loaded.failure);
  const documents::Toolbox tools(option_or_empty(options, "templates"), option_or_empty(options, "fonts"),
                                 {kind.template_folder});
  if (const auto problem = documents::check_values(kind, *loaded.event, values)) bad_value(*problem);
  Diagnostics diags;
  std::string report;
  print_diagnostics_after(diags, [&] {
    report = write_document(tools, kind, *loaded.event, values, trace, format == "docx", output, diags);
  });
  std::cout << output << ": " << report << '\n';
  return 0;
}

// Declares the command's options: -o, --templates and --fonts, the kind's own options (once, from
// the registry entry), and --format and --trace when the kind has those outputs.
void declare_document_options(const documents::DocumentKind& kind, po::options_description& options) {
  add_output_options(options, kind.supports(documents::Output::pdf) ? _("FILE.pdf") : _("FILE.html"));
  for (const documents::OptionSpec& option : kind.options) {
    if (option.is_flag()) {
      options.add_options()(option.name.c_str(), _(option.help.c_str()));
      continue;
    }
    auto* value = po::value<std::string>()->value_name(_(option.value_name.c_str()));
    if (!option.default_value.empty()) value->default_value(option.default_value);
    options.add_options()(option.name.c_str(), value, _(option.help.c_str()));
  }
  if (kind.supports(documents::Output::docx)) {
    options.add_options()("format", po::value<std::string>()->value_name(_("pdf|docx"))->default_value("pdf"),
                          _("pdf, or docx for a Word file staff can edit (the same content and layout)"));
  }
  if (kind.supports(documents::Output::trace)) {
    options.add_options()("trace", _("write the layout trace (one drawing call per line) instead of the PDF"));
  }
}

}  // namespace thidua::cli
