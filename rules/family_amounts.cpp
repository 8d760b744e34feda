// Family: amounts — how much vests. Percentages and fractions of the grant
// ("25%", "Twenty-Five Percent (25%)", "1/48th", "one-third", "33 1/3%"),
// per-installment sizes ("in 25% installments", "20% increments"), "an
// additional 6.25%", the remainder ("the remaining 75%", "the balance", "the
// remaining RSUs") and stated share counts ("2,257 SARs").
#include "rules/rule_helpers.hpp"

namespace vest::rules {
using namespace helpers;

namespace {

bool fraction_like(const Node& n) { return n.kind == NK::percent || n.kind == NK::fraction; }

Elem frac_elem() {
  return hinted(custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
                  if (i < n.size() && fraction_like(n[i])) { ++i; return true; }
                  return false;
                }),
                {}, {NK::percent, NK::fraction});
}

Elem installment_words() { return w({"installments", "installment", "increments", "increment", "tranches", "instalments"}); }

bool valid_fraction(const Fraction& f) { return f > Fraction(0) && f <= Fraction(1); }

}  // namespace

Family amounts_family() {
  Family f;
  f.name = "amounts";
  f.item_rules = {
      {"the remaining <percent>", 6,
       {opt(w({"the", "all"})), opt(w({"of"})), opt(w({"the"})), w({"remaining", "remainder", "balance", "rest"}), opt(frac_elem()),
        opt(installment_words())},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::portion);
         it.pkind = Item::PortionKind::remainder;
         if (m.has(4)) {
           it.fraction = value_fraction(m.node(4));
           if (!valid_fraction(it.fraction)) return std::nullopt;
           it.stated = true;
         }
         it.per_installment = m.has(5);
         return it;
       }},
      // "the other half", "the other 50%": what the portion before leaves, stated (and cross-checked).
      {"the other half", 6, {w({"the"}), w({"other"}), hinted(custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          static const std::uint16_t half = intern("half");
          if (i < n.size() && (is_w(n[i], half) || n[i].kind == NK::percent || n[i].kind == NK::fraction)) { ++i; return true; }
          return false;
        }), {"half"}, {NK::percent, NK::fraction})},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::portion);
         it.pkind = Item::PortionKind::remainder;
         const Node& x = m.node(2);
         it.fraction = x.kind == NK::word ? Fraction(1, 2) : value_fraction(x);
         if (!valid_fraction(it.fraction)) return std::nullopt;
         it.stated = true;
         return it;
       }},
      {"an additional <percent>", 6, {opt(w({"an"})), w({"additional", "further"}), frac_elem(), opt(installment_words())},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::portion);
         it.fraction = value_fraction(m.node(2));
         if (!valid_fraction(it.fraction)) return std::nullopt;
         it.additional = true;
         it.per_installment = true;
         return it;
       }},
      // "at the rate of 25% per annum", "at a rate of 1/8 every six months": the size of each installment.
      {"at the rate of <percent>", 6, {opt(w({"at"})), w({"a", "the"}), w({"rate"}), w({"of"}), frac_elem()},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::portion);
         it.fraction = value_fraction(m.node(4));
         if (!valid_fraction(it.fraction)) return std::nullopt;
         it.per_installment = true;
         return it;
       }},
      // A table of dates and counts: "03/01/2026 - 2,500 shares;", "January 15, 2026: 3,000;". The
      // portion carries its own date (a clause of one such item is a lump on that date).
      {"<date> - <number> shares", 6,
       {item(IT::when), custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          if (i < n.size() && n[i].kind == NK::punct && (n[i].punct == '-' || n[i].punct == ':')) { ++i; return true; }
          return false;
        }),
        k(NK::number), opt(w({"shares", "share", "units", "rsus", "options", "psus", "sars"}))},
       [](const Match& m) -> std::optional<Item> {
         const When& w0 = m.item_of(0).when;
         const Node& n = m.node(2);
         if (w0.ref != When::Ref::absolute || n.num <= 0 || is_year(n)) return std::nullopt;
         // The row must end there: the next node is a separator or the end ("; 03/01/2027 - ...").
         const auto& nodes = *m.nodes;
         if (m.end < nodes.size() && !(nodes[m.end].kind == NK::punct && (nodes[m.end].punct == ';' ||
                                                                           nodes[m.end].punct == ',' || nodes[m.end].punct == '.')))
           return std::nullopt;
         Item it = make(IT::portion);
         it.pkind = Item::PortionKind::shares;
         it.shares = Amount(n.num, n.den);
         it.when = w0;
         it.note = "dated";
         return it;
       }},
      // "vesting in 1/48 equal installments": the size of each installment, or a garbled "48 equal
      // installments"? Read as a portion marked ambiguous, which the interpreter refuses.
      {"in <fraction> equal installments (ambiguous)", 6,
       {w({"in"}), frac_elem(), opt(w({"substantially", "approximately"})), w({"equal"}), installment_words()},
       [](const Match& m) -> std::optional<Item> {
         if (m.node(1).kind != NK::fraction) return std::nullopt;
         Item it = make(IT::portion);
         it.fraction = value_fraction(m.node(1));
         if (!valid_fraction(it.fraction)) return std::nullopt;
         it.note = "ambiguous";
         return it;
       }},
      // "in five annual installments of 20% each": the size of each installment.
      {"installments of <percent> each", 6, {w({"of"}), frac_elem(), w({"each"})},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::portion);
         it.fraction = value_fraction(m.node(1));
         if (!valid_fraction(it.fraction)) return std::nullopt;
         it.per_installment = true;
         it.note = "each";
         return it;
       }},
      {"<percent> of the grant", 6, {frac_elem(), opt(installment_words())},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::portion);
         it.fraction = value_fraction(m.node(0));
         if (!valid_fraction(it.fraction)) return std::nullopt;
         it.per_installment = m.has(1);
         return it;
       }},
      // "Half of the options vest ...", "the other half vest upon ...".
      {"half of the <award>", 6, {opt(w({"the"})), opt(w({"other", "remaining", "second"})), w({"half"})},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t of = intern("of");
         const auto& n = *m.nodes;
         const bool next_ok = m.end < n.size() && (is_w(n[m.end], of) || (n[m.end].kind == NK::item && n[m.end].itype == IT::vest_verb));
         if (!next_ok) return std::nullopt;
         Item it = make(IT::portion);
         it.fraction = Fraction(1, 2);
         if (m.has(1)) {
           it.pkind = Item::PortionKind::remainder;
           it.stated = true;
         }
         return it;
       }},
      {"<number> shares", 6,
       {k(NK::number), opt(w({"of"})), opt(w({"the"})), opt(w({"unvested"})),
        w({"shares", "share", "sars", "rsus", "units", "options", "psus", "restricted", "stock", "prsus", "gsus"})},
       [](const Match& m) -> std::optional<Item> {
         const Node& n = m.node(0);
         if (n.num <= 0) return std::nullopt;
         // "the 2019 Stock Plan", "Fiscal 2002 Share Incentive Plan": a year naming a plan, not a count.
         static const std::uint16_t share = intern("share"), stock = intern("stock"), restricted = intern("restricted");
         const auto noun = m.node(4).wid;
         if (is_year(n) && !m.has(1) && (noun == share || noun == stock || noun == restricted)) return std::nullopt;
         // "a contingent right to receive one share of common stock": what a unit is, not a portion.
         if (n.num == 1 && n.den == 1 && noun == share) return std::nullopt;
         Item it = make(IT::portion);
         it.pkind = Item::PortionKind::shares;
         it.shares = Amount(n.num, n.den);
         return it;
       }},
      // "2,000 on March 1, 2025", "30,000 vested on November 1, 2023": a bare count dated right after it.
      {"<number> on <date>", 6,
       {k(NK::number), custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          static const std::uint16_t on = intern("on");
          std::size_t j = i;
          if (j < n.size() && n[j].kind == NK::item && n[j].itype == IT::vest_verb) ++j;
          if (j + 1 < n.size() && is_w(n[j], on) && n[j + 1].kind == NK::item && n[j + 1].itype == IT::when) {
            return true;  // a look-ahead: the verb and "on <date>" stay for the sentence and the clause
          }
          // "16,900 on each of 7/28/22, 7/28/23 and 7/28/24": the list item took the "on".
          if (j < n.size() && n[j].kind == NK::item && n[j].itype == IT::when_list) return true;
          return false;
        })},
       [](const Match& m) -> std::optional<Item> {
         const Node& n = m.node(0);
         if (n.den != 1 || n.num <= 0 || is_year(n)) return std::nullopt;
         Item it = make(IT::portion);
         it.pkind = Item::PortionKind::shares;
         it.shares = Amount(n.num, n.den);
         return it;
       }},
  };
  f.examples = {
      // A dated portion beside a contingent one: kind mixed, both kept ("the other half" is what is left).
      {"One-half of the award will vest on March 29, 2019; the other half will vest upon the achievement of performance "
       "goals established by the Compensation Committee of the Board.",
       "2016-03-11", "10", "mixed", "2019-03-29=5", "", false},
      {"50% of the RSUs vest on March 29, 2019 and the other 50% vest upon the achievement of performance goals.",
       "2016-03-11", "10", "mixed", "2019-03-29=5", "", false},
      {"25% of the RSUs vest on March 29, 2019 and the other half vest upon the achievement of performance goals.",
       "2016-03-11", "10", "unrecognized", "", "cross_check_failed", false},
      {"These are restricted shares of Common Stock that vest, subject to the continued employment of the Reporting Person on "
       "the vesting dates, as follows: 50% of such shares will vest on August 15, 2013, and the remaining 50% of such shares "
       "will vest on February 15, 2014.",
       "2013-02-15", "58824", "time_based", "2013-08-15=29412 2014-02-15=29412", "", false},
      {"2,257 SARs became exercisable on February 24, 2017, 2,256 SARs became exercisable on February 24, 2018 and 2,256 SARs "
       "became exercisable on February 24, 2019.",
       "2024-08-20", "6769", "time_based", "2017-02-24=2257 2018-02-24=2256 2019-02-24=2256", "", false},
      {"Twenty-Five Percent (25%) of the shares vest on each of the first, second, third, and fourth anniversary of June 3, 2013.",
       "", "15000", "time_based", "2014-06-03=3750 2015-06-03=3750 2016-06-03=3750 2017-06-03=3750", "", false},
      {"33 1/3% of the RSUs vest on March 1, 2025 and the remaining 66 2/3% vest on March 1, 2026.", "", "300", "time_based",
       "2025-03-01=100 2026-03-01=200", "", false},
      {"50% of the RSUs vest on March 1, 2025 and the remaining 40% vest on March 1, 2026.", "", "300", "unrecognized", "",
       "cross_check_failed", false},
      {"40% of the RSUs vest on March 1, 2025 and 40% vest on March 1, 2026.", "", "300", "unrecognized", "",
       "cross_check_failed", false},
      {"The RSUs generally vest on November 10, 2023.", "2023-06-30", "47.5", "time_based", "2023-11-10=47.5", "", false},
      // Stated counts per date (used as stated; they must sum to the grant), "in N installments:" preambles, steps.
      {"The restricted stock units will vest as follows: 2,000 on March 1, 2025; 2,000 on March 1, 2026; and 2,001 on March "
       "1, 2027.",
       "2024-03-01", "6001", "time_based", "2025-03-01=2000 2026-03-01=2000 2027-03-01=2001", "", false},
      {"The restricted stock units will vest as follows: 2,000 on March 1, 2025; and 2,000 on March 1, 2026.", "2024-03-01",
       "6001", "unrecognized", "", "portions_do_not_cover_grant", false},
      {"Of the 9,000 RSUs, 3,000 vested on November 1, 2023, 3,000 vest on November 1, 2024 and 3,000 vest on November 1, 2025.",
       "2024-02-01", "9000", "time_based", "2023-11-01=3000 2024-11-01=3000 2025-11-01=3000", "", false},
      {"Of the 9,000 RSUs, 3,000 vested on November 1, 2023, 3,000 vest on November 1, 2024 and 3,000 vest on November 1, 2025.",
       "2024-02-01", "12000", "unrecognized", "", "cross_check_failed", false},
      {"The RSUs vest in three installments: 40% on June 1, 2025, 30% on June 1, 2026 and 30% on June 1, 2027.", "", "10",
       "time_based", "2025-06-01=4 2026-06-01=3 2027-06-01=3", "", false},
      {"The RSUs vest in four installments: 40% on June 1, 2025, 30% on June 1, 2026 and 30% on June 1, 2027.", "", "10",
       "unrecognized", "", "cross_check_failed", false},
      {"The units vest in two installments as follows: 1,667 units on April 30, 2025 and 1,666 units on April 30, 2026.",
       "2024-04-30", "3333", "time_based", "2025-04-30=1667 2026-04-30=1666", "", false},
      {"10% of the RSUs vest on each of May 15, 2025 and November 15, 2025; then 15% of the RSUs vest on each of May 15, 2026 "
       "and November 15, 2026; and then 25% of the RSUs vest on each of May 15, 2027 and November 15, 2027.",
       "", "20", "time_based", "2025-05-15=2 2025-11-15=2 2026-05-15=3 2026-11-15=3 2027-05-15=5 2027-11-15=5", "", false},
      {"10% of the RSUs vest on each of May 15, 2025 and November 15, 2025; then 15% of the RSUs vest on each of May 15, 2026 "
       "and November 15, 2026; and then 20% of the RSUs vest on each of May 15, 2027 and November 15, 2027.",
       "", "20", "unrecognized", "", "cross_check_failed", false},
      // 2026-12-01 families: "half" / "the other half", fractional stated counts kept exact, a count before a
      // list of dates, a stated total over a list, and what is not a portion ("one share", a plan year).
      {"Half of the options vest on the first anniversary of the grant date and the other half vest on the second anniversary of the grant date.", "2024-01-10", "10", "time_based", "2025-01-10=5 2026-01-10=5", "", false},
      {"Includes 1,557.126 shares which vest on November 28, 2019 and 1,026.53 shares which vest on May 12, 2020.", "", "2583.656", "time_based", "2019-11-28=1557.126 2020-05-12=1026.53", "", false},
      {"The RSUs vest as follows: 16,900 on each of 7/28/22 and 7/28/23 and 16,901 on 7/28/24.", "", "50701", "time_based", "2022-07-28=16900 2023-07-28=16900 2024-07-28=16901", "", false},
      {"Each RSU represents a contingent right to receive one share of common stock.", "", "10", "not_vesting", "", "", false},
      {"Includes 10,000 RSUs which vest in two equal installments on each of November 1, 2022 and November 1, 2023.", "", "10000", "time_based", "2022-11-01=5000 2023-11-01=5000", "", false},
      {"Stock options granted pursuant to the 2019 Share Incentive Plan vest on March 1, 2021.", "", "100", "time_based", "2021-03-01=100", "", false},
      // Amounts paired with dates "respectively", and percentages rounded in the text (1/48 as 2.0833%).
      {"These RSUs vest 33%, 33% and 34% on the first, second and third anniversaries of the grant date, respectively.",
       "2024-03-01", "1000", "time_based", "2025-03-01=330 2026-03-01=330 2027-03-01=340", "", false},
      {"On each of March 1, 2025 and March 1, 2026, the following numbers of shares vest: 300 and 700, respectively.",
       "2024-03-01", "1000", "time_based", "2025-03-01=300 2026-03-01=700", "", false},
      {"The RSUs vest 30%, 30% and 40% on March 1, 2025, and March 1, 2026, respectively.", "2024-03-01", "1000",
       "unrecognized", "", "not understood", false},
      {"The option vests as follows: 25% on March 1, 2025 and 2.0833% on the first day of each month thereafter.",
       "2024-03-01", "48", "time_based",
       "2025-03-01=12 2025-04-01=1 2025-05-01=1 2025-06-01=1 2025-07-01=1 2025-08-01=1 2025-09-01=1 2025-10-01=1 "
       "2025-11-01=1 2025-12-01=1 2026-01-01=1 2026-02-01=1 2026-03-01=1 2026-04-01=1 2026-05-01=1 2026-06-01=1 "
       "2026-07-01=1 2026-08-01=1 2026-09-01=1 2026-10-01=1 2026-11-01=1 2026-12-01=1 2027-01-01=1 2027-02-01=1 "
       "2027-03-01=1 2027-04-01=1 2027-05-01=1 2027-06-01=1 2027-07-01=1 2027-08-01=1 2027-09-01=1 2027-10-01=1 "
       "2027-11-01=1 2027-12-01=1 2028-01-01=1 2028-02-01=1 2028-03-01=1",
       "", false},
      {"25% vests on March 1, 2025 and 2.0834% vests monthly thereafter.", "2024-03-01", "48", "unrecognized", "",
       "do not add up", false},
      // Share counts beside fractions: checked against the grant, refused when its size is unknown.
      {"14,772 shares of restricted stock vesting on June 30, 2015 and one-third of these units vest on each of June 30, "
       "2016, 2017 and 2018.",
       "", "", "unrecognized", "", "size is not given", false},
      // Tables of dates and counts; a table that does not cover the grant is refused.
      {"Vesting schedule: 03/01/2026 - 250 shares; 03/01/2027 - 250 shares; 03/01/2028 - 500 shares.", "2025-03-01",
       "1000", "time_based", "2026-03-01=250 2027-03-01=250 2028-03-01=500", "", false},
      {"The RSUs vest as follows: January 15, 2026: 300; January 15, 2027: 700.", "2025-01-15", "1000", "time_based",
       "2026-01-15=300 2027-01-15=700", "", false},
      // A column heading from "Vesting" to the colon heads the table too.
      {"Vesting date / number of shares: September 30, 2024: 138; September 30, 2025: 138; September 30, 2028: 185.",
       "2023-10-23", "461", "time_based", "2024-09-30=138 2025-09-30=138 2028-09-30=185", "", false},
      {"Vesting Dates and Shares: January 15, 2026: 300; January 15, 2027: 300.", "2025-01-15", "1000", "unrecognized", "",
       "portions add up", false},
      // "Vesting:" and a colon head a terse schedule.
      {"Vesting: 1/4 on 3/1/26; 1/4 on 3/1/27; 1/2 on 3/1/28.", "2025-03-01", "1600", "time_based",
       "2026-03-01=400 2027-03-01=400 2028-03-01=800", "", false},
      {"The RSUs vest as follows: January 15, 2026: 300; January 15, 2027: 300.", "2025-01-15", "1000", "unrecognized", "",
       "portions add up", false},
      // "in 1/48 equal installments" (each installment's size, or their number?) is not read.
      {"One-fourth shall vest on January 18, 2025, with the remaining vesting in 1/48 equal installments on each monthly "
       "anniversary of January 18, 2025 until vested in full.",
       "2025-01-18", "48", "unrecognized", "", "not understood", false},
  };
  return f;
}

}  // namespace vest::rules
