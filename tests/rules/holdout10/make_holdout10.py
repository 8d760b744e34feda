#!/usr/bin/env python3
"""Regenerates footnotes-holdout10.jsonl (held-out set 10: a schedule beside other kinds, and footnotes with none).

Forty footnotes written for this set in real Form 4 "Explanation of Responses" style, from many kinds of
issuers: a plain schedule among other sentences (option terms, exercise prices, withholding, dividend
equivalents, settlement and deferral, merger assumptions and conversions, accelerations, forfeiture, holding
requirements, award descriptions), dated portions beside contingent ones (`mixed`), PSUs earned at a level with
and without a time-vesting remainder, and footnotes that state no vesting at all (price ranges, indirect
holdings, gifts, 10b5-1 sales, tax withholding, conversions, settlement reports). Two lines must be refused
(a careful reader cannot be sure). The wording follows real filings without copying a line (check_fresh:
difflib < 0.9 against the dev corpus and every other held-out set). Expected results are computed here by
hand from the text, with ../holdout_expect.py's conventions (cumulative round-down over the whole grant, month
steps from the original anchor, day clamped), BEFORE any rule was tuned on them.
"""
import os, sys
from fractions import Fraction as F

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from holdout_expect import D, addm, sched, equal, cliff_then, stated, dates_equal, HeldOut  # noqa: E402,F401

HERE = os.path.dirname(os.path.abspath(__file__))
S = HeldOut("g", "holdout10")
add = lambda *a, **k: S.add(*a, real=False, **k)  # noqa: E731
TB, IM, MX, NV, PF, UN = "time_based", "immediate", "mixed", "not_vesting", "performance", "unrecognized"

# ---------------------------------------------------------------- a schedule among other sentences
add("The option was granted under the Issuer's 2021 Equity Incentive Plan and has a maximum term of ten years. Subject to the Reporting Person's continued service, one-fourth of the shares subject to the option vest on August 12, 2026, and the remaining shares vest in twelve equal quarterly installments thereafter. The exercise price equals the closing price of the common stock on the Nasdaq Global Select Market on the date of grant.",
    TB, cliff_then(24000, "2026-08-12", F(1, 4), 12, 3), gd="2025-08-12", N=24000, exp="2035-08-11", note="plan, term and exercise price around a cliff + quarterly")
add("The restricted stock units vest in four equal annual installments beginning on March 5, 2026. Upon each vesting date, the Issuer will withhold a number of shares sufficient to satisfy the Reporting Person's tax withholding obligations.",
    TB, equal(8000, "2026-03-05", 4, 12, 0), gd="2025-03-05", N=8000, note="withholding sentence beside the schedule")
add("Each RSU represents the right to receive one share of common stock. The RSUs vest in three substantially equal installments on each of the first three anniversaries of November 18, 2024. Dividend equivalents accrue on the RSUs and are paid only if and when the underlying RSUs vest.",
    TB, equal(4500, "2024-11-18", 3, 12, 12), gd="2024-11-20", N=4500, note="dividend equivalents; anchor differs from the grant date")
add("Received in connection with the merger of Halcyon Therapeutics, Inc. into a wholly owned subsidiary of the Issuer in exchange for an option to purchase 40,000 shares of Halcyon common stock. The option, as assumed, vests in 24 equal monthly installments beginning on January 31, 2026.",
    TB, equal(12000, "2026-01-31", 24, 1, 0), gd="2025-12-15", N=12000, note="the 40,000 is the target's option, not this grant; monthly from Jan 31 clamps")
add("The RSUs vest in three equal annual installments on the first three anniversaries of the grant date; vested units are settled in shares of the Issuer's common stock within 60 days after each vesting date.",
    TB, equal(7500, "2025-06-02", 3, 12, 12), gd="2025-06-02", N=7500, note="settlement clause after ';' in the schedule sentence")
add("This option has a term of seven years and vests in four equal annual installments commencing on the first anniversary of the date of grant.",
    TB, equal(2000, "2024-09-16", 4, 12, 12), gd="2024-09-16", N=2000, exp="2031-09-15", note="term clause inside the schedule sentence")
add("The shares of restricted stock vest in equal installments on the last day of each calendar quarter over a two-year period beginning with the quarter ending March 31, 2026. If the Reporting Person's employment is terminated without cause within twelve months following a change in control, all unvested shares will vest in full.",
    TB, stated([(d, 1000) for d in ["2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31", "2027-03-31", "2027-06-30", "2027-09-30", "2027-12-31"]]),
    gd="2026-01-05", N=8000, note="8 calendar-quarter ends; a double-trigger acceleration sentence")
add("Represents restricted stock units granted under the Issuer's Amended and Restated 2018 Omnibus Incentive Plan as part of the Reporting Person's annual long-term incentive award. The units vest 25% per year on each anniversary of the grant date, subject to continued employment.",
    TB, equal(10400, "2025-02-24", 4, 12, 12), gd="2025-02-24", N=10400, note="award description, then 25% per year")
