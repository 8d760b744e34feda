#!/usr/bin/env python3
"""Regenerates footnotes-holdout9.jsonl (held-out set 9: written footnotes, the STRUCTURE of schedules).

Footnotes written for this set in real Form 4 style (varied wording of many issuers, not the phrasings of our
corpora), each combining 3+ schedule elements: portions (numerals in words and digits, fractions, percentages,
percentages in words), counts, cadences (monthly, quarterly, semi-annual, annual), spans ("over four years",
"through", "ending on"), anchors (grant date, vesting commencement date, a named date, a hire date,
anniversaries), day rules (calendar-quarter ends, named months, month-day lists, "the Nth day of"), first
installment dates, lump + remaining-portion series and rounding words; plus lines that must be refused (redundant
slots that disagree, a business-day rule, an undated commencement date) or are `not_vesting` / `performance`.

Expected results are computed here from the text alone (conventions of ../holdout_expect.py: cumulative round-down
over the whole grant unless the text states another rounding, month steps from the ORIGINAL anchor with the day
clamped; a series on a calendar rule takes the rule's days strictly after the date it follows, or from the day it
begins on). Written BEFORE any rule was changed for it; do not tune rules line by line on this file.
"""
import os, sys
from fractions import Fraction as F

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from holdout_expect import D, addm, sched, equal, dates_equal, stated, HeldOut, rule_days, MONTH_ENDS, QUARTER_ENDS  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
S = HeldOut("g", "holdout9")
add = S.add
W = dict(real=False)




def lump_then(N, first, f0, dates):
    """f0 of N on `first`, then the rest in len(dates) equal parts (of the whole grant) on `dates`."""
    n = len(dates)
    pts = [(D(first), f0)] + [(d, f0 + (1 - f0) * F(k + 1, n)) for k, d in enumerate(dates)]
    return sched(N, pts)


def on_dates(N, dates):
    return sched(N, [(d, F(i + 1, len(dates))) for i, d in enumerate(dates)])


def months_from(anchor, ks):
    return [addm(D(anchor), k) for k in ks]


def floor_each_rest_last(N, dates):
    """'rounded down to the nearest whole share, the rest on the last date': floor(N/n) each, the last takes the rest."""
    n = len(dates)
    each = N // n
    return [{"date": d.isoformat(), "shares": each if i < n - 1 else N - each * (n - 1)} for i, d in enumerate(dates)]


def floor_each_rest_first(N, dates):
    """floor(N/n) each, the shares left over on the first date."""
    n = len(dates)
    each = N // n
    return [{"date": d.isoformat(), "shares": each + (N - each * n if i == 0 else 0)} for i, d in enumerate(dates)]


# ---------------------------------------------------------------- equal series: counts, cadences, anchors
add("This option vests in four (4) equal annual installments beginning on the first anniversary of the vesting commencement date, which is March 1, 2024, subject to the Reporting Person's continued service through each such date.",
    "time_based", equal(10000, "2024-03-01", 4, 12, 12), gd="2024-03-12", N=10000, **W,
    note="VCD stated in a relative clause; VCD + 12, 24, 36, 48 months")
add("One-third (1/3) of the restricted stock units shall vest on each of the first three anniversaries of November 15, 2023, the date of grant.",
    "time_based", equal(1000, "2023-11-15", 3, 12, 12), gd="2023-11-15", N=1000, **W,
    note="anniversaries of a named date that is the grant date; 333, 333, 334")
add("The RSUs vest as follows: 6.25% of the RSUs vest on each quarterly anniversary of May 20, 2024 over a period of four years.",
    "time_based", equal(3200, "2024-05-20", 16, 3, 3), gd="2024-06-01", N=3200, **W,
    note="per-installment percentage x quarterly over four years = 16 installments, first 2024-08-20")
add("The units vest in six (6) equal semi-annual installments commencing six months after the grant date.",
    "time_based", equal(600, "2024-01-31", 6, 6, 6), gd="2024-01-31", N=600, **W,
    note="semi-annual from a Jan 31 grant: grant + 6k months, day clamped (2024-07-31, 2025-01-31, ...)")
