// Family: conditions, verbs and signals (level 0, run first so that what they
// consume is hidden from the schedule rules). "Subject to continued service",
// acceleration on a change in control or death, "the earlier of", rounding
// notes; the vesting verbs; "fully vested" and "immediately exercisable";
// performance words; not-a-schedule words (tax withholding, trusts...).
// The rules are in family_conditions_*.cpp, one concept a file; here they are joined in the order the
// interpreter tries them (at a position the first rule that matches wins, so the order is meaning).
#include "rules/family_conditions_parts.hpp"

namespace vest::rules {

Family conditions_family() {
  using namespace condition_rules;
  return join_parts("conditions",
                    {
                        proviso_rules,         // family_conditions_provisos.cpp
                        earned_units_rules,    // family_conditions_provisos.cpp
                        if_service_proviso_rules,  // family_conditions_provisos.cpp
                        immediate_rules,       // family_conditions_immediate.cpp
                        verb_and_header_rules, // family_conditions_verbs.cpp
                        performance_rules,     // family_conditions_performance.cpp
                        not_vesting_rules,     // family_conditions_not_vesting.cpp
                    },
                    {proviso_examples, if_service_proviso_examples, cliff_examples, price_and_approval_examples, immediate_examples, verb_and_header_examples, performance_examples,
                     not_vesting_examples});
}

}  // namespace vest::rules
