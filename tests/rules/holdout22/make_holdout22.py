#!/usr/bin/python3
"""Writes footnotes-holdout22.jsonl: 80 footnotes (r001-r080) written for this set in the style of real Form 4
"Explanation of Responses" footnotes (many issuers, sectors and eras; none copied), with the expected result of
each computed here from the text alone, never from rules/ or engine/ code. Written before any rule was read or
changed for it, and before vest was run on it.

Conventions (those of ../holdout_expect.py, plus):
- cumulative round-down over the whole grant (over the dated part of a `mixed` award); the last tranche takes
  the rest; month steps from the ORIGINAL anchor with the day clamped to the month's end;
- "thereafter" after a cliff: the series steps from the cliff date; a series "through D" / "such that ... fully
  vested on D" ends on D, and the count is what the cadence gives between the cliff and D;
- a share count stated per installment is taken as stated;
- a portion vested "upon grant" / "on the date of grant" is a tranche on the grant date (the award is still
  `time_based` when later tranches follow); an award wholly vested at grant is `immediate` (one tranche, grant date);
- a dated portion beside one that vests only on a performance goal or an event is `mixed` with the dated tranches;
- settlement, delivery, withholding, plan-adoption and conversion dates are never vesting dates;
- refused (`unrecognized`): an anchor named but never dated, a business-day rule with no holiday calendar, no
  count, cadence or step, redundant slots that disagree (count against end).

usage: /usr/bin/python3 tests/rules/holdout22/make_holdout22.py [-v]
"""
import os, sys
from fractions import Fraction as F

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdout_expect import (HeldOut, D, F, addm, sched, equal, cliff_then, cumulative, stated, dates_equal, merged,
                            rule_days, iso, MONTH_ENDS, QUARTER_ENDS, TB, IM, MX, NV, PF, UN)

H = HeldOut("r", "holdout22")
add = H.add


def quarter_days(pairs, start, n, inclusive=False):
    return iso(rule_days(pairs, start, n, inclusive))


# ---- tech and biotech options (r001-r016) ----
N = 96000
add("This option was granted on March 14, 2019. One-fourth (1/4th) of the shares subject to the option vested on "
    "March 1, 2020, and 1/48th of the shares vest on the first day of each month thereafter, such that the option "
    "will be fully vested on March 1, 2023, subject to the Reporting Person continuing to provide services to the "
    "Issuer through each such date.", TB, cliff_then(N, "2020-03-01", F(1, 4), 36, 1), "2019-03-14", N, "2029-03-13")

N = 120000
add("The option vests as to 25% of the underlying shares on the one-year anniversary of September 8, 2021, the "
    "vesting commencement date, and as to the remaining 75% in thirty-six substantially equal monthly installments "
    "thereafter, subject to the optionee's continued service.",
    TB, cliff_then(N, "2022-09-08", F(1, 4), 36, 1), "2021-11-02", N, "2031-11-01")

N = 48500
add("Twenty-five percent (25%) of the shares subject to the option shall vest and become exercisable on January 4, "
    "2018, and the balance shall vest in a series of thirty-six (36) successive equal monthly installments measured "
    "from such date, subject to Reporting Person's continued service with the Issuer through each applicable "
    "vesting date.", TB, cliff_then(N, "2018-01-04", F(1, 4), 36, 1), "2017-02-10", N, "2027-02-09")

N = 64000
add("The shares subject to the option vest over four years: 6.25% of the shares vest on each quarterly anniversary "
    "of February 15, 2016, commencing May 15, 2016, so that the option is fully vested on February 15, 2020.",
    TB, equal(N, "2016-02-15", 16, 3, 3), "2016-03-01", N, "2026-02-28")

N = 45000
add("The option vested with respect to 1/3 of the shares on the first anniversary of the date of grant and vests "
    "with respect to an additional 1/36 of the shares each month thereafter until fully vested on the third "
    "anniversary of the date of grant.", TB, cliff_then(N, "2015-06-30", F(1, 3), 24, 1), "2014-06-30", N,
    "2024-06-29")

