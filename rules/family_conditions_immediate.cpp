// Condition rules: vesting or exercisability at once ("fully vested", "vested in full", "immediately
// exercisable", early exercise), unless an event follows ("vest immediately upon a change in control").
#include "rules/family_conditions_parts.hpp"

namespace vest::rules::condition_rules {

namespace {

// "vest immediately upon a change in control" is a condition, not immediate vesting.
std::optional<Item> immediate_unless_event(const Match& m) {
  static const std::uint16_t upon = intern("upon"), in = intern("in"), on = intern("on"), if_ = intern("if"),
                             following = intern("following"), grant = intern("grant"), date = intern("date"),
                             the = intern("the"), as = intern("as");
  const auto& n = *m.nodes;
  std::size_t i = m.end;
  if (i < n.size() && n[i].kind == NK::word &&
      (n[i].wid == upon || n[i].wid == in || n[i].wid == on || n[i].wid == if_ || n[i].wid == following ||
       n[i].wid == as)) {
    std::size_t j = i + 1;
    while (j < n.size() && j < i + 4 && n[j].kind == NK::word && (n[j].wid == the || n[j].wid == date || n[j].wid == 0))
      if (n[j].wid == date) { ++j; break; } else ++j;
    static const std::uint16_t issuance = intern("issuance"), time = intern("time");
    bool grant_follows = false;
    // "fully vested upon grant", "upon issuance", "as of the time of grant".
    for (std::size_t k = i + 1; k < n.size() && k <= i + 4; ++k)
      grant_follows |= is_w(n[k], grant) || is_w(n[k], issuance) || (is_w(n[k], time) && k == i + 2);
    if (!grant_follows) return std::nullopt;
  }
  return make(IT::immediate);
}

}  // namespace

std::vector<ItemRule> immediate_rules() {
  return {
      {"immediately exercisable", 0, {w({"immediately"}), w({"exercisable"})}, simple(IT::exercisable_now)},
      {"exercisable immediately", 0, {w({"exercisable"}), w({"immediately"})}, simple(IT::exercisable_now)},
      {"may be exercised in full immediately", 0,
       {w({"may"}), w({"be"}), w({"exercised"}), opt(w({"in"})), opt(w({"full"})), w({"immediately"})},
       simple(IT::exercisable_now)},
      {"early exercise", 0, {w({"early"}), opt(p('-')), w({"exercise", "exercisable"})}, simple(IT::exercisable_now)},
      {"fully exercisable as of the date of grant", 0,
       {w({"fully", "immediately"}), w({"exercisable"}), opt(w({"as"})), w({"of", "on", "upon", "at", "from"}), opt(w({"the"})),
        w({"date", "grant"}), opt(w({"of"})), opt(w({"grant"}))},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t grant = intern("grant");
         if (!(m.node(5).wid == grant || (m.has(7)))) return std::nullopt;
         return make(IT::exercisable_now);
       }},
      {"exercisable in full as of the grant date", 0,
       {w({"exercisable"}), w({"in"}), w({"full"}), opt(w({"as"})), w({"of", "on", "upon", "at", "from"}), opt(w({"the"})),
        w({"date", "grant"}), opt(w({"of", "date"})), opt(w({"grant"}))},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t grant = intern("grant");
         if (!(m.node(6).wid == grant || m.has(8))) return std::nullopt;
         return make(IT::exercisable_now);
       }},
      {"fully exercisable (status)", 0, {w({"fully"}), w({"exercisable"})},
       [](const Match&) -> std::optional<Item> { Item it = make(IT::immediate); it.status_only = true; return it; }},
      {"fully vested", 0, {w({"fully"}), w({"vested", "vest", "vests"})}, immediate_unless_event},
      {"vested in full", 0, {w({"vested", "vest", "vests"}), w({"in"}), w({"full"})}, immediate_unless_event},
      {"vested in their entirety", 0, {w({"vested", "vest", "vests"}), w({"in"}), w({"their", "its"}), w({"entirety"})},
       immediate_unless_event},
      {"vest immediately", 0, {w({"vest", "vests", "vested"}), w({"immediately"})}, immediate_unless_event},
      {"immediately vest", 0, {w({"immediately"}), w({"vest", "vests", "vested"})}, immediate_unless_event},
  };
}

