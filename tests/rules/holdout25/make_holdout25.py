#!/usr/bin/env python3
"""Regenerates footnotes-holdout25.jsonl (held-out set 25: the families of issue 9 section 3 that gen27 was asked to
read, each in fresh wordings of gen27's own, with near-misses that must be refused).

Footnotes written for this set in Form 4 "Explanation of Responses" style (not copies of filings):
  1. award parts sized in units, the contingent part's units named before "that vest, if at all," (`mixed`);
  2. "50% vested upon certification" where the certification's date was told earlier in the footnote;
  3. every Nth defined date ("on each third Quarterly Vesting Date");
  4. "the first of which vested upon grant": a series whose first installment is at grant;
  5. a quoted name inside an anniversary or an offset ("each of the first three anniversaries of the Initial Vesting
     Date", 'twelve months after the "Effective Date"' where the name is defined with a date);
  6. an IPO / merger closing "on D" with no quoted name, used as the anchor later ("the first anniversary of the
     closing of the IPO");
  7. a cadence's days defined after ';' in the same sentence ("...; Quarterly Vesting Dates are March 1, ...");
  8. the families of holdout22's refused lines judged exact (dividend equivalents included in the count, a settlement
     on the earlier of separation or an anniversary, 1/Nth on the Dth day of each month beginning on D, a closing
     defined below with its date).

Conventions (beside ../holdout_expect.py's), written down before the first run:
- a `mixed` line's tranches are its dated part only, allocated over that part's own units; parts that do not add up
  to the grant are refused, and a footnote whose every part is "if at all" is `performance`;
- a certification dated on or before the transaction (grant) date has happened: its date is a vesting date; a
  certification whose date is never told, or still to come, leaves the footnote refused / `performance`;
- "each Nth X Date following D": the X Dates after D counted 1, 2, 3 ...; the Nth, 2Nth, ... are the vesting dates;
- "N installments, the first of which vested upon grant, the rest on each of the first M anniversaries": N must be
  1 + M, else refused;
- a quoted name defined with a date (before or after its use) is that date; a name never given a date is refused;
- "the closing of X on D" in one clause and "the first anniversary of the closing of X" later: D is the anchor;
  an anchor that names another event than the dated one is refused;
- "on each Quarterly Vesting Date ...; Quarterly Vesting Dates are <four month-days>": the first such day after the
  start named (the grant date when none is), as many as the count says; three days for "quarterly" is refused.
Written BEFORE any rule was changed for it (first-run figures are in the README).
"""
import os, sys
from fractions import Fraction as F

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from holdout_expect import (D, addm, sched, equal, stated, dates_equal, rule_days, iso, HeldOut, QUARTER_ENDS,  # noqa: E402
                            TB, IM, MX, NV, PF, UN, lump_then_steps)

HERE = os.path.dirname(os.path.abspath(__file__))
S = HeldOut("z", "holdout25")
add = S.add
W = dict(real=False)


def every_nth(N, rule, after, n, count):
    """`count` equal installments on every n-th day of `rule` after `after`."""
    days = rule_days(rule, after, n * count)
    return dates_equal(N, iso(days[n - 1::n]))


def lump_then_dates(N, first, f0, days):
    return sched(N, [(D(first), f0)] + [(d, f0 + (1 - f0) * F(i + 1, len(days))) for i, d in enumerate(days)])


def monthly_day(day):
    return [(m, day) for m in range(1, 13)]


# ---------------------------------------------------------------- 1. units before "that vest, if at all," (z001-z005)
add("The award consists of 6,000 restricted stock units that vest in three equal annual installments beginning on the first anniversary of the grant date and 3,000 performance share units that vest, if at all, upon the achievement of revenue goals for fiscal 2027.",
    MX, equal(6000, "2025-04-01", 3, 12, 12), gd="2025-04-01", N=9000, **W)
add("Consists of 2,500 RSUs that vest in full on May 20, 2027 and 2,500 PSUs that vest, if at all, based on the Issuer's total shareholder return relative to its peer group over a three-year period.",
    MX, stated([("2027-05-20", 2500)]), gd="2025-05-20", N=5000, **W)
