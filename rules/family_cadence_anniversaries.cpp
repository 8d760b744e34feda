// Cadence rules: series on anniversaries ("each one-month anniversary", "on the anniversary of the grant
// date" beside a count, "at the end of each successive three-month period", "fully vested after N years").
#include "rules/family_cadence_parts.hpp"

namespace vest::rules::cadence_rules {

namespace {

// Each anniversary of `anchor`, from the first: read only beside a count ("needs_count").
std::optional<Item> each_anniversary_with_count(const When& anchor) {
  Item it = make(IT::start);
  it.when = anchor;
  it.first_step = 1;
  it.period = Period::years(1);
  it.has_period = true;
  it.tag = Tag::needs_count;
  return it;
}

}  // namespace

std::vector<ItemRule> anniversary_rules() {
  const auto units = time_units();
  return {
      // "and each one-month anniversary thereafter", "on each three-month anniversary thereafter".
      {"each one-month anniversary", 5,
       {opt(w({"on"})), w({"each", "every"}), k(NK::number), opt(p('-')), w({"month", "year"}), opt(p('-')), w({"anniversary"}),
        opt(w({"thereof"}))},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t month = intern("month");
         const Node& x = m.node(2);
         if (x.den != 1 || x.num < 1 || x.num > 120) return std::nullopt;
         const int k2 = static_cast<int>(x.num);
         return cadence_item(m.node(4).wid == month ? Period::months(k2) : Period::years(k2));
       }},
      {"at the end of each successive three-month period", 5,
       {opt(w({"at"})), opt(w({"the"})), opt(w({"end"})), opt(w({"of"})), w({"each", "every"}),
        opt(w({"successive", "subsequent", "full", "consecutive", "calendar", "additional"})), opt(k(NK::number)), opt(p('-')),
        units, opt(w({"period", "periods", "thereafter"}))},
       [](const Match& m) -> std::optional<Item> {
         int n = 1;
         if (m.has(6)) {
           const Node& x = m.node(6);
           if (x.den != 1 || x.num < 1 || x.num > 120) return std::nullopt;
           n = static_cast<int>(x.num);
         }
         return cadence_item(unit_period(m.node(8).wid, n));
       }},
      // "at the end of each monthly period (thereafter)": a period named by its cadence adjective.
      {"at the end of each monthly period", 5,
       {opt(w({"at"})), opt(w({"the"})), opt(w({"end"})), opt(w({"of"})), w({"each", "every"}), adj(), w({"period"})},
       [](const Match& m) { return cadence_item(adj_at(m, 5)); }},
      // "in equal increments on the anniversary dates for the following five years".
      {"on the anniversary dates", 5, {opt(w({"on"})), w({"the"}), w({"anniversary"}), w({"dates"})},
       [](const Match&) { return cadence_item(Period::years(1)); }},
      // "in three equal annual installments on the anniversary of the grant date": each anniversary, but
      // only beside a count ("vests on the anniversary of the grant date" alone is not read).
      // ("beginning on the anniversary of the grant date" says the same: the first is the first anniversary.)
      {"on the anniversary of <when> (with a count)", 5,
       {opt(w({"beginning", "commencing", "starting"})), opt(w({"on"})), w({"the"}), w({"anniversary"}), opt(w({"date"})),
        w({"of"}), anchor()},
       [](const Match& m) -> std::optional<Item> {
         return each_anniversary_with_count(anchor_at(m, 6));
       }},
      // "on the anniversary date of the grant" (the grant date read first as an item): each anniversary, but
      // only beside a number of annual installments or an annual size ("20% annually").
      {"on the anniversary <date of grant> (with a count)", 5,
       {opt(w({"on"})), w({"the"}), w({"anniversary"}), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         const When& x = m.item_of(3).when;
         if ((x.ref != When::Ref::grant && x.ref != When::Ref::vcd) || x.months != 0 || x.days != 0 || x.fixed_day)
           return std::nullopt;
         return each_anniversary_with_count(x);
       }},
      // "and are fully vested after five years": the span of the series (a count claim).
      {"and are fully vested after <number> years", 5,
       {opt(w({"and"})), opt(w({"are", "is", "will", "shall"})), opt(w({"be", "become"})), item(IT::immediate), w({"after"}),
        k(NK::number), w({"years", "months"})},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t months = intern("months");
         const Node& n = m.node(5);
         if (n.den != 1 || n.num < 1 || n.num > 100 || is_year(n)) return std::nullopt;
         Item it = make(IT::over);
         it.period = m.node(6).wid == months ? Period::months(static_cast<int>(n.num)) : Period::years(static_cast<int>(n.num));
         it.has_period = true;
         return it;
       }},
      // Not before "of the date of <words no rule read>": "on each anniversary of the date of the Merger Agreement" is
      // no anniversary of the grant date (the word left over refuses the footnote). ("of that date", "of the Initial
      // Vesting Date" are read by the clause.)
      {"on each (monthly) anniversary", 5,
       {opt(w({"on"})), w({"each", "every"}), opt(adj()), w({"anniversary"}), opt(w({"date"})), opt(w({"thereof"}))},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t of = intern("of"), the = intern("the"), date = intern("date");
         const auto& n = *m.nodes;
         const std::size_t j = m.end;
         if (!m.has(5) && j + 4 < n.size() && is_w(n[j], of) && is_w(n[j + 1], the) && is_w(n[j + 2], date) &&
             is_w(n[j + 3], of) && n[j + 4].kind == NK::word)
           return std::nullopt;
         return cadence_item(m.has(2) ? adj_at(m, 2) : Period::years(1));
       }},
  };
}

