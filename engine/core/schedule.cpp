#include "engine/core/schedule.hpp"

#include "engine/core/timing.hpp"

#include <algorithm>
#include <numeric>

namespace vest {

namespace {

constexpr int kMaxInstallments = 10000;
constexpr int kMinYear = 1900, kMaxYear = 2200;

constexpr Date kFirstDay{date::year{kMinYear} / 1 / 1}, kLastDay{date::year{kMaxYear} / 12 / 31};

bool in_range(Date d) { return d >= kFirstDay && d <= kLastDay; }

std::string segment_label(std::size_t i, const Segment& s) {
  std::string label = "segment " + std::to_string(i + 1);
  if (!s.provenance.rule.empty()) label += " (" + std::string(s.provenance.rule.view()) + ")";
  return label;
}

// One dated piece before allocation: `multiplier` times the equal part of
// segment `source`.
struct Piece {
  Date date;
  int multiplier;
  std::size_t source;
};

struct Scratch {
  std::vector<Fraction> fractions, each;
  std::vector<Piece> pieces;
  std::vector<std::size_t> contingent, ends;
  std::vector<Amount> amounts;
  std::vector<std::int64_t> scale, numerators;  // allocate_small's
};

// The allocation on fixed-size integers (allocate_scaled) when it can be
// exact: every portion is a multiple of a segment's equal part or a contingent
// fraction, so over their common denominator L they are integers. All parts
// are positive and sum to at most 1, so no numerator exceeds L; the checked
// arithmetic below only guards that reasoning. False (nothing appended) when
// some value is not stored small, L exceeds 2^62, or the policy is not
// cumulative_round_down: the caller then takes the exact path.
bool allocate_small(const ScheduleSpec& spec, const std::vector<Fraction>& fractions,
                    const std::vector<Fraction>& each, const std::vector<Piece>& pieces,
                    const std::vector<std::size_t>& ends, const std::vector<std::size_t>& contingent,
                    std::vector<std::int64_t>& scale, std::vector<std::int64_t>& numerators,
                    std::vector<Amount>& amounts) {
  if (spec.policy != AllocationPolicy::cumulative_round_down) return false;
  constexpr std::int64_t kMaxDenominator = std::int64_t{1} << 62;
  const std::size_t n = spec.segments.size();
  // L: the least common denominator of the parts (false when one is not stored small or L grows too big).
  std::int64_t l = 1;
  const auto include = [&](const Fraction& part) {
    std::int64_t num = 0, den = 1;
    if (!part.rational().small_parts(num, den)) return false;
    const std::int64_t m = l / std::gcd(l, den);
    return !__builtin_mul_overflow(m, den, &l) && l <= kMaxDenominator;
  };
  for (std::size_t i = 0; i < n; ++i)
    if (!include(each[i])) return false;
  for (std::size_t c : contingent)
    if (!include(fractions[c])) return false;
  // A segment's part over L: its equal part, or its fraction when contingent.
  scale.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    std::int64_t num = 0, den = 1;
    (std::get_if<ContingentSegment>(&spec.segments[i].shape) ? fractions[i] : each[i]).rational().small_parts(num, den);
    if (__builtin_mul_overflow(num, l / den, &scale[i])) return false;
  }
  const std::size_t count = ends.size() + contingent.size();
  numerators.resize(count);
  for (std::size_t k = 0, p = 0; k < ends.size(); ++k) {
    std::int64_t sum = 0, part = 0;
    for (; p < ends[k]; ++p)
      if (__builtin_mul_overflow(std::int64_t{pieces[p].multiplier}, scale[pieces[p].source], &part) ||
          __builtin_add_overflow(sum, part, &sum))
        return false;
    numerators[k] = sum;
  }
  for (std::size_t j = 0; j < contingent.size(); ++j) numerators[ends.size() + j] = scale[contingent[j]];
  return allocate_scaled(spec.total_shares, numerators, l, spec.policy, amounts);
}

// Sum of share counts: whole counts in 64 bits while they fit (checked), the
// rest exactly.
template <class Items>
Amount sum_shares(const Items& items) {
  std::int64_t whole = 0, n = 0, d = 1, next = 0;
  auto it = items.begin();
  for (; it != items.end(); ++it) {
    if (!it->shares.rational().small_parts(n, d) || d != 1 || __builtin_add_overflow(whole, n, &next)) break;
    whole = next;
  }
  Amount sum(whole);
  for (; it != items.end(); ++it) sum += it->shares;
  return sum;
}
// The steps of build_schedule, in order: check the grant's terms, resolve every
// portion to a fraction of the grant, expand the segments into dated pieces
// (and contingent portions), group same-day pieces into tranches, allocate the
// shares; build_resolved then writes the Schedule.

// Step 1: the grant size, the segments, the grant date and the option terms a user typed.
void check_grant_terms(const ScheduleSpec& spec, Diagnostics& errors) {
  auto fail = [&](std::string code, std::string message) {
    errors.push_back(Diagnostic::error(std::move(code), std::move(message)));
  };
  if (spec.total_shares <= Amount(0))
    fail("non_positive_total", "grant size must be positive, got " + spec.total_shares.to_string());
  if (spec.segments.empty()) fail("no_segments", "a schedule needs at least one segment");
  if (spec.grant_date && !in_range(*spec.grant_date))
    fail("date_out_of_range", "grant date " + to_iso(*spec.grant_date) + " is outside 1900-2200");
  if (spec.option) {
    // Option terms a user typed: a negative price or an exercised count outside
    // [0, grant] would make "exercisable" a number that cannot be.
    const OptionTerms& o = *spec.option;
    if (o.exercise_price && o.exercise_price->is_negative())
      fail("negative_exercise_price", "exercise price " + o.exercise_price->to_string() + " is negative");
    if (o.exercised.is_negative()) fail("negative_exercised", "exercised shares " + o.exercised.to_string() + " are negative");
    else if (o.exercised > spec.total_shares)
      fail("exercised_exceeds_grant", "exercised shares " + o.exercised.to_string() + " exceed the grant of " +
                                          spec.total_shares.to_string());
  }
}

// Step 2: every portion as an exact fraction of the grant (`fractions[i]`), the
// remainder being what the others leave. False when a portion is invalid or
// they do not cover the grant exactly (the reasons in `errors`).
bool resolve_portions(const ScheduleSpec& spec, std::vector<Fraction>& fractions, Diagnostics& errors) {
  auto fail = [&](std::string code, std::string message) {
    errors.push_back(Diagnostic::error(std::move(code), std::move(message)));
  };
  Fraction explicit_sum;
  int remainder_segments = 0;
  fractions.assign(spec.segments.size(), Fraction());
  for (std::size_t i = 0; i < spec.segments.size(); ++i) {
    const auto& p = spec.segments[i].portion;
    switch (p.kind) {
      case Portion::Kind::fraction_of_grant:
        if (p.fraction <= Fraction(0) || p.fraction > Fraction(1))
          fail("invalid_portion", segment_label(i, spec.segments[i]) + ": portion " + p.fraction.to_string() +
                                      " of the grant is not in (0, 1]");
        fractions[i] = p.fraction;
        explicit_sum += p.fraction;
        break;
      case Portion::Kind::shares:
        if (p.shares <= Amount(0))
          fail("invalid_portion", segment_label(i, spec.segments[i]) + ": " + p.shares.to_string() +
                                      " shares is not a positive amount");
        else if (spec.total_shares > Amount(0))
          fractions[i] = p.shares / spec.total_shares;
        explicit_sum += fractions[i];
        break;
      case Portion::Kind::remainder:
        ++remainder_segments;
        break;
    }
  }
  if (remainder_segments > 1) fail("ambiguous_remainder", "more than one segment takes \"the remainder\"");
  if (explicit_sum > Fraction(1))
    fail("portions_exceed_grant", "portions add up to " + explicit_sum.to_string() + " of the grant, more than all of it");
  if (!errors.empty()) return false;
  if (remainder_segments == 1) {
    const Fraction rest = Fraction(1) - explicit_sum;
    if (rest.is_zero()) {
      fail("empty_remainder", "\"the remainder\" is empty: the other portions already cover the whole grant");
      return false;
    }
    for (std::size_t i = 0; i < spec.segments.size(); ++i)
      if (spec.segments[i].portion.kind == Portion::Kind::remainder) fractions[i] = rest;
  } else if (explicit_sum != Fraction(1)) {
    fail("portions_do_not_cover_grant", "portions add up to " + explicit_sum.to_string() +
                                            " of the grant, not all of it");
    return false;
  }
  return true;
}

// At least the number of dated pieces the segments expand into (invalid counts add none).
std::size_t count_pieces(const ScheduleSpec& spec) {
  std::size_t expected = 0;
  for (const auto& seg : spec.segments) {
    if (const auto* inst = std::get_if<InstallmentSegment>(&seg.shape))
      expected += inst->count > 0 && inst->count <= kMaxInstallments ? static_cast<std::size_t>(inst->count) : 0;
    else if (const auto* list = std::get_if<DateListSegment>(&seg.shape)) expected += list->dates.size();
    else ++expected;
  }
  return expected;
}

// An installment series' count, period, cliff, first step and day, and its reach within 1900-2200,
// checked before any date is computed. False (the reason in `errors`) when one is out of bounds.
bool check_installments(const InstallmentSegment& inst, std::size_t i, const Segment& seg, Diagnostics& errors) {
  const auto fail = [&](std::string code, std::string message) {
    errors.push_back(Diagnostic::error(std::move(code), segment_label(i, seg) + ": " + std::move(message)));
    return false;
  };
  if (inst.count < 1 || inst.count > kMaxInstallments)
    return fail("invalid_count", "installment count " + std::to_string(inst.count) + " is not in 1.." +
                                     std::to_string(kMaxInstallments));
  if (inst.period.count < 1) return fail("invalid_period", "period " + to_string(inst.period) + " is not positive");
  if (inst.cliff < 0 || inst.cliff > inst.count)
    return fail("invalid_cliff", "cliff of " + std::to_string(inst.cliff) + " installments exceeds the " +
                                     std::to_string(inst.count) + " installments");
  if (inst.first_step < 0)
    return fail("invalid_first_step", "first step " + std::to_string(inst.first_step) + " is negative");
  if (inst.day_policy.kind == DayOfMonthPolicy::Kind::fixed_day && (inst.day_policy.day < 1 || inst.day_policy.day > 31))
    return fail("invalid_day_policy", "fixed day of month " + std::to_string(inst.day_policy.day) + " is not in 1..31");
  // The last installment must stay within 1900-2200 (checked on the pieces); reject
  // spans that would overflow the step arithmetic before computing any date.
  const std::int64_t max_days = std::int64_t{366} * (kMaxYear - kMinYear + 1);
  const std::int64_t n = inst.period.count;  // positive and, below, bounded before any product
  const std::int64_t unit_days = inst.period.unit == PeriodUnit::days       ? n
                                 : inst.period.unit == PeriodUnit::weeks    ? n * 7
                                 : inst.period.unit == PeriodUnit::months   ? n * 31
                                 : inst.period.unit == PeriodUnit::quarters ? n * 93
                                                                            : n * 366;
  const std::int64_t last_step = std::int64_t{inst.first_step} + inst.count - 1;
  if (n > max_days || inst.first_step > max_days || unit_days * last_step > 2 * max_days)
    return fail("date_out_of_range", std::to_string(inst.count) + " installments of " + to_string(inst.period) +
                                         " from step " + std::to_string(inst.first_step) + " reach beyond 1900-2200");
  return true;
}

// Step 3: the segments as dated pieces and contingent portions. A segment's
// equal part (`each`) is computed once; a piece is a whole multiple of it (the
// installments paid together at a cliff), so that pieces stay small. A piece
// held until a later day (`held`, the double trigger) moves to that day.
void expand_segments(const ScheduleSpec& spec, const std::vector<std::optional<Date>>& held, Scratch& scratch,
                     Diagnostics& errors) {
  const std::vector<Fraction>& fractions = scratch.fractions;
  std::vector<Fraction>& each = scratch.each;
  std::vector<Piece>& pieces = scratch.pieces;
  std::vector<std::size_t>& contingent = scratch.contingent;  // segment indices
  each.assign(spec.segments.size(), Fraction());
  contingent.clear();
  pieces.resize(count_pieces(spec));  // written by index below, then cut to size
  std::size_t added = 0;              // pieces written
  for (std::size_t i = 0; i < spec.segments.size(); ++i) {
    const auto& seg = spec.segments[i];
    const std::optional<Date> hold = i < held.size() ? held[i] : std::nullopt;
    const auto held_date = [&](Date d) { return hold && d < *hold ? *hold : d; };
    if (const auto* lump = std::get_if<LumpSegment>(&seg.shape)) {
      each[i] = fractions[i];
      pieces[added++] = {held_date(lump->date), 1, i};
    } else if (const auto* inst = std::get_if<InstallmentSegment>(&seg.shape)) {
      if (!check_installments(*inst, i, seg, errors)) continue;
      each[i] = fractions[i] / Fraction(inst->count);
      const int first_paid = std::max(inst->cliff, 1);
      const Stepper at(inst->anchor, inst->period, inst->day_policy);
      for (int k = first_paid; k <= inst->count; ++k)
        pieces[added++] = {held_date(at(inst->first_step + k - 1)), k == first_paid ? first_paid : 1, i};
    } else if (const auto* list = std::get_if<DateListSegment>(&seg.shape)) {
      if (list->dates.empty()) {
        errors.push_back(Diagnostic::error("empty_date_list", segment_label(i, seg) + ": no dates"));
        continue;
      }
      each[i] = fractions[i] / Fraction(static_cast<std::int64_t>(list->dates.size()));
      for (Date d : list->dates) pieces[added++] = {held_date(d), 1, i};
    } else if (std::get_if<ContingentSegment>(&seg.shape)) {
      contingent.push_back(i);
    }
  }
  pieces.resize(added);
  for (const auto& p : pieces)
    if (!in_range(p.date))
      errors.push_back(Diagnostic::error("date_out_of_range", segment_label(p.source, spec.segments[p.source]) +
                                                                  ": date " + to_iso(p.date) + " is outside 1900-2200"));
}

// Step 4: same-day pieces of different segments vest as one tranche: tranche k
// is pieces [ends[k-1], ends[k]). Pieces mostly arrive in date order already
// (one segment, or segments in order), and then need no sort. Returns the
// number of dated tranches.
std::size_t group_same_day_pieces(std::vector<Piece>& pieces, std::vector<std::size_t>& ends) {
  const auto by_date = [](const Piece& a, const Piece& b) { return a.date < b.date; };
  if (!std::is_sorted(pieces.begin(), pieces.end(), by_date)) std::stable_sort(pieces.begin(), pieces.end(), by_date);
  ends.clear();
  for (std::size_t p = 0; p < pieces.size(); ++p)
    if (p + 1 == pieces.size() || pieces[p + 1].date != pieces[p].date) ends.push_back(p + 1);
  return ends.size();
}

// Step 5, the exact path (when allocate_small cannot be exact): every portion as a Fraction.
//
// Contingent portions go last in the allocation order so that the dated
// tranches carry the rounding as they would without them: under the
// cumulative policies dated tranche k is floor(N·c_k) − floor(N·c_{k−1}) over
// the whole grant, and the dated tranches sum to the dated part N·F rounded
// down (half up under cumulative_rounding).
//
// The loaded policies hand leftover shares to the first or last portions, so
// one allocation over dated and contingent portions together would move
// shares across that boundary (18 shares, half over four installments, half
// contingent, back_loaded: 2+2+2+2 dated and 10 contingent). For them the
// grant is first split cumulatively into the dated part (N·F rounded down)
// and the contingent portions, and the dated part is then allocated over the
// dated tranches with the policy. Without contingent portions both ways are
// the same single allocation.
void allocate_exact(const ScheduleSpec& spec, const Scratch& scratch, std::vector<Amount>& amounts) {
  const std::vector<Fraction>& fractions = scratch.fractions;
  const std::vector<Fraction>& each = scratch.each;
  const std::vector<Piece>& pieces = scratch.pieces;
  const std::vector<std::size_t>& contingent = scratch.contingent;
  const std::vector<std::size_t>& ends = scratch.ends;
  const std::size_t dated = ends.size();
  std::vector<Fraction> merged(dated);
  for (std::size_t k = 0, p = 0; k < dated; ++k)
    for (; p < ends[k]; ++p)
      merged[k] += pieces[p].multiplier == 1 ? each[pieces[p].source]
                                             : each[pieces[p].source] * Fraction(pieces[p].multiplier);
  const bool loaded = spec.policy == AllocationPolicy::front_loaded ||
                      spec.policy == AllocationPolicy::back_loaded ||
                      spec.policy == AllocationPolicy::front_loaded_to_single_tranche ||
                      spec.policy == AllocationPolicy::back_loaded_to_single_tranche;
  if (loaded && !contingent.empty() && !merged.empty()) {
    Fraction dated_fraction;
    for (const auto& m : merged) dated_fraction += m;
    std::vector<Fraction> split{dated_fraction};
    for (std::size_t c : contingent) split.push_back(fractions[c]);
    const std::vector<Amount> parts = allocate(spec.total_shares, split, AllocationPolicy::cumulative_round_down);
    std::vector<Fraction> within;
    for (const auto& m : merged) within.push_back(m / dated_fraction);
    amounts = allocate(parts[0], within, spec.policy);
    amounts.insert(amounts.end(), parts.begin() + 1, parts.end());
  } else {
    std::vector<Fraction> portions = std::move(merged);
    for (std::size_t c : contingent) portions.push_back(fractions[c]);
    amounts = allocate(spec.total_shares, portions, spec.policy);
  }
}

// Step 5: the shares of each dated tranche, then of each contingent portion, in `scratch.amounts`.
void allocate_shares(const ScheduleSpec& spec, Scratch& scratch) {
  std::vector<Amount>& amounts = scratch.amounts;
  amounts.clear();
  if (allocate_small(spec, scratch.fractions, scratch.each, scratch.pieces, scratch.ends, scratch.contingent,
                     scratch.scale, scratch.numerators, amounts))
    return;
  amounts.clear();
  allocate_exact(spec, scratch, amounts);
}
}  // namespace