add("The restricted stock units vest in full on May 20, 2028. Any shares received upon settlement, net of shares withheld for taxes, must be held by the Reporting Person for one year following the vesting date.",
    TB, [{"date": "2028-05-20", "shares": 3300}], gd="2025-05-20", N=3300, note="holding requirement after the vesting date")
add("The option was granted with an exercise price of $9.87, the closing price on the date of grant, and becomes exercisable as to 1/3 of the shares on each of December 1, 2026, December 1, 2027 and December 1, 2028.",
    TB, dates_equal(6000, ["2026-12-01", "2027-12-01", "2028-12-01"]), gd="2025-12-01", N=6000, exp="2035-11-30", note="exercise price inside the schedule sentence")
add("The option vests over four years: 25% of the shares vest on the first anniversary of February 3, 2025 (the \"Vesting Commencement Date\") and 1/48th of the shares vest monthly thereafter, subject to full acceleration in the event of the Reporting Person's death or disability.",
    TB, cliff_then(4800, "2026-02-03", F(1, 4), 36, 1), gd="2025-02-20", N=4800, note="span preamble with a colon; acceleration proviso in the same sentence")
add("The RSUs will vest in two equal installments on June 30, 2026 and June 30, 2027. Unvested units are forfeited upon the Reporting Person's termination of employment for any reason other than death or disability.",
    TB, dates_equal(5000, ["2026-06-30", "2027-06-30"]), gd="2025-06-30", N=5000, note="forfeiture sentence")
add("Pursuant to the Merger Agreement, each unvested Target restricted stock unit held by the Reporting Person was assumed by the Issuer and converted into 0.8 Issuer restricted stock units. The converted units continue to vest on the same schedule, with 1,600 units vesting on each of September 15, 2026 and September 15, 2027.",
    TB, stated([("2026-09-15", 1600), ("2027-09-15", 1600)]), gd="2025-09-15", N=3200, note="merger conversion sentence, then stated amounts")
add("Each performance-adjusted RSU represents a contingent right to receive one share of common stock. Following certification of performance at 96% of target, the units will vest in full on March 31, 2027.",
    TB, [{"date": "2027-03-31", "shares": 4800}], gd="2026-03-10", N=4800, note="performance already certified; the rest is a dated cliff")

add("The restricted stock units vest in five equal annual installments beginning one year after the grant date. The Reporting Person has elected to defer settlement of the vested units until January 15 of the year following his separation from service.",
    TB, equal(5000, "2024-12-02", 5, 12, 12), gd="2024-12-02", N=5000, note="a deferral election with a day of its own")

# ---------------------------------------------------------------- PSUs earned at a level
add("Represents performance stock units earned for the performance period ended December 31, 2025, as certified by the Compensation Committee on February 12, 2026. One-half of the earned units vested upon certification, and the remaining one-half will vest on February 12, 2027, subject to continued employment.",
    TB, sched(6431, [(D("2026-02-12"), F(1, 2)), (D("2027-02-12"), F(1))]), gd="2026-02-12", N=6431, note="earned PSUs with a time-vesting remainder; the certification date is stated")
add("The reported units are performance-based RSUs granted on April 1, 2024 that were earned at 112% of target upon certification of fiscal 2024 performance on March 6, 2025. The earned units vest in three equal annual installments beginning on April 1, 2025.",
    TB, dates_equal(3360, ["2025-04-01", "2026-04-01", "2027-04-01"]), gd="2025-03-06", N=3360, note="earned at a level, then time vesting from a stated date")
add("Represents shares of common stock issued upon the settlement of performance share units granted on March 1, 2023, which were earned at 137% of target based on the Issuer's three-year total shareholder return, as certified by the Compensation Committee on February 18, 2026.",
    NV, gd="2026-02-20", N=13700, note="a settlement report: nothing left to vest")
add("The performance share units will be earned, if at all, between 0% and 200% of target based on the Issuer's adjusted earnings per share for fiscal year 2026, and any earned units will vest on the third anniversary of the grant date, subject to continued employment.",
    PF, gd="2026-03-02", N=9000, note="a date, but the amount is contingent")
add("The restricted stock units will vest only if the closing price of the Issuer's common stock equals or exceeds $40.00 for 30 consecutive trading days before March 31, 2029.",
    PF, gd="2025-04-01", N=60000, note="market condition with a deadline")

# ---------------------------------------------------------------- dated portions beside contingent ones
add("Of the 30,000 restricted stock units reported, 18,000 are time-vesting units that vest in three equal annual installments beginning on February 27, 2026, and 12,000 are performance share units that will be earned, if at all, based on the Issuer's relative total shareholder return over the three-year period ending December 31, 2027.",
    MX, dates_equal(18000, ["2026-02-27", "2027-02-27", "2028-02-27"]), gd="2025-02-27", N=30000, note="time portion 18,000")
add("One-third of the shares subject to this option vested on the date of grant, and the remaining two-thirds will vest upon the FDA's approval of the Issuer's new drug application for ZL-201, subject to continued service through such approval.",
    MX, [{"date": "2025-04-10", "shares": 3000}], gd="2025-04-10", N=9000, note="dated portion at grant, the rest on a regulatory event")
