// Family: schedules — clause rules. Each reads the items of one clause and
// states one piece of the schedule: a lump on a date, installments, a list of
// dates, an immediate vesting, or a contingent (performance) portion. A
// clause that none of them accepts makes the footnote `unrecognized`.
#include "rules/rule_helpers.hpp"

namespace vest::rules {
using namespace helpers;

namespace {

constexpr std::uint64_t bit(IT t) { return std::uint64_t{1} << static_cast<int>(t); }

struct View {
  const Clause& c;
  const std::vector<Item>& pool;
  std::optional<std::size_t> first(IT t) const {
    for (auto i : c.items)
      if (pool[i].type == t) return i;
    return std::nullopt;
  }
  int count(IT t) const {
    int n = 0;
    for (auto i : c.items) n += pool[i].type == t;
    return n;
  }
  bool only(std::uint64_t allowed) const { return (c.mask & ~allowed) == 0; }
};

// "<portion> vests in <count> <cadence> installments beginning on <when>": a series, its size, span,
// end, start (or a recurrence and its first date), day rule and days.
std::optional<Statement> installments_statement(const Clause& c, const std::vector<Item>& pool) {
  View v{c, pool};
  bool days_with_period = false;  // "on each February 15, May 15, August 15 and November 15"
  for (auto i : c.items)
    if (pool[i].type == IT::header && pool[i].tag == Tag::month_days && pool[i].has_period) days_with_period = true;
  const bool has_cadence = c.has(IT::cadence) || c.has(IT::count) || days_with_period ||
                           (c.has(IT::day_policy) && pool[*v.first(IT::day_policy)].has_period) ||
                           (c.has(IT::start) && pool[*v.first(IT::start)].has_period);
  if (!has_cadence) return std::nullopt;
  if (!v.only(bit(IT::portion) | bit(IT::cadence) | bit(IT::count) | bit(IT::over) | bit(IT::through) |
              bit(IT::start) | bit(IT::thereafter) | bit(IT::day_policy) | bit(IT::until_full) | bit(IT::header)))
    return std::nullopt;
  // "the remaining shares ... in equal quarterly installments of 6.25% each": the size of each is the
  // series' portion (the remainder states no size: the cross-checks see what is left).
  std::optional<std::size_t> each_portion;
  if (v.count(IT::portion) == 2) {
    std::vector<std::size_t> ps;
    for (auto i : c.items)
      if (pool[i].type == IT::portion) ps.push_back(i);
    const Item &a = pool[ps[0]], &b = pool[ps[1]];
    if (!(a.pkind == Item::PortionKind::remainder && !a.stated && b.tag == Tag::each)) return std::nullopt;
    each_portion = ps[1];
  }
  for (IT t : {IT::portion, IT::cadence, IT::count, IT::over, IT::through, IT::day_policy})
    if (v.count(t) > 1 && !(t == IT::portion && each_portion)) return std::nullopt;
  // Two starts only as "on each anniversary of X, commencing Y" (the recurrence and its first date) or as "over three
  // years from X, with the first installment vesting on Y" (the anchor counted from and the first date): the first
  // date is cross-checked against the series (assemble_installments.cpp: check_commencing_date).
  std::optional<std::size_t> start, start_check;
  for (auto i : c.items) {
    if (pool[i].type != IT::start) continue;
    if (!start) start = i;
    else if (!start_check) start_check = i;
    else return std::nullopt;
  }
  if (start_check) {
    const Item &s0 = pool[*start], &s1 = pool[*start_check];
    if (s0.has_period != s1.has_period) {
      if (!s0.has_period) std::swap(start, start_check);
    } else if (!s0.has_period && s0.first_step != s1.first_step) {
      if (s0.first_step == 0) std::swap(start, start_check);  // (the anchor is the one counted from)
      const Item& first = pool[*start_check];
      if (!pool[*start].bare() || !(first.bare() || first.tag == Tag::first_installment)) return std::nullopt;
    } else if (!s0.has_period && s0.bare() != s1.bare() &&
               (s0.tag == Tag::first_installment || s1.tag == Tag::first_installment)) {
      // "beginning on the date of grant, with the first installment vesting one month after the date of grant": the
      // start, and the first installment that says whether the start is itself one (assemble_installments.cpp).
      if (s0.tag == Tag::first_installment) std::swap(start, start_check);
    } else {
      return std::nullopt;
    }
    if (pool[*start_check].first_step != 0) return std::nullopt;
  }
  Statement s;
  s.shape = Statement::Shape::installments;
  s.start_check = start_check;
  s.portion = each_portion ? each_portion : v.first(IT::portion);
  s.cadence = v.first(IT::cadence);
  s.count = v.first(IT::count);
  s.over = v.first(IT::over);
  s.through = v.first(IT::through);
  s.start = start;
  s.day_policy = v.first(IT::day_policy);
  for (auto i : c.items)
    if (pool[i].type == IT::header && pool[i].tag == Tag::month_days) s.on_days = i;
  s.thereafter = c.has(IT::thereafter);
  s.until_full = c.has(IT::until_full);
  return s;
}

std::vector<ClauseRule> schedule_clause_rules() {
  return {
      {"<date> - <number> shares (a row of a table)",
       [](const Clause& c, const std::vector<Item>& pool) -> std::optional<Statement> {
         View v{c, pool};
         if (!v.only(bit(IT::portion) | bit(IT::header) | bit(IT::when)) || v.count(IT::portion) != 1 ||
             v.count(IT::when) != 0)
           return std::nullopt;
         const auto p = v.first(IT::portion);
         if (pool[*p].tag != Tag::dated) return std::nullopt;
         Statement s;
         s.shape = Statement::Shape::lump;
         s.portion = p;
         s.when = p;  // the row's own date
         return s;
       }},
      {"<portion> vests upon <performance condition>",
       [](const Clause& c, const std::vector<Item>& pool) -> std::optional<Statement> {
         View v{c, pool};
         if (!c.has(IT::performance)) return std::nullopt;
         Statement s;
         s.shape = Statement::Shape::contingent;
         s.portion = v.first(IT::portion);
         s.condition = "performance condition";
         return s;
       }},
      {"<portion> is fully vested",
       [](const Clause& c, const std::vector<Item>& pool) -> std::optional<Statement> {
         View v{c, pool};
         if (!v.only(bit(IT::immediate) | bit(IT::portion) | bit(IT::header))) return std::nullopt;
         if (!c.has(IT::immediate) || v.count(IT::portion) > 1) return std::nullopt;
         Statement s;
         s.shape = Statement::Shape::immediate;
         s.portion = v.first(IT::portion);
         return s;
       }},
      {"<portion> vests on each of <dates>",
       [](const Clause& c, const std::vector<Item>& pool) -> std::optional<Statement> {
         View v{c, pool};
         if (!c.has(IT::when_list) || v.count(IT::when_list) != 1 || v.count(IT::portion) > 1) return std::nullopt;
         if (!v.only(bit(IT::when_list) | bit(IT::portion) | bit(IT::count) | bit(IT::header) | bit(IT::cadence) |
                     bit(IT::thereafter) | bit(IT::over) | bit(IT::through) | bit(IT::start)))
           return std::nullopt;
         if (v.count(IT::over) > 1 || v.count(IT::through) > 1 || v.count(IT::start) > 1) return std::nullopt;
         // "on each of the first three anniversaries of the grant, beginning February 10, 2008": the first date said
         // again, a claim on it (assemble_spec.cpp); never a start counted from ("following X") or sized.
         const auto start = v.first(IT::start);
         if (start && (pool[*start].has_period || pool[*start].first_step != 0 || !pool[*start].bare() ||
                       pool[*start].stated))
           return std::nullopt;
         // (A cadence must be the list's own: yearly, or quarterly beside "each calendar quarter of 2026".)
         const Period own = pool[*v.first(IT::when_list)].tag == Tag::calendar_quarters ? Period::months(3) : Period::years(1);
         if (auto cad = v.first(IT::cadence); cad && !(pool[*cad].has_period && pool[*cad].period == own))
           return std::nullopt;
         Statement s;
         s.shape = Statement::Shape::date_list;
         s.portion = v.first(IT::portion);
         s.dates = pool[*v.first(IT::when_list)].whens;
         s.cadence = v.first(IT::cadence);  // (checked against the dates' spacing: assemble_date_list)
         s.count = v.first(IT::count);
         s.over = v.first(IT::over);
         s.through = v.first(IT::through);  // "... such that the RSUs are fully vested on <date>": the last date
         s.start_check = start;
         return s;
       }},
      {"<portion> vests in <count> <cadence> installments beginning on <when>", installments_statement},
      {"<portion> vests on <when>",
       [](const Clause& c, const std::vector<Item>& pool) -> std::optional<Statement> {
         View v{c, pool};
         if (!c.has(IT::when) || v.count(IT::when) != 1 || v.count(IT::portion) > 1) return std::nullopt;
         // "in one installment on December 1, 2024": a count of one is a lump.
         const bool one = c.has(IT::count) && v.count(IT::count) == 1 && pool[*v.first(IT::count)].n == 1;
         if (!v.only(bit(IT::when) | bit(IT::portion) | bit(IT::immediate) | bit(IT::header) | (one ? bit(IT::count) : 0)))
           return std::nullopt;
         const When& when = pool[*v.first(IT::when)].when;
         if (when.ref == When::Ref::achievement) return std::nullopt;
         Statement s;
         // Vesting on the grant date itself is immediate vesting.
         if (when.ref == When::Ref::grant && when.months == 0 && when.days == 0 && !when.fixed_day) {
           s.shape = Statement::Shape::immediate;
           s.portion = v.first(IT::portion);
           return s;
         }
         s.shape = Statement::Shape::lump;
         s.portion = v.first(IT::portion);
         s.when = v.first(IT::when);
         if (one) s.count = v.first(IT::count);
         return s;
       }},
  };
}

std::vector<Example> schedule_examples() {
  return {
      // A cadence beside listed dates is a claim on their spacing (assemble_spec.cpp, check_listed_dates_step).
      {"The LTIP Units vest in three equal quarterly installments on January 1, 2016, January 1, 2017 and January 1, 2018.",
       "2015-01-01", "300", "unrecognized", "", "are not", false},
      {"The option vests in four equal annual installments on March 31, June 30, September 30 and December 31, 2025.",
       "2025-01-01", "400", "unrecognized", "", "are not", false},
      {"The LTIP Units vest in three equal annual installments on January 1, 2016, January 1, 2017 and January 1, 2018.",
       "2015-01-01", "300", "time_based", "2016-01-01=100 2017-01-01=100 2018-01-01=100", "", false},
      {"The option vests in four equal quarterly installments on March 31, June 30, September 30 and December 31, 2025.",
       "2025-01-01", "400", "time_based", "2025-03-31=100 2025-06-30=100 2025-09-30=100 2025-12-31=100", "", false},
      // A count divides a part over its dates ("40% in two equal installments on D1 and D2": 20% on each), as it does a
      // share count; the parts must still sum to the grant, and the dates must be as many as the count.
      {"The restricted stock units vest as follows: 20% on May 15, 2024, 40% in two equal installments on November 15, 2024 "
       "and May 15, 2025, and 40% in two equal installments on November 15, 2025 and May 15, 2026.",
       "2023-05-15", "100", "time_based", "2024-05-15=20 2024-11-15=20 2025-05-15=20 2025-11-15=20 2026-05-15=20", "", false},
      {"50% of the RSUs vest on March 1, 2025 and 50% vest in two equal installments on March 1, 2026 and March 1, 2027.",
       "2024-03-01", "4", "time_based", "2025-03-01=2 2026-03-01=1 2027-03-01=1", "", false},
      {"50% of the RSUs vest on March 1, 2025 and 25% vest in two equal installments on March 1, 2026 and March 1, 2027.",
       "2024-03-01", "4", "unrecognized", "", "cross_check_failed", false},
      {"50% of the RSUs vest on March 1, 2025 and 50% vest in three equal installments on March 1, 2026 and March 1, 2027.",
       "2024-03-01", "4", "unrecognized", "", "cross_check_failed", false},
      // The first date said again after the list (", beginning D") is a claim on it; "following D" counts from D and
      // is not one.
      {"The restricted stock vests in thirds on each of the first three anniversaries of the grant, beginning February "
       "10, 2008.",
       "2007-02-10", "3000", "time_based", "2008-02-10=1000 2009-02-10=1000 2010-02-10=1000", "", false},
      {"The RSUs vest in three equal installments on each of March 1, 2025, March 1, 2026 and March 1, 2027, beginning "
       "March 1, 2025.",
       "2024-03-01", "3", "time_based", "2025-03-01=1 2026-03-01=1 2027-03-01=1", "", false},
      {"The restricted stock vests in thirds on each of the first three anniversaries of the grant, beginning February "
       "10, 2009.",
       "2007-02-10", "3000", "unrecognized", "", "cross_check_failed", false},
      {"The restricted stock vests in thirds on each of the first three anniversaries of the grant, beginning following "
       "February 10, 2008.",
       "2007-02-10", "3000", "unrecognized", "", "not understood", false},
      // A count's cadence before the dates it counts ("as follows: ...", a list of anniversaries; cross_check.cpp).
      {"The shares vest in three quarterly installments as follows: 30% on the first anniversary of the grant date, 30% on "
       "the second anniversary of the grant date and 40% on the third anniversary of the grant date.",
       "2024-08-19", "100", "unrecognized", "", "spacing", false},
      {"The shares vest in three annual installments as follows: 30% on the first anniversary of the grant date, 30% on "
       "the second anniversary of the grant date and 40% on the third anniversary of the grant date.",
       "2024-08-19", "100", "time_based", "2025-08-19=30 2026-08-19=30 2027-08-19=40", "", false},
      // A remainder's size in words and its figure in parentheses must agree (read_statements.cpp).
      {"Twenty-five percent (25%) of the options vest on January 23, 2010. The remaining sixty percent (75%) of the "
       "options vest on January 23, 2011.",
       "2009-01-23", "100", "unrecognized", "", "two different sizes", false},
      {"Twenty-five percent (25%) of the options vest on January 23, 2010. The remaining seventy-five percent (75%) of the "
       "options vest on January 23, 2011.",
       "2009-01-23", "100", "time_based", "2010-01-23=25 2011-01-23=75", "", false},
      // Never a date across the act of granting: the date is the grant's, so the portion has none of its own here.
      {"On June 6, 2025, the Committee approved a grant of RSUs, which are scheduled to vest as to 33% on each annual "
       "anniversary until fully vested on June 6, 2028.",
       "2025-06-06", "300", "unrecognized", "", "portion_missing", false},
      {"On June 6, 2025, the Committee approved a grant of RSUs, 33% of which vest on each annual anniversary until fully "
       "vested on June 6, 2028.",
       "2025-06-06", "300", "unrecognized", "", "portion_missing", false},
      // The portion after its date: "first becomes exercisable on D as to one-fourth", "on D with respect to 40%".
      {"The option first becomes exercisable on August 12, 2026 as to 25% of the shares, and as to the remaining shares in "
       "twelve equal quarterly installments thereafter.",
       "2025-08-12", "8000", "time_based", "2026-08-12=2000 2026-11-12=500 2027-02-12=500 2027-05-12=500 2027-08-12=500 2027-11-12=500 2028-02-12=500 2028-05-12=500 2028-08-12=500 2028-11-12=500 2029-02-12=500 2029-05-12=500 2029-08-12=500", "", false},
      {"The units vest on December 1, 2025 with respect to 40% of the units and on December 1, 2026 with respect to the "
       "remaining 60%.",
       "2024-12-01", "1000", "time_based", "2025-12-01=400 2026-12-01=600", "", false},
      {"The units vest on December 1, 2025 with respect to 40% of the units and on December 1, 2026 with respect to 40% of "
       "the units.",
       "2024-12-01", "1000", "unrecognized", "", "cross_check_failed", false},
      {"These are restricted shares of Common Stock that vest, subject to the continued employment of the Reporting Person on "
       "the vesting dates, as follows: 25% will vest on the first anniversary of the grant date and the remaining 75% of such "
       "shares will vest in six equal increments semi-annually thereafter through the fourth anniversary of the grant date.",
       "2013-02-15", "150000", "time_based",
       "2014-02-15=37500 2014-08-15=18750 2015-02-15=18750 2015-08-15=18750 2016-02-15=18750 2016-08-15=18750 2017-02-15=18750",
       "", false},
      {"25% of the shares underlying this option vests on December 16, 2014. The remaining 75% of the shares underlying this "
       "option will then vest in equal monthly increments for the following 36 months through December 16, 2017.",
       "2013-12-16", "200000", "time_based",
       "2014-12-16=50000 2015-01-16=4166 2015-02-16=4167 2015-03-16=4167 2015-04-16=4166 2015-05-16=4167 2015-06-16=4167 "
       "2015-07-16=4166 2015-08-16=4167 2015-09-16=4167 2015-10-16=4166 2015-11-16=4167 2015-12-16=4167 2016-01-16=4166 "
       "2016-02-16=4167 2016-03-16=4167 2016-04-16=4166 2016-05-16=4167 2016-06-16=4167 2016-07-16=4166 2016-08-16=4167 "
       "2016-09-16=4167 2016-10-16=4166 2016-11-16=4167 2016-12-16=4167 2017-01-16=4166 2017-02-16=4167 2017-03-16=4167 "
       "2017-04-16=4166 2017-05-16=4167 2017-06-16=4167 2017-07-16=4166 2017-08-16=4167 2017-09-16=4167 2017-10-16=4166 "
       "2017-11-16=4167 2017-12-16=4167",
       "", false},
      {"The option vests as to 1/4th of the total shares on May 9, 2019, and then 1/48th of the total shares vest monthly "
       "thereafter, subject to theReporting Holder's continued service to the Issuer on each vesting date.",
       "", "48", "time_based",
       "2019-05-09=12 2019-06-09=1 2019-07-09=1 2019-08-09=1 2019-09-09=1 2019-10-09=1 2019-11-09=1 2019-12-09=1 2020-01-09=1 "
       "2020-02-09=1 2020-03-09=1 2020-04-09=1 2020-05-09=1 2020-06-09=1 2020-07-09=1 2020-08-09=1 2020-09-09=1 2020-10-09=1 "
       "2020-11-09=1 2020-12-09=1 2021-01-09=1 2021-02-09=1 2021-03-09=1 2021-04-09=1 2021-05-09=1 2021-06-09=1 2021-07-09=1 "
       "2021-08-09=1 2021-09-09=1 2021-10-09=1 2021-11-09=1 2021-12-09=1 2022-01-09=1 2022-02-09=1 2022-03-09=1 2022-04-09=1 "
       "2022-05-09=1",
       "", false},
      {"All restricted stock units are fully vested.", "2021-06-30", "289", "immediate", "2021-06-30=289", "", false},
      // A dated first installment, then the rest in installments of a stated size to a stated end.
      {"6.25% of the shares vest on March 4, 2026, and the remaining shares vest in equal quarterly installments of 6.25% "
       "each thereafter through December 4, 2029.",
       "2025-12-03", "16", "time_based",
       "2026-03-04=1 2026-06-04=1 2026-09-04=1 2026-12-04=1 2027-03-04=1 2027-06-04=1 2027-09-04=1 2027-12-04=1 2028-03-04=1 "
       "2028-06-04=1 2028-09-04=1 2028-12-04=1 2029-03-04=1 2029-06-04=1 2029-09-04=1 2029-12-04=1",
       "", false},
      {"One-eighth of the shares vest on August 17, 2023, and the remaining shares vest in equal quarterly installments of "
       "one-eighth each thereafter through May 17, 2025.",
       "2023-05-15", "8", "time_based",
       "2023-08-17=1 2023-11-17=1 2024-02-17=1 2024-05-17=1 2024-08-17=1 2024-11-17=1 2025-02-17=1 2025-05-17=1", "", false},
      // The size and the end disagree (1/8 a quarter from August 2023 ends in May 2025, not 2026): refused.
      {"One-eighth of the shares vest on August 17, 2023, and the remaining shares vest in equal quarterly installments of "
       "one-eighth each thereafter through May 17, 2026.",
       "2023-05-15", "8", "unrecognized", "", "cross_check_failed", false},
      // A date list and its end: "such that ... fully vested on <date>" must be the last date listed.
      {"The RSUs vest in three (3) equal annual installments on the first three anniversaries of the grant date such that "
       "the RSUs are fully vested on January 31, 2026.",
       "2023-01-31", "3", "time_based", "2024-01-31=1 2025-01-31=1 2026-01-31=1", "", false},
      {"The RSUs vest in three (3) equal annual installments on the first three anniversaries of the grant date such that "
       "the RSUs are fully vested on January 31, 2027.",
       "2023-01-31", "3", "unrecognized", "", "cross_check_failed", false},
      // "(cliff vesting)" right after the date of a lump of the whole grant, the footnote's one statement, describes it
      // (account_for_salient_words.cpp); beside a part, a series or more words it is not read.
      {"The RSUs vest in full on March 1, 2026 (cliff vesting).", "2023-03-01", "100", "time_based", "2026-03-01=100", "",
       false},
      {"The restricted stock units will vest 100% on the third anniversary of the grant date (cliff vesting), subject to "
       "continued employment.",
       "2023-03-01", "100", "time_based", "2026-03-01=100", "", false},
      {"50% of the RSUs vest on March 1, 2026 (cliff vesting) and 50% on March 1, 2027.", "2023-03-01", "100",
       "unrecognized", "", "not accounted for", false},
      {"The RSUs vest in three equal annual installments beginning on March 1, 2024 (cliff vesting).", "2023-03-01", "3",
       "unrecognized", "", "not accounted for", false},
      {"The RSUs vest on March 1, 2026 (cliff vesting after one year).", "2023-03-01", "100", "unrecognized", "",
       "not accounted for", false},
      {"The RSUs are fully vested on the date of grant.", "2021-06-30", "10", "immediate", "2021-06-30=10", "", false},
      {"The RSUs vested in full on the grant date.", "2024-06-12", "2500", "immediate", "2024-06-12=2500", "", false},
      {"The stock award vested immediately upon grant.", "2023-12-15", "1500", "immediate", "2023-12-15=1500", "", false},
      {"100% of the shares subject to the option were vested as of the date of grant.", "2025-02-03", "30000", "immediate",
       "2025-02-03=30000", "", false},
      {"The RSUs vested in full on the grant date.", "", "2500", "immediate", "", "needs grant_date", false},
      {"The RSUs vest in 25% installments as follows: 25% vested immediately upon grant, and the remaining 25% installments "
       "vest on each of November 30, 2023, February 28, 2024, and May 31, 2024.",
       "2023-11-06", "120000", "time_based", "2023-11-06=30000 2023-11-30=30000 2024-02-28=30000 2024-05-31=30000", "", false},
      {"50% of the RSUs vest on March 1, 2025 and 50% vest upon the achievement of a product milestone.", "", "100", "mixed",
       "2025-03-01=50", "", false},
      {"The RSUs vest on March 1, 2025 or on some other date the committee picks.", "", "100", "unrecognized", "", "not understood", false},
      {"RSUs do not expire; they either vest or are canceled prior to the vesting date.", "", "69", "not_vesting", "", "", false},
  };
}

}  // namespace

Family schedules_family() {
  Family f;
  f.name = "schedules";
  f.clause_rules = schedule_clause_rules();
  f.examples = schedule_examples();
  return f;
}

}  // namespace vest::rules
