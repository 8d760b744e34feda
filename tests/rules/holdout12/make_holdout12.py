#!/usr/bin/env python3
"""Regenerates footnotes-holdout12.jsonl (held-out set 12: written footnotes that COMBINE schedule elements).

80 footnotes written for this set in real Form 4 "Explanation of Responses" style, after the wording of many kinds
of issuer (technology RSUs, bank RSUs, biotechnology options, director grants, PSUs with a time-based part), each
combining three or more elements: a lump or cliff with a series; anchors (grant date, vesting commencement date,
hire / start date, defined terms in quotes and parentheses, a term defined after its use); cadences (monthly,
quarterly, semi-annual, annual); day rules (calendar-quarter ends, named months, lists of month-days, month ends,
fiscal-quarter ends, "the Nth day of ..."); ends ("through", "until fully vested on", "such that ..."); amounts as
percentages, fractions and share counts; surroundings (continued-service provisos, acceleration on a change in
control, settlement sentences, option terms). 13 must not give a plain time-based schedule: performance-only,
10b5-1 sales, settlement / withholding of already-vested units, an old option exercise (`not_vesting`), fully
vested at grant (`immediate`), a dated portion beside a contingent one (`mixed`, the dated part's tranches).

Expected results are computed here from the slot values alone (conventions of ../holdout_expect.py: cumulative
round-down over the whole grant unless the text states another rounding, month steps from the ORIGINAL anchor with
the day clamped; a series on a calendar rule takes the rule's days strictly after the date it follows, or from the
day it begins on). Never from rules/ or engine/ code. Written BEFORE any rule was changed for it (first-run figures
are in the commit that added it and in README.md); do not tune rules line by line on this file.
"""
import os, sys
from fractions import Fraction as F

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from holdout_expect import D, addm, sched, stated, HeldOut, rule_days, MONTH_ENDS, QUARTER_ENDS  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
S = HeldOut("k", "holdout12")
add = S.add
W = dict(real=False)
T = "time_based"
FIRSTS = [(1, 1), (4, 1), (7, 1), (10, 1)]


def months_from(anchor, ks):
    return [addm(D(anchor), k) for k in ks]


def on_dates(N, dates):
    """equal parts of N on the dates (cumulative round-down)."""
    return sched(N, [(d, F(i + 1, len(dates))) for i, d in enumerate(dates)])


def lump_then(N, first, f0, dates):
    """f0 of N on `first`, then the rest in len(dates) equal parts (of the whole grant) on `dates`."""
    n = len(dates)
    return sched(N, [(D(first), f0)] + [(d, f0 + (1 - f0) * F(k + 1, n)) for k, d in enumerate(dates)])


def portions(N, pairs):
    """[(date, fraction of N)] -> cumulative round-down of the running total."""
    acc, pts = F(0), []
    for d, f in pairs:
        acc += f
        pts.append((D(d) if isinstance(d, str) else d, acc))
    assert acc == 1, acc
    return sched(N, pts)


def floor_each_rest_last(N, dates):
    n = len(dates)
    each = N // n
    return [{"date": d.isoformat(), "shares": each if i < n - 1 else N - each * (n - 1)} for i, d in enumerate(dates)]


# ---------------------------------------------------------------- technology RSUs
add("The restricted stock units vest as follows: 25% of the RSUs vest on the one-year anniversary of March 15, 2024 (the \"Vesting Commencement Date\"), and 6.25% of the RSUs vest on each quarterly anniversary of the Vesting Commencement Date thereafter, subject to the Reporting Person's continued service to the Issuer through each vesting date.",
    T, lump_then(16000, "2025-03-15", F(1, 4), months_from("2024-03-15", range(15, 49, 3))), gd="2024-04-02", N=16000, **W,
    note="cliff on the VCD's first anniversary, then 6.25% per quarter: 75 / 6.25 = 12 quarterly anniversaries of the VCD")
add("Each RSU represents a contingent right to receive one share of the Issuer's Class A common stock. 1/16th of the RSUs vest on each of February 20, May 20, August 20 and November 20, beginning on May 20, 2025, until all of the RSUs have vested, subject to the Reporting Person continuing to be a Service Provider through each such date.",
    T, on_dates(8000, rule_days([(2, 20), (5, 20), (8, 20), (11, 20)], "2025-05-20", 16, inclusive=True)), gd="2025-03-04", N=8000, **W,
    note="month-day list from a stated first date; 1/16th each -> 16 installments through 2029-02-20")
