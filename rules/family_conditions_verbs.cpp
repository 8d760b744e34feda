// Condition rules: the vesting verbs and schedule headers ("vest", "become exercisable", "vesting shall
// occur", "as follows", "vesting schedule:"), and rows that are an exercise or settlement.
#include "rules/family_conditions_parts.hpp"

namespace vest::rules::condition_rules {

std::vector<ItemRule> verb_and_header_rules() {
  return {
      {"represents the vesting of <award>", 0,
       {w({"represents", "reflects"}), opt(w({"the"})), opt(w({"accelerated", "full", "automatic"})), w({"vesting"}),
        w({"of"})},
       simple(IT::represents_vesting)},
      {"vesting shall occur", 0, {w({"vesting"}), w({"shall", "will"}), w({"occur", "commence", "begin"})}, simple(IT::vest_verb)},
      {"vesting occurs", 0, {w({"vesting"}), w({"occurs", "commences", "begins"})}, simple(IT::vest_verb)},
      // The row is an exercise or settlement; any schedule in the footnote is of the old award.
      {"acquired upon the exercise of", 0,
       {w({"acquired", "received", "issued"}),
        custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {  // "issued on <date> upon the settlement of"
          static const std::uint16_t on = intern("on");
          if (i + 1 < n.size() && is_w(n[i], on) && n[i + 1].kind == NK::date) i += 2;
          return true;
        }),
        w({"upon", "on", "pursuant"}), opt(w({"to"})), opt(w({"the"})), w({"exercise", "settlement"}), w({"of"})},
       // (A settlement is a strong sign only before any vest verb: "The RSUs vest on D1 and D2; shares are issued upon
       // settlement of the RSUs within 30 days" states the vesting first, which the delivery does not undo.)
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t settlement = intern("settlement");
         Item it = make(IT::not_vesting);
         it.tag = is_w(m.node(5), settlement) ? Tag::settlement : Tag::strong;
         return it;
       }},
      {"<vest verb>", 0, {w({"vest", "vests", "vested"})}, simple(IT::vest_verb)},
      // Double-trigger RSUs worded by their conditions: "the service-based vesting condition is satisfied as to 1/16th
      // of the RSUs on each quarterly anniversary of X" (the time-based part; the other condition is performance, or
      // stated as already met: classify_sentence.cpp).
      {"the service-based condition is satisfied", 0,
       {w({"service"}), opt(p('-')), opt(w({"based"})), opt(w({"vesting"})), w({"condition", "requirement", "component", "event"}),
        opt(w({"is", "was", "will", "shall"})), opt(w({"be", "been"})), w({"satisfied", "met"})},
       simple(IT::vest_verb)},
      // Restricted stock worded by its restrictions: "the restrictions lapse as to", "the forfeiture
      // restrictions shall lapse in five equal annual installments" (never a bare "lapse": an option lapses
      // when it expires).
      {"the restrictions lapse", 0,
       {w({"restrictions"}), opt(w({"shall", "will"})), w({"lapse"})}, simple(IT::vest_verb)},
      {"the restrictions on the shares lapse", 0,
       {w({"restrictions"}), w({"on"}), opt(w({"the", "these", "such"})), opt(w({"restricted"})),
        w({"shares", "units", "stock", "award"}), opt(w({"shall", "will"})), w({"lapse"})},
       simple(IT::vest_verb)},
      // An early-exercise option's repurchase right lapsing IS the vesting, said with the right as the subject: "the
      // Issuer's right to repurchase the shares at the exercise price lapses as to 1/4 of the shares on ...", "the
      // Company's repurchase right shall lapse ..." (the proviso "subject to a right of repurchase that lapses" is in
      // family_conditions_provisos.cpp; a bare "lapse" stays no verb).
      {"the right to repurchase <...> lapses", 0,
       {w({"right"}), w({"to"}), w({"repurchase"}), custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          static const std::uint16_t lapses = intern("lapses"), lapse = intern("lapse");
          for (std::size_t j = i; j < n.size() && j < i + 10; ++j) {
            if (n[j].kind != NK::word) return false;
            if (is_w(n[j], lapses) || is_w(n[j], lapse)) {
              i = j + 1;
              return true;
            }
          }
          return false;
        })},
       simple(IT::vest_verb)},
      {"the repurchase right lapses", 0,
       {w({"repurchase"}), w({"right"}), opt(w({"shall", "will"})), w({"lapse", "lapses"})}, simple(IT::vest_verb)},
      // "The option first becomes exercisable on D as to 25%": "first" says when vesting begins, not a date's ordinal.
      {"first becomes exercisable", 0,
       {hinted(custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
                 if (i < n.size() && n[i].kind == NK::ordinal && n[i].num == 1) { ++i; return true; }
                 return false;
               }),
               {}, {NK::ordinal}),
        w({"becomes", "become", "shall", "will", "vest", "vests", "vested"}), opt(w({"become", "be", "vest"})),
        opt(w({"exercisable", "vested"}))},
       // (The word after "first" is required: every ordinal of every footnote is tried here.)
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t vest = intern("vest"), vests = intern("vests"), vested = intern("vested");
         const Node& verb = m.node(1);
         const bool vest_word = is_w(verb, vest) || is_w(verb, vests) || is_w(verb, vested);
         if (!vest_word && !m.has(3) && !(m.has(2) && is_w(m.node(2), vest))) return std::nullopt;
         if (vest_word && (m.has(2) || m.has(3))) return std::nullopt;
         return make(IT::vest_verb);
       }},
      {"become exercisable", 0, {w({"exercisable"})}, simple(IT::vest_verb)},
      // "The RSUs become nonforfeitable in three equal annual increments": vesting said by what it ends.
      {"become nonforfeitable", 0, {w({"nonforfeitable"})}, simple(IT::vest_verb)},
      {"become non-forfeitable", 0, {w({"non"}), p('-'), w({"forfeitable"})}, simple(IT::vest_verb)},
      // "shall vest in installments as follows: 50% on ... and 25% on each of ...": the bare "installments" only names
      // the parts listed after the colon (no count, cadence or size of its own: those words are not this rule).
      {"in installments as follows", 0,
       {w({"in"}), w({"installments", "instalments"}), w({"as"}), w({"follows"})}, simple(IT::header)},
      {"as follows", 0, {w({"as"}), w({"follows"})}, simple(IT::header)},
      {"vesting schedule:", 0, {w({"vesting"}), w({"schedule", "dates"}), p(':')}, simple(IT::header)},
      {"pursuant to the following schedule", 0,
       {w({"pursuant", "according"}), w({"to"}), w({"the"}), w({"following"}), w({"schedule"})}, simple(IT::header)},
  };
}

