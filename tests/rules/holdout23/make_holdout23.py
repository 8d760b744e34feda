#!/usr/bin/env python3
"""Regenerates footnotes-holdout23.jsonl (held-out set 23: the families gen24 was asked to read, each in fresh
wordings beyond the examples of the brief, with near-misses that must be refused).

Footnotes written for this set in real Form 4 "Explanation of Responses" style (not copies of filings):
  1. award parts sized in units or percent beside a contingent part (`mixed`, the dated part over its own units);
  2. earned performance units whose certification is stated with its date (`time_based`);
  3. every Nth defined date ("on each third Vesting Date");
  4. a counted series restated ("in three equal annual installments, the first on the date of grant and the
     remaining on each of the first two anniversaries thereof");
  5. a parenthesised month-day list naming the dates of a cadence;
  6. the calendar quarters of a named year;
  7. a quoted name for a relative date, used later;
  8. an anniversary of an event closing on a stated date, then monthly;
  9. (lower priority) granted fully vested with a later delivery; "0% to 200% of target"; an assumed option.

Conventions (beside ../holdout_expect.py's), written down before the first run:
- a `mixed` line's tranches are its dated part only, allocated over that part's own units (N * percent when the
  part is a percentage); parts that do not add up to the grant (units) or to 100% are refused;
- "each Nth X Date following D": the X Dates after D counted 1, 2, 3 ...; the Nth, 2Nth, ... are the vesting
  dates; an X Date that is never defined is refused;
- a counted series restated: the count must equal the dates restated (1 + "the first two anniversaries"), else refused;
- a parenthesised list of month-days for a cadence: the list must have as many days a year as the cadence
  (four for quarterly, two for semi-annual), else refused;
- "each calendar quarter of YYYY": the quarter ends of that year; a count that is not the number of quarters, or
  a year whose first quarter ended before the grant, is refused;
- "the first anniversary of the closing of X on D": D is the closing's date when it is on or after the grant date
  (else refused: the date might be the anniversary's).
Written BEFORE any rule was changed for it (first-run figures are in the README).
"""
import os, sys
from fractions import Fraction as F

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from holdout_expect import (D, addm, sched, equal, stated, dates_equal, rule_days, iso, HeldOut, QUARTER_ENDS,  # noqa: E402
                            TB, IM, MX, NV, PF, UN, lump_then_steps)

HERE = os.path.dirname(os.path.abspath(__file__))
S = HeldOut("y", "holdout23")
add = S.add
W = dict(real=False)


def every_nth(N, rule, after, n, count):
    """`count` equal installments on every n-th day of `rule` after `after`."""
    days = rule_days(rule, after, n * count)
    return dates_equal(N, iso(days[n - 1::n]))


def lump_then_dates(N, first, f0, days):
    return sched(N, [(D(first), f0)] + [(d, f0 + (1 - f0) * F(i + 1, len(days))) for i, d in enumerate(days)])


MONTH_15 = [(m, 15) for m in range(1, 13)]
MONTH_5 = [(m, 5) for m in range(1, 13)]
MONTH_1 = [(m, 1) for m in range(1, 13)]

# ---------------------------------------------------------------- 1. award parts in units / percent (y001-y007)
add("The award consists of 4,000 time-based RSUs that vest in four equal annual installments beginning March 1, 2026 and 2,000 performance stock units that vest, if at all, based on the Company's cumulative adjusted EBITDA for fiscal years 2025 through 2027.",
    MX, equal(4000, "2026-03-01", 4, 12, 0), gd="2025-03-01", N=6000, **W)
add("50% of the shares reported are time-based and vest in three equal annual installments beginning on the first anniversary of the grant date; the remaining 50% are performance-based and will vest, if at all, upon the achievement of performance goals established by the Compensation Committee.",
    MX, equal(3000, "2025-05-15", 3, 12, 12), gd="2025-05-15", N=6000, **W)
add("Of the 10,000 units reported, 7,500 are service-vesting restricted stock units that vest ratably on each of the first three anniversaries of the grant date and 2,500 are performance share units earned based on relative TSR over a three-year performance period.",
    MX, equal(7500, "2025-08-01", 3, 12, 12), gd="2025-08-01", N=10000, **W)