std::vector<Example> immediate_examples() {
  return {
      {"The option is immediately exercisable and vests in four equal annual installments beginning on March 1, 2025.",
       "2024-03-01", "1000", "time_based", "2025-03-01=250 2026-03-01=250 2027-03-01=250 2028-03-01=250", "", true},
      {"The RSUs vest immediately upon a change in control of the Issuer.", "2024-03-01", "1000", "unrecognized", "", "not understood",
       false},
      // The reason for a grant vested at once ("in recognition of ...", "in consideration of ...", up to ',' / ';') times
      // nothing (refuse_unmodelled_words.cpp: gives_a_reason); beside any other timing it is read as before.
      {"Fully vested shares of common stock granted as a one-time award in recognition of the completion of the Issuer's "
       "initial public offering.", "2021-05-03", "900", "immediate", "2021-05-03=900", "", false},
      {"The option was fully vested and immediately exercisable when granted, in recognition of the Reporting Person's "
       "prior service as a consultant.", "2021-05-03", "900", "immediate", "2021-05-03=900", "", true},
      {"The shares will be fully vested upon the closing of the Issuer's initial public offering, in recognition of the "
       "Reporting Person's service.", "2021-05-03", "900", "unrecognized", "", "not understood", false},
      {"The shares were fully vested on the date of grant in recognition of the Reporting Person's prior service, or on "
       "March 1, 2027 if later.", "2021-05-03", "900", "unrecognized", "", "not understood", false},
      {"The shares were fully vested on the date of grant in recognition of the closing of the offering on March 1, 2027.",
       "2021-05-03", "900", "unrecognized", "", "not understood", false},
      // The period an award vested at once was made for names it (account_for_salient_words.cpp:
      // period_named_for_award); beside a dated schedule it is still a year no rule read.
      {"The shares were issued to the director for services during the third quarter of 2025 under the Issuer's 2015 "
       "Director Compensation Program and were fully vested upon grant.",
       "2025-10-01", "640", "immediate", "2025-10-01=640", "", false},
      {"The shares of common stock were issued as a fully vested bonus award for fiscal year 2024 performance.",
       "2025-02-14", "300", "immediate", "2025-02-14=300", "", false},
      {"The shares were granted for fiscal 2024 performance and vest on March 1, 2026.", "2025-02-14", "300",
       "unrecognized", "", "unaccounted_word", false},
      // Immediate vesting on the grant date; early exercise with a repurchase right that lapses (= vesting).
      {"The option was fully exercisable as of the date of grant and the shares are subject to a right of repurchase in favor "
       "of the Issuer that lapses as to 1/4th of the shares on each monthly anniversary of January 31, 2024.",
       "2024-02-10", "4", "time_based", "2024-02-29=1 2024-03-31=1 2024-04-30=1 2024-05-31=1", "", true},
      {"The option is immediately exercisable; however, any shares purchased upon exercise are subject to the Issuer's "
       "repurchase right, which lapses as to 1/4 of the shares on the first anniversary of the grant date and 1/16 of the "
       "shares each quarter thereafter.",
       "2024-03-17", "16", "time_based",
       "2025-03-17=4 2025-06-17=1 2025-09-17=1 2025-12-17=1 2026-03-17=1 2026-06-17=1 2026-09-17=1 2026-12-17=1 "
       "2027-03-17=1 2027-06-17=1 2027-09-17=1 2027-12-17=1 2028-03-17=1", "", true},
      {"The option is immediately exercisable, subject to the Company's right of first refusal, which lapses upon the "
       "Company's initial public offering.",
       "2024-03-17", "8", "unrecognized", "", "does not state its vesting schedule", true},
      {"The option is immediately exercisable for restricted shares, subject to a repurchase right that lapses pursuant to the "
       "option's vesting schedule.",
       "2024-02-10", "4", "unrecognized", "", "does not state its vesting schedule", true},
      // (time-based) vesting in/over", "exercisable in full as of the grant date", performance-award definitions,
      // and what is none of them.
      {"These stock units vested in their entirety at the time of grant.", "2025-09-02", "812", "immediate", "2025-09-02=812", "", false},
      {"The shares were fully vested upon issuance.", "2025-05-01", "7", "immediate", "2025-05-01=7", "", false},
      // The award's own vesting in full at grant, then its settlement (classify_sentence.cpp, vested_in_full_at_grant);
      // a settlement of units "that vested" at grant is the row's delivery, not a schedule.
      {"The restricted stock units vested 100% on the date of grant and will be settled upon the reporting person's "
       "separation from service.", "2021-05-27", "650", "immediate", "2021-05-27=650", "", false},
      {"Represents shares delivered in settlement of restricted stock units that vested 100% on the date of grant.",
       "2021-05-27", "650", "not_vesting", "", "", false},
      {"The option is exercisable in full as of the grant date; the unvested shares shall become vested in 4 equal quarterly installments commencing three months after the grant date.", "2025-01-31", "4", "time_based", "2025-04-30=1 2025-07-31=1 2025-10-31=1 2026-01-31=1", "", true},
  };
}

}  // namespace vest::rules::condition_rules
