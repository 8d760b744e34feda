// Anchor rules, level 1: the dates a schedule hangs on (a stated date, the grant date, "upon grant",
// the vesting commencement date, a start or hire date).
#include "rules/family_anchors_parts.hpp"

namespace vest::rules::anchor_rules {

namespace {

// The certification the footnote dates as done by the transaction date (read_certification_date); otherwise
// not read ("upon certification" with no date told, or one still to come, is refused).
std::optional<Item> certified_date(const Match& m) {
  if (!m.context || !m.context->certified_on) return std::nullopt;
  When w;
  w.date = *m.context->certified_on;
  return when_of(w);
}

}  // namespace

std::vector<ItemRule> anchor_date_rules() {
  return {
      // Level 1: atoms.
      {"<date>", 1, {k(NK::date)},
       [](const Match& m) -> std::optional<Item> {
         When w;
         w.date = Date{date::days{m.node(0).days}};
         return when_of(w);
       }},
      {"the grant date", 1, {opt(w({"the", "its", "this"})), w({"grant", "award"}), w({"date"})},
       [](const Match&) { When w; w.ref = When::Ref::grant; return when_of(w); }},
      // "the stock option grant date", "the RSU grant date": the grant date, the award named in it.
      {"the <award> grant date", 1,
       {w({"the", "its", "this"}), opt(w({"stock", "restricted"})), w({"option", "options", "rsu", "rsus", "unit", "units", "award", "stock"}),
        w({"grant"}), w({"date"})},
       [](const Match&) { When w; w.ref = When::Ref::grant; return when_of(w); }},
      // "the date on which the option was granted", "the date the award was granted".
      {"the date on which the option was granted", 1,
       {opt(w({"the"})), w({"date"}), opt(w({"on"})), opt(w({"which", "that"})), w({"the", "this", "such"}),
        opt(w({"stock", "restricted"})), w({"option", "options", "rsu", "rsus", "unit", "units", "award", "shares", "stock"}),
        w({"was", "were"}), w({"granted", "awarded"})},
       [](const Match&) { When w; w.ref = When::Ref::grant; return when_of(w); }},
      {"the date of grant", 1,
       {opt(w({"the"})), w({"date"}), w({"of"}), opt(w({"the", "this", "such"})), w({"grant", "award"})},
       [](const Match&) { When w; w.ref = When::Ref::grant; return when_of(w); }},
      {"upon grant", 1, {opt(w({"immediately"})), w({"upon", "at"}), opt(w({"the", "its"})), w({"grant", "issuance"}), opt(w({"thereof"}))},
       [](const Match& m) -> std::optional<Item> {
         // "upon the grant date" is the grant-date rule's; "upon grant of the RSUs" is still the grant.
         const auto& n = *m.nodes;
         static const std::uint16_t date = intern("date");
         if (m.end < n.size() && is_w(n[m.end], date)) return std::nullopt;
         When w;
         w.ref = When::Ref::grant;
         return when_of(w);
       }},
      // "vested upon (such) certification", "the first anniversary of the certification date", "the date of
      // certification", "the first anniversary of certification": the certification's date, told elsewhere.
      {"upon certification", 1, {w({"upon", "on", "at"}), opt(w({"such", "the"})), w({"certification"})},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t date = intern("date");
         if (m.end < m.nodes->size() && is_w((*m.nodes)[m.end], date)) return std::nullopt;  // (the next rule's)
         return certified_date(m);
       }},
      {"the certification date", 1, {opt(w({"the", "such"})), w({"certification"}), w({"date"})}, certified_date},
      {"the date of certification", 1,
       {opt(w({"the"})), w({"date"}), w({"of"}), opt(w({"such", "the"})), w({"certification"})}, certified_date},
      {"anniversary of certification", 1, {w({"certification"})},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t of = intern("of"), anniversary = intern("anniversary");
         const auto& n = *m.nodes;
         if (!(m.begin >= 2 && is_w(n[m.begin - 1], of) && is_w(n[m.begin - 2], anniversary))) return std::nullopt;
         return certified_date(m);
       }},
      {"at the time of grant", 1,
       {opt(w({"at", "upon"})), w({"the"}), w({"time"}), w({"of"}), opt(w({"the", "its", "their"})), w({"grant", "issuance", "award"})},
       [](const Match&) { When w; w.ref = When::Ref::grant; return when_of(w); }},
      {"the vesting commencement date", 1,
       {opt(w({"the", "such"})), opt(w({"vesting"})), w({"commencement", "start"}), w({"date"})},
       [](const Match&) { When w; w.ref = When::Ref::vcd; return when_of(w); }},
      // "the June 2021 Vesting Commencement Date": the vesting commencement date, its month named (cross_check.cpp
      // refuses it when the date the footnote states is in another month; unstated, it is never assumed).
      {"the <Month YYYY> vesting commencement date", 1,
       {opt(w({"the", "its"})),
        w({"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}),
        k(NK::number), opt(w({"vesting"})), w({"commencement", "start"}), w({"date"})},
       [](const Match& m) -> std::optional<Item> {
         const Node& y = m.node(2);
         if (y.den != 1 || y.num < 1900 || y.num > 2200) return std::nullopt;
         When w;
         w.ref = When::Ref::vcd;
         return when_of(w);
       }},
      {"the reporting person's start date", 1,
       {opt(w({"the", "his", "her", "its"})), opt(holder_noun()),
        opt(w({"person", "persons", "holder"})),
        w({"hire", "hiring", "employment", "service"}), opt(w({"start", "commencement"})), w({"date"})},
       [](const Match&) { When w; w.ref = When::Ref::vcd; return when_of(w); }},
      // "the Reporting Person's first day of employment", "his first day of service": a start date.
      {"the first day of employment", 1,
       {opt(w({"the", "his", "her", "its"})), opt(holder_noun()),
        opt(w({"person", "persons", "holder"})), hinted(custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          if (i < n.size() && n[i].kind == NK::ordinal && n[i].num == 1) { ++i; return true; }
          return false;
        }), {}, {NK::ordinal}),
        w({"day"}), w({"of"}), opt(w({"his", "her", "the"})), w({"employment", "service"})},
       [](const Match&) { When w; w.ref = When::Ref::vcd; return when_of(w); }},
      {"the date of hire", 1, {opt(w({"the"})), w({"date"}), w({"of"}), opt(w({"the", "his", "her"})), w({"hire", "hiring"})},
       [](const Match&) { When w; w.ref = When::Ref::vcd; return when_of(w); }},
  };
}