add("One-half of these RSUs vest in full on June 1, 2027; the other half vest, if at all, upon the Issuer's achievement of a cumulative revenue target for the 2025-2026 performance period.",
    MX, stated([("2027-06-01", 1000)]), gd="2025-06-01", N=2000, **W)
add("Represents 2,000 restricted stock units, which vest in two equal installments on December 15, 2026 and December 15, 2027, and 1,000 performance units that will be earned, if at all, upon the Issuer's stock price reaching $40.00.",
    MX, dates_equal(2000, ["2026-12-15", "2027-12-15"]), gd="2025-12-15", N=3000, **W)
add("The award consists of 3,000 time-based RSUs that vest in three equal annual installments beginning March 1, 2026 and 1,000 PSUs that vest, if at all, based on relative TSR.",
    UN, gd="2025-03-01", N=5000, **W, note="the parts (4,000) are not the grant (5,000)")
add("60% of the shares reported are time-based and vest on the first anniversary of the grant date; the remaining 50% are performance-based and vest, if at all, upon achievement of performance goals.",
    UN, gd="2025-03-01", N=5000, **W, note="60% and 50% are not the grant")

# ---------------------------------------------------------------- 2. earned units, certification stated (y008-y012)
add("The PSUs were earned on February 12, 2026 upon the Compensation Committee's certification of the Company's performance for the 2023-2025 performance period; 50% vested upon certification and the remaining 50% will vest on February 12, 2027, subject to continued employment.",
    TB, stated([("2026-02-12", 2000), ("2027-02-12", 2000)]), gd="2026-02-12", N=4000, **W)
add("Represents performance stock units earned upon the Committee's certification on March 3, 2026 of the achievement of the applicable performance goals. One-third of the earned units vested on the certification date and the remaining two-thirds vest in two equal annual installments on March 3, 2027 and March 3, 2028.",
    TB, dates_equal(3000, ["2026-03-03", "2027-03-03", "2028-03-03"]), gd="2026-03-03", N=3000, **W)
add("The performance share units were earned at 125% of target following certification by the Compensation Committee on January 28, 2026 and vest in full on the first anniversary of the certification date.",
    TB, stated([("2027-01-28", 2500)]), gd="2026-01-28", N=2500, **W)
add("These PSUs were earned on February 20, 2026, when the Compensation Committee certified achievement of the performance goals, and vest in two equal installments: 50% on the date of certification and 50% on February 20, 2027.",
    TB, dates_equal(1800, ["2026-02-20", "2027-02-20"]), gd="2026-02-20", N=1800, **W)
add("The PSUs will be earned upon the Compensation Committee's certification of the Company's performance for the 2026-2028 performance period; 50% will vest upon certification and the remaining 50% will vest on the first anniversary of certification.",
    PF, gd="2026-02-12", N=4000, **W, note="the certification is still to come")

# ---------------------------------------------------------------- 3. every Nth defined date (y013-y016)
add("One-sixteenth of the RSUs vest on March 15, 2026 (the \"Initial Vesting Date\") and an additional one-sixteenth vest on every third Monthly Vesting Date thereafter, with \"Monthly Vesting Date\" meaning the 15th day of each calendar month, until fully vested.",
    TB, dates_equal(1600, iso([addm(D("2026-03-15"), 3 * i) for i in range(16)])), gd="2025-12-01", N=1600, **W)
add("The RSUs vest in eight equal installments on each second Vesting Date following the grant date. For this purpose, \"Vesting Date\" means each March 1, June 1, September 1 and December 1.",
    TB, every_nth(800, [(3, 1), (6, 1), (9, 1), (12, 1)], "2025-04-10", 2, 8), gd="2025-04-10", N=800, **W)
add("1/12th of the shares vest on January 5, 2026 (the \"First Vesting Date\") and 1/12th vest on each third Vesting Date following the First Vesting Date, with \"Vesting Date\" defined as the 5th day of each month, until fully vested.",
    TB, dates_equal(1200, iso([addm(D("2026-01-05"), 3 * i) for i in range(12)])), gd="2025-10-01", N=1200, **W)
add("1/12th of the shares vest on January 5, 2026 (the \"First Vesting Date\") and 1/12th vest on each third Vesting Date following the First Vesting Date until fully vested.",
    UN, gd="2025-10-01", N=1200, **W, note="the Vesting Dates are never defined")

