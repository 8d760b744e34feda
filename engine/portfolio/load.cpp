#include "engine/portfolio/load.hpp"

#include "engine/core/schedule.hpp"
#include "engine/core/timing.hpp"
#include "engine/ocf/evaluate.hpp"
#include "engine/ocf/read_terms.hpp"
#include "engine/portfolio/hash.hpp"
#include "rules/footnote_limit.hpp"

#ifdef VEST_PORTFOLIO_HAVE_RULES
#include "rules/interpretation.hpp"
#endif

#include <nlohmann/json.hpp>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#if defined(__unix__) || defined(__APPLE__)
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#define VEST_PORTFOLIO_HAVE_MMAP 1
#else
#define VEST_PORTFOLIO_HAVE_MMAP 0
#endif

#include <algorithm>
#include <array>
#include <cctype>
#include <deque>
#include <charconv>
#include <cstring>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <sstream>
#include <thread>
#include <tuple>
#include <unordered_map>
#include <variant>

namespace vest::portfolio {

// ---------------------------------------------------------------- schedule parameters

namespace {

std::vector<std::string_view> split_words(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    const std::size_t b = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\t') ++i;
    if (i > b) out.push_back(s.substr(b, i - b));
  }
  return out;
}

std::optional<int> parse_int(std::string_view s) {
  int v = 0;
  const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc{} || p != s.data() + s.size()) return std::nullopt;
  return v;
}

// "+12m" -> Period::months(12) style offset: (unit, count).
std::optional<Period> parse_offset(std::string_view w) {
  if (w.size() < 2) return std::nullopt;
  if (w.front() == '+') w.remove_prefix(1);
  const char u = w.back();
  const auto n = parse_int(w.substr(0, w.size() - 1));
  if (!n || *n < 0 || *n > 100000) return std::nullopt;
  switch (u) {
    case 'd': return Period::days(*n);
    case 'w': return Period::weeks(*n);
    case 'm': return Period::months(*n);
    case 'q': return Period::quarters(*n);
    case 'y': return Period::years(*n);
    default: return std::nullopt;
  }
}

std::optional<Fraction> parse_portion_fraction(std::string_view w) {
  if (!w.empty() && w.back() == '%') {
    const auto a = Amount::parse(w.substr(0, w.size() - 1));
    if (!a) return std::nullopt;
    return Fraction::percent(Fraction(a->value()));
  }
  if (const auto slash = w.find('/'); slash != std::string_view::npos) {
    const auto n = parse_int(w.substr(0, slash)), d = parse_int(w.substr(slash + 1));
    if (!n || !d || *d == 0 || *n < 0) return std::nullopt;
    return Fraction(*n, *d);
  }
  return std::nullopt;
}

// Days for day/week periods, months for the rest.
int period_length(const Period& p, bool& in_days) {
  in_days = p.unit == PeriodUnit::days || p.unit == PeriodUnit::weeks;
  if (p.unit == PeriodUnit::weeks) return 7 * p.count;
  if (in_days) return p.count;
  return *p.in_months();
}

}  // namespace

Result<std::vector<Segment>> parse_schedule_parameters(std::string_view text, Date anchor) {
  std::vector<Segment> segments;
  auto fail = [&](std::string msg) { return Result<std::vector<Segment>>::failure(Diagnostic::error("bad_schedule", std::move(msg))); };
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(';', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view part = text.substr(start, end - start);
    start = end + 1;
    auto words = split_words(part);
    if (words.empty()) {
      if (end == text.size()) break;
      continue;
    }
    Segment seg;
    seg.provenance.rule = RuleName::of_static("schedule parameters");  // (a literal: no copy per segment)
    const std::string_view pw = words[0];
    if (pw == "all") seg.portion = Portion::all();
    else if (pw == "rest") seg.portion = Portion::remainder();
    else if (auto f = parse_portion_fraction(pw)) seg.portion = Portion::of_grant(*f);
    else if (pw.size() > 2 && pw.ends_with("sh") && Amount::parse(pw.substr(0, pw.size() - 2)))
      seg.portion = Portion::fixed_shares(*Amount::parse(pw.substr(0, pw.size() - 2)));
    else return fail("\"" + std::string(pw) + "\" is not a portion (all, rest, 25%, 1/3, 1500sh)");
    if (words.size() < 2) return fail("\"" + std::string(part) + "\": portion without a schedule (at, every, contingent)");
    // Day-of-month policy words may appear anywhere after the body keyword.
    DayOfMonthPolicy policy = DayOfMonthPolicy::vesting_start_day();
    std::vector<std::string_view> rest;
    for (std::size_t i = 2; i < words.size(); ++i) {
      const auto w = words[i];
      if (words[1] != "contingent" && w == "eom") policy = DayOfMonthPolicy::last_day_of_month();
      else if (words[1] != "contingent" && w == "som") policy = DayOfMonthPolicy::first_day_of_month();
      else if (words[1] != "contingent" && w == "minus1") policy = DayOfMonthPolicy::vesting_start_day_minus_one();
      else if (words[1] != "contingent" && w.starts_with("day") && w.size() > 3 && parse_int(w.substr(3))) {
        const int d = *parse_int(w.substr(3));
        if (d < 1 || d > 31) return fail("\"" + std::string(w) + "\": day of month must be 1..31");
        policy = DayOfMonthPolicy::fixed_day(static_cast<unsigned>(d));
      } else rest.push_back(w);
    }
    const std::string_view body = words[1];
    if (body == "at") {
      if (rest.size() != 1) return fail("\"" + std::string(part) + "\": expected \"at +12m\" or \"at YYYY-MM-DD\"");
      if (auto d = parse_iso_date(rest[0])) {
        seg.shape = LumpSegment{*d};
      } else if (auto off = parse_offset(rest[0])) {
        seg.shape = LumpSegment{step(anchor, Period{off->unit, 1}, off->count, policy)};
      } else {
        return fail("\"" + std::string(rest[0]) + "\" is neither an offset (+12m) nor a date (YYYY-MM-DD)");
      }
    } else if (body == "every") {
      if (rest.size() < 2) return fail("\"" + std::string(part) + "\": expected \"every 1m x36\"");
      const auto period = parse_offset(rest[0]);
      if (!period || period->count < 1) return fail("\"" + std::string(rest[0]) + "\" is not a period (1m, 3m, 1y, 2w, 30d)");
      if (rest[1].size() < 2 || rest[1][0] != 'x' || !parse_int(rest[1].substr(1)))
        return fail("\"" + std::string(rest[1]) + "\" is not an installment count (x36)");
      InstallmentSegment in;
      in.anchor = anchor;
      in.period = *period;
      in.count = *parse_int(rest[1].substr(1));
      in.day_policy = policy;
      for (std::size_t i = 2; i < rest.size(); ++i) {
        if (rest[i] == "from" && i + 1 < rest.size()) {
          const auto off = parse_offset(rest[++i]);
          bool pd = false, od = false;
          if (!off) return fail("\"" + std::string(rest[i]) + "\" is not an offset (+13m)");
          const int plen = period_length(*period, pd), olen = period_length(*off, od);
          if (pd != od || olen % plen != 0)
            return fail("\"from " + std::string(rest[i]) + "\" is not a whole number of " + to_string(*period) + " periods");
          in.first_step = olen / plen;
        } else if (rest[i] == "cliff" && i + 1 < rest.size()) {
          const auto c = parse_int(rest[++i]);
          if (!c) return fail("\"cliff " + std::string(rest[i]) + "\": cliff needs an installment count");
          in.cliff = *c;
        } else {
          return fail("unexpected \"" + std::string(rest[i]) + "\" in \"" + std::string(part) + "\"");
        }
      }
      seg.shape = in;
    } else if (body == "contingent") {
      std::string cond;
      for (auto w : rest) cond += (cond.empty() ? "" : " ") + std::string(w);
      seg.shape = ContingentSegment{cond.empty() ? "condition" : cond};
    } else {
      return fail("\"" + std::string(body) + "\": expected at, every or contingent");
    }
    segments.push_back(std::move(seg));
    if (end == text.size()) break;
  }
  if (segments.empty()) return fail("empty schedule");
  return segments;
}

// ---------------------------------------------------------------- rows

