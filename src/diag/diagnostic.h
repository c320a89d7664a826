// Diagnostics shared by every stage: a located message, a collector, and the exit codes.
#pragma once

#include <cstddef>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace thidua {

// Process exit codes, the same for every subcommand.
enum class ExitCode : int { ok = 0, bad_input = 1, usage = 2, io_or_internal = 3 };

// How serious a diagnostic is; only errors stop a run.
enum class Severity { error, warning, note };
// "error", "warning" or "note", untranslated (as JSON gives it); messages show it translated.
const char* severity_name(Severity severity);

// A place in a source file; line and column are 1-based, column counts code points.
// An empty file means "no file" and line 0 means "the whole file". In a workbook (`sheet`
// set), line is the row and column the column number (1 = A) as the spreadsheet shows them.
struct SourceLoc {
  SourceLoc() = default;
  // A place in a text file (or the whole file when `at_line` is 0).
  SourceLoc(std::string in_file, int at_line = 0, int at_column = 0)
      : file(std::move(in_file)), line(at_line), column(at_column) {}
  // A cell (or a row, when `at_column` is 0) of sheet `in_sheet` of a workbook.
  SourceLoc(std::string in_file, int row, int at_column, std::string in_sheet, std::string header = "")
      : file(std::move(in_file)), line(row), column(at_column), sheet(std::move(in_sheet)), column_name(std::move(header)) {}

  std::string file;
  int line = 0;
  int column = 0;
  std::string sheet;        // the worksheet's name, for a cell of an XLSX or ODS workbook
  std::string column_name;  // the column's header text, shown after its letter when known

  // How the place reads in a message: "units.csv:12:5", or for a workbook cell
  // "dai-bieu.xlsx: sheet 'Đại biểu', row 12, column C (Chức vụ)".
  std::string format() const;
};

// "C" for column 3, "AA" for column 27: column letters as spreadsheets show them.
std::string column_letters(int column);

// One message about one place: prints as `FILE:LINE:COL: error: message`.
struct Diagnostic {
  Severity severity = Severity::error;
  SourceLoc where;
  std::string message;

  // The one-line form written to stderr.
  std::string format() const;
};

// Collects the diagnostics of a run; stops recording errors past a limit.
class Diagnostics {
 public:
  // At most this many errors are kept; one more adds a "too many errors" note.
  explicit Diagnostics(std::size_t error_limit = 20) : error_limit_(error_limit) {}

  // Records an error at `where`.
  void error(SourceLoc where, std::string message);
  // Records a warning at `where`; warnings never stop a run.
  void warning(SourceLoc where, std::string message);
  // Records a note at `where`: information, such as a file left out.
  void note(SourceLoc where, std::string message);
  // Appends every diagnostic of `other`.
  void merge(const Diagnostics& other);

  // True once any error was recorded.
  bool has_errors() const { return error_count_ > 0; }
  // Number of errors recorded, including those past the limit.
  std::size_t error_count() const { return error_count_; }
  // True when the error limit was reached and later errors were dropped.
  bool limit_reached() const { return error_count_ >= error_limit_; }
  // Every recorded diagnostic in the order it was reported.
  const std::vector<Diagnostic>& all() const { return items_; }
  // Writes every diagnostic, one per line.
  void print(std::ostream& out) const;

 private:
  std::vector<Diagnostic> items_;
  std::size_t error_limit_;
  std::size_t error_count_ = 0;
};

// Thrown to abandon a stage; carries the exit code the process should end with.
class Failure : public std::runtime_error {
 public:
  // A failure with one located message.
  Failure(ExitCode code, SourceLoc where, std::string message);
  // A failure whose messages were already reported to a Diagnostics.
  explicit Failure(ExitCode code);

  // The exit code the process ends with.
  ExitCode code() const { return code_; }
  // The located message, if any (empty when already reported).
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

 private:
  ExitCode code_;
  std::vector<Diagnostic> diagnostics_;
};

// Maps byte offsets in a UTF-8 buffer to 1-based line and code-point column.
class LineIndex {
 public:
  // Indexes `text`, which must outlive the index.
  explicit LineIndex(std::string_view text);
  // The location of byte `offset` in file `file`.
  SourceLoc locate(std::string file, std::size_t offset) const;

 private:
  std::string_view text_;
  std::vector<std::size_t> line_starts_;
};

}  // namespace thidua
