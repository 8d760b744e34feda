// The verbs of a definition ("means", "mean", and "are" / "is" right after a quoted name of dates:
// '"Quarterly Vesting Dates" are March 15, ...'): apply_item_rules reads the definitions only when
// the footnote has one of them.
#pragma once

#include "rules/grammar.hpp"

#include <cstdint>

namespace vest::rules {

struct DefinitionVerbs {
  std::uint16_t means, mean, are, is, meaning;
};
const DefinitionVerbs& definition_verbs();

// Node j is a definition's verb: "means" / "mean", or "are" / "is" after '... Date(s)"'.
bool is_definition_verb(const std::vector<Node>& t, std::size_t j);
// Nodes [b, e) hold a definition's verb (a sentence that defines days, set aside by the accounting).
bool defines_dates(const std::vector<Node>& t, std::size_t b, std::size_t e);

}  // namespace vest::rules