namespace {

enum Col : int {
  c_id, c_holder, c_issuer, c_security, c_grant_date, c_shares, c_schedule, c_footnote, c_policy,
  c_vesting_start, c_expiration, c_exercise_price, c_exercised, c_termination, c_early, c_ocf_terms, c_ocf_events,
  c_count
};

constexpr std::array<std::string_view, c_count> kColumnNames = {
    "id", "holder", "issuer", "security", "grant_date", "shares", "schedule", "footnote", "policy",
    "vesting_start", "expiration", "exercise_price", "exercised", "termination_date", "early_exercise",
    "ocf_terms", "ocf_events"};

std::optional<int> column_of(std::string_view name) {
  for (int i = 0; i < c_count; ++i)
    if (kColumnNames[static_cast<std::size_t>(i)] == name) return i;
  if (name == "text") return c_footnote;
  if (name == "owner" || name == "reporting_owner") return c_holder;
  if (name == "security_title") return c_security;
  if (name == "transaction_date") return c_grant_date;
  return std::nullopt;
}

struct Field {
  std::string_view text;
  std::size_t line = 0, column = 0;
  bool present = false;
};

using Row = std::array<Field, c_count>;

// YYYY-MM-DD, 1900..2200, a real calendar day. Straight-line: every row has one or more.
std::optional<std::int32_t> fast_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  const auto* c = reinterpret_cast<const unsigned char*>(s.data());
  const unsigned d0 = c[0] - 48u, d1 = c[1] - 48u, d2 = c[2] - 48u, d3 = c[3] - 48u, d5 = c[5] - 48u, d6 = c[6] - 48u,
                 d8 = c[8] - 48u, d9 = c[9] - 48u;  // unsigned: a non-digit wraps above 9
  if ((d0 > 9) | (d1 > 9) | (d2 > 9) | (d3 > 9) | (d5 > 9) | (d6 > 9) | (d8 > 9) | (d9 > 9)) return std::nullopt;
  const int y = static_cast<int>(d0 * 1000 + d1 * 100 + d2 * 10 + d3);
  const unsigned m = d5 * 10 + d6, d = d8 * 10 + d9;
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || (d > 28 && d > last_day_of_month(y, m))) return std::nullopt;
  return days_from_civil(y, m, d);
}

std::string collapse_space(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    const bool ws = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    if (ws) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// What schedule parameters say about their dates, to know whether a shape
// compiled at one anchor holds at every anchor.
struct ParamTraits {
  bool months = false, days = false, absolute = false, mixed_policy = false;
  std::optional<DayOfMonthPolicy> policy;
};
ParamTraits param_traits(std::string_view text) {
  ParamTraits t;
  DayOfMonthPolicy p = DayOfMonthPolicy::vesting_start_day();
  bool have_policy = false;
  auto note_policy = [&](DayOfMonthPolicy q) {
    if (have_policy && !(q == p)) t.mixed_policy = true;
    p = q;
    have_policy = true;
  };
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t end = text.find(';', start);
    if (end == std::string_view::npos) end = text.size();
    const auto words = split_words(text.substr(start, end - start));
    start = end + 1;
    if (words.size() < 2 || words[1] == "contingent") continue;
    DayOfMonthPolicy seg = DayOfMonthPolicy::vesting_start_day();
    bool seg_months = false;
    for (std::size_t i = 2; i < words.size(); ++i) {
      const auto w = words[i];
      if (w == "eom") seg = DayOfMonthPolicy::last_day_of_month();
      else if (w == "som") seg = DayOfMonthPolicy::first_day_of_month();
      else if (w == "minus1") seg = DayOfMonthPolicy::vesting_start_day_minus_one();
      else if (w.starts_with("day") && w.size() > 3 && parse_int(w.substr(3))) seg = DayOfMonthPolicy::fixed_day(static_cast<unsigned>(*parse_int(w.substr(3))));
      else if (w.size() == 10 && w[4] == '-') t.absolute = true;
      else if (!w.empty() && (w.back() == 'd' || w.back() == 'w') && (std::isdigit(static_cast<unsigned char>(w.front())) || w.front() == '+')) t.days = true;
      else if (!w.empty() && (w.back() == 'm' || w.back() == 'q' || w.back() == 'y') && (std::isdigit(static_cast<unsigned char>(w.front())) || w.front() == '+')) seg_months = true;
    }
    if (seg_months) {
      t.months = true;
      note_policy(seg);
    }
    if (end == text.size()) break;
  }
  if (have_policy) t.policy = p;
  return t;
}

// First of , " CR LF in [p, end), or end: 16 bytes per step where SSE2 is there (x86-64).
inline const char* next_special(const char* p, const char* end) {
#ifdef __SSE2__
  const __m128i comma = _mm_set1_epi8(','), quote = _mm_set1_epi8('"'), lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
  for (; end - p >= 16; p += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, comma), _mm_cmpeq_epi8(v, quote)),
                                   _mm_or_si128(_mm_cmpeq_epi8(v, lf), _mm_cmpeq_epi8(v, cr)));
    if (const int bits = _mm_movemask_epi8(m); bits != 0) return p + __builtin_ctz(static_cast<unsigned>(bits));
  }
#endif
  for (; p < end; ++p)
    if (*p == ',' || *p == '"' || *p == '\n' || *p == '\r') return p;
  return end;
}

// First " or LF in [p, end), or end.
inline const char* next_quote_or_newline(const char* p, const char* end) {
#ifdef __SSE2__
  const __m128i quote = _mm_set1_epi8('"'), lf = _mm_set1_epi8('\n');
  for (; end - p >= 16; p += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i m = _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, lf));
    if (const int bits = _mm_movemask_epi8(m); bits != 0) return p + __builtin_ctz(static_cast<unsigned>(bits));
  }
#endif
  for (; p < end; ++p)
    if (*p == '"' || *p == '\n') return p;
  return end;
}

// Occurrences of `c` in data[b, e), 16 bytes per step: matches are counted in 16
// byte lanes (a compare gives -1 per match) and summed into 64 bits every 255
// steps, before a lane could wrap. The reader split counts quotes and line breaks
// over half the file before the second reader can start: on the load's critical path.
std::size_t count_byte(std::string_view data, std::size_t b, std::size_t e, char c) {
  std::size_t n = 0;
  const char* p = data.data() + b;
  const char* const end = data.data() + e;
#ifdef __SSE2__
  const __m128i needle = _mm_set1_epi8(c), zero = _mm_setzero_si128();
  for (std::size_t blocks = static_cast<std::size_t>(end - p) / 16; blocks > 0;) {
    const std::size_t run = blocks < 255 ? blocks : 255;
    blocks -= run;
    __m128i lanes = zero;
    for (const char* const stop = p + 16 * run; p < stop; p += 16)
      lanes = _mm_sub_epi8(lanes, _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)), needle));
    const __m128i sums = _mm_sad_epu8(lanes, zero);  // two 64-bit sums of eight lanes
    n += static_cast<std::size_t>(_mm_cvtsi128_si64(sums)) + static_cast<std::size_t>(_mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums)));
  }
#endif
  for (; p < end; ++p) n += *p == c;
  return n;
}

bool truthy(std::string_view s) { return s == "true" || s == "1" || s == "yes" || s == "TRUE" || s == "True"; }

// Schedule parameters and what else decides their shape (a packed tag: policy,
// catch-up, option flags, expiry) -> the shape id, or why the parameters were
// refused. Open addressing over entry indices with the hash's high half beside
// each, looked up per row without building a key string.
class ParamShapes {
 public:
  using Value = std::variant<std::uint32_t, std::string>;
  static std::uint64_t hash(std::string_view text, std::uint64_t tag) { return hash_bytes(text, tag * 0x9E3779B97F4A7C15ull); }
  const Value* find(std::string_view text, std::uint64_t tag, std::uint64_t h) const {
    if (slots_.empty()) return nullptr;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t at = h & mask;; at = (at + 1) & mask) {
      const std::uint64_t e = slots_[at];
      if (e == 0) return nullptr;
      if ((e & kHigh) == (h & kHigh)) {
        const Entry& x = entries_[static_cast<std::uint32_t>(e) - 1];
        if (x.tag == tag && x.text == text) return &x.value;
      }
    }
  }
  // `text` and `tag` must not be in the table yet.
  const Value* insert(std::string_view text, std::uint64_t tag, std::uint64_t h, Value v) {
    if ((entries_.size() + 1) * 2 > slots_.size()) grow();
    entries_.push_back({std::string(text), tag, h, std::move(v)});
    place(entries_.size() - 1);
    return &entries_.back().value;
  }

 private:
  static constexpr std::uint64_t kHigh = ~std::uint64_t{0xffffffff};
  struct Entry {
    std::string text;
    std::uint64_t tag, hash;
    Value value;
  };
  void place(std::size_t index) {
    const std::size_t mask = slots_.size() - 1;
    const std::uint64_t h = entries_[index].hash;
    std::size_t at = h & mask;
    while (slots_[at] != 0) at = (at + 1) & mask;
    slots_[at] = (h & kHigh) | (index + 1);
  }
  void grow() {
    slots_.assign(slots_.empty() ? 64 : slots_.size() * 2, 0);
    for (std::size_t k = 0; k < entries_.size(); ++k) place(k);
  }
  std::vector<Entry> entries_;  // pointers into it last until the next insert
  std::vector<std::uint64_t> slots_;
};

// Shapes compiled from schedule parameters, shared by the two CSV readers so that a
// key is compiled once per load, not once per reader. Only what a reader would keep
// in its own ParamShapes goes here: an anchor-free, size-free shape, or the reason
// the parameters do not parse. Readers consult it on a miss of their own table only.
class SharedParamShapes {
 public:
  using Value = std::variant<Shape, std::string>;
  std::optional<Value> find(std::string_view text, std::uint64_t tag) {
    const std::lock_guard<std::mutex> lock(mutex_);
    const auto it = map_.find(Key{std::string(text), tag});
    if (it == map_.end()) return std::nullopt;
    return it->second;
  }
  void insert(std::string_view text, std::uint64_t tag, Value v) {
    const std::lock_guard<std::mutex> lock(mutex_);
    map_.emplace(Key{std::string(text), tag}, std::move(v));
  }

