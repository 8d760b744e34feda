// Condition rules: words of footnotes that are not a schedule (tax withholding, trusts, weighted-average
// prices, sales, settlement), and weaker hints that a vest verb with a date outweighs.
#include "rules/family_conditions_parts.hpp"

namespace vest::rules::condition_rules {

std::vector<ItemRule> not_vesting_rules() {
  return {
      {"<not-a-schedule words>", 0,
       {w({"tax", "taxes", "withholding", "withheld", "withhold", "surrender", "surrendered", "weighted", "trust", "trusts",
           "espp", "dividend", "dividends", "sold", "gift", "gifted", "forfeited", "cancelled", "canceled", "purchased"})},
       simple(IT::not_vesting)},
      // Words that only hint at something else ("will be converted to shares", "the first commercial sale"):
      // they do not outweigh a vest verb with a date in the same sentence.
      {"<weak not-a-schedule words>", 0, {w({"converted", "sale", "sales", "purchase"})}, weak_not_vesting},
      // "dividend equivalent rights ..., which will vest on the same schedule as the underlying units", "will vest
      // ... at the same time as the underlying RSUs": the vesting is another award's, whose schedule is not this
      // row's (a strong sign: not a schedule, as m017, p162, g038, h208 are read).
      {"on the same schedule as the underlying <award>", 0,
       {w({"on", "in", "at", "under", "following"}), w({"the"}), w({"same"}), opt(w({"vesting"})),
        w({"schedule", "time", "times", "terms"}), w({"as"}), opt(w({"the"})), w({"underlying", "related"})},
       [](const Match&) -> std::optional<Item> { Item it = make(IT::not_vesting); it.tag = Tag::strong; return it; }},
      // "Represents the settlement of restricted stock units that vested on ...": with only past vesting,
      // the row is the settlement.
      {"represents the settlement of", 0,
       {w({"represents", "reflects"}), opt(w({"the"})), w({"settlement", "delivery"}), w({"of"})}, weak_not_vesting},
  };
}

std::vector<Example> not_vesting_examples() {
  return {
      // Withholding said in the future ("will withhold ... upon each vesting date", "will be withheld") is what will
      // happen at vesting, not what the row is: past vesting beside it stays the schedule. Said in the past, the row
      // is the withholding (classify_sentence.cpp, future_remark).
      {"This restricted stock unit award was granted on March 4, 2022 and vested entirely on February 1, 2023. The Issuer "
       "will withhold shares to satisfy tax withholding obligations upon each vesting date.",
       "2022-03-04", "1000", "time_based", "2023-02-01=1000", "", false},
      {"The RSUs vested on March 1, 2026. Shares will be withheld to cover taxes.", "2025-03-01", "800", "time_based",
       "2026-03-01=800", "", false},
      {"The RSUs vested on March 1, 2026. Shares were withheld to cover taxes.", "2025-03-01", "800", "not_vesting", "", "",
       false},
      // A not-a-schedule answer is decided before the accounting, which still reads its set-aside sentences: a part
      // sized and vesting there is refused ("RSUs that vest on March 1, 2026" only describes the award).
      {"Represents shares withheld to satisfy tax withholding obligations upon the vesting of restricted stock units. Under "
       "the Reporting Person's Rule 10b5-1 trading plan, 50% of the units vest on May 19, 2023.",
       "2022-05-19", "1000", "unrecognized", "", "(a vesting statement)", false},
      // Shares issued on settlement of units that vested before (a date of issue between); a settlement after a
      // vesting stated first is its delivery, and the vesting stands.
      {"Represents shares issued on February 20, 2026 upon the settlement of RSUs granted on February 20, 2023, which "
       "vested on February 15, 2026.",
       "2026-02-20", "10", "not_vesting", "", "", false},
      {"The RSUs vest on March 1, 2027 and March 1, 2028; shares are issued upon settlement of the RSUs.", "2026-03-01",
       "10", "time_based", "2027-03-01=5 2028-03-01=5", "", false},
      {"Shares issued upon settlement of RSUs, which vest on March 1, 2027.", "2026-03-01", "10", "not_vesting", "", "",
       false},
      {"PAYMENT OF TAX LIABILITY BY DELIVERING SECURITIES TO THE COMPANY INCIDENT TO THE VESTING OF A SECURITY.", "2013-02-15",
       "17326", "not_vesting", "", "", false},
      {"Shares withheld to satisfy tax withholding obligations upon the vesting of restricted stock units.", "", "100",
       "not_vesting", "", "", false},
      {"The shares are held by a family trust of which the Reporting Person is a trustee.", "", "100", "not_vesting", "", "",
       false},
      {"The price reported is a weighted average price. These shares were sold in multiple transactions.", "", "100",
       "not_vesting", "", "", false},
      {"Shares withheld to cover taxes upon vesting in connection with the RSUs.", "", "10", "not_vesting", "", "", false},
      {"Represents dividend equivalent units credited on unvested RSUs, which will vest on the same schedule as the "
       "underlying RSUs.", "2025-03-15", "12", "not_vesting", "", "", false},
      {"Dividend equivalents accrue on the units and will vest at the same time as the underlying units.", "2025-03-15",
       "12", "not_vesting", "", "", false},
      // ("the same schedule" of something that is not an underlying award is not this rule's)
      {"The RSUs will vest on the same schedule as the Reporting Person's prior award.", "2025-03-15", "12",
       "unrecognized", "", "not understood", false},
      // A future vesting on an event is never "not a schedule", whatever other words it has.
      {"The option will vest upon the first commercial sale of the Company's lead product.", "2024-05-20", "10",
       "performance", "", "", false},
      {"The option will vest upon the sale of the Company's lead product line.", "2024-05-20", "10",
       "unrecognized", "", "not understood", false},
      {"The stock unit becomes vested upon the date of grant and will be converted to an equal number of shares upon termination of service.", "2023-10-17", "10", "immediate", "2023-10-17=10", "", false},
      {"Each phantom unit became convertible into cash in three equal annual installments commencing on the annual vesting date following the year of grant.", "2023-02-13", "", "unrecognized", "", "not understood", false},
      // A schedule stated first stands beside what the sentence says after it; a past vesting next to
      // withholding is the withholding's.
      {"The RSUs vest on March 1, 2026, and unvested units are forfeited upon termination of employment.", "2025-03-01", "10",
       "time_based", "2026-03-01=10", "", false},
      {"The RSUs vest on March 1, 2026 and will be settled in shares, net of shares withheld for taxes.", "2025-03-01", "10",
       "time_based", "2026-03-01=10", "", false},
      {"These RSUs vested on March 1, 2024 and shares were withheld to satisfy tax obligations.", "2025-03-01", "10",
       "not_vesting", "", "", false},
      {"Shares withheld to satisfy tax obligations upon the vesting of RSUs that vest on March 1, 2026.", "2025-03-01", "10",
       "not_vesting", "", "", false},
      {"Represents the settlement of restricted stock units that vested on March 1, 2025 in shares of common stock.",
       "2025-03-15", "1000", "not_vesting", "", "", false},
      // ("the remaining units" are what the settlement leaves, which the footnote does not size: refused)
      {"Represents the settlement of restricted stock units; the remaining units vest on March 1, 2026.", "2025-03-15",
       "1000", "unrecognized", "", "sizes no other portion", false},
      // Only past vesting (a list of dates, too) beside withholding is the withholding's.
      {"Shares withheld for taxes upon vesting of RSUs that vested on each of March 1, 2024 and March 1, 2025.",
       "2025-03-15", "1000", "not_vesting", "", "", false},
      {"The restricted stock units were previously reported and vested on each of March 1, 2024 and March 1, 2025; this "
       "report reflects the shares withheld for taxes.", "2025-03-15", "1000", "not_vesting", "", "", false},
      // Settlement, delivery or deferral beside vesting only in the past: the date is the delivery's.
      {"Represents shares of common stock delivered on February 13, 2020 in settlement of restricted stock units that "
       "vested previously.", "2020-02-13", "1620", "not_vesting", "", "", false},
      // Vesting only in the past, and withholding said in another sentence: the row is the withholding's.
      {"Represents shares of common stock underlying restricted stock units that vested on March 1, 2026. Shares were "
       "withheld to cover taxes.",
       "2026-03-01", "800", "not_vesting", "", "", false},
      {"50% of the restricted stock units vested on March 1, 2026. The remaining units vest on March 1, 2027; shares will "
       "be withheld to cover taxes.",
       "2025-03-01", "800", "time_based", "2026-03-01=400 2027-03-01=400", "", false},
      // Past vesting beside vesting still to come ("with the remainder vesting monthly ...", "will become fully vested
      // on ...") is a schedule, whatever the sale, withholding or forfeiture words beside it (classify_sentence.cpp).
      {"One-third of the shares vested on March 1, 2026, with the remainder vesting monthly over the next two years. "
       "Shares may be sold under a Rule 10b5-1 plan to cover taxes.",
       "2025-03-01", "36", "time_based",
       "2026-03-01=12 2026-04-01=1 2026-05-01=1 2026-06-01=1 2026-07-01=1 2026-08-01=1 2026-09-01=1 2026-10-01=1 "
       "2026-11-01=1 2026-12-01=1 2027-01-01=1 2027-02-01=1 2027-03-01=1 2027-04-01=1 2027-05-01=1 2027-06-01=1 "
       "2027-07-01=1 2027-08-01=1 2027-09-01=1 2027-10-01=1 2027-11-01=1 2027-12-01=1 2028-01-01=1 2028-02-01=1 "
       "2028-03-01=1", "", false},
      {"One-third of the restricted stock units vested on June 1, 2024, and the unvested portion of the award will become "
       "fully vested on June 1, 2025. Unvested shares are forfeited upon termination of service.",
       "2024-01-07", "3", "time_based", "2024-06-01=1 2025-06-01=2", "", false},
      {"Represents shares withheld upon vesting of restricted stock units that vested on March 1, 2026; the vesting of the "
       "RSUs was previously reported.",
       "2026-03-01", "800", "not_vesting", "", "", false},
      // "The remaining" after a sentence set aside that sized the first part: never the whole grant.
      {"50% of the RSUs vested on March 1, 2026 and were settled in shares. The remaining RSUs vest on March 1, 2027.",
       "2025-03-01", "800", "unrecognized", "", "sizes no other portion", false},
      {"Shares were delivered in settlement of 50% of the RSUs, which vested on March 1, 2026. The remaining RSUs vest on "
       "March 1, 2027.",
       "2025-03-01", "800", "unrecognized", "", "sizes no other portion", false},
      {"The previously vested RSUs were settled in shares of the Issuer's common stock on March 2, 2025.", "2024-03-01",
       "100", "not_vesting", "", "", false},
      {"Under a deferral election made on January 4, 2021, receipt of the vested shares has been deferred until the "
       "Reporting Person's separation from service.", "2020-09-30", "100", "not_vesting", "", "", false},
      {"The Reporting Person elected to defer receipt of the shares underlying the vested restricted stock units until "
       "June 3, 2017.", "2016-06-03", "100", "not_vesting", "", "", false},
      // A future vesting beside its settlement stands.
      // (A deferral without a date is the delivery's words; one with a date is read, and here disagrees.)
      {"The RSUs vest in two equal annual installments on the first and second anniversaries of the grant date, and "
       "vested units are deferred until the holder's separation from service.",
       "2025-05-28", "2", "time_based", "2026-05-28=1 2027-05-28=1", "", false},
      {"The RSUs vest in four equal annual installments beginning on the first anniversary of the grant date, and vested "
       "units are deferred until June 1, 2030.",
       "2025-05-28", "4", "unrecognized", "", "cross_check_failed", false},
      {"The RSUs will vest on March 1, 2026 and will be delivered within 30 days after vesting.", "2025-03-01", "10",
       "time_based", "2026-03-01=10", "", false},
  };
}

}  // namespace vest::rules::condition_rules
