// Portfolios: millions of grants, queried as of a date or over a calendar.
//
// Most grants in a book share a handful of schedule *shapes*: "25% after a
// year, then monthly for three years" granted on thousands of different days
// in thousands of different sizes. A `Shape` holds what such grants have in
// common: the tranche dates as rules relative to an anchor day (k months or
// days after it, under one day-of-month policy) or as absolute days, and the
// exact cumulative fraction of the grant vested after each tranche as P_k / Q
// (integers). A grant is then a few machine words (32 bytes, stored as
// columns): its shares in fixed point (units of 1/10,000 share), its shape, its
// anchor day, its holder / issuer / security (dictionary ids) and an index
// into a side table of rare per-grant facts (termination, exercised shares,
// a catch-up gate, an expiration that is not a whole number of months after
// the anchor).
//
// Exactness: under cumulative round-down (the default), the engine vests
// floor(N·c_k) shares by tranche k, and exactly N·c_k when c_k = 1
// (allocation.hpp). So what has vested by tranche k of a grant of N shares is
// a closed form of (N, P_k, Q) and an as-of query is one table lookup plus at
// most one integer division per grant. Shapes are compiled by building a
// schedule with the engine and checked against it; schedules the closed form
// cannot express (the loaded policies, share-count portions) get a shape of
// their own holding the engine's cumulative amounts. Every share count on the
// hot path is an int64 in 1/10,000 share; anything that would not fit is
// rejected with a diagnostic, never rounded.
#pragma once

