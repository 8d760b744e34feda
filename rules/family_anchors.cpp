// Family: anchors — the dates a schedule hangs on. Absolute dates; the grant
// date and the vesting commencement date (stated in the footnote or given by
// the filing); anniversaries ("the first anniversary of <when>", "the
// twelve-month anniversary of the date of grant"); offsets ("12 months after
// the grant date"); a day of the month of an anchor; defined date names
// ("the first Quarterly Date following <when>"); lists ("each of A, B and C",
// "each August 27, 2021, 2022 and 2023", "each of the first, second and third
// anniversaries of <when>").
// The rules are in family_anchors_*.cpp, one concept a file; here they are joined in the order the
// interpreter tries them (at a position the first rule that matches wins, so the order is meaning).
#include "rules/family_anchors_parts.hpp"

namespace vest::rules {

Family anchors_family() {
  using namespace anchor_rules;
  return join_parts("anchors",
                    {
                        anchor_date_rules,              // family_anchors_dates.cpp
                        definition_rules,               // family_anchors_definitions.cpp
                        span_and_from_rules,            // family_anchors_relative_dates.cpp
                        anniversary_series_rules,       // family_anchors_anniversaries.cpp
                        anniversaries_thereof_rules,    // family_anchors_anniversaries.cpp
                        anniversaries_of_anchor_rules,  // family_anchors_anniversaries.cpp
                        offset_rules,                   // family_anchors_relative_dates.cpp
                        month_day_list_rules,           // family_anchors_date_lists.cpp
                        date_list_rules,                // family_anchors_date_lists.cpp
                    },
                    {anchor_date_examples, certification_date_examples, definition_examples, as_defined_examples, relative_date_examples, anniversary_examples,
                     date_list_examples});
}

}  // namespace vest::rules
