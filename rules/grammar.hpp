// The interpreter's grammar: text → tokens → items → clauses.
//
// A footnote is read in three layers, the way Duckling reads text:
//   1. `normalize` lower-cases, unifies quotes and dashes, collapses white space
//      and splits glued words ("theReporting"), keeping for every normalised
//      byte the offset of the original byte it came from, so every span shown
//      to a user is in the ORIGINAL text.
//   2. `tokenize` turns the normalised text into tokens: words, numbers in
//      every form filings use ("36", "thirty-six (36)", "twenty-five percent
//      (25%)", "6.25%", "33 1/3%", "1/48th", "one-third"), ordinals ("first",
//      "2nd", "eighteenth") and dates ("December 16, 2014", "Dec. 16, 2014",
//      "12/16/2014", "6/30/23", "2014-12-16", "16 December 2014", "May 31").
//      One pass, no allocation per character, no std::regex.
//   3. Item rules (`ItemRule`) — declarative records: a readable name, a
//      pattern over tokens and earlier items, and a pure production that may
//      decline — rewrite token runs into items (a portion, an anchor date, a
//      cadence, an installment count, a condition...). They run in levels so
//      that later rules build on earlier items ("<ordinal> anniversary of
//      <when>" consumes the <when> that "the grant date of <date>" made).
//   4. Clause rules (`ClauseRule`) read one clause's items and produce one
//      statement of the schedule (a lump, installments, a date list, a
//      contingent portion). The interpreter's passes (passes.hpp) assemble the
//      statements into a ScheduleSpec and cross-checks redundant facts.
#pragma once

#include "engine/core/calendar_days.hpp"
#include "engine/core/schedule_spec.hpp"
#include "rules/interpretation.hpp"

