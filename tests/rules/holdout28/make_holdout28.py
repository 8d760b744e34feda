#!/usr/bin/env python3
"""Writes footnotes-holdout28.jsonl: 80 reviewer-style footnotes and their expectations (helper gen32).

Written blind: before reading rules/ or tests/rules/ (only holdout_expect.py and make_holdout27.py for the
format). Every expectation comes from holdout_expect.py's own date arithmetic (months added to the ORIGINAL
anchor with the day clamped to the month's end, yearly calendar day rules) and cumulative round-down over the
whole grant (the last tranche takes the rest). Nothing here calls vest.
"""
import datetime as dt
import os
import sys
from fractions import Fraction as F

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdout_expect import (D, HeldOut, MONTH_ENDS, QUARTER_ENDS, TB, IM, MX, NV, PF, UN,  # noqa: E402
                            addm, cliff_then, cumulative, dates_equal, equal, iso, rule_days, sched, stated)

h = HeldOut("H28-", "holdout28")
W = "written for holdout28 (reconstructed, not a copy of a filing): "


def yrs(anchor, ks):
    """anchor + k years for each k, as ISO strings (day clamped, Feb 29 -> Feb 28)."""
    return [addm(D(anchor), 12 * k).isoformat() for k in ks]


def mixed(text, gd, N, tr, contingent, src, exp=None):
    h.add(text, MX, tr, gd=gd, N=N, exp=exp, src=W + src)
    h.rows[-1]["expect"]["contingent_fraction"] = contingent


def t(text, gd, N, tr, src, exp=None, ex_imm=False):
    h.add(text, TB, tr, gd=gd, N=N, exp=exp, src=W + src, ex_imm=ex_imm)


# ------------------------------------------------------------------ time-based (55)
t("Twenty-five percent (25%) of the shares subject to the option vested on the first anniversary of July 14, 2019 "
  "(the \"Commencement Date\"), and the balance vests in equal monthly installments over the following thirty-six "
  "months, subject to the Reporting Person providing continuous service through each vesting date. The option is "
  "subject to acceleration of vesting in full upon a qualifying termination within twelve months following a Change "
  "in Control.",
  "2019-08-02", 48000, cliff_then(48000, "2020-07-14", F(1, 4), 36, 1),
  "software option; defined commencement date, monthly balance over a span, double-trigger clause", exp="2029-08-01")
t("The RSUs vest in equal quarterly installments on each February 20, May 20, August 20 and November 20 over three "
  "years, with the first installment vesting on May 20, 2022.",
  "2022-03-01", 6000, equal(6000, "2022-05-20", 12, 3, 0),
  "RSU; named month-days, span gives the count, first date stated")
t("The shares of restricted stock vest in four equal annual installments on the anniversary of the grant date; "
  "provided that any unvested shares will vest in full upon the Reporting Person's death or disability. Dividends "
  "paid on unvested shares are held by the Company and released upon vesting.",
  "2011-05-03", 2000, dates_equal(2000, yrs("2011-05-03", range(1, 5))),
  "bank restricted stock; proviso and held dividends")
t("Represents shares of common stock underlying performance-based restricted stock units that were earned based on "
  "achievement of adjusted EBITDA goals for fiscal 2023, as determined by the Compensation Committee on February 27, "
  "2024. One half of the earned units vested on the date of such determination and the remaining half will vest on "
  "February 27, 2025, subject to continued employment.",
  "2024-02-27", 5000, stated([("2024-02-27", 2500), ("2025-02-27", 2500)]),
  "earned PSU; determination dated, half at once and half a year later")
t("The option vests in 48 equal monthly installments on the last day of each calendar month, beginning with the month "
  "following the month of grant.",
  "2016-10-17", 24000, dates_equal(24000, iso(rule_days(MONTH_ENDS, "2016-10-31", 48))),
  "option; month ends beginning the month after the grant month", exp="2026-10-16")
