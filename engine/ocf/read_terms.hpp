// Reading OCF vesting terms from JSON, with the schema's rules checked.
//
// Accepts a single VestingTerms object, a VestingTermsFile
// ({"file_type": "OCF_VESTING_TERMS_FILE", "items": [...]}, the form of the
// OCF samples) or a bare JSON array of terms objects. Everything the v1.2.0
// schema requires is checked (required and unknown fields, types, enums, the
// Numeric and Date formats, portion xor quantity), and what the schema cannot
// say: unique condition ids, next_condition_ids and relative_to_condition_id
// that name a condition, no cycle in next_condition_ids, positive
// denominators, and no path through the graph vesting more than 100%.
//
// Every problem is an error diagnostic whose field is the JSON path, so that
// format() prints e.g.
//   terms.json: error: $.items[0].vesting_conditions[2].trigger.type: unknown trigger type "VESTING_MAGIC" [ocf_schema]
// and the whole input is refused: no terms come back if any is bad.
#pragma once

#include "engine/core/diagnostic.hpp"
#include "engine/ocf/terms.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace vest::ocf {

// `file` names the input in diagnostics.
Result<std::vector<VestingTerms>> read_vesting_terms(const nlohmann::json& j, const std::string& file);
Result<std::vector<VestingTerms>> read_vesting_terms_text(std::string_view text, const std::string& file);
Result<std::vector<VestingTerms>> read_vesting_terms_file(const std::string& path);

// The terms with this id; with an empty id, the only terms (an error when there are several).
Result<VestingTerms> select_terms(const std::vector<VestingTerms>& all, const std::string& id, const std::string& file);

}  // namespace vest::ocf