void SourceList::push_back_to_heap(std::size_t source) {
  if (heap_.empty()) heap_.assign(inline_, inline_ + size_);
  heap_.push_back(source);
}

Amount Schedule::dated_total() const { return sum_shares(tranches_); }

Amount Schedule::contingent_total() const { return sum_shares(contingent_); }

const Tranche* Schedule::lower_bound(Date d) const {
  auto it = std::lower_bound(tranches_.begin(), tranches_.end(), d,
                             [](const Tranche& t, Date x) { return t.date < x; });
  return it == tranches_.end() ? nullptr : &*it;
}

namespace detail {
// build_schedule on a spec without day rules: the steps above, then the Schedule.
Result<Schedule> build_resolved(const ScheduleSpec& spec, const std::vector<std::optional<Date>>& held) {
  Diagnostics errors;
  check_grant_terms(spec, errors);
  if (!errors.empty()) return errors;
  // Working vectors reused from call to call on this thread: one schedule per
  // footnote would otherwise allocate them afresh each time.
  thread_local Scratch scratch;
  if (!resolve_portions(spec, scratch.fractions, errors)) return errors;
  expand_segments(spec, held, scratch, errors);
  if (!errors.empty()) return errors;
  const std::size_t dated = group_same_day_pieces(scratch.pieces, scratch.ends);
  allocate_shares(spec, scratch);
  const std::vector<Piece>& pieces = scratch.pieces;
  const std::vector<std::size_t>& ends = scratch.ends;
  const std::vector<std::size_t>& contingent = scratch.contingent;
  std::vector<Amount>& amounts = scratch.amounts;

  Schedule s;
  s.total_ = spec.total_shares;
  s.grant_date_ = spec.grant_date;
  s.policy_ = spec.policy;
  s.option_ = spec.option;
  s.conditions_ = spec.conditions;
  s.provenance_.reserve(spec.segments.size());
  for (const auto& seg : spec.segments) s.provenance_.push_back(seg.provenance);
  s.tranches_.reserve(dated);
  for (std::size_t k = 0, begin = 0; k < dated; begin = ends[k++]) {
    if (amounts[k].is_zero()) continue;  // its shares surface in a later tranche
    Tranche& t = s.tranches_.emplace_back();
    t.date = pieces[begin].date;
    t.vests_on = t.date;
    if (spec.catch_up_before_grant && spec.grant_date && t.date < *spec.grant_date) t.vests_on = *spec.grant_date;
    t.shares = std::move(amounts[k]);
    t.sources.push_back(pieces[begin].source);
    for (std::size_t p = begin + 1; p < ends[k]; ++p)
      if (std::find(t.sources.begin(), t.sources.end(), pieces[p].source) == t.sources.end())
        t.sources.push_back(pieces[p].source);
  }
  for (std::size_t j = 0; j < contingent.size(); ++j) {
    const Amount& a = amounts[dated + j];
    if (a.is_zero()) continue;
    const auto& seg = spec.segments[contingent[j]];
    const auto& c = std::get<ContingentSegment>(seg.shape);
    s.contingent_.push_back({a, c.condition, contingent[j], c.lapses_on});
  }

  Diagnostics post = check_invariants(s);
  if (has_errors(post)) return post;
  return s;
}
}  // namespace detail