N = 80000
add("The option vests as to 12.5% of the shares on the six-month anniversary of the vesting commencement date of "
    "April 1, 2020 and as to the remaining shares in 42 equal monthly installments thereafter, such that all shares "
    "will be vested on the fourth anniversary of the vesting commencement date.",
    TB, cliff_then(N, "2020-10-01", F(1, 8), 42, 1), "2020-05-12", N, "2030-05-11")

N = 200000
add("This option is immediately exercisable in full. Shares purchased upon exercise are subject to a repurchase "
    "right in favor of the Issuer that lapses as to 25% of the shares on July 20, 2022 and as to 1/48th of the "
    "shares monthly thereafter, until the repurchase right has lapsed in full.",
    TB, cliff_then(N, "2022-07-20", F(1, 4), 36, 1), "2021-08-30", N, "2031-08-29", ex_imm=True)

N = 30000
add("The option becomes exercisable in eight equal semi-annual installments beginning on the date six months after "
    "the grant date, provided that the optionee remains an employee of the Company on each such date.",
    TB, equal(N, "2012-08-15", 8, 6, 6), "2012-08-15", N, "2022-08-14")

N = 60000
add("The shares underlying the option vest as follows: 25% on the first anniversary of the Reporting Person's start "
    "date of June 17, 2024, and the remainder in equal quarterly installments over the following three years.",
    TB, cliff_then(N, "2025-06-17", F(1, 4), 12, 3), "2024-07-01", N, "2034-06-30")

N = 10000
add("Option vests in 48 equal monthly installments, with the first installment vesting on the last day of the month "
    "in which the grant date occurs and each subsequent installment vesting on the last day of each month thereafter.",
    TB, dates_equal(N, quarter_days(MONTH_ENDS, "2023-05-09", 48)), "2023-05-09", N, "2033-05-08")

N = 15000
add("Received in exchange for an option to purchase 25,000 shares of Target common stock in connection with the "
    "Issuer's acquisition of Target. The assumed option vests in equal monthly installments of 1,250 shares on the "
    "third day of each month, beginning December 3, 2025 and ending November 3, 2026.",
    TB, stated([(addm(D("2025-12-03"), k).isoformat(), 1250) for k in range(12)]), "2025-10-15", N, "2032-06-30")

N = 9000
add("This option was granted under the 2011 Equity Incentive Plan and vests in three equal annual installments "
    "commencing on the first anniversary of February 24, 2012, the date of grant; provided, however, that the option "
    "will vest in full upon a change in control of the Company.",
    TB, equal(N, "2012-02-24", 3, 12, 12), "2012-02-24", N, "2022-02-23")

N = 36000
add("One-third of the option vests on the first anniversary of the grant date and the remaining two-thirds vests in "
    "eight equal quarterly installments thereafter.",
    TB, cliff_then(N, "2011-11-30", F(1, 3), 8, 3), "2010-11-30", N, "2020-11-29")

N = 50000
add("Subject to the Reporting Person's continuous service, 25% of the shares subject to the option will vest on the "
    "first anniversary of the Vesting Commencement Date and the remaining shares will vest in 12 equal quarterly "
    "installments thereafter. The Vesting Commencement Date is August 1, 2023.",
    TB, cliff_then(N, "2024-08-01", F(1, 4), 12, 3), "2023-09-12", N, "2033-09-11")

N = 18000
add("The option vests in equal monthly installments over a three-year period measured from the date of grant, "
    "subject to the director's continued service through each vesting date.",
    TB, equal(N, "2019-06-05", 36, 1, 1), "2019-06-05", N, "2029-06-04")

N = 7200
add("This option vests and becomes exercisable in full on the first anniversary of the date of grant, June 8, 2022, "
    "subject to continued service; it will also vest in full if the Reporting Person's service terminates by reason "
    "of death or disability.", TB, stated([("2022-06-08", N)]), "2021-06-08", N, "2031-06-07")