 private:
  using Key = std::pair<std::string, std::uint64_t>;
  std::mutex mutex_;
  std::map<Key, Value> map_;
};

struct CachedInterpretation {
  bool ok = false;
  std::optional<ScheduleSpec> spec;
  std::string why;  // when not understood
};

}  // namespace

struct Loader::Impl {
  LoadOptions options;
  LoadReport report;
  PortfolioBuilder builder;
  // Shapes from schedule parameters: key -> shape id (or the reason it cannot be built).
  ParamShapes param_shapes;
  SharedParamShapes* shared_params = nullptr;  // while two readers run
  // Footnotes: normalised text + context -> interpretation, and -> compiled shape.
  std::unordered_map<std::string, CachedInterpretation> interpretations;
  // OCF vesting terms files read so far (path -> terms, or why they are unusable).
  std::unordered_map<std::string, std::variant<std::vector<ocf::VestingTerms>, std::string>> ocf_files;
  std::unordered_map<std::string, std::uint32_t> text_shapes;
  bool stopped = false;

  // The record being added by the CSV fast path (fields without a stored location
  // point into [rec_begin, rec_end) on one physical line, which starts at rec_begin).
  const char* rec_begin = nullptr;
  const char* rec_end = nullptr;

  // Line and column of a field: stored (JSON, the CSV slow path), or worked out from
  // where the text lies in the record (the CSV fast path stores no locations).
  std::pair<std::size_t, std::size_t> locate(const Field& f, std::size_t line) const {
    if (f.line != 0) return {f.line, f.column};
    const char* t = f.text.data();
    if (rec_begin != nullptr && t != nullptr && t >= rec_begin && t <= rec_end) {
      const bool quoted = t > rec_begin && t[-1] == '"';  // the opening quote is the field's column
      return {line, static_cast<std::size_t>(t - rec_begin) + (quoted ? 0 : 1)};
    }
    return {line, f.column};
  }

  // Records an error for the row; returns false when loading must stop.
  bool reject(const std::string& file, const Field& at, std::size_t line, Diagnostic d, std::string_view field = {}) {
    d.where.file = file;
    std::tie(d.where.line, d.where.column) = locate(at, line);
    d.where.field = std::string(field);
    report.diagnostics.push_back(std::move(d));
    ++report.rejected;
    if (options.strict) stopped = true;
    return !stopped;
  }

  std::optional<std::int32_t> date_field(const Field& f) { return fast_date(f.text); }

  // What every schedule source of a row reads, checked by read_row_terms.
  struct RowTerms {
    GrantRecord g;
    std::string id_buf;  // "file:line" when the row has no id (g.id points into it: never moved)
    std::optional<std::int32_t> grant_day, vesting_start, expiration, termination;
    // The price only matters when a new shape is compiled: checked in form here, the exact
    // Amount built then (Boost rationals are too slow for every row).
    std::string_view price_text;
    bool has_price = false, early = false, is_option = false;
    std::int64_t exercised = 0;
    AllocationPolicy policy = AllocationPolicy::cumulative_round_down;
  };

  static bool has(const Row& r, int c) {
    return r[static_cast<std::size_t>(c)].present && !r[static_cast<std::size_t>(c)].text.empty();
  }
  static std::string_view text_of(const Row& r, int c) { return r[static_cast<std::size_t>(c)].text; }

  // Rejects the row for its field `col`; false (the row is not added).
  bool refuse(const std::string& file, std::size_t line, const Row& r, int col, std::string code, std::string msg) {
    reject(file, r[static_cast<std::size_t>(col)], line, Diagnostic::error(std::move(code), std::move(msg)),
           kColumnNames[static_cast<std::size_t>(col)]);
    return false;
  }

  // Adds the row's grant, or rejects the row; false when loading must stop.
  bool add_row(const std::string& file, std::size_t line, const Row& r) { return add_grant(file, line, r) || !stopped; }

  // True when the grant was added (false: the row was rejected, or its footnote not understood).
  bool add_grant(const std::string& file, std::size_t line, const Row& r) {
    RowTerms t;
    if (!read_row_terms(file, line, r, t)) return false;
    if (has(r, c_schedule)) {
      if (!add_parameter_schedule(file, line, r, t)) return false;
    } else if (has(r, c_ocf_terms)) {
      if (!add_ocf_schedule(file, line, r, t)) return false;
    } else if (has(r, c_footnote)) {
      if (auto d = rules::footnote_too_long(text_of(r, c_footnote).size(), options.max_footnote_bytes))
        return refuse(file, line, r, c_footnote, d->code, d->message);
      const std::optional<Amount> price = t.has_price ? Amount::parse(t.price_text) : std::nullopt;
      if (!add_footnote(file, line, r, t.g, t.grant_day, t.expiration, price, t.is_option, t.early, t.exercised, t.policy,
                        [&](ScheduleSpec& spec) { fill_option(t, spec); }))
        return false;
    } else {
      return refuse(file, line, r, c_schedule, "missing_schedule", "neither schedule parameters nor a footnote");
    }
    if (auto d = builder.add(t.g)) return refuse(file, line, r, c_shares, d->code, d->message);
    ++report.loaded;
    return true;
  }

  // The id, names, share count, dates, price, exercised shares and policy of a row, checked.
  // (This and add_parameter_schedule are always inlined: add_row is the load's per-row path, and
  // as calls they cost ~40 instructions a row.)
  [[gnu::always_inline]] bool read_row_terms(const std::string& file, std::size_t line, const Row& r, RowTerms& t) {
    GrantRecord& g = t.g;
    if (has(r, c_id)) g.id = text_of(r, c_id);
    else {
      t.id_buf = file + ":" + std::to_string(line);
      g.id = t.id_buf;
    }
    g.holder = text_of(r, c_holder);
    g.issuer = text_of(r, c_issuer);
    g.security = text_of(r, c_security);
    if (!has(r, c_shares)) return refuse(file, line, r, c_shares, "missing_shares", "no share count");
    const auto shares = parse_fixed(text_of(r, c_shares));
    if (!shares || *shares <= 0) return refuse_share_count(file, line, r);
    g.shares = *shares;
    if (has(r, c_grant_date) && !(t.grant_day = date_field(r[c_grant_date]))) return refuse_date(file, line, r, c_grant_date);
    if (has(r, c_vesting_start) && !(t.vesting_start = date_field(r[c_vesting_start])))
      return refuse_date(file, line, r, c_vesting_start);
    if (has(r, c_expiration) && !(t.expiration = date_field(r[c_expiration]))) return refuse_date(file, line, r, c_expiration);
    if (has(r, c_termination) && !(t.termination = date_field(r[c_termination]))) return refuse_date(file, line, r, c_termination);
    if (has(r, c_exercise_price)) {
      t.price_text = text_of(r, c_exercise_price);
      if (!t.price_text.empty() && t.price_text.front() == '$') t.price_text.remove_prefix(1);
      if (!is_price_text(t.price_text))
        return refuse(file, line, r, c_exercise_price, "bad_price", "\"" + std::string(text_of(r, c_exercise_price)) + "\" is not a price");
    }
    t.has_price = !t.price_text.empty();
    if (has(r, c_exercised)) {
      const auto ex = parse_fixed(text_of(r, c_exercised));
      if (!ex) return refuse(file, line, r, c_exercised, "bad_shares", "\"" + std::string(text_of(r, c_exercised)) + "\" is not a share count (0 or more, at most 4 decimals)");
      t.exercised = *ex;
      if (t.exercised > g.shares)
        return refuse(file, line, r, c_exercised, "exercised_exceeds_grant", "exercised " + fixed_to_string(t.exercised) + " exceeds the grant of " + fixed_to_string(g.shares));
    }
    t.early = has(r, c_early) && truthy(text_of(r, c_early));
    t.is_option = t.expiration || t.has_price || t.early || t.exercised != 0;
    if (has(r, c_policy)) {
      const std::optional<AllocationPolicy> policy = parse_allocation_policy(text_of(r, c_policy));
      if (!policy) return refuse(file, line, r, c_policy, "bad_policy", "\"" + std::string(text_of(r, c_policy)) + "\" is not an allocation policy");
      t.policy = *policy;
    }
    g.termination = t.termination.value_or(kNoDay);
    return true;
  }

  bool refuse_date(const std::string& file, std::size_t line, const Row& r, int col) {
    return refuse(file, line, r, col, "bad_date", "\"" + std::string(text_of(r, col)) + "\" is not a valid YYYY-MM-DD date");
  }

  // Digits, commas and at most one dot, not empty (after an optional '$').
  static bool is_price_text(std::string_view price) {
    bool ok = !price.empty();
    int dots = 0;
    for (char ch : price) {
      if (ch == '.') ++dots;
      else if (ch != ',' && (ch < '0' || ch > '9')) ok = false;
    }
    return ok && dots <= 1;
  }