add("This award of restricted stock units vests over four years: one-fourth of the units vest on the last day of the month in which the first anniversary of the grant date occurs, and the remaining units vest in 36 equal installments on the last day of each calendar month thereafter.",
    T, lump_then(4800, "2025-08-31", F(1, 4), rule_days(MONTH_ENDS, "2025-08-31", 36)), gd="2024-08-12", N=4800, **W,
    note="cliff at the end of the anniversary's month, then 36 month ends")
add("The RSUs will vest in twelve equal quarterly installments on the 15th day of each March, June, September and December, with the first installment vesting on December 15, 2024, subject to the Reporting Person's continued employment on each vesting date. In the event of a Change in Control, vesting of the RSUs will accelerate in full.",
    T, on_dates(12000, rule_days([(3, 15), (6, 15), (9, 15), (12, 15)], "2024-12-15", 12, inclusive=True)), gd="2024-10-01", N=12000, **W,
    note="named months with a day, a stated first installment; acceleration sentence set aside")
add("Twenty-five percent (25%) of the restricted stock units will vest on the first Quarterly Vesting Date following the first anniversary of the Vesting Commencement Date, and the remaining restricted stock units will vest in twelve equal installments on each Quarterly Vesting Date thereafter. \"Quarterly Vesting Date\" means each of March 5, June 5, September 5 and December 5, and the \"Vesting Commencement Date\" is January 20, 2025.",
    T, lump_then(4800, "2026-03-05", F(1, 4), rule_days([(3, 5), (6, 5), (9, 5), (12, 5)], "2026-03-05", 12)), gd="2025-02-10", N=4800, **W,
    note="two terms defined after their use; first QVD after 2026-01-20 is 2026-03-05, then 12 more through 2029-03-05")
add("The restricted stock units vest in sixteen substantially equal quarterly installments on each of January 1, April 1, July 1 and October 1, beginning on the first such date to occur after the grant date.",
    T, on_dates(10000, rule_days(FIRSTS, "2025-05-14", 16)), gd="2025-05-14", N=10000, **W,
    note="first quarter-first after 2025-05-14 is 2025-07-01; 16 through 2029-04-01")
add("Subject to the Reporting Person's continued service through each applicable vesting date, the RSUs vest as to 1/3 of the total on the first anniversary of April 8, 2025 (the vesting commencement date) and as to 1/12 of the total on each three-month anniversary thereafter, so that the RSUs will be fully vested on the third anniversary of the vesting commencement date.",
    T, lump_then(6000, "2026-04-08", F(1, 3), months_from("2025-04-08", range(15, 37, 3))), gd="2025-04-22", N=6000, **W,
    note="1/3 + 8 x 1/12; the 'such that' end (2028-04-08) agrees")
add("The RSUs were granted in connection with the Reporting Person's commencement of employment on September 9, 2024 (the \"Start Date\"). One-third of the RSUs vest on the first anniversary of the Start Date and the remaining two-thirds vest in eight equal quarterly installments thereafter, subject to continued employment.",
    T, lump_then(9000, "2025-09-09", F(1, 3), months_from("2024-09-09", range(15, 37, 3))), gd="2024-10-15", N=9000, **W,
    note="a start date defined in a separate sentence before the schedule")
add("The restricted stock units will vest as to 50% on the second anniversary of the grant date, and as to 25% on each of the third and fourth anniversaries of the grant date, provided that the Reporting Person remains employed with the Company or one of its subsidiaries on each vesting date.",
    T, portions(2000, [("2027-03-03", F(1, 2)), ("2028-03-03", F(1, 4)), ("2029-03-03", F(1, 4))]), gd="2025-03-03", N=2000, **W)

# ---------------------------------------------------------------- bank RSUs
add("The restricted stock units vest in three equal annual installments on each of the first three anniversaries of February 18, 2025, the date of grant, and will be settled in shares of the Corporation's common stock as soon as practicable following each vesting date, subject to accelerated vesting upon death, disability or qualifying retirement.",
    T, on_dates(4501, months_from("2025-02-18", [12, 24, 36])), gd="2025-02-18", N=4501, **W, note="1500 / 1500 / 1501")