add("Of these units, 1,200 are time-vested units that vest in four equal quarterly installments beginning on March 31, 2026, and 800 are performance units that vest, if at all, on the date the Committee certifies achievement of the 2026 EBITDA target.",
    MX, equal(1200, "2026-03-31", 4, 3, 0), gd="2025-12-15", N=2000, **W)
add("The award consists of 5,000 restricted stock units that vest ratably on each of the first two anniversaries of the grant date and 2,000 performance share units that vest, if at all, based on cumulative free cash flow.",
    UN, gd="2025-06-01", N=8000, **W, note="the parts (7,000) are not the grant (8,000)")
add("The award consists of 4,000 restricted stock units that vest, if at all, in three annual tranches upon achievement of annual EBITDA goals and 2,000 performance share units that vest, if at all, based on relative TSR.",
    PF, gd="2025-06-01", N=6000, **W, note="both parts are contingent")

# ---------------------------------------------------------------- 2. vested upon a certification dated earlier (z006-z010)
add("On February 10, 2026, the Compensation Committee certified the achievement of the performance goals for the 2023-2025 performance period. 50% of the earned PSUs vested upon certification, and the remaining 50% vest on February 10, 2027.",
    TB, stated([("2026-02-10", 1500), ("2027-02-10", 1500)]), gd="2026-02-10", N=3000, **W)
add("The performance stock units were earned upon the Committee's certification of performance results on March 4, 2026; one-third of the earned units vested upon certification and the remaining two-thirds vest in equal installments on each of the first two anniversaries of the certification date.",
    TB, dates_equal(2400, ["2026-03-04", "2027-03-04", "2028-03-04"]), gd="2026-03-04", N=2400, **W)
add("The Compensation Committee certified on January 30, 2026 that the PSUs were earned at 150% of target. Fifty percent of the earned PSUs vested upon such certification and the remaining fifty percent will vest on the first anniversary of the certification date, subject to continued service.",
    TB, stated([("2026-01-30", 2250), ("2027-01-30", 2250)]), gd="2026-01-30", N=4500, **W)
add("The Committee is expected to certify achievement of the performance goals in February 2027; 50% of the earned PSUs will vest upon certification and 50% on the first anniversary of certification.",
    PF, gd="2026-03-01", N=2000, **W, note="the certification is still to come")
add("The PSUs were earned based on performance through December 31, 2025. 50% vested upon certification by the Committee and the remaining 50% vest on March 1, 2027.",
    UN, gd="2026-02-20", N=2000, **W, note="the certification's date is never told")

# ---------------------------------------------------------------- 3. every Nth defined date (z011-z014)
add("The RSUs vest in six equal installments on each third Quarterly Vesting Date after the grant date. \"Quarterly Vesting Date\" means February 15, May 15, August 15 and November 15 of each year.",
    TB, every_nth(600, [(2, 15), (5, 15), (8, 15), (11, 15)], "2025-06-01", 3, 6), gd="2025-06-01", N=600, **W)
add("One-eighth of the units vest on every second Vesting Date following the grant date until the units are fully vested. For purposes hereof, \"Vesting Date\" means the first day of each January, April, July and October.",
    TB, every_nth(800, [(1, 1), (4, 1), (7, 1), (10, 1)], "2025-02-10", 2, 8), gd="2025-02-10", N=800, **W)
add("The shares vest in four equal installments on each fourth Monthly Vesting Date following the vesting commencement date of January 10, 2026, with \"Monthly Vesting Date\" meaning the 10th day of each calendar month.",
    TB, every_nth(400, monthly_day(10), "2026-01-10", 4, 4), gd="2026-01-20", N=400, **W)
add("The RSUs vest in six equal installments on each third Vesting Date after the grant date.",
    UN, gd="2025-06-01", N=600, **W, note="the Vesting Dates are never defined")

# ---------------------------------------------------------------- 4. the first of which vested upon grant (z015-z018)
add("The RSUs vest in three equal annual installments, the first of which vested upon grant and the remaining two of which vest on the first and second anniversaries of the grant date.",
    TB, dates_equal(3000, ["2025-03-14", "2026-03-14", "2027-03-14"]), gd="2025-03-14", N=3000, **W)
