// Cadence rules: words that name how often ("per annum", "on a quarterly basis", "in equal monthly
// installments", "each Quarterly Date", the bare "monthly") and "thereafter".
#include "rules/family_cadence_parts.hpp"

namespace vest::rules::cadence_rules {

std::vector<ItemRule> rate_rules() {
  return {
      // "per annum", "per year", "per quarter": a cadence ("25% per annum").
      {"per annum", 5, {w({"per"}), w({"annum", "year", "quarter", "month"})},
       [](const Match& m) {
         static const std::uint16_t quarter = intern("quarter"), month = intern("month");
         const auto id = m.node(1).wid;
         return cadence_item(id == quarter ? Period::months(3) : id == month ? Period::months(1) : Period::years(1));
       }},
  };
}

std::vector<ItemRule> period_phrase_rules() {
  return {
      // "on the corresponding day of each quarter thereafter": the anchor's day, clamped (the default policy). "monthly
      // thereafter on the same day of the month": the same, for months only ("... of the month as X" is the series
      // slots' rule, X's day).
      {"on the corresponding day of each quarter", 5,
       {opt(w({"on"})), opt(w({"the"})), w({"corresponding", "same"}), opt(w({"calendar"})), w({"day"}), w({"of"}),
        w({"each", "every", "the"}), opt(w({"succeeding", "subsequent", "following", "calendar"})),
        w({"month", "quarter", "year"})},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t quarter = intern("quarter"), month = intern("month"), the = intern("the"),
                                    as = intern("as");
         const auto id = m.node(8).wid;
         const auto& n = *m.nodes;
         if (m.node(6).wid == the && (id != month || m.has(7) || (m.end < n.size() && is_w(n[m.end], as))))
           return std::nullopt;
         // "each month thereafter on the same day of the month": after a cadence, the day it falls on (a day rule whose
         // month is a claim on the cadence's period, assemble_installments), not a second cadence.
         // (Only after a cadence of a period: beside defined day names it stays a second cadence, refused.)
         if (m.node(6).wid == the && m.begin > 0 && n[m.begin - 1].kind == NK::item && n[m.begin - 1].itype == IT::cadence &&
             (*m.items)[n[m.begin - 1].payload].has_period && !(*m.items)[n[m.begin - 1].payload].named) {
           Item it = make(IT::day_policy);
           it.period = Period::months(1);
           it.has_period = true;
           return it;
         }
         return cadence_item(id == quarter ? Period::months(3) : id == month ? Period::months(1) : Period::years(1));
       }},
      {"on a <cadence> basis", 5, {w({"on"}), w({"a", "an"}), adj(), w({"basis"})},
       [](const Match& m) { return cadence_item(adj_at(m, 2)); }},
      {"in equal <cadence> installments", 5,
       {opt(w({"in"})), opt(w({"substantially", "approximately"})), opt(w({"equal"})), adj(),
        opt(w({"installments", "installment", "increments", "tranches", "portions", "amounts"}))},
       [](const Match& m) { return cadence_item(adj_at(m, 3)); }},
      // 'on each Vesting Date ... "Vesting Date" means each of the first five anniversaries of April 3, 2020': a name
      // defined (before or after its use) as a list of dates is that list ("means" / "shall mean", then the list
      // right after "each of"); a name defined as days of the year is the rule below's, anything else is not read.
      {"each <Name> Date (a defined list)", 5,
       {w({"each", "every"}), any_word(), opt(w({"vesting"})), w({"date"})},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t date = intern("date"), means = intern("means"), mean = intern("mean"),
                                    shall = intern("shall"), each = intern("each"), of = intern("of"),
                                    vesting = intern("vesting");
         const auto& n = *m.nodes;
         const std::uint16_t name = m.node(1).wid;
         // (A defined term is capitalised: "each vesting date" in a proviso is not looked up, nor the footnote scanned.)
         if (m.context->named(name) || !m.context->capitalised(m.node(1))) return std::nullopt;
         for (std::size_t j = 0; j + 3 < n.size(); ++j) {
           if (j >= m.begin && j < m.end) continue;
           std::size_t k = j;
           if (!is_w(n[k], name)) continue;
           ++k;
           if (m.has(2) != (k < n.size() && is_w(n[k], vesting))) continue;
           if (m.has(2)) ++k;
           if (!(k < n.size() && is_w(n[k], date))) continue;
           ++k;
           if (k < n.size() && is_w(n[k], shall)) ++k;
           if (!(k < n.size() && (is_w(n[k], means) || is_w(n[k], mean)))) continue;
           ++k;
           if (k + 2 < n.size() && is_w(n[k], each) && is_w(n[k + 1], of)) k += 2;  // (else inside the list's item)
           if (k >= n.size() || n[k].kind != NK::item || n[k].itype != IT::when_list) return std::nullopt;
           // (The list ends the definition: ", as determined by the Committee" after it is not read.)
           if (k + 1 < n.size() && !(n[k + 1].kind == NK::punct && n[k + 1].punct == '.')) return std::nullopt;
           Item it = make(IT::when_list);
           it.whens = (*m.items)[n[k].payload].whens;
           return it;
         }
         return std::nullopt;
       }},
      // "on each third Quarterly Vesting Date", "every second Vesting Date": every n-th of the days a name defines (`n`,
      // named_dates_segment steps that many named days at a time); a name the footnote does not define is not read.
      {"each <ordinal> <Name> Date", 5,
       {w({"each", "every"}), k(NK::ordinal), any_word(), opt(w({"vesting"})), w({"date"})},
       [](const Match& m) -> std::optional<Item> {
         const Node& nth = m.node(1);
         if (nth.den != 1 || nth.num < 2 || nth.num > 12 || !m.context->named(m.node(2).wid)) return std::nullopt;
         Item it = make(IT::cadence);
         it.named = m.node(2).wid;
         it.n = static_cast<int>(nth.num);
         return it;
       }},
      {"each <Name> Date", 5, {opt(w({"on"})), w({"each", "every"}), opt(w({"applicable", "subsequent"})), any_word(), opt(w({"vesting"})), w({"date"})},
       [](const Match& m) -> std::optional<Item> {
         if (!m.context->named(m.node(3).wid)) return std::nullopt;
         Item it = make(IT::cadence);
         it.named = m.node(3).wid;
         return it;
       }},
  };
}

