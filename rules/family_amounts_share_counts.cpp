// Amount rules: stated share counts ("2,257 SARs", "2,000 on March 1, 2025") and tables of dates and
// counts ("03/01/2026 - 250 shares;", "January 15, 2026: 300;").
#include "rules/family_amounts_parts.hpp"

#include <algorithm>

namespace vest::rules::amount_rules {

std::vector<ItemRule> dated_count_rules() {
  return {
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
         Item it = shares_portion(n);
         it.when = w0;
         it.tag = Tag::dated;
         return it;
       }},
  };
}

std::vector<ItemRule> share_count_rules() {
  return {
      {"<number> shares", 6,
       {k(NK::number), opt(w({"of"})), opt(w({"the"})), opt(w({"unvested"})),
        w({"shares", "share", "sars", "rsus", "units", "options", "psus", "restricted", "stock", "prsus", "gsus", "performance"})},
       [](const Match& m) -> std::optional<Item> {
         const Node& n = m.node(0);
         if (n.num <= 0) return std::nullopt;
         // "the 2019 Stock Plan", "Fiscal 2002 Share Incentive Plan": a year naming a plan, not a count.
         static const std::uint16_t share = intern("share"), stock = intern("stock"), restricted = intern("restricted");
         const auto noun = m.node(4).wid;
         if (is_year(n) && !m.has(1) && (noun == share || noun == stock || noun == restricted)) return std::nullopt;
         // "a contingent right to receive one share of common stock": what a unit is, not a portion.
         if (n.num == 1 && n.den == 1 && noun == share) return std::nullopt;
         // "3,000 performance share units", not "fiscal 2024 performance": a count of units the next word names.
         static const std::uint16_t performance = intern("performance"), units = intern("units"), unit = intern("unit");
         if (noun == performance) {
           const auto& nodes = *m.nodes;
           const bool named = m.end < nodes.size() && (is_w(nodes[m.end], share) || is_w(nodes[m.end], stock) ||
                                                        is_w(nodes[m.end], units) || is_w(nodes[m.end], unit));
           if (is_year(n) || !named) return std::nullopt;
         }
         Item it = shares_portion(n);
         return it;
       }},
      // "in annual tranches of 4,000, 4,000, 6,000 and 6,000 shares": a count in a list whose last count
      // names the noun is a count of that noun too.
      {"<number>, <number> and <number> shares", 6,
       {k(NK::number), custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          static const std::uint16_t and_ = intern("and");
          static const std::uint16_t nouns[] = {intern("shares"), intern("units"), intern("rsus"), intern("options")};
          auto count = [&](std::size_t j) { return n[j].kind == NK::number && n[j].den == 1 && n[j].num > 1 && !is_year(n[j]); };
          bool saw_and = false;
          for (std::size_t j = i; j + 1 < n.size() && j < i + 16; ++j) {
            if (n[j].kind == NK::punct && n[j].punct == ',') continue;
            if (is_w(n[j], and_)) { saw_and = true; continue; }
            if (n[j].kind == NK::item && n[j].itype == IT::portion && n[j].e > n[j].b && saw_and) return true;
            if (!count(j)) return false;
            if (saw_and && n[j + 1].kind == NK::word && std::find(std::begin(nouns), std::end(nouns), n[j + 1].wid) != std::end(nouns))
              return true;  // a look-ahead: the list's last count names the noun
          }
          return false;
        })},
       [](const Match& m) -> std::optional<Item> {
         const Node& n = m.node(0);
         if (n.den != 1 || n.num <= 1 || is_year(n)) return std::nullopt;
         static const std::uint16_t and_ = intern("and");
         const auto& nodes = *m.nodes;
         if (m.end >= nodes.size() || !((nodes[m.end].kind == NK::punct && nodes[m.end].punct == ',') || is_w(nodes[m.end], and_)))
           return std::nullopt;  // only a count followed by the list's ',' or "and"
         Item it = shares_portion(n);
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
         if (!is_share_count(n)) return std::nullopt;
         Item it = shares_portion(n);
         return it;
       }},
  };
}