t("One-third of the restricted stock units vest on each of December 10, 2021, December 10, 2022 and December 10, "
  "2023. Vested units will be settled within 60 days following the applicable vesting date, except that settlement "
  "will be deferred until the Reporting Person's separation from service if the Reporting Person has so elected "
  "under the Deferred Compensation Plan.",
  "2020-12-10", 9000, dates_equal(9000, ["2021-12-10", "2022-12-10", "2023-12-10"]),
  "RSU; listed dates, settlement window and a deferral election")
t("The option shall vest as to 1/4 of the underlying shares on the one-year anniversary of the Vesting Commencement "
  "Date and as to 1/16 of the underlying shares at the end of each three-month period thereafter. The Vesting "
  "Commencement Date is April 22, 2017.",
  "2017-05-10", 16000, cliff_then(16000, "2018-04-22", F(1, 4), 12, 3),
  "option; VCD dated in a later sentence, quarterly periods after the cliff", exp="2027-05-09")
t("The restricted stock units vest 33% on the first anniversary, 33% on the second anniversary and 34% on the third "
  "anniversary of the grant date.",
  "2018-09-04", 10000, cumulative(10000, list(zip(yrs("2018-09-04", (1, 2, 3)), [F(33, 100), F(33, 100), F(34, 100)]))),
  "RSU; unequal annual percentages, anchor named once at the end")
t("The RSUs vest in eight equal semi-annual installments beginning six months after August 15, 2020, the vesting "
  "commencement date.",
  "2020-09-01", 8000, equal(8000, "2020-08-15", 8, 6, 6),
  "RSU; semi-annual from an appositive VCD")
t("The option was granted with 10,000 shares vested and exercisable on the grant date; the remaining 30,000 shares "
  "vest in three equal installments on the first three anniversaries of the grant date.",
  "2015-01-12", 40000, stated([("2015-01-12", 10000)] + [(d, 10000) for d in yrs("2015-01-12", (1, 2, 3))]),
  "option; counted portion vested at grant, counted remainder annual", exp="2025-01-11")
t("The restricted shares are subject to a three-year cliff vesting schedule and will vest in full on March 31, 2027, "
  "provided the Reporting Person remains employed through such date. Any unvested shares will be forfeited upon "
  "termination of employment for any reason other than death or disability.",
  "2024-03-31", 3600, stated([("2027-03-31", 3600)]),
  "restricted stock; cliff word and its date, forfeiture sentence")
t("The option vests with respect to 1/8th of the shares on the six-month anniversary of the grant date and with "
  "respect to 1/48th of the shares each month thereafter.",
  "2013-06-28", 4800, cliff_then(4800, "2013-12-28", F(1, 8), 42, 1, F(7, 8)),
  "option; six-month cliff then 1/48 monthly until done", exp="2023-06-27")
t("The RSUs vest in twelve quarterly installments on the 15th day of March, June, September and December, beginning "
  "June 15, 2023.",
  "2023-04-05", 12000, dates_equal(12000, iso(rule_days([(3, 15), (6, 15), (9, 15), (12, 15)], "2023-06-15", 12, True))),
  "RSU; day of named months, first date stated")
t("The restricted stock units vest as follows: 2,500 shares on January 2, 2020; 2,500 shares on January 2, 2021; and "
  "the remaining 5,000 shares on January 2, 2022.",
  "2019-01-02", 10000, stated([("2020-01-02", 2500), ("2021-01-02", 2500), ("2022-01-02", 5000)]),
  "RSU; counts by date, remainder named")
t("Of these restricted stock units, 4,000 vest on June 30, 2024 and 8,000 vest in two equal installments on June 30, "
  "2025 and June 30, 2026.",
  "2023-06-30", 12000, stated([("2024-06-30", 4000), ("2025-06-30", 4000), ("2026-06-30", 4000)]),
  "RSU; two counted lots, one split in equal parts")
t("The deferred stock units vest in full on the third anniversary of the grant date and will be settled in shares of "
  "common stock upon the director's separation from service.",
  "2017-06-07", 1200, stated([("2020-06-07", 1200)]),
  "director DSU; cliff and settlement at separation")
t("Subject to the Reporting Person's continued employment, 20% of the RSUs will vest on November 1, 2022 and the "
  "remaining 80% will vest in sixteen equal quarterly installments thereafter.",
  "2021-11-15", 20000, cliff_then(20000, "2022-11-01", F(1, 5), 16, 3),
  "RSU; leading proviso, dated lump then quarterly")