add("This option vests in sixty (60) successive equal monthly installments measured from the date of grant.",
    "time_based", equal(6000, "2020-10-31", 60, 1, 1), gd="2020-10-31", N=6000, **W,
    note="five years monthly from an Oct 31 grant, day clamped (Nov 30, Dec 31, Feb 28/29 ...)")
add("The shares vest in twelve equal installments on each quarterly anniversary of September 15, 2024, subject to the Reporting Person's continued status as a service provider.",
    "time_based", equal(1200, "2024-09-15", 12, 3, 3), gd="2024-10-01", N=1200, **W,
    note="quarterly anniversaries of a named date (a commencement date before the grant)")
add("The restricted stock units vest ratably over four years in annual installments commencing on the first anniversary of the grant date.",
    "time_based", equal(2002, "2023-09-12", 4, 12, 12), gd="2023-09-12", N=2002, **W,
    note="ratably, span / cadence = 4; 500, 501, 500, 501 (cumulative round-down)")
add("The restricted stock units vest ratably on a quarterly basis over three years from the grant date.",
    "time_based", equal(1200, "2024-04-30", 12, 3, 3), gd="2024-04-30", N=1200, **W,
    note="ratably quarterly over three years: 12, grant + 3k months (2024-07-30 ... 2027-04-30)")
add("The stock option becomes exercisable at the rate of 20% per year on each anniversary of the grant date, becoming fully exercisable five years after the grant date.",
    "time_based", equal(5005, "2023-06-06", 5, 12, 12), gd="2023-06-06", N=5005, **W,
    note="20% per year, end five years after the grant agrees; 1001 each")
add("The RSUs vest in eight equal quarterly installments, with the final installment vesting on December 10, 2026.",
    "time_based", equal(800, "2024-12-10", 8, 3, 3), gd="2024-12-10", N=800, **W,
    note="count + cadence + end: quarterly steps back from the final date (2025-03-10 ... 2026-12-10), which is grant + 24 months")

# ---------------------------------------------------------------- calendar day rules
add("The restricted stock units vest in twelve equal quarterly installments on the last day of each calendar quarter, beginning with the calendar quarter ending September 30, 2024.",
    "time_based", on_dates(6000, rule_days(QUARTER_ENDS, "2024-09-30", 12, inclusive=True)), gd="2024-08-05", N=6000, **W,
    note="calendar-quarter ends from 2024-09-30 through 2027-06-30")
add("The option shall become exercisable in sixteen equal quarterly installments on the 15th day of each February, May, August and November, commencing February 15, 2025.",
    "time_based", on_dates(16000, rule_days([(2, 15), (5, 15), (8, 15), (11, 15)], "2025-02-15", 16, inclusive=True)), gd="2024-12-02", N=16000, **W,
    note="named months with a day, from a stated first date")
add("The shares vest in 36 equal monthly installments on the first day of each month, beginning on the first day of the month following the grant date.",
    "time_based", on_dates(3600, months_from("2024-04-01", range(36))), gd="2024-03-18", N=3600, **W,
    note="first of each month from 2024-04-01 (36, through 2027-03-01)")
add("The RSUs vest in 12 equal installments on each March 10, June 10, September 10 and December 10, starting on June 10, 2025.",
    "time_based", on_dates(1200, rule_days([(3, 10), (6, 10), (9, 10), (12, 10)], "2025-06-10", 12, inclusive=True)), gd="2025-04-01", N=1200, **W,
    note="month-day list, first 2025-06-10, last 2028-03-10")
add("Restricted stock units vest semi-annually in four equal tranches on June 15 and December 15 of each year, with the first tranche vesting on June 15, 2025.",
    "time_based", on_dates(400, rule_days([(6, 15), (12, 15)], "2025-06-15", 4, inclusive=True)), gd="2025-02-14", N=400, **W,
    note="semi-annual month-day list")