std::vector<Example> share_count_examples() {
  return {
      // "3,000 performance share units that vest, if at all, ...": the contingent part's units named by "performance";
      // the parts must be the grant, and a part with dates of its own is `mixed` beside it.
      {"The award consists of 6,000 restricted stock units that vest in three equal annual installments beginning on the "
       "first anniversary of the grant date and 3,000 performance share units that vest, if at all, upon the achievement "
       "of revenue goals for fiscal 2027.",
       "2025-04-01", "9000", "mixed", "2026-04-01=2000 2027-04-01=2000 2028-04-01=2000", "", false},
      {"The award consists of 5,000 restricted stock units that vest ratably on each of the first two anniversaries of the "
       "grant date and 2,000 performance share units that vest, if at all, based on cumulative free cash flow.",
       "2025-06-01", "8000", "unrecognized", "", "but the grant is 8000 shares", false},
      // Installments sized in shares, with no count: the grant's size counts them (assemble_installments.cpp:
      // size_claims); a size that does not divide the grant, or no grant size, is refused.
      {"The RSUs vest in annual installments of 1,000 shares beginning on the first anniversary of the grant date.",
       "2025-03-03", "3000", "time_based", "2026-03-03=1000 2027-03-03=1000 2028-03-03=1000", "", false},
      {"The option vests as to 250 shares on each anniversary of June 10, 2025, the vesting commencement date, until fully "
       "vested.",
       "2025-06-20", "1000", "time_based", "2026-06-10=250 2027-06-10=250 2028-06-10=250 2029-06-10=250", "", false},
      {"The RSUs vest in annual installments of 1,000 shares beginning on the first anniversary of the grant date.",
       "2025-03-03", "2500", "unrecognized", "", "do not divide", false},
      {"The RSUs vest in annual installments of 1,000 shares beginning on the first anniversary of the grant date.",
       "2025-03-03", "", "unrecognized", "", "not stated", false},
      {"These are restricted shares of Common Stock that vest, subject to the continued employment of the Reporting Person on "
       "the vesting dates, as follows: 50% of such shares will vest on August 15, 2013, and the remaining 50% of such shares "
       "will vest on February 15, 2014.",
       "2013-02-15", "58824", "time_based", "2013-08-15=29412 2014-02-15=29412", "", false},
      {"2,257 SARs became exercisable on February 24, 2017, 2,256 SARs became exercisable on February 24, 2018 and 2,256 SARs "
       "became exercisable on February 24, 2019.",
       "2024-08-20", "6769", "time_based", "2017-02-24=2257 2018-02-24=2256 2019-02-24=2256", "", false},
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
      {"Includes 1,557.126 shares which vest on November 28, 2019 and 1,026.53 shares which vest on May 12, 2020.", "", "2583.656", "time_based", "2019-11-28=1557.126 2020-05-12=1026.53", "", false},
      {"The RSUs vest as follows: 16,900 on each of 7/28/22 and 7/28/23 and 16,901 on 7/28/24.", "", "50701", "time_based", "2022-07-28=16900 2023-07-28=16900 2024-07-28=16901", "", false},
      {"Each RSU represents a contingent right to receive one share of common stock.", "", "10", "not_vesting", "", "", false},
      {"Includes 10,000 RSUs which vest in two equal installments on each of November 1, 2022 and November 1, 2023.", "", "10000", "time_based", "2022-11-01=5000 2023-11-01=5000", "", false},
      {"Stock options granted pursuant to the 2019 Share Incentive Plan vest on March 1, 2021.", "", "100", "time_based", "2021-03-01=100", "", false},
      // Counts and percentages spelled with "hundred" / "thousand" and restated in digits (text.cpp's join_scales).
      {"Six thousand (6,000) shares vest on each of the first two anniversaries of the grant date, and the remaining two "
       "thousand five hundred (2,500) shares vest on the third anniversary of the grant date.",
       "2019-04-01", "14500", "time_based", "2020-04-01=6000 2021-04-01=6000 2022-04-01=2500", "", false},
      {"Six thousand (6,000) shares vest on each of the first two anniversaries of the grant date, and the remaining two "
       "thousand five hundred (2,500) shares vest on the third anniversary of the grant date.",
       "2019-04-01", "15000", "unrecognized", "", "portions_do_not_cover_grant", false},
      {"One hundred percent (100%) of the units vest on the second anniversary of the grant date.", "2019-04-01", "900",
       "time_based", "2021-04-01=900", "", false},
      {"One hundred percent (150%) of the units vest on the second anniversary of the grant date.", "2019-04-01", "900",
       "unrecognized", "", "unaccounted_word", false},
      // Share counts beside fractions: checked against the grant, refused when its size is unknown.
      {"14,772 shares of restricted stock vesting on June 30, 2015 and one-third of these units vest on each of June 30, "
       "2016, 2017 and 2018.",
       "", "", "unrecognized", "", "size is not given", false},
      // A list of counts whose last one names the noun, paired with dates "respectively".
      {"These options vest in annual tranches of 4,000, 4,000, 6,000 and 6,000 shares on the first four anniversaries of the "
       "grant date, respectively.",
       "2014-08-20", "20000", "time_based", "2015-08-20=4000 2016-08-20=4000 2017-08-20=6000 2018-08-20=6000", "", false},
      {"These options vest in annual tranches of 4,000, 4,000, 6,000 and 6,000 shares on the first four anniversaries of the "
       "grant date, respectively.",
       "2014-08-20", "24000", "unrecognized", "", "portions_do_not_cover_grant", false},
      // A cadence beside the list must be the list's own step.
      {"These options vest in quarterly tranches of 4,000, 4,000, 6,000 and 6,000 shares on the first four anniversaries "
       "of the grant date, respectively.",
       "2014-08-20", "20000", "unrecognized", "", "respectively", false},
      {"The units vest in amounts of 1,000 and 2,000 units on March 1, 2026 and March 1, 2027, respectively.", "2025-03-01",
       "3000", "time_based", "2026-03-01=1000 2027-03-01=2000", "", false},
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
  };
}

}  // namespace vest::rules::amount_rules
