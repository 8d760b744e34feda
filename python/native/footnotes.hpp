// Footnotes in Python: `interpret` (one, with everything `vest parse --explain`
// shows) and `interpret_many` (a batch on all cores with the GIL released,
// results in input order, as columns).
#pragma once
#include "rules/interpretation.hpp"

#include <pybind11/pybind11.h>

#include <optional>
#include <string>
#include <vector>

namespace vest::python {

// One footnote and its grant's context as Python hands them over (ISO dates, exact number texts).
struct FootnoteInput {
  std::string text;
  std::optional<std::string> grant_date, shares, expiration, exercise_price;
  bool is_option = false;
  bool text_missing = false;  // None in Python: an input error, as a missing "text" is for `vest parse --jsonl`
};

// Reads the context; problems are messages naming the field (as `vest parse --jsonl` does).
rules::GrantContext read_context(const FootnoteInput& in, std::vector<std::string>& problems);
// Interprets inputs on `threads` threads (0: every core) with the GIL released.
// A row whose inputs are bad gets no interpretation and its problems instead.
struct BatchRow {
  std::vector<std::string> problems;
  rules::Interpretation result;
};
std::vector<BatchRow> interpret_batch(const std::vector<FootnoteInput>& inputs, unsigned threads);
std::vector<FootnoteInput> read_inputs(const pybind11::dict& columns);
pybind11::dict batch_columns(const std::vector<BatchRow>& rows, bool explain, bool percent);

void bind_footnotes(pybind11::module_& m);

}  // namespace vest::python