t("The restricted stock vests in three equal installments on December 31 of each of the first three calendar years "
  "following the year of grant.",
  "2014-02-18", 3000, dates_equal(3000, ["2015-12-31", "2016-12-31", "2017-12-31"]),
  "restricted stock; year-end of calendar years after the grant year")
t("The option vests in four equal annual installments on each anniversary of January 1, 2022, such that the option "
  "will be fully vested on January 1, 2026.",
  "2022-02-14", 8000, dates_equal(8000, yrs("2022-01-01", range(1, 5))),
  "option; anniversaries of a stated date, consistent end", exp="2032-02-13")
t("Fifty percent of the restricted stock units vested immediately upon grant and the remaining fifty percent will "
  "vest on the first anniversary of the grant date.",
  "2020-05-27", 2200, stated([("2020-05-27", 1100), ("2021-05-27", 1100)]),
  "RSU; half at grant, half a year later")
t("The shares underlying this option vest in twenty-four equal monthly installments commencing on the one-month "
  "anniversary of September 30, 2021 (the vesting start date).",
  "2021-10-04", 24000, equal(24000, "2021-09-30", 24, 1, 1),
  "option; monthly from a month-end anchor (February clamps, March returns to the 30th)", exp="2031-10-03")
t("This retention award of restricted stock units vests 40% on the second anniversary of the grant date and 60% on the "
  "third anniversary of the grant date, subject to continued employment and to accelerated vesting upon a termination "
  "without cause.",
  "2019-12-16", 5000, stated([("2021-12-16", 2000), ("2022-12-16", 3000)]),
  "retention RSU; back-loaded two-step with acceleration")
t("The option vests in three equal annual installments commencing on March 1, 2011; vesting accelerates upon a change "
  "in control. The option has a term of ten years.",
  "2010-03-01", 6000, dates_equal(6000, ["2011-03-01", "2012-03-01", "2013-03-01"]),
  "option; annual from a dated start, acceleration and term sentences", exp="2020-03-01")
t("The restricted stock units will vest in equal yearly tranches over four years from the grant date.",
  "2016-08-24", 4000, dates_equal(4000, yrs("2016-08-24", range(1, 5))),
  "RSU; yearly tranches over a span")
t("Twelve and one-half percent (12.5%) of the shares vest on the date that is six months after the Vesting "
  "Commencement Date of February 1, 2021, and the remaining shares vest in 42 equal monthly installments on the first "
  "day of each month thereafter.",
  "2021-02-10", 8400, cliff_then(8400, "2021-08-01", F(1, 8), 42, 1),
  "option; 'date that is six months after' a dated VCD, then first-of-month", exp="2031-02-09")
t("These shares of restricted stock vest ratably on each of the first four anniversaries of the award date of May 2, "
  "2008.",
  "2008-05-02", 1000, dates_equal(1000, yrs("2008-05-02", range(1, 5))),
  "restricted stock, 2008; 'award date of <date>'")
t("The option becomes exercisable in full on the fourth anniversary of the date of grant and expires seven years from "
  "the date of grant.",
  "2009-11-05", 15000, stated([("2013-11-05", 15000)]),
  "option; cliff and a seven-year term", exp="2016-11-05")
t("The RSUs vest in two installments: 60% on the date that is eighteen months following the grant date and 40% on "
  "the date that is thirty months following the grant date.",
  "2022-08-31", 5000, cumulative(5000, [(addm(D("2022-08-31"), 18).isoformat(), F(3, 5)),
                                        (addm(D("2022-08-31"), 30).isoformat(), F(2, 5))]),
  "RSU; month offsets from a month-end grant (clamped to Feb 29 and Feb 28)")
t("The restricted stock units vest in equal quarterly installments over four years, with the first installment "
  "vesting on the first Quarterly Vesting Date following the grant date. \"Quarterly Vesting Date\" means January 5, "
  "April 5, July 5 or October 5.",
  "2023-08-21", 16000, dates_equal(16000, iso(rule_days([(1, 5), (4, 5), (7, 5), (10, 5)], "2023-08-21", 16))),
  "RSU; defined quarterly dates after use, first one after the grant")
