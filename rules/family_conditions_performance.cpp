// Condition rules: performance words ("achievement", "milestone", "performance goal", "stock price",
// "closed at or above", "total shareholder return") that make a portion contingent.
#include "rules/family_conditions_parts.hpp"

namespace vest::rules::condition_rules {

std::vector<ItemRule> performance_rules() {
  return {
      {"<performance words>", 0,
       {w({"achievement", "achieve", "achieved", "achieving", "milestone", "milestones", "hurdle", "hurdles", "vwap",
           "payout", "tsr", "earned", "earn", "target", "goals", "fda", "approval", "liquidity"})},
       simple(IT::performance)},
      // "upon an IPO" is a condition; "the closing of the IPO" names an event that happened (an anchor,
      // family_event_anchors.cpp), not a condition.
      {"ipo", 0, {w({"ipo"})},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t the = intern("the"), of = intern("of"), closing = intern("closing"),
                                    completion = intern("completion"), consummation = intern("consummation");
         const auto& n = *m.nodes;
         const std::size_t b = m.begin;
         if (b >= 3 && is_w(n[b - 1], the) && is_w(n[b - 2], of) &&
             (is_w(n[b - 3], closing) || is_w(n[b - 3], completion) || is_w(n[b - 3], consummation)))
           return std::nullopt;
         return make(IT::performance);
       }},
      {"performance goal", 0,
       {w({"performance"}), w({"goal", "goals", "condition", "conditions", "criteria", "period", "objectives", "measures",
                              "targets", "metrics", "metric", "cycle", "cycles"})},
       simple(IT::performance)},
      // "upon the first commercial sale of the Company's product": a commercial milestone, not a sale of shares.
      {"first commercial sale", 0, {w({"commercial"}), w({"sale", "sales", "launch"})}, simple(IT::performance)},
      {"stock price", 0, {w({"stock", "share"}), w({"price"})}, simple(IT::performance)},
      {"closed at or above $X", 0, {w({"closes", "closed", "close", "trades", "traded"}), w({"at"}), w({"or"}), w({"above"})},
       simple(IT::performance)},
      {"price targets", 0, {w({"price"}), w({"target", "targets", "hurdle", "hurdles", "threshold", "thresholds"})},
       simple(IT::performance)},
      {"price of the common stock", 0, {w({"price"}), w({"of"})},
       [](const Match& m) -> std::optional<Item> {
         // "the exercise price of the options", "the purchase price of the shares": terms, not a hurdle.
         static const std::uint16_t exercise = intern("exercise"), purchase = intern("purchase"),
                                    conversion = intern("conversion"), offering = intern("offering");
         if (m.begin > 0) {
           const Node& pv = (*m.nodes)[m.begin - 1];
           if (is_w(pv, exercise) || is_w(pv, purchase) || is_w(pv, conversion) || is_w(pv, offering)) return std::nullopt;
         }
         return make(IT::performance);
       }},
      {"eligible to vest", 0, {w({"eligible"}), w({"to", "for"}), w({"vest", "vesting"})}, simple(IT::performance)},
      {"total shareholder return", 0, {w({"total"}), w({"shareholder", "stockholder"}), w({"return"})},
       simple(IT::performance)},
  };
}

