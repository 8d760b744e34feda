// The conditions family's parts (family_conditions_*.cpp, one concept each) and what they share;
// family_conditions.cpp joins the parts in the order the interpreter tries them.
#pragma once

#include "rules/rule_helpers.hpp"

namespace vest::rules::condition_rules {
using namespace helpers;

inline auto simple(IT t) {
  return [t](const Match&) -> std::optional<Item> { return make(t); };
}

inline std::optional<Item> weak_not_vesting(const Match&) {
  Item it = make(IT::not_vesting);
  it.tag = Tag::weak;
  return it;
}

std::vector<ItemRule> proviso_rules();            // family_conditions_provisos.cpp
std::vector<ItemRule> earned_units_rules();       // family_conditions_provisos.cpp
std::vector<ItemRule> if_service_proviso_rules(); // family_conditions_provisos.cpp
std::vector<Example> if_service_proviso_examples();  // family_conditions_provisos.cpp
std::vector<Example> proviso_examples();
std::vector<Example> cliff_examples();  // family_conditions_provisos.cpp
std::vector<Example> price_and_approval_examples();  // family_conditions_provisos.cpp
std::vector<ItemRule> immediate_rules();          // family_conditions_immediate.cpp
std::vector<Example> immediate_examples();
std::vector<ItemRule> verb_and_header_rules();    // family_conditions_verbs.cpp
std::vector<Example> verb_and_header_examples();
std::vector<ItemRule> performance_rules();        // family_conditions_performance.cpp
std::vector<Example> performance_examples();
std::vector<ItemRule> not_vesting_rules();        // family_conditions_not_vesting.cpp
std::vector<Example> not_vesting_examples();

}  // namespace vest::rules::condition_rules