add("These restricted stock units vest ratably over a three-year period, with one-third vesting on each of March 1, 2026, March 1, 2027 and March 1, 2028; vested units are payable in shares of common stock, with any fractional unit paid in cash.",
    T, on_dates(2700, [D("2026-03-01"), D("2027-03-01"), D("2028-03-01")]), gd="2025-03-01", N=2700, **W)
add("The RSUs cliff vest in full on the third anniversary of January 27, 2025, the grant date, subject to the Reporting Person's continuous employment, except that a pro-rata portion will vest upon an earlier termination due to retirement.",
    T, stated([("2028-01-27", 1234)]), gd="2025-01-27", N=1234, **W, note="a cliff; the retirement proviso is set aside")
add("Restricted stock units that vest 20% per year on each anniversary of the grant date, commencing February 25, 2026, until fully vested on February 25, 2030.",
    T, on_dates(5000, months_from("2025-02-25", [12, 24, 36, 48, 60])), gd="2025-02-25", N=5000, **W,
    note="per-year percentage, first date and end agree: five installments")
add("The units vest in four equal installments, the first on December 31, 2025 and the remaining three on December 31 of each of the following three years, subject to the Reporting Person's continued employment through the applicable vesting date.",
    T, on_dates(800, [D("2025-12-31"), D("2026-12-31"), D("2027-12-31"), D("2028-12-31")]), gd="2025-02-14", N=800, **W)

# ---------------------------------------------------------------- biotechnology options
add("The option vests over four years: 25% of the shares vest on the first anniversary of July 7, 2025 (the \"Vesting Start Date\"), and the remaining 75% vest in equal monthly installments over the following thirty-six months, subject to the optionee's continuous service through each vesting date.",
    T, lump_then(4800, "2026-07-07", F(1, 4), months_from("2025-07-07", range(13, 49))), gd="2025-07-07", N=4800, exp="2035-07-06", **W)
add("1/4th of the shares subject to the option shall vest on January 31, 2026 and 1/48th of the shares shall vest at the end of each one-month period thereafter, such that the option will be fully vested on January 31, 2029.",
    T, lump_then(4800, "2026-01-31", F(1, 4), months_from("2026-01-31", range(1, 37))), gd="2025-02-05", N=4800, exp="2035-02-04", **W,
    note="monthly from a month-end cliff, day clamped from the original anchor (Feb 28, Mar 31, ...); the end agrees")
add("The option vests and becomes exercisable in 48 equal monthly installments on the 10th day of each month, commencing on March 10, 2025 through February 10, 2029, subject to the optionee's continued service; the option will vest in full upon a Change in Control. The option expires ten years from the date of grant.",
    T, on_dates(9600, months_from("2025-03-10", range(48))), gd="2025-02-10", N=9600, exp="2035-02-10", **W,
    note="count, day of month, first date and 'through' end agree")
add("This option is exercisable immediately, subject to the Issuer's right to repurchase unvested shares. The repurchase right lapses with respect to 25% of the shares on November 1, 2025 and with respect to 1/48 of the shares on the first day of each month thereafter.",
    T, lump_then(2400, "2025-11-01", F(1, 4), months_from("2025-11-01", range(1, 37))), gd="2024-12-01", N=2400, ex_imm=True, **W,
    note="early exercise; 75% / (1/48) = 36 monthly lapses")
add("Twenty percent of the option shares vest on the grant date, and the remaining eighty percent vest in four equal annual installments on the first four anniversaries of the grant date, subject to continued service as an employee or consultant.",
    T, lump_then(5000, "2025-06-16", F(1, 5), months_from("2025-06-16", [12, 24, 36, 48])), gd="2025-06-16", N=5000, exp="2035-06-15", **W)
add("The shares subject to the option vest in a series of twelve successive equal quarterly installments measured from the vesting commencement date of October 1, 2024, provided the Reporting Person continues to provide services through each vesting date.",
    T, on_dates(3000, months_from("2024-10-01", range(3, 37, 3))), gd="2024-11-12", N=3000, **W)
