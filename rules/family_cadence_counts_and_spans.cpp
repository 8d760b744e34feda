// Cadence rules: how many installments and over how long ("four equal annual installments", "in
// equal thirds", "over the following 36 months", "during the first two years following <anchor>").
#include "rules/family_cadence_parts.hpp"

namespace vest::rules::cadence_rules {

namespace {
// "thirds" → a count of 3 ("quarters" and "fourths" 4, ... "tenths" 10).
std::optional<Item> parts_count(const Node& noun) {
  static const std::uint16_t halves = intern("halves"), thirds = intern("thirds"), fourths = intern("fourths"),
                             quarters = intern("quarters"), fifths = intern("fifths"), sixths = intern("sixths"),
                             eighths = intern("eighths");
  const auto id = noun.wid;
  Item it = make(IT::count);
  it.n = id == halves ? 2 : id == thirds ? 3 : (id == fourths || id == quarters) ? 4 : id == fifths ? 5
         : id == sixths ? 6 : id == eighths ? 8 : 10;
  return it;
}
}  // namespace

std::vector<ItemRule> count_and_span_rules() {
  const auto units = time_units();
  return {
      // "during the first two years following the grant date": a span from its anchor (the first of two rates).
      {"during the first two years following <anchor>", 5,
       {w({"during", "for", "over", "in"}), opt(w({"the"})), hinted(custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          static const std::uint16_t initial = intern("initial");
          if (i < n.size() && ((n[i].kind == NK::ordinal && n[i].num == 1) || is_w(n[i], initial))) { ++i; return true; }
          return false;
        }), {"initial"}, {NK::ordinal}), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         const When& x = m.item_of(3).when;
         // (An absolute anchor is a stated date: "following October 31, 2019 (the "Effective Date")".)
         if (x.ref == When::Ref::previous || x.ref == When::Ref::named_next || x.ref == When::Ref::achievement ||
             x.months <= 0 || x.days != 0 || x.fixed_day)
           return std::nullopt;
         return over_from_anchor(x);
       }},
      // "over approximately three years": a span said to be approximate describes the schedule but states neither a
      // count nor an end, so it is read as a header (accounted, no claim); the schedule must be stated without it.
      {"over approximately <number> <unit>", 5,
       {w({"over", "during"}), opt(w({"a", "the"})), opt(w({"period"})), opt(w({"of"})),
        w({"approximately", "about", "roughly"}), k(NK::number), opt(p('-')), units, opt(w({"period"}))},
       [](const Match& m) -> std::optional<Item> {
         const Node& n = m.node(5);
         if (n.den != 1 || n.num < 1 || n.num > 1200) return std::nullopt;
         Item it = make(IT::header);
         it.tag = Tag::approximate_span;
         return it;
       }},
      {"over the following <number> <unit>", 5,
       {w({"over", "for", "during"}), opt(w({"the", "a"})), opt(w({"following", "next", "subsequent", "succeeding", "ensuing", "remaining"})),
        opt(w({"period"})), opt(w({"of"})), k(NK::number), opt(p('-')), units, opt(w({"period"}))},
       [](const Match& m) -> std::optional<Item> {
         const Node& n = m.node(5);
         if (n.den != 1 || n.num < 1 || n.num > 1200) return std::nullopt;
         // "over three years from the date the Reporting Person commences employment": a span counted from something
         // no anchor rule read (a read one is an item after "from", taken by "measured from <when>" at this level).
         // Read without it, the span would silently count from the grant date: not read, so the footnote is refused.
         static const std::uint16_t from = intern("from"), a = intern("a"), an = intern("an"), the = intern("the");
         const auto& ns = *m.nodes;
         if (m.end + 1 < ns.size() && is_w(ns[m.end], from)) {
           std::size_t j = m.end + 1;  // "from a vesting commencement date of October 1, 2025": an article, then the item
           if (j + 1 < ns.size() && (is_w(ns[j], a) || is_w(ns[j], an) || is_w(ns[j], the))) ++j;
           if (ns[j].kind != NK::item) return std::nullopt;
         }
         Item it = make(IT::over);
         it.period = unit_period(m.node(7).wid, static_cast<int>(n.num));
         it.has_period = true;
         if (m.has(2)) it.tag = Tag::following;
         return it;
       }},
      // "in 7 equal six-month installments", "in four successive equal 3-month installments": the count and its period.
      {"<number> equal <N>-month installments", 5,
       {opt(w({"in"})), k(NK::number), opt(w({"consecutive", "successive"})), opt(w({"substantially", "approximately"})),
        opt(w({"equal"})), opt(w({"consecutive", "successive"})), k(NK::number), opt(p('-')), w({"month", "year"}),
        w({"installments", "increments", "tranches", "instalments"})},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t month = intern("month");
         const Node& n = m.node(1);
         const Node& len = m.node(6);
         if (n.den != 1 || n.num < 1 || n.num > 1200 || len.den != 1 || len.num < 1 || len.num > 120 || is_year(n)) return std::nullopt;
         Item it = make(IT::count);
         it.n = static_cast<int>(n.num);
         it.period = m.node(8).wid == month ? Period::months(static_cast<int>(len.num)) : Period::years(static_cast<int>(len.num));
         it.has_period = true;
         return it;
       }},
      {"<number> equal <cadence> installments", 5,
       {opt(w({"in"})), opt(w({"approximately", "about", "roughly"})), k(NK::number),
        opt(w({"consecutive", "successive", "cumulative"})), opt(w({"substantially", "approximately", "roughly", "nearly"})),
        opt(w({"equal"})), opt(p(',')), opt(w({"consecutive", "successive", "cumulative"})), opt(adj()), opt(p(',')),
        w({"installments", "installment", "increments", "tranches", "portions", "amounts", "parts", "instalments"})},
       [](const Match& m) -> std::optional<Item> {
         const Node& n = m.node(2);
         if (n.den != 1 || n.num < 1 || n.num > 1200) return std::nullopt;
         Item it = make(IT::count);
         it.n = static_cast<int>(n.num);
         if (m.has(8)) {
           it.period = adj_at(m, 8);
           it.has_period = true;
         }
         return it;
       }},
      // "in equal thirds", "in four equal quarters" is not this (a duration): only the fraction nouns. Without "equal"
      // only right after "in" ("vests in thirds"), and never "in quarters" (a cadence's words as much as a size's).
      {"in equal thirds", 5,
       {opt(w({"in"})), opt(w({"substantially", "approximately"})), w({"equal"}),
        w({"halves", "thirds", "fourths", "quarters", "fifths", "sixths", "eighths", "tenths"})},
       [](const Match& m) { return parts_count(m.node(3)); }},
      {"in thirds", 5, {w({"in"}), w({"halves", "thirds", "fourths", "fifths", "sixths", "eighths", "tenths"})},
       [](const Match& m) { return parts_count(m.node(1)); }},
  };
}