add("This option becomes exercisable in four equal installments, the first of which vested on the date of grant, with the remaining installments vesting on each of the first three anniversaries of the grant date.",
    TB, dates_equal(4000, ["2024-08-20", "2025-08-20", "2026-08-20", "2027-08-20"]), gd="2024-08-20", N=4000, exp="2034-08-19", **W)
add("The shares vest in five equal annual installments, the first of which vested immediately upon grant and the rest on each of the first four anniversaries of the grant date.",
    TB, dates_equal(5000, ["2025-10-01", "2026-10-01", "2027-10-01", "2028-10-01", "2029-10-01"]), gd="2025-10-01", N=5000, **W)
add("The director's stock units are scheduled to vest in three equal installments, the first of which vested upon grant and the others on each of the first three anniversaries of the date of grant.",
    UN, gd="2025-03-14", N=3000, **W, note="three installments, four dates")

# ---------------------------------------------------------------- 5. a quoted name inside an anniversary or offset (z019-z024)
add("25% of the RSUs vest on the first anniversary of the grant date (the \"Initial Vesting Date\") and the remaining 75% vest in three equal installments on each of the first three anniversaries of the Initial Vesting Date.",
    TB, dates_equal(4000, ["2026-02-18", "2027-02-18", "2028-02-18", "2029-02-18"]), gd="2025-02-18", N=4000, **W)
add("On March 9, 2025 (the \"Closing Date\"), the Company completed its merger with Northgate Therapeutics. The RSUs vest in three equal installments on the first, second and third anniversaries of the Closing Date.",
    TB, dates_equal(3000, ["2026-03-09", "2027-03-09", "2028-03-09"]), gd="2025-04-01", N=3000, **W)
add("This option vests as to 25% of the shares twelve months after the \"Effective Date\" and as to the remaining shares in 36 equal monthly installments thereafter. The \"Effective Date\" is June 2, 2025.",
    TB, lump_then_steps(4800, "2026-06-02", F(1, 4), "2025-06-02", range(13, 49)), gd="2025-06-10", N=4800, exp="2035-06-09", **W)
add("As used herein, \"Closing Date\" means November 4, 2024. One-half of the RSUs vest on the anniversary of the Closing Date in 2025 and one-half vest on the second anniversary of the Closing Date.",
    TB, dates_equal(2000, ["2025-11-04", "2026-11-04"]), gd="2024-12-01", N=2000, **W)
add("The restricted shares vest as to one-half on the date that is six months after the grant date (the \"First Vesting Date\") and as to the other half six months after the First Vesting Date.",
    TB, dates_equal(1000, ["2025-07-31", "2026-01-31"]), gd="2025-01-31", N=1000, **W)
add("The RSUs vest in three equal installments on each of the first three anniversaries of the \"Closing Date\" under the Merger Agreement.",
    UN, gd="2025-04-01", N=3000, **W, note="the Closing Date is never given a date")

# ---------------------------------------------------------------- 6. a closing "on D" without a quoted name (z025-z029)
add("In connection with the closing of the IPO on May 3, 2021, the Reporting Person was granted RSUs, one-fourth of which vest on the first anniversary of the closing of the IPO and the balance in 12 equal quarterly installments thereafter.",
    TB, lump_then_steps(4000, "2022-05-03", F(1, 4), "2021-05-03", range(15, 49, 3)), gd="2021-05-03", N=4000, **W)
add("The Issuer completed its initial public offering on October 15, 2024. The option vests as to 25% on the first anniversary of the closing of the initial public offering and as to the remaining 75% in 36 equal monthly installments thereafter.",
    TB, lump_then_steps(4800, "2025-10-15", F(1, 4), "2024-10-15", range(13, 49)), gd="2024-10-10", N=4800, exp="2034-10-09", **W)
add("The business combination closed on August 1, 2023. The RSUs vest in three equal annual installments beginning on the first anniversary of the closing of the business combination.",
    TB, dates_equal(3000, ["2024-08-01", "2025-08-01", "2026-08-01"]), gd="2023-08-15", N=3000, **W)