#include "engine/core/diagnostic.hpp"
#include "engine/core/schedule.hpp"
#include "engine/portfolio/fast_date.hpp"

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace vest::portfolio {

// 128-bit sums of fixed-point shares (GCC/Clang extension, named once here).
__extension__ typedef __int128 Wide;
__extension__ typedef unsigned __int128 UWide;

// Share counts on hot paths: int64 units of 1/10,000 share.
inline constexpr int kScaleDigits = 4;
inline constexpr std::int64_t kScale = 10000;
inline constexpr std::int32_t kNoDay = std::numeric_limits<std::int32_t>::min();
inline constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

// "1234.5" from fixed-point units; exact.
std::string fixed_to_string(std::int64_t units);
std::string fixed_to_string(Wide units);
// Parses "58,824", "47.5", "1234.5678" into fixed-point units; std::nullopt if
// malformed, more than 4 decimals, or out of int64 range.
std::optional<std::int64_t> parse_fixed(std::string_view text);

struct Shape {
  enum class Dates : std::uint8_t { relative_months, relative_days, absolute };
  enum class Amounts : std::uint8_t { round_down, round_half_up, exact, explicit_fixed };
  enum class Expiry : std::uint8_t { none, relative_months, absolute };

  Dates dates = Dates::absolute;
  Amounts amounts = Amounts::round_down;
  DayOfMonthPolicy policy;            // relative_months
  std::vector<std::int32_t> offsets;  // per dated tranche: months / days after the anchor, or a day number
  bool catch_up = false;              // tranches dated before the gate (grant date) vest on it
  // Cumulative fraction after tranche k (k = 0..n): P[k] / Q. P[0] = 0. 1 - P[n]/Q is contingent.
  std::vector<std::uint64_t> P;
  std::uint64_t Q = 1;
  std::uint64_t QS = kScale;          // Q * kScale, the divisor for whole-share floors (0 = needs 128-bit)
  std::uint64_t PS = kScale;          // P[n] * kScale, likewise for the split of the dated part
  std::int64_t exact_modulus = 1;     // Amounts::exact: N (fixed) must be a multiple
  bool two_step = false;              // see cumulative()
  // Amounts::explicit_fixed (one grant size): cumulative amounts, [0] = 0, and the total.
  std::vector<std::int64_t> cum_fixed;
  std::int64_t explicit_total = 0;
  bool is_option = false;
  bool early_exercisable = false;
  Expiry expiry = Expiry::none;
  std::int32_t expiry_value = 0;      // months after anchor, or a day number
  std::vector<std::string> contingent_conditions;
  std::string key;    // canonical text; equal keys share the shape
  std::string label;  // short human description

  std::size_t tranche_count() const { return offsets.size(); }
  bool has_contingent() const {
    return amounts == Amounts::explicit_fixed ? cum_fixed.back() != explicit_total : P.back() != Q;
  }

  // Scheduled date of tranche k (0-based) for a grant anchored at `anchor` (day number).
  std::int32_t tranche_day(const Civil& anchor_civil, std::int32_t anchor, std::size_t k) const {
    switch (dates) {
      case Dates::relative_months: return add_months_days(anchor_civil, offsets[k], policy);
      case Dates::relative_days: return anchor + offsets[k];
      case Dates::absolute: return offsets[k];
    }
    return offsets[k];
  }

  // Fixed-point shares vested once the first k tranches have vested (k = 0..n), grant of N units.
  // Under the cumulative policies the engine vests round(N·P_k/Q) by tranche k
  // and exactly the final amount at the end of the allocation (allocation.hpp);
  // the dated part D = round(N·P_n/Q) (N when nothing is contingent). Some
  // engine versions allocate in two steps instead — D first, then
  // round(D·P_k/P_n) within it; `two_step` records which closed form
  // compile_shape found to reproduce the engine. Half up is capped at the
  // final amount.
  std::int64_t cumulative(std::int64_t N, std::size_t k) const { return vested_after(N, dated_total(N), k); }
  // The same, given D = dated_total(N).
  std::int64_t vested_after(std::int64_t N, std::int64_t D, std::size_t k) const {
    if (k == 0) return 0;
    if (amounts == Amounts::explicit_fixed) return cum_fixed[k];
    if (k == offsets.size()) return D;
    if (two_step) {
      const std::int64_t v = scaled(D, P[k], P.back(), PS);
      return v > D ? D : v;
    }
    const std::int64_t v = scaled(N, P[k], Q, QS);
    return v > D ? D : v;
  }
  // Shares that are dated at all (the rest is contingent).
  std::int64_t dated_total(std::int64_t N) const {
    if (amounts == Amounts::explicit_fixed) return cum_fixed.back();
    const std::uint64_t pn = P.back();
    if (pn == Q) return N;
    const std::int64_t d = scaled(N, pn, Q, QS);
    return d > N ? N : d;  // half up may overshoot a fractional final amount: capped as the engine does
  }

  // round(N·p/q) to whole shares (or exact), N in fixed point; qs = q·kScale or 0.
  std::int64_t scaled(std::int64_t N, std::uint64_t p, std::uint64_t q, std::uint64_t qs) const {
    std::uint64_t t;
    const std::uint64_t n = static_cast<std::uint64_t>(N);
    if (qs != 0 && !__builtin_mul_overflow(n, p, &t)) {
      switch (amounts) {
        case Amounts::round_down: return static_cast<std::int64_t>(t / qs) * kScale;
        case Amounts::round_half_up:
          if (t <= std::numeric_limits<std::uint64_t>::max() - qs / 2)
            return static_cast<std::int64_t>((t + qs / 2) / qs) * kScale;
          break;
        case Amounts::exact: return static_cast<std::int64_t>(t / q);
        case Amounts::explicit_fixed: break;
      }
    }
    return scaled_wide(N, p, q);
  }
  std::int64_t scaled_wide(std::int64_t N, std::uint64_t p, std::uint64_t q) const;
};

// Rare per-grant facts, kept out of the 32-byte grant record.
struct GrantExtra {
  std::int32_t gate = kNoDay;         // catch-up gate (grant date) when it is not the anchor
  std::int32_t termination = kNoDay;
  std::int32_t expiration = kNoDay;   // overrides the shape's expiry
  std::uint32_t vested_at_termination = 0;  // tranches vested by the termination day
  std::int64_t exercised = 0;
};

enum class GroupBy : std::uint8_t { none, holder, issuer, security };
std::optional<GroupBy> parse_group_by(std::string_view s);
std::string_view to_string(GroupBy g);

// Interned strings (holders, issuers, securities). Ids are dense from 0.
// Open addressing over 32-bit ids with the hash kept beside each id: loading
// interns three names per row, so this is on the load's hot path.
class Dictionary {
 public:
  std::uint32_t intern(std::string_view s);
  const std::string& operator[](std::uint32_t id) const { return names_[id]; }
  std::size_t size() const { return names_.size(); }

 private:
  [[gnu::noinline]] std::uint32_t insert(std::string_view s, std::uint64_t hash);
  void grow();
  std::vector<std::string> names_;
  std::vector<std::uint64_t> slots_;  // (hash high 32 bits << 32) | (id + 1); 0 = empty
};

// One grant as the caller describes it to the builder (after parsing).
struct GrantRecord {
  std::string_view id;
  std::string_view holder;
  std::string_view issuer;
  std::string_view security;
  std::int64_t shares = 0;            // fixed point
  std::uint32_t shape = kNone;        // from PortfolioBuilder::add_shape
  std::int32_t anchor = 0;            // day number the shape's relative dates count from
  std::int32_t gate = kNoDay;         // catch-up gate (grant date) if the shape catches up
  std::int32_t termination = kNoDay;
  std::int32_t expiration = kNoDay;   // if not expressed by the shape
  std::int64_t exercised = 0;
};

class Portfolio {
 public:
  std::size_t size() const { return shares.size(); }
  std::string_view id(std::size_t i) const {
    return std::string_view(id_chars).substr(id_offsets[i], id_offsets[i + 1] - id_offsets[i]);
  }
  // Bytes of the compact grant columns (what a query streams), excluding ids and shapes.
  std::size_t compact_bytes() const {
    return size() * (sizeof(std::int64_t) + 6 * sizeof(std::uint32_t)) + extras.size() * sizeof(GrantExtra);
  }

  // The columns: one entry per grant.
  std::vector<std::int64_t> shares;
  std::vector<std::uint32_t> shape;
  std::vector<std::int32_t> anchor;
  std::vector<std::uint32_t> extra;
  std::vector<std::uint32_t> holder, issuer, security;

  std::vector<Shape> shapes;
  std::vector<std::int32_t> shape_lo, shape_hi;  // anchor range per shape
  std::vector<GrantExtra> extras;
  Dictionary holders, issuers, securities;
  std::string id_chars;
  std::vector<std::uint32_t> id_offsets{0};
};

// Reorders the grants by (shape, anchor day) so that a query walks each shape's
// grants together: its per-shape data stays in registers and the vested-tranche
// counts of neighbouring grants agree, so branches predict. Totals, groups and
// calendars do not depend on the order; per-grant listings come out in this order.
void cluster(Portfolio& p);

// The names a grouping's keys index (holders, issuers or securities); nullptr for GroupBy::none.
const Dictionary* group_keys(const Portfolio& p, GroupBy g);

class PortfolioBuilder {
 public:
  PortfolioBuilder() = default;
  // Registers a shape; equal keys return the same id.
  std::uint32_t add_shape(Shape shape);
  std::optional<std::uint32_t> find_shape(std::string_view key) const;
  const Shape& shape(std::uint32_t id) const { return p_.shapes[id]; }
  // Adds a grant; an error diagnostic (without location) if it cannot be represented.
  std::optional<Diagnostic> add(const GrantRecord& g);
  void reserve(std::size_t n);
  std::size_t size() const { return p_.size(); }
  // Appends another builder's grants after these, as if they had been added here
  // in their order: shapes, names and ids are mapped onto this builder's.
  void append(Portfolio&& other);
  Portfolio take() &&;

 private:
  Portfolio p_;
  std::unordered_map<std::string, std::uint32_t> shape_ids_;
};

// Compiles a validated spec into a shape for a grant anchored at `anchor`:
// builds it with the engine, expresses every tranche date relative to the
// anchor when it can (else as absolute days), and checks the closed form
// against the engine's tranches for this grant size. Returns the shape and the
// gate (catch-up grant date) to store with the grant, or diagnostics.
struct CompiledShape {
  Shape shape;
  std::int32_t gate = kNoDay;        // catch-up gate (the grant date) when the shape catches up
  std::int32_t expiration = kNoDay;  // option expiration not expressible by the shape
  std::int64_t exercised = 0;        // option shares already exercised
  bool shareable = true;             // false when the shape depends on this grant's size
};
// `month_policy`, when given, is the only day-of-month policy tried for
// month-relative dates (schedule parameters name theirs; a date that happens
// to match another policy at this anchor would not match it at the next).
// `day_units`: the dates count in days (or weeks) from the anchor and nothing else,
// so they are kept as day offsets even where they fall on month steps at this anchor
// ("all at +0d" does at every anchor); the shape then holds at every anchor.
Result<CompiledShape> compile_shape(const ScheduleSpec& spec, Date anchor,
                                    std::optional<DayOfMonthPolicy> month_policy = std::nullopt, bool day_units = false);

// What one grant holds as of a day, in fixed-point units.
struct Figures {
  std::int64_t total = 0, vested = 0, unvested = 0, contingent = 0, forfeited = 0, exercisable = 0;
  bool is_option = false;
  bool expired = false;
};

struct Totals {
  Wide vested = 0, unvested = 0, contingent = 0, forfeited = 0, exercisable = 0, total = 0;
  std::uint64_t grants = 0, expired = 0;
  void add(const Figures& f) {
    vested += f.vested; unvested += f.unvested; contingent += f.contingent;
    forfeited += f.forfeited; exercisable += f.exercisable; total += f.total;
    ++grants; expired += f.expired;
  }
  void add(const Totals& t) {
    vested += t.vested; unvested += t.unvested; contingent += t.contingent;
    forfeited += t.forfeited; exercisable += t.exercisable; total += t.total;
    grants += t.grants; expired += t.expired;
  }
  friend bool operator==(const Totals&, const Totals&) = default;
};

// An as-of query: per-shape tables computed once for the day, then O(1) per grant.
class AsOfQuery {
 public:
  AsOfQuery(const Portfolio& p, Date as_of);
  Date as_of() const { return from_days(day_); }
  Figures at(std::size_t i) const;
  // Totals over all grants and per group (indexed by dictionary id), on `threads` threads.
  struct Result {
    Totals totals;
    std::vector<Totals> groups;
  };
  Result run(GroupBy by, unsigned threads = 0, bool progress = false) const;

 private:
  struct PerShape {
    std::int32_t lo = 0;
    std::uint32_t thr = 0;        // offset into thr_: tranche k has vested for anchors <= thr_[thr + k]
    std::uint32_t j_const = 0;
    std::int32_t expired_upto = kNoDay;  // anchors <= this have expired (relative expiry)
    bool expired_const = false;
    // Hot copies of the shape, so that the common grant touches one small struct.
    std::uint32_t n = 0;
    bool catch_up = false, full = true, is_option = false, early = false, expiry_relative = false;
  };
  Figures figures(std::size_t i) const;  // the body of at(), inlined into run()
  const Portfolio& p_;
  std::int32_t day_;
  std::vector<PerShape> per_shape_;
  std::vector<std::int32_t> thr_;  // non-increasing per shape; a few KB, stays in cache
};

enum class CalendarUnit : std::uint8_t { day, week, month, quarter, year };
std::optional<CalendarUnit> parse_calendar_unit(std::string_view s);

struct Bucket {
  Date start, end;   // inclusive
  Wide shares = 0;
};
struct Calendar {
  std::vector<Bucket> buckets;
  // per issuer (dictionary id) when asked: issuer_shares[issuer][bucket]
  std::vector<std::vector<Wide>> issuer_shares;
};
// Shares vesting (vests_on within [from, to], not forfeited) per bucket.
Calendar vesting_calendar(const Portfolio& p, CalendarUnit unit, Date from, Date to, bool per_issuer,
                          unsigned threads = 0, bool progress = false);

struct TrancheOut {
  std::int32_t date;      // scheduled
  std::int32_t vests_on;
  std::int64_t shares;
  std::int64_t cumulative;  // not counting forfeited tranches
  bool forfeited;
};
// The materialised tranche table of grant i (zero tranches dropped, as the engine does).
// Returns the number written to `out` (resized as needed).
std::size_t tranches(const Portfolio& p, std::size_t i, std::vector<TrancheOut>& out);

unsigned default_threads();

}  // namespace vest::portfolio