add("The option vests in 16 equal quarterly installments on the last day of each calendar quarter, beginning with the first calendar quarter ending after the grant date.",
    "time_based", on_dates(3200, rule_days(QUARTER_ENDS, "2024-11-12", 16)), gd="2024-11-12", N=3200, **W,
    note="first calendar quarter ending after 2024-11-12 ends 2024-12-31; 16 quarter ends through 2028-09-30")
add("The units vest in eight equal installments on the fifteenth day of the second month of each calendar quarter, commencing in the first calendar quarter of 2025.",
    "time_based", on_dates(800, rule_days([(2, 15), (5, 15), (8, 15), (11, 15)], "2025-01-01", 8, inclusive=True)), gd="2024-12-20", N=800, **W,
    note="Feb/May/Aug/Nov 15 from 2025-02-15 through 2026-11-15")
add("The RSUs vest in 24 equal monthly installments on the 10th day of each month, with the first installment vesting on the 10th day of the first full month after the grant date.",
    "time_based", on_dates(2400, months_from("2025-02-10", range(24))), gd="2025-01-22", N=2400, **W,
    note="first full month after 2025-01-22 is February: 2025-02-10 .. 2027-01-10")

# ---------------------------------------------------------------- spans and ends ("through", "ending on")
add("Beginning on April 1, 2025, the option vests in equal monthly installments on the first day of each month through and including March 1, 2029.",
    "time_based", on_dates(4800, months_from("2025-04-01", range(48))), gd="2025-03-03", N=4800, **W,
    note="no count: first date + monthly through an end date = 48 installments")
add("The RSUs vest in equal annual installments on each anniversary of February 1, 2024 through February 1, 2028.",
    "time_based", equal(4444, "2024-02-01", 4, 12, 12), gd="2024-02-01", N=4444, **W,
    note="anniversaries of a named date through an end: 4 x 1111")
add("The option vests in equal quarterly installments on the 28th day of each February, May, August and November, from May 28, 2025 through and including February 28, 2029.",
    "time_based", on_dates(3200, rule_days([(2, 28), (5, 28), (8, 28), (11, 28)], "2025-05-28", 16, inclusive=True)), gd="2025-02-28", N=3200, **W,
    note="named months through an end: 16 installments of 200")
add("Six and one-quarter percent (6.25%) of the shares vest at the end of each three-month period following the grant date, such that all shares are vested on the fourth anniversary of the grant date.",
    "time_based", equal(1600, "2024-10-01", 16, 3, 3), gd="2024-10-01", N=1600, **W,
    note="percentage in words with a fraction, per three-month period; the end agrees (16 x 6.25%)")

# ---------------------------------------------------------------- lumps + series
add("The shares subject to the option vest over four years: 25% vest on the first anniversary of the grant date and the remaining 75% vest in thirty-six (36) substantially equal monthly installments thereafter.",
    "time_based", lump_then(7200, "2025-07-15", F(1, 4), months_from("2024-07-15", range(13, 49))), gd="2024-07-15", N=7200, **W,
    note="span preamble joined by a colon; cliff then grant + 13..48 months")
add("Twenty-five percent (25%) of the shares subject to the option shall vest on the first anniversary of the Vesting Commencement Date (as defined below), and the remaining shares shall vest in thirty-six equal monthly installments thereafter. The \"Vesting Commencement Date\" is August 26, 2024.",
    "time_based", lump_then(48000, "2025-08-26", F(1, 4), months_from("2024-08-26", range(13, 49))), gd="2024-09-10", N=48000, **W,
    note="VCD defined after its use")
add("Fifty percent (50%) of the award vests on the second anniversary of the grant date, and an additional 12.5% vests on each six-month anniversary thereafter until fully vested.",
    "time_based", lump_then(4000, "2026-06-30", F(1, 2), months_from("2024-06-30", [30, 36, 42, 48])), gd="2024-06-30", N=4000, **W,
    note="lump then a per-installment percentage until fully vested: 4 x 12.5%")