std::vector<Example> performance_examples() {
  return {
      {"The PSUs will vest upon achievement of the performance goals set by the compensation committee.", "2024-03-01",
       "1000", "performance", "", "", false},
      // Performance: milestones, thresholds on every tranche; already-earned units are time-based.
      {"The option will vest in full upon the FDA's approval of the Company's product candidate.", "2024-01-10", "10",
       "performance", "", "", false},
      {"25% of the option vested upon grant, and the remaining 75% will vest upon the first commercial sale of the Company's "
       "product.",
       "2012-07-09", "8000", "mixed", "2012-07-09=2000", "", false},
      {"The RSUs vest upon the commercial launch of the Company's first product.", "2012-07-09", "10", "performance", "", "",
       false},
      {"The RSUs vest in two equal annual installments commencing on the first anniversary of the grant date, subject to the "
       "Company's achievement of a minimum revenue threshold for the preceding fiscal year.",
       "2024-03-01", "10", "performance", "", "", false},
      {"The PSUs were earned based on performance through December 31, 2023 and vest 50% on March 1, 2024 and 50% on March 1, "
       "2025.",
       "2024-02-20", "10", "time_based", "2024-03-01=5 2025-03-01=5", "", false},
      {"The RSUs were granted under the Issuer's 2019 Equity Incentive Plan and vest as previously reported.", "2024-05-20",
       "10", "not_vesting", "", "", false},
      {"Each performance share unit represents a right to receive one share; the number of units reported is the maximum number that can be earned.", "", "10", "performance", "", "", false},
      {"The number of units credited is based on the annual retainer earned by the director for the quarter.", "", "10", "not_vesting", "", "", false},
      {"The exercise price of the options accretes at 10% per year.", "", "10", "not_vesting", "", "", false},
      // A performance condition stated as met is history; one still to be certified is not.
      {"Represents performance stock units earned upon certification of achievement of the performance goals for the "
       "performance period ended December 31, 2023. The earned units vest in two equal installments on March 1, 2024 "
       "and March 1, 2025, subject to continued employment.",
       "2024-02-20", "10", "time_based", "2024-03-01=5 2025-03-01=5", "", false},
      {"Represents performance stock units that will be earned upon certification of achievement of the performance "
       "goals for the performance period ending December 31, 2025. The earned units vest in two equal installments on "
       "March 1, 2026 and March 1, 2027.",
       "2024-02-20", "10", "performance", "", "", false},
      {"Represents the maximum number of performance stock units that may be earned upon certification of achievement "
       "of the performance goals. The earned units vest on March 1, 2027.",
       "2024-02-20", "10", "performance", "", "", false},
      {"These PSUs were earned upon the achievement of performance goals as certified previously by the Committee on "
       "February 28, 2025 and are subject to vesting in two equal annual installments commencing on March 15, 2025.",
       "2025-03-17", "10", "time_based", "2025-03-15=5 2026-03-15=5", "", false},
      // ... also in a sentence of its own, or dated on or before the transaction date ("as certified on <date>",
      // "upon the Committee's certification on <date>"); the years naming the performance period are its name.
      {"The performance condition applicable to these RSUs was satisfied on January 30, 2026. The units vest in three equal "
       "annual installments beginning on January 30, 2027.",
       "2026-01-30", "3", "time_based", "2027-01-30=1 2028-01-30=1 2029-01-30=1", "", false},
      // ... "was met", and the active "the Committee certified the achievement / that ..." (its date opening the sentence).
      {"The performance-based vesting condition of these units was met on January 7, 2023. The earned units vest 50% on "
       "January 7, 2024 and 50% on January 7, 2025.",
       "2023-01-07", "10", "time_based", "2024-01-07=5 2025-01-07=5", "", false},
      {"On January 4, 2023, the Compensation Committee certified the achievement of the performance conditions for these "
       "units. The units vest in three equal annual installments beginning on January 4, 2024.",
       "2023-01-04", "3", "time_based", "2024-01-04=1 2025-01-04=1 2026-01-04=1", "", false},
      {"The units vest in three equal annual installments beginning on January 4, 2024 if the performance goals are met.",
       "2023-01-04", "3", "performance", "", "", false},
      {"These RSUs were earned based on the Issuer's achievement of fiscal 2025 revenue targets, as certified on February "
       "12, 2026, and vest 50% on February 12, 2027 and 50% on February 12, 2028.",
       "2026-02-12", "10", "time_based", "2027-02-12=5 2028-02-12=5", "", false},
      {"Represents PSUs earned upon the Committee's certification on March 3, 2026 of the achievement of the performance "
       "goals for the 2023-2025 performance period. One-third of the earned units vested on March 3, 2026, and the "
       "remaining two-thirds will vest in two equal annual installments on March 3, 2027 and March 3, 2028.",
       "2026-03-03", "9", "time_based", "2026-03-03=3 2027-03-03=3 2028-03-03=3", "", false},
      // "the 2021-2023 performance cycle": a performance period by another name (holdout28 H28-042).
      {"Represents the number of performance share units earned for the 2021-2023 performance cycle, as certified by the "
       "Compensation Committee on January 30, 2024. The earned units will vest and settle on March 1, 2024.",
       "2024-01-30", "10", "time_based", "2024-03-01=10", "", false},
      {"The performance share units will be earned, if at all, based on total shareholder return over the 2024-2026 "
       "performance cycle and will vest on March 1, 2027.",
       "2024-01-30", "10", "performance", "", "", false},
      // ... also "upon certification (by the Compensation Committee) on <date>" in a sentence with no vest verb, and "as
      // certified by the Committee on <date>" (gen30, holdout27 H27-059); a date after the transaction date, or none, is
      // still to come.
      {"Represents performance share units earned upon certification by the Compensation Committee on February 18, 2025 "
       "of performance for the 2022-2024 performance period. The earned units vest in two equal installments on February "
       "18, 2025 and February 18, 2026.",
       "2025-02-18", "10", "time_based", "2025-02-18=5 2026-02-18=5", "", false},
      {"These RSUs were earned based on fiscal 2025 revenue targets, as certified by the Compensation Committee on "
       "February 12, 2026, and vest 50% on February 12, 2027 and 50% on February 12, 2028.",
       "2026-02-12", "10", "time_based", "2027-02-12=5 2028-02-12=5", "", false},
      {"Represents performance share units earned upon certification by the Compensation Committee on February 19, 2025 "
       "of performance for the 2022-2024 performance period. The earned units vest in two equal installments on February "
       "18, 2025 and February 18, 2026.",
       "2025-02-18", "10", "performance", "", "", false},
      {"Represents performance share units to be earned upon certification by the Compensation Committee of performance "
       "for the 2022-2024 performance period. The earned units vest in two equal installments on February 18, 2026 and "
       "February 18, 2027.",
       "2025-02-18", "10", "performance", "", "", false},
      {"These RSUs will be earned based on fiscal 2026 revenue targets, as certified on February 12, 2027, and vest 50% on "
       "February 12, 2027 and 50% on February 12, 2028.",
       "2026-03-01", "10", "performance", "", "", false},
      {"The PSUs shall become vested, if at all, following the end of the performance period based on revenue growth, as "
       "certified by the Committee.",
       "2025-03-17", "10", "performance", "", "", false},
      {"These performance based units vest ratably over a three-year performance period as previously reported.", "2017-01-30", "", "performance", "", "", false},
      {"Represents the target number of performance share units; the actual number earned may range from 0% to 150% of "
       "target depending on achievement of cumulative earnings per share goals.", "2025-02-10", "900", "performance", "",
       "", false},
      // A performance award's definition makes its dates contingent; one part's definition beside a time-based
      // part's dates does not (settle_unscheduled.cpp): refused, the parts' sizes not read.
      {"The PSUs will be earned, if at all, based on cumulative revenue for fiscal 2025 through 2027. The PSUs are scheduled "
       "to vest on March 1, 2028.", "2025-03-01", "900", "performance", "", "", false},
      {"The award includes 600 time-based units and 300 performance-based units. The time-based units vest in three equal "
       "annual installments beginning on March 1, 2026. The performance-based units will be earned, if at all, based on "
       "cumulative revenue for fiscal 2025 through 2027.", "2025-03-01", "900", "unrecognized", "", "time-based", false},
      // A performance or market condition in a proviso makes every tranche contingent.
      {"The RSUs will vest in three equal annual installments beginning on the first anniversary of the grant date, provided "
       "that the Company achieves its 2025 revenue target.", "2025-03-01", "900", "performance", "", "", false},
      {"Subject to the Company attaining its 2025 operating income goal, the RSUs vest in three equal annual installments "
       "beginning March 1, 2026.", "2025-03-01", "900", "performance", "", "", false},
      {"The shares vest in two equal annual installments beginning on the first anniversary of the grant date, provided the "
       "Company's stock price has closed above $30.00 for 20 consecutive trading days.", "2025-03-01", "900", "performance",
       "", "", false},
      {"The option vests in full if the Issuer's common stock closed at or above $20.00 per share for 30 consecutive trading days.", "2020-01-30", "10", "performance", "", "", false},
      {"The performance units will convert into 0 to 2 shares each based on the increase in the share price over the performance period. The units are scheduled to vest on January 1, 2016.", "2013-03-01", "100", "performance", "", "", false},
  };
}

}  // namespace vest::rules::condition_rules