#include <boost/container/small_vector.hpp>

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace vest::rules {

// ---------------------------------------------------------------- text layer

// A std::allocator that leaves value-initialised elements of trivial types
// uninitialised (resize then overwrite, without zeroing first).
template <class T>
struct UninitAllocator : std::allocator<T> {
  using value_type = T;
  UninitAllocator() = default;
  template <class U>
  UninitAllocator(const UninitAllocator<U>&) noexcept {}
  template <class U>
  void construct(U* p) noexcept {
    static_assert(std::is_trivially_default_constructible_v<U>);
    ::new (static_cast<void*>(p)) U;
  }
  template <class U, class... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
};

struct Normalized {
  std::string text;  // lower-case, single spaces, straight quotes
  // orig[i] = byte offset in the original of text[i]; orig[size] = original size
  std::vector<std::uint32_t, UninitAllocator<std::uint32_t>> orig;
  bool ascii = true;  // the original has no byte >= 0x80
};

Normalized normalize(std::string_view original);
// The same into `out`, reusing its buffers (the interpreter keeps one per thread).
void normalize_into(std::string_view original, Normalized& out);

// Byte offsets of the original → character (code point) offsets, which is
// what spans in an Interpretation are.
std::size_t char_offset(std::string_view original, std::size_t byte_offset);

// --------------------------------------------------------------- token layer

enum class NK : std::uint8_t { word, number, percent, fraction, ordinal, date, month_day, punct, item };

// Items: what item rules produce.
enum class IT : std::uint8_t {
  portion,      // 25%, 1/48th, 2,257 SARs, the remaining 75%, the balance
  when,         // a date or a date relative to an anchor
  when_list,    // several whens: "each of A, B and C", "first, second and third anniversaries of X"
  cadence,      // monthly, every three months, each Quarterly Date
  count,        // "four substantially equal annual installments"
  over,         // "over three years", "for the following 36 months"
  through,      // "through <when>", "until <when>"
  until_full,   // "until fully vested"
  thereafter,   // "thereafter", "then"
  start,        // "beginning on <when>", "following <when>"
  day_policy,   // "on the last day of every month", "on the 25th day of the month"
  vest_verb,    // vest, vests, vested, become exercisable
  immediate,    // fully vested, vested in full, vest immediately
  exercisable_now,  // immediately exercisable (options: early exercise)
  condition,    // subject to continued service; acceleration; earlier of
  definition,   // granted on <date>; vesting commencement date is <date>; "X Date" means ...
  performance,  // achievement, milestone, stock price hurdle, payout, earned
  not_vesting,  // tax withholding, weighted-average price, trust, 10b5-1...
  represents_vesting,  // "Represents the vesting of ..." (the transaction is the vesting)
  header,       // "as follows", "pursuant to the following schedule"
  count_
};

struct Node {
  // Widest members first: 40 bytes, no padding (the tokenizer writes one per token).
  std::int64_t num = 0, den = 1;  // number / percent (in percent units) / fraction / ordinal
  std::uint32_t b = 0, e = 0; // normalised offsets [b, e)
  std::int32_t days = 0;      // date: sys_days count
  std::uint32_t payload = 0;  // item: index into the item pool
  std::uint16_t wid = 0;      // word id (0 = not in the lexicon)
  NK kind = NK::word;
  IT itype = IT::count_;
  char punct = 0;
  std::uint8_t month = 0, day = 0;
  bool masked = false;        // inside a condition: ignored by schedule rules
};

// "2019" in "the 2019 Plan" or "each of 2025, 2026": four digits from 1900 to 2200 written without a
// separator read as a year, never as a count of shares.
inline bool is_year(const Node& n) {
  return n.kind == NK::number && n.den == 1 && n.num >= 1900 && n.num <= 2200 && n.e - n.b == 4;
}

// The word table: every word a rule mentions gets an id, so patterns compare
// integers. Filled while the registry is built (once, thread-safe through the
// function-local static); read-only afterwards.
std::uint16_t intern(std::string_view word);
std::uint16_t lookup(std::string_view word);

std::vector<Node> tokenize(const Normalized& n);
// The same into `out`, reusing its buffer.
void tokenize_into(const Normalized& n, std::vector<Node>& out);

// ---------------------------------------------------------------- item layer

struct When {
  enum class Ref : std::uint8_t { absolute, grant, vcd, achievement, previous, named_next };
  Ref ref = Ref::absolute;
  Date date{};                 // absolute
  int months = 0;              // offset from the anchor (anniversaries are 12·k)
  int days = 0;                // then calendar days ("180 days after the grant date")
  std::optional<unsigned> fixed_day;  // "the 25th day of the month ..."
  std::uint16_t name = 0;      // named_next: the defined date word ("quarterly")
  int base = -1;               // named_next: item index of the anchor the named date follows
};

// What kind of its type an item is, when a later pass asks (a closed set, never a name or prose: those have
// fields of their own, `Item::name` and `Item::assumption`). A condition's tag is its kind in the output (`to_string`).
enum class Tag : std::uint8_t {
  none,
  // conditions: the kinds the output names, then those read only inside the rules
  condition, continued_service, approval, performance, acceleration_change_in_control, acceleration_death_disability,
  acceleration_retirement, acceleration_termination, timing, cliff, earlier_of, later_of, note,
  // dates and definitions of an anchor
  grant, vcd,
  // not-a-schedule signs
  strong, weak, settlement,
  // starts
  first_installment, first_quarter_ending, first_in_year, first_in_quarter, first_in_month, first_full_month_starting,
  first_month_starting, first_rule_date, first_date_claim, not_before_claim,
  // portions
  each, ambiguous, dated,
  // date lists and headers
  calendar_quarters, month_days,
  // spans and counts
  from_anchor, approximate_span, following, needs_count,
  // a date said twice (family_restated_dates.cpp): "restated", or "restated, ambiguous" (may state the anchor itself)
  restated, restated_ambiguous,
};

inline std::string_view to_string(Tag t) {
  static constexpr std::string_view names[] = {
      "", "condition", "continued_service", "approval", "performance", "acceleration_change_in_control",
      "acceleration_death_disability", "acceleration_retirement", "acceleration_termination", "timing", "cliff",
      "earlier_of", "later_of", "note", "grant", "vcd", "strong", "weak", "settlement", "first_installment",
      "first_quarter_ending", "first_in_year", "first_in_quarter", "first_in_month", "first_full_month_starting", "first_month_starting",
      "first_rule_date", "first_date_claim", "not_before_claim", "each", "ambiguous", "dated", "calendar_quarters",
      "month_days", "from_anchor", "approximate_span", "following", "needs_count", "restated", "restated, ambiguous"};
  static_assert(std::size(names) == static_cast<std::size_t>(Tag::restated_ambiguous) + 1);
  return names[static_cast<std::size_t>(t)];
}

struct Item {
  IT type = IT::count_;
  std::uint16_t rule = 0;      // index into the registry's item rules
  std::uint32_t b = 0, e = 0;  // normalised span
  // portion
  enum class PortionKind : std::uint8_t { fraction, shares, remainder } pkind = PortionKind::fraction;
  Fraction fraction;           // fraction (also the stated size of a remainder, if any)
  bool stated = false;         // remainder: a size was stated ("the remaining 75%")
  Amount shares;
  bool per_installment = false;  // "25% installments", "20% increments"
  bool additional = false;     // "an additional 1/12th"
  bool of_remaining = false;   // "an additional 1/36th of the remaining shares": `fraction` is of what the portions before leave
  bool count_beside = false;   // "25% (2,400 shares)": a fraction whose `shares` state it again, checked against the grant
  // when / when_list / through / start
  When when;
  std::vector<When> whens;
  int first_step = 0;          // start: 0 = beginning on, 1 = following
  // cadence / count / over / day_policy
  Period period{};
  bool has_period = false;
  int n = 0;                   // count
  DayOfMonthPolicy policy{};
  bool has_policy = false;
  std::uint16_t named = 0;     // cadence on a defined date name
  CalendarDays calendar;       // day_policy / month-day header: fixed days of the calendar ("each calendar quarter's last day")
  Tag tag = Tag::none;         // condition kind, definition kind, how a start or span was read ...
  std::string name;            // a quoted name given to this date: "named cliff date" ('<when> (the "Cliff Date")')
  std::string assumption;      // a warning said when the item is used ("assumed \"first business day\" is ...")
  bool status_only = false;    // "are fully exercisable": a remark, not a statement
  bool day_of_when = false;    // cadence / day_policy: the series falls on `when`'s day ("the same day of each month as X")

  // No tag, name or assumption: the item is what its type and values say, nothing more.
  bool bare() const { return tag == Tag::none && name.empty() && assumption.empty(); }
};

struct Context;  // per-call state visible to productions (definitions)

// A pattern element: one node that matches a predicate, optionally, or a custom matcher.
struct Elem {
  enum class T : std::uint8_t { words, kind, item, punct, any_word, custom } t = T::words;
  std::vector<std::uint16_t> ids;
  NK kind = NK::word;
  IT item = IT::count_;
  char punct = 0;
  bool optional = false;
  bool repeat = false;
  // custom: hints for dispatch — the words and node kinds a match can start with
  // (empty: try the rule at every position).
  std::vector<std::uint16_t> hint_ids;
  std::vector<NK> hint_kinds;
  // custom: words one of which the footnote must hold for it to match (empty: no such need). A rule whose
  // required custom element lacks them is not tried at all (the matcher's per-footnote Needs), so its
  // std::function is not called at every position its first word starts.
  std::vector<std::uint16_t> need_ids;
  // custom: advance i over nodes[i..] and return true on success.
  std::function<bool(const std::vector<Node>&, std::size_t& i, const Context&)> custom;
};

Elem w(std::initializer_list<std::string_view> words);
Elem k(NK kind);
Elem item(IT type);
Elem p(char c);
Elem any_word();
Elem opt(Elem e);
Elem many(Elem e);  // one or more
Elem custom(std::function<bool(const std::vector<Node>&, std::size_t& i, const Context&)> f);

// The longest pattern a rule may have (the registry checks it when it is built).
inline constexpr std::size_t kMaxPattern = 15;

// The nodes a pattern matched: element j covered nodes [at[j], at[j+1]).
// `nodes` is the node stream of the rule's level: the match and everything
// after it as the level found them, and the node just before the match as
// the level found it (item rules rewrite the stream in place, behind the match).
struct Match {
  const std::vector<Node>* nodes = nullptr;
  const std::vector<Item>* items = nullptr;
  const Context* context = nullptr;
  std::size_t begin = 0, end = 0;
  std::array<std::size_t, kMaxPattern + 1> at{};  // entries [0, elems] are set
  bool has(std::size_t j) const { return at[j + 1] > at[j]; }
  const Node& node(std::size_t j) const { return (*nodes)[at[j]]; }
  const Item& item_of(std::size_t j) const { return (*items)[node(j).payload]; }
};

struct ItemRule {
  std::string name;   // readable: "<ordinal> anniversary of <when>"
  int level = 0;      // rules of level L see the items of levels < L
  std::vector<Elem> pattern;
  std::function<std::optional<Item>(const Match&)> produce;  // may decline (nullopt)
};

// ------------------------------------------------------------- clause layer

// One clause of a schedule sentence, with its items in order.
struct Clause {
  // Indices into the item pool. A clause holds 1-4 items as a rule: kept inline (Boost.Container's
  // small_vector, a std::vector with inline storage), not one heap allocation per clause.
  boost::container::small_vector<std::size_t, 8> items;
  std::uint32_t b = 0, e = 0;      // normalised span
  std::size_t nb = 0;              // node index of the first item
  std::uint64_t mask = 0;          // bit per IT present
  bool has(IT t) const { return (mask >> static_cast<int>(t)) & 1u; }
};

// A statement of the schedule, before anchors are resolved.
struct Statement {
  enum class Shape : std::uint8_t { lump, installments, date_list, contingent, immediate } shape = Shape::lump;
  std::string_view rule;  // a registry rule name or a literal: static storage
  std::uint32_t b = 0, e = 0;
  std::optional<std::size_t> portion;     // item index
  std::optional<std::size_t> when;        // lump
  std::vector<When> dates;                // date list
  std::optional<std::size_t> start;       // installments: start item
  std::optional<std::size_t> start_check; // installments: a second start ("on each anniversary of X, commencing Y"), cross-checked
                                          // date list: its first date said again (", beginning D"), cross-checked
  bool thereafter = false;
  std::optional<std::size_t> cadence, count, over, through, day_policy;
  std::optional<std::size_t> on_days;     // installments: "on each June 1 and December 1" (a header item, cross-checked)
  bool until_full = false;
  std::string condition;                  // contingent
};

struct ClauseRule {
  std::string name;  // "<portion> vests on <when>"
  std::function<std::optional<Statement>(const Clause&, const std::vector<Item>&)> produce;
};

// ---------------------------------------------------------------- examples

// A rule family's example: the text, the inputs, and the expected answer.
// `tranches` is "YYYY-MM-DD=shares YYYY-MM-DD=shares ..." (empty: none).
struct Example {
  std::string text;
  std::string grant_date;   // "" = none
  std::string shares;       // "" = none
  std::string kind;         // expected Kind name
  std::string tranches;
  std::string error;        // expected error substring ("" = no error)
  bool exercisable_immediately = false;
};

struct Family {
  std::string name;
  std::vector<ItemRule> item_rules;
  std::vector<ClauseRule> clause_rules;
  std::vector<Example> examples;
};

// Families, in the registry's order (registry.cpp).
const std::vector<Family>& families();

// Family constructors, one file each.
Family anchors_family();
Family amounts_family();
Family cadence_family();
Family conditions_family();
Family schedules_family();

// The item stream after all item rules, one node per line (a debugging view for --tokens).
std::string debug_nodes(std::string_view text);

// Per-call context: what definitions in the footnote say.
struct Context {
  std::vector<std::pair<std::uint16_t, std::vector<std::pair<unsigned, unsigned>>>> named_dates;  // "quarterly" → (month, day)...
  // The original text and the normalised → original offsets (empty: not known), for the one thing the
  // lower-cased tokens lose: a capitalised word ("each Quarterly Vesting Date" names defined days).
  std::string_view original;
  const std::uint32_t* orig = nullptr;
  std::string_view text;  // the normalised text (lower case) the nodes' offsets index (empty: not known)
  // The input's transaction date, and the date of a certification of performance the footnote tells as done on or
  // before it (read_certification_date, before the item rules): "vested upon certification" is then that date.
  std::optional<Date> grant;
  std::optional<Date> certified_on;
  // A production counted months from a date named as months after the grant date `grant` (one that kept the grant's
  // day); read_stated_dates refuses it if the footnote states another grant date (family_restated_dates.cpp).
  mutable bool months_from_named_grant_offset = false;
  // A definition of days under a name the word table does not know ('"Company Vesting Date" means each March 1,
  // ...'): read_definitions cannot key it, so its uses ("on each Company Vesting Date") are read by no rule;
  // account_for_salient_words refuses an answer with dates then.
  bool unkeyed_named_dates = false;
  bool capitalised(const Node& n) const {
    if (!orig || original.empty()) return false;
    const std::uint32_t o = orig[n.b];
    return o < original.size() && original[o] >= 'A' && original[o] <= 'Z';
  }
  const std::vector<std::pair<unsigned, unsigned>>* named(std::uint16_t id) const {
    for (const auto& [k, v] : named_dates)
      if (k == id) return &v;
    return nullptr;
  }
};

}  // namespace vest::rules
