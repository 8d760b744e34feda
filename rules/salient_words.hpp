// Salient tokens: the numbers and words that change what a schedule says.
//
// account_for_salient_words (passes.hpp) requires that in a footnote that
// yields dates every salient token is consumed by an item a statement used,
// or set aside with a reason; these are the classes it checks, as data
// (salient_words.cpp holds the word table, one line per class).
#pragma once

#include "rules/grammar.hpp"

#include <cstdint>
#include <string_view>

namespace vest::rules {

enum class Salient : std::uint8_t {
  none,
  number,        // numbers, percentages, fractions, ordinals
  date,          // dates, and month-days without a year
  month,         // January ... December (as words, outside a date)
  weekday,       // Monday ... Sunday
  cadence,       // month, quarter, calendar, annual, anniversary, installment, period ...
  day_of_month,  // day, last, end
  anchor,        // grant, commencement, hire, start, closing, effective, appointment ...
  sequence,      // thereafter, following, beginning, commencing, until, through, ending, then
  rounding,      // rounded, rounding, round, fractional, divided, divisible (read_stated_rounding.cpp)
  scope,         // settled, delivered, paid, adopted, plan, purchase, sale, withheld, converted, assumed ...
};

std::string_view to_string(Salient s);

// The class of a node that no item rule consumed (items are accounted for as a whole).
Salient salience(const Node& n);

}  // namespace vest::rules