add("One-third of the shares vest on the first anniversary of the grant date, and the remaining two-thirds vest in eight equal quarterly installments over the following two years.",
    "time_based", lump_then(9000, "2025-02-28", F(1, 3), months_from("2024-02-29", range(15, 37, 3))), gd="2024-02-29", N=9000, **W,
    note="leap-day grant: cliff 2025-02-28, then grant + 15..36 months by 3, clamped")
add("The option will vest and become exercisable as to 1/4th of the shares on the twelve-month anniversary of the grant date and as to 1/48th of the shares on each monthly anniversary thereafter until fully vested on the forty-eight-month anniversary of the grant date.",
    "time_based", lump_then(4800, "2025-01-31", F(1, 4), months_from("2024-01-31", range(13, 49))), gd="2024-01-31", N=4800, **W,
    note="months in words as anniversaries, end agrees; Jan 31 clamps")
add("37.5% of the units vest on the eighteen-month anniversary of May 1, 2024 (the \"Vesting Start Date\"), with the balance vesting in ten equal quarterly installments thereafter.",
    "time_based", lump_then(8000, "2025-11-01", F(3, 8), months_from("2024-05-01", range(21, 49, 3))), gd="2024-05-10", N=8000, **W,
    note="an 18-month cliff from a defined start date, then 10 quarterly")
add("The option vests as to 20% of the shares on December 1, 2025, and as to the remaining 80% in sixteen equal quarterly installments, the first of which vests on March 1, 2026.",
    "time_based", lump_then(10000, "2025-12-01", F(1, 5), months_from("2026-03-01", range(0, 48, 3))), gd="2024-12-01", N=10000, **W,
    note="the series' first installment date is stated")
add("On the date that is six months after the grant date, 10% of the award will vest. The remaining 90% of the award will vest in nine equal semi-annual installments thereafter.",
    "time_based", lump_then(1000, "2024-09-30", F(1, 10), months_from("2024-03-31", range(12, 61, 6))), gd="2024-03-31", N=1000, **W,
    note="lump and series across sentences; grant + 12..60 months by 6, clamped")
add("The RSUs vest 40% on the second anniversary of the Reporting Person's hire date, October 7, 2024, and 20% on each of the third, fourth and fifth anniversaries thereof.",
    "time_based", sched(5000, [(D("2026-10-07"), F(2, 5)), (D("2027-10-07"), F(3, 5)), (D("2028-10-07"), F(4, 5)), (D("2029-10-07"), F(1))]), gd="2024-11-01", N=5000, **W,
    note="hire date in apposition; 2000 then 3 x 1000")

# ---------------------------------------------------------------- stated portions, words, single installments
add("The shares vest in three annual installments as follows: 30% on the first anniversary of the grant date, 30% on the second anniversary of the grant date and 40% on the third anniversary of the grant date.",
    "time_based", stated([("2025-08-19", 750), ("2026-08-19", 750), ("2027-08-19", 1000)]), gd="2024-08-19", N=2500, **W,
    note="stated percentages per anniversary")
add("Fifty percent of the units vest on the second anniversary of the date of grant, and twenty-five percent vest on each of the third and fourth anniversaries of the date of grant.",
    "time_based", stated([("2025-12-29", 1000), ("2026-12-29", 500), ("2027-12-29", 500)]), gd="2023-12-29", N=2000, **W,
    note="percentages in words")
add("Thirty-three and one-third percent of the units vest on each of the first three anniversaries of the grant date.",
    "time_based", equal(3000, "2025-01-20", 3, 12, 12), gd="2025-01-20", N=3000, **W,
    note="a spelled-out percentage with a fraction (1/3)")
add("Subject to the Reporting Person's continued service, the RSUs vest in four substantially equal annual installments on each of July 1, 2025, July 1, 2026, July 1, 2027 and July 1, 2028.",
    "time_based", dates_equal(1003, ["2025-07-01", "2026-07-01", "2027-07-01", "2028-07-01"]), gd="2024-07-15", N=1003, **W,
    note="listed dates, 250, 251, 251, 251 (cumulative round-down)")
add("The restricted stock units will vest in a single installment on the third anniversary of the date of grant, subject to continued employment.",
    "time_based", [{"date": "2027-05-07", "shares": 1500}], gd="2024-05-07", N=1500, **W, note="a single installment")