Result<Schedule> build_schedule(const ScheduleSpec& spec) {
  if (!has_timing(spec)) return detail::build_resolved(spec, {});
  auto resolved = resolve_timing(spec);
  if (!resolved) return resolved.diagnostics();
  auto built = detail::build_resolved(resolved->spec, resolved->held_until);
  if (!built) return built;
  Diagnostics notes = resolved.diagnostics();
  notes.insert(notes.end(), built.diagnostics().begin(), built.diagnostics().end());
  return Result<Schedule>(std::move(built).value(), std::move(notes));
}

Diagnostics check_invariants(const Schedule& s) {
  Diagnostics out;
  const auto tranches = s.tranches();
  for (std::size_t i = 0; i < tranches.size(); ++i) {
    if (tranches[i].shares.is_negative() || tranches[i].shares.is_zero())
      out.push_back(Diagnostic::error("non_positive_tranche", "tranche " + std::to_string(i + 1) + " on " +
                                                                  to_iso(tranches[i].date) + " has " +
                                                                  tranches[i].shares.to_string() + " shares"));
    if (i > 0 && !(tranches[i - 1].date < tranches[i].date))
      out.push_back(Diagnostic::error("dates_not_increasing", "tranche dates not increasing: " +
                                                                  to_iso(tranches[i].date) + " after " +
                                                                  to_iso(tranches[i - 1].date)));
  }
  for (const auto& c : s.contingent())
    if (c.shares.is_negative() || c.shares.is_zero())
      out.push_back(Diagnostic::error("non_positive_tranche", "contingent portion \"" + c.condition + "\" has " +
                                                                  c.shares.to_string() + " shares"));
  const Amount sum = s.dated_total() + s.contingent_total();
  if (sum != s.total())
    out.push_back(Diagnostic::error("amounts_do_not_sum", "tranches and contingent portions sum to " +
                                                              sum.to_string() + ", grant is " + s.total().to_string()));
  return out;
}

}  // namespace vest
