#include "engine/core/projection.hpp"

namespace vest {

namespace {
bool forfeited_by(const std::optional<Date>& forfeited_on, Date as_of) {
  return forfeited_on && *forfeited_on <= as_of;
}
}  // namespace

std::optional<Date> last_exercise_day(const Schedule& schedule) {
  const auto& option = schedule.option();
  if (!option) return std::nullopt;
  std::optional<Date> last = option->expiration;
  if (schedule.termination() && option->post_termination_window) {
    const Period w = *option->post_termination_window;
    const Date end = step(*schedule.termination(), w, 1);
    if (!last || end < *last) last = end;
  }
  return last;
}

Projection project(const Schedule& schedule, Date as_of) {
  Projection p;
  p.as_of = as_of;
  p.total = schedule.total();
  for (const auto& t : schedule.tranches()) {
    if (forfeited_by(t.forfeited_on, as_of)) {
      p.forfeited += t.shares;
    } else if (t.vests_on <= as_of) {
      p.vested += t.shares;
    } else {
      p.unvested += t.shares;
      if (!p.next_vest_date || t.vests_on < *p.next_vest_date) {
        p.next_vest_date = t.vests_on;
        p.next_vest_shares = t.shares;
      } else if (t.vests_on == *p.next_vest_date) {
        p.next_vest_shares += t.shares;
      }
    }
  }
  for (const auto& c : schedule.contingent()) {
    if (forfeited_by(c.forfeited_on, as_of))
      p.forfeited += c.shares;
    else
      p.contingent += c.shares;
  }
  if (const auto& option = schedule.option()) {
    p.is_option = true;
    p.expired = option->expiration && as_of > *option->expiration;
    const auto last = last_exercise_day(schedule);
    p.exercise_window_closed = schedule.termination() && option->post_termination_window && last && as_of > *last &&
                               !p.expired;
    if (!(last && as_of > *last)) {
      const Amount base = option->early_exercisable ? p.total - p.forfeited : p.vested;
      const Amount left = base - option->exercised;
      p.exercisable = left > Amount(0) ? left : Amount(0);
    }
  }
  return p;
}

std::vector<TrancheRow> tranche_table(const Schedule& schedule) {
  std::vector<TrancheRow> rows;
  rows.reserve(schedule.tranches().size());
  Amount running;
  for (const auto& t : schedule.tranches()) {
    TrancheRow r;
    r.date = t.date;
    r.vests_on = t.vests_on;
    r.shares = t.shares;
    r.forfeited = t.forfeited_on.has_value();
    if (!r.forfeited) running += t.shares;
    r.cumulative = running;
    r.cumulative_fraction = running / schedule.total();
    rows.push_back(std::move(r));
  }
  return rows;
}

std::string percent_string(const Fraction& f, int decimals) {
  BigInt scale = 1;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  const Amount scaled = Amount(f.value() * 100 * BigRational(scale)).round_half_up();
  const Amount value(scaled.value() / BigRational(scale));
  return value.to_string();
}

}  // namespace vest