t("The units vest in six equal semi-annual installments on June 30 and December 31 of each year, beginning December "
  "31, 2018.",
  "2018-07-16", 6000, dates_equal(6000, iso(rule_days([(6, 30), (12, 31)], "2018-12-31", 6, True))),
  "units; two named month-ends a year")
t("1/3 of the option vests on the first anniversary of the date of grant and the remainder vests in eight equal "
  "quarterly installments thereafter.",
  "2012-04-09", 9000, cliff_then(9000, "2013-04-09", F(1, 3), 8, 3),
  "option; third at one year, quarterly remainder", exp="2022-04-08")
t("The restricted stock units vest in annual installments of 2,000 units each, beginning on the first anniversary of "
  "the grant date, until fully vested.",
  "2017-10-02", 10000, dates_equal(10000, yrs("2017-10-02", range(1, 6))),
  "RSU; count per installment, number of installments implied")
t("The option vests at the rate of 1/36th of the total shares per month, measured from December 4, 2017, so long as "
  "the optionee remains a service provider.",
  "2017-12-20", 36000, equal(36000, "2017-12-04", 36, 1, 1),
  "option; fraction per month measured from a date", exp="2027-12-19")
t("The restricted stock units vest in four equal installments on February 15 of each year, beginning in 2025.",
  "2024-11-12", 4000, dates_equal(4000, ["2025-02-15", "2026-02-15", "2027-02-15", "2028-02-15"]),
  "RSU; named day each year from a named year")
t("The restricted shares vest in equal installments on the last day of each calendar quarter from September 30, 2020 "
  "through June 30, 2022, inclusive.",
  "2020-08-01", 8000, dates_equal(8000, iso(rule_days(QUARTER_ENDS, "2020-09-30", 8, True))),
  "restricted stock; quarter ends between two stated dates, count implied")
t("The restricted stock will cliff vest on the fifth anniversary of the Reporting Person's date of hire, March 2, "
  "2015.",
  "2015-03-20", 7000, stated([("2020-03-02", 7000)]),
  "restricted stock; anniversary of a hire date stated in apposition")
t("The option vests as to 25% of the shares 365 days after the grant date and as to the remaining 75% in twelve equal "
  "quarterly installments thereafter.",
  "2019-01-15", 12000, cliff_then(12000, (D("2019-01-15") + dt.timedelta(days=365)).isoformat(), F(1, 4), 12, 3),
  "option; a day-count cliff (non-leap year) then quarterly", exp="2029-01-14")
t("These restricted stock units were granted in connection with the closing of the Issuer's acquisition of Brightline "
  "Analytics, Inc. on October 1, 2021 (the \"Closing Date\") and vest in three equal installments on each of the "
  "first three anniversaries of the Closing Date.",
  "2021-10-01", 15000, dates_equal(15000, yrs("2021-10-01", (1, 2, 3))),
  "acquisition RSU; defined Closing Date")
t("The restricted stock units vest in installments of 25% on each of the dates that are 12, 24, 36 and 48 months after "
  "the grant date.",
  "2021-01-31", 4000, dates_equal(4000, [addm(D("2021-01-31"), k).isoformat() for k in (12, 24, 36, 48)]),
  "RSU; a list of month offsets")
t("Beginning on February 10, 2024 and continuing on the tenth day of each calendar month thereafter, the RSUs vest in "
  "24 substantially equal monthly installments, subject to the holder remaining in service on each such date.",
  "2024-01-22", 4800, equal(4800, "2024-02-10", 24, 1, 0),
  "RSU; day of each month from a stated first date")
t("The RSUs vest in equal semi-annual installments on each May 1 and November 1, commencing November 1, 2019 and "
  "ending May 1, 2022.",
  "2019-06-03", 6000, dates_equal(6000, iso(rule_days([(5, 1), (11, 1)], "2019-11-01", 6, True))),
  "RSU; two named days a year between stated start and end")
