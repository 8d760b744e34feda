#include "engine/core/schedule_parameters.hpp"

#include "engine/core/parameter_reader.hpp"
#include "engine/core/timing_parameters.hpp"

#include <charconv>

namespace vest {
namespace {

// The longest period accepted: 1,000 years in its own unit. Dates live in
// 1900-2200, so a longer period is never needed, and bounding it keeps every
// date step far from int overflow.
constexpr long long kMaxPeriodDays = 365'243, kMaxPeriodWeeks = 52'178, kMaxPeriodMonths = 12'000,
                    kMaxPeriodQuarters = 4'000, kMaxPeriodYears = 1'000;

using parameters::Name;
using parameters::Reader;

constexpr Name kGrantDate{"--grant-date", "grant_date"}, kShares{"--shares", "shares"}, kPolicy{"--policy", "policy"},
    kCliff{"--cliff", "cliff"}, kFirstStep{"--first-step", "first_step"}, kPeriod{"--period", "period"},
    kDayPolicy{"--day-policy", "day_policy"}, kExercisePrice{"--exercise-price", "exercise_price"},
    kExpiration{"--expiration", "expiration"}, kExercised{"--exercised", "exercised"}, kWindow{"--window", "window"},
    kTerminate{"--terminate", "terminate"}, kAccelerate{"--accelerate", "accelerate"};
using parameters::kContingentName, parameters::kInstallmentsName, parameters::kLumpName, parameters::kStartName,
    parameters::kThenName;

// WHEN[:PORTION]; WHEN may be an event or earlier-of(...), whose commas and
// parentheses hold no colon. A plain date is a lump on that date, anything
// else a lump that starts on its day rule.
void read_lumps(const ScheduleParameters& p, DayOfMonthPolicy policy, Reader& r, ScheduleSpec& spec) {
  for (const auto& lump : p.lumps) {
    const auto colon = lump.find(':');
    const auto when = parameters::read_day_rule(kLumpName, lump.substr(0, colon), policy, r);
    const auto portion = colon == std::string::npos ? std::optional<Portion>(Portion::all())
                                                    : parse_portion_parameter(std::string_view(lump).substr(colon + 1));
    if (!portion) r.add(kLumpName, "\"" + lump + "\" needs WHEN[:PORTION] with PORTION like 25%, 1/4, 1000 or rest");
    if (!when || !portion) continue;
    Segment seg{LumpSegment{}, *portion, {"parameters: " + r.name(kLumpName) + " " + lump, {}}};
    const bool plain = when->pick == DayRule::Pick::only && when->terms[0].kind == DayTerm::Kind::date &&
                       when->terms[0].months == 0 && when->terms[0].days == 0;
    if (plain) seg.shape = LumpSegment{when->terms[0].date};
    else seg.starts = when;
    spec.segments.push_back(std::move(seg));
  }
}

void read_contingent(const ScheduleParameters& p, Reader& r, ScheduleSpec& spec) {
  for (const auto& c : p.contingent) {
    const auto colon = c.find(':');
    const auto portion = parse_portion_parameter(std::string_view(c).substr(0, colon));
    if (!portion) r.add(kContingentName, "\"" + c + "\" needs PORTION[:CONDITION]");
    else
      spec.segments.push_back({ContingentSegment{colon == std::string::npos ? "condition" : c.substr(colon + 1)}, *portion,
                               {"parameters: " + r.name(kContingentName) + " " + c, {}}});
  }
}

void check_counts(const ScheduleParameters& p, Reader& r) {
  const auto n = std::to_string(p.installments);
  if (p.installments < 0) r.add(kInstallmentsName, n + " is negative (a count of installments, 1 or more)");
  if (p.installments > kMaxParameterInstallments)
    r.add(kInstallmentsName, n + " is more than " + std::to_string(kMaxParameterInstallments));
  if (p.cliff < 0) r.add(kCliff, std::to_string(p.cliff) + " is negative");
  else if (p.cliff > p.installments && p.installments > 0)
    r.add(kCliff, std::to_string(p.cliff) + " is more than the " + n + " installments");
  if (p.first_step != 0 && p.first_step != 1) r.add(kFirstStep, "must be 0 or 1, not " + std::to_string(p.first_step));
}

// `start`: a date, or a day rule (an event, earlier-of(...), a date plus a
// period); the anchor is the grant date when it is not given or is a rule
// (a placeholder the rule replaces).
void read_start(const ScheduleParameters& p, std::optional<Date> grant, Reader& r, parameters::StatementsRead& read) {
  read.start = grant;
  if (p.start.empty()) return;
  if (auto d = parse_iso_date(p.start)) read.start = d;
  else if (p.start.find_first_of("+(") != std::string::npos || is_event_id(p.start))
    read.start_rule = parameters::read_day_rule(kStartName, p.start, read.day_policy, r);
  else
    read.start = r.date(kStartName, p.start);
}

// The installment series (it takes what the lumps and `then` statements leave).
void read_installments(const ScheduleParameters& p, bool day_policy_read, Reader& r, parameters::StatementsRead& read,
                       ScheduleSpec& spec) {
  if (p.installments > 0 && p.installments <= kMaxParameterInstallments) {
    const auto period = r.period(kPeriod, p.period);
    if (!read.start || !period || !day_policy_read) return;
    InstallmentSegment seg;
    seg.anchor = *read.start;
    seg.period = *period;
    seg.count = static_cast<int>(p.installments);
    seg.cliff = static_cast<int>(p.cliff);
    seg.first_step = static_cast<int>(p.first_step);
    seg.day_policy = read.day_policy;
    const bool others = !spec.segments.empty() || !p.then.empty();
    spec.segments.push_back({seg, others ? Portion::remainder() : Portion::all(), {"parameters: " + r.name(kInstallmentsName), {}}});
    if (read.start_rule) spec.segments.back().starts = read.start_rule;
    read.installments = spec.segments.size() - 1;
  } else if (p.installments == 0 && ((!p.start.empty() && p.then.empty()) || p.cliff)) {
    r.add(r.name(kStartName) + " and " + r.name(kCliff) + " need " + r.name(kInstallmentsName) + " (" + r.name(kStartName) +
          " also serves " + r.name(kThenName) + ")");
  }
}

void read_option(const ScheduleParameters& p, Reader& r, ScheduleSpec& spec) {
  const bool is_option = !p.exercise_price.empty() || !p.expiration.empty() || p.early_exercise || !p.exercised.empty();
  if (!is_option) {
    if (!p.window.empty()) r.add(kWindow, "is an option term: give " + r.name(kExercisePrice) + " or " + r.name(kExpiration));
    return;
  }
  OptionTerms terms;
  if (!p.exercise_price.empty()) terms.exercise_price = r.amount(kExercisePrice, p.exercise_price);
  if (!p.expiration.empty()) terms.expiration = r.date(kExpiration, p.expiration);
  if (!p.exercised.empty())
    if (auto a = r.amount(kExercised, p.exercised)) terms.exercised = *a;
  if (!p.window.empty()) terms.post_termination_window = r.period(kWindow, p.window);
  terms.early_exercisable = p.early_exercise;
  spec.option = terms;
}

std::optional<Acceleration> read_acceleration(const std::string& a, Reader& r) {
  const auto colon = a.find(':');
  const auto d = r.date(kAccelerate, a.substr(0, colon));
  Acceleration acc;
  if (d) acc.date = *d;
  if (colon == std::string::npos) return d ? std::optional(acc) : std::nullopt;
  const std::string what = a.substr(colon + 1);
  const bool percent = !what.empty() && what.back() == '%';
  const auto number = what == "full" ? std::nullopt : Amount::parse(percent ? what.substr(0, what.size() - 1) : what);
  if (what != "full" && !number) {
    r.add(kAccelerate, "\"" + a + "\" needs DATE[:full|SHARES|PERCENT%]");
    return std::nullopt;
  }
  if (percent) {
    acc.extent = Acceleration::Extent::percent_of_unvested;
    acc.fraction_of_unvested = Fraction(number->value() / 100);
  } else if (number) {
    acc.extent = Acceleration::Extent::shares;
    acc.shares = *number;
  }
  return d ? std::optional(acc) : std::nullopt;
}

}  // namespace

PeriodOrReason parse_period_parameter(std::string_view text) {
  const auto refuse = [](std::string why) { return PeriodOrReason{std::nullopt, std::move(why)}; };
  if (text.size() < 2) return refuse("is not like 1m, 3m, 1q, 1y, 2w, 90d");
  long long n = 0;
  const char* end = text.data() + text.size() - 1;
  const auto [ptr, ec] = std::from_chars(text.data(), end, n);
  const bool digits = ptr == end;
  if (ec == std::errc::result_out_of_range && digits) return refuse("is out of range (at most 1000 years)");
  if (ec != std::errc{} || !digits || n < 1)
    return refuse("is not like 1m, 3m, 1q, 1y, 2w, 90d (a positive count and a unit)");
  long long max = 0;
  switch (text.back()) {
    case 'd': max = kMaxPeriodDays; break;
    case 'w': max = kMaxPeriodWeeks; break;
    case 'm': max = kMaxPeriodMonths; break;
    case 'q': max = kMaxPeriodQuarters; break;
    case 'y': max = kMaxPeriodYears; break;
    default: return refuse("has no unit d, w, m, q or y");
  }
  if (n > max) return refuse("is out of range (at most " + std::to_string(max) + text.back() + ", 1000 years)");
  const int count = static_cast<int>(n);
  switch (text.back()) {
    case 'd': return {Period::days(count), {}};
    case 'w': return {Period::weeks(count), {}};
    case 'm': return {Period::months(count), {}};
    case 'q': return {Period::quarters(count), {}};
    default: return {Period::years(count), {}};
  }
}

std::optional<Amount> parse_amount_parameter(std::string_view text) {
  if (const auto slash = text.find('/'); slash != std::string_view::npos) {
    const auto n = Amount::parse(text.substr(0, slash)), d = Amount::parse(text.substr(slash + 1));
    if (!n || !d || d->is_zero()) return std::nullopt;
    return Amount((*n / *d).value());
  }
  return Amount::parse(text);
}

std::optional<Portion> parse_portion_parameter(std::string_view text) {
  if (text == "rest") return Portion::remainder();
  if (!text.empty() && text.back() == '%') {
    auto a = Amount::parse(text.substr(0, text.size() - 1));
    if (!a) return std::nullopt;
    return Portion::of_grant(Fraction(a->value() / 100));
  }
  if (text.find('/') != std::string_view::npos) {
    auto f = parse_amount_parameter(text);
    if (!f) return std::nullopt;
    return Portion::of_grant(Fraction(f->value()));
  }
  if (auto a = Amount::parse(text)) return Portion::fixed_shares(*a);
  return std::nullopt;
}

std::optional<OptionTerms> read_option_parameters(const ScheduleParameters& p, ParameterSpelling spelling,
                                                  std::vector<std::string>& problems) {
  Reader r(spelling, problems);
  ScheduleSpec spec;
  read_option(p, r, spec);
  return spec.option;
}

std::vector<Event> read_event_parameters(const ScheduleParameters& p, ParameterSpelling spelling,
                                         std::vector<std::string>& problems) {
  Reader r(spelling, problems);
  std::vector<Event> events;
  if (!p.terminate.empty())
    if (auto d = r.date(kTerminate, p.terminate)) events.push_back(Termination{*d});
  for (const auto& a : p.accelerate)
    if (auto acc = read_acceleration(a, r)) events.push_back(*acc);
  return events;
}

ReadParameters read_vesting_parameters(const ScheduleParameters& p, ParameterSpelling spelling, bool timing) {
  ReadParameters out;
  Reader r(spelling, out.problems);
  ScheduleSpec& spec = out.spec;
  const auto grant = r.date(kGrantDate, p.grant_date);
  const auto total = r.amount(kShares, p.shares);
  if (grant) spec.grant_date = grant;
  if (total) spec.total_shares = *total;
  if (const auto policy = parse_allocation_policy(p.policy)) spec.policy = *policy;
  else r.add(kPolicy, "unknown allocation policy \"" + p.policy + "\"");
  spec.catch_up_before_grant = true;  // the grant date given here is the real one
  const auto day = parse_day_of_month_policy(p.day_policy);
  if (!day) r.add(kDayPolicy, "unknown policy \"" + p.day_policy + "\"");
  parameters::StatementsRead read;
  read.day_policy = day.value_or(DayOfMonthPolicy::vesting_start_day());
  read_lumps(p, read.day_policy, r, spec);
  read_contingent(p, r, spec);
  check_counts(p, r);
  read_start(p, grant, r, read);
  read_installments(p, day.has_value(), r, read, spec);
  if (timing) parameters::read_timing(p, read, r, spec);
  return out;
}

void finish_schedule_parameters(const ScheduleParameters& p, ParameterSpelling spelling, bool vesting_given_elsewhere,
                                ReadParameters& out) {
  Reader r(spelling, out.problems);
  if (out.spec.segments.empty() && out.problems.empty() && !vesting_given_elsewhere)
    r.add("no vesting given: use " + r.name(kLumpName) + ", " + r.name(kInstallmentsName) + ", " + r.name(kThenName) +
          " or " + r.name(kContingentName));
  out.spec.option = read_option_parameters(p, spelling, out.problems);
  out.events = read_event_parameters(p, spelling, out.problems);
}

ReadParameters read_schedule_parameters(const ScheduleParameters& p, ParameterSpelling spelling,
                                        bool vesting_given_elsewhere) {
  auto out = read_vesting_parameters(p, spelling);
  finish_schedule_parameters(p, spelling, vesting_given_elsewhere, out);
  return out;
}

}  // namespace vest