std::vector<Example> count_and_span_examples() {
  return {
      // An approximate span is read as a description: the schedule's own words must state it whole.
      {"The RSUs vest over approximately three years, with 1/3 vesting on March 15, 2023 and the remainder vesting in "
       "eight equal quarterly installments on the 15th day of each June, September, December and March thereafter.",
       "2022-02-10", "3000", "time_based",
       "2023-03-15=1000 2023-06-15=250 2023-09-15=250 2023-12-15=250 2024-03-15=250 2024-06-15=250 2024-09-15=250 "
       "2024-12-15=250 2025-03-15=250", "", false},
      {"The RSUs vest over approximately three years in three equal annual installments beginning on the first "
       "anniversary of the grant date.",
       "2022-02-10", "3000", "time_based", "2023-02-10=1000 2024-02-10=1000 2025-02-10=1000", "", false},
      // A span from an anchor no rule reads is not counted from the grant date (holdout28 H28-079: a wrong schedule).
      {"The RSUs vest in equal annual installments over three years from the date the Reporting Person commences "
       "employment with the Issuer.",
       "2022-01-18", "9000", "unrecognized", "", "does not say when the installments begin", false},
      {"The option vests in equal monthly installments over four years from the date the optionee joins the Company.",
       "2022-01-18", "4800", "unrecognized", "", "does not say when the installments begin", false},
      {"The RSUs vest in equal annual installments over three years from the date of grant.",
       "2022-01-18", "9000", "time_based", "2023-01-18=3000 2024-01-18=3000 2025-01-18=3000", "", false},
      {"The RSUs vest quarterly over approximately four years, beginning May 15, 2022.",
       "2022-02-10", "3000", "unrecognized", "", "number of installments is not stated", false},
      {"The RSUs vest quarterly over approximately 3.5 years, beginning May 15, 2022.",
       "2022-02-10", "3000", "unrecognized", "", "not stated", false},
      // "in thirds" without "equal": a count right after "in"; "in quarters" (a cadence's word too) is not one.
      {"The options vest in thirds on each of the first three anniversaries of the grant date.", "2025-06-30", "900",
       "time_based", "2026-06-30=300 2027-06-30=300 2028-06-30=300", "", false},
      {"The RSUs vest in halves on March 1, 2026 and March 1, 2027.", "2025-06-30", "10", "time_based",
       "2026-03-01=5 2027-03-01=5", "", false},
      {"The options vest in thirds on each of the first four anniversaries of the grant date.", "2025-06-30", "900",
       "unrecognized", "", "cross_check_failed", false},
      {"The options vest in quarters on each of the first four anniversaries of the grant date.", "2025-06-30", "900",
       "unrecognized", "", "not accounted for", false},
      // A plain cadence beside a span before ", with <portion> vesting on ..." is a preamble too: the schedule's series
      // step by it and its dates told one by one are that period apart (read_clauses.cpp, cross_check.cpp).
      {"The RSUs vest annually over three years, with one-third vesting on each anniversary of the grant date.",
       "2021-03-01", "300", "time_based", "2022-03-01=100 2023-03-01=100 2024-03-01=100", "", false},
      {"The RSUs vest annually over three years, with 1/3 vesting on each of December 31, 2021, 2022 and 2023.",
       "2021-03-01", "300", "time_based", "2021-12-31=100 2022-12-31=100 2023-12-31=100", "", false},
      {"The RSUs vest annually over three years, with 1/3 vesting on each of June 30, 2021, December 31, 2021 and June 30, "
       "2022.",
       "2021-03-01", "300", "unrecognized", "", "cross_check_failed", false},
      {"The RSUs vest quarterly over three years, with one-third vesting on each anniversary of the grant date.",
       "2021-03-01", "300", "unrecognized", "", "cross_check_failed", false},
      {"The RSUs vest annually over four years, with 25% vesting on the first anniversary of the grant date and the "
       "remainder in equal quarterly installments thereafter.",
       "2021-03-01", "400", "unrecognized", "", "cross_check_failed", false},
      // ("cumulative" installments, in older option footnotes: each adds to what is exercisable.)
      {"The option becomes exercisable in four cumulative annual installments of 25% each, commencing one year from the "
       "date of grant.",
       "2006-02-14", "4", "time_based", "2007-02-14=1 2008-02-14=1 2009-02-14=1 2010-02-14=1", "", false},
      {"The option becomes exercisable in five cumulative annual installments of 25% each, commencing one year from the "
       "date of grant.",
       "2006-02-14", "4", "unrecognized", "", "cross_check_failed", false},
      // "over N years/months" with no start: from the grant date (one period after it).
      {"The RSUs vest in equal annual installments over three years.", "2024-02-29", "3", "time_based",
       "2025-02-28=1 2026-02-28=1 2027-02-28=1", "", false},
      {"The option vests in equal monthly installments over 3 months from the grant date.", "2024-01-31", "3", "time_based",
       "2024-02-29=1 2024-03-31=1 2024-04-30=1", "", false},
      {"The option vests in 4 equal quarterly installments over one year measured from the grant date.", "2024-08-31", "4",
       "time_based", "2024-11-30=1 2025-02-28=1 2025-05-31=1 2025-08-31=1", "", false},
      {"The option vests in 5 equal quarterly installments over one year measured from the grant date.", "2024-08-31", "5",
       "unrecognized", "", "cross_check_failed", false},
      {"The RSUs vest in equal annual installments over two years.", "", "4", "time_based", "", "needs grant_date", false},
      // A preamble "over N years" is checked against the whole schedule.
      {"The option vests over two years, with 50% vesting on the first anniversary of the grant date and the remainder vesting "
       "in equal quarterly installments over the following 12 months.",
       "2024-01-31", "8", "time_based", "2025-01-31=4 2025-04-30=1 2025-07-31=1 2025-10-31=1 2026-01-31=1", "", false},
      {"The option vests over three years, with 50% vesting on the first anniversary of the grant date and the remainder "
       "vesting in equal quarterly installments over the following 12 months.",
       "2024-01-31", "8", "unrecognized", "", "cross_check_failed", false},
      {"25% of the shares subject to the Stock Option vest on August 15, 2008, and the remaining shares vest in equal annual "
       "installments over the following three years.",
       "2007-08-15", "4", "time_based", "2008-08-15=1 2009-08-15=1 2010-08-15=1 2011-08-15=1", "", false},
      // A preamble's span ends the last series; the size of each installment stated after them; "of 20% each".
      {"The option vests over two years, with 50% vesting on the first anniversary of the grant date and the remainder "
       "vesting in equal quarterly installments thereafter.",
       "2024-01-31", "8", "time_based", "2025-01-31=4 2025-04-30=1 2025-07-31=1 2025-10-31=1 2026-01-31=1", "", false},
      {"Restricted stock units vest on a quarterly basis over one year beginning on May 15, 2024, with 1/4 of the units vesting "
       "on each quarterly vesting date.",
       "2024-01-31", "4", "time_based", "2024-05-15=1 2024-08-15=1 2024-11-15=1 2025-02-15=1", "", false},
      {"Restricted stock units vest on a quarterly basis over one year beginning on May 15, 2024, with 1/8 of the units vesting "
       "on each quarterly vesting date.",
       "2024-01-31", "8", "unrecognized", "", "cross_check_failed", false},
      {"The option vests in four annual installments of 25% each, beginning on the first anniversary of the grant date.",
       "2024-01-31", "4", "time_based", "2025-01-31=1 2026-01-31=1 2027-01-31=1 2028-01-31=1", "", false},
      {"Vesting of the RSUs is as follows: 40% on March 1, 2025 and 60% on March 1, 2026.", "2024-01-31", "10", "time_based",
       "2025-03-01=4 2026-03-01=6", "", false},
      // A span that describes the whole schedule: the first date vests the part of the span it stands for
      // (checked: the last date, and the start near the grant date); "over the N-year period ending D" after
      // an earlier date counts that date too.
      {"This award was granted on September 26, 2021. 12.5% of the award vested on April 15, 2022 and the remaining "
       "restricted stock units vest 12.5% in semi-annual installments over the four-year period ending October 15, 2025.",
       "2025-10-15", "8", "time_based",
       "2022-04-15=1 2022-10-15=1 2023-04-15=1 2023-10-15=1 2024-04-15=1 2024-10-15=1 2025-04-15=1 2025-10-15=1", "", false},
      {"This award was granted on September 26, 2021. 12.5% of the award vested on April 15, 2022 and the remaining "
       "restricted stock units vest 12.5% in semi-annual installments over the three-year period ending October 15, 2025.",
       "2025-10-15", "8", "unrecognized", "", "cross_check_failed", false},
      {"The option vests over a four-year period at the rate of 25% on January 2, 2026, and then in 36 equal monthly "
       "installments thereafter.",
       "2025-01-06", "48", "time_based",
       "2026-01-02=12 2026-02-02=1 2026-03-02=1 2026-04-02=1 2026-05-02=1 2026-06-02=1 2026-07-02=1 2026-08-02=1 "
       "2026-09-02=1 2026-10-02=1 2026-11-02=1 2026-12-02=1 2027-01-02=1 2027-02-02=1 2027-03-02=1 2027-04-02=1 "
       "2027-05-02=1 2027-06-02=1 2027-07-02=1 2027-08-02=1 2027-09-02=1 2027-10-02=1 2027-11-02=1 2027-12-02=1 "
       "2028-01-02=1 2028-02-02=1 2028-03-02=1 2028-04-02=1 2028-05-02=1 2028-06-02=1 2028-07-02=1 2028-08-02=1 "
       "2028-09-02=1 2028-10-02=1 2028-11-02=1 2028-12-02=1 2029-01-02=1", "", false},
      {"The option vests over a four-year period at the rate of 25% on January 2, 2026, and then in 36 equal monthly "
       "installments thereafter.",
       "2024-06-06", "48", "unrecognized", "", "cross_check_failed", false},
      {"The option vests over a five-year period at the rate of 25% on January 2, 2026, and then in 36 equal monthly "
       "installments thereafter.",
       "2025-01-06", "48", "unrecognized", "", "cross_check_failed", false},
      // Two rates: the first over a span from its anchor, the second after it until what is left has vested.
      {"The RSUs vest at a rate of 5% of the total award per quarter during the first two years following the grant date "
       "and 7.5% per quarter thereafter.",
       "2024-01-31", "40", "time_based",
       "2024-04-30=2 2024-07-31=2 2024-10-31=2 2025-01-31=2 2025-04-30=2 2025-07-31=2 2025-10-31=2 2026-01-31=2 "
       "2026-04-30=3 2026-07-31=3 2026-10-31=3 2027-01-31=3 2027-04-30=3 2027-07-31=3 2027-10-31=3 2028-01-31=3", "", false},
      {"The option vests at a rate of 1/48 of the total award per month during the first two years following the date of "
       "the grant and 1/24th per month thereafter.",
       "2024-01-31", "48", "time_based",
       "2024-02-29=1 2024-03-31=1 2024-04-30=1 2024-05-31=1 2024-06-30=1 2024-07-31=1 2024-08-31=1 2024-09-30=1 "
       "2024-10-31=1 2024-11-30=1 2024-12-31=1 2025-01-31=1 2025-02-28=1 2025-03-31=1 2025-04-30=1 2025-05-31=1 "
       "2025-06-30=1 2025-07-31=1 2025-08-31=1 2025-09-30=1 2025-10-31=1 2025-11-30=1 2025-12-31=1 2026-01-31=1 "
       "2026-02-28=2 2026-03-31=2 2026-04-30=2 2026-05-31=2 2026-06-30=2 2026-07-31=2 2026-08-31=2 2026-09-30=2 "
       "2026-10-31=2 2026-11-30=2 2026-12-31=2 2027-01-31=2", "", false},
      {"The RSUs vest at a rate of 5% of the total award per quarter during the first two years following the grant date "
       "and 7% per quarter thereafter.",
       "2024-01-31", "40", "unrecognized", "", "cross_check_failed", false},
      // A count and a span with no cadence: the span divided by the count (a whole number of months).
      {"The restricted stock units vest in three equal installments over a three-year period commencing on the first "
       "anniversary of the grant date.",
       "2024-03-01", "3", "time_based", "2025-03-01=1 2026-03-01=1 2027-03-01=1", "", false},
      {"The RSUs will vest in four equal installments over a four year period.", "2023-03-01", "387", "time_based",
       "2024-03-01=96 2025-03-01=97 2026-03-01=97 2027-03-01=97", "", false},
      {"The option vests in eight equal installments over a two-year period measured from the grant date.", "2024-01-31",
       "8", "time_based", "2024-04-30=1 2024-07-31=1 2024-10-31=1 2025-01-31=1 2025-04-30=1 2025-07-31=1 2025-10-31=1 "
       "2026-01-31=1", "", false},
      {"The RSUs vest in five equal installments over a two year period.", "2023-03-01", "5", "unrecognized", "",
       "without a period", false},
  };
}

}  // namespace vest::rules::cadence_rules