# ---- big-tech RSUs (r017-r028) ----
N = 3200
add("Each restricted stock unit represents a contingent right to receive one share of Class C capital stock. 1/16th "
    "of the units vest on each quarterly vesting date (March 25, June 25, September 25 and December 25), beginning "
    "March 25, 2024, subject to continued employment through each vesting date.",
    TB, dates_equal(N, quarter_days([(3, 25), (6, 25), (9, 25), (12, 25)], "2024-03-25", 16, True)), "2024-02-01", N)

N = 40000
add("The restricted stock units vest in eight substantially equal semi-annual installments beginning on April 1, "
    "2024. Vested shares will be delivered to the reporting person upon vesting.",
    TB, equal(N, "2023-10-01", 8, 6, 6), "2023-10-01", N)

N = 1600
add("The RSUs vest as to 1/16th of the total shares on May 15, 2025 and 1/16th quarterly thereafter, subject to "
    "continued service through each applicable vesting date.",
    TB, equal(N, "2025-02-15", 16, 3, 3), "2025-03-14", N)

N = 2000
add("The restricted stock units vest as follows: 5% on May 15, 2025; 15% on May 15, 2026; 20% on each of November "
    "15, 2026 and May 15, 2027; and 20% on each of November 15, 2027 and May 15, 2028.",
    TB, cumulative(N, [("2025-05-15", F(5, 100)), ("2026-05-15", F(15, 100)), ("2026-11-15", F(1, 5)),
                       ("2027-05-15", F(1, 5)), ("2027-11-15", F(1, 5)), ("2028-05-15", F(1, 5))]), "2024-05-15", N)

N = 5000
add("The restricted stock units vest in four equal annual installments beginning on August 31, 2025. Each vested "
    "unit will be settled in one share of the Issuer's common stock.",
    TB, equal(N, "2024-08-31", 4, 12, 12), "2024-09-03", N)

N = 6400
add("Represents restricted stock units that vest 6.25% on each of March 18, June 18, September 18 and December 18 "
    "over four years, beginning on June 18, 2024.",
    TB, dates_equal(N, quarter_days([(3, 18), (6, 18), (9, 18), (12, 18)], "2024-06-18", 16, True)), "2024-03-06", N)

N = 4800
add("The restricted stock units vest monthly over four years, with 1/48th of the units vesting on the 25th day of "
    "each month beginning on April 25, 2022, subject to continued employment.",
    TB, equal(N, "2022-03-25", 48, 1, 1), "2022-03-10", N)

N = 12000
add("25% of the RSUs will vest on the first anniversary of March 1, 2024, and the remaining RSUs vest in twelve "
    "equal installments on the last day of each calendar quarter thereafter, subject to continued service.",
    TB, sched(N, [(D("2025-03-01"), F(1, 4))] + [(d, F(1, 4) + F(3, 4) * F(i + 1, 12)) for i, d in
                                                 enumerate(rule_days(QUARTER_ENDS, "2025-03-01", 12))]),
    "2024-03-20", N)

N = 8000
add("Twenty-five percent of the restricted stock units vest on October 1, 2025, with the remaining units vesting in "
    "equal installments on the first day of each January, April, July and October thereafter through October 1, 2028.",
    TB, sched(N, [(D("2025-10-01"), F(1, 4))] + [(d, F(1, 4) + F(3, 4) * F(i + 1, 12)) for i, d in
                                                 enumerate(rule_days([(1, 1), (4, 1), (7, 1), (10, 1)], "2025-10-01", 12))]),
    "2024-11-01", N)

N = 4000
add("The restricted stock units vest 25% on the first anniversary of the grant date and 6.25% quarterly thereafter, "
    "such that the units are fully vested on the fourth anniversary of the grant date.",
    TB, cliff_then(N, "2024-03-22", F(1, 4), 12, 3), "2023-03-22", N)

