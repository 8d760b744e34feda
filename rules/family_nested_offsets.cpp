// Family: nested offsets — a date counted from a date that is itself counted from an anchor: "one
// month after the first anniversary of the vesting commencement date", "three months after the
// 6-month anniversary of the grant date" (a series that begins one period after its cliff). Level 4:
// the anchors family's anniversaries and offsets (level 3) are items by then.
#include "rules/rule_helpers.hpp"

namespace vest::rules {
using namespace helpers;

Family nested_offsets_family() {
  Family f;
  f.name = "nested_offsets";
  f.item_rules = {
      {"<number> months after <the first anniversary of X>", 4,
       {k(NK::number), opt(p('-')), w({"month", "months", "year", "years"}), w({"after", "following", "from"}), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t month = intern("month"), months = intern("months"), over = intern("over"),
                                    for_ = intern("for"), during = intern("during");
         const When& base = m.item_of(4).when;
         const Node& num = m.node(0);
         // Only what level 3 could not read: an offset from an offset (not a stated date or the anchor itself).
         if (base.months == 0 || base.days != 0 || base.fixed_day) return std::nullopt;
         if (base.ref != When::Ref::grant && base.ref != When::Ref::vcd && base.ref != When::Ref::absolute) return std::nullopt;
         if (num.den != 1 || num.num < 1 || num.num > 600) return std::nullopt;
         // "over 24 months following the first anniversary", "over the three years following ...": a span, not a date.
         static const std::uint16_t the = intern("the"), next = intern("next");
         std::size_t before = m.begin;
         while (before > 0 && m.begin - before < 3 &&
                (is_w((*m.nodes)[before - 1], the) || is_w((*m.nodes)[before - 1], next)))
           --before;
         if (before > 0) {
           const Node& prev = (*m.nodes)[before - 1];
           if (is_w(prev, over) || is_w(prev, for_) || is_w(prev, during)) return std::nullopt;
         }
         const bool is_months = m.node(2).wid == month || m.node(2).wid == months;
         Item it = make(IT::when);
         it.when = base;
         it.when.months += static_cast<int>(is_months ? num.num : 12 * num.num);
         return it;
       }},
  };
  f.examples = {
      {"One-fourth of the shares vest on the first anniversary of the vesting commencement date (July 18, 2022), with the "
       "remaining shares vesting in three equal monthly installments starting one month after the first anniversary of the "
       "vesting commencement date.",
       "2022-09-29", "8", "time_based", "2023-07-18=2 2023-08-18=2 2023-09-18=2 2023-10-18=2", "", false},
      {"Upon the one-year anniversary of the grant date, 50% of the shares vest; the remainder vest in 2 equal quarterly "
       "installments beginning three months after the first anniversary of the grant date.",
       "2024-01-31", "4", "time_based", "2025-01-31=2 2025-04-30=1 2025-07-31=1", "", false},
      {"25% of the shares vest on the date that is 12 months after the vesting commencement date (July 1, 2024); the "
       "remaining 75% vest in three equal yearly installments starting one year after the one-year anniversary of the vesting "
       "commencement date.",
       "2024-08-01", "4", "time_based", "2025-07-01=1 2026-07-01=1 2027-07-01=1 2028-07-01=1", "", false},
      {"The option vests in two equal semiannual installments beginning six months after the six-month anniversary of the "
       "Reporting Person's date of hire (June 7, 2022).",
       "2022-07-01", "2", "time_based", "2023-06-07=1 2023-12-07=1", "", false},
      // "over the 24 months following the first anniversary" is a span, not a date.
      {"25% of the RSUs vest on the first anniversary of the grant date and the remainder vest in equal monthly installments "
       "over 36 months following the first anniversary of the grant date.",
       "2024-01-15", "4", "time_based",
       "2025-01-15=1 2026-01-15=1 2027-01-15=1 2028-01-15=1",
       "", false},
      {"The award will vest as to 40% of the award on the second anniversary of the grant date and the remaining 60% "
       "shall vest in three equal yearly installments over the three years following the two-year anniversary of the grant "
       "date.",
       "2018-02-11", "284", "time_based", "2020-02-11=113 2021-02-11=57 2022-02-11=57 2023-02-11=57", "", false},
      // The span and the count disagree (three yearly installments cannot fill the two years after the cliff).
      {"The award will vest as to 40% of the award on the second anniversary of the grant date and the remaining 60% "
       "shall vest in three equal yearly installments over the two years following the two-year anniversary of the grant "
       "date.",
       "2018-02-11", "284", "unrecognized", "", "cross_check_failed", false},
      // Nothing to count from: the anchor is not stated.
      {"The RSUs vest in full one month after the first anniversary of the Reporting Person's date of hire.", "2024-01-15",
       "4", "unrecognized", "", "needs vesting_commencement_date", false},
  };
  return f;
}

}  // namespace vest::rules
