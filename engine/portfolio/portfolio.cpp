#include "engine/portfolio/portfolio.hpp"

#include "engine/core/projection.hpp"
#include "engine/portfolio/hash.hpp"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <numeric>
#include <thread>

namespace vest::portfolio {

namespace mp = boost::multiprecision;

// ---------------------------------------------------------------- numbers

namespace {
template <class I>
std::string fixed_string(I units) {
  const bool neg = units < 0;
  UWide u = neg ? static_cast<UWide>(-(units + 1)) + 1 : static_cast<UWide>(units);
  const unsigned frac = static_cast<unsigned>(u % kScale);
  u /= kScale;
  char buf[64];
  int n = 0;
  do {
    buf[n++] = static_cast<char>('0' + static_cast<int>(u % 10));
    u /= 10;
  } while (u != 0);
  std::string out;
  if (neg) out += '-';
  while (n > 0) out += buf[--n];
  if (frac != 0) {
    char f[5] = {static_cast<char>('0' + frac / 1000), static_cast<char>('0' + frac / 100 % 10),
                 static_cast<char>('0' + frac / 10 % 10), static_cast<char>('0' + frac % 10), 0};
    int len = 4;
    while (f[len - 1] == '0') --len;
    out += '.';
    out.append(f, static_cast<std::size_t>(len));
  }
  return out;
}
}  // namespace

std::string fixed_to_string(std::int64_t units) { return fixed_string(units); }
std::string fixed_to_string(Wide units) { return fixed_string(units); }

std::optional<std::int64_t> parse_fixed(std::string_view s) {
  if (s.empty()) return std::nullopt;
  if (s.size() <= 14) {
    // Plain digits (most share counts): 10^14 - 1 whole shares still fit in int64 units.
    std::uint64_t v = 0;
    std::size_t k = 0;
    for (; k < s.size(); ++k) {
      const unsigned d = static_cast<unsigned char>(s[k]) - 48u;
      if (d > 9) break;
      v = v * 10 + d;
    }
    if (k == s.size()) return static_cast<std::int64_t>(v * kScale);
  }
  std::size_t i = 0;
  std::uint64_t whole = 0;
  int digits = 0, group = -1;  // digits since the last comma; -1 = no comma seen
  bool any = false;
  for (; i < s.size() && s[i] != '.'; ++i) {
    const char c = s[i];
    if (c == ',') {
      if (!any || (group == -1 ? digits > 3 : digits != 3)) return std::nullopt;
      group = 0;
      digits = 0;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    if (__builtin_mul_overflow(whole, 10u, &whole) || __builtin_add_overflow(whole, static_cast<unsigned>(c - '0'), &whole))
      return std::nullopt;
    any = true;
    ++digits;
    if (group >= 0) ++group;
  }
  if (!any || (group >= 0 && digits != 3)) return std::nullopt;
  std::uint64_t frac = 0;
  int fd = 0;
  if (i < s.size()) {
    ++i;  // '.'
    if (i == s.size()) return std::nullopt;
    for (; i < s.size(); ++i) {
      const char c = s[i];
      if (c < '0' || c > '9') return std::nullopt;
      if (fd == kScaleDigits) {
        if (c != '0') return std::nullopt;  // more than 4 significant decimals: not representable
        continue;
      }
      frac = frac * 10 + static_cast<unsigned>(c - '0');
      ++fd;
    }
  }
  for (; fd < kScaleDigits; ++fd) frac *= 10;
  std::uint64_t units;
  if (__builtin_mul_overflow(whole, static_cast<std::uint64_t>(kScale), &units) || __builtin_add_overflow(units, frac, &units) ||
      units > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
    return std::nullopt;
  return static_cast<std::int64_t>(units);
}

std::int64_t Shape::scaled_wide(std::int64_t N, std::uint64_t p, std::uint64_t q) const {
  const UWide t = static_cast<UWide>(static_cast<std::uint64_t>(N)) * p;
  const UWide qs = static_cast<UWide>(q) * kScale;
  switch (amounts) {
    case Amounts::round_down: return static_cast<std::int64_t>(t / qs) * kScale;
    case Amounts::round_half_up: return static_cast<std::int64_t>((t + qs / 2) / qs) * kScale;
    case Amounts::exact: return static_cast<std::int64_t>(t / q);
    case Amounts::explicit_fixed: break;
  }
  return 0;
}

std::optional<GroupBy> parse_group_by(std::string_view s) {
  if (s == "none" || s.empty()) return GroupBy::none;
  if (s == "holder") return GroupBy::holder;
  if (s == "issuer") return GroupBy::issuer;
  if (s == "security") return GroupBy::security;
  return std::nullopt;
}

const Dictionary* group_keys(const Portfolio& p, GroupBy g) {
  switch (g) {
    case GroupBy::holder: return &p.holders;
    case GroupBy::issuer: return &p.issuers;
    case GroupBy::security: return &p.securities;
    case GroupBy::none: return nullptr;
  }
  return nullptr;
}

std::string_view to_string(GroupBy g) {
  switch (g) {
    case GroupBy::none: return "none";
    case GroupBy::holder: return "holder";
    case GroupBy::issuer: return "issuer";
    case GroupBy::security: return "security";
  }
  return "?";
}

std::optional<CalendarUnit> parse_calendar_unit(std::string_view s) {
  if (s == "day") return CalendarUnit::day;
  if (s == "week") return CalendarUnit::week;
  if (s == "month") return CalendarUnit::month;
  if (s == "quarter") return CalendarUnit::quarter;
  if (s == "year") return CalendarUnit::year;
  return std::nullopt;
}

unsigned default_threads() {
  const unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : n;
}

namespace {
std::uint64_t hash_name(std::string_view s) { return hash_bytes(s); }
}  // namespace

void Dictionary::grow() {
  std::vector<std::uint64_t> old;
  old.swap(slots_);
  slots_.assign(old.empty() ? 1024 : old.size() * 2, 0);
  const std::size_t mask = slots_.size() - 1;
  for (std::uint64_t e : old) {
    if (e == 0) continue;
    const std::uint32_t id = static_cast<std::uint32_t>(e) - 1;
    std::size_t at = hash_name(names_[id]) & mask;
    while (slots_[at] != 0) at = (at + 1) & mask;
    slots_[at] = e;
  }
}

namespace {
// a == b for the short names of a book without a call to memcmp: equal lengths,
// then overlapping word loads that stay inside both strings.
inline bool same_name(const std::string& a, std::string_view b) {
  const std::size_t n = a.size();
  if (n != b.size()) return false;
  const char* x = a.data();
  const char* y = b.data();
  auto load8 = [](const char* p) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
  };
  auto load4 = [](const char* p) {
    std::uint32_t w;
    std::memcpy(&w, p, 4);
    return w;
  };
  if (n >= 8 && n <= 16) return load8(x) == load8(y) && load8(x + n - 8) == load8(y + n - 8);
  if (n >= 4 && n < 8) return load4(x) == load4(y) && load4(x + n - 4) == load4(y + n - 4);
  return n > 16 ? std::memcmp(x, y, n) == 0 : std::equal(x, x + n, y);
}
}  // namespace

std::uint32_t Dictionary::intern(std::string_view s) {
  // The lookup stays small enough to inline; a new name takes the cold path.
  const std::uint64_t h = hash_name(s);
  if (!slots_.empty()) {
    const std::size_t mask = slots_.size() - 1;
    const std::uint64_t tag = h >> 32 << 32;
    for (std::size_t at = h & mask;; at = (at + 1) & mask) {
      const std::uint64_t e = slots_[at];
      if (e == 0) break;
      if ((e & ~std::uint64_t{0xffffffff}) == tag) {
        const std::uint32_t id = static_cast<std::uint32_t>(e) - 1;
        if (same_name(names_[id], s)) return id;
      }
    }
  }
  return insert(s, h);
}

std::uint32_t Dictionary::insert(std::string_view s, std::uint64_t h) {
  if ((names_.size() + 1) * 2 > slots_.size()) grow();
  const std::size_t mask = slots_.size() - 1;
  std::size_t at = h & mask;
  while (slots_[at] != 0) at = (at + 1) & mask;
  const auto id = static_cast<std::uint32_t>(names_.size());
  names_.emplace_back(s);
  slots_[at] = (h >> 32 << 32) | (static_cast<std::uint64_t>(id) + 1);
  return id;
}

// ---------------------------------------------------------------- builder

std::uint32_t PortfolioBuilder::add_shape(Shape shape) {
  if (auto it = shape_ids_.find(shape.key); it != shape_ids_.end()) return it->second;
  const auto id = static_cast<std::uint32_t>(p_.shapes.size());
  shape_ids_.emplace(shape.key, id);
  p_.shapes.push_back(std::move(shape));
  p_.shape_lo.push_back(std::numeric_limits<std::int32_t>::max());
  p_.shape_hi.push_back(std::numeric_limits<std::int32_t>::min());
  return id;
}

std::optional<std::uint32_t> PortfolioBuilder::find_shape(std::string_view key) const {
  if (auto it = shape_ids_.find(std::string(key)); it != shape_ids_.end()) return it->second;
  return std::nullopt;
}

void PortfolioBuilder::reserve(std::size_t n) {
  // Geometric, so that many small files still load in linear time.
  auto grow = [](auto& v, std::size_t m) {
    if (m > v.capacity()) v.reserve(std::max(m, v.capacity() * 2));
  };
  grow(p_.shares, n);
  grow(p_.shape, n);
  grow(p_.anchor, n);
  grow(p_.extra, n);
  grow(p_.holder, n);
  grow(p_.issuer, n);
  grow(p_.security, n);
  grow(p_.id_offsets, n + 1);
}

std::optional<Diagnostic> PortfolioBuilder::add(const GrantRecord& g) {
  if (g.shape >= p_.shapes.size()) return Diagnostic::error("no_shape", "grant has no schedule shape");
  const Shape& s = p_.shapes[g.shape];
  if (g.shares <= 0) return Diagnostic::error("non_positive_shares", "shares must be positive, got " + fixed_to_string(g.shares));
  // Keep N·P and the totals of the largest books within range: 10^14 units is 10^10 shares.
  if (g.shares > std::int64_t{100'000'000'000'000})
    return Diagnostic::error("shares_too_large", "shares " + fixed_to_string(g.shares) + " exceed the 10,000,000,000 limit of the fixed-point portfolio");
  if (s.amounts == Shape::Amounts::explicit_fixed && g.shares != s.explicit_total)
    return Diagnostic::error("shape_size_mismatch", "grant of " + fixed_to_string(g.shares) + " shares on a shape compiled for " +
                                                       fixed_to_string(s.explicit_total));
  if (s.amounts == Shape::Amounts::exact && g.shares % s.exact_modulus != 0)
    return Diagnostic::error("fraction_not_representable",
                             "fractional allocation of " + fixed_to_string(g.shares) + " shares gives tranches finer than 1/10,000 share");
  std::uint32_t extra = kNone;
  const bool needs_gate = s.catch_up && g.gate != kNoDay && g.gate != g.anchor;
  if (needs_gate || g.termination != kNoDay || g.expiration != kNoDay || g.exercised != 0) {
    GrantExtra e;
    e.gate = needs_gate ? g.gate : kNoDay;
    e.termination = g.termination;
    e.expiration = g.expiration;
    e.exercised = g.exercised;
    if (g.termination != kNoDay) {
      const Civil ac = civil_from_days(g.anchor);
      const std::int32_t gate = s.catch_up ? (needs_gate ? g.gate : g.anchor) : kNoDay;
      // Tranches vested by the termination day: vests_on does not decrease with k, so
      // the count is the first tranche vesting after it (binary search).
      std::size_t lo = 0, hi = s.tranche_count();
      while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (std::max(s.tranche_day(ac, g.anchor, mid), gate) > g.termination) hi = mid; else lo = mid + 1;
      }
      e.vested_at_termination = static_cast<std::uint32_t>(lo);
    }
    extra = static_cast<std::uint32_t>(p_.extras.size());
    p_.extras.push_back(e);
  }
  p_.shares.push_back(g.shares);
  p_.shape.push_back(g.shape);
  p_.anchor.push_back(g.anchor);
  p_.extra.push_back(extra);
  p_.holder.push_back(p_.holders.intern(g.holder));
  p_.issuer.push_back(p_.issuers.intern(g.issuer));
  p_.security.push_back(p_.securities.intern(g.security));
  p_.id_chars.append(g.id);
  p_.id_offsets.push_back(static_cast<std::uint32_t>(p_.id_chars.size()));
  p_.shape_lo[g.shape] = std::min(p_.shape_lo[g.shape], g.anchor);
  p_.shape_hi[g.shape] = std::max(p_.shape_hi[g.shape], g.anchor);
  return std::nullopt;
}

Portfolio PortfolioBuilder::take() && { return std::move(p_); }

void PortfolioBuilder::append(Portfolio&& o) {
  std::vector<std::uint32_t> shape_of(o.shapes.size());
  for (std::size_t s = 0; s < o.shapes.size(); ++s) {
    const std::uint32_t id = add_shape(std::move(o.shapes[s]));
    shape_of[s] = id;
    p_.shape_lo[id] = std::min(p_.shape_lo[id], o.shape_lo[s]);
    p_.shape_hi[id] = std::max(p_.shape_hi[id], o.shape_hi[s]);
  }
  auto names = [](Dictionary& into, const Dictionary& from) {
    std::vector<std::uint32_t> m(from.size());
    for (std::size_t k = 0; k < from.size(); ++k) m[k] = into.intern(from[static_cast<std::uint32_t>(k)]);
    return m;
  };
  const auto holder_of = names(p_.holders, o.holders), issuer_of = names(p_.issuers, o.issuers),
             security_of = names(p_.securities, o.securities);
  const auto extra0 = static_cast<std::uint32_t>(p_.extras.size());
  p_.extras.insert(p_.extras.end(), o.extras.begin(), o.extras.end());
  const std::size_t n = o.size();
  reserve(p_.size() + n);
  for (std::size_t i = 0; i < n; ++i) {
    p_.shares.push_back(o.shares[i]);
    p_.shape.push_back(shape_of[o.shape[i]]);
    p_.anchor.push_back(o.anchor[i]);
    p_.extra.push_back(o.extra[i] == kNone ? kNone : o.extra[i] + extra0);
    p_.holder.push_back(holder_of[o.holder[i]]);
    p_.issuer.push_back(issuer_of[o.issuer[i]]);
    p_.security.push_back(security_of[o.security[i]]);
  }
  const auto chars0 = static_cast<std::uint32_t>(p_.id_chars.size());
  p_.id_chars.append(o.id_chars);
  for (std::size_t i = 1; i < o.id_offsets.size(); ++i) p_.id_offsets.push_back(chars0 + o.id_offsets[i]);
}

void cluster(Portfolio& p) {
  const std::size_t n = p.size();
  std::vector<std::uint32_t> order(n);
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return p.shape[a] != p.shape[b] ? p.shape[a] < p.shape[b] : p.anchor[a] < p.anchor[b];
  });
  auto permute = [&](auto& column) {
    std::remove_reference_t<decltype(column)> out(n);
    for (std::size_t i = 0; i < n; ++i) out[i] = column[order[i]];
    column.swap(out);
  };
  permute(p.shares);
  permute(p.shape);
  permute(p.anchor);
  permute(p.extra);
  permute(p.holder);
  permute(p.issuer);
  permute(p.security);
  // Side-table entries in the new grant order, so that a query reads them sequentially too.
  std::vector<GrantExtra> extras;
  extras.reserve(p.extras.size());
  for (auto& x : p.extra)
    if (x != kNone) {
      extras.push_back(p.extras[x]);
      x = static_cast<std::uint32_t>(extras.size() - 1);
    }
  p.extras.swap(extras);
  std::string chars;
  chars.reserve(p.id_chars.size());
  std::vector<std::uint32_t> offsets{0};
  offsets.reserve(n + 1);
  for (std::size_t i = 0; i < n; ++i) {
    chars += p.id(order[i]);
    offsets.push_back(static_cast<std::uint32_t>(chars.size()));
  }
  p.id_chars.swap(chars);
  p.id_offsets.swap(offsets);
}