  // Says which rule the share count broke: a valid but huge count is not "not a number".
  bool refuse_share_count(const std::string& file, std::size_t line, const Row& r) {
    const std::string shares(text_of(r, c_shares));
    const auto exact = Amount::parse(shares);
    const bool positive = exact && !exact->is_negative() && !exact->is_zero();
    if (positive && !Amount(exact->value() * 10000).is_integer())
      return refuse(file, line, r, c_shares, "bad_shares", "\"" + shares + "\" has more than 4 decimals");
    if (positive)
      return refuse(file, line, r, c_shares, "shares_too_large",
                    "shares " + shares + " exceed the 10,000,000,000 limit of the fixed-point portfolio");
    return refuse(file, line, r, c_shares, "bad_shares", "\"" + shares + "\" is not a positive share count with at most 4 decimals");
  }

  // The option terms of the row that the schedule does not state already.
  static void fill_option(const RowTerms& t, ScheduleSpec& spec) {
    if (!t.is_option && !spec.option) return;
    if (!spec.option) spec.option = OptionTerms{};
    if (t.has_price && !spec.option->exercise_price) {
      auto price = Amount::parse(t.price_text);
      if (price) spec.option->exercise_price = price;
    }
    if (t.expiration && !spec.option->expiration) spec.option->expiration = from_days(*t.expiration);
    if (t.early) spec.option->early_exercisable = true;
    spec.option->exercised = Amount(t.exercised, kScale);
  }

  // Schedule parameters ("25% after 1y, rest every 1m x36"): the shape compiled once per key.
  [[gnu::always_inline]] bool add_parameter_schedule(const std::string& file, std::size_t line, const Row& r, RowTerms& t) {
    GrantRecord& g = t.g;
    if (!t.grant_day && !t.vesting_start)
      return refuse(file, line, r, c_grant_date, "missing_grant_date", "schedule parameters need a grant_date (or vesting_start) to count from");
    const std::int32_t anchor = t.vesting_start.value_or(*t.grant_day);
    const bool catch_up = t.vesting_start && t.grant_day && *t.vesting_start != *t.grant_day;
    std::int32_t own_expiration = kNoDay;
    const std::uint64_t tag = parameter_shape_tag(t, anchor, catch_up, own_expiration);
    const bool size_specific = t.policy != AllocationPolicy::cumulative_round_down &&
                               t.policy != AllocationPolicy::cumulative_rounding && t.policy != AllocationPolicy::fractional;
    const std::string_view params = text_of(r, c_schedule);
    const std::uint64_t h = ParamShapes::hash(params, tag);
    const ParamShapes::Value* known = size_specific ? nullptr : param_shapes.find(params, tag, h);
    if (known == nullptr && !size_specific && shared_params != nullptr) {
      // The other reader may have compiled this key already.
      if (auto v = shared_params->find(params, tag)) {
        if (auto* shape = std::get_if<Shape>(&*v)) known = param_shapes.insert(params, tag, h, builder.add_shape(std::move(*shape)));
        else known = param_shapes.insert(params, tag, h, std::get<std::string>(std::move(*v)));
      }
    }
    if (known == nullptr && !compile_parameter_shape(file, line, r, t, anchor, catch_up, tag, h, size_specific, known))
      return false;
    if (known != nullptr) {
      if (const auto* why = std::get_if<std::string>(known)) return refuse(file, line, r, c_schedule, "bad_schedule", *why);
      g.shape = std::get<std::uint32_t>(*known);
    }
    g.anchor = anchor;
    g.gate = catch_up ? *t.grant_day : kNoDay;
    g.expiration = own_expiration;
    g.exercised = t.exercised;
    return true;
  }

  // Everything that decides the shape, except the anchor day, the size (unless the policy
  // is size-specific) and per-grant facts: with the parameters, a tag of policy (8 bits),
  // catch-up, option, early exercise, expiry kind and months. An expiry no whole number of
  // months from the anchor stays with the grant (`own_expiration`).
  static std::uint64_t parameter_shape_tag(const RowTerms& t, std::int32_t anchor, bool catch_up, std::int32_t& own_expiration) {
    std::uint64_t tag = static_cast<std::uint64_t>(static_cast<unsigned>(t.policy) & 0xffu) | (catch_up ? 1u << 8 : 0u) |
                        (t.is_option ? 1u << 9 : 0u) | (t.early ? 1u << 10 : 0u);
    if (t.expiration) {
      const Civil ac = civil_from_days(anchor);
      const int m = month_index(civil_from_days(*t.expiration)) - month_index(ac);
      if (add_months_days(ac, m, DayOfMonthPolicy::vesting_start_day()) == *t.expiration) {
        tag |= (std::uint64_t{1} << 11) | (static_cast<std::uint64_t>(static_cast<std::uint32_t>(m)) << 32);
      } else {
        tag |= std::uint64_t{1} << 12;
        own_expiration = *t.expiration;
      }
    }
    return tag;
  }

  // A key seen for the first time: parses and compiles the parameters, and keeps the shape
  // (or why there is none) under the key when it stands for every grant with that key;
  // otherwise the shape is this grant's own (g.shape, `known` stays null).
  bool compile_parameter_shape(const std::string& file, std::size_t line, const Row& r, RowTerms& t, std::int32_t anchor,
                               bool catch_up, std::uint64_t tag, std::uint64_t h, bool size_specific,
                               const ParamShapes::Value*& known) {
    const std::string_view params = text_of(r, c_schedule);
    auto segments = parse_schedule_parameters(params, from_days(anchor));
    if (!segments) {
      if (!size_specific) {
        param_shapes.insert(params, tag, h, segments.diagnostics().front().message);
        if (shared_params != nullptr) shared_params->insert(params, tag, segments.diagnostics().front().message);
      }
      return refuse(file, line, r, c_schedule, "bad_schedule", segments.diagnostics().front().message);
    }
    ScheduleSpec spec;
    spec.total_shares = Amount(t.g.shares, kScale);
    spec.segments = std::move(segments).value();
    spec.policy = t.policy;
    if (catch_up) {
      spec.grant_date = from_days(*t.grant_day);
      spec.catch_up_before_grant = true;
    }
    fill_option(t, spec);
    const ParamTraits traits = param_traits(params);
    auto compiled = compile_shape(spec, from_days(anchor), traits.policy, traits.days && !traits.months && !traits.absolute);
    if (!compiled) {
      const auto& d = compiled.diagnostics().front();
      return refuse(file, line, r, c_schedule, d.code, d.message);
    }
    // The parameters' key stands for this shape at every anchor only when the
    // shape counts from the anchor the way the parameters do.
    const Shape& cs = compiled->shape;
    const bool anchor_free =
        !traits.mixed_policy &&
        ((cs.dates == Shape::Dates::relative_months && !traits.days && !traits.absolute) ||
         (cs.dates == Shape::Dates::relative_days && !traits.months && !traits.absolute) ||
         (cs.dates == Shape::Dates::absolute && !traits.months && !traits.days) || cs.tranche_count() == 0);
    const bool keep = !size_specific && compiled->shareable && anchor_free;
    if (keep && shared_params != nullptr) shared_params->insert(params, tag, compiled->shape);
    const std::uint32_t id = builder.add_shape(std::move(compiled->shape));
    if (keep) known = param_shapes.insert(params, tag, h, id);
    else {
      t.g.shape = id;
    }
    return true;
  }

  // OCF vesting terms ("PATH#ID") with the row's events ("ID:YYYY-MM-DD; ...").
  bool add_ocf_schedule(const std::string& file, std::size_t line, const Row& r, RowTerms& t) {
    GrantRecord& g = t.g;
    if (!t.grant_day) return refuse(file, line, r, c_grant_date, "missing_grant_date", "OCF vesting terms need a grant_date");
    auto terms = ocf_terms_of(file, text_of(r, c_ocf_terms));
    if (const auto* why = std::get_if<std::string>(&terms)) return refuse(file, line, r, c_ocf_terms, "bad_ocf_terms", *why);
    ocf::OcfGrant og;
    og.grant_date = from_days(*t.grant_day);
    if (t.vesting_start) og.vesting_start = from_days(*t.vesting_start);
    og.shares = Amount(g.shares, kScale);
    if (!read_ocf_events(file, line, r, og)) return false;
    auto spec = ocf::terms_to_spec(*std::get<const ocf::VestingTerms*>(terms), og);
    if (!spec) return refuse(file, line, r, c_ocf_terms, spec.diagnostics().front().code, format(spec.diagnostics().front()));
    // Deadlines also hide in statements awaiting an event (engine/core/timing.hpp).
    const auto lapses = [](const std::vector<Segment>& segments) {
      return std::any_of(segments.begin(), segments.end(), [](const Segment& seg) {
        const auto* c = std::get_if<ContingentSegment>(&seg.shape);
        return c && c->lapses_on;
      });
    };
    bool deadline = lapses(spec->segments);
    if (!deadline && has_timing(*spec))
      if (auto resolved = resolve_timing(*spec)) deadline = lapses(resolved->spec.segments);
    if (deadline)
      return refuse(file, line, r, c_ocf_terms, "unsupported_ocf_terms",
                    "contingent portions with a deadline are not supported in portfolios yet (use vest schedule --ocf)");
    ScheduleSpec os = std::move(spec).value();
    fill_option(t, os);
    auto compiled = compile_shape(os, from_days(*t.grant_day));
    if (!compiled) return refuse(file, line, r, c_ocf_terms, compiled.diagnostics().front().code, compiled.diagnostics().front().message);
    g.shape = builder.add_shape(std::move(compiled->shape));
    g.anchor = *t.grant_day;
    g.gate = compiled->gate;
    g.expiration = compiled->expiration;
    g.exercised = t.exercised;
    return true;
  }