t("Represents the number of performance share units earned for the 2021-2023 performance cycle, as certified by the "
  "Compensation Committee on January 30, 2024. The earned units will vest and settle on March 1, 2024.",
  "2024-01-30", 3210, stated([("2024-03-01", 3210)]),
  "earned PSU; certified, one later vesting date")
t("Subject to continued service, one-third of the restricted stock units (rounded down to the nearest whole unit, "
  "with the final installment covering the balance) vest on each of June 1, 2023, June 1, 2024 and June 1, 2025.",
  "2022-06-01", 1000, sched(1000, [(D(d), F(i + 1, 3)) for i, d in enumerate(["2023-06-01", "2024-06-01", "2025-06-01"])]),
  "RSU; thirds of a count not divisible by three (cumulative round-down)")
t("The RSU award vests as to 6.25% of the units on each three-month anniversary of the vesting commencement date, "
  "which was March 15, 2022, until fully vested.",
  "2022-04-01", 8000, equal(8000, "2022-03-15", 16, 3, 3),
  "RSU; percent per three-month anniversary, VCD in a relative clause")
t("The option has a one-year cliff, after which 25% of the shares vest, with the remainder vesting monthly over the "
  "following three years. The vesting commencement date is November 29, 2020.",
  "2020-12-11", 4800, cliff_then(4800, "2021-11-29", F(1, 4), 36, 1),
  "option; 'one-year cliff' phrasing, VCD in a later sentence", exp="2030-12-10")
t("One-third of the shares of restricted stock vested on the grant date, and one-third will vest on each of the first "
  "and second anniversaries of the grant date.",
  "2016-03-15", 3000, dates_equal(3000, yrs("2016-03-15", (0, 1, 2))),
  "restricted stock; third at grant then two anniversaries")
t("The RSUs vest 25% on each of the first four anniversaries of March 1, 2019; provided that if the Reporting Person's "
  "employment terminates due to Retirement (as defined in the Plan), the RSUs will continue to vest on the original "
  "schedule.",
  "2019-03-05", 2000, dates_equal(2000, yrs("2019-03-01", range(1, 5))),
  "RSU; anniversaries of a stated date, retirement proviso")
t("The restricted shares vest in eight equal quarterly installments on March 1, June 1, September 1 and December 1, "
  "commencing September 1, 2009.",
  "2009-07-21", 4000, dates_equal(4000, iso(rule_days([(3, 1), (6, 1), (9, 1), (12, 1)], "2009-09-01", 8, True))),
  "bank restricted stock, 2009; named quarter days")
t("The phantom units vest in four equal annual installments beginning on the first anniversary of January 15, 2014, "
  "with distribution equivalent rights paid in cash currently.",
  "2014-01-29", 2000, dates_equal(2000, yrs("2014-01-15", range(1, 5))),
  "MLP phantom units; DERs paid currently")
t("This option is exercisable as follows: 2,000 shares on June 1, 2006, 2,000 shares on June 1, 2007, and 2,000 shares "
  "on June 1, 2008.",
  "2005-06-01", 6000, stated([("2006-06-01", 2000), ("2007-06-01", 2000), ("2008-06-01", 2000)]),
  "option, 2005; exercisable-as-follows list", exp="2015-06-01")
t("The restricted stock vests in five equal annual installments, the first of which vested on the date of grant.",
  "2013-09-09", 5000, dates_equal(5000, yrs("2013-09-09", range(0, 5))),
  "restricted stock; first of five at grant")
t("Pursuant to the terms of the Reporting Person's employment agreement, the stock option vests in equal annual "
  "installments on the first five anniversaries of the Effective Date (as defined therein), which was October 17, "
  "2022, subject to acceleration upon a termination without Cause or for Good Reason.",
  "2022-11-03", 50000, dates_equal(50000, yrs("2022-10-17", range(1, 6))),
  "option; defined Effective Date with its date, acceleration", exp="2032-11-02")
t("The RSUs vest over approximately three years: 1/12 of the RSUs vest on each of February 28, May 31, August 31 and "
  "November 30 of each year, beginning May 31, 2024, subject to the Reporting Person's continued service.",
  "2024-03-12", 12000, dates_equal(12000, iso(rule_days([(2, 28), (5, 31), (8, 31), (11, 30)], "2024-05-31", 12, True))),
  "RSU; 'approximately' span, named quarter-ish month ends (Feb 28 as written, 2028 a leap year)")