// ---------------------------------------------------------------- compiling shapes

namespace {

bool has_share_portions(const ScheduleSpec& spec) {
  for (const auto& s : spec.segments)
    if (s.portion.kind == Portion::Kind::shares) return true;
  return false;
}

bool has_day_periods(const ScheduleSpec& spec) {
  for (const auto& s : spec.segments)
    if (const auto* in = std::get_if<InstallmentSegment>(&s.shape))
      if (in->period.unit == PeriodUnit::days || in->period.unit == PeriodUnit::weeks) return true;
  return false;
}

// Expresses `days` relative to `anchor`; fills shape.dates/policy/offsets.
void relativize(Shape& shape, const std::vector<std::int32_t>& days, std::int32_t anchor, bool day_periods,
                std::optional<DayOfMonthPolicy> only, bool day_units) {
  const Civil ac = civil_from_days(anchor);
  std::vector<DayOfMonthPolicy> policies{DayOfMonthPolicy::vesting_start_day(), DayOfMonthPolicy::last_day_of_month()};
  if (only) policies = {*only};
  if (day_units) policies.clear();  // "+0d" falls on a month step at every anchor, but it is a day offset
  for (auto policy : policies) {
    std::vector<std::int32_t> off;
    bool ok = true;
    for (std::int32_t d : days) {
      const int m = month_index(civil_from_days(d)) - month_index(ac);
      if (add_months_days(ac, m, policy) != d) {
        ok = false;
        break;
      }
      off.push_back(m);
    }
    if (ok) {
      shape.dates = Shape::Dates::relative_months;
      shape.policy = policy;
      shape.offsets = std::move(off);
      return;
    }
  }
  shape.policy = DayOfMonthPolicy::vesting_start_day();
  shape.offsets.clear();
  if (day_periods) {
    shape.dates = Shape::Dates::relative_days;
    for (std::int32_t d : days) shape.offsets.push_back(d - anchor);
  } else {
    shape.dates = Shape::Dates::absolute;
    shape.offsets = days;
  }
}

std::string make_key(const Shape& s) {
  // Appends piece by piece (GCC 12 warns falsely on "literal" + std::string&& here).
  std::string k;
  k.reserve(64 + 12 * s.offsets.size());
  auto num = [&k](char sep, long long v) {
    k += sep;
    k += std::to_string(v);
  };
  k += static_cast<char>('0' + static_cast<int>(s.dates));
  k += static_cast<char>('0' + static_cast<int>(s.amounts));
  k += to_string(s.policy);
  k += s.catch_up ? "|c" : "|-";
  k += s.two_step ? "|2" : "|1";
  k += s.is_option ? (s.early_exercisable ? "|oe" : "|o") : "|s";
  num('x', static_cast<int>(s.expiry));
  num(':', s.expiry_value);
  k += "|d";
  for (auto o : s.offsets) num(',', o);
  if (s.amounts == Shape::Amounts::explicit_fixed) {
    num('t', s.explicit_total);
    k += "|a";
    for (auto c : s.cum_fixed) num(',', c);
  } else {
    num('q', static_cast<long long>(s.Q));
    k += "|p";
    for (auto p : s.P) num(',', static_cast<long long>(p));
  }
  for (const auto& c : s.contingent_conditions) {
    k += '|';
    k += c;
  }
  return k;
}

std::string make_label(const Shape& s) {
  std::string l = std::to_string(s.tranche_count()) + " tranche" + (s.tranche_count() == 1 ? "" : "s");
  switch (s.dates) {
    case Shape::Dates::relative_months:
      if (!s.offsets.empty())
        l += ", months +" + std::to_string(s.offsets.front()) + "..+" + std::to_string(s.offsets.back());
      break;
    case Shape::Dates::relative_days:
      if (!s.offsets.empty()) l += ", days +" + std::to_string(s.offsets.front()) + "..+" + std::to_string(s.offsets.back());
      break;
    case Shape::Dates::absolute:
      if (!s.offsets.empty()) l += ", " + to_iso(from_days(s.offsets.front())) + ".." + to_iso(from_days(s.offsets.back()));
      break;
  }
  if (s.has_contingent()) l += ", contingent";
  if (s.is_option) l += ", option";
  return l;
}

// The shape's tranches for one grant, in the engine's form, to check the closed form.
bool same_as_engine(const Shape& s, std::int64_t N, std::int32_t anchor, std::int32_t gate, const Schedule& sched,
                    std::string& why) {
  const Civil ac = civil_from_days(anchor);
  std::size_t e = 0;
  const auto et = sched.tranches();
  std::int64_t prev = 0;
  for (std::size_t k = 0; k < s.tranche_count(); ++k) {
    const std::int64_t cum = s.cumulative(N, k + 1);
    const std::int64_t amount = cum - prev;
    prev = cum;
    if (amount == 0) continue;
    std::int32_t day = s.tranche_day(ac, anchor, k);
    const std::int32_t sched_day = day;
    if (s.catch_up && gate != kNoDay) day = std::max(day, gate);
    if (e >= et.size()) {
      why = "more tranches than the engine's " + std::to_string(et.size());
      return false;
    }
    const auto fx = et[e].shares.to_fixed(kScaleDigits);
    if (!fx || *fx != amount || to_days(et[e].vests_on) != day || to_days(et[e].date) != sched_day) {
      why = "tranche " + std::to_string(e + 1) + ": engine " + to_iso(et[e].date) + " " + et[e].shares.to_string() +
            ", compiled " + to_iso(from_days(sched_day)) + " " + fixed_to_string(amount);
      return false;
    }
    ++e;
  }
  if (e != et.size()) {
    why = "fewer tranches than the engine's " + std::to_string(et.size());
    return false;
  }
  const auto ct = sched.contingent_total().to_fixed(kScaleDigits);
  if (!ct || *ct != N - s.dated_total(N)) {
    why = "contingent shares differ";
    return false;
  }
  return true;
}

// The option's terms in the shape (an expiry a whole number of months from the anchor) or
// beside it (any other expiry, exercised shares); a diagnostic for terms portfolios do not hold.
std::optional<Diagnostic> compile_option_terms(const OptionTerms& option, std::int32_t anchor, Shape& s, CompiledShape& out) {
  s.is_option = true;
  s.early_exercisable = option.early_exercisable;
  if (option.post_termination_window)
    return Diagnostic::error("unsupported_option_terms", "post-termination exercise windows are not supported in portfolios yet");
  if (option.expiration) {
    const std::int32_t exp = to_days(*option.expiration);
    const Civil ac = civil_from_days(anchor);
    const int m = month_index(civil_from_days(exp)) - month_index(ac);
    if (add_months_days(ac, m, DayOfMonthPolicy::vesting_start_day()) == exp) {
      s.expiry = Shape::Expiry::relative_months;
      s.expiry_value = m;
    } else {
      out.expiration = exp;  // kept with the grant, so that the shape stays shared
    }
  }
  if (!option.exercised.is_zero()) {
    const auto ex = option.exercised.to_fixed(kScaleDigits);
    if (!ex || *ex < 0)
      return Diagnostic::error("shares_not_representable", "exercised shares " + option.exercised.to_string() + " not representable");
    out.exercised = *ex;
  }
  return std::nullopt;
}

// Exact fractions per tranche (the same spec for one share, allocated fractionally) as cumulative
// numerators P over one denominator Q, and the tranches' days. Sets `explicit_amounts` when they do
// not fit in 64 bits (the grant's own amounts are kept then); the diagnostics when the one-share
// schedule cannot be built.
std::optional<Diagnostics> compile_unit_fractions(const ScheduleSpec& spec, Shape& s, std::vector<std::int32_t>& days,
                                                  bool& explicit_amounts) {
  ScheduleSpec unit = spec;
  unit.total_shares = Amount(1);
  unit.policy = AllocationPolicy::fractional;
  unit.grant_date.reset();
  unit.catch_up_before_grant = false;
  unit.option.reset();
  auto us = build_schedule(unit);
  if (!us) return us.diagnostics();
  BigInt q = 1;
  BigRational c = 0;
  std::vector<BigRational> cum{0};
  for (const auto& t : us->tranches()) {
    c += t.shares.value();
    cum.push_back(c);
    q = mp::lcm(q, mp::denominator(c));
    days.push_back(to_days(t.date));
  }
  if (q > BigInt(std::uint64_t{1} << 62)) {
    explicit_amounts = true;
    return std::nullopt;
  }
  s.Q = static_cast<std::uint64_t>(q);
  for (const auto& x : cum) s.P.push_back(static_cast<std::uint64_t>(mp::numerator(x) * (q / mp::denominator(x))));
  UWide qs = static_cast<UWide>(s.Q) * kScale;
  s.QS = qs > std::numeric_limits<std::uint64_t>::max() ? 0 : static_cast<std::uint64_t>(qs);
  const UWide ps = static_cast<UWide>(s.P.back()) * kScale;
  s.PS = ps > std::numeric_limits<std::uint64_t>::max() ? 0 : static_cast<std::uint64_t>(ps);
  if (s.amounts == Shape::Amounts::exact) {
    // N·P_k/Q must be whole units for every k: N a multiple of lcm(Q / gcd(Q, P_k)).
    std::uint64_t m = 1;
    for (auto p : s.P) {
      const std::uint64_t need = s.Q / std::gcd(s.Q, p == 0 ? s.Q : p);
      m = std::lcm(m, need);
      if (m > (std::uint64_t{1} << 62)) { explicit_amounts = true; break; }
    }
    s.exact_modulus = static_cast<std::int64_t>(m);
  }
  return std::nullopt;
}

// This grant's own amounts: the engine's tranches in fixed point (scheduled dates; catch-up is
// the gate's job), so the grant's size is part of the shape.
std::optional<Diagnostic> compile_own_amounts(const Schedule& actual, std::int64_t N, Shape& s, std::vector<std::int32_t>& days) {
  s.amounts = Shape::Amounts::explicit_fixed;
  s.P.clear();
  days.clear();
  s.cum_fixed = {0};
  std::int64_t running = 0;
  for (const auto& t : actual.tranches()) {
    const auto fx = t.shares.to_fixed(kScaleDigits);
    if (!fx)
      return Diagnostic::error("shares_not_representable", "tranche of " + t.shares.to_string() + " shares on " +
                                                               to_iso(t.date) + " is finer than 1/10,000 share");
    running += *fx;
    s.cum_fixed.push_back(running);
    days.push_back(to_days(t.date));
  }
  s.explicit_total = N;
  return std::nullopt;
}

// Why the shape does not reproduce the engine's schedule for this grant, or nothing when it does.
// With contingent portions the closed forms differ: the one kept (s.two_step) reproduces the
// engine for this grant and for a probe size that exposes rounding.
std::optional<std::string> disagreement_with_engine(const ScheduleSpec& spec, Shape& s, std::int64_t N, std::int32_t anchor,
                                                    std::int32_t gate, const Schedule& actual) {
  std::string why;
  if (s.amounts == Shape::Amounts::explicit_fixed || !s.has_contingent()) {
    if (!same_as_engine(s, N, anchor, gate, actual, why)) return why;
    return std::nullopt;
  }
  ScheduleSpec probe_spec = spec;
  probe_spec.total_shares = Amount(10000019, kScale);  // 1,000.0019 shares
  auto probe = build_schedule(probe_spec);
  for (bool two_step : {false, true}) {
    s.two_step = two_step;
    std::string w1, w2;
    if (same_as_engine(s, N, anchor, gate, actual, w1) && (!probe || same_as_engine(s, 10000019, anchor, gate, *probe, w2))) {
      s.key = make_key(s);
      return std::nullopt;
    }
    why = w1.empty() ? w2 : w1;
  }
  return why;
}

}  // namespace

