// The anchors family's parts (family_anchors_*.cpp, one concept each) and what they share;
// family_anchors.cpp joins the parts in the order the interpreter tries them.
#pragma once

#include "rules/rule_helpers.hpp"

namespace vest::rules::anchor_rules {
using namespace helpers;

inline std::optional<Item> when_of(When w) {
  Item it = make(IT::when);
  it.when = w;
  return it;
}

inline bool is_anchor(const When& w) { return w.ref != When::Ref::named_next && w.ref != When::Ref::achievement; }

// Runs of ordinals that name anniversaries (family_anchors_anniversaries.cpp), read alike wherever the anniversaries
// are of: an anchor ("each of the first, second and third anniversaries of the grant date"), a date before
// ("... anniversaries thereof") or a quoted name (family_restated_dates.cpp: "... of the Initial Vesting Date").
// `ordinal_list` matches "first, second, third, and fourth", "first four" or "first through fourth" (inclusive);
// `ordinal_years` gives the years a match at nodes [b, e) names, rising, or none (empty) when a value is out of
// range (1 to 50), the ordinals do not rise ("the third and second") or a range runs backwards.
bool ordinal_list(const std::vector<Node>& n, std::size_t& i, const Context&);
std::vector<int> ordinal_years(const std::vector<Node>& n, std::size_t b, std::size_t e);

std::vector<ItemRule> anchor_date_rules();         // family_anchors_dates.cpp
std::vector<Example> anchor_date_examples();
std::vector<Example> certification_date_examples();
std::vector<ItemRule> definition_rules();          // family_anchors_definitions.cpp
std::vector<Example> definition_examples();
std::vector<Example> as_defined_examples();  // family_anchors_definitions.cpp
std::vector<ItemRule> span_and_from_rules();       // family_anchors_relative_dates.cpp
std::vector<ItemRule> offset_rules();
std::vector<Example> relative_date_examples();
std::vector<ItemRule> anniversary_series_rules();  // family_anchors_anniversaries.cpp
std::vector<ItemRule> anniversaries_thereof_rules();
std::vector<ItemRule> anniversaries_of_anchor_rules();
std::vector<Example> anniversary_examples();
std::vector<ItemRule> month_day_list_rules();      // family_anchors_date_lists.cpp
std::vector<ItemRule> date_list_rules();
std::vector<Example> date_list_examples();

}  // namespace vest::rules::anchor_rules
