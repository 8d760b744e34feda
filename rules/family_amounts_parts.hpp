// The amounts family's parts (family_amounts_*.cpp, one concept each);
// family_amounts.cpp joins the parts in the order the interpreter tries them.
#pragma once

#include "rules/rule_helpers.hpp"

namespace vest::rules::amount_rules {
using namespace helpers;

std::vector<ItemRule> remainder_and_rate_rules();  // family_amounts_fractions.cpp
std::vector<ItemRule> fraction_rules();
std::vector<Example> fraction_examples();
std::vector<Example> whole_fraction_examples();  // family_amounts_fractions.cpp
std::vector<Example> rounded_thirds_examples();  // family_amounts_fractions.cpp (read_rounded_thirds.cpp)
std::vector<Example> header_size_examples();     // family_amounts_fractions.cpp
std::vector<Example> installment_size_list_examples();  // family_amounts_fractions.cpp
std::vector<Example> in_each_of_examples();             // family_amounts_fractions.cpp
std::vector<ItemRule> dated_count_rules();         // family_amounts_share_counts.cpp
std::vector<ItemRule> share_count_rules();
std::vector<Example> share_count_examples();
std::vector<ItemRule> count_beside_fraction_rules();  // family_amounts_count_beside_fraction.cpp
std::vector<Example> count_beside_fraction_examples();

}  // namespace vest::rules::amount_rules