N = 3000
add("The RSUs vest in 3 equal annual installments on March 5 of each of 2024, 2025 and 2026, subject to the Reporting "
    "Person's continued employment through the applicable vesting date and to accelerated vesting upon a qualifying "
    "termination following a change in control.",
    TB, dates_equal(N, ["2024-03-05", "2025-03-05", "2026-03-05"]), "2023-03-05", N)

N = 1000
add("Restricted stock units granted under the Issuer's 2019 Omnibus Incentive Plan, which vest in sixteen equal "
    "quarterly installments on each of February 20, May 20, August 20 and November 20, commencing on May 20, 2022.",
    TB, dates_equal(N, quarter_days([(2, 20), (5, 20), (8, 20), (11, 20)], "2022-05-20", 16, True)), "2022-02-24", N)

# ---- RSUs and restricted stock across sectors (r029-r048) ----
N = 20000
add("On July 7, 2021 (the \"Closing Date\"), the Issuer consummated its business combination with Harborview "
    "Acquisition Corp. The RSUs vest in four equal annual installments beginning on the first anniversary of the "
    "Closing Date.", TB, equal(N, "2021-07-07", 4, 12, 12), "2021-08-01", N)

N = 7500
add("Granted upon the Reporting Person's appointment to the Board of Directors on May 3, 2023. The restricted stock "
    "units vest in three equal installments on each of the first three anniversaries of the date of appointment, "
    "subject to continued service on the Board.", TB, equal(N, "2023-05-03", 3, 12, 12), "2023-05-10", N)

N = 2500
add("Each RSU represents the right to receive one share of common stock. The RSUs vest ratably on each of the first "
    "four anniversaries of February 28, 2020, the grant date, and will be settled within 30 days after each vesting "
    "date.", TB, equal(N, "2020-02-28", 4, 12, 12), "2020-02-28", N)

N = 9000
add("These RSUs vest over a three-year period, with one-third vesting on each anniversary of June 15, 2022.",
    TB, equal(N, "2022-06-15", 3, 12, 12), "2022-06-20", N)

N = 10000
add("The RSUs vest at the rate of 10% on each of the first two anniversaries of the grant date, 20% on the third "
    "anniversary, and 30% on each of the fourth and fifth anniversaries.",
    TB, cumulative(N, [("2019-01-31", F(1, 10)), ("2020-01-31", F(1, 10)), ("2021-01-31", F(1, 5)),
                       ("2022-01-31", F(3, 10)), ("2023-01-31", F(3, 10))]), "2018-01-31", N)

N = 1001
add("The restricted stock units vest in four equal annual installments beginning April 10, 2024. Upon each vesting, "
    "the Issuer will withhold shares to satisfy the Reporting Person's tax withholding obligations.",
    TB, equal(N, "2023-04-10", 4, 12, 12), "2023-04-10", N)

N = 15000
add("Represents restricted stock units that vest in full on the third anniversary of the grant date, or December 12, "
    "2027, subject to accelerated vesting upon death, disability or a qualifying retirement.",
    TB, stated([("2027-12-12", N)]), "2024-12-12", N)

N = 5000
add("The units vest in two equal installments: 50% on the 18-month anniversary of the grant date and 50% on the "
    "36-month anniversary of the grant date.",
    TB, equal(N, "2022-08-31", 2, 18, 18), "2022-08-31", N)

N = 12500
add("The restricted shares vest in equal installments on each of the first five anniversaries of November 9, 2015 "
    "(the \"Vesting Base Date\"), provided the grantee remains in continuous employment through the applicable "
    "anniversary.", TB, equal(N, "2015-11-09", 5, 12, 12), "2015-11-12", N)

N = 7500
add("Consists of 4,500 restricted stock units that vest in three equal annual installments commencing one year from "
    "the date of grant, and 3,000 restricted stock units that vest in full on the third anniversary of the date of "
    "grant.", TB, merged([equal(4500, "2021-03-01", 3, 12, 12), stated([("2024-03-01", 3000)])]), "2021-03-01", N)

