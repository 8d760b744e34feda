// What every filings fuzz target checks on a filing a reader produced: the
// grants can be extracted and interpreted, and the JSON view dumps (nlohmann
// throws on invalid UTF-8, which would abort here) — so no reader may let bad
// bytes, a crash or a hang through to `vest filing --format json`.
#pragma once

#include "engine/filings/filing_json.hpp"
#include "engine/filings/grants.hpp"
#include "rules/interpretation.hpp"

#include <cstdlib>

namespace vest::filings::fuzzing {

inline void check(const Result<Filing>& r) {
  if (!r) {
    (void)failed_input_json(r.diagnostics()).dump();
    return;
  }
  const auto grants = extract_grants(*r, rules::interpret);
  for (const auto& g : grants.grants)
    if (g.row >= r->rows.size()) std::abort();
  (void)filing_json(*r, grants, ViewOptions{}).dump();
}

}  // namespace vest::filings::fuzzing