Result<CompiledShape> compile_shape(const ScheduleSpec& spec, Date anchor_date, std::optional<DayOfMonthPolicy> month_policy,
                                    bool day_units) {
  const std::int32_t anchor = to_days(anchor_date);
  const auto N = spec.total_shares.to_fixed(kScaleDigits);
  if (!N || *N <= 0)
    return Result<CompiledShape>::failure(Diagnostic::error(
        "shares_not_representable", "grant size " + spec.total_shares.to_string() + " is not a positive multiple of 1/10,000 share"));

  // The engine's own schedule for this grant: the reference the shape must reproduce.
  auto actual = build_schedule(spec);
  if (!actual) return actual.diagnostics();

  CompiledShape out;
  Shape& s = out.shape;
  s.catch_up = spec.catch_up_before_grant && spec.grant_date.has_value();
  if (s.catch_up) out.gate = to_days(*spec.grant_date);
  if (spec.option)
    if (auto d = compile_option_terms(*spec.option, anchor, s, out)) return Result<CompiledShape>::failure(std::move(*d));
  for (const auto& c : actual->contingent()) s.contingent_conditions.push_back(c.condition);

  bool explicit_amounts = has_share_portions(spec);
  switch (spec.policy) {
    case AllocationPolicy::cumulative_round_down: s.amounts = Shape::Amounts::round_down; break;
    case AllocationPolicy::cumulative_rounding: s.amounts = Shape::Amounts::round_half_up; break;
    case AllocationPolicy::fractional: s.amounts = Shape::Amounts::exact; break;
    default: explicit_amounts = true; break;
  }
  std::vector<std::int32_t> days;
  if (!explicit_amounts)
    if (auto ds = compile_unit_fractions(spec, s, days, explicit_amounts)) return std::move(*ds);
  if (explicit_amounts) {
    if (auto d = compile_own_amounts(*actual, *N, s, days)) return Result<CompiledShape>::failure(std::move(*d));
    out.shareable = false;
  }
  relativize(s, days, anchor, day_units || has_day_periods(spec), month_policy, day_units);
  s.key = make_key(s);
  s.label = make_label(s);
  if (auto why = disagreement_with_engine(spec, s, *N, anchor, out.gate, *actual))
    return Result<CompiledShape>::failure(Diagnostic::error("shape_mismatch", "compiled shape disagrees with the engine: " + *why));
  return out;
}