# ---------------------------------------------------------------- 4. a counted series restated (y017-y021)
add("The RSUs vest in three equal annual installments, with the first installment vesting on the date of grant and the remaining installments vesting on each of the first two anniversaries thereof.",
    TB, dates_equal(3000, ["2025-06-02", "2026-06-02", "2027-06-02"]), gd="2025-06-02", N=3000, **W)
add("The shares of restricted stock vest in two equal installments, one on the grant date and the other on the first anniversary thereof.",
    TB, dates_equal(500, ["2025-09-01", "2026-09-01"]), gd="2025-09-01", N=500, **W)
add("The option vests in five equal annual installments, the first vesting on the grant date and the remaining four vesting on each of the first four anniversaries of the grant date.",
    TB, dates_equal(5000, ["2025-01-15", "2026-01-15", "2027-01-15", "2028-01-15", "2029-01-15"]), gd="2025-01-15", N=5000, exp="2035-01-14", **W)
add("These units become vested in four equal installments, the first of which vested upon grant, with the balance vesting on each of the first three anniversaries of the grant date.",
    TB, dates_equal(2000, ["2025-11-03", "2026-11-03", "2027-11-03", "2028-11-03"]), gd="2025-11-03", N=2000, **W)
add("The RSUs vest in three equal annual installments, with the first installment vesting on the date of grant and the remaining installments vesting on each of the first three anniversaries thereof.",
    UN, gd="2025-06-02", N=3000, **W, note="three installments, four dates")

# ---------------------------------------------------------------- 5. a parenthesised month-day list (y022-y026)
add("The RSUs vest in sixteen equal quarterly installments on the Company's quarterly vesting dates (March 5, June 5, September 5 and December 5), beginning with the first such date following the grant date.",
    TB, dates_equal(1600, iso(rule_days([(3, 5), (6, 5), (9, 5), (12, 5)], "2025-04-20", 16))), gd="2025-04-20", N=1600, **W)
add("Twelve equal installments vest on the Issuer's standard quarterly vesting dates (February 15, May 15, August 15 and November 15), commencing with the first such date after the vesting commencement date of January 3, 2026.",
    TB, dates_equal(1200, iso(rule_days([(2, 15), (5, 15), (8, 15), (11, 15)], "2026-01-03", 12))), gd="2026-01-20", N=1200, **W)
add("The units vest in four equal semi-annual installments on the Company's semi-annual vesting dates (June 10 and December 10), beginning with the first such date following May 1, 2026.",
    TB, dates_equal(400, ["2026-06-10", "2026-12-10", "2027-06-10", "2027-12-10"]), gd="2026-05-01", N=400, **W)
add("25% of the RSUs vest on the first anniversary of the grant date, and the remaining 75% vest in twelve equal quarterly installments on the Company's quarterly vesting dates (January 20, April 20, July 20 and October 20) thereafter.",
    TB, lump_then_dates(4000, "2026-02-03", F(1, 4), rule_days([(1, 20), (4, 20), (7, 20), (10, 20)], "2026-02-03", 12)), gd="2025-02-03", N=4000, **W)
add("The RSUs vest in sixteen equal quarterly installments on the Company's quarterly vesting dates (March 5, June 5 and December 5), beginning with the first such date following the grant date.",
    UN, gd="2025-04-20", N=1600, **W, note="three dates a year for a quarterly cadence")

# ---------------------------------------------------------------- 6. calendar quarters of a year (y027-y031)
add("The RSUs vest in four equal installments on the last day of each calendar quarter of 2026.",
    TB, dates_equal(1000, iso(rule_days(QUARTER_ENDS, "2026-01-01", 4))), gd="2025-12-10", N=1000, **W)
add("The shares vest in eight equal installments at the end of each calendar quarter during 2026 and 2027, subject to continued service.",
    TB, dates_equal(800, iso(rule_days(QUARTER_ENDS, "2026-01-01", 8))), gd="2025-11-15", N=800, **W)
add("One-fourth of the RSUs vest on the last day of each calendar quarter in 2027.",
    TB, dates_equal(2000, iso(rule_days(QUARTER_ENDS, "2027-01-01", 4))), gd="2026-12-01", N=2000, **W)