std::vector<Example> anniversary_examples() {
  return {
      // "at the end of each full month of continuous service": a month of service from the start, not a calendar
      // month's end; with the start not stated it is refused.
      {"1/4th of the shares vest at the end of each full month of continuous service following March 15, 2025, the "
       "vesting commencement date.",
       "2025-04-01", "4", "time_based", "2025-04-15=1 2025-05-15=1 2025-06-15=1 2025-07-15=1", "", false},
      {"1/4th of the shares vest at the end of each full month of continuous service after the Reporting Person's start "
       "date.",
       "2025-04-01", "4", "unrecognized", "", "vesting_commencement_date", false},
      // "in equal annual installments over three years on the anniversary of the grant date": the span counts them
      // (not beside withholding words, where the award described may not be the one reported).
      {"The RSUs vest in equal annual installments over three years on the anniversary of the grant date.", "2025-02-20",
       "3", "time_based", "2026-02-20=1 2027-02-20=1 2028-02-20=1", "", false},
      {"The units vest in equal annual installments over three years on the anniversary of the grant date, and shares are "
       "withheld to cover taxes.",
       "2025-02-20", "3", "unrecognized", "", "one anniversary, or each of them", false},
      // "on each (monthly) anniversary of X", "ratably over N years, with 1/N on each anniversary".
      {"1/3 of the shares vest on each monthly anniversary of the vesting commencement date (January 31, 2024).", "2024-03-01",
       "3", "time_based", "2024-02-29=1 2024-03-31=1 2024-04-30=1", "", false},
      {"The RSUs vest ratably over two years, with one-half vesting on each anniversary of the grant date.", "2024-02-29", "10",
       "time_based", "2025-02-28=5 2026-02-28=5", "", false},
      {"The RSUs vest ratably over three years, with one-half vesting on each anniversary of the grant date.", "2024-02-29",
       "10", "unrecognized", "", "cross_check_failed", false},
      // A recurrence on an anchor after a cliff: its dates after the cliff ("thereafter"), never from the anchor again.
      {"The restricted shares shall vest as to 20% of the units upon the one-year anniversary of the Vesting Commencement "
       "Date and the remaining 80% of the units are scheduled to vest in four equal quarterly installments on each "
       "three-month anniversary of the Vesting Commencement Date thereafter. The vesting commencement date of the award "
       "is March 31, 2020.",
       "2020-04-01", "5", "time_based", "2021-03-31=1 2021-06-30=1 2021-09-30=1 2021-12-31=1 2022-03-31=1", "", false},
      {"One-fifth of the units vest two years from July 15, 2018 (the \"Vesting Commencement Date\"), and the remainder "
       "vests in 4 equal monthly installments on each monthly anniversary of the Vesting Commencement Date thereafter.",
       "2018-08-12", "5", "time_based", "2020-07-15=1 2020-08-15=1 2020-09-15=1 2020-10-15=1 2020-11-15=1", "", false},
      {"20% of the units vest on the first anniversary of the grant date and the remaining 80% vest in four equal quarterly "
       "installments on each three-month anniversary of the grant date.",
       "2020-03-31", "5", "unrecognized", "", "not understood", false},
      // "20% annually on the anniversary date of the grant": each anniversary, the size giving the count.
      {"Options vest 20% annually on the anniversary date of the grant and are fully vested after five years.", "2023-11-01",
       "5", "time_based", "2024-11-01=1 2025-11-01=1 2026-11-01=1 2027-11-01=1 2028-11-01=1", "", false},
      {"The restricted stock vests 1/3 annually on the anniversary date of the grant.", "2021-11-01", "3", "time_based",
       "2022-11-01=1 2023-11-01=1 2024-11-01=1", "", false},
      {"Options vest 20% annually on the anniversary date of the grant and are fully vested after four years.", "2023-11-01",
       "5", "unrecognized", "", "cross_check_failed", false},
      {"Options vest monthly on the anniversary date of the grant.", "2023-11-01", "5", "unrecognized", "", "cross_check_failed", false},
      // "at the end of each monthly period thereafter": the period named by its cadence adjective; a period with
      // neither a cadence nor a length ("at the end of each period thereafter") is not read.
      {"The option vests as to 25% of the shares on the first anniversary of the date of grant and as to 1/48th of the "
       "shares at the end of each monthly period thereafter.",
       "2023-01-31", "48", "time_based",
       "2024-01-31=12 2024-02-29=1 2024-03-31=1 2024-04-30=1 2024-05-31=1 2024-06-30=1 2024-07-31=1 2024-08-31=1 2024-09-30=1 "
       "2024-10-31=1 2024-11-30=1 2024-12-31=1 2025-01-31=1 2025-02-28=1 2025-03-31=1 2025-04-30=1 2025-05-31=1 2025-06-30=1 "
       "2025-07-31=1 2025-08-31=1 2025-09-30=1 2025-10-31=1 2025-11-30=1 2025-12-31=1 2026-01-31=1 2026-02-28=1 2026-03-31=1 "
       "2026-04-30=1 2026-05-31=1 2026-06-30=1 2026-07-31=1 2026-08-31=1 2026-09-30=1 2026-10-31=1 2026-11-30=1 2026-12-31=1 "
       "2027-01-31=1",
       "", false},
      {"The option vests as to 25% of the shares on the first anniversary of the date of grant and as to 1/48th of the "
       "shares at the end of each period thereafter.",
       "2023-01-31", "48", "unrecognized", "", "portions stated add up", false},
      // "and each one-month anniversary thereafter".
      {"1/8th of the shares subject to the option vest on July 15, 2021 and each three-month anniversary thereafter.",
       "2021-06-15", "8", "time_based",
       "2021-07-15=1 2021-10-15=1 2022-01-15=1 2022-04-15=1 2022-07-15=1 2022-10-15=1 2023-01-15=1 2023-04-15=1", "", false},
      {"25% of the shares vest on the first anniversary of the grant date and each one-month anniversary thereafter.",
       "2021-06-15", "4", "unrecognized", "", "not stated", false},
      // "each anniversary (date) of the grant (on <date>)"; a date after "the grant date" is not its definition.
      {"Options vest in equal 25% installments on each anniversary of the grant on March 7, 2016.", "2016-03-10", "12",
       "time_based", "2017-03-07=3 2018-03-07=3 2019-03-07=3 2020-03-07=3", "", false},
      {"The RSUs vest 1/3 on each anniversary date of the grant date.", "2016-03-10", "12", "time_based",
       "2017-03-10=4 2018-03-10=4 2019-03-10=4", "", false},
      {"25% of the option vested on the one-year anniversary of January 17, 2022, and 1/48th of the shares vest on the 17th "
       "day of each month thereafter, so that the option will be fully vested and exercisable on January 17, 2026.",
       "2022-03-01", "48",
       "time_based",
       "2023-01-17=12 2023-02-17=1 2023-03-17=1 2023-04-17=1 2023-05-17=1 2023-06-17=1 2023-07-17=1 2023-08-17=1 2023-09-17=1 "
       "2023-10-17=1 2023-11-17=1 2023-12-17=1 2024-01-17=1 2024-02-17=1 2024-03-17=1 2024-04-17=1 2024-05-17=1 2024-06-17=1 "
       "2024-07-17=1 2024-08-17=1 2024-09-17=1 2024-10-17=1 2024-11-17=1 2024-12-17=1 2025-01-17=1 2025-02-17=1 2025-03-17=1 "
       "2025-04-17=1 2025-05-17=1 2025-06-17=1 2025-07-17=1 2025-08-17=1 2025-09-17=1 2025-10-17=1 2025-11-17=1 2025-12-17=1 "
       "2026-01-17=1",
       "", false},
      {"The restricted stock units vest 3 years from the grant date on February 4, 2018.", "2016-03-10", "12", "unrecognized",
       "", "cross_check_failed", false},
      // "on the anniversary of X" is each anniversary only beside a number of annual installments.
      {"The award will vest in three equal annual installments on the anniversary of the grant date.", "2024-01-31", "3",
       "time_based", "2025-01-31=1 2026-01-31=1 2027-01-31=1", "", false},
      {"The award will vest in twelve equal quarterly installments on the anniversary of the grant date.", "2024-01-31", "12",
       "unrecognized", "", "not understood", false},
      {"The units vest in four equal, annual installments beginning on the anniversary of the grant date.", "2023-02-23", "4",
       "time_based", "2024-02-23=1 2025-02-23=1 2026-02-23=1 2027-02-23=1", "", false},
      {"The units vest in twelve equal quarterly installments beginning on the anniversary of the grant date.", "2023-02-23",
       "12", "unrecognized", "", "not understood", false},
      {"The units vest beginning on the anniversary of the grant date.", "2023-02-23", "12", "unrecognized", "",
       "without a number", false},
      {"One forty-eighth of the shares subject to the option vest on July 15, 2021 and each one-month anniversary thereafter.",
       "2021-06-15", "48", "time_based",
       "2021-07-15=1 2021-08-15=1 2021-09-15=1 2021-10-15=1 2021-11-15=1 2021-12-15=1 2022-01-15=1 2022-02-15=1 2022-03-15=1 "
       "2022-04-15=1 2022-05-15=1 2022-06-15=1 2022-07-15=1 2022-08-15=1 2022-09-15=1 2022-10-15=1 2022-11-15=1 2022-12-15=1 "
       "2023-01-15=1 2023-02-15=1 2023-03-15=1 2023-04-15=1 2023-05-15=1 2023-06-15=1 2023-07-15=1 2023-08-15=1 2023-09-15=1 "
       "2023-10-15=1 2023-11-15=1 2023-12-15=1 2024-01-15=1 2024-02-15=1 2024-03-15=1 2024-04-15=1 2024-05-15=1 2024-06-15=1 "
       "2024-07-15=1 2024-08-15=1 2024-09-15=1 2024-10-15=1 2024-11-15=1 2024-12-15=1 2025-01-15=1 2025-02-15=1 2025-03-15=1 "
       "2025-04-15=1 2025-05-15=1 2025-06-15=1",
       "", false},
  };
}

}  // namespace vest::rules::cadence_rules
