// The JSON view of an Interpretation: the `vest parse` line format, shared
// with `vest filing` so both print the same thing:
//   {"kind", "tranches": [{"date", "shares"}], "contingent_shares",
//    "exercisable_immediately", "conditions": [{"kind", "text"}],
//    "warnings": [...], "errors": [...], "explain": [{"rule", "span": [b, e], "text"}]}
// ("id" is added by the caller). Shares are JSON numbers via json_amount.
#pragma once

#include "rules/interpretation.hpp"

#include <nlohmann/json.hpp>

namespace vest::rules {

nlohmann::json to_json(const Interpretation& in);

}  // namespace vest::rules