// ---------------------------------------------------------------- as-of

namespace {
// Largest a in [lo, hi] with f(a) <= limit for a non-decreasing f; lo - 1 if none.
template <class F>
std::int32_t last_at_most(std::int32_t lo, std::int32_t hi, std::int32_t limit, F f) {
  if (f(lo) > limit) return lo - 1;
  while (lo < hi) {
    const std::int32_t mid = lo + (hi - lo + 1) / 2;
    if (f(mid) <= limit) lo = mid; else hi = mid - 1;
  }
  return lo;
}
}  // namespace

AsOfQuery::AsOfQuery(const Portfolio& p, Date as_of) : p_(p), day_(to_days(as_of)) {
  per_shape_.resize(p.shapes.size());
  for (std::size_t si = 0; si < p.shapes.size(); ++si) {
    const Shape& s = p.shapes[si];
    PerShape& q = per_shape_[si];
    const std::int32_t lo = p.shape_lo[si], hi = p.shape_hi[si];
    q.n = static_cast<std::uint32_t>(s.tranche_count());
    q.catch_up = s.catch_up;
    q.full = !s.has_contingent() && s.amounts != Shape::Amounts::explicit_fixed;
    q.is_option = s.is_option;
    q.early = s.early_exercisable;
    q.expiry_relative = s.expiry == Shape::Expiry::relative_months;
    if (lo > hi) continue;  // no grants
    q.lo = lo;
    const std::size_t n = s.tranche_count();
    q.thr = static_cast<std::uint32_t>(thr_.size());
    if (s.dates == Shape::Dates::absolute) {
      // The same for every anchor: vested tranches have an infinite threshold.
      const std::size_t j = static_cast<std::size_t>(std::upper_bound(s.offsets.begin(), s.offsets.end(), day_) - s.offsets.begin());
      for (std::size_t k = 0; k < n; ++k)
        thr_.push_back(k < j ? std::numeric_limits<std::int32_t>::max() : std::numeric_limits<std::int32_t>::min());
    } else {
      // Tranche k has vested for anchors a <= t_k; t_k does not increase with k.
      for (std::size_t k = 0; k < n; ++k)
        thr_.push_back(last_at_most(lo, hi, day_, [&](std::int32_t a) { return s.tranche_day(civil_from_days(a), a, k); }));
    }
    if (s.expiry == Shape::Expiry::absolute) {
      q.expired_const = s.expiry_value < day_;
    } else if (s.expiry == Shape::Expiry::relative_months) {
      // Expired when anchor + m months < as_of, i.e. <= as_of - 1.
      q.expired_upto = last_at_most(lo, hi, day_ - 1, [&](std::int32_t a) {
        return add_months_days(civil_from_days(a), s.expiry_value, DayOfMonthPolicy::vesting_start_day());
      });
    }
  }
}

