#include "engine/ocf/compiled_terms.hpp"

#include <algorithm>
#include <numeric>
#include <optional>

namespace vest::ocf {
namespace {

__extension__ typedef __int128 i128;
constexpr std::int64_t kMaxDenominator = std::int64_t{1} << 40;
constexpr Date kFirstDay{date::year{1900} / 1 / 1}, kLastDay{date::year{2200} / 12 / 31};


constexpr bool is_leap(int y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }
constexpr int kMonthDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
constexpr int month_length(int y, int m) { return m == 2 && is_leap(y) ? 29 : kMonthDays[m - 1]; }

}  // namespace

MonthWalker::MonthWalker(Date anchor, DayOfMonthPolicy policy) {
  const date::year_month_day ymd{anchor};
  year_ = static_cast<int>(ymd.year());
  month_ = static_cast<int>(static_cast<unsigned>(ymd.month()));
  first_ = (anchor - date::days{static_cast<int>(static_cast<unsigned>(ymd.day())) - 1}).time_since_epoch().count();
  length_ = month_length(year_, month_);
  using K = DayOfMonthPolicy::Kind;
  switch (policy.kind) {
    case K::vesting_start_day: day_ = static_cast<int>(static_cast<unsigned>(ymd.day())); break;
    case K::vesting_start_day_minus_one:
      day_ = static_cast<int>(static_cast<unsigned>(ymd.day()));
      shift_ = -1;
      break;
    case K::last_day_of_month: day_ = 0; break;
    case K::first_day_of_month: day_ = 1; break;
    case K::fixed_day: day_ = static_cast<int>(policy.day) < 1 ? 1 : static_cast<int>(policy.day); break;
  }
}

Date MonthWalker::at(int months) {
  for (; months_ < months; ++months_) {
    first_ += length_;
    if (++month_ == 13) {
      month_ = 1;
      ++year_;
    }
    length_ = month_length(year_, month_);
  }
  const int d = day_ == 0 || day_ > length_ ? length_ : day_;
  return Date{date::days{first_ + d - 1 + shift_}};
}

void tranche_rows(const Schedule& s, std::vector<TrancheRow>& out) {
  out.clear();
  out.reserve(s.tranches().size());
  for (const auto& t : s.tranches()) out.push_back({t.date, t.vests_on, t.shares});
}

CompiledTerms::CompiledTerms(VestingTerms terms) : terms_(std::move(terms)) { compile(); }

void CompiledTerms::compile() {
  fast_ = false;
  steps_.clear();
  if (terms_.roots.size() != 1) return;
  struct At {
    int months = 0, days = 0;
    DayOfMonthPolicy policy;
  };
  std::vector<std::optional<At>> fired(terms_.conditions.size());
  std::vector<std::pair<Step, Fraction>> parts;
  std::size_t node = terms_.roots[0];
  for (bool first = true;; first = false) {
    const OcfCondition& c = terms_.conditions[node];
    if (c.has_quantity ? !c.quantity.is_zero() : c.remainder) return;
    At at;
    int n = 1, cliff = 1;
    if (c.trigger.type == TriggerType::vesting_start) {
      if (!first) return;
    } else if (c.trigger.type == TriggerType::relative) {
      if (!fired[c.trigger.relative_to]) return;
      at = *fired[c.trigger.relative_to];
      n = c.trigger.period.occurrences;
      cliff = std::max(c.trigger.period.cliff, 1);
    } else {
      return;  // absolute dates and events: the path may depend on the grant
    }
    const OcfPeriod& period = c.trigger.period;
    for (int k = cliff; k <= n; ++k) {
      At occ = at;
      if (c.trigger.type == TriggerType::relative) {
        if (period.months) {
          occ.months += k * period.length;
          occ.policy = period.day_of_month.policy();
        } else {
          occ.days += k * period.length;
        }
      }
      if (!c.has_quantity && !c.portion.is_zero())
        parts.push_back({Step{occ.months, occ.days, occ.policy, 0}, c.portion * Fraction(k == cliff ? cliff : 1)});
      if (k == n) fired[node] = occ;
    }
    if (c.next.size() > 1) return;
    if (c.next.empty()) break;
    node = c.next[0];
  }
  // One denominator for every part; the parts must cover the grant exactly.
  std::int64_t l = 1;
  Fraction sum;
  for (const auto& [step, f] : parts) {
    std::int64_t num = 0, den = 1;
    if (!f.rational().small_parts(num, den)) return;
    const i128 m = static_cast<i128>(l / std::gcd(l, den)) * den;
    if (m > kMaxDenominator) return;
    l = static_cast<std::int64_t>(m);
    sum += f;
  }
  if (sum != Fraction(1) || parts.empty()) return;
  for (auto& [step, f] : parts) {
    std::int64_t num = 0, den = 1;
    f.rational().small_parts(num, den);
    step.numerator = num * (l / den);
    steps_.push_back(step);
  }
  denominator_ = l;
  max_numerator_ = 1;
  for (const auto& step : steps_) max_numerator_ = std::max(max_numerator_, step.numerator);
  one_policy_ = std::all_of(steps_.begin(), steps_.end(), [&](const Step& s) { return s.policy == steps_.front().policy; });
  walkable_ = one_policy_;
  for (std::size_t k = 0; k < steps_.size(); ++k)
    walkable_ = walkable_ && steps_[k].days == 0 && steps_[k].months >= 0 && (k == 0 || steps_[k].months >= steps_[k - 1].months);
  monotone_ = walkable_;
  for (std::size_t k = 1; k < steps_.size(); ++k) monotone_ = monotone_ && steps_[k].months > steps_[k - 1].months;
  fast_ = true;
}

Diagnostics CompiledTerms::tranches(const OcfGrant& grant, std::vector<TrancheRow>& out) const {
  const auto generic = [&]() -> Diagnostics {
    out.clear();
    auto s = evaluate_terms(terms_, grant);
    if (!s) return s.diagnostics();
    tranche_rows(*s, out);
    return s.diagnostics();
  };
  const AllocationPolicy policy = terms_.allocation;
  std::int64_t tn = 0, td = 1;
  if (!fast_ || !grant.events.empty() || !grant.shares.rational().small_parts(tn, td) || tn <= 0 ||
      (policy != AllocationPolicy::cumulative_round_down &&
       !(policy == AllocationPolicy::cumulative_rounding && td == 1)))
    return generic();
  const Date start = grant.vesting_start.value_or(grant.grant_date);
  if (start < kFirstDay || start > kLastDay || grant.grant_date < kFirstDay || grant.grant_date > kLastDay)
    return generic();
  if (monotone_ && td == 1 && monotone_rows(grant, tn, out)) return {};

  // One pass: dates from the anchor, same-day steps merged (as build_schedule
  // merges them), each tranche allocated as it closes: amount k =
  // round(N·c_k) − round(N·c_{k−1}), the last one never rounded (it is N itself).
  // N·c_k / den is kept as quotient and remainder, advanced by each step's
  // N·numerator / den: a division only when a step's numerator differs from
  // the one before (twice for a cliff and a monthly series), not per tranche.
  const i128 den = static_cast<i128>(td) * denominator_;
  const bool half_up = policy == AllocationPolicy::cumulative_rounding;
  i128 quotient = 0, remainder = 0, step_quotient = 0, step_remainder = 0;
  std::int64_t step_numerator = -1, previous = 0;
  const std::size_t n = steps_.size();
  // Rows are written over the caller's previous rows (no destruction and
  // reconstruction of each Amount), then the vector is cut to size.
  std::size_t count = 0;
  const auto emit = [&](Date date, Amount shares) {
    const Date vests_on = date < grant.grant_date ? grant.grant_date : date;
    if (count < out.size()) {
      TrancheRow& row = out[count];
      row.date = date;
      row.vests_on = vests_on;
      row.shares = std::move(shares);
    } else {
      out.push_back({date, vests_on, std::move(shares)});
    }
    ++count;
  };
  Date pending{};
  const auto close = [&](bool last) {
    if (last) {
      const Amount rest = td == 1 ? Amount(tn - previous) : grant.shares - Amount(previous);
      if (!rest.is_zero()) emit(pending, rest);
      return;
    }
    const auto q = static_cast<std::int64_t>(quotient + (half_up && 2 * remainder >= den ? 1 : 0));
    if (q != previous) emit(pending, Amount(q - previous));
    previous = q;
  };
  const auto advance = [&](std::int64_t numerator) {
    if (numerator != step_numerator) {
      const i128 product = static_cast<i128>(tn) * numerator;
      step_quotient = product / den;
      step_remainder = product % den;
      step_numerator = numerator;
    }
    quotient += step_quotient;
    remainder += step_remainder;
    if (remainder >= den) {
      remainder -= den;
      ++quotient;
    }
  };
  const auto fall_back = [&] {
    out.clear();
    return generic();
  };
  MonthWalker walker(start, steps_.front().policy);
  std::optional<Stepper> stepper;
  if (!walkable_ && one_policy_) stepper.emplace(start, Period::months(1), steps_.front().policy);
  for (std::size_t k = 0; k < n; ++k) {
    const Step& s = steps_[k];
    const Date base = !s.months   ? start
                      : walkable_ ? walker.at(s.months)
                      : stepper   ? (*stepper)(s.months)
                                  : Stepper(start, Period::months(1), s.policy)(s.months);
    const Date d = base + date::days{s.days};
    if (k > 0 && d != pending) {
      if (d < pending) return fall_back();  // out of order: let the evaluator sort
      close(false);
    }
    if (d > kLastDay) return fall_back();
    pending = d;
    advance(s.numerator);
  }
  close(true);
  out.resize(count);
  return {};
}

// The common case in one tight loop: every step its own tranche, dates
// strictly increasing (months strictly increasing from the anchor), whole
// shares. Amount k = round(N·c_k) − round(N·c_{k−1}) as in tranches(), N·c_k/den
// advanced as quotient and remainder; rows written over the caller's.
bool CompiledTerms::monotone_rows(const OcfGrant& grant, std::int64_t shares, std::vector<TrancheRow>& out) const {
  const std::size_t n = steps_.size();
  const std::int64_t den = denominator_;  // td == 1: below 2^40
  const bool half_up = terms_.allocation == AllocationPolicy::cumulative_rounding;
  // N·numerator must stay in 64 bits (N < 2^62 / the largest numerator).
  if (shares > (std::int64_t{1} << 62) / max_numerator_) return false;
  const Date start = grant.vesting_start.value_or(grant.grant_date);
  MonthWalker walker(start, steps_.front().policy);
  if (out.size() < n) out.resize(n);
  TrancheRow* rows = out.data();
  std::size_t count = 0;
  std::int64_t quotient = 0, remainder = 0, step_quotient = 0, step_remainder = 0, step_numerator = -1, previous = 0;
  for (std::size_t k = 0; k < n; ++k) {
    const Step& s = steps_[k];
    if (s.numerator != step_numerator) {
      step_quotient = shares * s.numerator / den;
      step_remainder = shares * s.numerator % den;
      step_numerator = s.numerator;
    }
    quotient += step_quotient;
    remainder += step_remainder;
    if (remainder >= den) {
      remainder -= den;
      ++quotient;
    }
    const std::int64_t q = k + 1 == n ? shares : quotient + (half_up && 2 * remainder >= den ? 1 : 0);
    if (q == previous) continue;
    const Date last = s.months ? walker.at(s.months) : start;
    TrancheRow& row = rows[count++];
    row.date = last;
    row.vests_on = last < grant.grant_date ? grant.grant_date : last;
    row.shares = Amount(q - previous);
    previous = q;
  }
  // Past 2200 (the last step, even if it added nothing): the evaluator's error.
  if ((steps_.back().months ? walker.at(steps_.back().months) : start) > kLastDay) return false;
  out.resize(count);
  return true;
}

}  // namespace vest::ocf