add("The option will vest as to 1/3 of the underlying shares on each of the first, second and third anniversaries of May 30, 2025, which is the date the Reporting Person's employment with the Issuer commenced, and will become fully exercisable upon a change in control of the Issuer.",
    T, on_dates(3000, months_from("2025-05-30", [12, 24, 36])), gd="2025-06-20", N=3000, **W)
add("The option vests in equal quarterly installments on the last day of each calendar quarter over three years, beginning with the quarter ending March 31, 2025.",
    T, on_dates(1200, rule_days(QUARTER_ENDS, "2025-03-31", 12, inclusive=True)), gd="2025-01-15", N=1200, **W,
    note="no count: quarterly over three years = 12 calendar-quarter ends from 2025-03-31")

# ---------------------------------------------------------------- director grants
add("This award of restricted stock units was granted to the Reporting Person as a non-employee director on May 22, 2025 and vests in four equal quarterly installments on the last day of each calendar quarter beginning September 30, 2025, subject to continued service on the Board through each vesting date.",
    T, on_dates(2200, rule_days(QUARTER_ENDS, "2025-09-30", 4, inclusive=True)), gd="2025-05-22", N=2200, **W)
add("The RSUs were granted under the Issuer's Outside Director Compensation Policy and will vest in full on the earlier of the one-year anniversary of the grant date or June 1, 2026, subject to the director's continued service through such date.",
    T, stated([("2026-06-01", 3100)]), gd="2025-06-05", N=3100, **W, note="earlier of 2026-06-05 and 2026-06-01: both dates are known")
add("The director's restricted stock units vest in twelve equal monthly installments on the same day of each month as the grant date, beginning one month after the grant date, and vested units are deferred until the director's separation from the Board.",
    T, on_dates(1200, months_from("2025-05-28", range(1, 13))), gd="2025-05-28", N=1200, **W)
add("This option, granted to the Reporting Person upon joining the Board on August 4, 2025, vests in thirty-six equal monthly installments beginning on September 4, 2025, subject to continued service as a director, and has a term of ten years.",
    T, on_dates(3600, months_from("2025-09-04", range(36))), gd="2025-08-04", N=3600, exp="2035-08-04", **W)
add("One-half of the deferred stock units vest on December 31, 2025 and one-half vest on June 30, 2026, in each case subject to the director's continued service, and all units will be settled on the first business day following the director's termination of service.",
    T, on_dates(1501, [D("2025-12-31"), D("2026-06-30")]), gd="2025-06-30", N=1501, **W, note="750 / 751")

# ---------------------------------------------------------------- a time-based part beside a contingent one (mixed)
add("Of the 24,000 units reported, 12,000 are time-based restricted stock units that vest in three equal annual installments on the first three anniversaries of the grant date, and 12,000 are performance stock units that may be earned from 0% to 150% based on the Issuer's return on tangible common equity over fiscal years 2025 through 2027.",
    "mixed", on_dates(12000, months_from("2025-02-20", [12, 24, 36])), gd="2025-02-20", N=24000, **W, note="the time-based 12,000 only")
add("Half of this award is subject to time-based vesting, vesting in four equal annual installments beginning one year from the grant date; the other half vests only if the Issuer achieves the revenue goals set by the Compensation Committee for 2027.",
    "mixed", on_dates(4000, months_from("2025-03-10", [12, 24, 36, 48])), gd="2025-03-10", N=8000, **W, note="the time-based half")
add("The option vested as to 20% of the shares on the date of grant and the remaining 80% will vest upon the first commercial sale of the Company's product following regulatory approval, subject to continued service.",
    "mixed", stated([("2025-09-02", 1000)]), gd="2025-09-02", N=5000, **W, note="the dated 20% only")

# ---------------------------------------------------------------- no schedule of their own
add("The performance share units will be earned, if at all, between 0% and 200% of target based on the Issuer's three-year cumulative free cash flow for fiscal 2025 through fiscal 2027; earned units vest upon the Compensation Committee's certification of results, which will occur no later than March 15, 2028.",
    "performance", gd="2025-03-01", N=6000, **W)
