#!/usr/bin/env python3
"""Regenerates footnotes-holdout14.jsonl (held-out set 14: the families the interpreter still refused after
holdout9, holdout10, holdout11 and the labelled corpus, in NEW wordings and combinations).

40 footnotes written for this set in real Form 4 "Explanation of Responses" style (modelled on phrasings of many
issuers, not copied): share counts with a percentage or fraction beside them (either order), "an additional 1/36th
of the remaining / of the total shares", the portion after its date ("on <date> as to 25%"), a per-installment
fraction cross-checked by an end date ("such that all units are vested on <date>"), calendar-quarter starts
("commencing with the first calendar quarter of 2026"), "the Nth day of the first full month after <date>",
"on each of the anniversaries thereof", PSUs earned at a certification date, fully vested retainer shares
(`immediate`) and a dated portion beside a contingent one (`mixed`). Nine lines must not give a schedule:
amounts that disagree with the fraction beside them, an end date that disagrees with count and cadence, an
undated start, a quarter without a day, "the remaining" with nothing before it (`unrecognized`), a withholding
(`not_vesting`), an award earned only on certification (`performance`).

Expected results are computed here from the text alone (conventions of ../holdout_expect.py: stated amounts as
stated; otherwise cumulative round-down over the whole grant, month steps from the ORIGINAL anchor with the day
clamped; a calendar rule takes the rule's days from the day it begins on). Written BEFORE any rule was changed
for it (first-run figures are in the README and in the commit that added it).
"""
import os, sys
from fractions import Fraction as F

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from holdout_expect import D, addm, sched, equal, stated, dates_equal, rule_days, MONTH_ENDS, QUARTER_ENDS, HeldOut, TB, IM, MX, NV, PF, UN, lump_then_steps, iso  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
S = HeldOut("n", "holdout14")
add = S.add
W = dict(real=False)


# ---------------------------------------------------------------- share counts beside a percentage or fraction
add("Twenty-five percent (2,400 shares) of the option vests on March 3, 2026, with the balance vesting in thirty-six equal monthly installments thereafter.",
    TB, lump_then_steps(9600, "2026-03-03", F(1, 4), "2026-03-03", range(1, 37)), gd="2025-03-03", N=9600, **W,
    note="percentage first, the count in parentheses")
add("On each of the first three anniversaries of September 8, 2025, 4,000 of the restricted stock units (one-third of the award) will vest.",
    TB, equal(12000, "2025-09-08", 3, 12, 12), gd="2025-09-08", N=12000, **W, note="dates first, count with its fraction after")
add("This option vests in sixteen quarterly installments of 625 shares (6.25% of the grant) each, the first on the three-month anniversary of the grant date.",
    TB, equal(10000, "2025-05-19", 16, 3, 3), gd="2025-05-19", N=10000, **W)
add("Of these restricted shares, 1,800 (30%) vest on July 1, 2026, 1,800 (30%) vest on July 1, 2027 and the remaining 2,400 (40%) vest on July 1, 2028.",
    TB, stated([("2026-07-01", 1800), ("2027-07-01", 1800), ("2028-07-01", 2400)]), gd="2025-07-01", N=6000, **W)
add("As to 3,000 shares (one-sixth), the option vests and becomes exercisable on each of the first six anniversaries of July 14, 2025.",
    TB, equal(18000, "2025-07-14", 6, 12, 12), gd="2025-07-14", N=18000, **W, note="the portion opens the sentence")
add("Fifty percent (10,000 shares) of the RSUs vest on the second anniversary of the grant date; the remaining 10,000 shares (50%) vest in four equal quarterly installments thereafter, subject to continued service.",
    TB, lump_then_steps(20000, "2027-09-30", F(1, 2), "2025-09-30", [27, 30, 33, 36]), gd="2025-09-30", N=20000, **W,
    note="quarterly steps from the grant date, day clamped")

# ---------------------------------------------------------------- "an additional" portion of the remaining / the total
add("25% of the option shares vest on February 1, 2026 and an additional 1/36th of the remaining option shares vest on the first day of each month thereafter, so long as the optionee remains in service.",
    TB, lump_then_steps(14400, "2026-02-01", F(1, 4), "2026-02-01", range(1, 37)), gd="2025-02-10", N=14400, **W)
add("The RSUs vest as to 25% on the first anniversary of the grant date and thereafter as to an additional 1/16th of the total number of RSUs on each quarterly anniversary of the grant date until all RSUs have vested.",
    TB, lump_then_steps(3200, "2026-06-30", F(1, 4), "2025-06-30", range(15, 49, 3)), gd="2025-06-30", N=3200, **W,
    note="1/16th of the total: 12 quarterly installments after the 25% cliff")