std::vector<Example> verb_and_header_examples() {
  return {
      // "Represents the vesting of ...": the row's own vesting, history (immediate on the transaction date). The
      // sentence is decided by its first words, and no '.' ends a sentence after "LLC": a vesting said after it, in
      // the present or future, is one the answer does not account for (account_for_salient_words.cpp).
      {"Represents the vesting of restricted stock units of the Company granted under the 2020 Plan, in accordance with "
       "the Agreement and Plan of Merger, dated as of January 23, 2022, by and among the Company and Rapids Merger Sub LLC.",
       "2022-05-19", "1000", "immediate", "2022-05-19=1000", "", false},
      {"Represents the vesting of restricted stock units held by the Reporting Person, which vested immediately prior to "
       "the merger with Rapids Merger Sub LLC.",
       "2022-05-19", "1000", "immediate", "2022-05-19=1000", "", false},
      {"Represents the vesting of restricted stock units under the merger agreement among the Company and Merger Sub LLC. "
       "In connection with the merger, 50% of the shares vest on May 19, 2023.",
       "2022-05-19", "1000", "unrecognized", "", "(a vesting of its own)", false},
      {"Represents the vesting of restricted stock units under the merger agreement among the Company and Merger Sub LLC. "
       "The remaining shares will vest in four equal annual installments beginning on May 19, 2023.",
       "2022-05-19", "1000", "unrecognized", "", "(a vesting of its own)", false},
      {"Represents the vesting of restricted stock units under the merger agreement among the Company and Merger Sub LLC. "
       "The number of shares that vest will be determined based on the achievement of performance goals.",
       "2022-05-19", "1000", "unrecognized", "", "(a vesting of its own)", false},
      // Double-trigger RSUs: the service-based condition "is satisfied as to" a part is the vesting; once the liquidity
      // condition is stated as met, the sentence naming both conditions leaves the service schedule as the answer
      // (read_statements.cpp: settle_met_double_trigger). Not yet met: the whole grant is contingent, so the dated
      // parts are refused.
      {"The RSUs were subject to both a service-based vesting condition and a liquidity event-based vesting condition. "
       "The liquidity event-based vesting condition was satisfied on December 9, 2020. The service-based condition is "
       "satisfied as to 1/16th of the RSUs on each quarterly anniversary of March 1, 2020.",
       "2019-06-01", "16", "time_based",
       "2020-06-01=1 2020-09-01=1 2020-12-01=1 2021-03-01=1 2021-06-01=1 2021-09-01=1 2021-12-01=1 2022-03-01=1 "
       "2022-06-01=1 2022-09-01=1 2022-12-01=1 2023-03-01=1 2023-06-01=1 2023-09-01=1 2023-12-01=1 2024-03-01=1", "", false},
      {"The RSUs vest upon the satisfaction of a service-based condition and a liquidity event condition. The liquidity "
       "event condition was satisfied upon the Issuer's initial public offering. The service condition is satisfied as to "
       "25% of the RSUs on March 1, 2021 and as to 1/16th of the RSUs quarterly thereafter.",
       "2019-06-01", "16", "time_based",
       "2021-03-01=4 2021-06-01=1 2021-09-01=1 2021-12-01=1 2022-03-01=1 2022-06-01=1 2022-09-01=1 2022-12-01=1 "
       "2023-03-01=1 2023-06-01=1 2023-09-01=1 2023-12-01=1 2024-03-01=1", "", false},
      {"The RSUs vest upon the satisfaction of a service-based condition and a liquidity event condition. The liquidity "
       "event condition will be satisfied upon the Issuer's initial public offering. The service condition is satisfied "
       "as to 25% of the RSUs on March 1, 2021 and as to 1/16th of the RSUs quarterly thereafter.",
       "2019-06-01", "16", "unrecognized", "", "before \"the remainder\"", false},
      // ... only when every performance word of that sentence is one stated as met (a revenue goal is still to come).
      {"The RSUs vest upon the satisfaction of a service-based condition and the achievement of the 2021 revenue goal. "
       "The liquidity event condition was satisfied on December 9, 2020. The service condition is satisfied as to "
       "1/16th of the RSUs on each quarterly anniversary of March 1, 2020.",
       "2019-06-01", "16", "unrecognized", "", "before \"the remainder\"", false},
      // A part timed in installments with a verb no rule reads is never passed over as "not about vesting"
      // (account_for_salient_words.cpp: account_for_unread_schedules) ...
      {"The RSUs were subject to both a service-based vesting condition and a liquidity event-based vesting condition. "
       "The liquidity event-based vesting condition was satisfied on December 9, 2020. The RSUs are released as to 1/16th "
       "of the RSUs on each quarterly anniversary of March 1, 2020.",
       "2019-06-01", "16", "unrecognized", "", "no vesting verb the rules know", false},
      // ... but beside a sign that the row is another transaction, it describes the award the row came from.
      {"Represents shares withheld by the Issuer to satisfy tax withholding obligations upon the vesting of restricted "
       "stock units. The forfeiture provisions expire as to 1/16th of the units on each quarterly anniversary of March 1, "
       "2020.",
       "2019-06-01", "16", "not_vesting", "", "", false},
      {"The RSUs become nonforfeitable in three equal annual increments commencing on the first anniversary of the grant "
       "date.",
       "2024-03-01", "3", "time_based", "2025-03-01=1 2026-03-01=1 2027-03-01=1", "", false},
      {"The shares of restricted stock become non-forfeitable on March 1, 2026.", "2024-03-01", "3", "time_based",
       "2026-03-01=3", "", false},
      {"These shares were granted fully vested and nonforfeitable.", "2024-03-01", "3", "immediate", "2024-03-01=3", "",
       false},
      {"The shares become nonforfeitable upon a change in control.", "2024-03-01", "3", "unrecognized", "", "not understood", false},
      // An exercise or settlement row: the schedule described is of the old award.
      {"The shares were received upon the exercise of a stock option granted on March 1, 2019 that vested in four equal annual installments.",
       "2024-05-20", "400", "not_vesting", "", "", false},
      {"Shares issued upon settlement of RSUs that vested in equal quarterly installments over two years.", "2024-05-20",
       "800", "not_vesting", "", "", false},
      // A repurchase right that lapses, said with the right as the subject (an early-exercise option): the lapse is
      // the vesting; with no schedule of its own it is not understood.
      {"The option may be exercised in full immediately; the Issuer's right to repurchase the shares at the exercise "
       "price lapses as to 1/4 of the shares on the first anniversary of the grant date and 1/16 of the shares quarterly "
       "thereafter.",
       "2024-03-17", "16", "time_based",
       "2025-03-17=4 2025-06-17=1 2025-09-17=1 2025-12-17=1 2026-03-17=1 2026-06-17=1 2026-09-17=1 2026-12-17=1 "
       "2027-03-17=1 2027-06-17=1 2027-09-17=1 2027-12-17=1 2028-03-17=1", "", true},
      {"The option is immediately exercisable; the Company's repurchase right lapses as to 50% of the shares on March 1, "
       "2025 and as to the remaining shares on March 1, 2026.",
       "2024-03-01", "10", "time_based", "2025-03-01=5 2026-03-01=5", "", true},
      {"The option may be exercised in full immediately; the Issuer's right to repurchase unvested shares lapses in "
       "accordance with the vesting schedule set forth in the award agreement.",
       "2024-03-01", "10", "unrecognized", "", "vesting language not understood", true},
      // "the restrictions lapse" is a vest verb; an option that lapses is not.
      {"The restrictions lapse with respect to 25% of the shares on each of the first four anniversaries of the grant date.",
       "2024-02-10", "1000", "time_based", "2025-02-10=250 2026-02-10=250 2027-02-10=250 2028-02-10=250", "", false},
      // "in installments as follows": the parts listed are the installments (their sizes must still sum to the grant);
      // "installments" with a size or a count of its own is not this header.
      {"The restricted stock units shall vest in installments as follows: 50% on the second anniversary of the Grant Date "
       "and 25% on each of the third and fourth anniversaries of the Grant Date.",
       "2020-03-02", "800", "time_based", "2022-03-02=400 2023-03-02=200 2024-03-02=200", "", false},
      {"The option becomes exercisable in installments as follows: 1/3 on March 1, 2025, 1/3 on March 1, 2026 and 1/3 on "
       "March 1, 2027.",
       "2024-03-01", "300", "time_based", "2025-03-01=100 2026-03-01=100 2027-03-01=100", "", false},
      {"The restricted stock units shall vest in installments as follows: 50% on the second anniversary of the Grant Date "
       "and 20% on each of the third and fourth anniversaries of the Grant Date.",
       "2020-03-02", "800", "unrecognized", "", "cross_check_failed", false},
      {"The restricted stock units shall vest in installments of 30% as follows: 50% on the second anniversary of the Grant "
       "Date and 25% on each of the third and fourth anniversaries of the Grant Date.",
       "2020-03-02", "800", "unrecognized", "", "not accounted for", false},
      {"The restricted stock units shall vest in installments as follows, subject to continued employment.", "2020-03-02",
       "800", "unrecognized", "", "not understood", false},
      {"The forfeiture restrictions shall lapse in five equal annual installments on each anniversary of the grant date.",
       "2023-12-01", "5000", "time_based",
       "2024-12-01=1000 2025-12-01=1000 2026-12-01=1000 2027-12-01=1000 2028-12-01=1000", "", false},
      {"The restrictions on the restricted shares will lapse in four equal annual installments on each anniversary of the grant date.",
       "2024-03-31", "1000", "time_based", "2025-03-31=250 2026-03-31=250 2027-03-31=250 2028-03-31=250", "", false},
      // The verb is read, and "on <date> as to N shares" (the amount after its date, read_clauses.cpp).
      {"The restrictions on these shares lapse on March 31, 2025 as to 500 shares and on March 31, 2026 as to the remaining 500 shares.",
       "2024-03-31", "1000", "time_based", "2025-03-31=500 2026-03-31=500", "", false},
      {"The option will lapse on the tenth anniversary of the grant date.", "2024-02-10", "1000", "not_vesting", "", "", false},
      // "Vesting shall occur" is vesting language, never not_vesting.
      {"Vesting shall occur in equal annual installments over three years from the grant date.", "", "300", "time_based", "",
       "needs grant_date", false},
      // Amounts that do not pair one to one with the dates "respectively".
      {"On each of March 1, 2025 and March 1, 2026, the following numbers of shares vest: 300, 200 and 500, respectively.",
       "2024-05-20", "1000", "unrecognized", "", "not understood", false},
      // A portion and its timing beside "vesting" that no verb rule read: refused, never not_vesting; the same
      // words after "upon the vesting of" tell what happened.
      {"Vesting of the RSUs is 25% per year over four years on the anniversary of the grant date.", "2025-07-01", "4000",
       "unrecognized", "", "vesting language not understood", false},
      {"The vesting schedule of the option is one-third on each anniversary of the grant date.", "2025-07-01", "3000",
       "unrecognized", "", "not understood", false},
      {"The RSUs vest 50% on the first anniversary and 50% on the second anniversary.", "2025-07-01", "4000", "unrecognized",
       "", "vesting language not understood", false},
      {"The RSUs are scheduled to vest as follows: 1/3rd on each of the first three anniversaries.", "2025-07-01", "3000",
       "unrecognized", "", "vesting language not understood", false},
      {"The option vests with respect to 10% of the shares on each of the first and second anniversaries, 20% of the shares "
       "on the third anniversary and 60% of the shares on the fourth anniversary.", "2025-07-01", "1000", "unrecognized", "",
       "vesting language not understood", false},
      {"Represents shares acquired upon the vesting of the first installment of the RSUs on February 10, 2022.", "2021-02-10",
       "1000", "not_vesting", "", "", false},
      // A vesting stated first, in the present, is not undone by a not-a-schedule sign after it; the sign first (or the
      // vesting in the past) is about the other thing.
      {"The shares vest ratably on each of the first three anniversaries, and dividends on the unvested shares are held by "
       "the Company and paid upon vesting.", "2025-07-01", "3000", "unrecognized", "", "vesting language not understood", false},
      {"Dividends on the unvested shares are held by the Company and paid when the shares vest ratably on each of the first "
       "three anniversaries.", "2025-07-01", "3000", "not_vesting", "", "", false},
      {"The shares vested ratably on each of the first three anniversaries, and dividends on the unvested shares were held "
       "by the Company.", "2025-07-01", "3000", "not_vesting", "", "", false},
      // "each" before a single date: a recurrence that no rule read is never one tranche.
      {"On each Vesting Date, 1/8th of the units will vest.", "2024-01-31", "800", "unrecognized", "", "not understood", false},
      {"The RSUs vest as to 1/8 on each third Vesting Date following March 5, 2024.", "", "8", "unrecognized", "", "not understood", false},
      // performance awards "as previously reported", price hurdles, "vest pursuant to" a schedule elsewhere,
      // installments without a vest verb, a dated award whose size is performance-based.
      {"On June 7, 2023, the Reporting Person was granted 4,000 restricted stock units, cliff vesting on June 7, 2024.", "", "4000", "time_based", "2024-06-07=4000", "", false},
      {"Grant of restricted stock units. Vesting occurs in equal increments on the anniversary dates for the following three years.", "2022-04-01", "3", "time_based", "2023-04-01=1 2024-04-01=1 2025-04-01=1", "", false},
  };
}

}  // namespace vest::rules::condition_rules
