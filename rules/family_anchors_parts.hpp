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

std::vector<ItemRule> anchor_date_rules();         // family_anchors_dates.cpp
std::vector<Example> anchor_date_examples();
std::vector<Example> certification_date_examples();
std::vector<ItemRule> definition_rules();          // family_anchors_definitions.cpp
std::vector<Example> definition_examples();
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