std::vector<ItemRule> bare_period_rules() {
  return {
      // The bare words last: every longer phrase that starts with them is tried first.
      {"<cadence>", 5, {adj()}, [](const Match& m) { return cadence_item(adj_at(m, 0)); }},
      {"thereafter", 5, {w({"thereafter", "then"})}, [](const Match&) -> std::optional<Item> { return make(IT::thereafter); }},
      // "following the end of the Initial Vesting Period": after the cliff the statement before ends (an initial
      // period ends at the first vesting; a series with nothing before it is refused as "thereafter" is).
      {"following the end of the initial vesting period", 5,
       {w({"following", "after"}), w({"the"}), w({"end", "expiration", "completion"}), w({"of"}), w({"the"}),
        w({"initial"}), opt(w({"vesting", "service", "cliff"})), w({"period"})},
       [](const Match&) -> std::optional<Item> { return make(IT::thereafter); }},
  };
}

// "each third Quarterly Vesting Date": every n-th of the days a name defines; the name must be defined, and the count's
// period must be n of the name's (four days a year, every second one: semi-annual).
// A cadence word is a whole word: the tail of "bi-monthly" or "bi-annual" is no monthly or annual cadence (adj()).
static std::vector<Example> hyphenated_cadence_examples() {
  return {
      {"The RSUs vest in four equal semi-annual installments beginning on March 1, 2026.", "2025-01-15", "1200",
       "time_based", "2026-03-01=300 2026-09-01=300 2027-03-01=300 2027-09-01=300", "", false},
      {"The RSUs vest bi-monthly over two years beginning on March 1, 2026.", "2025-01-15", "1200", "unrecognized", "",
       "not understood", false},
      {"The RSUs vest in six equal bi-annual installments beginning on March 1, 2026.", "2025-01-15", "1200",
       "unrecognized", "", "not understood", false},
  };
}