[[gnu::always_inline]] inline Figures AsOfQuery::figures(std::size_t i) const {
  const std::uint32_t si = p_.shape[i];
  const PerShape& q = per_shape_[si];
  const std::int64_t N = p_.shares[i];
  const std::int32_t a = p_.anchor[i];
  const std::uint32_t x = p_.extra[i];
  // Tranches vested: #{k : thr[k] >= a}, thresholds non-increasing. Most grants are
  // fully vested or not started; the rest take a branch-free binary search.
  std::uint32_t j;
  const std::int32_t* t = thr_.data() + q.thr;
  if (q.n == 0 || a > t[0]) {
    j = 0;
  } else if (a <= t[q.n - 1]) {
    j = q.n;
  } else {
    const std::int32_t* base = t;
    std::uint32_t len = q.n;
    while (len > 1) {
      const std::uint32_t half = len / 2;
      base = base[half] >= a ? base + half : base;
      len -= half;
    }
    j = static_cast<std::uint32_t>(base - t) + 1;
  }
  std::int32_t gate = a;
  std::int64_t exercised = 0;
  bool terminated = false;
  bool expired = q.expiry_relative ? a <= q.expired_upto : q.expired_const;
  if (x != kNone) {
    const GrantExtra& e = p_.extras[x];
    if (e.gate != kNoDay) gate = e.gate;
    if (e.termination != kNoDay) {
      j = std::min(j, e.vested_at_termination);
      terminated = e.termination <= day_;
    }
    if (e.expiration != kNoDay) expired = e.expiration < day_;
    exercised = e.exercised;
  }
  j = q.catch_up && gate > day_ ? 0 : j;
  Figures f;
  f.total = N;
  std::int64_t D = N;
  if (q.full) {
    f.vested = j == 0 ? 0 : j >= q.n ? N : p_.shapes[si].vested_after(N, N, j);
  } else {
    const Shape& s = p_.shapes[si];
    D = s.dated_total(N);
    f.vested = j == 0 ? 0 : j >= q.n ? D : s.vested_after(N, D, j);
  }
  f.forfeited = terminated ? N - f.vested : 0;
  f.unvested = terminated ? 0 : D - f.vested;
  f.contingent = terminated ? 0 : N - D;
  f.is_option = q.is_option;
  f.expired = q.is_option && expired;
  const std::int64_t left = (q.early ? N - f.forfeited : f.vested) - exercised;
  f.exercisable = q.is_option && !expired && left > 0 ? left : 0;
  return f;
}

Figures AsOfQuery::at(std::size_t i) const { return figures(i); }

namespace {

const std::vector<std::uint32_t>* group_column(const Portfolio& p, GroupBy by) {
  switch (by) {
    case GroupBy::holder: return &p.holder;
    case GroupBy::issuer: return &p.issuer;
    case GroupBy::security: return &p.security;
    case GroupBy::none: return nullptr;
  }
  return nullptr;
}

std::size_t group_count(const Portfolio& p, GroupBy by) {
  switch (by) {
    case GroupBy::holder: return p.holders.size();
    case GroupBy::issuer: return p.issuers.size();
    case GroupBy::security: return p.securities.size();
    case GroupBy::none: return 0;
  }
  return 0;
}

// Runs body(begin, end, thread_index) over [0, n) split in `threads` contiguous chunks.
template <class Body>
void parallel_chunks(std::size_t n, unsigned threads, Body body) {
  if (threads == 0) threads = default_threads();
  if (n < 65536 || threads == 1) {
    body(std::size_t{0}, n, 0u);
    return;
  }
  std::vector<std::thread> pool;
  const std::size_t chunk = (n + threads - 1) / threads;
  for (unsigned t = 1; t < threads; ++t) {
    const std::size_t b = std::min(n, t * chunk), e = std::min(n, (t + 1) * chunk);
    pool.emplace_back([&, b, e, t] { body(b, e, t); });
  }
  body(0, std::min(n, chunk), 0u);
  for (auto& th : pool) th.join();
}

// Progress on stderr, from thread 0 only (the caller decides whether stderr is a terminal).
struct Progress {
  bool on;
  const char* what;
  void show(std::size_t done, std::size_t total) const {
    if (on && total > 0) std::fprintf(stderr, "\r%s: %3zu%%", what, done * 100 / total);
  }
  void finish() const {
    if (on) std::fprintf(stderr, "\r%s: done\n", what);
  }
};

}  // namespace

