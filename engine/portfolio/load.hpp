// Loading portfolios: CSV, JSON Lines, and the JSON of `vest filing`.
//
// Columns (CSV header names; JSON Lines keys), all optional but `shares` and a
// schedule:
//   id, holder, issuer, security        names; id defaults to FILE:LINE
//   grant_date                          YYYY-MM-DD; anchors the schedule
//   shares                              "58,824", "47.5" (at most 4 decimals)
//   schedule                            schedule parameters (below), or
//   footnote (or text)                  footnote text, read by the interpreter
//   policy                              allocation policy (cumulative_round_down by default)
//   vesting_start                       YYYY-MM-DD; anchors `schedule` instead of grant_date;
//                                       tranches before grant_date vest on grant_date
//   expiration, exercise_price          options (either makes the grant an option)
//   exercised                           option shares already exercised
//   termination_date                    vesting stops; later tranches are forfeited
//   early_exercise                      true/false: exercisable before vesting
//   ocf_terms                           OCF vesting terms as the schedule: "PATH#ID" (or "PATH"
//                                       for a file of one), PATH relative to this file; counts
//                                       from vesting_start or grant_date (engine/ocf)
//   ocf_events                          "ID:YYYY-MM-DD;ID:YYYY-MM-DD" OCF vesting events that occurred
//
// Schedule parameters: segments separated by ';', each "PORTION BODY [DAY]":
//   PORTION  all | rest | 25% | 12.5% | 1/3
//   BODY     at +12m                       one lump 12 months after the anchor (units d w m q y)
//            at 2024-05-01                 one lump on a date
//            every 1m x36 [from +13m] [cliff 12]
//                                          36 installments, the first `from` after the anchor
//                                          (default one period), installments 1..cliff paid together
//            contingent [CONDITION WORDS]  no date until an event
//   DAY      eom | som | minus1 | day25    day-of-month policy of month steps
// e.g. "25% at +12m; rest every 1m x36 from +13m" (the seed option's shape),
//      "all every 1m x48 cliff 12", "50% contingent revenue target; rest every 1y x3".
//
// CSV quoting (RFC 4180): a quoted field may hold separators, "" and line
// breaks. One unbalanced quote must not swallow the rows after it, so a record
// is refused and reading resumes at the line after the one it began on when
//   - its quote does not close within max_footnote_bytes (or before the end), or
//   - a quoted field that spans lines closes before something other than a
//     separator or line end, or the record that spans lines has the wrong
//     number of fields;
// the error names the line and column of the opening quote. Every row after
// it is read as usual (a real multi-line field broken this way yields one
// error per leftover line, never a silent row).
// A header naming one column twice (or a column and its alias, text/footnote)
// is refused: duplicate_column, naming both cells.
//
// Identical footnote texts (after collapsing white space) with the same grant
// date, option flag and expiration are interpreted once. A bad row becomes an
// error diagnostic naming FILE:LINE:COLUMN and the reason; the rest loads.
#pragma once

#include "engine/core/diagnostic.hpp"
#include "engine/core/schedule_spec.hpp"
#include "engine/portfolio/portfolio.hpp"
#include "rules/footnote_limit.hpp"

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace vest::portfolio {

// Parses schedule parameters into a spec anchored at `anchor` (segments only;
// total, dates and options are the caller's). Errors name the offending words.
Result<std::vector<Segment>> parse_schedule_parameters(std::string_view text, Date anchor);

struct LoadReport {
  std::size_t loaded = 0;
  std::size_t rejected = 0;        // bad rows (diagnostics say why)
  std::size_t not_understood = 0;  // footnotes the interpreter did not turn into a schedule
  std::size_t interpretations = 0; // interpreter calls (cache misses)
  std::size_t cache_hits = 0;
  Diagnostics diagnostics;         // errors for rejected rows, notes for not understood ones
};

struct LoadOptions {
  bool strict = false;  // stop at the first bad row
  unsigned threads = 0; // CSV readers (0: the machine's cores, at most 2 are used; 1: one)
  // Longest footnote interpreted (a longer one rejects its row: footnote_too_long),
  // and the longest CSV quoted field: a quote that has not closed within this many
  // bytes is an unbalanced quote (see "CSV quoting" above).
  std::size_t max_footnote_bytes = rules::kDefaultMaxFootnoteBytes;
};

enum class InputFormat { csv, jsonl, filing_json };
// By extension (.csv, .jsonl/.ndjson, .json) and, failing that, by content.
InputFormat detect_format(std::string_view path, std::string_view head);

class Loader {
 public:
  explicit Loader(LoadOptions options = {});
  ~Loader();
  Loader(const Loader&) = delete;
  Loader& operator=(const Loader&) = delete;

  // Returns false when loading stopped (unreadable file, or a bad row under --strict).
  bool load_file(const std::string& path);
  bool load(std::string_view data, const std::string& name, InputFormat format);

  const LoadReport& report() const;
  std::size_t size() const;
  Portfolio take() &&;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace vest::portfolio