N = 2750
add("The shares of restricted stock vest 40% on the second anniversary of the grant date and 20% on each of the "
    "third, fourth and fifth anniversaries thereof.",
    TB, cumulative(N, [("2018-05-18", F(2, 5)), ("2019-05-18", F(1, 5)), ("2020-05-18", F(1, 5)),
                       ("2021-05-18", F(1, 5))]), "2016-05-18", N)

N = 40000
add("Restricted stock units, 50% of which vest on the first anniversary of the Closing (as defined below) and 50% of "
    "which vest on the second anniversary of the Closing. \"Closing\" means the closing of the Issuer's merger with "
    "XYZ Holdings, Inc., which occurred on October 14, 2022.",
    TB, dates_equal(N, ["2023-10-14", "2024-10-14"]), "2022-11-01", N)

N = 6000
add("The RSUs vest in twelve equal quarterly installments, with the first installment vesting three months after "
    "the grant date, subject to the Reporting Person's continued service through each vesting date.",
    TB, equal(N, "2021-12-15", 12, 3, 3), "2021-12-15", N)

N = 1000
add("The RSUs vest as to one-third of the shares on each of January 15, 2025, January 15, 2026 and January 15, 2027.",
    TB, dates_equal(N, ["2025-01-15", "2026-01-15", "2027-01-15"]), "2024-01-20", N)

N = 4000
add("The restricted stock units vest in equal annual installments over four years, on each anniversary of March 15, "
    "2021, the date on which the Reporting Person commenced employment with the Issuer.",
    TB, equal(N, "2021-03-15", 4, 12, 12), "2021-04-01", N)

N = 3112
add("Includes 112 dividend equivalent rights that accrued on the underlying restricted stock units and vest on the "
    "same schedule. The restricted stock units, together with the dividend equivalents, vest in three equal annual "
    "installments beginning on February 1, 2024.", TB, equal(N, "2023-02-01", 3, 12, 12), "2023-02-01", N)

N = 8001
add("Represents performance-based restricted stock units earned for the performance period ended December 31, 2024. "
    "The earned units vest in two equal installments on March 1, 2025 and March 1, 2026, subject to continued "
    "employment.", TB, dates_equal(N, ["2025-03-01", "2026-03-01"]), "2025-02-20", N)

N = 10000
add("Fifty percent (50%) of the restricted stock units vest on the second anniversary of the grant date, and the "
    "remaining fifty percent (50%) vest in two equal annual installments thereafter.",
    TB, cumulative(N, [("2021-09-16", F(1, 2)), ("2022-09-16", F(1, 4)), ("2023-09-16", F(1, 4))]), "2019-09-16", N)

N = 30000
add("The restricted shares vest in equal monthly installments of 2,500 shares on the last day of each month, "
    "commencing January 31, 2024, until fully vested.",
    TB, stated([(d, 2500) for d in quarter_days(MONTH_ENDS, "2024-01-31", 12, True)]), "2024-01-02", N)

N = 2400
add("The stock units vest over three years in equal annual installments on each anniversary of the grant date; the "
    "vested units will be distributed on the earlier of the Reporting Person's separation from service or the third "
    "anniversary of the grant date.", TB, equal(N, "2017-07-25", 3, 12, 12), "2017-07-25", N)

# ---- banks, REITs, older restricted stock (r049-r058) ----
N = 5000
add("The restricted shares vest at the rate of 20% per year, beginning on the first anniversary of the grant date, "
    "subject to earlier vesting upon retirement at or after age 62.", TB, equal(N, "2006-01-17", 5, 12, 12),
    "2006-01-17", N)

N = 25000
add("Represents LTIP Units in the Operating Partnership, which vest in five equal annual installments on each of the "
    "first five anniversaries of January 1, 2025, subject to continued employment. Vested LTIP Units may, subject to "
    "certain conditions, be converted into common units of the Operating Partnership, which are redeemable for cash "
    "or, at the Issuer's election, shares of common stock on a one-for-one basis.",
    TB, equal(N, "2025-01-01", 5, 12, 12), "2025-01-03", N)

