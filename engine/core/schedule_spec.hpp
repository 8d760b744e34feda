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
#pragma once

#include "engine/core/allocation.hpp"
#include "engine/core/amount.hpp"
#include "engine/core/civil_date.hpp"
#include "engine/core/diagnostic.hpp"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace vest {

// Which rule and which words produced something. Core knows nothing of text:
// spans are character offsets into the footnote the caller keeps.
struct Provenance {
  std::string rule;          // "<percent> vests on <date>"; "parameters" for `vest schedule`
  std::vector<Span> spans;   // characters of the footnote
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

struct Segment {
  std::variant<LumpSegment, InstallmentSegment, DateListSegment, ContingentSegment> shape;
  Portion portion = Portion::all();
  Provenance provenance;
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
};

}  // namespace vest