// "vested upon certification", "the certification date": the certification's date as the footnote tells it (done by
// the transaction date); never told, told twice differently, or still to come, it is not read.
std::vector<Example> certification_date_examples() {
  return {
      {"On February 10, 2026, the Compensation Committee certified the achievement of the performance goals. 50% of the "
       "earned PSUs vested upon certification, and the remaining 50% vest on February 10, 2027.",
       "2026-02-10", "10", "time_based", "2026-02-10=5 2027-02-10=5", "", false},
      {"The PSUs were earned upon the Committee's certification of performance results on March 4, 2026; one-third of the "
       "earned units vested upon certification and the remaining two-thirds vest in equal installments on each of the "
       "first two anniversaries of the certification date.",
       "2026-03-04", "9", "time_based", "2026-03-04=3 2027-03-04=3 2028-03-04=3", "", false},
      {"The Committee certified on January 30, 2026 that the PSUs were earned. Half of the earned PSUs vested on the date "
       "of certification and half vest on the first anniversary of certification.",
       "2026-02-02", "10", "time_based", "2026-01-30=5 2027-01-30=5", "", false},
      // "were earned on <date> upon the Committee's certification": the certification's date told before it (gen33).
      {"The PSUs were earned on February 12, 2026 upon the Compensation Committee's certification of the Company's "
       "performance for the 2023-2025 performance period; 50% vested upon certification and the remaining 50% will vest "
       "on February 12, 2027.",
       "2026-02-12", "10", "time_based", "2026-02-12=5 2027-02-12=5", "", false},
      {"Represents PSUs that were earned on March 1, 2026 upon certification of performance by the Compensation "
       "Committee. One-third of the earned PSUs vested upon certification and the remaining two-thirds vest in equal "
       "installments on each of the first two anniversaries of the certification date.",
       "2026-03-02", "9", "time_based", "2026-03-01=3 2027-03-01=3 2028-03-01=3", "", false},
      // "the first anniversary of certification" after "vested upon certification" (anchor(), rule_helpers.hpp: the
      // certification as an anniversary's anchor, no look behind the match); undated, it stays refused.
      {"On February 14, 2025, the Committee certified the achievement of the goals. 50% vested upon certification and "
       "the remaining 50% vest on each of the first two anniversaries of certification.",
       "2025-02-20", "8", "time_based", "2025-02-14=4 2026-02-14=2 2027-02-14=2", "", false},
      {"The PSUs were earned based on performance through December 31, 2025. 50% vested upon certification and the "
       "remaining 50% vest on the first anniversary of certification.",
       "2026-02-20", "10", "unrecognized", "", "unrecognized", false},
      // ... told with a second date for the same certification, or not right before "upon", it is not read.
      {"The PSUs were earned on February 12, 2026 upon the Committee's certification of performance results on "
       "February 14, 2026; 50% vested upon certification and the remaining 50% will vest on February 12, 2027.",
       "2026-02-16", "10", "unrecognized", "", "cross_check_failed", false},
      {"The PSUs were earned on February 12, 2026, and 50% vested upon certification by the Committee; the remaining "
       "50% will vest on February 12, 2027.",
       "2026-02-16", "10", "unrecognized", "", "cross_check_failed", false},
      {"The PSUs will be earned on February 15, 2027 upon the Committee's certification of performance; 50% will vest "
       "upon certification and the remaining 50% on February 15, 2028.",
       "2026-02-15", "10", "performance", "", "", false},
      {"The PSUs were earned based on performance through December 31, 2025. 50% vested upon certification by the "
       "Committee and the remaining 50% vest on March 1, 2027.",
       "2026-02-20", "10", "unrecognized", "", "cross_check_failed", false},
      {"The Committee will certify achievement of the goals on February 10, 2027; 50% of the PSUs vest upon certification "
       "and 50% on the first anniversary of certification.",
       "2026-03-01", "10", "performance", "", "", false},
      {"On February 10, 2027, the Compensation Committee certified the achievement of the performance goals. 50% of the "
       "earned PSUs vested upon certification, and the remaining 50% vest on February 10, 2028.",
       "2026-02-10", "10", "unrecognized", "", "cross_check_failed", false},
  };
}