add("Beginning on the first monthly anniversary of the vesting commencement date (May 20, 2025), an additional 1/48th of the total shares subject to this option become exercisable on each monthly anniversary until the option is fully exercisable.",
    TB, equal(4800, "2025-05-20", 48, 1, 1), gd="2025-06-01", N=4800, **W)
add("The option shall vest as to 7,500 shares (25%) on the first anniversary of the vesting commencement date (January 3, 2025) and as to an additional 1/36th of the remaining shares on the third day of each month thereafter.",
    TB, lump_then_steps(30000, "2026-01-03", F(1, 4), "2026-01-03", range(1, 37)), gd="2025-01-20", N=30000, **W,
    note="a count with its percentage, then 'an additional 1/36th of the remaining'")

# ---------------------------------------------------------------- the portion after its date
add("The option first becomes exercisable on August 12, 2026 as to one-fourth of the shares and becomes exercisable as to the remaining shares in twelve equal quarterly installments thereafter.",
    TB, lump_then_steps(8000, "2026-08-12", F(1, 4), "2026-08-12", range(3, 37, 3)), gd="2025-08-12", N=8000, **W)
add("The shares become vested on each of March 15, 2026 and March 15, 2027 as to one-half of the shares.",
    TB, dates_equal(3000, ["2026-03-15", "2027-03-15"]), gd="2025-03-15", N=3000, **W)
add("The restricted stock units will vest on December 1, 2025 with respect to 40% of the units, on December 1, 2026 with respect to 30% of the units and on December 1, 2027 with respect to the remaining 30%.",
    TB, stated([("2025-12-01", 2000), ("2026-12-01", 1500), ("2027-12-01", 1500)]), gd="2024-12-01", N=5000, **W)
add("The option is exercisable on and after May 5, 2026 as to 2,000 shares and on and after May 5, 2027 as to the balance of 2,000 shares.",
    TB, stated([("2026-05-05", 2000), ("2027-05-05", 2000)]), gd="2025-05-05", N=4000, **W)

# ---------------------------------------------------------------- a per-installment fraction and an end that agree
add("One-twelfth of the RSUs vest on each quarterly anniversary of January 5, 2025, so that all of the RSUs will have vested by January 5, 2028.",
    TB, equal(1200, "2025-01-05", 12, 3, 3), gd="2025-01-05", N=1200, **W)
add("The units vest in installments of 1/8th of the award every six months following the grant date such that the award is fully vested on the fourth anniversary of the grant date.",
    TB, equal(800, "2025-04-14", 8, 6, 6), gd="2025-04-14", N=800, **W)
add("1/24th of the shares vest on the last day of each month beginning January 31, 2026, such that all shares are vested on December 31, 2027.",
    TB, dates_equal(2400, iso(rule_days(MONTH_ENDS, "2026-01-31", 24, inclusive=True))), gd="2025-12-15", N=2400, **W)
add("The RSUs vest on the last day of each calendar quarter, commencing with the quarter ending June 30, 2026, as to 1/8th of the award each quarter, such that all RSUs will be vested on March 31, 2028.",
    TB, dates_equal(1600, iso(rule_days(QUARTER_ENDS, "2026-06-30", 8, inclusive=True))), gd="2026-02-01", N=1600, **W)

# ---------------------------------------------------------------- calendar starts, first full month, anniversaries thereof
add("The RSUs vest in twelve equal installments on the last day of each calendar quarter, commencing with the first calendar quarter of 2026.",
    TB, dates_equal(1200, iso(rule_days(QUARTER_ENDS, "2026-01-01", 12, inclusive=True))), gd="2025-11-15", N=1200, **W)
add("The award vests in eight equal quarterly installments on the 15th day of the first month of each calendar quarter, commencing in the second calendar quarter of 2025.",
    TB, dates_equal(800, iso(rule_days([(1, 15), (4, 15), (7, 15), (10, 15)], "2025-04-01", 8, inclusive=True))), gd="2025-02-20", N=800, **W)
add("The option vests in 36 equal monthly installments on the 1st day of each month, beginning on the first day of the first full calendar month following the vesting commencement date of June 17, 2025.",
    TB, equal(3600, "2025-07-01", 36, 1, 0), gd="2025-06-20", N=3600, **W)
add("The RSUs vest in twenty-four equal monthly installments on the 20th day of each month, the first such installment vesting on the 20th day of the first full month after March 4, 2025.",
    TB, equal(2400, "2025-04-20", 24, 1, 0), gd="2025-03-04", N=2400, **W)
add("Twenty-five percent of the RSUs vest on June 2, 2026 and on each of the first, second and third anniversaries thereof.",
    TB, equal(400, "2026-06-02", 4, 12, 0), gd="2025-06-02", N=400, **W)