static std::vector<Example> every_nth_named_date_examples() {
  return {
      // A name of days whose word the rules do not know (read_definitions cannot key it) is refused, never dropped:
      // "on each Company Vesting Date" would otherwise step quarterly from the grant's day.
      {"The RSUs vest in eight equal quarterly installments on each Company Vesting Date following the grant date. "
       "\"Company Vesting Date\" means each March 1, June 1, September 1 and December 1.",
       "2023-03-10", "8", "unrecognized", "", "under a name the rules cannot read", false},
      {"The RSUs vest in eight equal quarterly installments on each Scheduled Vesting Date following the grant date. "
       "\"Scheduled Vesting Date\" means each March 1, June 1, September 1 and December 1.",
       "2023-03-10", "8", "time_based",
       "2023-06-01=1 2023-09-01=1 2023-12-01=1 2024-03-01=1 2024-06-01=1 2024-09-01=1 2024-12-01=1 2025-03-01=1", "", false},
      {"The RSUs vest in six equal installments on each third Quarterly Vesting Date after the grant date. \"Quarterly "
       "Vesting Date\" means February 15, May 15, August 15 and November 15 of each year.",
       "2025-06-01", "6", "time_based",
       "2026-02-15=1 2026-11-15=1 2027-08-15=1 2028-05-15=1 2029-02-15=1 2029-11-15=1", "", false},
      {"The shares vest in four equal installments on each fourth Monthly Vesting Date following January 10, 2026, with "
       "\"Monthly Vesting Date\" meaning the 10th day of each calendar month.",
       "2026-01-20", "4", "time_based", "2026-05-10=1 2026-09-10=1 2027-01-10=1 2027-05-10=1", "", false},
      {"The RSUs vest in six equal semi-annual installments on each second Quarterly Vesting Date after the grant date. "
       "\"Quarterly Vesting Date\" means each February 15, May 15, August 15 and November 15.",
       "2025-06-01", "6", "time_based",
       "2025-11-15=1 2026-05-15=1 2026-11-15=1 2027-05-15=1 2027-11-15=1 2028-05-15=1", "", false},
      {"The RSUs vest in six equal annual installments on each second Quarterly Vesting Date after the grant date. "
       "\"Quarterly Vesting Date\" means each February 15, May 15, August 15 and November 15.",
       "2025-06-01", "6", "unrecognized", "", "days a year", false},
      {"The RSUs vest in six equal installments on each third Vesting Date after the grant date.", "2025-06-01", "6",
       "unrecognized", "", "every n-th date", false},
      // (a definition followed by more of the schedule stays in the schedule's clause: not read)
      {"The shares vest in four equal installments on each fourth Monthly Vesting Date following January 10, 2026, with "
       "\"Monthly Vesting Date\" meaning the 10th day of each calendar month, until fully vested.",
       "2026-01-20", "4", "unrecognized", "", "not understood", false},
  };
}

