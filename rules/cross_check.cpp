// cross_check: reads the assembled spec and what the statements claimed of the whole schedule;
// guarantees that every redundant statement agrees — a preamble's span or count, "the remaining
// 75%" against what is left, share counts beside fractions, portions summing to the grant — or
// a cross_check_failed error quoting both sides.
#include "rules/passes.hpp"

#include "engine/core/projection.hpp"
#include "rules/compiled_rules.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string>

namespace vest::rules {

namespace {

bool anchor_stated(const PassState& a, const When& w) {
  switch (w.ref) {
    case When::Ref::absolute: return true;
    case When::Ref::grant: return a.grant.has_value();
    case When::Ref::vcd: return a.vcd.has_value();
    default: return false;
  }
}

// "one year from the grant date on November 1, 2027": a date stated twice (family_restated_dates.cpp)
// must read the same both ways.
void check_restated_dates(PassState& a, const StatementSet& read) {
  for (std::size_t idx = 0; idx < a.pool.size(); ++idx) {
    const Item& it = a.pool[idx];
    const bool restatement = it.tag == Tag::restated || it.tag == Tag::restated_ambiguous;
    if (it.type != IT::when || it.whens.size() != 1 || !restatement) continue;
    // (Only dates the schedule reads: "expires on October 22, 2032, ten years after the date of grant" is set aside.)
    // (A restated date inside a list or another item the schedule reads is checked too.)
    const bool read_by_schedule = std::any_of(read.used_items.begin(), read.used_items.end(), [&](std::uint32_t u) {
      return u == idx || (a.pool[u].b <= it.b && it.e <= a.pool[u].e);
    });
    if (!read_by_schedule) continue;
    if (!anchor_stated(a, it.when)) continue;  // resolving it reports the missing anchor
    const auto relative = a.resolve(it.when, it.b, it.e);
    // ("the first anniversary of the grant date, March 1, 2024" may restate the grant date itself.)
    When anchor = it.when;
    anchor.months = anchor.days = 0;
    const auto itself = a.resolve(anchor, it.b, it.e);
    if (relative && *relative != it.whens[0].date && !(itself && *itself == it.whens[0].date))
      a.error("cross_check_failed", "\"" + a.quote(it) + "\" states " + to_iso(it.whens[0].date) +
                                        " but its relative reading is " + to_iso(*relative) + ": the two disagree",
              it.b, it.e);
  }
}

// "vests over a four-year period at the rate of 25% on January 2, 2026, and then in 36 equal monthly
// installments thereafter": the span is a description of the whole schedule, met when its first date
// vests the part of the span it stands for (25% of 48 months: the last date is 36 months after the
// first), and that part of the span reaches back to the grant date give or take less than a month.
bool spans_straight_line(const ScheduleSpec& spec, std::optional<int> span_months, std::optional<Date> grant, Date last) {
  if (!span_months || *span_months <= 0 || !grant || spec.segments.empty()) return false;
  const Segment& first = spec.segments.front();
  const auto* lump = std::get_if<LumpSegment>(&first.shape);
  if (!lump || first.portion.kind != Portion::Kind::fraction_of_grant) return false;
  const Fraction before = first.portion.fraction * Fraction(*span_months), after = Fraction(*span_months) - before;
  if (before.denominator() != 1 || after.denominator() != 1 || !(after > Fraction(0))) return false;
  const int before_months = static_cast<int>(before.numerator()), after_months = static_cast<int>(after.numerator());
  if (add_months(lump->date, after_months) != last) return false;
  const Date start = add_months(lump->date, -before_months);
  return start > *grant - date::days{31} && start < *grant + date::days{31};
}

// "vest over three years: 1/6 six months after the vesting commencement date, then in ten quarterly
// installments on the first day of each calendar quarter": a span describes the schedule, whose last
// series ends on a day of the calendar within its last period. The span's end must fall in the last
// installment's period: on or after the last date, and less than one period after it (one installment
// more or less would miss it).
// The dates of a schedule told one by one (its lumps and date lists, in order); nothing when it has a series.
std::optional<std::vector<Date>> dates_told_one_by_one(const ScheduleSpec& spec) {
  std::vector<Date> out;
  for (const Segment& s : spec.segments) {
    if (const auto* lump = std::get_if<LumpSegment>(&s.shape)) out.push_back(lump->date);
    else if (const auto* list = std::get_if<DateListSegment>(&s.shape)) out.insert(out.end(), list->dates.begin(), list->dates.end());
    else return std::nullopt;
  }
  return out;
}

// The first date of a schedule that opens with a series (nothing when it opens with a lump, a list or a contingent
// part: "1/3 on September 3, 2022, then monthly for the following 24 months" counts its months from the lump).
std::optional<Date> series_first_date(const ScheduleSpec& spec) {
  if (spec.segments.empty()) return std::nullopt;
  const auto* inst = std::get_if<InstallmentSegment>(&spec.segments.front().shape);
  if (!inst) return std::nullopt;
  return step(inst->anchor, inst->period, inst->first_step, inst->day_policy);
}

// The schedule's last series falls on `start`'s days: its dates are start + k periods (k of any sign).
bool series_steps_from(const ScheduleSpec& spec, Date start) {
  if (spec.segments.empty()) return false;
  const auto* inst = std::get_if<InstallmentSegment>(&spec.segments.back().shape);
  const auto pm = inst ? inst->period.in_months() : std::nullopt;
  if (!pm || *pm <= 0) return false;
  const date::year_month_day a{inst->anchor}, b{start};
  const int months = (static_cast<int>(b.year()) - static_cast<int>(a.year())) * 12 +
                     (static_cast<int>(unsigned(b.month())) - static_cast<int>(unsigned(a.month())));
  return months % *pm == 0 && add_months(inst->anchor, months) == start;
}

// Dates listed one by one ("over three years, with 1/3 vesting on each of December 31, 2021, 2022 and 2023") divide
// the span evenly: their period is the span over their number, a month, quarter, half-year or year.
bool span_ends_in_last_period(const ScheduleSpec& spec, Date start, int span_months, Date last) {
  if (spec.segments.empty()) return false;
  std::optional<int> pm;
  if (const auto* inst = std::get_if<InstallmentSegment>(&spec.segments.back().shape)) {
    pm = inst->period.in_months();
  } else {
    const auto dates = dates_told_one_by_one(spec);
    if (!dates) return false;
    const auto n = static_cast<int>(dates->size());
    if (n < 2 || span_months % n != 0) return false;
    pm = span_months / n;
    if (*pm != 1 && *pm != 3 && *pm != 6 && *pm != 12) return false;  // (three dates over four years: no cadence)
  }
  if (!pm || *pm <= 0) return false;
  const Date end = add_months(start, span_months), next = add_months(last, *pm);
  // A series on the span's own days ("over twenty-four months" from the start date, semi-annually thereafter) ends
  // exactly at the span's end, or one period before it when the schedule opens with a series whose first date is the
  // start itself (twelve monthly installments "beginning on February 10, 2025" are one year): one month more or less
  // is another schedule.
  if (series_steps_from(spec, start)) return end == last || (series_first_date(spec) == start && end == next);
  // Days of the calendar the start is not one of ("over four years" from May 20, a cliff, then quarterly on the first day
  // of January, April, July and October): the span ends anywhere in the last installment's period (the cliff's own
  // length decides where: no nearer test holds for every real phrasing).
  return last <= end && end < next;
}

// "annually" in a preamble ("vest annually over three years, with one-third vesting on ..."): every series of the
// schedule steps by that period and its dates told one by one are that period apart.
// The dated lumps and lists of a schedule with no series are one period apart, month by month (the days may follow
// month ends: "the six-month anniversary" of May 31 is November 30). A schedule with a series, or a period that is
// no whole number of months, is not judged here.
bool dates_months_apart(const ScheduleSpec& spec, const Period& period) {
  const auto pm = period.in_months();
  if (!pm || *pm <= 0) return true;
  auto month_index = [](Date d) {
    const date::year_month_day ymd{d};
    return static_cast<int>(ymd.year()) * 12 + static_cast<int>(static_cast<unsigned>(ymd.month()));
  };
  std::optional<int> prev;
  for (const Segment& s : spec.segments) {
    std::vector<Date> dates;
    if (const auto* lump = std::get_if<LumpSegment>(&s.shape)) dates.push_back(lump->date);
    else if (const auto* list = std::get_if<DateListSegment>(&s.shape)) dates = list->dates;
    else return true;
    for (Date d : dates) {
      if (prev && month_index(d) - *prev != *pm) return false;
      prev = month_index(d);
    }
  }
  return true;
}

bool steps_by(const ScheduleSpec& spec, const Period& period) {
  const auto pm = period.in_months();
  if (!pm || *pm <= 0) return false;
  std::optional<Date> prev;
  const auto next_date = [&](Date d) {
    const bool ok = !prev || add_months(*prev, *pm) == d;
    prev = d;
    return ok;
  };
  for (const Segment& s : spec.segments) {
    if (const auto* inst = std::get_if<InstallmentSegment>(&s.shape)) {
      if (!(inst->period == period)) return false;
      prev.reset();
    } else if (const auto* lump = std::get_if<LumpSegment>(&s.shape)) {
      if (!next_date(lump->date)) return false;
    } else if (const auto* list = std::get_if<DateListSegment>(&s.shape)) {
      for (Date d : list->dates)
        if (!next_date(d)) return false;
    } else {
      return false;
    }
  }
  return true;
}

// A preamble that lists the dates ("on each of the first five anniversaries of D", before sentences that date each
// portion): the schedule's dates, told one by one (lumps and lists), must be exactly those.
bool dates_are(PassState& a, const Item& p, const ScheduleSpec& spec) {
  auto told = dates_told_one_by_one(spec);
  if (!told) return false;
  std::vector<Date> stated, scheduled = std::move(*told);
  for (const When& w : p.whens) {
    auto d = a.resolve(w, p.b, p.e);
    if (!d) return false;
    stated.push_back(*d);
  }
  for (auto* v : {&stated, &scheduled}) {
    std::sort(v->begin(), v->end());
    v->erase(std::unique(v->begin(), v->end()), v->end());
  }
  return !stated.empty() && stated == scheduled;
}

// "The first vesting date is January 28, 2021." after the schedule's sentence (read_statements.cpp): a claim on the
// schedule's earliest date, checked only on dates told one by one (lumps and lists); a series' is not computed here,
// so beside one the claim is refused rather than trusted.
bool date_claim(const Item& p) { return p.tag == Tag::first_date_claim || p.tag == Tag::not_before_claim; }

// ... and "None of the LTIP Units will vest before January 1, 2022.": no date of the schedule before it.
void check_first_date_claim(PassState& a, const Item& p, const ScheduleSpec& spec) {
  const auto told = dates_told_one_by_one(spec);
  const auto claimed = a.resolve(p.when, p.b, p.e);
  if (!told || told->empty() || !claimed) {
    a.error("cross_check_failed", "\"" + a.quote(p) + "\" cannot be checked against the schedule's dates", p.b, p.e);
    return;
  }
  const Date first = *std::min_element(told->begin(), told->end());
  if (p.tag == Tag::not_before_claim) {
    if (first < *claimed)
      a.error("cross_check_failed", "\"" + a.quote(p) + "\" says nothing vests before " + to_iso(*claimed) +
                                        " but the schedule's first date is " + to_iso(first), p.b, p.e);
    return;
  }
  if (first != *claimed)
    a.error("cross_check_failed", "\"" + a.quote(p) + "\" says the first vesting date is " + to_iso(*claimed) +
                                      " but the schedule's first date is " + to_iso(first), p.b, p.e);
}

// Preambles: "over four years" must be the span of the whole schedule (from its first anchor or
// from the grant date); "in three installments" its number of dates.
void check_preambles(PassState& a, const StatementSet& read, const AssembledSpec& as) {
  const std::vector<Item>& pool = a.pool;
  std::vector<std::size_t> spans = read.preambles;
  spans.insert(spans.end(), as.whole_spans.begin(), as.whole_spans.end());
  const Item* measured_from = nullptr;  // "over four years from <anchor>, with ...": the span's own start
  for (auto idx : read.preambles)
    if (pool[idx].type == IT::start && !date_claim(pool[idx])) measured_from = &pool[idx];
  for (auto idx : spans) {
    const Item& p = pool[idx];
    if (p.type == IT::start && !date_claim(p)) continue;
    if (as.any_contingent || !a.prev_end) {
      a.error("cross_check_failed", "\"" + a.quote(p) + "\" cannot be checked against a schedule with contingent parts",
              p.b, p.e);
      continue;
    }
    if (p.type == IT::start) {
      check_first_date_claim(a, p, as.spec);
      continue;
    }
    if (p.type == IT::when_list) {
      if (!dates_are(a, p, as.spec))
        a.error("cross_check_failed", "\"" + a.quote(p) + "\" does not name the dates of the schedule", p.b, p.e);
      continue;
    }
    if (p.type == IT::cadence) {
      if (!steps_by(as.spec, p.period))
        a.error("cross_check_failed", "\"" + a.quote(p) + "\" does not match the spacing of the schedule's dates", p.b, p.e);
      continue;
    }
    if (p.type == IT::count) {
      // ("in three quarterly installments as follows: 30% on the first anniversary ...": the count's cadence too.)
      if (p.has_period && !dates_months_apart(as.spec, p.period))
        a.error("cross_check_failed", "\"" + a.quote(p) + "\" does not match the spacing of the schedule's dates", p.b, p.e);
      else if (p.n != as.total_dates)
        a.error("cross_check_failed", "\"" + a.quote(p) + "\" says " + std::to_string(p.n) + " installments but the schedule has " +
                                          std::to_string(as.total_dates) + " dates",
                p.b, p.e);
      continue;
    }
    const auto om = p.period.in_months();
    if (measured_from && p.type == IT::over) {
      const auto from = a.resolve(measured_from->when, measured_from->b, measured_from->e);
      if (!from) continue;
      if (!om || (*a.prev_end != add_months(*from, *om) && !span_ends_in_last_period(as.spec, *from, *om, *a.prev_end)))
        a.error("cross_check_failed", "\"" + a.quote(p) + "\" from " + to_iso(*from) + " does not match the schedule, "
                                          "whose last date is " + to_iso(*a.prev_end),
                p.b, p.e);
      continue;
    }
    const bool from_first = om && as.first_base && a.prev_base == *as.first_base && a.prev_months == *om;
    const bool from_grant = om && a.grant && *a.prev_end == add_months(*a.grant, *om);
    // (From the grant date only when the series is not on the days of the anchor the first statement counts from:
    // "over twenty-four months" beside "twelve months of continuous service measured from <start date>" four days
    // before the grant, then semi-annually, is measured from the start date, exactly. A first statement on a date of
    // its own, "33,312 of the shares vested on October 22, 2017", leaves the span counted from the grant date.)
    const bool on_first_base = as.first_base && as.first_months > 0 && series_steps_from(as.spec, *as.first_base);
    const bool described = om && ((as.first_base && span_ends_in_last_period(as.spec, *as.first_base, *om, *a.prev_end)) ||
                                  (a.grant && !on_first_base && span_ends_in_last_period(as.spec, *a.grant, *om, *a.prev_end)));
    if (!from_first && !from_grant && !described && !spans_straight_line(as.spec, om, a.grant, *a.prev_end))
      a.error("cross_check_failed", "\"" + a.quote(p) + "\" does not match the schedule, whose last date is " +
                                        to_iso(*a.prev_end),
              p.b, p.e);
  }
}

// "25% (2,400 shares)", "3,000 shares (one-sixth)": one amount written twice
// (family_amounts_count_beside_fraction.cpp). The count must be exactly that fraction of the grant.
void check_counts_beside_fractions(PassState& a, const StatementSet& read) {
  for (std::uint32_t idx : read.used_items) {
    const Item& it = a.pool[idx];
    if (it.type != IT::portion || !it.count_beside) continue;
    if (!a.gc.shares) {
      a.error("cross_check_failed", "\"" + a.quote(it) + "\" states a share count beside a fraction, and the grant's size is "
                                        "not given to check them against",
              it.b, it.e);
    } else if (*a.gc.shares * it.fraction != it.shares) {
      a.error("cross_check_failed", "\"" + a.quote(it) + "\": " + it.shares.to_string() + " shares are not " +
                                        percent_string(it.fraction) + "% of the grant of " + a.gc.shares->to_string(),
              it.b, it.e);
    }
  }
}

}  // namespace

// "the June 2021 Vesting Commencement Date" (family_anchors_dates.cpp): the month and year it names must be
// those of the vesting commencement date the footnote states.
void check_month_named_anchors(PassState& a) {
  static const std::uint16_t rule = compiled().rule_index("the <Month YYYY> vesting commencement date");
  static constexpr std::string_view months[] = {"january", "february", "march",     "april",   "may",      "june",
                                                "july",    "august",   "september", "october", "november", "december"};
  if (!a.vcd) return;  // resolving it reports the missing date
  const date::year_month_day stated{*a.vcd};
  for (const Item& it : a.pool) {
    if (it.type != IT::when || it.rule != rule) continue;
    std::string text = a.quote(it);
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    unsigned month = 0;
    for (unsigned k = 0; k < 12 && !month; ++k)
      if (text.find(months[k]) != std::string::npos) month = k + 1;
    const auto digits = text.find_first_of("0123456789");
    const int year = digits == std::string::npos ? 0 : std::atoi(text.c_str() + digits);
    if (month != static_cast<unsigned>(stated.month()) || year != static_cast<int>(stated.year()))
      a.error("cross_check_failed", "\"" + a.quote(it) + "\" names another month than the vesting commencement date " +
                                        to_iso(*a.vcd) + " the footnote states",
              it.b, it.e);
  }
}

// "on the last day of each calendar quarter of 2026" (family_anchors_date_lists.cpp): every quarter of the year,
// so a grant made after the first quarter's end says the year is not the whole list (the dates left are a guess).
void check_calendar_quarters_after_grant(PassState& a, const StatementSet& read) {
  if (!a.grant) return;
  for (const auto idx : read.used_items) {
    const Item& it = a.pool[idx];
    if (it.type == IT::when_list && it.tag == Tag::calendar_quarters && !it.whens.empty() && it.whens.front().date < *a.grant)
      a.error("cross_check_failed", "\"" + a.quote(it) + "\" names a quarter that ended on " + to_iso(it.whens.front().date) +
                                        ", before the grant on " + to_iso(*a.grant),
              it.b, it.e);
  }
}

void cross_check(PassState& a, const StatementSet& read, const AssembledSpec& as) {
  const GrantContext& gc = a.gc;
  const Normalized& norm = a.norm;
  check_restated_dates(a, read);
  check_month_named_anchors(a);
  check_calendar_quarters_after_grant(a, read);
  check_counts_beside_fractions(a, read);
  // (Only with a preamble or a span to check: called for nothing, its code was fetched on every footnote.)
  if (!read.preambles.empty() || !as.whole_spans.empty()) check_preambles(a, read, as);
  // Cross-check: "the remaining 75%" must be what the other portions leave.
  if (!as.tally.stated_remainders.empty()) {
    auto left = as.tally.remaining_after(gc);
    for (const auto& r : as.tally.stated_remainders)
      if (left && *left != r.stated)
        a.error("cross_check_failed", "\"" + a.quote(r.b, r.e) + "\" says " + percent_string(r.stated) +
                                          "% remain but the other portions leave " + percent_string(*left) + "%",
                r.b, r.e);
  }
  // "50% of the RSUs vested on D1 and were settled. The remaining RSUs vest on D2.": with the sentence that sized the
  // first part set aside, "the remaining" would silently become the whole grant.
  if (!as.tally.bare_remainders.empty()) {
    bool sized = false;
    for (const auto& sg : as.spec.segments) sized |= sg.portion.kind != Portion::Kind::remainder;
    if (!sized)
      for (const auto& [b, e] : as.tally.bare_remainders)
        a.error("cross_check_failed", "\"" + a.quote(b, e) + "\" is what other portions leave, but the schedule sizes no "
                                      "other portion",
                b, e);
  }
  if (as.tally.stated_shares && as.tally.stated_sum > Fraction(0) && !gc.shares) {
    // Share counts beside fractions of a total the input does not give: nothing says they fit together.
    a.error("cross_check_failed", "the footnote states both share counts and fractions of the grant, and the grant's "
                                  "size is not given to check them against",
            0, static_cast<std::uint32_t>(norm.text.size()));
  } else if (as.tally.stated_shares && as.tally.stated_sum >= Fraction(1)) {
    // "14,772 shares ... vesting on June 30, 2015 ... One-third of these units vest on each of ...": the
    // fractions alone already give the whole grant, so the share counts cannot be part of it.
    a.error("cross_check_failed", "the portions stated as fractions already add up to " + percent_string(as.tally.stated_sum) +
                                      "% of the grant, besides the share counts stated",
            0, static_cast<std::uint32_t>(norm.text.size()));
  }
  if (!as.tally.stated_shares) {
    bool has_rem = false;
    Fraction sum;
    for (const auto& sg : as.spec.segments) {
      has_rem |= sg.portion.kind == Portion::Kind::remainder;
      if (sg.portion.kind == Portion::Kind::fraction_of_grant) sum += sg.portion.fraction;
    }
    if (!has_rem && sum != Fraction(1))
      a.error("cross_check_failed", "the portions stated add up to " + percent_string(sum) + "% of the grant, not 100%",
              0, static_cast<std::uint32_t>(norm.text.size()));
    if (has_rem && sum >= Fraction(1))
      a.error("cross_check_failed", "the portions stated already add up to " + percent_string(sum) +
                                        "% before \"the remainder\"",
              0, static_cast<std::uint32_t>(norm.text.size()));
  }
}

}  // namespace vest::rules
