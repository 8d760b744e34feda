// What a vesting schedule says, before any share is counted.
//
// A footnote describes a schedule as a few ordered statements ("25% on the
// first anniversary; the remaining 75% in 36 equal monthly installments
// thereafter"). A `ScheduleSpec` holds exactly those statements as segments;
// `build_schedule` (schedule.hpp) validates them and turns them into exact
// dated tranches. The spec is plain data so that the interpreter (rules/), the
// `vest schedule` command and the portfolio loader can all produce it.
//
// Segment shapes:
//   LumpSegment        one date                          "50% on August 15, 2013"
//   InstallmentSegment count equal installments,         "36 equal monthly installments
//                      anchor + k·period                  thereafter" (anchor 2014-12-16, first_step 1)
//                      optional cliff: installments 1..K paid together on installment K's date
//   DateListSegment    equal portions on listed dates    "on each of 1/15/2024, 1/15/2025 and 1/15/2026"
//   ContingentSegment  no date until an event            "vest upon achievement of the milestone"
// Each segment vests a `Portion` of the grant: a fraction of it, "the
// remainder" (whatever the other segments leave), or a stated number of shares.
//
// When a statement's days are not plain dates (timing.hpp resolves them):
//   Segment::starts      the day the statement counts from (an installment
//                        series' anchor, a lump's date) as a `DayRule`: an
//                        event's day ("monthly over 4 years from the IPO", a
//                        vesting start that is itself an event), the day
//                        another statement ended ("thereafter": chained
//                        statements), or the EARLIER OF / LATER OF several.
//   Segment::held_until  a double trigger: tranches due before that day vest
//                        on it (time vesting held until a liquidity event,
//                        then catching up).
// A statement that waits for an event that has not occurred (ScheduleSpec::
// events) is a contingent portion (the event's words as its condition) until it does.
#pragma once

#include "engine/core/allocation.hpp"
#include "engine/core/amount.hpp"
#include "engine/core/civil_date.hpp"
#include "engine/core/diagnostic.hpp"

#include <boost/container/small_vector.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace vest {

// The name of the rule that produced something: a name that lives as long as
// the program (the interpreter's registry, a literal) is held as a view, so
// that copying a provenance copies no string; any other name ("acceleration on
// 2015-05-01", built at run time) is owned.
class RuleName {
 public:
  RuleName() = default;
  RuleName(std::string name) : owned_(std::move(name)) {}           // owned
  RuleName(const char* name) : owned_(name) {}                       // owned (the pointer's lifetime is unknown)
  static RuleName of_static(std::string_view name) {                 // `name` outlives every copy
    RuleName r;
    r.static_ = name;
    r.is_static_ = true;
    return r;
  }
  std::string_view view() const { return is_static_ ? static_ : std::string_view(owned_); }
  operator std::string_view() const { return view(); }
  bool empty() const { return view().empty(); }
  friend bool operator==(const RuleName& a, std::string_view b) { return a.view() == b; }
  friend std::ostream& operator<<(std::ostream& o, const RuleName& r) { return o << r.view(); }

 private:
  std::string owned_;
  std::string_view static_;
  bool is_static_ = false;
};

// Which rule and which words produced something. Core knows nothing of text:
// spans are character offsets into the footnote the caller keeps. A statement
// names a few spans (its own, its portion's, its dates'): held inline, so that
// a provenance and its copies allocate nothing.
struct Provenance {
  RuleName rule;             // "<percent> vests on <date>"; "parameters" for `vest schedule`
  boost::container::small_vector<Span, 4> spans;  // characters of the footnote
};

struct Portion {
  enum class Kind { fraction_of_grant, remainder, shares };
  Kind kind = Kind::fraction_of_grant;
  Fraction fraction{1};  // fraction_of_grant
  Amount shares;         // shares

  static Portion of_grant(Fraction f) { return {Kind::fraction_of_grant, std::move(f), {}}; }
  static Portion all() { return of_grant(Fraction(1)); }
  static Portion remainder() { return {Kind::remainder, Fraction(0), {}}; }
  static Portion fixed_shares(Amount s) { return {Kind::shares, Fraction(0), std::move(s)}; }
};

struct LumpSegment {
  Date date;
};

struct InstallmentSegment {
  Date anchor;
  Period period = Period::months(1);
  int count = 1;
  // Installment i (1-based) is dated step(anchor, period, first_step + i - 1):
  // first_step 1 means "thereafter" (first one period after the anchor), 0
  // means "beginning on" the anchor itself.
  int first_step = 1;
  int cliff = 0;  // installments 1..cliff are paid together on installment `cliff`'s date
  DayOfMonthPolicy day_policy = DayOfMonthPolicy::vesting_start_day();
};

struct DateListSegment {
  std::vector<Date> dates;  // equal portions, in the order given
};