std::vector<Example> period_examples() {
  std::vector<Example> v = every_nth_named_date_examples();
  helpers::append(v, hyphenated_cadence_examples());
  const std::vector<Example> rest = {
      // The days a name defines against the period a count states (assemble_installments.cpp, named_dates_segment).
      {"The RSUs vest in eight equal annual installments on each Quarterly Vesting Date, beginning with the first "
       "Quarterly Vesting Date following March 1, 2025. \"Quarterly Vesting Date\" means each February 15, May 15, August 15 "
       "and November 15.",
       "2025-03-01", "8", "unrecognized", "", "days a year", false},
      {"The RSUs vest in four equal quarterly installments on each Quarterly Vesting Date, beginning with the first "
       "Quarterly Vesting Date following March 1, 2025. \"Quarterly Vesting Date\" means each February 15, May 15, August 15 "
       "and November 15.",
       "2025-03-01", "4", "time_based", "2025-05-15=1 2025-08-15=1 2025-11-15=1 2026-02-15=1", "", false},
      // A name defined as a list of dates, before or after its use, is that list: the count is checked against it.
      {"The restricted stock units vest in five equal installments on each Vesting Date, provided the reporting person "
       "remains in service through such date. \"Vesting Date\" means each of the first five anniversaries of April 3, "
       "2020.",
       "2020-04-03", "5", "time_based", "2021-04-03=1 2022-04-03=1 2023-04-03=1 2024-04-03=1 2025-04-03=1", "", false},
      {"\"Vesting Date\" means each of March 1, 2026, September 1, 2026 and March 1, 2027. The RSUs vest in three equal "
       "installments on each Vesting Date.",
       "2025-09-01", "3", "time_based", "2026-03-01=1 2026-09-01=1 2027-03-01=1", "", false},
      {"The RSUs vest in four equal installments on each Vesting Date. \"Vesting Date\" means each of the first five "
       "anniversaries of April 3, 2020.",
       "2020-04-03", "4", "unrecognized", "", "cross_check_failed", false},
      {"The RSUs vest in five equal installments on each Vesting Date. \"Vesting Date\" means the first five anniversaries "
       "of April 3, 2020, as determined by the Committee.",
       "2020-04-03", "5", "unrecognized", "", "installments without a period", false},
      {"The RSUs vest in five equal installments on each Vesting Date. \"Vesting Date\" means the date on which the "
       "Committee certifies the performance results.",
       "2020-04-03", "5", "unrecognized", "", "installments without a period", false},
      // "each Quarterly Vesting Date" that the footnote never defines is no quarterly cadence: refused.
      {"The RSUs vest in four equal installments on each Quarterly Vesting Date following the grant date.", "2025-04-01",
       "4", "unrecognized", "", "without a period", false},
      // "monthly thereafter on the same day of the month": the anchor's day, said again.
      {"1/4th of the shares vest on the first anniversary of the vesting commencement date, and 1/48th of the shares vest "
       "monthly thereafter on the same day of the month. The vesting commencement date is June 15, 2021.",
       "2021-07-01", "48", "time_based",
       "2022-06-15=12 2022-07-15=1 2022-08-15=1 2022-09-15=1 2022-10-15=1 2022-11-15=1 2022-12-15=1 2023-01-15=1 "
       "2023-02-15=1 2023-03-15=1 2023-04-15=1 2023-05-15=1 2023-06-15=1 2023-07-15=1 2023-08-15=1 2023-09-15=1 "
       "2023-10-15=1 2023-11-15=1 2023-12-15=1 2024-01-15=1 2024-02-15=1 2024-03-15=1 2024-04-15=1 2024-05-15=1 "
       "2024-06-15=1 2024-07-15=1 2024-08-15=1 2024-09-15=1 2024-10-15=1 2024-11-15=1 2024-12-15=1 2025-01-15=1 "
       "2025-02-15=1 2025-03-15=1 2025-04-15=1 2025-05-15=1 2025-06-15=1", "", false},
      {"25% of the RSUs vest on the first anniversary of the grant date and the remaining 75% vest in 12 equal quarterly "
       "installments thereafter on the same day of the quarter.", "2021-07-01", "16", "unrecognized", "",
       "not accounted for", false},
      // A plain cadence said twice with the same period is one cadence; two different periods are refused.
      {"25% of the shares vest on the first anniversary of the grant date, with the remaining 75% vesting in equal monthly "
       "installments on the same day of each month over the next three years.",
       "2024-01-31", "48", "time_based",
       "2025-01-31=12 2025-02-28=1 2025-03-31=1 2025-04-30=1 2025-05-31=1 2025-06-30=1 2025-07-31=1 2025-08-31=1 "
       "2025-09-30=1 2025-10-31=1 2025-11-30=1 2025-12-31=1 2026-01-31=1 2026-02-28=1 2026-03-31=1 2026-04-30=1 "
       "2026-05-31=1 2026-06-30=1 2026-07-31=1 2026-08-31=1 2026-09-30=1 2026-10-31=1 2026-11-30=1 2026-12-31=1 "
       "2027-01-31=1 2027-02-28=1 2027-03-31=1 2027-04-30=1 2027-05-31=1 2027-06-30=1 2027-07-31=1 2027-08-31=1 "
       "2027-09-30=1 2027-10-31=1 2027-11-30=1 2027-12-31=1 2028-01-31=1",
       "", false},
      {"25% of the shares vest on the first anniversary of the grant date, with the remaining 75% vesting in equal monthly "
       "installments on the same day of each quarter over the next three years.",
       "2024-01-31", "48", "unrecognized", "", "not understood", false},
      // 2026-12-01 families: "per annum", "at the rate of", "in equal thirds", "the first vesting date being",
      // "successive equal", "such that 100% ... by", "the corresponding day of each quarter", month-days spread over
      // the year, "until all units have vested", a recurrence with its first date, "over a period of N years
      // from", a count with no anchor (from the grant date, never after another portion or beside withholding).
      {"This option will vest and become exercisable at the rate of 25% per annum, commencing on the first anniversary of the date of grant.", "2024-02-29", "8", "time_based", "2025-02-28=2 2026-02-28=2 2027-02-28=2 2028-02-29=2", "", false},
      {"Options vest in equal thirds per annum beginning one year after grant.", "2025-06-30", "900", "time_based", "2026-06-30=300 2027-06-30=300 2028-06-30=300", "", false},
      {"The stock units vest at a rate of 1/8 every six months, with the first vesting date occurring on the six-month anniversary of the grant date.", "2024-08-31", "8", "time_based", "2025-02-28=1 2025-08-31=1 2026-02-28=1 2026-08-31=1 2027-02-28=1 2027-08-31=1 2028-02-29=1 2028-08-31=1", "", false},
      {"Vesting shall occur on a quarterly basis over a one-year period, with the first vesting date being three months after the grant date.", "2024-11-30", "4", "time_based", "2025-02-28=1 2025-05-30=1 2025-08-30=1 2025-11-30=1", "", false},
      {"The option will vest as to one-quarter of the shares on January 31, 2026, with the remaining three-quarters vesting in 3 successive equal monthly installments thereafter.", "2025-01-31", "4", "time_based", "2026-01-31=1 2026-02-28=1 2026-03-31=1 2026-04-30=1", "", false},
      {"1/8 of the restricted stock units will vest on August 20, 2024 and quarterly thereafter, such that 100% of the restricted stock units will be vested by May 20, 2026.", "2024-05-28", "8", "time_based", "2024-08-20=1 2024-11-20=1 2025-02-20=1 2025-05-20=1 2025-08-20=1 2025-11-20=1 2026-02-20=1 2026-05-20=1", "", false},
      {"1/8 of the restricted stock units will vest on August 20, 2024 and quarterly thereafter, such that 100% of the restricted stock units will be vested by May 20, 2027.", "2024-05-28", "8", "unrecognized", "", "cross_check_failed", false},
      // "each month thereafter on the same day of the month": the cadence, then its day (a month, claimed against the
      // cadence: "each quarter thereafter on the same day of the month" is refused); "such start date" is the start date.
      {"The option vests as to 1/2 of the shares on the one-year anniversary of the Reporter's start date of September "
       "12, 2017, and as to 1/24th of the shares each month thereafter on the same day of the month, until fully vested "
       "on the second anniversary of such start date.",
       "2017-10-02", "48", "time_based",
       "2018-09-12=24 2018-10-12=2 2018-11-12=2 2018-12-12=2 2019-01-12=2 2019-02-12=2 2019-03-12=2 2019-04-12=2 "
       "2019-05-12=2 2019-06-12=2 2019-07-12=2 2019-08-12=2 2019-09-12=2",
       "", false},
      {"50% of the RSUs vest on March 3, 2025 and 1/12th vest each month thereafter on the same day of the month, until "
       "fully vested on September 3, 2025.",
       "2024-03-03", "12", "time_based",
       "2025-03-03=6 2025-04-03=1 2025-05-03=1 2025-06-03=1 2025-07-03=1 2025-08-03=1 2025-09-03=1", "", false},
      {"50% of the RSUs vest on March 3, 2025 and 1/24th vest each month thereafter on the same day of the month, until "
       "fully vested on March 31, 2026.",
       "2024-03-03", "48", "unrecognized", "", "cross_check_failed", false},
      {"25% of the RSUs vest on March 3, 2025 and 1/16th vest each quarter thereafter on the same day of the month, until "
       "fully vested on March 3, 2028.",
       "2024-03-03", "16", "unrecognized", "", "not understood", false},
      {"One-fourth of the shares will vest on July 17, 2025. An additional one-sixteenth of the shares will vest on the corresponding day of each quarter thereafter (or if there is no such corresponding day, on the last day of such month).", "2024-07-17", "16", "time_based", "2025-07-17=4 2025-10-17=1 2026-01-17=1 2026-04-17=1 2026-07-17=1 2026-10-17=1 2027-01-17=1 2027-04-17=1 2027-07-17=1 2027-10-17=1 2028-01-17=1 2028-04-17=1 2028-07-17=1", "", false},
      {"25% of the shares vest on November 15, 2022, with an additional 6.25% vesting on each subsequent February 15, May 15, August 15, and November 15 thereafter until such time as the RSUs are 100% vested.", "2021-11-16", "16", "time_based", "2022-11-15=4 2023-02-15=1 2023-05-15=1 2023-08-15=1 2023-11-15=1 2024-02-15=1 2024-05-15=1 2024-08-15=1 2024-11-15=1 2025-02-15=1 2025-05-15=1 2025-08-15=1 2025-11-15=1", "", false},
      {"On each six-month anniversary of the grant date, one-fourth of the units vest until all of the units have vested.", "2024-01-31", "4", "time_based", "2024-07-31=1 2025-01-31=1 2025-07-31=1 2026-01-31=1", "", false},
      {"Vesting shall occur in two equal annual installments on each anniversary of March 1, 2024, commencing March 1, 2025.", "2024-03-10", "2", "time_based", "2025-03-01=1 2026-03-01=1", "", false},
      {"Vesting shall occur in two equal annual installments on each anniversary of March 1, 2024, commencing March 1, 2026.", "2024-03-10", "2", "unrecognized", "", "cross_check_failed", false},
      {"The shares vest in equal annual installments over a period of two years from the grant date.", "2024-02-29", "2", "time_based", "2025-02-28=1 2026-02-28=1", "", false},
      {"The RSUs vest in three equal annual installments.", "2024-04-08", "3", "time_based", "2025-04-08=1 2026-04-08=1 2027-04-08=1", "", false},
      {"The remaining RSUs vest in three equal annual installments.", "2024-04-08", "3", "unrecognized", "", "does not say when", false},
      {"Shares withheld for taxes upon vesting of RSUs which vest in three equal annual installments.", "2024-04-08", "3", "unrecognized", "", "does not say when", false},
  };
  v.insert(v.end(), rest.begin(), rest.end());
  return v;
}

}  // namespace vest::rules::cadence_rules
