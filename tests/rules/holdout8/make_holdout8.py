#!/usr/bin/env python3
"""Regenerates footnotes-holdout8.jsonl (held-out set 8: written footnotes, anchors / cliffs / day rules).

30 footnotes written for this set in real Form 4 style (modelled on phrasings of ../../../../shared/corpus and the
other held-out sets, not copied), each combining 3+ schedule elements: hire / appointment / start / effective /
closing anchors whose date the footnote states, cliffs measured from them, series on calendar day rules (month
ends, calendar-quarter ends, named months, month-day lists), day names defined as terms (before or after their
use), rounded thirds, and redundant slots that disagree (which must be refused). Expected results are computed
here from the text alone (conventions of ../holdout_expect.py: cumulative round-down over the whole grant, month
steps from the ORIGINAL anchor with the day clamped; a series on a calendar rule takes the rule's days strictly
after the date it follows, or from the day it begins on). Written BEFORE any rule was changed for it.
"""
import os, sys
from fractions import Fraction as F

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from holdout_expect import D, addm, sched, equal, dates_equal, HeldOut, rule_days, MONTH_ENDS, QUARTER_ENDS  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
S = HeldOut("w", "holdout8")
add = S.add
W = dict(real=False)




def lump_then(N, first, f0, dates):
    """f0 of N on `first`, then the rest in len(dates) equal parts (of the whole grant) on `dates`."""
    n = len(dates)
    pts = [(D(first), f0)] + [(d, f0 + (1 - f0) * F(k + 1, n)) for k, d in enumerate(dates)]
    return sched(N, pts)


def on_dates(N, dates):
    return sched(N, [(d, F(i + 1, len(dates))) for i, d in enumerate(dates)])


def monthly_from(anchor, ks):
    return [addm(D(anchor), k) for k in ks]


# ---------------------------------------------------------------- hire / start / appointment anchors, cliffs
add("The option vests as to 25% of the shares on the first anniversary of the Reporting Person's hire date of March 9, 2023, and as to the remaining shares in 36 substantially equal monthly installments thereafter, subject to the Reporting Person's continued service through each vesting date.",
    "time_based", lump_then(48000, "2024-03-09", F(1, 4), monthly_from("2023-03-09", range(13, 49))), gd="2023-04-15", N=48000, **W,
    note="cliff on hire + 12 months, then hire + 13..48 months")
add("Twenty-five percent (25%) of the shares subject to the option vested on the one-year anniversary of the Reporting Person's start date (January 17, 2022), and 1/48th of the shares vest on the 17th day of each month thereafter, so that the option will be fully vested and exercisable on January 17, 2026.",
    "time_based", lump_then(9600, "2023-01-17", F(1, 4), monthly_from("2022-01-17", range(13, 49))), gd="2022-03-01", N=9600, **W,
    note="start-date cliff, monthly on the 17th (the anchor's day), end date agrees")
add("The restricted stock units vest in three equal annual installments beginning on the first anniversary of the Reporting Person's appointment to the Board of Directors on June 12, 2024, subject to continued service on the Board.",
    "time_based", equal(9000, "2024-06-12", 3, 12, 12), gd="2024-06-20", N=9000, **W, note="appointment anchor, three annual")
add("Upon the Reporting Person's completion of one year of continuous employment following his start date (May 6, 2024), 25% of the shares underlying the option vest, and the balance vests in equal monthly installments over the next three years.",
    "time_based", lump_then(96000, "2025-05-06", F(1, 4), monthly_from("2024-05-06", range(13, 49))), gd="2024-05-20", N=96000, **W,
    note="cliff as completion of service from a start date, 36 monthly")
add("The option vests as to one-fourth of the shares on the first anniversary of the vesting commencement date of October 3, 2022 and as to 1/48th of the shares at the end of each month thereafter, subject to continued service.",
    "time_based", lump_then(4800, "2023-10-03", F(1, 4), rule_days(MONTH_ENDS, "2023-10-03", 36)), gd="2022-11-01", N=4800, **W,
    note="after the cliff, the ends of the 36 following months (2023-10-31 .. 2026-09-30)")
add("1/8 of the shares vest on the six-month anniversary of the Reporting Person's employment start date of January 31, 2024 and the remaining shares vest in 42 equal monthly installments thereafter.",
    "time_based", lump_then(48000, "2024-07-31", F(1, 8), monthly_from("2024-01-31", range(7, 49))), gd="2024-02-15", N=48000, **W,
    note="six-month cliff from a Jan 31 start: months step from the anchor (Feb 28/29 clamps)")