add("These market-based restricted stock units vest in three equal tranches, each upon the first date on which the 60-day volume-weighted average price of the Issuer's common stock equals or exceeds $25.00, $35.00 and $45.00, respectively, prior to the fifth anniversary of the grant date.",
    "performance", gd="2025-04-15", N=9000, **W)
add("The shares reported were sold pursuant to a Rule 10b5-1 trading plan adopted by the Reporting Person on May 12, 2025, which provides for the sale of shares received upon the quarterly vesting of restricted stock units beginning August 15, 2025.",
    "not_vesting", gd="2025-08-15", N=1250, **W, note="a sale under a plan: its dates are the plan's, not a grant's vesting")
add("Represents shares of common stock delivered to the Reporting Person on February 3, 2026 in settlement of restricted stock units that vested on January 31, 2026, the third anniversary of their grant.",
    "not_vesting", gd="2026-02-03", N=3000, **W, note="settlement of units already vested")
add("Shares withheld by the Issuer to satisfy tax withholding obligations in connection with the vesting on March 15, 2026 of 25% of the restricted stock units granted to the Reporting Person on March 15, 2025.",
    "not_vesting", gd="2026-03-15", N=410, **W)
add("The shares of common stock were issued to the director in lieu of the cash retainer for the fourth quarter of 2025 and were fully vested upon grant.",
    "immediate", stated([("2025-12-31", 845)]), gd="2025-12-31", N=845, **W)
add("These restricted stock units were granted fully vested on March 12, 2025 and will be settled in shares of common stock on March 12, 2028, or, if earlier, upon a change in control.",
    "immediate", stated([("2025-03-12", 1800)]), gd="2025-03-12", N=1800, **W, note="the settlement date is not a vesting date")
add("Shares acquired upon the exercise of stock options granted on February 1, 2018, which were fully vested at the time of exercise.",
    "not_vesting", gd="2025-09-10", N=7000, **W, note="an exercise of an old, vested option")
add("The RSUs vest 25% on the date of grant, with the remaining 75% vesting upon the completion of the Issuer's pending acquisition of Northgate Bank, subject to the Reporting Person's continued employment through the closing.",
    "mixed", stated([("2025-11-03", 1000)]), gd="2025-11-03", N=4000, **W, note="the dated 25% only")
add("Each PSU vests, if at all, on the third anniversary of the grant date in an amount ranging from 0% to 175% of target, depending on the Issuer's relative total shareholder return versus the KBW Nasdaq Bank Index.",
    "performance", gd="2025-02-12", N=5000, **W)

# ---------------------------------------------------------------- more combinations
add("The restricted stock units will vest in three installments: 33% on the first anniversary of the grant date, 33% on the second anniversary of the grant date and the remaining 34% on the third anniversary of the grant date.",
    T, portions(1000, [("2026-04-01", F(33, 100)), ("2027-04-01", F(33, 100)), ("2028-04-01", F(34, 100))]), gd="2025-04-01", N=1000, **W)
add("This option vests 25% on the first anniversary of the date of hire, February 3, 2025, and thereafter in equal quarterly installments of 6.25% on the third day of each May, August, November and February until fully vested on February 3, 2029.",
    T, lump_then(3200, "2026-02-03", F(1, 4), rule_days([(2, 3), (5, 3), (8, 3), (11, 3)], "2026-02-03", 12)), gd="2025-03-01", N=3200, **W,
    note="hire-date cliff, named months with a day, the end agrees (12 x 6.25%)")
add("The RSUs vest in semi-annual installments of 12.5% each on June 15 and December 15 of each year, commencing June 15, 2025, so that 100% of the RSUs will be vested on December 15, 2028.",
    T, on_dates(2000, rule_days([(6, 15), (12, 15)], "2025-06-15", 8, inclusive=True)), gd="2025-01-15", N=2000, **W)
add("25% of the shares vest on the first anniversary of the vesting commencement date, and the remaining shares vest in 12 equal installments on the first day of each calendar quarter thereafter; the vesting commencement date is August 19, 2024.",
    T, lump_then(1600, "2025-08-19", F(1, 4), rule_days(FIRSTS, "2025-08-19", 12)), gd="2024-09-03", N=1600, **W,
    note="VCD given after its use; first days of calendar quarters after the cliff, 2025-10-01 .. 2028-07-01")
