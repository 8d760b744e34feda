// From the rows of a filing to grants: which rows award equity, and what their
// footnotes say about vesting.
//
// A grant is
//   - a row that reports the award of securities (transaction code A, acquired), or
//   - any other row or holding (a Form 3 holding, an option exercise "M" whose
//     footnote restates the original schedule) whose footnotes state a vesting
//     schedule. Such a row is flagged `award == false` with a warning: its share
//     count is what the row reports, not necessarily the size of the award.
//
// The vesting footnotes of a row are found among all the footnotes it references
// on any field. Each referenced footnote is first classified on its own by the
// interpreter; those that are `not_vesting` (tax withholding, weighted-average
// prices, trusts...) become notes. The rest are joined in reference order with
// a blank line between them ("\n\n") and interpreted together, because one
// footnote may give the vesting commencement date and another the schedule.
// `parts` records where each footnote sits in the joined text, so every span
// of the interpretation maps back to (footnote id, characters of that footnote)
// with `locate`.
//
// Context for the interpreter: grant date = transaction date (the interpreter
// lets a date stated in the footnote override it); shares = the underlying
// shares of a derivative (the option's shares that vest are the shares it
// buys), else the row's shares; for holdings, the shares held; expiration and
// exercise price from Table II; `is_option` for derivative rights to buy.
#pragma once

#include "engine/filings/filing.hpp"
#include "rules/interpretation.hpp"

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace vest::filings {

using InterpretFn = std::function<rules::Interpretation(std::string_view, const rules::GrantContext&)>;

struct FootnotePart {
  std::string id;
  std::size_t offset = 0;  // where the footnote starts in Grant::text
  std::size_t length = 0;
};

struct Grant {
  std::size_t row = 0;  // index into Filing::rows
  bool award = true;    // the row is an award (code A); false for holdings and other rows with vesting footnotes
  rules::GrantContext context;
  std::vector<std::string> footnote_ids;          // every footnote the row references
  std::vector<std::string> vesting_footnote_ids;  // those interpreted as the schedule, in order
  std::string text;                               // their joined text
  std::vector<FootnotePart> parts;
  rules::Interpretation interpretation;
  Diagnostics warnings;  // about the grant (not the interpreter's own diagnostics)
};

// A footnote that is not part of any grant's schedule, with the kind the
// interpreter gave it on its own ("not_vesting" for a tax-withholding note).
struct Note {
  std::string id;
  std::string text;
  rules::Kind kind = rules::Kind::not_vesting;
};

struct FilingGrants {
  std::vector<Grant> grants;
  std::vector<Note> notes;
  // Input errors that refused a grant (a share count that cannot be read):
  // also in that grant's `errors`; `vest filing` exits 1 when there are any.
  Diagnostics errors;
  // The same problems on rows that are not grants (a sale of "NaN" shares).
  Diagnostics warnings;
};

// The kinds of footnotes read on their own, without a row (the notes: a
// footnote no grant's schedule uses). Only the kind is kept, and the same
// boilerplate ("The price reported is a weighted average...") recurs across
// thousands of filings of a quarter, so it is worth remembering across
// filings. The kind is a function of the text alone (the context is empty),
// so the cache never changes an answer. Bounded: when it holds `capacity`
// texts it starts afresh. Not thread-safe: one per thread.
class NoteKinds {
 public:
  explicit NoteKinds(std::size_t capacity = 4096) : capacity_(capacity) {}
  rules::Kind kind(const std::string& text, const InterpretFn& interpret);

 private:
  std::size_t capacity_;
  std::unordered_map<std::string, rules::Kind> kinds_;
};

// Interprets each distinct (text, context) once per filing: a footnote shared
// by rows with the same context (a grant reported on two rows) is read once.
// `note_kinds`, when given, is used (and filled) for the notes.
FilingGrants extract_grants(const Filing& filing, const InterpretFn& interpret, NoteKinds* note_kinds = nullptr);

// The interpreter's context for a row, before any footnote is read.
rules::GrantContext grant_context(const Row& row);

// Where a span of Grant::text lies in the original footnotes: the footnote id
// and the span within that footnote's text. std::nullopt for the separators.
struct FootnoteSpan {
  std::string id;
  Span span;
};
std::optional<FootnoteSpan> locate(const Grant& grant, Span span);

// True for derivative rows that are options (rights to buy): "Stock Option
// (right to buy)", "Employee Stock Option", "Option to purchase"...
bool is_option_title(std::string_view security_title);

}  // namespace vest::filings
