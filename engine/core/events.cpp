#include "engine/core/events.hpp"

#include "engine/core/projection.hpp"

#include <algorithm>

namespace vest {

Date event_date(const Event& e) {
  return std::visit([](const auto& x) { return x.date; }, e);
}

// The only code besides build_schedule that writes a Schedule's fields; every
// transformation ends with check_invariants.
class ScheduleEditor {
 public:
  explicit ScheduleEditor(Schedule s) : s_(std::move(s)), original_count_(s_.contingent_.size()) {
    for (std::size_t i = 0; i < s_.contingent_.size(); ++i) original_.push_back(i);
  }

  Diagnostics apply(const Event& e) {
    return std::visit([&](const auto& x) { return apply_one(x); }, e);
  }
  Schedule take() && { return std::move(s_); }

 private:
  static std::string day(Date d) { return to_iso(d); }

  bool terminated_before(Date d) const { return s_.termination_ && *s_.termination_ < d; }

  std::size_t add_provenance(std::string rule) {
    s_.provenance_.push_back({std::move(rule), {}});
    return s_.provenance_.size() - 1;
  }

  // Inserts `shares` vesting on `d`, merging with a live tranche of that date.
  void add_tranche(Date d, const Amount& shares, std::size_t source) {
    auto& ts = s_.tranches_;
    auto it = std::lower_bound(ts.begin(), ts.end(), d, [](const Tranche& t, Date x) { return t.date < x; });
    if (it != ts.end() && it->date == d && !it->forfeited_on && it->vests_on == d) {
      it->shares += shares;
      it->sources.push_back(source);
      return;
    }
    if (it != ts.end() && it->date == d) {
      // A tranche with the same scheduled date exists but vests differently;
      // keep dates strictly increasing by folding into it only if it is live.
      it->shares += shares;
      it->sources.push_back(source);
      it->vests_on = std::min(it->vests_on, d);
      return;
    }
    Tranche t;
    t.date = d;
    t.vests_on = d;
    t.shares = shares;
    t.sources = {source};
    ts.insert(it, std::move(t));
  }

  Diagnostics apply_one(const Termination& e) {
    if (s_.termination_)
      return {Diagnostic::error("already_terminated", "termination on " + day(e.date) + " after termination on " +
                                                          day(*s_.termination_))};
    s_.termination_ = e.date;
    for (auto& t : s_.tranches_)
      if (t.vests_on > e.date && !t.forfeited_on) t.forfeited_on = e.date;
    for (auto& c : s_.contingent_)
      if (!c.forfeited_on) c.forfeited_on = e.date;
    return {};
  }