add("Twenty percent of the units vest on each of the first five anniversaries of the Reporting Person's hire date (April 30, 2021), provided that the Reporting Person remains employed by the Company on each such date.",
    "time_based", equal(500, "2021-04-30", 5, 12, 12), gd="2023-01-10", N=500, **W, note="five anniversaries of a stated hire date")
add("One-third of the option vests upon completion of one year of service measured from the Reporting Person's hire date of February 14, 2024, and the remaining two-thirds vests in two equal annual installments thereafter.",
    "time_based", equal(3000, "2024-02-14", 3, 12, 12), gd="2024-03-01", N=3000, **W, note="completion of service cliff, annual thereafter")
add("The RSUs vest as to 25% on the one-year anniversary of September 9, 2024 (the \"Start Date\") and as to an additional 6.25% on each quarterly anniversary of the Start Date thereafter, until fully vested.",
    "time_based", lump_then(1600, "2025-09-09", F(1, 4), monthly_from("2024-09-09", range(15, 49, 3))), gd="2024-10-01", N=1600, **W,
    note="defined Start Date, cliff then quarterly anniversaries")
add("The option vested as to 1/4 of the shares on March 18, 2024 (the first anniversary of the Reporting Person's hire date) and vests as to the remaining shares in equal monthly installments over the following thirty-six months.",
    "time_based", lump_then(4800, "2024-03-18", F(1, 4), monthly_from("2024-03-18", range(1, 37))), gd="2023-04-01", N=4800, **W,
    note="a stated cliff date, 36 monthly from it")
add("The option vests over four years: 25% on the first anniversary of the Reporting Person's hire date (December 15, 2022) and the remainder in 36 equal monthly installments on the 15th day of each month thereafter.",
    "time_based", lump_then(3600, "2023-12-15", F(1, 4), monthly_from("2022-12-15", range(13, 49))), gd="2023-01-05", N=3600, **W,
    note="preamble span, hire cliff, day of month = the anchor's")
add("The option shall vest in eight equal semi-annual installments commencing six months after the date of the Reporting Person's appointment as Chief Financial Officer (November 30, 2023).",
    "time_based", equal(8000, "2023-11-30", 8, 6, 6), gd="2023-12-04", N=8000, **W, note="appointment + 6 months, semi-annual")

# ---------------------------------------------------------------- effective / closing anchors, defined terms
add("One-third of the RSUs will vest on each of the first three anniversaries of the Closing Date, subject to the holder's continued employment. The \"Closing Date\" means February 1, 2024.",
    "time_based", equal(3000, "2024-02-01", 3, 12, 12), gd="2024-02-05", N=3000, **W, note="a defined anchor defined after its use")
add("Vests in four equal annual installments on each anniversary of July 1, 2024 (the \"Effective Date\"), such that the award is fully vested on the fourth anniversary of the Effective Date.",
    "time_based", equal(2000, "2024-07-01", 4, 12, 12), gd="2024-07-10", N=2000, **W, note="effective date defined in parentheses; end agrees")
add("The award vests 50% on the first anniversary of the closing of the Acquisition, which occurred on October 2, 2023, and 50% on the second anniversary thereof.",
    "time_based", equal(777, "2023-10-02", 2, 12, 12), gd="2023-10-05", N=777, **W, note="closing anchor as a relative clause")
add("Beginning on the first anniversary of the Closing Date, the shares vest in four equal annual installments. As used herein, \"Closing Date\" means December 1, 2023.",
    "time_based", equal(400, "2023-12-01", 4, 12, 12), gd="2023-12-01", N=400, **W, note="start slot first, anchor defined after")
add("Represents restricted stock units granted on the effective date of the Issuer's 2024 Equity Incentive Plan, March 1, 2024, which vest in full on the first anniversary of the grant date.",
    "time_based", [{"date": "2025-03-01", "shares": 1500}], gd="2024-03-01", N=1500, **W, note="plan effective date = grant date; one lump")
add("Subject to the Reporting Person's continued service, the RSUs vest in twelve equal quarterly installments on the last day of each calendar quarter, beginning with the first calendar quarter ending after the effective date of the Merger, September 14, 2023.",
    "time_based", on_dates(1200, rule_days(QUARTER_ENDS, "2023-09-14", 12)), gd="2023-09-20", N=1200, **W,
    note="quarter ends after an effective date (2023-09-30 .. 2026-06-30)")

# ---------------------------------------------------------------- calendar day rules, defined day names
add("25% of the RSUs vest on the first anniversary of the Reporting Person's date of hire, which was August 21, 2023, and the remaining 75% vest in twelve equal installments on the last day of each calendar quarter thereafter.",
    "time_based", lump_then(4800, "2024-08-21", F(1, 4), rule_days(QUARTER_ENDS, "2024-08-21", 12)), gd="2023-09-01", N=4800, **W,
    note="hire cliff then quarter ends strictly after it (2024-09-30 .. 2027-06-30)")