add("The director's RSUs vest in equal installments on the last day of each calendar quarter of 2026, provided the director continues to serve on the Board through each such date.",
    TB, dates_equal(1200, iso(rule_days(QUARTER_ENDS, "2026-01-01", 4))), gd="2026-01-02", N=1200, **W)
add("The RSUs vest in six equal installments on the last day of each calendar quarter of 2026.",
    UN, gd="2025-12-10", N=1200, **W, note="six installments, four quarters")

# ---------------------------------------------------------------- 7. a quoted name for a relative date (y032-y036)
add("25% of the option vests on the first anniversary of the grant date (the \"Cliff Date\"), and the remaining 75% vests in 36 equal monthly installments following the Cliff Date.",
    TB, lump_then_steps(4800, "2026-07-10", F(1, 4), "2025-07-10", range(13, 49)), gd="2025-07-10", N=4800, exp="2035-07-09", **W)
add("One-third of the RSUs vest on the second anniversary of the vesting commencement date of May 1, 2025 (the \"First Vesting Date\") and the balance vests in two equal installments on each of the first two anniversaries of the First Vesting Date.",
    TB, dates_equal(3000, ["2027-05-01", "2028-05-01", "2029-05-01"]), gd="2025-05-20", N=3000, **W)
add("The shares vest as to 50% on the date that is eighteen months after the grant date (the \"Initial Vesting Date\"), with the remaining 50% vesting in six equal quarterly installments beginning three months after the Initial Vesting Date.",
    TB, lump_then_steps(1200, "2026-07-31", F(1, 2), "2025-01-31", range(21, 37, 3)), gd="2025-01-31", N=1200, **W)
add("25% of the RSUs vest on the first anniversary of the grant date (the \"Cliff Vesting Date\"); thereafter, 6.25% vest on each three-month anniversary of the Cliff Vesting Date until fully vested.",
    TB, lump_then_steps(1600, "2026-04-15", F(1, 4), "2025-04-15", range(15, 49, 3)), gd="2025-04-15", N=1600, **W)
add("25% of the RSUs vest on the first anniversary of the grant date (the \"Cliff Date\") and the remainder vest in 36 equal monthly installments following the Initial Vesting Date.",
    UN, gd="2025-07-10", N=4800, **W, note="the Initial Vesting Date is never defined")

# ---------------------------------------------------------------- 8. an event closing on a stated date, then monthly (y037-y039)
add("25% of the shares subject to the option vest on the first anniversary of the closing of the Company's initial public offering on April 12, 2025, and the remainder vest in 36 equal monthly installments thereafter.",
    TB, lump_then_steps(4800, "2026-04-12", F(1, 4), "2025-04-12", range(13, 49)), gd="2025-04-01", N=4800, exp="2035-03-31", **W)
add("The RSUs vest as to one-third on the first anniversary of the consummation of the Business Combination on September 8, 2025, with the balance vesting in 24 equal monthly installments thereafter.",
    TB, lump_then_steps(3600, "2026-09-08", F(1, 3), "2025-09-08", range(13, 37)), gd="2025-09-02", N=3600, **W)
add("25% of the shares subject to the option vest on the first anniversary of the closing of the Company's initial public offering, and the remainder vest in 36 equal monthly installments thereafter.",
    UN, gd="2025-04-01", N=4800, exp="2035-03-31", **W, note="the closing's date is not stated")

# ---------------------------------------------------------------- 9. lower priority (y040-y042)
add("The restricted stock units were granted fully vested; the underlying shares will be delivered to the Reporting Person on March 1, 2028.",
    IM, stated([("2025-03-01", 700)]), gd="2025-03-01", N=700, **W)
add("The number of shares that may be earned ranges from 0% to 200% of the target number of PSUs reported, based on the Company's relative TSR for the performance period ending December 31, 2027.",
    PF, gd="2025-03-01", N=1000, **W)
add("Received in exchange for an option to acquire 10,000 shares of the acquired company's stock, assumed in the merger; the option vests in 24 equal monthly installments beginning on February 1, 2026.",
    TB, equal(4800, "2026-02-01", 24, 1, 0), gd="2026-01-15", N=4800, exp="2033-06-30", **W)

S.check(35, 50)
S.check_fresh_beside_labelled_and_paraphrases(HERE)
S.finish(HERE, 35, 50)
