// An exact, validated vesting schedule.
//
// A `Schedule` comes only from `build_schedule`, which checks the spec
// (positive total, portions that fit the grant, sane counts and dates) and its
// own result (tranche dates strictly increasing, every amount positive, the
// dated tranches plus contingent portions summing exactly to the grant). On any
// failure it returns diagnostics quoting the values instead of a schedule.
// Once built, a schedule is immutable; events (events.hpp) produce new ones.
//
// Example (the seed option: 200,000 shares granted 2013-12-16):
//   spec.segments = { Lump{2014-12-16} of 1/4,
//                     Installments{anchor 2014-12-16, 1 month, 36} of remainder };
//   build_schedule(spec)->tranches(): 2014-12-16 50000, 2015-01-16 4166,
//                                     2015-02-16 4167, ... 2017-12-16 4167
#pragma once

#include "engine/core/schedule_spec.hpp"

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <span>
#include <vector>

namespace vest {

// The provenance of one tranche: indices into Schedule::provenance(), in the
// order they joined. Nearly always one or two, so up to two live inside the
// tranche and only a third moves them to the heap: a schedule of 48 monthly
// tranches is not 48 allocations.
class SourceList {
 public:
  using value_type = std::size_t;
  using const_iterator = const std::size_t*;
  using iterator = const_iterator;

  SourceList() = default;
  SourceList(std::initializer_list<std::size_t> sources) {
    for (std::size_t s : sources) push_back(s);
  }

  void push_back(std::size_t source) {
    if (heap_.empty() && size_ < kInline) inline_[size_++] = source;
    else push_back_to_heap(source);
  }
  std::size_t size() const { return heap_.empty() ? size_ : heap_.size(); }
  bool empty() const { return size() == 0; }
  const std::size_t* begin() const { return heap_.empty() ? inline_ : heap_.data(); }
  const std::size_t* end() const { return begin() + size(); }
  std::size_t operator[](std::size_t i) const { return begin()[i]; }
  friend bool operator==(const SourceList& a, const SourceList& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end());
  }

 private:
  void push_back_to_heap(std::size_t source);

  static constexpr std::size_t kInline = 2;
  std::size_t inline_[kInline] = {};
  std::size_t size_ = 0;           // elements in inline_ while heap_ is empty
  std::vector<std::size_t> heap_;  // every element, once there are more than kInline
};

class Schedule;
namespace detail {
// build_schedule once day rules are resolved (timing.hpp); `held[i]` is the day
// segment i's tranches are held until.
Result<Schedule> build_resolved(const ScheduleSpec& spec, const std::vector<std::optional<Date>>& held);
}  // namespace detail

struct Tranche {
  Date date;      // the scheduled date, as the footnote states it
  Date vests_on;  // when it counts as vested: `date`, or the grant date on catch-up, or an acceleration date
  Amount shares;
  SourceList sources;  // indices into Schedule::provenance()
  std::optional<Date> forfeited_on;  // set by a termination before vests_on
};

struct ContingentPortion {
  Amount shares;
  std::string condition;
  std::size_t source = 0;            // index into Schedule::provenance()
  std::optional<Date> forfeited_on;  // termination, or the unearned part after achievement
};

class Schedule {
 public:
  const Amount& total() const { return total_; }
  std::optional<Date> grant_date() const { return grant_date_; }
  AllocationPolicy policy() const { return policy_; }
  std::span<const Tranche> tranches() const { return tranches_; }
  std::span<const ContingentPortion> contingent() const { return contingent_; }
  std::span<const Provenance> provenance() const { return provenance_; }
  std::span<const Condition> conditions() const { return conditions_; }
  const std::optional<OptionTerms>& option() const { return option_; }
  std::optional<Date> termination() const { return termination_; }

  // Sum of the dated tranches.
  Amount dated_total() const;
  // Sum of the contingent portions.
  Amount contingent_total() const;
  // First tranche whose scheduled date is >= d (QuantLib-style lower_bound).
  const Tranche* lower_bound(Date d) const;

 private:
  friend Result<Schedule> detail::build_resolved(const ScheduleSpec& spec, const std::vector<std::optional<Date>>& held);
  friend class ScheduleEditor;
  Amount total_;
  std::optional<Date> grant_date_;
  AllocationPolicy policy_ = AllocationPolicy::cumulative_round_down;
  std::vector<Tranche> tranches_;
  std::vector<ContingentPortion> contingent_;
  std::vector<Provenance> provenance_;
  std::vector<Condition> conditions_;
  std::optional<OptionTerms> option_;
  std::optional<Date> termination_;
};

// The only way to make a Schedule. Errors carry codes such as
// "non_positive_total", "portions_exceed_grant", "portions_do_not_cover_grant",
// "invalid_count", "date_out_of_range", "dates_not_increasing".
Result<Schedule> build_schedule(const ScheduleSpec& spec);

// Checks the invariants of a schedule (used after every transformation and by
// tests): dates strictly increasing, amounts positive, exact sum to total.
Diagnostics check_invariants(const Schedule& s);

}  // namespace vest