  // The ocf_events field: "CONDITION_ID:YYYY-MM-DD" items separated by ';'.
  bool read_ocf_events(const std::string& file, std::size_t line, const Row& r, ocf::OcfGrant& og) {
    for (std::string_view rest = has(r, c_ocf_events) ? text_of(r, c_ocf_events) : std::string_view{}; !rest.empty();) {
      const auto semi = rest.find(';');
      std::string_view item = rest.substr(0, semi);
      rest = semi == std::string_view::npos ? std::string_view{} : rest.substr(semi + 1);
      while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
      if (item.empty()) continue;
      const auto e = ocf::parse_event_argument(item);
      if (!e) return refuse(file, line, r, c_ocf_events, "bad_ocf_event", "\"" + std::string(item) + "\" is not CONDITION_ID:YYYY-MM-DD");
      og.events[e->first] = e->second;
    }
    return true;
  }

  // "PATH#ID" or "PATH" (a file of one terms object), PATH relative to the portfolio file.
  std::variant<const ocf::VestingTerms*, std::string> ocf_terms_of(const std::string& file, std::string_view ref) {
    const auto hash = ref.find('#');
    std::string path(ref.substr(0, hash));
    const std::string id = hash == std::string_view::npos ? std::string() : std::string(ref.substr(hash + 1));
    if (!path.empty() && path.front() != '/') {
      const auto slash = file.rfind('/');
      if (slash != std::string::npos) path = file.substr(0, slash + 1) + path;
    }
    auto it = ocf_files.find(path);
    if (it == ocf_files.end()) {
      auto read = ocf::read_vesting_terms_file(path);
      if (read) it = ocf_files.emplace(path, std::move(read).value()).first;
      else it = ocf_files.emplace(path, format(read.diagnostics().front())).first;
    }
    if (const auto* why = std::get_if<std::string>(&it->second)) return *why;
    const auto& all = std::get<std::vector<ocf::VestingTerms>>(it->second);
    if (id.empty() && all.size() == 1) return &all[0];
    for (const auto& t : all)
      if (t.id == id) return &t;
    return id.empty() ? path + ": holds " + std::to_string(all.size()) + " vesting terms: name one as PATH#ID"
                      : path + ": no vesting terms with id \"" + id + "\"";
  }

  template <class FillOption>
  bool add_footnote(const std::string& file, std::size_t line, const Row& r, GrantRecord& g,
                    std::optional<std::int32_t> grant_day, std::optional<std::int32_t> expiration,
                    const std::optional<Amount>& price, bool is_option, bool early, std::int64_t exercised,
                    AllocationPolicy policy, FillOption fill_option) {
    saw_footnote = true;
    if (give_up_at_footnote) {  // a second reader's half is read again in order: stop now
      stopped = true;
      return false;
    }
    const Field& f = r[c_footnote];
    std::string k = collapse_space(f.text);
    k += "\x1f" + (grant_day ? std::to_string(*grant_day) : std::string("-"));
    k += "\x1f" + (expiration ? std::to_string(*expiration) : std::string("-"));
    k += is_option ? "\x1fo" : "\x1fs";
    k += early ? "e" : "-";
    auto it = interpretations.find(k);
    if (it == interpretations.end()) {
      ++report.interpretations;
      CachedInterpretation ci;
#ifdef VEST_PORTFOLIO_HAVE_RULES
      rules::GrantContext ctx;
      if (grant_day) ctx.grant_date = from_days(*grant_day);
      if (expiration) ctx.expiration = from_days(*expiration);
      ctx.is_option = is_option;
      ctx.exercise_price = price;
      const rules::Interpretation in = rules::interpret(f.text, ctx);
      if (in.spec && (in.kind == rules::Kind::time_based || in.kind == rules::Kind::immediate ||
                      in.kind == rules::Kind::performance || in.kind == rules::Kind::mixed) &&
          !has_errors(in.diagnostics)) {
        ci.ok = true;
        ci.spec = in.spec;
        if (in.exercisable_immediately) {
          if (!ci.spec->option) ci.spec->option = OptionTerms{};
          ci.spec->option->early_exercisable = true;
        }
      } else {
        ci.why = "footnote " + std::string(rules::to_string(in.kind));
        for (const auto& d : in.diagnostics)
          if (d.severity == Severity::error) {
            ci.why += ": " + d.message;
            break;
          }
      }
#else
      (void)price;
      ci.why = "footnote not interpreted: this build has no interpreter (rules/)";
#endif
      it = interpretations.emplace(std::move(k), std::move(ci)).first;
    } else {
      ++report.cache_hits;
    }
    const CachedInterpretation& ci = it->second;
    auto note = [&](std::string code, std::string msg) {
      Diagnostic d = Diagnostic::warning(std::move(code), std::move(msg));
      d.where.file = file;
      std::tie(d.where.line, d.where.column) = locate(f, line);
      d.where.field = "footnote";
      report.diagnostics.push_back(std::move(d));
      ++report.not_understood;
      return false;
    };
    if (!ci.ok) return note("not_understood", ci.why);
    // The compiled shape for this interpretation (same text and context => same anchor).
    const std::string shape_key = it->first + "\x1f" + to_string(policy);
    const std::int32_t anchor = grant_day.value_or(0);
    auto sit = text_shapes.find(shape_key);
    std::int32_t gate = kNoDay, own_exp = kNoDay;
    if (sit == text_shapes.end() || exercised != 0) {
      ScheduleSpec spec = *ci.spec;
      spec.total_shares = Amount(g.shares, kScale);
      if (policy != AllocationPolicy::cumulative_round_down) spec.policy = policy;
      if (!spec.grant_date && grant_day) spec.grant_date = from_days(*grant_day);
      fill_option(spec);
      (void)early;
      auto compiled = compile_shape(spec, from_days(anchor));
      if (!compiled) {
        const auto& d = compiled.diagnostics().front();
        return note(d.code, "footnote schedule not usable: " + d.message);
      }
      gate = compiled->gate;
      own_exp = compiled->expiration;
      const bool shareable = compiled->shareable;
      g.shape = builder.add_shape(std::move(compiled->shape));
      if (shareable && exercised == 0) text_shapes.emplace(shape_key, g.shape);
      gate_for_shape[g.shape] = {gate, own_exp};
    } else {
      g.shape = sit->second;
      const auto ge = gate_for_shape[g.shape];
      gate = ge.first;
      own_exp = ge.second;
    }
    g.anchor = anchor;
    g.gate = gate;
    g.expiration = own_exp;
    g.exercised = exercised;
    return true;
  }
  std::unordered_map<std::uint32_t, std::pair<std::int32_t, std::int32_t>> gate_for_shape;

  // ------------------------------------------------------------ CSV (RFC 4180)
  //
  // A hand-rolled splitter: fields separated by ',', records by LF or CRLF,
  // fields in double quotes may hold separators, line breaks and "" for a quote.
  // It keeps the line and column of every field for diagnostics and copies only
  // quoted fields that contain "".
  //
  // Large files are split in two at a line break outside quotes and the second
  // half is read by a second Impl on another thread, then appended: names,
  // shapes and grants in file order, exactly as one reader would have them. The
  // split is used only when the first reader ends exactly at it, nothing stopped
  // (--strict) and the second half had no footnotes (whose interpretation cache
  // and counts are shared state); otherwise the rest is read here, in order.
  bool load_csv(std::string_view data, const std::string& file) {
    std::size_t pos = 0, line = 1;
    std::vector<int> cols;  // column index -> known column or -1
    bool header = true;
    if (data.starts_with("\xEF\xBB\xBF")) pos = 3;
    if (!csv_records(data, file, pos, line, cols, header, data.size(), true)) return false;
    const unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    std::size_t split = 0;
    if (!header && !options.strict && threads >= 2 && data.size() - pos >= kParallelCsvBytes) {
      // A line start near the middle with an even number of quotes before it.
      std::size_t cand = pos + (data.size() - pos) / 2;
      std::size_t quotes = count_byte(data, pos, cand, '"');
      for (int tries = 0; tries < 64 && cand < data.size(); ++tries) {
        const std::size_t nl = data.find('\n', cand);
        if (nl == std::string_view::npos || nl + 1 >= data.size()) break;
        quotes += count_byte(data, cand, nl, '"');
        cand = nl + 1;
        if (quotes % 2 == 0) {
          split = cand;
          break;
        }
      }
    }
    if (split == 0) {
      builder.reserve(builder.size() + count_byte(data, pos, data.size(), '\n') + 1);
      csv_records(data, file, pos, line, cols, header, data.size(), false);
      return !stopped;
    }
    const std::size_t lines_before = count_byte(data, pos, split, '\n');
    Impl second;
    second.options = options;
    SharedParamShapes shared;
    shared_params = second.shared_params = &shared;
    struct Unshare {
      Impl& a;
      ~Unshare() { a.shared_params = nullptr; }
    } unshare{*this};
    std::size_t pos2 = split, line2 = line + lines_before;
    std::vector<int> cols2 = cols;
    bool header2 = false;
    builder.reserve(builder.size() + lines_before + 1);
    second.give_up_at_footnote = true;
    second.mapped = mapped;
    second.released = split;
    std::thread worker([&] {
      second.builder.reserve(count_byte(data, split, data.size(), '\n') + 1);
      second.csv_records(data, file, pos2, line2, cols2, header2, data.size(), false);
    });
    csv_records(data, file, pos, line, cols, header, split, false);
    worker.join();
    if (pos == split && !stopped && !second.saw_footnote) {
      report.loaded += second.report.loaded;
      report.rejected += second.report.rejected;
      report.not_understood += second.report.not_understood;
      report.interpretations += second.report.interpretations;
      report.cache_hits += second.report.cache_hits;
      for (auto& d : second.report.diagnostics) report.diagnostics.push_back(std::move(d));
      builder.append(std::move(second.builder).take());
      return !stopped;
    }
    second.builder = PortfolioBuilder();  // its grants are read again below: free them first
    if (!stopped) csv_records(data, file, pos, line, cols, header, data.size(), false);
    return !stopped;
  }
  static constexpr std::size_t kParallelCsvBytes = 1 << 20;
  bool saw_footnote = false;
  bool give_up_at_footnote = false;