add("Following the closing of the Merger on January 12, 2026, these RSUs vest in two equal installments on the first and second anniversaries of the closing of the Merger.",
    TB, dates_equal(2000, ["2027-01-12", "2028-01-12"]), gd="2026-02-01", N=2000, **W)
add("The closing of the IPO occurred on May 3, 2021. The RSUs vest in four equal annual installments beginning on the first anniversary of the closing of the Merger.",
    UN, gd="2021-05-03", N=4000, **W, note="the anchor names another event than the dated one")

# ---------------------------------------------------------------- 7. a cadence's days defined after ';' (z030-z034)
add("The restricted stock units vest in 8 equal installments on each Quarterly Vesting Date following the grant date; Quarterly Vesting Dates are February 20, May 20, August 20 and November 20 of each year.",
    TB, dates_equal(800, iso(rule_days([(2, 20), (5, 20), (8, 20), (11, 20)], "2025-09-02", 8))), gd="2025-09-02", N=800, **W)
add("The RSUs vest in sixteen equal installments on each Quarterly Vesting Date after the vesting commencement date of July 1, 2025; the Quarterly Vesting Dates are January 15, April 15, July 15 and October 15.",
    TB, dates_equal(1600, iso(rule_days([(1, 15), (4, 15), (7, 15), (10, 15)], "2025-07-01", 16))), gd="2025-06-25", N=1600, **W)
add("25% of the RSUs vest on the first anniversary of the grant date and the remainder vest in 12 equal installments on each Quarterly Vesting Date thereafter; Quarterly Vesting Dates are March 31, June 30, September 30 and December 31.",
    TB, lump_then_dates(4000, "2026-05-12", F(1, 4), rule_days(QUARTER_ENDS, "2026-05-12", 12)), gd="2025-05-12", N=4000, **W)
add("The units vest in 12 equal installments on each Quarterly Vesting Date; Quarterly Vesting Dates are March 1, June 1 and December 1 of each year.",
    UN, gd="2025-04-15", N=1200, **W, note="three days a year for quarterly dates")
add("The units vest in 12 equal installments on each Quarterly Vesting Date; Annual Vesting Dates are March 1 of each year.",
    UN, gd="2025-04-15", N=1200, **W, note="the Quarterly Vesting Dates are never defined")

# ---------------------------------------------------------------- 8. holdout22's refused families (z035-z039)
add("Includes 45 dividend equivalent units credited on the underlying RSUs, which vest on the same schedule as the RSUs. The RSUs, including the dividend equivalent units, vest in two equal annual installments beginning on March 15, 2026.",
    TB, dates_equal(1045, ["2026-03-15", "2027-03-15"]), gd="2025-03-15", N=1045, **W)
add("The deferred stock units vest in four equal annual installments on each anniversary of the grant date; vested units will be settled on the earlier of the Reporting Person's separation from service or the fourth anniversary of the grant date.",
    TB, equal(2000, "2024-06-05", 4, 12, 12), gd="2024-06-05", N=2000, **W)
add("The options vest monthly over three years, with 1/36th of the shares vesting on the 10th day of each month beginning on February 10, 2025.",
    TB, equal(3600, "2025-02-10", 36, 1, 0), gd="2025-01-06", N=3600, exp="2035-01-05", **W)
add("The options vest monthly over four years, with 1/36th of the shares vesting on the 10th day of each month beginning on February 10, 2025.",
    UN, gd="2025-01-06", N=3600, exp="2035-01-05", **W, note="1/36th a month is three years, not four")
add("RSUs, one-third of which vest on each of the first three anniversaries of the Closing (as defined below). \"Closing\" means the consummation of the Issuer's acquisition of Redpoint Labs, which occurred on June 30, 2025.",
    TB, dates_equal(3000, ["2026-06-30", "2027-06-30", "2028-06-30"]), gd="2025-07-15", N=3000, **W)

S.check(30, 45)
S.check_fresh_beside_labelled_and_paraphrases(HERE)
S.finish(HERE, 30, 45)