add("The RSUs vest 50% on April 1, 2027 and 25% on each of the next two anniversaries thereof.",
    TB, stated([("2027-04-01", 1000), ("2028-04-01", 500), ("2029-04-01", 500)]), gd="2025-04-01", N=2000, **W)
add("The award vests in three tranches: 20% on each of January 31, 2026 and January 31, 2027, and the remaining 60% on January 31, 2028.",
    TB, stated([("2026-01-31", 500), ("2027-01-31", 500), ("2028-01-31", 1500)]), gd="2025-01-31", N=2500, **W)

# ---------------------------------------------------------------- earned PSUs, retainers, dated beside contingent
add("Represents PSUs earned upon the Committee's certification on March 3, 2026 of the Company's performance for fiscal 2025; 50% of the earned units vested on the certification date and the remaining 50% will vest on March 3, 2027.",
    TB, stated([("2026-03-03", 1500), ("2027-03-03", 1500)]), gd="2026-03-03", N=3000, **W)
add("The performance-based restricted stock units were earned at 90% of target upon certification on February 14, 2026 and will vest in two equal installments on February 14, 2027 and February 14, 2028.",
    TB, dates_equal(1800, ["2027-02-14", "2028-02-14"]), gd="2026-02-14", N=1800, **W)
add("Shares of common stock issued to the Reporting Person in lieu of the cash retainer for service on the Board during the fourth quarter of 2025; the shares were fully vested when issued.",
    IM, stated([("2026-01-02", 850)]), gd="2026-01-02", N=850, **W)
add("Represents deferred stock units granted as the annual equity retainer for non-employee directors; the units are fully vested on the date of grant and will be settled upon the director's separation from service.",
    IM, stated([("2025-06-12", 1500)]), gd="2025-06-12", N=1500, **W)
add("Of the 12,000 restricted stock units, 3,000 vested on the grant date and the remaining 9,000 will vest only upon a Change in Control of the Company.",
    MX, stated([("2025-05-01", 3000)]), gd="2025-05-01", N=12000, **W, note="the dated portion only")
add("40% of the RSUs vest in two equal annual installments on the first and second anniversaries of the grant date, and the other 60% vest upon FDA approval of the Issuer's lead product candidate.",
    MX, stated([("2026-01-15", 1000), ("2027-01-15", 1000)]), gd="2025-01-15", N=5000, **W, note="the dated portion only")

# ---------------------------------------------------------------- must not give a schedule
add("The option becomes exercisable as to 3,000 shares (one-fifth) on each of the first five anniversaries of the date of grant.",
    UN, gd="2025-02-03", N=16000, **W, note="one-fifth of 16,000 is 3,200, not 3,000")
add("25% (2,000 shares) of the units vest on April 30, 2026 and the remaining 75% (6,500 shares) vest on April 30, 2027.",
    UN, gd="2025-04-30", N=8000, **W, note="75% of 8,000 is 6,000, not 6,500")
add("The option vests as to 25% of the shares on January 10, 2026 and as to an additional 1/24th of the remaining shares on each monthly anniversary thereafter, so that the option is fully vested on January 10, 2030.",
    UN, gd="2025-01-10", N=2400, **W, note="24 months after January 10, 2026 is January 10, 2028, not 2030")
add("1/12th of the award vests each quarter commencing on March 31, 2026 such that the award is fully vested on March 31, 2028.",
    UN, gd="2025-12-01", N=1200, **W, note="twelve quarters from March 31, 2026 end on December 31, 2028")
add("The option becomes exercisable on the 10th day of the first full month after the Reporting Person's start date as to 25% of the shares, and thereafter in 36 equal monthly installments.",
    UN, gd="2025-08-01", N=4000, **W, note="the start date is not stated (not assumed to be the grant date)")
add("The RSUs vest in 12 equal quarterly installments commencing in the first calendar quarter of 2026.",
    UN, gd="2025-10-01", N=1200, **W, note="which day of each quarter is not said")
add("The option vests as to an additional 1/36th of the remaining shares on each monthly anniversary of the grant date.",
    UN, gd="2025-03-01", N=3600, **W, note="'additional' and 'the remaining' with nothing before them")
add("Represents shares withheld by the Issuer to satisfy tax withholding obligations upon the vesting on March 1, 2026 of 1,250 restricted stock units (25% of the award).",
    NV, gd="2026-03-01", N=415, **W)
add("The PSUs will be earned, if at all, upon certification by the Compensation Committee following the end of the 2026-2028 performance period, and any earned PSUs will vest on the date of certification.",
    PF, gd="2026-03-01", N=5000, **W)

S.finish(HERE, 40, 40)