  Diagnostics apply_one(const Acceleration& e) {
    if (terminated_before(e.date))
      return {Diagnostic::error("event_after_termination", "acceleration on " + day(e.date) +
                                                               " is after the termination on " + day(*s_.termination_))};
    // Unvested tranches on that day, earliest first.
    std::vector<std::size_t> open;
    Amount unvested;
    for (std::size_t i = 0; i < s_.tranches_.size(); ++i) {
      const auto& t = s_.tranches_[i];
      if (t.vests_on > e.date && !t.forfeited_on) {
        open.push_back(i);
        unvested += t.shares;
      }
    }
    Amount take;
    switch (e.extent) {
      case Acceleration::Extent::full: take = unvested; break;
      case Acceleration::Extent::shares: take = e.shares; break;
      case Acceleration::Extent::percent_of_unvested:
        if (e.fraction_of_unvested < Fraction(0) || e.fraction_of_unvested > Fraction(1))
          return {Diagnostic::error("invalid_acceleration", "accelerated fraction " + e.fraction_of_unvested.to_string() +
                                                                " of unvested shares is not in [0, 1]")};
        take = e.fraction_of_unvested == Fraction(1) ? unvested : (unvested * e.fraction_of_unvested).floor();
        break;
    }
    if (take < Amount(0) || take > unvested)
      return {Diagnostic::error("acceleration_exceeds_unvested", "cannot accelerate " + take.to_string() +
                                                                     " shares on " + day(e.date) + ": only " +
                                                                     unvested.to_string() + " are unvested")};
    std::vector<Amount> from(open.size());
    if (take == unvested) {
      for (std::size_t k = 0; k < open.size(); ++k) from[k] = s_.tranches_[open[k]].shares;
    } else if (e.order == Acceleration::Order::pro_rata) {
      std::vector<Fraction> weights;
      for (auto i : open) weights.push_back(s_.tranches_[i].shares / unvested);
      // Cumulative round-down over the accelerated amount, as for a grant. That
      // never takes more than a tranche holds only when the tranches are whole
      // shares (floor(a+b) - floor(a) <= ceil(b) <= s_k); with fractional
      // tranches (2.5 and 0.5, taking 2) it would take 1 from the 0.5, so the
      // split is then exact instead.
      bool whole = take.is_integer();
      for (auto i : open) whole = whole && s_.tranches_[i].shares.is_integer();
      from = allocate(take, weights, whole ? AllocationPolicy::cumulative_round_down : AllocationPolicy::fractional);
    } else {
      Amount left = take;
      for (std::size_t n = 0; n < open.size() && left > Amount(0); ++n) {
        const std::size_t k = e.order == Acceleration::Order::ascending ? n : open.size() - 1 - n;
        const Amount& have = s_.tranches_[open[k]].shares;
        from[k] = have < left ? have : left;
        left -= from[k];
      }
    }
    const std::size_t source = add_provenance("acceleration on " + day(e.date));
    Amount moved;
    for (std::size_t k = 0; k < open.size(); ++k) {
      s_.tranches_[open[k]].shares -= from[k];
      moved += from[k];
    }
    std::erase_if(s_.tranches_, [](const Tranche& t) { return t.shares.is_zero(); });
    if (e.include_contingent && e.extent == Acceleration::Extent::full) {
      for (std::size_t j = s_.contingent_.size(); j-- > 0;)
        if (!s_.contingent_[j].forfeited_on) {
          moved += s_.contingent_[j].shares;
          erase_contingent(j);
        }
    }
    if (moved > Amount(0)) add_tranche(e.date, moved, source);
    return {};
  }

  Diagnostics apply_one(const Achievement& e) {
    if (terminated_before(e.date))
      return {Diagnostic::error("event_after_termination", "achievement on " + day(e.date) +
                                                               " is after the termination on " + day(*s_.termination_))};
    if (e.contingent_index >= original_count_)
      return {Diagnostic::error("no_such_contingent_portion",
                                "achievement names contingent portion " + std::to_string(e.contingent_index + 1) +
                                    " but the schedule has " + std::to_string(original_count_))};
    if (e.fraction_of_target < Fraction(0))
      return {Diagnostic::error("invalid_achievement", "achievement of " + e.fraction_of_target.to_string() +
                                                           " of target is negative")};
    const auto current = current_contingent(e.contingent_index);
    if (!current)
      return {Diagnostic::error("contingent_portion_closed", "contingent portion " +
                                                                 std::to_string(e.contingent_index + 1) +
                                                                 " was already earned or accelerated")};
    ContingentPortion& c = s_.contingent_[*current];
    if (c.forfeited_on)
      return {Diagnostic::error("contingent_portion_closed", "contingent portion \"" + c.condition +
                                                                 "\" was already forfeited on " + day(*c.forfeited_on))};
    const Amount target = c.shares;
    const Amount earned = e.fraction_of_target == Fraction(1) ? target : (target * e.fraction_of_target).floor();
    const std::size_t source = add_provenance("achievement of \"" + c.condition + "\" on " + day(e.date) + " at " +
                                              e.fraction_of_target.to_string() + " of target");
    // Above target the grant grows; below target the rest is forfeited on that day.
    if (earned > target) s_.total_ += earned - target;
    if (earned < target) {
      c.shares = target - earned;
      c.forfeited_on = e.date;
    } else {
      erase_contingent(*current);
    }
    if (earned > Amount(0)) add_tranche(e.date, earned, source);
    return {};
  }