t("The LTIP Units will vest in three equal installments on the first three anniversaries of the grant date, and, if "
  "not previously vested, will vest in full upon a Change of Control. Vested LTIP Units are convertible into Class A "
  "common units of the Operating Partnership.",
  "2020-02-03", 4500, dates_equal(4500, yrs("2020-02-03", (1, 2, 3))),
  "REIT LTIP; anniversaries, CoC acceleration, conversion right")
t("The shares vest in sixty equal monthly installments commencing on the last day of the month in which the grant "
  "occurred.",
  "2015-04-07", 6000, dates_equal(6000, iso(rule_days(MONTH_ENDS, "2015-04-30", 60, True))),
  "restricted stock; month ends from the grant month's end")

# ------------------------------------------------------------------ immediate (2)
h.add("The shares of common stock were issued to the Reporting Person in lieu of 50% of his cash bonus for fiscal 2022 "
      "and were fully vested when issued.",
      IM, stated([("2023-02-10", 812)]), gd="2023-02-10", N=812, src=W + "bonus shares in lieu of cash, vested")
h.add("The restricted stock units granted to the non-employee director were fully vested on the date of grant and will "
      "be settled in shares of common stock on the earlier of the director's separation from service or a change in "
      "control.",
      IM, stated([("2021-06-15", 1500)]), gd="2021-06-15", N=1500, src=W + "director RSU vested at grant, deferred settlement")

# ------------------------------------------------------------------ performance (2)
h.add("The PSUs will be earned between 0% and 150% of target based on the Issuer's cumulative earnings per share for "
      "fiscal years 2024 through 2026, and earned PSUs will vest upon certification of performance by the Compensation "
      "Committee following the end of the performance period, subject to continued employment through the end of the "
      "performance period.",
      PF, gd="2024-03-01", N=6000, src=W + "EPS PSU, certification after the period")
h.rows[-1]["expect"]["contingent_fraction"] = "1"
h.add("The option becomes exercisable only if the closing price of the Issuer's common stock equals or exceeds $25.00 "
      "for twenty consecutive trading days on or before the fifth anniversary of the grant date.",
      PF, gd="2019-10-10", N=100000, exp="2029-10-09", src=W + "stock-price hurdle option")
h.rows[-1]["expect"]["contingent_fraction"] = "1"

# ------------------------------------------------------------------ mixed (3)
mixed("Fifty percent of the RSUs vest in three equal annual installments on the first three anniversaries of the grant "
      "date, and the remaining fifty percent vest upon achievement of the performance goals established by the "
      "Compensation Committee for the 2025 fiscal year.",
      "2025-03-03", 6000, stated([(d, 1000) for d in yrs("2025-03-03", (1, 2, 3))]), "1/2",
      "RSU; time half annual, performance half")
mixed("The option vests as to 40,000 shares in four equal annual installments beginning on the first anniversary of the "
      "grant date and as to the remaining 20,000 shares upon the Issuer's receipt of FDA approval of its Biologics "
      "License Application.",
      "2020-09-14", 60000, stated([(d, 10000) for d in yrs("2020-09-14", range(1, 5))]), "1/3",
      "biotech option; counted time part, milestone remainder", exp="2030-09-13")
mixed("One-half of the restricted shares vested on the grant date, and the other half will vest on the date on which "
      "the Issuer's common stock first trades at or above $40.00 per share for 30 consecutive trading days.",
      "2018-01-08", 4000, stated([("2018-01-08", 2000)]), "1/2",
      "restricted stock; half at grant, half on a price hurdle")

