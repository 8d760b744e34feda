// Projections: what a schedule means on a given day.
//
// The as-of date is always an argument; there is no clock in the engine.
// Tranches whose vests_on is on or before the as-of date count as vested.
//   vested + unvested + contingent + forfeited == total (after events)
//   exercisable (options) = vested − exercised, or everything not forfeited −
//   exercised when early-exercisable; 0 after expiration (the expiration day
//   itself still counts) and after the post-termination window closes.
//
// Example (the seed option, 200,000 shares):
//   project(option, 2015-06-30): vested 75000, unvested 125000, exercisable 75000
//   project(option, 2023-12-16): exercisable 200000;  2023-12-17: exercisable 0, expired
#pragma once

#include "engine/core/schedule.hpp"

#include <optional>
#include <vector>

namespace vest {

struct Projection {
  Date as_of;
  Amount total;
  Amount vested;
  Amount unvested;
  Amount contingent;
  Amount forfeited;
  Amount exercisable;  // zero for non-options
  bool is_option = false;
  bool expired = false;                 // option past its expiration date
  bool exercise_window_closed = false;  // option past its post-termination window
  std::optional<Date> next_vest_date;   // first vests_on after as_of (not forfeited)
  Amount next_vest_shares;              // everything vesting on that day
};

Projection project(const Schedule& schedule, Date as_of);

// The last day an option can be exercised, if any limit applies: the earlier
// of the expiration date and the end of the post-termination window.
std::optional<Date> last_exercise_day(const Schedule& schedule);

struct TrancheRow {
  Date date;
  Date vests_on;
  Amount shares;
  Amount cumulative;
  Fraction cumulative_fraction;  // cumulative / total
  bool forfeited = false;
};

// The full tranche table with running totals (forfeited tranches included, flagged).
std::vector<TrancheRow> tranche_table(const Schedule& schedule);

// "37.5" style percentage with up to `decimals` places, rounded half up.
std::string percent_string(const Fraction& f, int decimals = 2);

}  // namespace vest