  Diagnostics apply_one(const Exercise& e) {
    if (!s_.option_)
      return {Diagnostic::error("not_an_option", "exercise of " + e.shares.to_string() + " shares on " + day(e.date) +
                                                     " but the grant is not an option")};
    if (e.shares <= Amount(0))
      return {Diagnostic::error("invalid_exercise", "exercise of " + e.shares.to_string() + " shares on " + day(e.date))};
    // Exactly what a projection on that day calls exercisable: nothing after
    // expiration or after the post-termination window, and without the
    // forfeited shares of an early-exercisable option.
    const Amount available = project(s_, e.date).exercisable;
    if (e.shares > available)
      return {Diagnostic::error("exercise_exceeds_exercisable", "exercise of " + e.shares.to_string() + " shares on " +
                                                                    day(e.date) + " but only " + available.to_string() +
                                                                    " are exercisable")};
    s_.option_->exercised += e.shares;
    return {};
  }

  // Achievement::contingent_index names a portion of the schedule the events
  // were given for; portions are removed as they are earned or accelerated, so
  // keep the original index of every portion still present.
  void erase_contingent(std::size_t current) {
    s_.contingent_.erase(s_.contingent_.begin() + static_cast<std::ptrdiff_t>(current));
    original_.erase(original_.begin() + static_cast<std::ptrdiff_t>(current));
  }
  std::optional<std::size_t> current_contingent(std::size_t original) const {
    for (std::size_t j = 0; j < original_.size(); ++j)
      if (original_[j] == original) return j;
    return std::nullopt;
  }

  Schedule s_;
  std::size_t original_count_ = 0;
  std::vector<std::size_t> original_;  // original_[current index] = index in the input schedule
};

namespace {
const char* event_name(const Event& e) {
  return std::visit([](const auto& x) -> const char* {
    using T = std::decay_t<decltype(x)>;
    if constexpr (std::is_same_v<T, Termination>) return "termination";
    else if constexpr (std::is_same_v<T, Acceleration>) return "acceleration";
    else if constexpr (std::is_same_v<T, Achievement>) return "achievement";
    else return "exercise";
  }, e);
}
}  // namespace

Result<Schedule> apply_events(const Schedule& schedule, std::vector<Event> events) {
  // Date order; on one day termination comes last.
  // On one day: accelerations and achievements first (they change what is
  // vested), then exercises (so shares accelerated that day can be exercised
  // that day), then the termination.
  const auto rank = [](const Event& e) {
    return std::holds_alternative<Termination>(e) ? 2 : std::holds_alternative<Exercise>(e) ? 1 : 0;
  };
  std::stable_sort(events.begin(), events.end(), [&](const Event& a, const Event& b) {
    const Date da = event_date(a), db = event_date(b);
    if (da != db) return da < db;
    return rank(a) < rank(b);
  });
  ScheduleEditor editor(schedule);
  Diagnostics errors;
  for (const auto& e : events) {
    // Nothing can happen to a grant before it exists: shares would vest before
    // they were granted.
    if (schedule.grant_date() && event_date(e) < *schedule.grant_date()) {
      errors.push_back(Diagnostic::error("event_before_grant", std::string(event_name(e)) + " on " + to_iso(event_date(e)) +
                                                                   " is before the grant date " + to_iso(*schedule.grant_date())));
      continue;
    }
    Diagnostics d = editor.apply(e);
    errors.insert(errors.end(), d.begin(), d.end());
  }
  if (has_errors(errors)) return errors;
  Schedule out = std::move(editor).take();
  Diagnostics post = check_invariants(out);
  if (has_errors(post)) return post;
  return out;
}

}  // namespace vest
