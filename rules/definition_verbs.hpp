// The verbs of a definition ("means", "mean"): apply_item_rules reads the
// definitions only when the footnote has one of them.
#pragma once

#include <cstdint>

namespace vest::rules {

struct DefinitionVerbs {
  std::uint16_t means, mean;
};
const DefinitionVerbs& definition_verbs();

}  // namespace vest::rules