N = 3000
add("The restricted stock vests in three equal annual installments beginning on the first anniversary of the grant "
    "date; however, the shares may not be transferred until the Company has repaid its obligations under the TARP "
    "Capital Purchase Program.", TB, equal(N, "2009-12-15", 3, 12, 12), "2009-12-15", N)

N = 1000
add("Shares of restricted stock that vest one-fourth on each of the first four anniversaries of the date of grant, "
    "which was December 31, 2013.", TB, equal(N, "2013-12-31", 4, 12, 12), "2013-12-31", N)

N = 12345
add("The shares vest in five equal annual installments commencing on March 1, 2008 and ending on March 1, 2012.",
    TB, equal(N, "2007-03-01", 5, 12, 12), "2007-03-01", N)

N = 2000
add("These shares of restricted stock will vest 100% on the fifth anniversary of the date of grant, subject to "
    "earlier pro rata vesting upon retirement.", TB, stated([("2010-05-05", N)]), "2005-05-05", N)

N = 4800
add("Represents restricted shares of common stock which vest in equal annual installments over a four-year period, "
    "with the first installment vesting on January 31, 2020.", TB, equal(N, "2019-01-31", 4, 12, 12), "2019-02-15", N)

N = 3001
add("One-half of the shares vested upon grant, and the remaining one-half vest on the first anniversary of the grant "
    "date.", TB, dates_equal(N, ["2011-04-20", "2012-04-20"]), "2011-04-20", N)

N = 20000
add("Twenty thousand (20,000) LTIP Units, of which 5,000 vest on each of February 15, 2023, February 15, 2024, "
    "February 15, 2025 and February 15, 2026.",
    TB, stated([("2023-02-15", 5000), ("2024-02-15", 5000), ("2025-02-15", 5000), ("2026-02-15", 5000)]),
    "2022-02-15", N)

N = 4000
add("The restricted stock award vests in four equal annual installments; the first installment vested on the date of "
    "grant and the remaining installments vest on each of the first three anniversaries thereof.",
    TB, equal(N, "2014-02-10", 4, 12, 0), "2014-02-10", N)

# ---- immediate and mixed (r059-r066) ----
N = 1234
add("Represents shares of common stock issued to the Reporting Person as an annual retainer for service on the Board. "
    "The shares were fully vested upon issuance.", IM, stated([("2020-06-30", N)]), "2020-06-30", N)

N = 5000
add("This stock option was fully vested and immediately exercisable when granted, in recognition of the Reporting "
    "Person's prior service as interim Chief Executive Officer.", IM, stated([("2016-08-01", N)]),
    "2016-08-01", N, "2026-08-01", ex_imm=True)  # (first run: ex_imm missing, an oracle mistake; see README)

N = 812
add("Deferred stock units granted in lieu of the Reporting Person's cash board fees for the quarter ended March 31, "
    "2024. The units are fully vested and will be settled in shares of common stock on the first business day "
    "following the Reporting Person's separation from the Board.", IM, stated([("2024-04-01", N)]), "2024-04-01", N)

N = 12000
add("Of the 12,000 restricted stock units reported, 4,000 vest in two equal annual installments on the first and "
    "second anniversaries of the grant date, and 8,000 are performance-based units that vest only if the Issuer "
    "achieves specified cumulative revenue targets for fiscal years 2024 through 2026.",
    MX, stated([("2024-11-15", 2000), ("2025-11-15", 2000)]), "2023-11-15", N)

N = 9000
add("One-third of the shares vested upon grant; the remaining two-thirds will vest upon the first commercial sale of "
    "the Issuer's product candidate in the United States.", MX, stated([("2018-09-10", 3000)]), "2018-09-10", N)

N = 10000
add("Represents 10,000 LTIP Units, 40% of which are time-based and vest ratably on each of the first three "
    "anniversaries of the grant date, and 60% of which are subject to performance-based vesting based on the "
    "Issuer's absolute and relative total shareholder return over a three-year performance period.",
    MX, equal(4000, "2024-01-02", 3, 12, 12), "2024-01-02", N)

