// Open Cap Table Format (OCF v1.2.0) vesting terms, as plain values.
//
// OCF describes vesting as a directed acyclic graph of *vesting conditions*.
// Each condition names the trigger that enters it (the vesting start, a fixed
// date, a period after an earlier condition, or an unscheduled event), what it
// vests (a portion of the grant, a portion of what is still unvested, or a
// number of shares) and the conditions that may come next, in priority order.
// Exactly one path through the graph is ever taken.
//
// `VestingTerms` holds one terms object after `read_vesting_terms`
// (read_terms.hpp) has checked it against the schema's rules, so every index
// below is valid and the graph has no cycle. Evaluating the terms for a grant
// is evaluate.hpp's job.
//
// Example (the OCF samples' "4yr-1yr-cliff-schedule"):
//   conditions[0] vesting-start   start trigger, quantity 0,       next {1}
//   conditions[1] cliff           +12 months from 0, portion 12/48, next {2}
//   conditions[2] monthly         +1 month ×36 from 1, portion 1/48, next {}
#pragma once

#include "engine/core/allocation.hpp"
#include "engine/core/amount.hpp"
#include "engine/core/civil_date.hpp"

#include <cstddef>
#include <optional>
#include <string_view>
#include <string>
#include <vector>

namespace vest::ocf {

enum class TriggerType { vesting_start, absolute, relative, event };

// OCF's VestingDayOfMonth: "01".."28", "29_OR_LAST_DAY_OF_MONTH".."31_OR_LAST_DAY_OF_MONTH"
// (day 1..31, clamped to the month's end) or VESTING_START_DAY_OR_LAST_DAY_OF_MONTH (day 0 here).
struct OcfDayOfMonth {
  unsigned day = 0;  // 0: the day of the condition's anchor (the vesting start), clamped
  DayOfMonthPolicy policy() const {
    return day == 0 ? DayOfMonthPolicy::vesting_start_day() : DayOfMonthPolicy::fixed_day(day);
  }
  friend bool operator==(const OcfDayOfMonth&, const OcfDayOfMonth&) = default;
};

std::string to_ocf_string(OcfDayOfMonth d);  // "05", "30_OR_LAST_DAY_OF_MONTH", ...

struct OcfPeriod {
  bool months = true;  // MONTHS (calendar months) or DAYS
  int length = 0;      // units per occurrence, >= 0
  int occurrences = 1; // >= 1
  OcfDayOfMonth day_of_month;  // months only
  // Extension (OCF-Tools; not in the v1.2.0 schema): occurrences 1..cliff are
  // paid together on occurrence `cliff` (cliff_installment, or cliff_length
  // converted to the first occurrence at or after that length). 0: none.
  int cliff = 0;
};

struct OcfTrigger {
  TriggerType type = TriggerType::vesting_start;
  Date date{};                      // absolute
  OcfPeriod period;                 // relative
  std::size_t relative_to = 0;      // relative: index of the condition it counts from
};

struct OcfCondition {
  std::string id;
  std::string description;
  // What it vests each time it triggers: a portion (of the grant, or of the
  // unvested rest when `remainder`), or a number of shares.
  bool has_quantity = false;
  Fraction portion;   // numerator / denominator
  bool remainder = false;
  Amount quantity;
  OcfTrigger trigger;
  std::vector<std::size_t> next;  // indices, priority order
  std::size_t json_index = 0;     // position in $.vesting_conditions (for messages)
  bool vests_nothing() const { return has_quantity ? quantity.is_zero() : portion.is_zero(); }
};

struct VestingTerms {
  std::string id;
  std::string name;
  std::string description;
  AllocationPolicy allocation = AllocationPolicy::cumulative_round_down;
  std::vector<OcfCondition> conditions;
  std::vector<std::size_t> roots;  // conditions no other condition names as next, in array order
  std::string json_path = "$";     // where the object sat in its file ("$.items[1]")
  std::string file;                // the file it was read from, for messages
};

// OCF AllocationType names <-> vest's policies (the seven are the same).
std::string to_ocf_string(AllocationPolicy p);  // "CUMULATIVE_ROUND_DOWN"
std::optional<AllocationPolicy> parse_ocf_allocation(std::string_view name);

}  // namespace vest::ocf
