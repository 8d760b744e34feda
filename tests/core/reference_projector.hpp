// A deliberately naive projector, for tests only.
//
// engine/core/projection.cpp answers "what is vested on day D" by comparing
// each tranche's dates with D. This one lives through the calendar instead: it
// starts on the earliest day anything happens, walks forward one day at a time
// to the as-of day, and on each day moves the tranches that vest that day from
// "unvested" to "vested" and everything forfeited that day to "forfeited".
// Option limits are computed by counting days and months on the fingers. It
// shares no code with projection.cpp or civil_date.cpp (only date.h's
// day-by-day increment and the Schedule it reads), so the two can only agree
// by both being right.
//
// To stay fast on 100,000 random schedules it does not scan every tranche on
// every day: the things that happen are put on an agenda sorted by day, and
// the walk reads the agenda as it reaches each day. It still visits every day.
#pragma once

#include "engine/core/schedule.hpp"

#include <date/date.h>

#include <algorithm>
#include <optional>
#include <vector>

namespace vest::reference {

struct RefProjection {
  Amount vested, unvested, contingent, forfeited, exercisable;
  bool expired = false;
  bool exercise_window_closed = false;
  std::optional<Date> next_vest_date;
  Amount next_vest_shares;
};

// Month arithmetic by hand: n times "next month", then back off from the
// anchor's day until the day exists in that month.
inline Date naive_add_months(Date anchor, int n) {
  const date::year_month_day a{anchor};
  int year = static_cast<int>(a.year());
  int month = static_cast<int>(static_cast<unsigned>(a.month()));
  for (int i = 0; i < n; ++i)
    if (++month == 13) month = 1, ++year;
  unsigned day = static_cast<unsigned>(a.day());
  while (!date::year_month_day{date::year{year}, date::month{static_cast<unsigned>(month)}, date::day{day}}.ok()) --day;
  return Date{date::year_month_day{date::year{year}, date::month{static_cast<unsigned>(month)}, date::day{day}}};
}

inline Date naive_add_days(Date d, int n) {
  for (int i = 0; i < n; ++i) d = d + date::days{1};
  return d;
}

// The last day of a post-termination window, counted by hand.
inline Date naive_window_end(Date termination, Period window) {
  switch (window.unit) {
    case PeriodUnit::days: return naive_add_days(termination, window.count);
    case PeriodUnit::weeks: return naive_add_days(termination, 7 * window.count);
    case PeriodUnit::months: return naive_add_months(termination, window.count);
    case PeriodUnit::quarters: return naive_add_months(termination, 3 * window.count);
    case PeriodUnit::years: return naive_add_months(termination, 12 * window.count);
  }
  return termination;
}

inline RefProjection reference_project(const Schedule& s, Date as_of) {
  enum class State { unvested, vested, forfeited };
  struct Happening {
    Date day;
    bool forfeiture;  // else vesting
    bool is_contingent;
    std::size_t index;
  };
  const auto tranches = s.tranches();
  const auto contingent = s.contingent();

  std::vector<Happening> agenda;
  for (std::size_t i = 0; i < tranches.size(); ++i) {
    agenda.push_back({tranches[i].vests_on, false, false, i});
    if (tranches[i].forfeited_on) agenda.push_back({*tranches[i].forfeited_on, true, false, i});
  }
  for (std::size_t j = 0; j < contingent.size(); ++j)
    if (contingent[j].forfeited_on) agenda.push_back({*contingent[j].forfeited_on, true, true, j});
  // On one day, vestings are read before forfeitures: a forfeiture wins either way.
  std::stable_sort(agenda.begin(), agenda.end(), [](const Happening& a, const Happening& b) {
    if (a.day != b.day) return a.day < b.day;
    return !a.forfeiture && b.forfeiture;
  });

  std::vector<State> tranche_state(tranches.size(), State::unvested);
  std::vector<State> contingent_state(contingent.size(), State::unvested);
  std::size_t next = 0;
  if (!agenda.empty()) {
    for (Date day = agenda.front().day; day <= as_of; day = day + date::days{1}) {
      for (; next < agenda.size() && agenda[next].day == day; ++next) {
        const Happening& h = agenda[next];
        if (h.is_contingent) {
          contingent_state[h.index] = State::forfeited;
        } else if (h.forfeiture) {
          tranche_state[h.index] = State::forfeited;
        } else if (tranche_state[h.index] == State::unvested) {
          tranche_state[h.index] = State::vested;
        }
      }
      if (next == agenda.size()) break;  // nothing more can happen
    }
  }

  RefProjection p;
  for (std::size_t i = 0; i < tranches.size(); ++i) {
    switch (tranche_state[i]) {
      case State::unvested: p.unvested += tranches[i].shares; break;
      case State::vested: p.vested += tranches[i].shares; break;
      case State::forfeited: p.forfeited += tranches[i].shares; break;
    }
  }
  for (std::size_t j = 0; j < contingent.size(); ++j)
    (contingent_state[j] == State::forfeited ? p.forfeited : p.contingent) += contingent[j].shares;

  // The next vesting: keep walking from the day after as-of until a tranche
  // that is still unvested on the as-of day vests.
  if (!agenda.empty()) {
    const Date last_day = agenda.back().day;
    for (Date day = as_of + date::days{1}; day <= last_day && !p.next_vest_date; day = day + date::days{1}) {
      for (; next < agenda.size() && agenda[next].day == day; ++next) {
        const Happening& h = agenda[next];
        if (!h.forfeiture && !h.is_contingent && tranche_state[h.index] == State::unvested) {
          p.next_vest_date = day;
          p.next_vest_shares += tranches[h.index].shares;
        }
      }
    }
  }

  if (const auto& option = s.option()) {
    p.expired = option->expiration && as_of > *option->expiration;
    const bool window_over = s.termination() && option->post_termination_window &&
                             as_of > naive_window_end(*s.termination(), *option->post_termination_window);
    p.exercise_window_closed = window_over && !p.expired;
    if (!p.expired && !window_over) {
      const Amount can = option->early_exercisable ? s.total() - p.forfeited : p.vested;
      if (can > option->exercised) p.exercisable = can - option->exercised;
    }
  }
  return p;
}

}  // namespace vest::reference