struct ContingentSegment {
  std::string condition;  // "achievement of performance milestone", "stock price hurdle"
  // A deadline: unless earned before it, the portion is forfeited on this day
  // ("provided that such acceptance occurs on or before September 30, 2016").
  std::optional<Date> lapses_on = std::nullopt;
};

// An event statements may wait for or count from: an IPO, a change in
// control, the start of employment. Plain data: whether and when it occurred
// is the caller's knowledge (vest schedule --event ID:DATE, OCF's
// TX_VESTING_EVENT); an event not given has not occurred (yet).
struct ScheduleEvent {
  std::string id;           // what DayTerm::event names ("ipo")
  std::string description;  // the contingent portion's words; the id when empty
  std::optional<Date> occurred;
  // Unless it occurs on or before this day, what waits for it is forfeited on
  // this day ("a liquidity event within seven years of the grant").
  std::optional<Date> deadline;
};

// One candidate day: a date, an event's day, or the last day of an earlier
// segment ("thereafter"), plus months (under `policy`) and then days.
// Example: {event "ipo", months 6} is six months after the IPO.
struct DayTerm {
  enum class Kind : std::uint8_t { date, event, end_of_segment };
  Kind kind = Kind::date;
  Date date{};              // Kind::date
  std::string event;        // Kind::event: a ScheduleEvent id
  std::size_t segment = 0;  // Kind::end_of_segment: an earlier segment's index
  int months = 0, days = 0;
  DayOfMonthPolicy policy = DayOfMonthPolicy::vesting_start_day();

  static DayTerm on(Date d) { return {Kind::date, d, {}, 0, 0, 0, DayOfMonthPolicy::vesting_start_day()}; }
  static DayTerm on_event(std::string id) {
    return {Kind::event, {}, std::move(id), 0, 0, 0, DayOfMonthPolicy::vesting_start_day()};
  }
  static DayTerm end_of(std::size_t segment) {
    return {Kind::end_of_segment, {}, {}, segment, 0, 0, DayOfMonthPolicy::vesting_start_day()};
  }
  DayTerm plus(int m, int d, DayOfMonthPolicy p = DayOfMonthPolicy::vesting_start_day()) const {
    DayTerm t = *this;
    t.months += m;
    t.days += d;
    t.policy = p;
    return t;
  }
};

// A day made of terms: the one term, or the earlier or later of several.
// EARLIER OF with an event that has not occurred is the earliest known day (a
// schedule condition records that the event could still come first); LATER OF
// waits for every event it names.
struct DayRule {
  enum class Pick : std::uint8_t { only, earlier_of, later_of };
  Pick pick = Pick::only;
  std::vector<DayTerm> terms;

  static DayRule of(DayTerm t) { return {Pick::only, {std::move(t)}}; }
  static DayRule earlier_of(std::vector<DayTerm> t) { return {Pick::earlier_of, std::move(t)}; }
  static DayRule later_of(std::vector<DayTerm> t) { return {Pick::later_of, std::move(t)}; }
};

struct Segment {
  std::variant<LumpSegment, InstallmentSegment, DateListSegment, ContingentSegment> shape;
  Portion portion = Portion::all();
  Provenance provenance;
  // The day the statement counts from, replacing an installment series' anchor
  // or a lump's date (not for date lists or contingent segments).
  std::optional<DayRule> starts = std::nullopt;
  // Double trigger: nothing of this statement vests before this day; tranches
  // due earlier vest on it.
  std::optional<DayRule> held_until = std::nullopt;
};

// Option-specific terms. Absent for stock, RSUs and other awards.
struct OptionTerms {
  std::optional<Amount> exercise_price;
  std::optional<Date> expiration;     // the expiration day itself is still exercisable
  bool early_exercisable = false;     // exercisable before vesting ("immediately exercisable")
  Amount exercised;                   // shares already exercised
  std::optional<Period> post_termination_window;  // days or calendar months after termination
};

// A condition recorded on a schedule that does not change its dates:
// acceleration on change in control, continued service, "earlier of" clauses.
struct Condition {
  std::string kind;  // "continued_service", "acceleration_change_in_control", "acceleration_death"...
  std::string text;  // the words of the footnote, or a description
  Provenance provenance;
  friend bool operator==(const Condition& a, const Condition& b) { return a.kind == b.kind && a.text == b.text; }
};

struct ScheduleSpec {
  Amount total_shares;
  // The real grant date when known. Tranches scheduled before it vest on it
  // (their scheduled date stays visible) only when `catch_up_before_grant`.
  std::optional<Date> grant_date;
  bool catch_up_before_grant = false;
  std::optional<Date> vesting_commencement;  // informational; segments carry their own anchors
  std::vector<Segment> segments;
  AllocationPolicy policy = AllocationPolicy::cumulative_round_down;
  std::optional<OptionTerms> option;
  std::vector<Condition> conditions;
  std::vector<ScheduleEvent> events;  // what Segment::starts / held_until may name
};

}  // namespace vest