add("The option shall vest and become exercisable at the rate of 1/36th of the shares per month on the last day of each month, beginning January 31, 2025, and shall be fully vested on December 31, 2027, provided the optionee remains in continuous service.",
    T, on_dates(3600, rule_days(MONTH_ENDS, "2025-01-31", 36, inclusive=True)), gd="2025-01-06", N=3600, **W)
add("50% of the restricted stock units vest on the eighteen-month anniversary of the grant date and the remaining 50% vest on the thirty-six-month anniversary of the grant date, subject to the Reporting Person's continued service with the Issuer.",
    T, on_dates(3001, months_from("2025-08-31", [18, 36])), gd="2025-08-31", N=3001, **W, note="2027-02-28 (clamped) 1500, 2028-08-31 1501")
add("Vesting schedule: 10% on March 1, 2026; 20% on March 1, 2027; 30% on March 1, 2028; and 40% on March 1, 2029, in each case contingent on the Reporting Person's continued employment with the Bank.",
    T, portions(7000, [("2026-03-01", F(1, 10)), ("2027-03-01", F(2, 10)), ("2028-03-01", F(3, 10)), ("2029-03-01", F(4, 10))]), gd="2025-03-01", N=7000, **W)
add("The RSUs vest in quarterly installments over two years beginning on the three-month anniversary of November 10, 2025 (the \"Vesting Commencement Date\"), with 12.5% of the RSUs vesting on each such date.",
    T, on_dates(4000, months_from("2025-11-10", range(3, 25, 3))), gd="2025-12-01", N=4000, **W)
add("Subject to continued service, this option becomes exercisable as to 2,500 shares on the first anniversary of the grant date and as to an additional 625 shares on each quarterly anniversary thereafter until the option is exercisable in full.",
    T, lump_then(10000, "2026-05-05", F(1, 4), months_from("2025-05-05", range(15, 49, 3))), gd="2025-05-05", N=10000, **W,
    note="share counts: (10,000 - 2,500) / 625 = 12 quarterly")
add("The restricted shares vest in five equal annual installments on June 30 of each of 2026, 2027, 2028, 2029 and 2030, subject to forfeiture if the Reporting Person's service terminates before the applicable date.",
    T, on_dates(2500, [D(f"{y}-06-30") for y in range(2026, 2031)]), gd="2025-07-15", N=2500, **W)
add("One-twelfth of the RSUs vest on each of the first twelve quarterly vesting dates following the grant date. For this purpose, the quarterly vesting dates are March 10, June 10, September 10 and December 10.",
    T, on_dates(3600, rule_days([(3, 10), (6, 10), (9, 10), (12, 10)], "2025-07-22", 12)), gd="2025-07-22", N=3600, **W,
    note="day rule defined in the next sentence; 2025-09-10 .. 2028-06-10")
add("The award vests over three years, with one-third vesting on the first anniversary of the grant date and the remainder vesting in eight equal quarterly installments on the 1st day of each January, April, July and October following the first anniversary.",
    T, lump_then(2400, "2026-05-20", F(1, 3), rule_days(FIRSTS, "2026-05-20", 8)), gd="2025-05-20", N=2400, **W)
add("The RSUs vest in two equal tranches: the first on the later of December 1, 2025 and the six-month anniversary of the Reporting Person's start date of May 12, 2025, and the second on December 1, 2026.",
    T, on_dates(900, [D("2025-12-01"), D("2026-12-01")]), gd="2025-06-02", N=900, **W, note="later of 2025-12-01 and 2025-11-12")
add("The option vests in sixteen equal quarterly installments, beginning on the three-month anniversary of the Reporting Person's hire date (January 6, 2025), subject to continued employment through each vesting date and to acceleration under the Issuer's Executive Severance Plan.",
    T, on_dates(1600, months_from("2025-01-06", range(3, 49, 3))), gd="2025-02-01", N=1600, **W)
add("This RSU award vests as to 40% of the units on September 1, 2026 and as to 20% of the units on each of the next three anniversaries of that date.",
    T, portions(5000, [("2026-09-01", F(2, 5)), ("2027-09-01", F(1, 5)), ("2028-09-01", F(1, 5)), ("2029-09-01", F(1, 5))]), gd="2025-09-01", N=5000, **W)
