// Family: amounts — how much vests. Percentages and fractions of the grant
// ("25%", "Twenty-Five Percent (25%)", "1/48th", "one-third", "33 1/3%"),
// per-installment sizes ("in 25% installments", "20% increments"), "an
// additional 6.25%", the remainder ("the remaining 75%", "the balance", "the
// remaining RSUs") and stated share counts ("2,257 SARs").
// The rules are in family_amounts_*.cpp, one concept a file; here they are joined in the order the
// interpreter tries them (at a position the first rule that matches wins, so the order is meaning).
#include "rules/family_amounts_parts.hpp"

namespace vest::rules {

Family amounts_family() {
  using namespace amount_rules;
  return join_parts("amounts",
                    {
                        count_beside_fraction_rules,  // family_amounts_count_beside_fraction.cpp
                        remainder_and_rate_rules, // family_amounts_fractions.cpp
                        dated_count_rules,        // family_amounts_share_counts.cpp
                        fraction_rules,           // family_amounts_fractions.cpp
                        share_count_rules,        // family_amounts_share_counts.cpp
                    },
                    {fraction_examples, whole_fraction_examples, rounded_thirds_examples, header_size_examples,
                     installment_size_list_examples, in_each_of_examples, share_count_examples, count_beside_fraction_examples});
}

}  // namespace vest::rules