std::vector<Example> anchor_date_examples() {
  return {
      {"The RSUs vest on 16 December 2014.", "", "10", "time_based", "2014-12-16=10", "", false},
      {"The RSUs vest on Dec. 16, 2014.", "", "10", "time_based", "2014-12-16=10", "", false},
      // An anchor that is not stated is an error naming it, never the grant date.
      {"The RSUs vest in four equal annual installments beginning on the first anniversary of the vesting commencement date.",
       "2024-05-01", "4", "unrecognized", "", "needs vesting_commencement_date", false},
      {"The option vests in equal installments on each of the first two anniversaries of the Reporting Person's hire date.",
       "2024-05-01", "4", "unrecognized", "", "needs vesting_commencement_date", false},
      {"The option vests on the first anniversary of the date of hire.", "2024-05-01", "4", "unrecognized", "",
       "needs vesting_commencement_date", false},
      {"The option vests on the first anniversary of the Reporting Person's first day of employment.", "2024-05-01", "4",
       "unrecognized", "", "needs vesting_commencement_date", false},
      {"Options vest 25% on each of the first four anniversaries of the Reporting Person's first day of employment, "
       "September 15, 2025.",
       "2025-10-01", "4", "time_based", "2026-09-15=1 2027-09-15=1 2028-09-15=1 2029-09-15=1", "", false},
      // anniversary (thereof)", one month-day in each listed year, "the <date> award date", "On <date>, X was
      // granted", "from and after <date>", "anniversary dates of the grant"; and what they must not read.
      {"The RSUs vest on the first anniversary of grant.", "2024-02-29", "10", "time_based", "2025-02-28=10", "", false},
      {"25% of the grant vests on March 1, 2025 and the remainder on March 1, 2026.", "2024-03-01", "4", "time_based", "2025-03-01=1 2026-03-01=3", "", false},
      // A vesting commencement date named by its month: that month's stated date, else refused.
      {"25% of the RSUs vest on the first anniversary of March 16, 2025 (the \"March 2025 Vesting Commencement Date\") and "
       "75% on the second anniversary of the March 2025 Vesting Commencement Date.",
       "2025-04-01", "4", "time_based", "2026-03-16=1 2027-03-16=3", "", false},
      {"25% of the RSUs vest on the first anniversary of March 16, 2025 (the \"April 2025 Vesting Commencement Date\") and "
       "75% on the second anniversary of the April 2025 Vesting Commencement Date.",
       "2025-04-01", "4", "unrecognized", "", "cross_check_failed", false},
      {"1/36th of the option vests on each monthly anniversary of the March 2025 vesting commencement date.", "2025-04-01",
       "36", "unrecognized", "", "needs vesting_commencement_date", false},
      // The grant date named after the award, or by a clause ("the date on which the option was granted").
      {"The stock options vest 25% per year on the first four anniversaries of the stock option grant date.", "2024-05-06",
       "4", "time_based", "2025-05-06=1 2026-05-06=1 2027-05-06=1 2028-05-06=1", "", false},
      {"The RSUs vest on the second anniversary of the RSU grant date.", "", "4", "time_based", "", "needs grant_date", false},
      {"One-half of the option vests on each of the first two anniversaries of the date on which the option was granted.",
       "2024-05-06", "4", "time_based", "2025-05-06=2 2026-05-06=2", "", false},
      {"The option vests on the first anniversary of the date on which the Reporting Person was hired.", "2024-05-06", "4",
       "unrecognized", "", "not understood", false},
      {"All shares underlying this option were vested at the time of grant.", "2025-07-15", "20000", "immediate", "2025-07-15=20000", "", false},
  };
}

}  // namespace vest::rules::anchor_rules
