// Family: other kinds — the words that say what a footnote is when it is not (only) a schedule: a sale
// under a Rule 10b5-1 trading plan (not_vesting, whatever the plan's date), and the parts of an award of
// two kinds counted in shares ("Of the 30,000 units, 18,000 are time-vesting RSUs that vest ..., and
// 12,000 are performance share units that will be earned, if at all, ..."): each count opens its part, so
// the dated part is read as dated and the other as contingent (a `mixed` answer).
#include "rules/rule_helpers.hpp"

#include <algorithm>

namespace vest::rules {
using namespace helpers;

Family other_kinds_family() {
  Family f;
  f.name = "other_kinds";
  f.item_rules = {
      // "pursuant to a Rule 10b5-1 trading plan adopted on <date>": the row is a sale (or its plan), and
      // any date or vesting the sentence names is the plan's or the shares' history, never a schedule.
      {"Rule 10b5-1 plan", 0,
       {opt(w({"rule"})), k(NK::number), w({"b5"}), p('-'), k(NK::number)},
       [](const Match& m) -> std::optional<Item> {
         if (m.node(1).num != 10 || m.node(1).den != 1 || m.node(4).num != 1 || m.node(4).den != 1) return std::nullopt;
         Item it = make(IT::not_vesting);
         it.tag = Tag::strong;
         return it;
       }},
      // "18,000 are time-vesting units that vest ...", ", and 12,000 are performance share units": a
      // count at the start of a part, the subject of "are" / "is", is that part's size in shares.
      {"<number> are", 6, {k(NK::number), w({"are", "is"})},
       [](const Match& m) -> std::optional<Item> {
         const Node& n = m.node(0);
         if (n.num <= 1 || is_year(n)) return std::nullopt;
         const auto& nodes = *m.nodes;
         static const std::uint16_t and_ = intern("and");
         if (m.begin > 0) {  // (the start of a part: after ',', ';', ':' or "and")
           const Node& pv = nodes[m.begin - 1];
           const bool opens = (pv.kind == NK::punct && (pv.punct == ',' || pv.punct == ';' || pv.punct == ':')) ||
                              is_w(pv, and_);
           if (!opens) return std::nullopt;
         }
         Item it = shares_portion(n);
         return it;
       }},
      // "Of these RSUs, 2,400 vest in four equal annual installments ...", "3,000 were fully vested on the
      // grant date and the remaining 9,000 vest ...": a bare count at the start of a part, the subject of a
      // vest verb (only auxiliaries between), is that part's size in shares. (The verb stays for the clause.)
      {"<number> vest", 6,
       {k(NK::number), custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          static const std::uint16_t aux[] = {intern("were"), intern("was"), intern("are"), intern("will"),
                                              intern("shall"), intern("have"), intern("has"), intern("had"),
                                              intern("become"), intern("became"), intern("be"), intern("been")};
          std::size_t j = i;
          while (j < n.size() && j < i + 3 && n[j].kind == NK::word && std::find(std::begin(aux), std::end(aux), n[j].wid) != std::end(aux))
            ++j;
          return j < n.size() && n[j].kind == NK::item && (n[j].itype == IT::vest_verb || n[j].itype == IT::immediate);
        })},
       [](const Match& m) -> std::optional<Item> {
         const Node& n = m.node(0);
         if (n.den != 1 || n.num <= 1 || is_year(n)) return std::nullopt;
         const auto& nodes = *m.nodes;
         static const std::uint16_t and_ = intern("and"), remaining = intern("remaining"), balance = intern("balance");
         if (m.begin == 0) return std::nullopt;
         // (the start of a part: after ',', ';', ':', "and", or "the remaining" / "the balance")
         const Node& pv = nodes[m.begin - 1];
         const bool opens = (pv.kind == NK::punct && (pv.punct == ',' || pv.punct == ';' || pv.punct == ':')) ||
                            is_w(pv, and_) || is_w(pv, remaining) || is_w(pv, balance) ||
                            (pv.kind == NK::item && pv.itype == IT::portion);
         if (!opens) return std::nullopt;
         Item it = shares_portion(n);
         return it;
       }},
  };
  f.examples = {
      // 10b5-1 plans: not_vesting whatever dates and vest verbs the sentence holds
      {"The transactions reported herein were effected pursuant to a Rule 10b5-1 trading plan adopted by the Reporting "
       "Person on April 2, 2021, which provides for the sale of shares of common stock that vest from time to time under "
       "the Reporting Person's equity awards.",
       "2025-01-10", "500", "not_vesting", "", "", false},
      {"Effected pursuant to a Rule 10b5-1 trading plan entered into on December 12, 2024, which provides for the automatic "
       "sale of a portion of the shares that vest under the Reporting Person's equity awards.",
       "2025-06-16", "2400", "not_vesting", "", "", false},
      {"The sales were made under a 10b5-1 plan adopted on March 3, 2025.", "2025-06-16", "2400", "not_vesting", "", "", false},
      // a schedule in a sentence of its own beside a 10b5-1 remark is still read
      {"The RSUs vest in two equal annual installments beginning on March 1, 2026. Shares may be sold under a Rule 10b5-1 "
       "plan to cover taxes.",
       "2025-03-01", "10", "time_based", "2026-03-01=5 2027-03-01=5", "", false},
      // two parts counted in shares: the dated one is dated, the other contingent
      {"Of the 11,757 units, 9,489 are time-vesting RSUs that vest in three equal annual installments beginning on August "
       "31, 2022, and 2,268 are performance share units that will be earned, if at all, based on the Issuer's total "
       "shareholder return over a three-year performance period.",
       "2021-08-31", "11757", "mixed", "2022-08-31=3163 2023-08-31=3163 2024-08-31=3163", "", false},
      {"Of the 900 RSUs, 600 are time-based and vest on March 1, 2027; the remaining 300 are performance-based and vest "
       "upon achievement of revenue goals.",
       "2025-03-01", "900", "mixed", "2027-03-01=600", "", false},
      // a bare count before its vest verb
      {"Of these RSUs, 2,400 vest in four equal annual installments beginning on the first anniversary of the grant date, "
       "and 1,600 are performance-based RSUs that vest only upon achievement of revenue goals.",
       "2019-02-25", "4000", "mixed", "2020-02-25=600 2021-02-25=600 2022-02-25=600 2023-02-25=600", "", false},
      {"Of the shares reported, 3,000 were fully vested on the grant date and 9,000 vest in three equal annual installments "
       "on the first three anniversaries of the grant date.",
       "2017-09-05", "12000", "time_based", "2017-09-05=3000 2018-09-05=3000 2019-09-05=3000 2020-09-05=3000", "", false},
      // "the remaining 9,000": the count states the remainder (and must be it).
      {"Of the shares reported, 3,000 were fully vested on the grant date and the remaining 9,000 vest in three equal annual "
       "installments on the first three anniversaries of the grant date.",
       "2017-09-05", "12000", "time_based", "2017-09-05=3000 2018-09-05=3000 2019-09-05=3000 2020-09-05=3000", "", false},
      {"Of the shares reported, 3,000 were fully vested on the grant date and the remaining 8,000 vest in three equal annual "
       "installments on the first three anniversaries of the grant date.",
       "2017-09-05", "12000", "unrecognized", "", "portions_do_not_cover_grant", false},
      {"Of the 5,000 units, 2,000 vested on March 1, 2025, and 3,000 will vest on March 1, 2026.", "2024-03-01", "5000",
       "time_based", "2025-03-01=2000 2026-03-01=3000", "", false},
      {"Of the 5,000 units, 2,000 vested on March 1, 2025, and 2,000 will vest on March 1, 2026.", "2024-03-01", "5000",
       "unrecognized", "", "portions_do_not_cover_grant", false},
      // counts that do not add up to the grant are refused
      {"Of the 1,000 units, 800 are time-vesting RSUs that vest on March 1, 2027, and 300 are performance share units that "
       "will be earned, if at all, based on total shareholder return.",
       "2025-03-01", "1000", "unrecognized", "", "portions_exceed_grant", false},
  };
  return f;
}

}  // namespace vest::rules
