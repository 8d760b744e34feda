// assemble_installments: reads one installments statement (cadence, count, span, start, end,
// day rule, portion); guarantees an InstallmentSegment stepped from its original anchor (or the
// named dates it lists) whose count every redundant statement agrees on — count vs "over N" vs
// "through DATE" vs per-installment fraction vs a preamble — or an error naming the disagreement.
#include "rules/compiled_rules.hpp"
#include "rules/passes.hpp"
#include "rules/rule_helpers.hpp"

#include "engine/core/projection.hpp"

#include <algorithm>

namespace vest::rules {

namespace {

// The slots of one series as they are read: which items state them, then the values.
struct Series {
  const Item* cad = nullptr;  // cadence
  const Item* cnt = nullptr;  // count
  const Item* over = nullptr;
  const Item* thr = nullptr;  // through / until
  const Item* dp = nullptr;   // day-of-month policy
  const Item* cal = nullptr;  // a calendar day rule (the dp or the month-days listed), when one is stated
  std::optional<Period> period;
  DayOfMonthPolicy policy = DayOfMonthPolicy::vesting_start_day();
  std::uint16_t named = 0;    // steps on the footnote's named dates ("each Quarterly Date")
  int pm = 0;                 // the period in months (0: not a whole number of months)
  Date anchor{};
  int first_step = 1;
  // The series begins ON its stated start ("beginning on the first anniversary of X"), which from_base may have
  // folded into first_step (anchor X, first_step 1): a calendar day rule must then not put a date before it.
  bool begins_on_start = false;
  std::optional<Date> through_date;
  // Count: every statement of it must agree.
  struct Claim {
    int n;
    std::string text;
  };
  std::vector<Claim> claims;
  std::optional<Fraction> per;        // per-installment portion ("1/48th ... monthly thereafter")
  std::optional<Fraction> left;       // what the statements before leave
  std::optional<Fraction> inherited;  // the size of the lump before ("1/8 on X and quarterly thereafter")
  bool rounded = false;               // a rounded percentage read as left / n
  bool per_shares = false;            // `per` is a share count's ("in annual installments of 3,000 shares")