AsOfQuery::Result AsOfQuery::run(GroupBy by, unsigned threads, bool progress) const {
  if (threads == 0) threads = default_threads();
  const auto* col = group_column(p_, by);
  const std::size_t ng = group_count(p_, by);
  std::vector<Totals> part(threads);
  std::vector<std::vector<Totals>> groups(threads);
  const Progress pr{progress, "as-of"};
  parallel_chunks(p_.size(), threads, [&](std::size_t b, std::size_t e, unsigned t) {
    Totals tot;
    std::vector<Totals>& g = groups[t];
    if (col) g.assign(ng, Totals{});
    // Blocks of 8192 grants sum in int64 (grants are at most 10^14 units) before
    // they are added to the 128-bit totals.
    constexpr std::size_t kBlock = 8192;
    std::size_t since_progress = 0;
    for (std::size_t lo = b; lo < e; lo += kBlock) {
      const std::size_t hi = std::min(e, lo + kBlock);
      if (col) {
        for (std::size_t i = lo; i < hi; ++i) {
          const Figures f = figures(i);
          tot.add(f);
          g[(*col)[i]].add(f);
        }
      } else {
        std::int64_t sv = 0, su = 0, sc = 0, sf = 0, se = 0, st = 0;
        std::uint64_t expired = 0;
        // Grants without side-table facts take a loop specialised per shape run (the
        // portfolio is clustered by shape); the others go through figures().
        std::uint32_t cur = kNone;
        const PerShape* q = nullptr;
        const Shape* sp = nullptr;
        const std::int32_t* thr = nullptr;
        for (std::size_t i = lo; i < hi; ++i) {
          if (p_.extra[i] != kNone) {
            const Figures f = figures(i);
            sv += f.vested;
            su += f.unvested;
            sc += f.contingent;
            sf += f.forfeited;
            se += f.exercisable;
            st += f.total;
            expired += f.expired;
            continue;
          }
          const std::uint32_t si = p_.shape[i];
          if (si != cur) {
            cur = si;
            q = &per_shape_[si];
            sp = &p_.shapes[si];
            thr = thr_.data() + q->thr;
          }
          const std::int64_t N = p_.shares[i];
          const std::int32_t a = p_.anchor[i];
          const std::uint32_t n = q->n;
          std::uint32_t j;
          if (n == 0 || a > thr[0]) {
            j = 0;
          } else if (a <= thr[n - 1]) {
            j = n;
          } else {
            const std::int32_t* base = thr;
            std::uint32_t len = n;
            while (len > 1) {
              const std::uint32_t half = len / 2;
              base = base[half] >= a ? base + half : base;
              len -= half;
            }
            j = static_cast<std::uint32_t>(base - thr) + 1;
          }
          if (q->catch_up && a > day_) j = 0;
          const std::int64_t D = q->full ? N : sp->dated_total(N);
          const std::int64_t v = j == 0 ? 0 : j >= n ? D : sp->vested_after(N, D, j);
          sv += v;
          su += D - v;
          sc += N - D;
          st += N;
          if (q->is_option) {
            const bool x = q->expiry_relative ? a <= q->expired_upto : q->expired_const;
            expired += x;
            if (!x) se += q->early ? N : v;
          }
        }
        const std::uint64_t n = hi - lo;
        tot.forfeited += sf;
        tot.vested += sv;
        tot.unvested += su;
        tot.contingent += sc;
        tot.exercisable += se;
        tot.total += st;
        tot.grants += n;
        tot.expired += expired;
      }
      if (t == 0 && (since_progress += hi - lo) >= (1u << 20)) {
        since_progress = 0;
        pr.show(hi - b, e - b);
      }
    }
    part[t] = tot;
  });
  pr.finish();
  Result r;
  for (const auto& t : part) r.totals.add(t);
  if (col) {
    r.groups.assign(ng, Totals{});
    for (const auto& g : groups)
      for (std::size_t k = 0; k < g.size(); ++k) r.groups[k].add(g[k]);
  }
  return r;
}

// ---------------------------------------------------------------- calendar and tranches

namespace {

std::int32_t bucket_start(std::int32_t d, CalendarUnit u, std::int32_t from) {
  const Civil c = civil_from_days(d);
  switch (u) {
    case CalendarUnit::day: return d;
    case CalendarUnit::week: return d - (d - from) % 7;
    case CalendarUnit::month: return days_from_civil(c.y, c.m, 1);
    case CalendarUnit::quarter: return days_from_civil(c.y, (c.m - 1) / 3 * 3 + 1, 1);
    case CalendarUnit::year: return days_from_civil(c.y, 1, 1);
  }
  return d;
}

// Walks the cumulative amounts of one grant tranche by tranche. Under the
// rounding policies, floor((D·P_k + offset) / (P_n·10^4)) is kept as a quotient
// and remainder and advanced by D·(P_{k+1} − P_k), which is divided only when
// the step changes (equal installments: once) — the same integers as
// Shape::within_dated, without a division per tranche.
class CumulativeWalker {
 public:
  CumulativeWalker(const Shape& s, std::int64_t N, std::int64_t D, std::size_t k0)
      : s_(s), N_(N), D_(D), k_(k0), base_(s.two_step ? D : N), div_(s.two_step ? s.PS : s.QS) {
    const bool rounding = s.amounts == Shape::Amounts::round_down || s.amounts == Shape::Amounts::round_half_up;
    std::uint64_t top;
    if (rounding && div_ != 0 && base_ >= 0 && !__builtin_mul_overflow(static_cast<std::uint64_t>(base_), s.P.back(), &top) &&
        top <= std::numeric_limits<std::uint64_t>::max() / 2 - div_) {
      inc_ = true;
      const std::uint64_t t = static_cast<std::uint64_t>(base_) * s.P[k0] + (s.amounts == Shape::Amounts::round_half_up ? div_ / 2 : 0);
      // From the first tranche (P[0] = 0) t is at most div_ / 2: no division.
      q_ = t < div_ ? 0 : t / div_;
      r_ = t < div_ ? t : t % div_;
    }
  }
  // Cumulative amount after the next tranche.
  std::int64_t next() {
    if (!inc_) return s_.vested_after(N_, D_, ++k_);
    const std::uint64_t dp = s_.P[k_ + 1] - s_.P[k_];
    if (dp != last_dp_) {
      const std::uint64_t x = static_cast<std::uint64_t>(base_) * dp;
      a_ = x / div_;
      b_ = x % div_;
      last_dp_ = dp;
    }
    q_ += a_;
    r_ += b_;
    const std::uint64_t carry = r_ >= div_;  // a select, not a branch: the pattern is data-dependent
    q_ += carry;
    r_ -= div_ & (0 - carry);
    ++k_;
    if (k_ == s_.tranche_count()) return D_;
    const std::int64_t v = static_cast<std::int64_t>(q_) * kScale;
    return v > D_ ? D_ : v;
  }