add("All of the shares underlying this restricted stock award will vest on January 15, 2027, the third anniversary of the grant date.",
    "time_based", [{"date": "2027-01-15", "shares": 2000}], gd="2024-01-15", N=2000, **W, note="date and anniversary agree")
add("The restricted stock units were fully vested on the date of grant and will be settled in shares of common stock upon the Reporting Person's separation from service.",
    "immediate", [{"date": "2025-05-15", "shares": 2400}], gd="2025-05-15", N=2400, **W, note="vested at grant; settlement is not vesting")

# ---------------------------------------------------------------- rounding words
add("The RSUs vest in three equal annual installments on the first three anniversaries of the grant date; the number of units vesting on each of the first two vesting dates will be rounded down to the nearest whole unit, and all remaining units will vest on the third vesting date.",
    "time_based", floor_each_rest_last(1001, months_from("2024-03-04", [12, 24, 36])), gd="2024-03-04", N=1001, **W,
    note="the text states the rounding: floor(1001/3)=333 on each of the first two, 335 on the last (not cumulative 333/334/334)")
add("The option vests in four equal annual installments beginning on the first anniversary of the grant date, with any shares that cannot be divided equally vesting on the first vesting date.",
    "time_based", floor_each_rest_first(1002, months_from("2024-09-03", [12, 24, 36, 48])), gd="2024-09-03", N=1002, **W,
    note="the text states the rounding: leftover 2 on the first date (252, 250, 250, 250)")

# ---------------------------------------------------------------- must be refused / not a schedule
add("The RSUs vest in twelve equal quarterly installments on the last business day of each calendar quarter, beginning with the quarter ending March 31, 2025.",
    "unrecognized", gd="2025-01-06", N=1200, **W, note="business days need a holiday calendar the footnote does not give: refuse")
add("The option vests in 12 equal quarterly installments over four years beginning on the first quarterly anniversary of the grant date.",
    "unrecognized", gd="2024-05-01", N=1200, **W, note="count (12 quarters = 3 years) and span (four years) disagree: refuse")
add("The units vest in four equal yearly installments of 20% of the award each, the first on the first anniversary of the date of grant.",
    "unrecognized", gd="2024-05-01", N=1000, **W, note="4 x 20% is 80%: the per-installment portion disagrees with the count: refuse")
add("25% of the shares vest on the first anniversary of the grant date and the remainder vest in 36 equal monthly installments thereafter, so that the award is fully vested on the third anniversary of the grant date.",
    "unrecognized", gd="2024-05-01", N=4800, **W, note="12 + 36 months is the fourth anniversary, not the third: refuse")
add("One-third of the award vests on each anniversary of the Vesting Commencement Date until the award is fully vested, subject to continued service.",
    "unrecognized", gd="2024-05-01", N=900, **W, note="the vesting commencement date is neither stated nor said to be the grant date: refuse")
add("The RSUs vest in four equal annual installments beginning in 2026.",
    "unrecognized", gd="2025-03-10", N=400, **W, note="a year without a day: refuse")
add("The performance stock units vest, if at all, on the third anniversary of the grant date based on the Issuer's total shareholder return relative to its peer group over the three-year performance period.",
    "performance", gd="2024-03-01", N=5000, **W, note="a date, but the amount depends on performance")
add("The restricted shares were forfeited upon the Reporting Person's resignation on March 3, 2025, before any portion of the award had vested.",
    "not_vesting", gd="2024-03-03", N=3000, **W, note="a forfeiture, not a schedule")
add("Shares acquired through the reinvestment of dividends under the Issuer's dividend reinvestment plan on June 30, 2025.",
    "not_vesting", N=37, **W, note="dividend reinvestment")
add("Each share of Series B Preferred Stock converted automatically into one share of common stock upon the closing of the Issuer's initial public offering on May 2, 2025 and has no expiration date.",
    "not_vesting", N=125000, **W, note="a conversion, not a vesting")

S.finish(HERE, 40, 150)
