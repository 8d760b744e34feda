// Events recorded on top of a schedule.
//
// A schedule says what vests if nothing happens; events say what did happen:
//   Termination   — vesting stops. A tranche dated on the termination day still
//                   vests; later tranches and open contingent portions are
//                   forfeited on that day. Starts an option's post-termination window.
//   Acceleration  — on a date, all unvested shares vest (full), or a number or
//                   percentage of them, taken from the unvested tranches
//                   pro-rata (cumulative round-down), earliest first (ascending)
//                   or latest first (descending).
//   Achievement   — a contingent portion is earned on a date, possibly as a
//                   fraction of target (0.5 = half; 1.5 = 150%, which grows the grant).
//   Exercise      — option shares exercised (reduces what is exercisable).
// Events are applied in date order; on one day acceleration and achievement
// come first, then exercises, then termination, so "accelerates upon a
// qualifying termination" works and accelerated shares can be exercised that day.
#pragma once

#include "engine/core/schedule.hpp"

#include <variant>
#include <vector>

namespace vest {

struct Termination {
  Date date;
};

struct Acceleration {
  enum class Extent { full, shares, percent_of_unvested };
  enum class Order { pro_rata, ascending, descending };
  Date date;
  Extent extent = Extent::full;
  Amount shares;                     // Extent::shares
  Fraction fraction_of_unvested{1};  // Extent::percent_of_unvested
  Order order = Order::pro_rata;
  bool include_contingent = false;   // full acceleration also vests contingent portions (at target)
};

struct Achievement {
  Date date;
  std::size_t contingent_index = 0;  // into Schedule::contingent()
  Fraction fraction_of_target{1};
};

struct Exercise {
  Date date;
  Amount shares;
};

using Event = std::variant<Termination, Acceleration, Achievement, Exercise>;

Date event_date(const Event& e);

// A new schedule with the events applied, or diagnostics ("event_after_termination",
// "acceleration_exceeds_unvested", "no_such_contingent_portion", "exercise_exceeds_exercisable"...).
Result<Schedule> apply_events(const Schedule& schedule, std::vector<Event> events);

}  // namespace vest
