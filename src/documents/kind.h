// One document kind (agreement, attendance list, …): everything the CLI, `build` and the web app need to make it.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "compose/document_data.h"
#include "diag/diagnostic.h"
#include "html/media.h"
#include "model/event.h"

namespace thidua::documents {

class Toolbox;

// The outputs a document kind can be written as.
enum class Output {
  pdf,    // a printable PDF (layout stage + pdf backend)
  trace,  // the layout trace (one drawing call per line) offered as an output, e.g. by the CLI's
          // --trace; trace_text() traces any PDF kind, for tests
  html,   // a web page with its images (the news article)
  docx,   // an editable Word file from the same markup as the PDF (docx backend); every PDF kind has it
};

// The chosen option values, by option name. A flag holds "1" when set and is absent
// otherwise; an option not given holds its default (see default_values()).
using OptionValues = std::map<std::string, std::string>;

// A value of a choice option: what the CLI takes and what a form shows.
struct Choice {
  std::string value;  // "order"
  std::string label;  // "Theo thứ tự nghi thức" (for forms)
};

// One option of a document kind, declared once: it becomes a CLI flag (--NAME), a field of the
// web app's form, and the value `build` uses (default_value).
struct OptionSpec {
  std::string name;           // "sort": the CLI's --sort, the form field's name
  std::string value_name;     // "order|name", "ID" in CLI help; empty for an on/off flag
  std::string help;           // the CLI help line (English, as the CLI's other help)
  std::string label;          // the form's label, in Vietnamese
  std::vector<Choice> choices;  // the values allowed; empty: free text (or a flag)
  std::string default_value;  // the value when not given ("" = none); what `build` uses
  // True for an on/off flag (no value).
  bool is_flag() const { return value_name.empty(); }
};

// An option value that does not fit the event: "unknown guest 'x'" and what would.
struct OptionProblem {
  std::string option;   // "guest"
  std::string value;    // "x"
  std::string problem;  // "unknown guest 'x'", or "invalid value 'x'" for a value not among the choices
  std::string hint;     // "the guests of EVENT.xml are: a, b", "expected order or name"
  bool invalid_choice = false;  // the value is not one of the option's choices
};

// What a command does when the event lacks what the document is about.
enum class WhenMissing {
  refuse,   // an error at the event file (exit 1): `why_not` says what to add
  warn,     // the document is made anyway (a blank form), with `why_not` as a warning
  proceed,  // the document is made anyway, silently (an article without news has its facts)
};

// A page of HTML and the images it refers to, in memory.
struct HtmlPage {
  std::string html;
  std::vector<std::pair<std::string, std::string>> media;  // path relative to the page ("media/…"), bytes
};

// Makes a PDF kind's template data from the event and the chosen option values.
using Composer = std::function<compose::Data(const model::Event&, const OptionValues&)>;

// One entry of the registry. Adding a document kind is writing one of these, its composer
// (src/compose/) and its template (templates/KIND/): a row of the table in registry.cpp; a kind
// with logic of its own (a composer that reads options, their checks, a page check) has those
// functions in src/documents/KIND_kind.cpp. The CLI command, `build` and the web app take it from here.
// Why `{}` on every member: an entry is written with designated initializers and names only the
// members it gives; GCC warns (-Wmissing-field-initializers) of a left-out member without one.
struct DocumentKind {
  std::string name{};             // "agreement": the CLI command and the web app's identifier
  std::string title{};            // "Giao ước thi đua": how staff call it
  std::string archive_name{};     // "giao-uoc-thi-dua.pdf": its file in an event's archive folder
  std::string template_folder{};  // "agreement": the templates it needs (Toolbox loads only these)
  std::string template_name{};    // "agreement/document": its main template (the markup, for PDF kinds)
  std::vector<Output> outputs{};  // what it can be written as
  // The CLI's help: one-line summary, usage line and the paragraph of `thidua help NAME`.
  std::string summary{};
  std::string usage{};
  std::string details{};
  std::vector<OptionSpec> options{};

  // True when the event has what the document is about (`build` makes only these).
  std::function<bool(const model::Event&)> applies{};
  std::string why_not{};  // when it does not: what is missing, and what to add
  WhenMissing when_missing = WhenMissing::refuse;

  // Checks the option values against the event (a guest id that is not there); optional.
  std::function<std::optional<OptionProblem>(const model::Event&, const OptionValues&)> check_options{};
  // PDF kinds: the template data of the markup template, and the PDF metadata.
  Composer compose{};
  std::function<compose::DocumentMeta(const model::Event&)> meta{};
  // PDF kinds, optional: checks the page count once laid out (warnings to `diags`).
  std::function<void(const model::Event&, const OptionValues&, int pages, Diagnostics&)> check_pages{};
  // HTML kinds: renders the page, publishing its images through `media` (nothing written yet).
  std::function<std::string(const Toolbox&, const model::Event&, const OptionValues&, html::MediaStore& media,
                            Diagnostics&)>
      render_html{};

  // True when the kind can be written as `output`.
  bool supports(Output output) const;
  // The option named `option_name`, or nullptr.
  const OptionSpec* find_option(const std::string& option_name) const;
};

// A PDF kind (so also DOCX) by the registry's convention: `kind` with what it leaves empty derived
// from its name: its templates in templates/NAME/ (template_folder "NAME"), its markup
// templates/NAME/document.mustache (template_name "NAME/document"), outputs {pdf, trace}.
DocumentKind pdf_kind(DocumentKind kind);
// The composer of a kind without options: `data` of the event alone.
Composer without_options(compose::Data (*data)(const model::Event&));

// The value of option `name` among `values`, or "" when it is not given.
std::string option_value(const OptionValues& values, const std::string& name);
// Every option's default value (flags absent): what `build` and an empty form use.
OptionValues default_values(const DocumentKind& kind);
// Checks values against their declared choices; a problem names the first bad one.
std::optional<OptionProblem> check_choices(const DocumentKind& kind, const OptionValues& values);
// check_choices, then the kind's own check against the event.
std::optional<OptionProblem> check_values(const DocumentKind& kind, const model::Event& event,
                                          const OptionValues& values);
// The ids joined by ", ", or `none` when there are none: the hint after an unknown id.
std::string listed_ids(const std::vector<std::string>& ids, const std::string& none);

}  // namespace thidua::documents
