// One line of a `vest parse --jsonl` batch: a JSON object in, a JSON line out.
//
//   in:  {"id", "text", "grant_date"?, "shares"?, "expiration"?, "is_option"?, "as_of"?}
//   out: {"id", "kind", "tranches", "contingent_shares", "exercisable_immediately",
//         "conditions", "warnings", "errors", "explain", "as_of"?}
// Whether the grant is an option is the line's "is_option", else the batch's
// (--option / --no-option), else inferred (rules/option_inference.hpp).
//
// The contract is one line out for every line in, in order, so every input
// line gets an output line: a blank line, a line that is not a JSON object,
// a bad field or a footnote over the length limit gets an "unrecognized"
// line whose "errors" say why, under the line's id (or "line N").
//
// Numbers are read exactly: "shares": 47.123456789012345678 is that decimal,
// never a double; a number in exponent form ("1e5") is refused, not rounded.
// The output is always valid UTF-8 JSON (invalid bytes become U+FFFD).
//
// Example:
//   interpret_batch_line(R"({"id":"a","text":"All shares vest on March 1, 2025.","shares":10})", 1, {})
//     .json starts with {"id":"a","kind":"immediate"   and .failed == false
//   interpret_batch_line("", 7, {}).json has "id":"line 7" and an error "blank_line"
#pragma once

#include "engine/core/civil_date.hpp"
#include "rules/footnote_limit.hpp"
#include "rules/interpretation.hpp"

#include <optional>

#include <cstddef>
#include <string>
#include <string_view>

namespace vest::rules {

struct BatchLimits {
  std::size_t max_footnote_bytes = kDefaultMaxFootnoteBytes;
  std::optional<bool> is_option;  // the batch's answer (--option / --no-option); a line's "is_option" wins
  std::optional<Date> as_of;      // project every schedule to this date (a line's "as_of" wins)
  bool keep_result = false;       // also return the Interpretation (for writers other than JSON lines)
};

struct BatchLine {
  std::string json;     // one line, no trailing newline
  bool failed = false;  // no schedule, or the input was bad
  // With BatchLimits::keep_result, for a line that was interpreted:
  std::string id, text;                 // the line's id (as text) and footnote
  std::optional<Interpretation> result;
};

// `number` is the 1-based input line number (the id when the line has none).
BatchLine interpret_batch_line(std::string_view line, std::size_t number, const BatchLimits& limits);

// The output line for an input line that could not be read whole (longer than
// the reader's buffer): an error naming the line and the limit.
BatchLine batch_line_error(std::size_t number, const std::string& code, const std::string& message);

// The longest input line a batch reader needs to keep for a footnote limit:
// the footnote JSON-escaped at worst (6 bytes per byte, "\u0001") plus room for the other fields.
inline std::size_t max_batch_line_bytes(const BatchLimits& limits) { return limits.max_footnote_bytes * 6 + 65536; }

}  // namespace vest::rules