add("The RSUs vest in equal monthly installments over a period of twenty-four months commencing on the first monthly anniversary of the grant date.",
    T, on_dates(2400, months_from("2025-01-31", range(1, 25))), gd="2025-01-31", N=2400, **W, note="from a Jan 31 grant, clamped")
add("Twenty-five percent of the award vests on January 1, 2026 and the balance vests in 12 equal quarterly installments thereafter on the first day of April, July, October and January, subject to the grantee remaining employed.",
    T, lump_then(800, "2026-01-01", F(1, 4), rule_days(FIRSTS, "2026-01-01", 12)), gd="2025-01-01", N=800, **W)
add("The option vests as to 1/5 of the shares on each anniversary of the grant date over five years, except that vesting will accelerate in full upon a termination without cause within 12 months after a change in control.",
    T, on_dates(1000, months_from("2025-02-28", [12, 24, 36, 48, 60])), gd="2025-02-28", N=1000, **W)
add("Restricted stock units granted on October 15, 2025 that vest 25% per year on October 15 of 2026, 2027, 2028 and 2029.",
    T, on_dates(600, [D(f"{y}-10-15") for y in range(2026, 2030)]), gd="2025-10-15", N=600, **W)
add("The RSUs will vest in three equal installments over a three-year period commencing on the first anniversary of the date of grant; shares underlying vested RSUs will be delivered within sixty days after each vesting date.",
    T, on_dates(1500, months_from("2025-06-12", [12, 24, 36])), gd="2025-06-12", N=1500, **W)
add("The units vest in full on the fifth anniversary of the vesting commencement date, which is April 1, 2025, subject to earlier pro rata vesting upon the Reporting Person's death or disability.",
    T, stated([("2030-04-01", 750)]), gd="2025-05-01", N=750, **W)
add("The option becomes exercisable in 4 equal annual installments commencing one year after the date of grant; any unexercised portion expires on the tenth anniversary of the grant date.",
    T, on_dates(2000, months_from("2025-12-09", [12, 24, 36, 48])), gd="2025-12-09", N=2000, exp="2035-12-09", **W)
add("The RSUs vest as to 50% on the first anniversary of the grant date and as to the remaining 50% in two equal semi-annual installments thereafter.",
    T, lump_then(1000, "2026-03-31", F(1, 2), months_from("2025-03-31", [18, 24])), gd="2025-03-31", N=1000, **W)
add("1/8 of the RSUs vest on August 15, 2025, and an additional 1/8 vest on each February 15 and August 15 thereafter, until the RSUs are fully vested.",
    T, on_dates(1000, rule_days([(2, 15), (8, 15)], "2025-08-15", 8, inclusive=True)), gd="2025-02-15", N=1000, **W)
add("The restricted stock units vest 33.3% on March 20, 2026, 33.3% on March 20, 2027 and 33.4% on March 20, 2028.",
    T, portions(1000, [("2026-03-20", F(333, 1000)), ("2027-03-20", F(333, 1000)), ("2028-03-20", F(334, 1000))]), gd="2025-03-20", N=1000, **W)
add("The option vested as to 25% of the shares on the grant date and vests as to the remaining shares in 36 equal monthly installments on the same day of each month thereafter.",
    T, lump_then(3600, "2025-04-30", F(1, 4), months_from("2025-04-30", range(1, 37))), gd="2025-04-30", N=3600, **W)
add("The restricted stock units vest in equal installments on the 15th day of the second month of each calendar quarter (February 15, May 15, August 15 and November 15) over four years, beginning May 15, 2025.",
    T, on_dates(3200, rule_days([(2, 15), (5, 15), (8, 15), (11, 15)], "2025-05-15", 16, inclusive=True)), gd="2025-04-01", N=3200, **W)
add("Vests at a rate of 1/24th per month over two years, measured from January 15, 2025, the vesting commencement date, with each installment rounded down to the nearest whole share and the balance vesting on the final vesting date.",
    T, floor_each_rest_last(1000, months_from("2025-01-15", range(1, 25))), gd="2025-01-20", N=1000, **W,
    note="stated rounding: 41 x 23, then 57")