 private:
  const Shape& s_;
  std::int64_t N_, D_;
  std::size_t k_;
  std::int64_t base_;
  std::uint64_t div_;
  bool inc_ = false;
  std::uint64_t q_ = 0, r_ = 0, a_ = 0, b_ = 0, last_dp_ = ~std::uint64_t{0};
};

// Calls f(sched_day, vests_on, amount, forfeited) for each non-zero tranche of
// grant i vesting within [from, to]; forfeited tranches only when asked (they
// follow the termination, so the walk stops there otherwise).
template <class F>
void for_each_tranche(const Portfolio& p, std::size_t i, std::int32_t from, std::int32_t to, bool include_forfeited, F f) {
  const Shape& s = p.shapes[p.shape[i]];
  const std::size_t n = s.tranche_count();
  if (n == 0) return;
  const std::int32_t a = p.anchor[i];
  const std::int64_t N = p.shares[i];
  const std::uint32_t x = p.extra[i];
  const GrantExtra* e = x == kNone ? nullptr : &p.extras[x];
  const std::int32_t gate = s.catch_up ? (e && e->gate != kNoDay ? e->gate : a) : kNoDay;
  const std::int32_t term = e ? e->termination : kNoDay;
  const Civil ac = s.dates == Shape::Dates::relative_months ? civil_from_days(a) : Civil{1970, 1, 1};
  const bool windowed = from != std::numeric_limits<std::int32_t>::min() || to != std::numeric_limits<std::int32_t>::max();
  std::size_t k0 = 0;
  if (windowed) {
    // Whole grant outside the window?
    if (std::max(s.tranche_day(ac, a, n - 1), gate) < from) return;
    if (std::max(s.tranche_day(ac, a, 0), gate) > to) return;
    // First tranche vesting on or after `from` (vests_on does not decrease with k).
    if (std::max(s.tranche_day(ac, a, 0), gate) < from) {
      std::size_t lo = 1, hi = n - 1;  // tranche n-1 qualifies
      while (lo < hi) {
        const std::size_t mid = (lo + hi) / 2;
        if (std::max(s.tranche_day(ac, a, mid), gate) >= from) hi = mid; else lo = mid + 1;
      }
      k0 = lo;
    }
  }
  const std::int64_t D = s.dated_total(N);
  std::int64_t prev = s.vested_after(N, D, k0);
  CumulativeWalker walk(s, N, D, k0);
  // Month steps walk forward from the first tranche's month: the first day of the
  // next month is this one's plus its length (no civil conversion per tranche).
  const bool months = s.dates == Shape::Dates::relative_months;
  int cy = 0, cur = 0;
  unsigned cm = 1;
  std::int32_t fom = 0;
  if (months) {
    const int mi = month_index(ac) + s.offsets[k0];
    cy = (mi >= 0 ? mi : mi - 11) / 12;
    cm = static_cast<unsigned>(mi - cy * 12) + 1;
    fom = days_from_civil(cy, cm, 1);
    cur = s.offsets[k0];
  }
  using K = DayOfMonthPolicy::Kind;
  for (std::size_t k = k0; k < n; ++k) {
    std::int32_t day;
    if (months) {
      while (cur < s.offsets[k]) {
        fom += static_cast<std::int32_t>(last_day_of_month(cy, cm));
        if (++cm == 13) {
          cm = 1;
          ++cy;
        }
        ++cur;
      }
      const unsigned last = last_day_of_month(cy, cm);
      unsigned dom = 1;
      switch (s.policy.kind) {
        case K::vesting_start_day:
        case K::vesting_start_day_minus_one: dom = ac.d < last ? ac.d : last; break;
        case K::last_day_of_month: dom = last; break;
        case K::first_day_of_month: dom = 1; break;
        case K::fixed_day: dom = s.policy.day < last ? s.policy.day : last; break;
      }
      day = fom + static_cast<std::int32_t>(dom) - 1 - (s.policy.kind == K::vesting_start_day_minus_one ? 1 : 0);
    } else {
      day = s.tranche_day(ac, a, k);
    }
    const std::int32_t v = std::max(day, gate);
    if (v > to) break;
    const bool forfeited = term != kNoDay && v > term;
    if (forfeited && !include_forfeited) break;
    const std::int64_t cum = walk.next();
    const std::int64_t amount = cum - prev;
    prev = cum;
    if (amount != 0) f(day, v, amount, forfeited);
  }
}

}  // namespace

Calendar vesting_calendar(const Portfolio& p, CalendarUnit unit, Date from_date, Date to_date, bool per_issuer,
                          unsigned threads, bool progress) {
  Calendar cal;
  const std::int32_t from = to_days(from_date), to = to_days(to_date);
  if (to < from) return cal;
  // Day -> bucket table over [from, to].
  std::vector<std::uint32_t> bucket_of(static_cast<std::size_t>(to - from) + 1);
  for (std::int32_t d = from; d <= to; ++d) {
    const std::int32_t start = std::max(bucket_start(d, unit, from), from);
    if (cal.buckets.empty() || to_days(cal.buckets.back().start) != start) {
      if (!cal.buckets.empty()) cal.buckets.back().end = from_days(d - 1);
      cal.buckets.push_back({from_days(start), from_days(to), 0});
    }
    bucket_of[static_cast<std::size_t>(d - from)] = static_cast<std::uint32_t>(cal.buckets.size() - 1);
  }
  const std::size_t nb = cal.buckets.size();
  // Bucket of each month in [from, to] for month-aligned units.
  const bool month_aligned = unit == CalendarUnit::month || unit == CalendarUnit::quarter || unit == CalendarUnit::year;
  const int from_mi = month_index(civil_from_days(from)), to_mi = month_index(civil_from_days(to));
  std::vector<std::uint32_t> month_bucket;
  for (int mi = from_mi; mi <= to_mi; ++mi) {
    const int y = (mi >= 0 ? mi : mi - 11) / 12;
    const std::int32_t first = std::max(days_from_civil(y, static_cast<unsigned>(mi - y * 12) + 1, 1), from);
    month_bucket.push_back(bucket_of[static_cast<std::size_t>(first - from)]);
  }
  if (threads == 0) threads = default_threads();
  std::vector<std::vector<Wide>> sums(threads);
  std::vector<std::vector<std::vector<Wide>>> issuer_sums(threads);
  const Progress pr{progress, "calendar"};
  parallel_chunks(p.size(), threads, [&](std::size_t b, std::size_t e, unsigned t) {
    auto& sum = sums[t];
    sum.assign(nb, 0);
    // Per-bucket int64 accumulators flushed into 128-bit sums before they could overflow.
    std::vector<std::int64_t> fast(nb, 0);
    std::int64_t budget = std::numeric_limits<std::int64_t>::max();
    auto& iss = issuer_sums[t];
    if (per_issuer) iss.assign(p.issuers.size(), std::vector<Wide>(nb, 0));
    constexpr std::size_t kStep = 1 << 18;
    for (std::size_t lo = b; lo < e; lo += kStep) {
      const std::size_t hi = std::min(e, lo + kStep);
      for (std::size_t i = lo; i < hi; ++i) {
        const std::int64_t N = p.shares[i];
        if (N > budget) {
          for (std::size_t k = 0; k < nb; ++k) sum[k] += fast[k], fast[k] = 0;
          budget = std::numeric_limits<std::int64_t>::max();
        }
        budget -= N;  // a grant adds at most N to the buckets
        // Month-relative shapes under month-aligned buckets: the bucket follows from the
        // month index alone; only tranches in the first and last month need their day.
        const Shape& s = p.shapes[p.shape[i]];
        if (month_aligned && s.dates == Shape::Dates::relative_months &&
            s.policy.kind != DayOfMonthPolicy::Kind::vesting_start_day_minus_one && s.tranche_count() > 0) {
          const std::uint32_t x = p.extra[i];
          const GrantExtra* ex = x == kNone ? nullptr : &p.extras[x];
          const std::int32_t a = p.anchor[i];
          const std::int32_t gate = s.catch_up ? (ex && ex->gate != kNoDay ? ex->gate : a) : kNoDay;
          const std::int32_t term = ex ? ex->termination : kNoDay;
          if ((term == kNoDay || term >= to) && (gate == kNoDay || gate < from)) {
            const Civil ac = civil_from_days(a);
            const int ami = month_index(ac);
            const std::size_t n = s.tranche_count();
            if (ami + s.offsets[n - 1] < from_mi || ami + s.offsets[0] > to_mi) continue;
            const std::size_t k0 = static_cast<std::size_t>(
                std::lower_bound(s.offsets.begin(), s.offsets.end(), from_mi - ami) - s.offsets.begin());
            const std::int64_t D = s.dated_total(N);
            std::int64_t prev = s.vested_after(N, D, k0);
            CumulativeWalker walk(s, N, D, k0);
            for (std::size_t k = k0; k < n; ++k) {
              const int mi = ami + s.offsets[k];
              if (mi > to_mi) break;
              const std::int64_t cum = walk.next();
              const std::int64_t amount = cum - prev;
              prev = cum;
              if (amount == 0) continue;
              if (mi == from_mi || mi == to_mi) {
                const std::int32_t day = s.tranche_day(ac, a, k);
                if (day < from || day > to) continue;
              }
              const std::uint32_t bk = month_bucket[static_cast<std::size_t>(mi - from_mi)];
              fast[bk] += amount;
              if (per_issuer) iss[p.issuer[i]][bk] += amount;
            }
            continue;
          }
        }
        for_each_tranche(p, i, from, to, false, [&](std::int32_t, std::int32_t v, std::int64_t amount, bool) {
          const std::uint32_t bk = bucket_of[static_cast<std::size_t>(v - from)];
          fast[bk] += amount;
          if (per_issuer) iss[p.issuer[i]][bk] += amount;
        });
      }
      if (t == 0) pr.show(hi - b, e - b);
    }
    for (std::size_t k = 0; k < nb; ++k) sum[k] += fast[k];
  });
  pr.finish();
  for (const auto& s : sums)
    for (std::size_t k = 0; k < nb && k < s.size(); ++k) cal.buckets[k].shares += s[k];
  if (per_issuer) {
    cal.issuer_shares.assign(p.issuers.size(), std::vector<Wide>(nb, 0));
    for (const auto& iss : issuer_sums)
      for (std::size_t g = 0; g < iss.size(); ++g)
        for (std::size_t k = 0; k < nb; ++k) cal.issuer_shares[g][k] += iss[g][k];
  }
  return cal;
}