  // When `data` is a mapped file, the pages the reader has passed are given
  // back every 64 MB: the portfolio keeps no views into the input, so a 1 GB
  // file costs 64 MB of resident pages instead of 1 GB (a page read again, by
  // a diagnostic or a second pass, is read back from the file).
  bool mapped = false;
  std::size_t released = 0;  // bytes of `data` before this offset may have been given back
  void release_behind(std::string_view data, std::size_t pos) {
#if VEST_PORTFOLIO_HAVE_MMAP
    constexpr std::size_t kStep = std::size_t{64} << 20;
    if (!mapped || pos < released + kStep) return;
    const std::size_t page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
    const auto base = reinterpret_cast<std::uintptr_t>(data.data());
    const std::uintptr_t from = (base + released + page - 1) / page * page, to = (base + pos) / page * page;
    if (to > from) ::madvise(reinterpret_cast<void*>(from), to - from, MADV_DONTNEED);
    released = pos;
#else
    (void)data, (void)pos;
#endif
  }

  // The common record, split in one pass: no quoted line breaks, no "" escapes, as
  // many fields as the header, not blank. Fields go straight into `row` (header
  // columns only) without locations: reject() works them out when a row is bad.
  // Anything else is left to the general splitter below (`fallback`, pos unchanged).
  enum class FastRecord { added, stop, fallback };
  std::vector<Field*> fast_dest;
  const Row* fast_dest_row = nullptr;
  Field fast_sink;
  FastRecord fast_record(std::string_view data, const std::string& file, std::size_t& pos, std::size_t& line,
                         const std::vector<int>& cols, Row& row) {
    const std::size_t ncols = cols.size();
    if (fast_dest.size() != ncols || fast_dest_row != &row) {
      // Where field i goes: its column in `row` (marked present once: every record
      // that reaches add_row has written all of them), or a sink for unread columns.
      fast_dest.clear();
      for (const int c : cols) {
        Field* f = c >= 0 ? &row[static_cast<std::size_t>(c)] : &fast_sink;
        f->present = true;
        fast_dest.push_back(f);
      }
      fast_dest_row = &row;
    }
    const char* const begin = data.data() + pos;
    const char* const end = data.data() + data.size();
    const char* p = begin;  // < end at the start of every field
    std::size_t i = 0;
    bool empty_field = false;
    while (true) {
      const char* fb;
      const char* fe;
      if (*p == '"') {
        fb = p + 1;
        fe = next_quote_or_newline(fb, end);
        if (fe == end || *fe != '"') return FastRecord::fallback;  // unclosed, or a line break inside
        p = fe + 1;
        if (p != end && *p != ',' && *p != '\n' && *p != '\r') return FastRecord::fallback;  // "" or junk after the quote
      } else {
        fb = p;
        p = next_special(p, end);
        if (p != end && *p == '"') return FastRecord::fallback;
        fe = p;
      }
      if (i == ncols) return FastRecord::fallback;
      fast_dest[i++]->text = std::string_view(fb, static_cast<std::size_t>(fe - fb));
      empty_field = fe == fb;
      if (p == end || *p != ',') break;
      if (++p == end) return FastRecord::fallback;  // a separator at the very end: the general splitter
    }
    if (i != ncols || (i == 1 && empty_field)) return FastRecord::fallback;  // wrong field count, blank line
    const char* const rend = p;
    if (p < end && *p == '\r') ++p;
    if (p < end && *p == '\n') ++p;
    pos = static_cast<std::size_t>(p - data.data());
    const std::size_t record_line = line++;
    rec_begin = begin;
    rec_end = rend;
    const bool ok = add_row(file, record_line, row);
    rec_begin = rec_end = nullptr;
    return ok ? FastRecord::added : FastRecord::stop;
  }

  // One record of the general CSV splitter: its fields, or where and why its quoting is malformed.
  // Kept across records so that its vectors keep their capacity.
  struct SplitRecord {
    std::vector<Field> fields;
    std::vector<std::string> unescaped;                                // fields with "" inside, unescaped
    std::vector<std::pair<std::size_t, std::size_t>> escaped_index;  // (field, unescaped) pairs
    bool error = false;
    std::size_t err_line = 0, err_col = 0;
    std::string err_message;
  };

  // Reads records from `pos` while a record starts before `stop` (after the
  // header only, when `header_only`). False when loading must stop.
  bool csv_records(std::string_view data, const std::string& file, std::size_t& pos, std::size_t& line,
                   std::vector<int>& cols, bool& header, std::size_t stop, bool header_only) {
    SplitRecord rec;
    Row fast_row{};  // the header's columns are overwritten by every record, the others stay absent
    fast_dest_row = nullptr;  // a new row (perhaps at the old one's address): map the fields again
    while (pos < data.size() && pos < stop && !stopped && !(header_only && !header)) {
      if (!header) {
        const FastRecord r = fast_record(data, file, pos, line, cols, fast_row);
        release_behind(data, pos);
        if (r == FastRecord::added) continue;
        if (r == FastRecord::stop) return false;
      }
      const std::size_t record_line = line, record_pos = pos;
      split_record(data, pos, line, rec);
      if (rec.error) {
        // Resume at the line after the one the record began on, so an unbalanced
        // quote costs its own line only.
        resync_after_first_line(data, record_pos, pos, record_line, line);
        if (!refuse_malformed_record(file, record_line, rec, header)) return false;
        continue;
      }
      // End of record.
      if (pos < data.size() && data[pos] == '\r') ++pos;
      if (pos < data.size() && data[pos] == '\n') ++pos;
      ++line;
      const std::vector<Field>& fields = rec.fields;
      if (fields.size() == 1 && fields[0].text.empty()) continue;  // blank line
      if (header) {
        header = false;
        if (!read_header(file, record_line, fields, cols)) return false;
        continue;
      }
      if (fields.size() != cols.size()) {
        if (!refuse_field_count(data, file, pos, line, record_pos, record_line, fields, cols.size())) return false;
        continue;
      }
      Row row{};
      for (std::size_t i = 0; i < fields.size(); ++i)
        if (cols[i] >= 0) row[static_cast<std::size_t>(cols[i])] = fields[i];
      if (!add_row(file, record_line, row)) return false;
    }
    return !stopped;
  }

  // Splits the record at `pos` into rec.fields (RFC 4180 quoting: a quoted field may span
  // lines and holds "" for a quote), leaving `pos` at its line break and `line` past the
  // breaks inside quotes; malformed quoting sets rec.error with where and why.
  void split_record(std::string_view data, std::size_t& pos, std::size_t& line, SplitRecord& rec) {
    rec.fields.clear();
    rec.unescaped.clear();
    rec.error = false;
    rec.err_line = rec.err_col = 0;
    rec.err_message = "malformed CSV quoting: a quote must open a field and close before a separator";
    std::size_t line_start = pos;
    while (true) {
      Field f;
      f.line = line;
      f.column = pos - line_start + 1;
      f.present = true;
      const bool ok = pos < data.size() && data[pos] == '"' ? split_quoted_field(data, pos, line, line_start, f, rec)
                                                             : split_plain_field(data, pos, line, line_start, f, rec);
      if (!ok) break;
      if (pos < data.size() && data[pos] == ',') {
        ++pos;
        continue;
      }
      break;
    }
    for (const auto& [fi, ui] : rec.escaped_index) rec.fields[fi].text = rec.unescaped[ui];
    rec.escaped_index.clear();
  }