add("The RSUs vest in 16 equal installments on each Quarterly Vesting Date beginning with the first Quarterly Vesting Date following the grant date. For this purpose, \"Quarterly Vesting Date\" means each March 1, June 1, September 1 and December 1.",
    "time_based", on_dates(1600, rule_days([(3, 1), (6, 1), (9, 1), (12, 1)], "2024-04-10", 16)), gd="2024-04-10", N=1600, **W,
    note="defined day names after their use; first after the grant date")
add("The RSUs will vest in eight equal semi-annual installments on each Vesting Date, beginning with the first Vesting Date after the vesting commencement date of August 1, 2024. \"Vesting Date\" means each February 15 and August 15.",
    "time_based", on_dates(800, rule_days([(2, 15), (8, 15)], "2024-08-01", 8)), gd="2024-09-03", N=800, **W,
    note="semi-annual month-day list defined after use")
add("The option becomes exercisable as to 25% of the underlying shares on June 1, 2025. Thereafter, the option becomes exercisable in twelve equal quarterly installments on the first day of each September, December, March and June, subject to continued employment.",
    "time_based", lump_then(4000, "2025-06-01", F(1, 4), rule_days([(9, 1), (12, 1), (3, 1), (6, 1)], "2025-06-01", 12)), gd="2024-06-01", N=4000, **W,
    note="named months after a dated cliff")
add("The shares vest in 48 equal monthly installments on the last day of each month, commencing on January 31, 2025.",
    "time_based", on_dates(4800, rule_days(MONTH_ENDS, "2025-01-31", 48, inclusive=True)), gd="2025-01-10", N=4800, **W, note="month ends from a stated first day")
add("25% of the shares vest on the first anniversary of the Reporting Person's start date of April 8, 2024, with the remaining 75% vesting on the last day of each successive month over the following 36 months.",
    "time_based", lump_then(2400, "2025-04-08", F(1, 4), rule_days(MONTH_ENDS, "2025-04-08", 36)), gd="2024-05-01", N=2400, **W,
    note="successive month ends after a start-date cliff")
add("Twelve and one-half percent of the shares vest on the six-month anniversary of the Reporting Person's appointment date of March 31, 2024, and the remaining shares vest in equal installments on the last day of each calendar quarter thereafter through December 31, 2027.",
    "time_based", lump_then(8000, "2024-09-30", F(1, 8), rule_days(QUARTER_ENDS, "2024-09-30", 13)), gd="2024-04-02", N=8000, **W,
    note="appointment + 6 months = 2024-09-30 (itself a quarter end), then 13 quarter ends through 2027-12-31")

# ---------------------------------------------------------------- rounded thirds, remainders, redundant slots
add("The RSUs vest 33.33%, 33.33% and 33.34% on the first, second and third anniversaries of the grant date, respectively.",
    "time_based", [{"date": "2025-02-20", "shares": 3333}, {"date": "2026-02-20", "shares": 3333}, {"date": "2027-02-20", "shares": 3334}],
    gd="2024-02-20", N=10000, **W, note="stated percentages respectively")
add("The shares vest in three installments: 33.3% on March 15, 2025, 33.3% on March 15, 2026, and the remaining shares on March 15, 2027, in each case subject to continued service.",
    "time_based", sched(1000, [(D("2025-03-15"), F(333, 1000)), (D("2026-03-15"), F(666, 1000)), (D("2027-03-15"), F(1))]), gd="2024-03-15", N=1000, **W,
    note="rounded thirds, the remainder is what is left (333, 333, 334)")
add("The restricted shares cliff vest in full three years from the date of grant, on February 28, 2027.",
    "time_based", [{"date": "2027-02-28", "shares": 5000}], gd="2024-02-28", N=5000, **W, note="redundant: three years from grant agrees with the date")
add("The RSUs vest in full on the third anniversary of the grant date, March 1, 2027.",
    "unrecognized", gd="2024-03-05", N=2500, **W, note="redundant slots disagree (grant + 3 years is 2027-03-05): must be refused")
add("The RSUs vest in full on the second anniversary of the Reporting Person's appointment date of May 31, 2024, i.e., on May 31, 2027.",
    "unrecognized", gd="2024-06-03", N=1200, **W, note="second anniversary of the appointment is 2026-05-31, not 2027: refuse")

S.finish(HERE, 30, 150)