  // Series step from the original anchor: "beginning on the first anniversary of <grant>" is
  // grant + k years, and "monthly thereafter" after a cliff on grant + 12 months is
  // grant + (12 + k) months.
  void from_base(Date base, int months, int step0) {
    if (pm > 0 && months % pm == 0) {
      anchor = base;
      first_step = months / pm + step0;
    } else {
      anchor = months ? add_months(base, months) : base;
      first_step = step0;
    }
  }
  // A start that names a day of its month gives the series that day when nothing else states a day rule.
  void keep_day_of(unsigned day) {
    if (!dp && !cal && !named && !(cad && cad->has_policy)) policy = DayOfMonthPolicy::fixed_day(day);
  }
};


// A calendar day rule's period (when its months are evenly spaced) against the period the cadence states.
bool calendar_period_agrees(PassState& a, const Item& cal, std::optional<Period>& period) {
  const auto cm = cal.calendar.period_months();
  if (!cm) {
    a.error("unrecognized", "\"" + a.quote(cal) + "\" (" + to_string(cal.calendar) + ") is not evenly spaced: not understood",
            cal.b, cal.e);
    return false;
  }
  if (period && period->in_months() != cm) {
    a.error("cross_check_failed", "\"" + a.quote(cal) + "\" falls every " + std::to_string(*cm) +
                                      " months but the cadence says every " + to_string(*period),
            cal.b, cal.e);
    return false;
  }
  period = Period::months(*cm);
  return true;
}

// "in three equal installments over a three-year period": the period is the span divided by the count,
// when that is a whole number of months (checked again as the count's and the span's claims).
std::optional<Period> period_from_count_and_span(const Item& cnt, const Item& over) {
  const auto om = over.period.in_months();
  if (!om || cnt.n < 1 || *om % cnt.n != 0) return std::nullopt;
  const int pm = *om / cnt.n;
  return pm % 12 == 0 ? Period::years(pm / 12) : Period::months(pm);
}

// Re-anchors a series on a calendar day rule: its first installment is the rule's first day after the
// date the series follows (on the date it begins on, which must be one of the rule's days); each later
// one is that day + k·period with the rule's day, i.e. the rule's k-th day (CalendarDays).
bool anchor_on_calendar(PassState& a, const Item& cal, const Item* start, Period period, Date& anchor, int& first_step,
                        DayOfMonthPolicy& policy, bool begins_on_start) {
  // ("four annual installments on March 15 of each year, beginning on the first anniversary of the grant date"
  // (March 1): the series begins ON the anniversary, which is not a March 15 — refused, never the March 15 a year
  // before it.)
  const bool begins_on = first_step == 0 || begins_on_start;
  const Date from = first_step == 0 ? anchor : step(anchor, period, begins_on ? first_step : first_step - 1);
  if (begins_on && !cal.calendar.contains(from)) {
    const Item& x = start ? *start : cal;
    a.error("cross_check_failed", "\"" + a.quote(x) + "\" (" + to_iso(from) + ") is not one of \"" + a.quote(cal) + "\" (" +
                                      to_string(cal.calendar) + ")",
            x.b, x.e);
    return false;
  }
  anchor = cal.calendar.nth_after(from, 1, begins_on);
  first_step = 0;
  policy = cal.calendar.day;
  return true;
}

// A recurrence ("on each three-month anniversary of X") in a series that follows an earlier date: with
// "thereafter", its first installment is its first date after that one; without, a first date on or
// before it is not understood.
bool continue_recurrence(PassState& a, const Item& s0, bool thereafter, Period period, Date anchor, int& first_step) {
  const Date prev = *a.prev_end;
  if (step(anchor, period, first_step) > prev) return true;
  if (!thereafter) {
    a.error("unrecognized", "\"" + a.quote(s0) + "\" would begin on " + to_iso(step(anchor, period, first_step)) +
                                ", before the date stated before it (" + to_iso(prev) + "): not understood",
            s0.b, s0.e);
    return false;
  }
  for (int guard = 0; guard < 1200 && step(anchor, period, first_step) <= prev; ++guard) ++first_step;
  return step(anchor, period, first_step) > prev;
}

// "2.0833% on the first day of each month thereafter": 1/48 written to four decimals. The
// stated percentage is accepted as a rounding of left/n only when it is exactly that
// value rounded to the decimals written (and the installments are then exactly left/n).
bool rounded_share(const std::string& txt, const Fraction& per, const Fraction& exact) {
  const auto dot = txt.find('.'), pct = txt.find('%');
  if (dot == std::string::npos || pct == std::string::npos || dot > pct) return false;
  int decimals = 0;
  for (std::size_t i = dot + 1; i < txt.size() && txt[i] >= '0' && txt[i] <= '9'; ++i) ++decimals;
  if (decimals < 2 || decimals > 6) return false;
  Fraction scale(1);
  for (int i = 0; i < decimals; ++i) scale = scale * Fraction(10);
  // percent units × 10^decimals, rounded half up, must equal the written digits
  const Fraction written = per * Fraction(100) * scale, value = exact * Fraction(100) * scale;
  if (written.denominator() != 1) return false;
  const Fraction half(1, 2);
  const Fraction up = value + half;
  const BigInt floor_up = up.numerator() / up.denominator();
  return Fraction(floor_up) == written && !(exact == per);
}

// What is left divided by an installment's size, when that is a whole number of installments.
std::optional<int> whole_count(const Fraction& q) {
  if (q.denominator() == 1 && q.numerator() >= 1 && q.numerator() <= 1200) return static_cast<int>(q.numerator());
  return std::nullopt;
}

// "in eight quarterly installments beginning on June 30, 2023": the installments keep the start's day (September 30,
// December 30), as every unstated day rule does; a reader who meant each quarter's last day would see no sign of the
// choice, so it is said.
void warn_if_start_ends_a_short_month(PassState& a, const Series& sr, int count, const Statement& st) {
  if (!sr.period || sr.pm <= 0 || !(sr.policy == DayOfMonthPolicy::vesting_start_day())) return;
  auto ends_its_month = [](const date::year_month_day& d) { return d.day() == (d.year() / d.month() / date::last).day(); };
  const date::year_month_day start{sr.anchor};
  if (!ends_its_month(start) || start.day() == date::day{31}) return;
  for (int i = 0; i < count; ++i) {
    const date::year_month_day d{step(sr.anchor, *sr.period, sr.first_step + i, sr.policy)};
    if (!ends_its_month(d)) {
      a.warning("assumption", "installments fall on day " + std::to_string(static_cast<unsigned>(start.day())) +
                                  " of their months, the day of " + to_iso(sr.anchor) + " (" + to_iso(Date{d}) +
                                  "), not on each month's last day: no day rule was stated",
                st.b, st.e);
      return;
    }
  }
}

// Period and day-of-month policy.
bool read_period(PassState& a, const Statement& st, Series& sr) {
  const Compiled& comp = compiled();
  const std::vector<Item>& pool = a.pool;
  std::optional<Period>& period = sr.period;
  DayOfMonthPolicy& policy = sr.policy;
  std::uint16_t& named = sr.named;
  const Item* cad = sr.cad = st.cadence ? &pool[*st.cadence] : nullptr;
  const Item* cnt = sr.cnt = st.count ? &pool[*st.count] : nullptr;
  const Item* over = sr.over = st.over ? &pool[*st.over] : nullptr;
  const Item* thr = sr.thr = st.through ? &pool[*st.through] : nullptr;
  const Item* dp = sr.dp = st.day_policy ? &pool[*st.day_policy] : nullptr;
  for (const Item* x : {cad, cnt, over, thr, dp})
    if (x) a.explain(comp.rules[x->rule]->name, x->b, x->e);
  if (cad && cad->named) named = cad->named;
  if (cad && cad->has_period) period = cad->period;
  if (cnt && cnt->has_period) {
    if (period && !(*period == cnt->period))
      a.error("cross_check_failed", "\"" + a.quote(*cnt) + "\" and \"" + a.quote(*cad) + "\" state different periods",
              st.b, st.e);
    period = cnt->period;
  }
  // ("in 48 equal monthly installments on the last day of each quarter": the day rule's period is a claim too.)
  if (dp && dp->has_period && period && period->in_months() != dp->period.in_months()) {
    a.error("cross_check_failed", "\"" + a.quote(*dp) + "\" falls every " + to_string(dp->period) +
                                      " but the cadence says every " + to_string(*period),
            dp->b, dp->e);
    return false;
  }
  if (dp && dp->has_period && !period) period = dp->period;
  if (st.on_days && pool[*st.on_days].has_period) {  // the days listed, spread evenly over the year
    const Item& od = pool[*st.on_days];
    if (!period) period = od.period;
    if (od.has_policy) policy = od.policy;
  }
  if (st.start && pool[*st.start].has_period) {  // "on each monthly anniversary of X"
    const Period sp = pool[*st.start].period;
    if (period && !(*period == sp))
      a.error("cross_check_failed", "\"" + a.quote(pool[*st.start]) + "\" and the cadence state different periods",
              st.b, st.e);
    period = sp;
  }
  // "beginning on the first Quarterly Vesting Date after X" beside a plain cadence: the named days are the series'
  // days, so they must fall every period (three named days for "quarterly" contradict it: refused, not guessed).
  if (st.start && pool[*st.start].when.ref == When::Ref::named_next && !named && period) {
    const auto* days = a.ctx.named(pool[*st.start].when.name);
    if (days && !helpers::named_days_every(*days, *period)) {
      a.error("cross_check_failed", "the days \"" + a.quote(pool[*st.start]) + "\" names do not fall every " +
                                        to_string(*period), st.b, st.e);
      return false;
    }
  }
  if (dp && dp->has_policy) policy = dp->policy;
  if (cad && cad->has_policy) policy = cad->policy;
  if (dp && !dp->assumption.empty()) a.warning("assumption", dp->assumption, dp->b, dp->e);
  // A calendar day rule ("the last day of each calendar quarter", "each February 15, May 15, ..."): its
  // own period must agree with the cadence; the series is re-anchored on its days (place_anchor).
  sr.cal = dp && dp->calendar.ok() ? dp : st.on_days && pool[*st.on_days].calendar.ok() ? &pool[*st.on_days] : nullptr;
  if (sr.cal && !calendar_period_agrees(a, *sr.cal, period)) return false;
  if (!period && !named && cnt && over) period = period_from_count_and_span(*cnt, *over);
  if (!period && !named) {
    a.error("unrecognized", "installments without a period: \"" + a.quote(st.b, st.e) + "\"", st.b, st.e);
    return false;
  }
  sr.pm = period ? period->in_months().value_or(0) : 0;
  return true;
}

// The series' first day of its own calendar rule after `before` falls in the `months` months that begin the day after
// it (the month or calendar quarter the start names); refused with the reason otherwise.
bool first_rule_day_within(PassState& a, const Series& sr, const Item& s0, Date before, int months, std::string_view what) {
  const Date end = Date{date::sys_days{date::year_month_day{before + date::days{1}} + date::months{months}} - date::days{1}};
  if (sr.cal && sr.cal->calendar.nth_after(before, 1) <= end) return true;
  a.error("unrecognized", "\"" + a.quote(s0) + "\" names " + std::string(what) + " but no day of the series' own falls in it",
          s0.b, s0.e);
  return false;
}

// "beginning on the first day of the first full calendar month following X" when X is itself a 1st (its own month
// may be the "full" one), "commencing with the first calendar quarter of 2026" when the series' day rule gives no
// day inside that quarter: not guessed.
bool calendar_start_is_certain(PassState& a, const Series& sr, const Item& s0) {
  if (s0.tag == Tag::first_full_month_starting) {
    auto x = a.resolve(s0.when, s0.b, s0.e);
    if (!x) return false;
    if (date::year_month_day{*x}.day() == date::day{1}) {
      a.error("unrecognized", "\"" + a.quote(s0) + "\": " + to_iso(*x) + " begins a full month itself, which may or may "
                              "not be the first full month after it",
              s0.b, s0.e);
      return false;
    }
  }
  if (s0.tag == Tag::first_in_year) {  // "beginning in 2026": a day of the series' own calendar rule in that year
    const auto year = date::year_month_day{s0.when.date + date::days{1}}.year();
    if (!sr.cal || date::year_month_day{sr.cal->calendar.nth_after(s0.when.date, 1)}.year() != year) {
      a.error("unrecognized", "\"" + a.quote(s0) + "\" names a year but no day rule of the calendar says which day in it",
              s0.b, s0.e);
      return false;
    }
  }
  if (s0.tag == Tag::first_in_month) {  // (s0.when is the last day of X's month: the rule's first day must be in the next)
    const auto x = a.resolve(s0.when, s0.b, s0.e);
    if (!x || !first_rule_day_within(a, sr, s0, *x, 1, "a month")) return false;
  }
  // (s0.when is the day before the quarter begins: the rule's first day after it must fall inside the quarter.)
  if (s0.tag == Tag::first_in_quarter && !first_rule_day_within(a, sr, s0, s0.when.date, 3, "a calendar quarter"))
    return false;
  return true;
}

// A stated start the series cannot be placed on without guessing: refused with the reason.
// ("needs_count" without annual installments, a first quarter or month no day rule gives,
// "the first such date" of unread days, a start that may or may not be the first installment,
// "from X through Y" with no count.)
bool stated_start_is_certain(PassState& a, const StatementAt& at, const Series& sr, const FootnoteWords& words,
                             const Item& s0) {
  const Item* portion = at.portion;
  const Item* const cnt = sr.cnt;
  const std::optional<Period>& period = sr.period;
  // (An annual size counts too: "20% annually on the anniversary date of the grant"; not beside withholding
  // words, where the award described may not be the one reported.)
  const bool annual_size = portion && portion->pkind == Item::PortionKind::fraction && period &&
                           *period == Period::years(1) && !words.any_not_vesting;
  // ("in equal annual installments over four years on the anniversary of the grant date": the span counts them.)
  const bool annual_span = sr.over && period && *period == Period::years(1) && !words.any_not_vesting;
  if (s0.tag == Tag::needs_count && !(cnt && cnt->has_period && cnt->period == Period::years(1)) && !annual_size &&
      !annual_span) {
    a.error("unrecognized", "\"" + a.quote(s0) + "\" (one anniversary, or each of them) is not understood "
                            "without a number of annual installments",
            s0.b, s0.e);
    return false;
  }
  if (!calendar_start_is_certain(a, sr, s0)) return false;
  if (s0.tag == Tag::first_quarter_ending || s0.tag == Tag::first_month_starting ||
      s0.tag == Tag::first_full_month_starting) {
    // "beginning with the first calendar quarter ending after X", "beginning on the first day of the month
    // following X": a date of its own, which the series' day rule must give as its first day after X.
    // (The first of the month is itself the start, and a series with no day rule steps from it: it stays on the 1st.)
    auto x = a.resolve(s0.when, s0.b, s0.e);
    if (!x) return false;
    const date::year_month_day ymd{*x};
    const bool first_of_month = s0.tag == Tag::first_month_starting;
    if (first_of_month && !sr.cal) return true;
    if (first_of_month) x = *x - date::days{1};  // (the rule's first day on or after the 1st)
    const Date expected = s0.tag == Tag::first_quarter_ending ? CalendarDays::quarter_ends().nth_after(*x, 1)
                          : first_of_month                  ? Date{date::sys_days{ymd.year() / ymd.month() / 1}}
                                                            : Date{date::year_month_day{ymd.year() / ymd.month() / 1} + date::months{1}};
    if (!sr.cal || sr.cal->calendar.nth_after(*x, 1) != expected) {
      a.error("cross_check_failed", "\"" + a.quote(s0) + "\" is " + to_iso(expected) +
                                        (sr.cal ? ", not the first of \"" + a.quote(*sr.cal) + "\" after " + to_iso(*x)
                                                : std::string(", but no day rule of the series gives it")),
              s0.b, s0.e);
      return false;
    }
  }
  if (s0.tag == Tag::first_rule_date && !sr.cal && !sr.named) {  // "the first such date": of days no rule read
    a.error("unrecognized", "\"" + a.quote(s0) + "\" names days of the calendar that were not understood", s0.b, s0.e);
    return false;
  }
  return true;
}

// The series counted from its stated start ("beginning on X", "on each anniversary of X").
bool anchor_on_stated_start(PassState& a, const StatementAt& at, Series& sr, const FootnoteWords& words) {
  const Statement& st = at.statement();
  const Item& s0 = a.pool[*st.start];
  a.explain(compiled().rules[s0.rule]->name, s0.b, s0.e);
  if (!stated_start_is_certain(a, at, sr, words, s0)) return false;
  auto base = a.resolve_base(s0.when, s0.b, s0.e);
  if (!base) return false;
  int step0 = s0.first_step;
  // "quarterly over a four year period commencing on the date of grant": the period starts on
  // the grant (or vesting commencement) date, its first installment one period later. Without
  // a stated span, "beginning on the grant date" could be either: not guessed.
  // ("25% per year over four years beginning May 27, 2021", the grant date itself, is the same question.)
  const bool at_anchor = (s0.when.ref == When::Ref::grant || s0.when.ref == When::Ref::vcd) && s0.when.months == 0 && s0.when.days == 0 &&
                         !s0.when.fixed_day && !s0.has_period;
  const bool at_grant_date = s0.when.ref == When::Ref::absolute && s0.when.months == 0 && s0.when.days == 0 && !s0.when.fixed_day &&
                             a.grant && s0.when.date == *a.grant && !s0.has_period;
  if (step0 == 0 && s0.tag != Tag::first_installment && (at_anchor || at_grant_date) && st.start_check && sr.period) {
    // "beginning on the date of grant, with the first installment vesting one month after the date of grant": the
    // stated first installment says which (check_commencing_date then checks it is the series' first).
    const Item& c0 = a.pool[*st.start_check];
    auto y = a.resolve(c0.when, c0.b, c0.e);
    if (!y) return false;
    Series one_later = sr;
    one_later.from_base(base->first, base->second, 1);
    if (step(one_later.anchor, *one_later.period, one_later.first_step, one_later.policy) == *y) step0 = 1;
  } else if (step0 == 0 && s0.tag != Tag::first_installment && (at_anchor || (at_grant_date && sr.over))) {
    a.error("unrecognized", "\"" + a.quote(s0) + "\" may put the first installment on the grant date or start a vesting "
                            "period whose first installment is one period later",
            s0.b, s0.e);
    return false;
  }
  // "from May 28, 2025 through and including February 28, 2029" with no count: a range that may or may
  // not include its first date (only "measured from" / "beginning" say which); the count would decide.
  // (A stated first installment says which: "from March 1, 2022, with the first installment vesting on June 1, 2022".)
  const bool bare_from = std::string_view(a.norm.text).substr(s0.b, 5) == "from ";
  // "from September 30, 2020 through June 30, 2022, inclusive": the word after the range says both ends are in it.
  const auto inclusive = [&] {
    if (!sr.thr || sr.thr->e > a.norm.text.size()) return false;
    const std::string_view rest = std::string_view(a.norm.text).substr(sr.thr->e);
    return rest.starts_with(", inclusive") && !rest.starts_with(", inclusive of");
  };
  if (bare_from && s0.when.ref == When::Ref::absolute && s0.when.months == 0 && s0.when.days == 0 && inclusive()) {
    step0 = 0;
  } else if (bare_from && st.start_check) {
    const Item& c0 = a.pool[*st.start_check];
    if (a.resolve(c0.when, c0.b, c0.e) == a.resolve(s0.when, s0.b, s0.e)) step0 = 0;
  } else if (bare_from && sr.thr && !sr.cnt && s0.when.ref == When::Ref::absolute && s0.when.months == 0 &&
             s0.when.days == 0) {
    a.error("unrecognized", "\"" + a.quote(s0) + "\" with \"" + a.quote(*sr.thr) + "\" may or may not include " +
                                to_iso(s0.when.date) + " itself, and no number of installments says which",
            s0.b, s0.e);
    return false;
  }
  sr.from_base(base->first, base->second, step0);
  sr.begins_on_start = step0 == 0;
  // "monthly installments commencing on the last day of the month in which the grant date occurs": the start names a
  // day of its month, and with no other day rule that day is every installment's (April 30, May 31, ..., not May 30).
  if (s0.when.fixed_day) sr.keep_day_of(*s0.when.fixed_day);
  // "... on each monthly anniversary of the Vesting Commencement Date thereafter", after a cliff: the
  // recurrence's dates after the previous statement's last date (not from the anchor again).
  const int folded = sr.first_step;
  if (s0.has_period && a.prev_end && sr.period &&
      !continue_recurrence(a, s0, st.thereafter, *sr.period, sr.anchor, sr.first_step))
    return false;
  if (sr.first_step != folded) sr.begins_on_start = false;  // it begins after the previous statement instead
  return true;
}

// "during the first two years following the grant date": the series counted from the span's start.
bool anchor_on_span_start(PassState& a, Series& sr) {
  const Item* const over = sr.over;
  auto base = a.resolve_base(over->when, over->b, over->e);
  if (!base) return false;
  // "on the last day of each month over the two years following the grant date" (April 15): is April 30 the
  // first month's end, or May 31? A span from a day that is not one of the rule's days is not guessed.
  if (sr.cal && !sr.cal->calendar.contains(add_months(base->first, base->second))) {
    a.error("unrecognized", "\"" + a.quote(*over) + "\" starts on " + to_iso(add_months(base->first, base->second)) +
                                ", which is not one of \"" + a.quote(*sr.cal) + "\": the first installment is not certain",
            over->b, over->e);
    return false;
  }
  sr.from_base(base->first, base->second, 1);
  return true;
}

// "..., commencing Y": Y must be the series' first installment (an error otherwise, not a refusal).
bool check_commencing_date(PassState& a, const Statement& st, const Series& sr) {
  const Item& c0 = a.pool[*st.start_check];
  a.explain(compiled().rules[c0.rule]->name, c0.b, c0.e);
  auto y = a.resolve(c0.when, c0.b, c0.e);
  if (!y) return false;
  const Date first = step(sr.anchor, *sr.period, sr.first_step, sr.policy);
  if (first != *y)
    a.error("cross_check_failed", "\"" + a.quote(c0) + "\" (" + to_iso(*y) + ") is not the first installment, " +
                                      to_iso(first),
            c0.b, c0.e);
  return true;
}

// Anchor: a stated start, the end of the statement before, or the grant (vesting commencement) date.
bool place_anchor(PassState& a, const StatementAt& at, Series& sr, const FootnoteWords& words) {
  const std::vector<Item>& pool = a.pool;
  const Statement& st = at.statement();
  const Item* portion = at.portion;
  const Item* const cnt = sr.cnt;
  const Item* const over = sr.over;
  if (st.start) {
    if (!anchor_on_stated_start(a, at, sr, words)) return false;
  } else if (over && over->tag == Tag::from_anchor) {
    if (!anchor_on_span_start(a, sr)) return false;
  } else if (a.prev_end) {
    sr.from_base(a.prev_base, a.prev_months, 1);
    if (a.prev_day) sr.keep_day_of(*a.prev_day);  // "on the last day of the month in which ..., and monthly thereafter"
  } else if ((over && (over->bare() ||
                       (at.index == 0 && !(portion && portion->pkind == Item::PortionKind::remainder)))) ||
             (cnt && at.index == 0 && at.last && !portion && !words.any_not_vesting)) {
    // ("in eight equal quarterly installments, with the final installment vesting on <date>": from the grant
    // date too; the end is then a count claim, and a disagreement is refused.)
    // ("for the following five years" as the first statement follows the grant.)
    // "in equal annual installments over four years", "The RSUs vest in three equal annual
    // installments" (the whole grant, nothing before it, in a footnote about nothing
    // else such as withholding): from the grant date, or from the vesting commencement date
    // when the footnote states one (that is the date vesting counts from).
    // An event's date (hire, appointment, closing) that the footnote never says vesting counts from is no
    // implied start: "granted in connection with the commencement of employment on E, and vest in 12 equal
    // quarterly installments" may count from E or from the grant date.
    if (a.vcd && !a.vcd_named_vesting && (!a.grant || *a.vcd != *a.grant)) {
      a.error("needs_anchor", "\"" + a.quote(st.b, st.e) + "\" does not say whether the installments count from the grant "
                              "date or from the event's date " + to_iso(*a.vcd), st.b, st.e);
      return false;
    }
    When g;
    g.ref = a.vcd ? When::Ref::vcd : When::Ref::grant;
    auto d = a.anchor_date(g, st.b, st.e);
    if (!d) return false;
    sr.from_base(*d, 0, 1);
  } else {
    // After an earlier date failed to resolve (a missing grant date) this is only its echo.
    if (!a.failed)
      a.error("needs_anchor", "\"" + a.quote(st.b, st.e) + "\" does not say when the installments begin", st.b, st.e);
    return false;
  }
  if (sr.cal && !anchor_on_calendar(a, *sr.cal, st.start ? &pool[*st.start] : nullptr, *sr.period, sr.anchor, sr.first_step,
                                    sr.policy, sr.begins_on_start))
    return false;
  if (st.start_check && sr.period) return check_commencing_date(a, st, sr);
  return true;
}

// "on the same day of each month as X": the series' first two installments fall on X's day (clamped to the
// month's end), or the footnote states two different days and is refused.
bool day_agrees_with_stated_anchor(PassState& a, const Series& sr) {
  for (const Item* x : {sr.cad, sr.dp}) {
    if (!x || !x->day_of_when) continue;
    auto d = a.resolve(x->when, x->b, x->e);
    if (!d) return false;
    if (!sr.period || !(sr.policy == DayOfMonthPolicy::vesting_start_day())) {
      a.error("unrecognized", "\"" + a.quote(*x) + "\" beside another day rule: not understood", x->b, x->e);
      return false;
    }
    const unsigned want = unsigned(date::year_month_day{*d}.day());
    for (int k = 0; k < 2; ++k) {
      const date::year_month_day got{step(sr.anchor, *sr.period, sr.first_step + k, sr.policy)};
      const unsigned last = unsigned((got.year() / got.month() / date::last).day());
      if (unsigned(got.day()) != std::min(want, last)) {
        a.error("cross_check_failed", "\"" + a.quote(*x) + "\" is day " + std::to_string(want) +
                                          " of the month, but the series falls on " + to_iso(Date{date::sys_days{got}}),
                x->b, x->e);
        return false;
      }
    }
  }
  return true;
}

// The counts that the count, the span ("over four years") and the end ("through DATE") state.
bool count_claims(PassState& a, AssembledSpec& as, const Statement& st, Series& sr) {
  const Item* const cnt = sr.cnt;
  const Item* const over = sr.over;
  const Item* const thr = sr.thr;
  std::optional<Period>& period = sr.period;
  Date& anchor = sr.anchor;
  int& first_step = sr.first_step;
  const int pm = sr.pm;
  auto& claims = sr.claims;
  auto& through_date = sr.through_date;
  if (cnt) claims.push_back({cnt->n, a.quote(*cnt)});
  std::optional<std::size_t> over_claim;
  if (over && period) {
    const int om = over->period.in_months().value_or(0);
    over_claim = claims.size();
    if (pm > 0 && om > 0 && om % pm == 0) claims.push_back({om / pm, a.quote(*over)});
    else if (period->unit == over->period.unit && over->period.count % period->count == 0)
      claims.push_back({over->period.count / period->count, a.quote(*over)});
    else
      a.error("cross_check_failed", "\"" + a.quote(*over) + "\" is not a whole number of " + to_string(*period) +
                                        " periods",
              over->b, over->e);
  }
  if (thr) {
    through_date = a.resolve(thr->when, thr->b, thr->e);
    if (!through_date) return false;
    if (period && pm > 0) {
      const date::year_month_day x{anchor}, y{*through_date};
      const int months = (static_cast<int>(y.year()) - static_cast<int>(x.year())) * 12 +
                         (static_cast<int>(unsigned(y.month())) - static_cast<int>(unsigned(x.month())));
      if (months % pm == 0 && months / pm - first_step + 1 >= 1)
        claims.push_back({months / pm - first_step + 1, a.quote(*thr)});
      else
        a.error("cross_check_failed", "\"" + a.quote(*thr) + "\" (" + to_iso(*through_date) +
                                          ") is not a whole number of " + to_string(*period) + " periods after " +
                                          to_iso(anchor),
                thr->b, thr->e);
    }
  }
  // "12.5% vested on April 15, 2022 and the remaining RSUs vest 12.5% in semi-annual installments over the
  // four-year period ending October 15, 2025": the span counts the whole award's dates (the earlier ones
  // too); it is then checked as a preamble is, against the whole schedule (cross_check).
  if (over_claim && thr && claims.size() == *over_claim + 2 && as.total_dates > 0 &&
      claims[*over_claim].n == claims.back().n + as.total_dates) {
    claims.erase(claims.begin() + static_cast<std::ptrdiff_t>(*over_claim));
    as.whole_spans.push_back(*st.over);
  }
  return true;
}

// The count that the installment's size states: what is left divided by it (or by the lump's
// size before it), or a preamble's span.
void size_claims(PassState& a, const AssembledSpec& as, const StatementAt& at, Series& sr) {
  const std::vector<Item>& pool = a.pool;
  const GrantContext& gc = a.gc;
  const Statement& st = at.statement();
  const Item* portion = at.portion;
  const std::size_t si = at.index;
  const bool last = at.last;
  const Item* const cnt = sr.cnt;
  const Item* const over = sr.over;
  const Date anchor = sr.anchor;
  const int first_step = sr.first_step, pm = sr.pm;
  auto& claims = sr.claims;
  auto& per = sr.per;
  auto& left = sr.left;
  auto& inherited = sr.inherited;
  bool& rounded = sr.rounded;
  const bool portion_is_fraction = portion && portion->pkind == Item::PortionKind::fraction;
  if (portion_is_fraction && (portion->per_installment || !cnt)) per = portion->fraction;
  left = as.tally.remaining_after(gc);
  // "an additional 1/36th of the remaining shares": a part of what is left, which portions before must leave.
  if (portion_is_fraction && portion->of_remaining) {
    if (!left || *left == Fraction(1)) {
      a.error("unrecognized", "\"" + a.quote(*portion) + "\" is a part of what remains, but no portion before it says what that is",
              portion->b, portion->e);
      return;
    }
    per = *left * portion->fraction;
    // Its count, stated by the size, is cross-checked with the others (an end date, a span).
    if (auto n = whole_count(Fraction(1) / portion->fraction)) claims.push_back({*n, a.quote(*portion) + " each time"});
  }
  // "1/8 will vest on X and quarterly thereafter, such that ... by Y": the 1/8 may be each
  // installment's or the first date's alone. Both readings must agree, or it is not guessed.
  // ("thereafter in monthly installments over 24 months" states its own size: the rest.)
  if (!portion && st.thereafter && !cnt && !over && si > 0 && at.read.statements[si - 1].shape == Statement::Shape::lump &&
      at.read.statements[si - 1].portion) {
    const Item& pp = pool[*at.read.statements[si - 1].portion];
    if (pp.pkind == Item::PortionKind::fraction) inherited = pp.fraction;
  }
  // "in annual installments of 3,000 shares", "vests as to 2,500 shares on each anniversary": with no count, a
  // share count is each installment's, and the grant's size counts them (none given: the last is not known, so
  // the count stays unstated and the footnote is refused; a count that does not divide what is left is refused).
  // (Beside a span or an end, "the remaining 39,127 shares ... monthly over the succeeding 36 months", the count is
  // the series' total.)
  if (portion && portion->pkind == Item::PortionKind::shares && !cnt && !over && !sr.thr && last && left && gc.shares &&
      !gc.shares->is_zero()) {
    per = portion->shares / *gc.shares;
    sr.per_shares = true;
    if (auto n = whole_count(*left / *per))
      claims.push_back({*n, a.quote(*portion) + " each time"});
    else
      a.error("cross_check_failed", "installments of " + a.quote(*portion) + " do not divide the " +
                                        left->to_string() + " of the grant (" + gc.shares->to_string() +
                                        " shares) left",
              portion->b, portion->e);
  }
  if (per && claims.empty() && left && last && !sr.per_shares) {
    const Fraction q = *left / *per;
    const BigInt nearest = (q + Fraction(1, 2)).numerator() / (q + Fraction(1, 2)).denominator();
    if (auto n = whole_count(q)) {
      claims.push_back({*n, a.quote(*portion) + " of the grant each time"});
    } else if (nearest >= 1 && nearest <= 1200 && rounded_share(a.quote(*portion), *per, *left / Fraction(nearest))) {
      const int n = static_cast<int>(nearest);
      rounded = true;
      a.warning("rounded_percentage", "\"" + a.quote(*portion) + "\" read as " + (*left / Fraction(n)).to_string() +
                                          " of the grant (the rest divided into " + std::to_string(n) +
                                          " equal installments, rounded in the text)",
                portion->b, portion->e);
      claims.push_back({n, a.quote(*portion) + " of the grant each time"});
    } else {
      a.error("cross_check_failed", "installments of " + a.quote(*portion) + " do not add up to the " +
                                        left->to_string() + " of the grant left",
              portion->b, portion->e);
    }
  }
  // "at the rate of 25% per year, with the first 25% vesting on <when>": the first installment's size is the rate's;
  // "in four equal annual installments, with the first 25% vesting on <when>": the count's (what the series
  // vests, divided by the count).
  const auto count_size = [&]() -> std::optional<Fraction> {
    if (per || !cnt || cnt->n < 1) return std::nullopt;
    if (portion_is_fraction) return portion->fraction / Fraction(cnt->n);
    if (!portion && left) return *left / Fraction(cnt->n);
    return std::nullopt;
  };
  if (st.start && pool[*st.start].stated && (per ? *per != pool[*st.start].fraction : count_size() != pool[*st.start].fraction)) {
    const Item& s0 = pool[*st.start];
    a.error("cross_check_failed", "\"" + a.quote(s0) + "\" states a first installment that is not the size of the others" +
                                      (per ? " (" + per->to_string() + " of the grant)" : std::string()),
            s0.b, s0.e);
  }
  // "1/48th of the shares vest on July 15, 2021 and each one-month anniversary thereafter": the size
  // written once for both (checked below against what is left).
  // (Only an installment-sized portion, at most 1/8: after "25% on the first anniversary",
  // "and monthly thereafter" more likely spreads the rest over months the footnote does not state.)
  if (claims.empty() && inherited && left && last && *inherited <= Fraction(1, 8)) {
    if (auto n = whole_count(*left / *inherited))
      claims.push_back({*n, a.quote(pool[*at.read.statements[si - 1].portion]) + " each time"});
  }
  // "The option vests over four years, with 25% ... on the first anniversary of the grant date
  // and the remainder ... quarterly thereafter": the preamble's span ends the last series
  // (it is still cross-checked against the whole schedule below).
  if (claims.empty() && last && pm > 0 && a.grant && anchor == *a.grant) {
    for (auto idx : at.read.preambles) {
      const Item& p0 = pool[idx];
      const auto om = p0.type == IT::over ? p0.period.in_months() : std::nullopt;
      if (om && *om % pm == 0 && *om / pm - first_step + 1 >= 1) {
        claims.push_back({*om / pm - first_step + 1, a.quote(p0)});
        break;
      }
    }
  }
  // The same on a calendar day rule ("the remaining 75% in equal quarterly installments on the 12th day of each
  // November, February, May and August thereafter" after "over four years:"): the series re-anchored on the rule's
  // days ends where the span from the grant date ends, which must be one of its dates.
  if (claims.empty() && last && pm > 0 && a.grant && sr.cal && first_step == 0 && sr.period) {
    for (auto idx : at.read.preambles) {
      const Item& p0 = pool[idx];
      const auto om = p0.type == IT::over ? p0.period.in_months() : std::nullopt;
      if (!om) continue;
      const Date end = add_months(*a.grant, *om);
      int n = 0;
      while (n < 1200 && step(anchor, *sr.period, n, sr.policy) < end) ++n;
      if (n < 1200 && step(anchor, *sr.period, n, sr.policy) == end) claims.push_back({n + 1, a.quote(p0)});
      break;
    }
  }
}

// The count all claims agree on, checked against the size inherited from the lump before.
std::optional<int> settle_count(PassState& a, const Statement& st, const Series& sr) {
  const auto& claims = sr.claims;
  const auto& inherited = sr.inherited;
  const auto& left = sr.left;
  if (claims.empty()) {
    a.error("unrecognized", "the number of installments is not stated: \"" + a.quote(st.b, st.e) + "\"", st.b, st.e);
    return std::nullopt;
  }
  auto last_of = [&](int n) { return sr.period ? to_iso(step(sr.anchor, *sr.period, sr.first_step + n - 1, sr.policy)) : std::string("?"); };
  for (const auto& c : claims)
    if (c.n != claims.front().n)
      a.error("cross_check_failed", "\"" + claims.front().text + "\" gives " + std::to_string(claims.front().n) +
                                        " installments (the last on " + last_of(claims.front().n) + ") but \"" +
                                        c.text + "\" gives " + std::to_string(c.n) + " (the last on " +
                                        last_of(c.n) + ")",
              st.b, st.e);
  if (a.failed) return std::nullopt;
  const int count = claims.front().n;
  if (count < 1 || count > 1200) {
    a.error("invalid_count", "installment count " + std::to_string(count) + " is out of range", st.b, st.e);
    return std::nullopt;
  }
  if (inherited && left && *inherited * Fraction(count) != *left) {
    a.error("cross_check_failed", "\"" + a.quote(st.b, st.e) + "\": " + std::to_string(count) +
                                      " installments of " + percent_string(*inherited) + "% (as on the date before) would vest " +
                                      percent_string(*inherited * Fraction(count)) + "% but " + percent_string(*left) +
                                      "% is left",
            st.b, st.e);
    return std::nullopt;
  }
  return count;
}

// "each Quarterly Date": the named dates after the anchor.
void named_dates_segment(PassState& a, AssembledSpec& as, const Series& sr, int count, Segment& seg) {
  const Item* const cad = sr.cad;
  const Date anchor = sr.anchor;
  const int first_step = sr.first_step;
  const auto* days = a.ctx.named(sr.named);
  if (!days) {
    a.error("undefined_date_name", "\"" + a.quote(*cad) + "\" names dates the footnote does not define", cad->b, cad->e);
    return;
  }
  // "in sixteen equal annual installments on each Quarterly Vesting Date": the days the name defines in a year and
  // the period the count or cadence states must agree (four days a year, every three months).
  // ("on each third Quarterly Vesting Date": every n-th of them, n days at a time.)
  const int nth = cad->n > 1 ? cad->n : 1;
  if (const auto pm = sr.period ? sr.period->in_months() : std::nullopt;
      pm && *pm * static_cast<int>(days->size()) != 12 * nth) {
    a.error("cross_check_failed", "\"" + a.quote(*cad) + "\" names " + std::to_string(days->size()) +
                                      " days a year but the cadence says every " + to_string(*sr.period),
            cad->b, cad->e);
    return;
  }
  std::vector<Date> dates;
  Date d = anchor;
  // "on each Quarterly Vesting Date beginning on June 1, 2024": the day it begins on must be one of the named days.
  if (first_step == 0 && PassState::next_named(*days, anchor - date::days{1}) != anchor) {
    a.error("cross_check_failed", "\"" + a.quote(*cad) + "\" begins on " + to_iso(anchor) +
                                      ", which is not one of the days the name defines",
            cad->b, cad->e);
    return;
  }
  if (first_step == 0) dates.push_back(d);
  while (static_cast<int>(dates.size()) < count) {
    for (int k = 0; k < nth; ++k) d = PassState::next_named(*days, d);
    dates.push_back(d);
  }
  a.set_prev(dates.back(), 0);
  as.total_dates += count;
  seg.shape = DateListSegment{std::move(dates)};
}

// "with a one-year cliff", "subject to a six-month cliff" (a condition item, family_conditions_provisos.cpp): the
// installments due on or before the start + the cliff vest together then. Only on the footnote's one series that
// steps from its start (none before it, no day rule of the calendar); a cliff that is not a whole number of
// periods, or not less than the series, is refused. Unread, the cliff stays unaccounted (account_for_salient_words).
bool apply_cliff(PassState& a, AssembledSpec& as, const Statement& st, const Series& sr, int count, InstallmentSegment& inst) {
  for (std::uint32_t i = 0; i < a.pool.size(); ++i) {
    const Item& c = a.pool[i];
    if (c.type != IT::condition || c.tag != Tag::cliff) continue;
    const auto months = c.period.in_months();
    // "over four years with a one-year cliff, with 25% vesting on the first anniversary of the grant date and the
    // remainder monthly thereafter": the cliff restates the first lump's date (from the grant or the VCD).
    if (as.total_dates > 0) {
      const auto* lump = as.spec.segments.empty() ? nullptr : std::get_if<LumpSegment>(&as.spec.segments.front().shape);
      const auto cliff_from = [&](const std::optional<Date>& base) { return base && months && add_months(*base, *months) == lump->date; };
      if (lump && (cliff_from(a.grant) || cliff_from(a.vcd))) as.used_items.push_back(i);
      return true;  // (otherwise left unaccounted: refused)
    }
    if (sr.first_step != 1 || sr.cal || sr.named || sr.pm <= 0) return true;  // (left unaccounted)
    if (!months || *months % sr.pm != 0 || *months / sr.pm >= count) {
      a.error("cross_check_failed", "\"" + a.quote(c) + "\" is not a whole number of the " + std::to_string(count) +
                                        " installments of \"" + a.quote(st.b, st.e) + "\" before the last",
              c.b, c.e);
      return false;
    }
    inst.cliff = *months / sr.pm;
    as.used_items.push_back(i);
    a.explain("a cliff of <duration>", c.b, c.e);
    return true;
  }
  return true;
}

void series_segment(PassState& a, AssembledSpec& as, const Statement& st, const Series& sr, int count, Segment& seg) {
  // "on the last day of each calendar quarter": March 31, June 30, September 30, December 31. The
  // day rule reads quarterly month ends from the anchor, which are those only from a quarter end.
  // "on the first business day of each calendar quarter": January, April, July, October.
  if (sr.dp && sr.period && sr.pm == 3) {
    const std::string_view dp_text = std::string_view(a.norm.text).substr(sr.dp->b, sr.dp->e - sr.dp->b);  // lower case
    const bool last = dp_text.find("last") != std::string_view::npos;
    if (dp_text.find("calendar") != std::string_view::npos && (last || dp_text.find("first") != std::string_view::npos)) {
      const date::year_month_day first{step(sr.anchor, *sr.period, sr.first_step, sr.policy)};
      if (static_cast<unsigned>(first.month()) % 3 != (last ? 0u : 1u)) {
        a.error("cross_check_failed", "\"" + a.quote(*sr.dp) + "\" but the first installment would fall on " + to_iso(Date{first}) +
                                          ", which does not " + (last ? "end" : "begin") + " a calendar quarter",
                sr.dp->b, sr.dp->e);
        return;
      }
    }
  }
  // "quarterly on the first day of each month ..., commencing April 15, 2025": a day rule that moves the first
  // installment of a series that begins ON its stated start to a day before that start is not understood.
  if (sr.period && (sr.first_step == 0 || sr.begins_on_start)) {
    const Date start = step(sr.anchor, *sr.period, sr.first_step);
    const Date first = step(sr.anchor, *sr.period, sr.first_step, sr.policy);
    if (first < start) {
      a.error("cross_check_failed", "the day rule puts the first installment on " + to_iso(first) +
                                        ", before the series' stated start " + to_iso(start),
              st.b, st.e);
      return;
    }
  }
  const std::vector<Item>& pool = a.pool;
  const Item* const thr = sr.thr;
  const std::optional<Period>& period = sr.period;
  const DayOfMonthPolicy policy = sr.policy;
  const Date anchor = sr.anchor;
  const int first_step = sr.first_step, pm = sr.pm;
  const std::optional<Date>& through_date = sr.through_date;
  InstallmentSegment inst;
  inst.anchor = anchor;
  inst.period = *period;
  inst.count = count;
  inst.first_step = first_step;
  inst.day_policy = policy;
  const Date last_date = step(anchor, *period, first_step + count - 1, policy);
  if (st.on_days) {  // "on each June 1 and December 1": every installment must fall on one of them
    const Item& od = pool[*st.on_days];
    for (int i = 1; i <= count && !a.failed; ++i) {
      const date::year_month_day ymd{step(anchor, *period, first_step + i - 1, policy)};
      const bool on = std::any_of(od.whens.begin(), od.whens.end(), [&](const When& w) {
        const date::year_month_day d{w.date};
        return d.month() == ymd.month() && d.day() == ymd.day();
      });
      if (!on)
        a.error("cross_check_failed", "installment " + std::to_string(i) + " falls on " + to_iso(Date{ymd}) +
                                          ", not on one of \"" + a.quote(od) + "\"",
                od.b, od.e);
    }
    if (a.failed) return;
  }
  if (through_date && last_date != *through_date && !a.failed)
    a.error("cross_check_failed", "the last installment falls on " + to_iso(last_date) + " but \"" + a.quote(*thr) +
                                      "\" says " + to_iso(*through_date),
            thr->b, thr->e);
  warn_if_start_ends_a_short_month(a, sr, count, st);
  if (!apply_cliff(a, as, st, sr, count, inst)) return;
  if (pm > 0) a.set_prev(anchor, pm * (first_step + count - 1), last_date);
  else a.set_prev(last_date, 0);
  as.total_dates += count;
  seg.shape = inst;
}

}  // namespace

void assemble_installments(PassState& a, AssembledSpec& as, const StatementAt& at, Segment& seg,
                           const FootnoteWords& words) {
  const Statement& st = at.statement();
  Series sr;
  if (!read_period(a, st, sr)) return;
  if (!place_anchor(a, at, sr, words) || !day_agrees_with_stated_anchor(a, sr)) return;
  if (!count_claims(a, as, st, sr)) return;
  size_claims(a, as, at, sr);
  const std::optional<int> count = settle_count(a, st, sr);
  if (!count) return;
  // The portion in total.
  std::optional<Fraction> total;
  if (sr.rounded) total = *sr.left;
  else if (sr.per) {
    const Fraction t = *sr.per * Fraction(*count);
    if (sr.left && t > *sr.left && at.portion->fraction == *sr.left) total = at.portion->fraction;  // "75% monthly over 36 months"
    else total = t;
  }
  if (sr.per_shares) {  // the share count each time, as many times as the grant's size gives
    const Amount each = at.portion->shares * Fraction(*count);
    seg.portion = Portion::fixed_shares(each);
    as.tally.stated_shares = true;
    as.tally.shares_sum += each;
  } else {
    set_portion(a, as.tally, at, seg, total);
  }
  if (sr.named) named_dates_segment(a, as, sr, *count, seg);
  else series_segment(a, as, st, sr, *count, seg);
}

}  // namespace vest::rules