  // A quoted field from its opening quote at `pos`; false (rec.error set) when it never closes,
  // or closes before something other than a separator or a line break.
  bool split_quoted_field(std::string_view data, std::size_t& pos, std::size_t& line, std::size_t& line_start, Field f,
                          SplitRecord& rec) {
    const std::size_t open_line = line, open_col = f.column;
    ++pos;
    const std::size_t b = pos;
    bool escaped = false;
    bool closed = false;
    // A quote that has not closed within the field limit is taken as unbalanced.
    const std::size_t field_end = data.size() - b > options.max_footnote_bytes ? b + options.max_footnote_bytes + 1 : data.size();
    while (pos < field_end) {
      const char c = data[pos];
      if (c == '"') {
        if (pos + 1 < data.size() && data[pos + 1] == '"') {
          escaped = true;
          pos += 2;
          continue;
        }
        closed = true;
        break;
      }
      if (c == '\n') {
        ++line;
        line_start = pos + 1;
      }
      ++pos;
    }
    if (!closed) {
      rec.error = true;
      rec.err_line = open_line;
      rec.err_col = open_col;
      rec.err_message = pos < data.size() ? "unbalanced quote: the quoted field is still open after " +
                                                std::to_string(options.max_footnote_bytes) + " bytes (--max-footnote-bytes)"
                                          : "unbalanced quote: the quoted field never closes";
      return false;
    }
    const std::string_view raw = data.substr(b, pos - b);
    ++pos;  // closing quote
    if (escaped) {
      std::string u;
      u.reserve(raw.size());
      for (std::size_t i = 0; i < raw.size(); ++i) {
        u += raw[i];
        if (raw[i] == '"') ++i;
      }
      rec.unescaped.push_back(std::move(u));
      rec.fields.push_back(f);  // text patched once the record is split (the vector may move strings)
      rec.escaped_index.push_back({rec.fields.size() - 1, rec.unescaped.size() - 1});
    } else {
      f.text = raw;
      rec.fields.push_back(f);
    }
    if (pos < data.size() && data[pos] != ',' && data[pos] != '\n' && data[pos] != '\r') {
      rec.error = true;
      rec.err_line = line;
      rec.err_col = pos - line_start + 1;
      if (open_line != line) {
        // The quote that opened on an earlier line was the unbalanced one: name it.
        rec.err_message = "unbalanced quote: the quoted field opened here runs to line " + std::to_string(line) +
                          " and closes before \"" + std::string(1, data[pos]) + "\" instead of a separator";
        rec.err_line = open_line;
        rec.err_col = open_col;
      }
      return false;
    }
    return true;
  }

  // An unquoted field up to the next separator or line break; false (rec.error set) at a quote inside it.
  static bool split_plain_field(std::string_view data, std::size_t& pos, std::size_t line, std::size_t line_start, Field f,
                                SplitRecord& rec) {
    const std::size_t b = pos;
    while (pos < data.size() && data[pos] != ',' && data[pos] != '\n' && data[pos] != '\r') {
      if (data[pos] == '"') {
        rec.error = true;
        rec.err_line = line;
        rec.err_col = pos - line_start + 1;
        return false;
      }
      ++pos;
    }
    f.text = data.substr(b, pos - b);
    rec.fields.push_back(f);
    return true;
  }

  // A record with malformed quoting: a header stops the file, a record is rejected.
  // False when loading must stop.
  bool refuse_malformed_record(const std::string& file, std::size_t record_line, const SplitRecord& rec, bool header) {
    Field at;
    at.line = rec.err_line;
    at.column = rec.err_col;
    if (header) {
      Diagnostic d = Diagnostic::error("bad_csv", "malformed CSV header (quotes)");
      d.where = {file, rec.err_line, rec.err_col, "", std::nullopt};
      report.diagnostics.push_back(d);
      return false;
    }
    return reject(file, at, record_line, Diagnostic::error("bad_csv", rec.err_message));
  }

  // The header's columns into `cols` (-1 for a column vest does not read). False, with the
  // file refused, when it names a column twice or has no "shares" column.
  bool read_header(const std::string& file, std::size_t record_line, const std::vector<Field>& fields, std::vector<int>& cols) {
    for (const auto& f : fields) {
      const auto c = column_of(f.text);
      // Two header cells for one column (or its alias: text/footnote) leave no
      // way to know which one holds the value: refuse the file, naming both.
      for (std::size_t k = 0; c && k < cols.size(); ++k)
        if (cols[k] == *c) {
          Diagnostic d = Diagnostic::error("duplicate_column", "CSV header names column \"" +
                                                                   std::string(kColumnNames[static_cast<std::size_t>(*c)]) +
                                                                   "\" twice: \"" + std::string(fields[k].text) + "\" (field " +
                                                                   std::to_string(k + 1) + ") and \"" + std::string(f.text) +
                                                                   "\" (field " + std::to_string(cols.size() + 1) + ")");
          d.where = {file, f.line, f.column, std::string(kColumnNames[static_cast<std::size_t>(*c)]), std::nullopt};
          report.diagnostics.push_back(d);
          ++report.rejected;
          stopped = options.strict;
          return false;
        }
      cols.push_back(c ? *c : -1);
    }
    bool have_shares = false;
    for (int c : cols) have_shares |= c == c_shares;
    if (!have_shares) {
      Diagnostic d = Diagnostic::error("bad_header", "CSV header has no \"shares\" column");
      d.where = {file, record_line, 1, "", std::nullopt};
      report.diagnostics.push_back(d);
      ++report.rejected;
      stopped = options.strict;
      return false;
    }
    return true;
  }

  // A record with more or fewer fields than the header: rejected. After a quoted field that
  // spanned lines, only its first line is (reading resumes at the next). False when loading must stop.
  bool refuse_field_count(std::string_view data, const std::string& file, std::size_t& pos, std::size_t& line,
                          std::size_t record_pos, std::size_t record_line, const std::vector<Field>& fields,
                          std::size_t columns) {
    Field at;
    const Field& extra = fields.size() > columns ? fields[columns] : fields.back();
    at.line = extra.line;
    at.column = extra.column;
    std::string message = "record has " + std::to_string(fields.size()) + " fields, the header has " + std::to_string(columns);
    if (line - record_line > 1) {
      // A quoted field spanned lines and the record came out wrong: most likely an
      // unbalanced quote. Refuse only the first line and read the next ones as records.
      // The spanning field is the last one that opened with a quote on the first line.
      const auto open = std::find_if(fields.rbegin(), fields.rend(), [&](const Field& f) {
        return f.line == record_line && data[record_pos + f.column - 1] == '"';
      });
      at.line = record_line;
      at.column = open != fields.rend() ? open->column : 1;
      message += " after a quoted field spanning lines " + std::to_string(record_line) + "-" + std::to_string(line - 1) +
                 " (unbalanced quote?); reading resumes at line " + std::to_string(record_line + 1);
      resync_after_first_line(data, record_pos, pos, record_line, line);
    }
    return reject(file, at, record_line, Diagnostic::error("bad_csv", message));
  }

  // Moves `pos` to the start of the line after the one a record began on.
  static void resync_after_first_line(std::string_view data, std::size_t record_pos, std::size_t& pos, std::size_t record_line,
                                      std::size_t& line) {
    const std::size_t nl = data.find('\n', record_pos);
    pos = nl == std::string_view::npos ? data.size() : nl + 1;
    line = record_line + 1;
  }

  // ------------------------------------------------------------ JSON Lines
  // A flat object per line; numbers keep their original text (exact, no double).
  struct FlatSax {
    std::vector<std::pair<std::string, std::string>> kv;
    std::string current;
    int depth = 0;
    bool nested = false;
    bool null() { return value("", false); }
    bool boolean(bool b) { return value(b ? "true" : "false", false); }
    bool number_integer(nlohmann::json::number_integer_t v) { return value(std::to_string(v), false); }
    bool number_unsigned(nlohmann::json::number_unsigned_t v) { return value(std::to_string(v), false); }
    bool number_float(nlohmann::json::number_float_t, const std::string& raw) { return value(raw, false); }
    bool string(std::string& s) { return value(s, true); }
    bool binary(nlohmann::json::binary_t&) { return true; }
    bool start_object(std::size_t) { ++depth; if (depth > 1) nested = true; return true; }
    bool key(std::string& k) { current = k; return true; }
    bool end_object() { --depth; return true; }
    bool start_array(std::size_t) { ++depth; nested = true; return true; }
    bool end_array() { --depth; return true; }
    bool parse_error(std::size_t pos, const std::string&, const nlohmann::detail::exception& e) {
      error_pos = pos;
      error = e.what();
      return false;
    }
    bool value(const std::string& v, bool) {
      if (depth == 1) kv.emplace_back(current, v);
      return true;
    }
    std::size_t error_pos = 0;
    std::string error;
  };
  // Overload where nlohmann passes numbers with the raw text (needs the raw string).
  bool load_jsonl(std::string_view data, const std::string& file) {
    std::size_t pos = 0, line = 0;
    while (pos < data.size() && !stopped) {
      ++line;
      std::size_t end = data.find('\n', pos);
      if (end == std::string_view::npos) end = data.size();
      std::string_view text = data.substr(pos, end - pos);
      pos = end + 1;
      if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
      if (text.find_first_not_of(" \t") == std::string_view::npos) continue;
      FlatSax sax;
      const bool ok = nlohmann::json::sax_parse(text, &sax, nlohmann::json::input_format_t::json, false);
      if (!ok || sax.nested || !text.starts_with('{')) {
        Field at;
        at.line = line;
        at.column = ok ? 1 : std::max<std::size_t>(sax.error_pos, 1);
        if (!reject(file, at, line, Diagnostic::error("bad_json", ok ? "expected one flat JSON object per line" : sax.error)))
          return false;
        continue;
      }
      Row row{};
      for (const auto& [k, v] : sax.kv) {
        const auto c = column_of(k);
        if (!c) continue;
        Field& f = row[static_cast<std::size_t>(*c)];
        f.present = true;
        f.text = v;
        f.line = line;
        const auto at = text.find("\"" + k + "\"");
        f.column = at == std::string_view::npos ? 1 : at + 1;
      }
      if (!add_row(file, line, row)) return false;
    }
    return !stopped;
  }