namespace {
// First day (day number) of every month from 1900 to 2400, indexed by month index
// (y·12 + m − 1) − kFirst: a tranche date k months after an anchor is one lookup
// and a clamp to the month's length instead of a civil-date conversion or a walk.
struct MonthStarts {
  static constexpr int kFirst = 1900 * 12, kLast = 2400 * 12;  // month indices covered; kLast + 1 is stored too
  std::vector<std::int32_t> fom;
  MonthStarts() : fom(static_cast<std::size_t>(kLast - kFirst + 2)) {
    for (int mi = kFirst; mi <= kLast + 1; ++mi)
      fom[static_cast<std::size_t>(mi - kFirst)] = days_from_civil(mi / 12, static_cast<unsigned>(mi % 12) + 1, 1);
  }
};
const MonthStarts& month_starts() {
  static const MonthStarts t;
  return t;
}
}  // namespace

std::size_t tranches(const Portfolio& p, std::size_t i, std::vector<TrancheOut>& out) {
  // The whole table (no window): the same dates and amounts as for_each_tranche, in
  // two tight passes written straight into `out` (dates first, from a table of month
  // starts, then amounts, compacting away zero tranches) so neither pass spills the
  // other's state.
  const Shape& s = p.shapes[p.shape[i]];
  const std::size_t n = s.tranche_count();
  out.resize(n);
  if (n == 0) return 0;
  TrancheOut* o = out.data();
  const std::int32_t a = p.anchor[i];
  const std::int64_t N = p.shares[i];
  const std::uint32_t x = p.extra[i];
  const GrantExtra* e = x == kNone ? nullptr : &p.extras[x];
  const std::int32_t gate = s.catch_up ? (e && e->gate != kNoDay ? e->gate : a) : kNoDay;
  const std::int32_t term = e ? e->termination : kNoDay;
  const std::int32_t* off = s.offsets.data();
  switch (s.dates) {
    case Shape::Dates::relative_months: {
      using K = DayOfMonthPolicy::Kind;
      const Civil ac = civil_from_days(a);
      const K kind = s.policy.kind;
      const unsigned want = kind == K::last_day_of_month ? 31u : kind == K::first_day_of_month ? 1u
                            : kind == K::fixed_day ? s.policy.day : ac.d;
      const std::int32_t shift = kind == K::vesting_start_day_minus_one ? -2 : -1;
      // Offsets do not decrease (the dates do not), so the first and last bound them all.
      const int m0 = month_index(ac) - MonthStarts::kFirst;
      if (m0 + off[0] >= 0 && m0 + off[n - 1] < MonthStarts::kLast - MonthStarts::kFirst + 1) {
        const std::int32_t* starts = month_starts().fom.data() + m0;
        for (std::size_t k = 0; k < n; ++k) {
          const std::int32_t first = starts[off[k]];
          const auto last = static_cast<unsigned>(starts[off[k] + 1] - first);
          o[k].date = first + static_cast<std::int32_t>(want < last ? want : last) + shift;
        }
        break;
      }
      const int mi = month_index(ac) + off[0];
      int cy = (mi >= 0 ? mi : mi - 11) / 12;
      unsigned cm = static_cast<unsigned>(mi - cy * 12) + 1;
      std::int32_t fom = days_from_civil(cy, cm, 1);
      int cur = off[0];
      unsigned feb = last_day_of_month(cy, 2);
      static constexpr unsigned char kLen[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
      auto month_len = [&](unsigned m) { return m == 2 ? feb : unsigned{kLen[m]}; };
      for (std::size_t k = 0; k < n; ++k) {
        while (cur < off[k]) {
          fom += static_cast<std::int32_t>(month_len(cm));
          if (++cm == 13) {
            cm = 1;
            ++cy;
            feb = last_day_of_month(cy, 2);
          }
          ++cur;
        }
        const unsigned last = month_len(cm);
        o[k].date = fom + static_cast<std::int32_t>(want < last ? want : last) + shift;
      }
      break;
    }
    case Shape::Dates::relative_days:
      for (std::size_t k = 0; k < n; ++k) o[k].date = a + off[k];
      break;
    case Shape::Dates::absolute:
      for (std::size_t k = 0; k < n; ++k) o[k].date = off[k];
      break;
  }
  const std::int64_t D = s.dated_total(N);
  CumulativeWalker walk(s, N, D, 0);
  std::int64_t prev = 0, cum = 0;
  std::size_t j = 0;
  if (gate == kNoDay && term == kNoDay) {
    // The common grant: vests on the scheduled day, nothing forfeited.
    for (std::size_t k = 0; k < n; ++k) {
      const std::int32_t day = o[k].date;
      const std::int64_t c = walk.next();
      const std::int64_t amount = c - prev;
      prev = c;
      if (amount == 0) continue;
      o[j++] = {day, day, amount, c, false};
    }
    out.resize(j);
    return j;
  }
  for (std::size_t k = 0; k < n; ++k) {
    const std::int32_t day = o[k].date;
    const std::int32_t v = std::max(day, gate);
    const bool forfeited = term != kNoDay && v > term;
    const std::int64_t c = walk.next();
    const std::int64_t amount = c - prev;
    prev = c;
    if (amount == 0) continue;
    if (!forfeited) cum += amount;
    o[j++] = {day, v, amount, cum, forfeited};
  }
  out.resize(j);
  return j;
}

}  // namespace vest::portfolio