# ------------------------------------------------------------------ not vesting (15)
for text, N, src in [
    ("Weighted average sale price. The shares were sold in a series of trades executed between $45.12 and $45.89 per "
     "share. Full information on the number of shares sold at each price will be furnished upon request to the SEC "
     "staff, the Issuer or any holder of its securities.", 3400, "weighted-average sale price"),
    ("The transactions reported on this Form 4 were effected pursuant to a Rule 10b5-1 sales plan entered into by the "
     "Reporting Person on March 11, 2025 and scheduled to terminate on March 31, 2026.", 1500, "10b5-1 sale with dates"),
    ("Shares withheld by the Issuer to cover the Reporting Person's tax liability upon the vesting of restricted stock "
     "units on January 15, 2024. No shares were sold.", 426, "withholding on a vesting date"),
    ("Represents shares transferred by gift to the Reporting Person's adult children, for which no consideration was "
     "received.", 2000, "gift to family"),
    ("Upon the closing of the Issuer's IPO on May 14, 2021, each outstanding share of Series B Convertible Preferred "
     "Stock converted automatically, without payment of further consideration, into 1.25 shares of Class A common "
     "stock. The preferred stock had no expiration date.", 80000,
     "preferred conversion at IPO"),
    ("On November 3, 2023, the Reporting Person adopted a trading arrangement intended to satisfy the affirmative "
     "defense of Rule 10b5-1(c) for the sale of up to 40,000 shares of common stock through December 31, 2024.", 40000,
     "trading plan adoption"),
    ("The shares are held by the Hollis Family Trust, of which the Reporting Person is a trustee. The Reporting Person "
     "disclaims beneficial ownership of these securities except to the extent of his pecuniary interest therein.",
     12500, "indirect holding, disclaimer"),
    ("Represents shares purchased under the Issuer's 2018 Employee Stock Purchase Plan for the offering period ended "
     "June 30, 2022.", 311, "ESPP purchase"),
    ("The Reporting Person exercised stock options and sold the underlying shares on the same day in a broker-assisted "
     "cashless exercise; the options had been granted on February 2, 2016 and were fully vested.", 7000,
     "cashless exercise and sale of old vested options"),
    ("Represents restricted stock units forfeited upon the Reporting Person's resignation from the Issuer effective "
     "August 31, 2023, which were unvested as of such date.", 2750, "forfeiture on resignation"),
    ("Reflects a 3-for-1 forward stock split of the Issuer's common stock effected in the form of a stock dividend on "
     "June 10, 2024.", 30000, "stock split"),
    ("Shares transferred to the Reporting Person's former spouse pursuant to a domestic relations order in connection "
     "with a divorce settlement, for no consideration.", 9000, "transfer under a domestic relations order"),
    ("Represents shares of common stock issued upon settlement of restricted stock units that vested on February 1, "
     "2025. Each restricted stock unit represented a contingent right to receive one share of common stock.", 1250,
     "settlement of units already vested"),
    ("Disposed of pursuant to the Agreement and Plan of Merger, dated as of April 7, 2022, in exchange for the right to "
     "receive $31.50 in cash per share, without interest, at the effective time of the merger.", 18000,
     "cash-out in a merger"),
    ("Represents shares held in the Reporting Person's account under the Issuer's 401(k) plan, based on the most recent "
     "plan statement.", 640, "401(k) plan holding"),
]:
    h.add(text, NV, N=N, src=W + src)

# ------------------------------------------------------------------ must be refused (3)
h.add("The restricted stock units vest on the earlier of (i) the first anniversary of the date of grant and (ii) the "
      "date of the Issuer's next annual meeting of stockholders, subject to the director's continued service.",
      UN, gd="2023-06-08", N=3000, src=W + "must refuse: the earlier of a date and an undated meeting",
      note="the next annual meeting is not dated")
h.add("The RSUs vest in equal annual installments over three years from the date the Reporting Person commences "
      "employment with the Issuer.",
      UN, gd="2022-01-18", N=9000, src=W + "must refuse: the start of employment is not dated",
      note="anchor never dated")
h.add("Vesting occurs in forty-eight equal monthly portions starting on the one-month anniversary of the grant, and the "
      "option is scheduled to be fully vested three years after the grant date.",
      UN, gd="2021-05-05", N=48000, exp="2031-05-04", src=W + "must refuse: 48 months contradict a three-year end", note="end contradicts the count")

if __name__ == "__main__":
    h.check_fresh_beside_labelled_and_paraphrases(HERE)
    h.finish(HERE, 80, 80)