  // ------------------------------------------------------------ `vest filing` JSON
  // {"filings": [{..., "grants": [{...}]}]}: each grant's fields by the same
  // names as the columns (with the filing's issuer/owner as defaults); a
  // grant's "context" object (grant_date, shares, expiration, exercise_price)
  // and "text" are used when present.
  bool load_filing_json(std::string_view data, const std::string& file) {
    nlohmann::json doc;
    try {
      doc = nlohmann::json::parse(data);
    } catch (const nlohmann::json::parse_error& e) {
      Field at;
      at.line = 1;
      at.column = e.byte;
      reject(file, at, 1, Diagnostic::error("bad_json", e.what()));
      return false;
    }
    const nlohmann::json* filings = doc.contains("filings") ? &doc["filings"] : nullptr;
    nlohmann::json single = nlohmann::json::array();
    if (!filings || !filings->is_array()) {
      single.push_back(doc);
      filings = &single;
    }
    std::size_t fi = 0;
    for (const auto& filing : *filings) {
      ++fi;
      auto name_of = [](const nlohmann::json& j) -> std::string {
        if (j.is_string()) return j.get<std::string>();
        if (j.is_object() && j.contains("name") && j["name"].is_string()) return j["name"].get<std::string>();
        return {};
      };
      std::string issuer = filing.contains("issuer") ? name_of(filing["issuer"]) : "";
      std::string owner;
      for (const char* k : {"owner", "reporting_owner", "holder"})
        if (filing.contains(k)) owner = name_of(filing[k]);
      if (owner.empty() && filing.contains("owners") && filing["owners"].is_array() && !filing["owners"].empty())
        owner = name_of(filing["owners"][0]);
      if (!filing.contains("grants") || !filing["grants"].is_array()) continue;
      std::size_t gi = 0;
      for (const auto& grant : filing["grants"]) {
        ++gi;
        std::deque<std::string> store;  // stable addresses for the fields' views
        Row row{};
        auto put = [&](int c, const nlohmann::json& v) {
          if (v.is_null()) return;
          store.push_back(v.is_string() ? v.get<std::string>() : v.dump());
          Field& f = row[static_cast<std::size_t>(c)];
          f.present = true;
          f.text = store.back();
        };
        auto scan = [&](const nlohmann::json& obj) {
          if (!obj.is_object()) return;
          for (auto it = obj.begin(); it != obj.end(); ++it) {
            const auto c = column_of(it.key());
            if (c && (it->is_string() || it->is_number() || it->is_boolean())) put(*c, *it);
            if (c && (*c == c_holder || *c == c_issuer) && it->is_object()) put(*c, nlohmann::json(name_of(*it)));
          }
        };
        if (!issuer.empty()) put(c_issuer, issuer);
        if (!owner.empty()) put(c_holder, owner);
        if (grant.contains("context")) scan(grant["context"]);
        scan(grant);
        if (!row[c_id].present) put(c_id, nlohmann::json("filing" + std::to_string(fi) + ".grant" + std::to_string(gi)));
        const std::string where = file + " filings[" + std::to_string(fi - 1) + "].grants[" + std::to_string(gi - 1) + "]";
        // `vest filing` states the interpreted schedule as dated tranches (exact shares)
        // and a contingent remainder; they become schedule parameters with share portions.
        if (!row[c_schedule].present && !row[c_footnote].present && grant.contains("kind") && grant["kind"].is_string()) {
          const std::string kind = grant["kind"].get<std::string>();
          std::string sched;
          if (grant.contains("tranches") && grant["tranches"].is_array())
            for (const auto& t : grant["tranches"])
              if (t.is_object() && t.contains("date") && t.contains("shares"))
                sched += (sched.empty() ? "" : "; ") + (t["shares"].is_string() ? t["shares"].get<std::string>() : t["shares"].dump()) +
                         "sh at " + (t["date"].is_string() ? t["date"].get<std::string>() : std::string("?"));
          if (grant.contains("contingent_shares") && grant["contingent_shares"].is_number() && grant["contingent_shares"].dump() != "0")
            sched += (sched.empty() ? "" : "; ") + grant["contingent_shares"].dump() + "sh contingent";
          const bool schedule_kind = kind == "time_based" || kind == "immediate" || kind == "performance" || kind == "mixed";
          if (!schedule_kind || sched.empty()) {
            Diagnostic d = Diagnostic::warning("not_understood", "grant of kind " + kind + " has no schedule");
            d.where.file = where;
            report.diagnostics.push_back(std::move(d));
            ++report.not_understood;
            continue;
          }
          put(c_schedule, nlohmann::json(sched));
          if (!row[c_policy].present) put(c_policy, nlohmann::json("fractional"));
          if (!row[c_grant_date].present && grant.contains("tranches") && !grant["tranches"].empty())
            put(c_grant_date, grant["tranches"][0]["date"]);
          if (grant.contains("exercisable_immediately") && grant["exercisable_immediately"] == true) put(c_early, nlohmann::json("true"));
        }
        if (!add_row(where, 0, row))
          return false;
      }
    }
    return !stopped;
  }
};

InputFormat detect_format(std::string_view path, std::string_view head) {
  if (path.ends_with(".csv")) return InputFormat::csv;
  if (path.ends_with(".jsonl") || path.ends_with(".ndjson")) return InputFormat::jsonl;
  if (path.ends_with(".json")) return InputFormat::filing_json;
  const auto b = head.find_first_not_of(" \t\r\n");
  if (b != std::string_view::npos && head[b] == '{') {
    const auto nl = head.find('\n', b);
    // One object per line vs a document spanning lines.
    if (nl != std::string_view::npos && head.substr(b, nl - b).find_last_of('}') != std::string_view::npos)
      return InputFormat::jsonl;
    return InputFormat::filing_json;
  }
  return InputFormat::csv;
}

Loader::Loader(LoadOptions options) : impl_(std::make_unique<Impl>()) { impl_->options = options; }
Loader::~Loader() = default;

bool Loader::load(std::string_view data, const std::string& name, InputFormat format) {
  switch (format) {
    case InputFormat::csv: return impl_->load_csv(data, name);
    case InputFormat::jsonl: return impl_->load_jsonl(data, name);
    case InputFormat::filing_json: return impl_->load_filing_json(data, name);
  }
  return false;
}

namespace {
// A regular file mapped read-only (no zero-fill and copy of the whole input
// before the first row is read); empty when it cannot be mapped.
struct MappedFile {
  const char* data = nullptr;
  std::size_t size = 0;
  explicit MappedFile(const std::string& path) {
#if VEST_PORTFOLIO_HAVE_MMAP
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return;
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
      void* m = ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
      if (m != MAP_FAILED) {
        data = static_cast<const char*>(m);
        size = static_cast<std::size_t>(st.st_size);
        ::madvise(m, size, MADV_SEQUENTIAL);
      }
    }
    ::close(fd);
#else
    (void)path;
#endif
  }
  ~MappedFile() {
#if VEST_PORTFOLIO_HAVE_MMAP
    if (data != nullptr) ::munmap(const_cast<char*>(data), size);
#endif
  }
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
};
}  // namespace

bool Loader::load_file(const std::string& path) {
  auto cannot_read = [&](const std::string& why) {
    Diagnostic d = Diagnostic::error("cannot_read", why);
    d.where.file = path == "-" ? "<stdin>" : path;
    impl_->report.diagnostics.push_back(d);
    return false;
  };
  std::error_code ec;
  if (path != "-" && std::filesystem::is_directory(path, ec)) return cannot_read("is a directory, not a file");
  // The portfolio keeps no views into the input (names and ids are copied), so the
  // mapping may go when the load returns.
  if (path != "-") {
    if (const MappedFile m(path); m.data != nullptr) {
      const std::string_view data(m.data, m.size);
      impl_->mapped = true;
      impl_->released = 0;
      const bool ok = load(data, path, detect_format(path, data.substr(0, 4096)));
      impl_->mapped = false;
      return ok;
    }
  }
  // Standard input ("-"), pipes, /dev/stdin, <(...), empty files: read as a stream
  // to its end (the size of a pipe is not known beforehand).
  std::string data;
  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) return cannot_read(std::string("cannot open: ") + std::strerror(errno));
    in = &file;
  }
  char buf[1 << 16];
  while (in->read(buf, sizeof buf) || in->gcount() > 0) data.append(buf, static_cast<std::size_t>(in->gcount()));
  if (in->bad()) return cannot_read("read failed");
  const std::string name = path == "-" ? "<stdin>" : path;
  return load(data, name, detect_format(path, std::string_view(data).substr(0, 4096)));
}

const LoadReport& Loader::report() const { return impl_->report; }
std::size_t Loader::size() const { return impl_->builder.size(); }
Portfolio Loader::take() && { return std::move(impl_->builder).take(); }

}  // namespace vest::portfolio