N = 5000
add("Fully vested shares of common stock granted as a one-time award in recognition of the successful completion of "
    "the Issuer's initial public offering.", IM, stated([("2021-05-01", N)]), "2021-05-01", N)

N = 10001
add("50% of the restricted stock units vest on December 1, 2026, and the remaining 50% vest upon the approval by the "
    "U.S. Food and Drug Administration of the Issuer's New Drug Application for its lead product candidate, provided "
    "such approval occurs before December 1, 2028.", MX, stated([("2026-12-01", 5000)]), "2025-12-01", N)

# ---- not vesting, performance, refused (r067-r080) ----
add("The shares were sold in multiple transactions at prices ranging from $45.10 to $45.87, inclusive, pursuant to a "
    "Rule 10b5-1 trading plan adopted by the Reporting Person on November 14, 2024. The price reported above reflects "
    "the weighted average sale price.", NV, gd="2025-02-03", N=6000)
add("Shares withheld by the Company upon the March 15, 2025 vesting of restricted stock units to cover the Reporting "
    "Person's tax liability; no shares were sold in the open market.", NV, gd="2025-03-15", N=1412)
add("Shares acquired under the Issuer's 2018 Employee Stock Purchase Plan for the offering period ended May 31, 2023.",
    NV, gd="2023-05-31", N=322)
add("Pursuant to the Agreement and Plan of Merger dated June 2, 2025, each outstanding share of the Issuer's common "
    "stock was converted at the effective time of the merger on September 30, 2025 into the right to receive $52.00 "
    "in cash.", NV, gd="2025-09-30", N=18000)
add("On December 20, 2024, the Reporting Person transferred these shares without consideration to a donor-advised "
    "fund as a charitable gift.",
    NV, gd="2024-12-20", N=2500)
add("Each share of Class B common stock is convertible at any time at the option of the holder into one share of "
    "Class A common stock and has no expiration date.", NV, gd="2021-06-10", N=1000000)
add("The performance share units will vest, if at all, on the third anniversary of the grant date based on the "
    "Issuer's relative total shareholder return compared to the companies in the S&P 500 Index over the three-year "
    "performance period ending December 31, 2027; between 0% and 200% of the target number of units may be earned.",
    PF, gd="2025-02-27", N=14000)
add("The restricted stock units vest upon the Issuer's common stock achieving a closing price of at least $20.00 per "
    "share for 20 trading days within any 30-trading-day period prior to the fifth anniversary of the grant date.",
    PF, gd="2022-01-18", N=50000)
add("The RSUs vest in equal annual installments over four years beginning on the first anniversary of the Vesting "
    "Commencement Date, as set forth in the award agreement.", UN, gd="2022-05-01", N=4000)
add("The option vests in equal monthly installments on the first business day of each month following the date of "
    "grant.", UN, gd="2020-02-03", N=12000, exp="2030-02-02")
add("25% of the restricted stock units vest on the first anniversary of the grant date, and the remainder vest in 24 "
    "equal quarterly installments thereafter, so that the award is fully vested on the fourth anniversary of the "
    "grant date.", UN, gd="2024-06-01", N=8000)
add("The option vests over four years, subject to the Reporting Person's continued service with the Issuer.",
    UN, gd="2019-10-01", N=40000, exp="2029-09-30")
add("The restricted stock units vest in installments on each anniversary of the grant date, as set forth in the "
    "Reporting Person's offer letter.", UN, gd="2023-07-17", N=9000)
add("The PSUs cliff vest on March 1, 2028, subject to the Compensation Committee's certification of the Issuer's "
    "achievement of adjusted EBITDA goals for fiscal 2027.", PF, gd="2025-03-03", N=22000)

if __name__ == "__main__":
    H.finish(HERE, 78, 82)
    H.check_fresh_beside_labelled_and_paraphrases(HERE)