add("Options vest 25% on each of the first four anniversaries of the Reporting Person's first day of employment, September 15, 2025.",
    T, on_dates(400, months_from("2025-09-15", [12, 24, 36, 48])), gd="2025-10-01", N=400, **W)
add("The RSUs shall vest in installments of 1,000 units on the last day of each fiscal quarter, the Issuer's fiscal quarters ending on the last day of January, April, July and October, commencing with the fiscal quarter ending October 31, 2025 until all 8,000 units have vested.",
    T, on_dates(8000, rule_days([(1, "last"), (4, "last"), (7, "last"), (10, "last")], "2025-10-31", 8, inclusive=True)), gd="2025-09-01", N=8000, **W,
    note="fiscal-quarter ends defined in the sentence; 8 x 1,000")
add("The option vests in a single installment on the fourth anniversary of the grant date, provided that 50% of the option will vest upon a change in control if the optionee is then employed.",
    T, stated([("2029-11-20", 5000)]), gd="2025-11-20", N=5000, **W)
add("The RSUs vest as follows: 2,000 units on April 1, 2026; 500 units on the first day of each of the following twelve calendar quarters; subject to the terms of the award agreement.",
    T, lump_then(8000, "2026-04-01", F(1, 4), rule_days(FIRSTS, "2026-04-01", 12)), gd="2025-04-01", N=8000, **W)
add("Twenty percent (20%) of the shares subject to the option vest on December 1, 2025 and the remaining shares vest in equal monthly installments on the first day of each month over the following 48 months, subject to the optionee's continuous service.",
    T, lump_then(6000, "2025-12-01", F(1, 5), months_from("2025-12-01", range(1, 49))), gd="2025-01-10", N=6000, **W)
add("Each of the restricted stock units vests in 1/3 increments on each of the first three anniversaries of the grant date; provided, however, that if the Reporting Person retires after age 60, unvested units will continue to vest on the original schedule.",
    T, on_dates(3000, months_from("2025-08-08", [12, 24, 36])), gd="2025-08-08", N=3000, **W)
add("The award will vest in 12 equal quarterly installments on each quarterly anniversary of December 1, 2025; vested shares will be issued within 30 days following each vesting date.",
    T, on_dates(6000, months_from("2025-12-01", range(3, 37, 3))), gd="2026-01-05", N=6000, **W)
add("50% of the RSUs vest on June 1, 2026 and the remaining 50% vest in equal installments on each of December 1, 2026 and June 1, 2027, subject to the Reporting Person's continued service as an employee.",
    T, portions(2000, [("2026-06-01", F(1, 2)), ("2026-12-01", F(1, 4)), ("2027-06-01", F(1, 4))]), gd="2025-06-01", N=2000, **W)
add("The option vests over four years, with 1/4 of the shares vesting on the first anniversary of the vesting commencement date and the remaining 3/4 vesting in 36 equal monthly installments thereafter, where the vesting commencement date is March 1, 2025.",
    T, lump_then(4800, "2026-03-01", F(1, 4), months_from("2025-03-01", range(13, 49))), gd="2025-03-15", N=4800, **W)
add("The RSUs will vest on each of the first four anniversaries of the Grant Date (as defined in the award agreement, March 6, 2025), with 10%, 20%, 30% and 40% of the RSUs vesting on the first, second, third and fourth anniversaries, respectively.",
    T, portions(2000, [("2026-03-06", F(1, 10)), ("2027-03-06", F(2, 10)), ("2028-03-06", F(3, 10)), ("2029-03-06", F(4, 10))]), gd="2025-03-06", N=2000, **W)
add("The option vests in equal annual installments over three years on each anniversary of the grant date, such that it will be fully vested on the third anniversary, and will expire seven years after the grant date.",
    T, on_dates(3000, months_from("2025-10-31", [12, 24, 36])), gd="2025-10-31", N=3000, exp="2032-10-31", **W)
add("Vesting of the RSUs occurs in eight equal semi-annual installments commencing six months after the vesting commencement date of July 1, 2025, subject to continued employment and to full acceleration upon a qualifying termination following a change in control.",
    T, on_dates(4000, months_from("2025-07-01", range(6, 49, 6))), gd="2025-07-21", N=4000, **W)

S.finish(HERE, 80, 80)