add("40% of the award is subject to time-based vesting and vests ratably on each of the first four anniversaries of the grant date; the remaining 60% is subject to performance-based vesting based on cumulative free cash flow for fiscal years 2025 through 2027.",
    MX, dates_equal(8000, ["2026-03-14", "2027-03-14", "2028-03-14", "2029-03-14"]), gd="2025-03-14", N=20000, note="time portion 8,000")
add("Of the units reported, 2,500 vested on the grant date and 7,500 will vest upon the consummation of a Change in Control, provided the Reporting Person remains in service through that date.",
    MX, [{"date": "2025-10-20", "shares": 2500}], gd="2025-10-20", N=10000, note="stated amounts; the contingent one is an event")

# ---------------------------------------------------------------- fully vested at grant
add("The shares were granted under the Issuer's Non-Employee Director Compensation Policy as payment of the annual board retainer and were fully vested upon issuance.",
    IM, [{"date": "2025-05-22", "shares": 1873}], gd="2025-05-22", N=1873)
add("These restricted stock units were vested in full when granted; pursuant to the Reporting Person's deferral election, the underlying shares will be delivered upon the Reporting Person's separation from service.",
    IM, [{"date": "2025-06-11", "shares": 2210}], gd="2025-06-11", N=2210, note="deferred delivery is not vesting")
add("This option vested in its entirety on the grant date and will expire on the earlier of June 30, 2035 or twelve months after the Reporting Person ceases to serve as a director. The exercise price is equal to the closing price on the grant date.",
    IM, [{"date": "2025-07-01", "shares": 40000}], gd="2025-07-01", N=40000, exp="2035-06-30", note="expiration and exercise price beside an immediate option")

# ---------------------------------------------------------------- no vesting at all
add("Represents the weighted average sale price; the shares were sold in several open-market trades at prices between $7.31 and $7.64 per share. Full information regarding the number of shares sold at each separate price will be provided upon request by the SEC staff, the Issuer or a security holder of the Issuer.",
    NV, gd="2025-08-04", N=15000)
add("The shares were sold pursuant to a Rule 10b5-1 trading plan adopted by the Reporting Person on September 3, 2024 to cover taxes due upon the vesting of restricted stock units granted on March 1, 2022.",
    NV, gd="2025-03-03", N=1455, note="10b5-1 sale; the grant date named is another award's")
add("Effected pursuant to a Rule 10b5-1 trading plan entered into on December 12, 2024, which provides for the automatic sale of a portion of the shares that vest under the Reporting Person's equity awards.",
    NV, gd="2025-06-16", N=2400)
add("Represents shares of common stock surrendered to the Issuer to cover the Reporting Person's tax liability arising from the vesting on May 15, 2025 of a portion of a restricted stock unit award granted on May 15, 2023. This surrender does not represent a sale by the Reporting Person.",
    NV, gd="2025-05-15", N=812)
add("These securities are owned directly by the Harlan 2019 Irrevocable Trust, of which the Reporting Person's spouse serves as sole trustee. The Reporting Person disclaims beneficial ownership except to the extent of any pecuniary interest therein.",
    NV, N=250000)
add("On November 26, 2025, the Reporting Person made a charitable gift of these shares to a donor-advised fund for no consideration.",
    NV, gd="2025-11-26", N=3000)
add("Each share of Series B Convertible Preferred Stock automatically converted into 1.25 shares of common stock upon the closing of the Issuer's initial public offering on October 9, 2025, and has no expiration date.",
    NV, gd="2025-10-09", N=500000)
add("At the effective time of the merger on July 1, 2025, each outstanding share of Parkway Bancorp common stock was converted into the right to receive 0.4375 shares of the Issuer's common stock, with cash paid in lieu of fractional shares.",
    NV, gd="2025-07-01", N=21875)
add("The exercise price of this option is equal to 110% of the fair market value of the Issuer's common stock on the grant date, as required for incentive stock options granted to a holder of more than 10% of the Issuer's voting power.",
    NV, gd="2025-02-03", N=10000, exp="2030-02-02", note="explains a price, states no vesting")
add("Represents the vesting and settlement on January 15, 2026 of the second of four annual installments of restricted stock units granted on January 15, 2024.",
    NV, gd="2026-01-15", N=2500, note="reports one installment settling; the row is not the whole award")
add("Represents dividend equivalent units credited on December 15, 2025 on previously granted restricted stock units, which vest and settle together with the underlying units.",
    NV, gd="2025-12-15", N=37)

# ---------------------------------------------------------------- a careful reader cannot be sure: refuse
add("The option vests in 48 equal monthly installments beginning on the one-month anniversary of the grant date, such that it will be fully vested on the third anniversary of the grant date.",
    UN, gd="2025-01-15", N=4800, note="48 months disagree with a three-year end: must be refused")
add("The RSUs vest in accordance with the vesting schedule set forth in the Reporting Person's employment agreement dated April 4, 2025.",
    UN, gd="2025-04-10", N=20000, note="the schedule is elsewhere: the agreement's date is not a vesting date")

S.finish(HERE, 40, 40)
