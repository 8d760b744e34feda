// The verbs of a definition ("means", "mean"; "is", "are" after a quoted name): apply_item_rules reads the
// definitions only when the footnote has one of them.
#pragma once

#include <cstdint>

namespace vest::rules {

struct DefinitionVerbs {
  std::uint16_t means, mean, is, are;
};
const DefinitionVerbs& definition_verbs();

}  // namespace vest::rules
