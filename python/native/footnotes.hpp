// Footnotes in Python: `interpret` (one, with everything `vest parse --explain`
// shows). The batch, `interpret_many`, is in batch.hpp.
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

void bind_footnotes(pybind11::module_& m);

}  // namespace vest::python
