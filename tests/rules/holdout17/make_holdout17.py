#!/usr/bin/env python3
"""Regenerates footnotes-holdout17.jsonl (held-out set 17: general Form 4 footnotes across issuers, sectors, eras
and award types, and the family of alternatives, lists and kinds, in NEW wordings).

50 footnotes written for this set in real Form 4 "Explanation of Responses" style (modelled on phrasings of many
issuers, not copied): 30 general footnotes that each combine three or more schedule elements with realistic
surroundings (defined terms, provisos, acceleration, settlement and deferral sentences, dividend equivalents,
retainers); 12 on alternatives, lists and kinds ("the earlier / later of" two computable dates, percentages
"respectively", "33%, 33% and 34%, respectively, beginning on ...", "40% in two equal annual installments",
"except" / "unless" clauses that do not change the schedule, "the same day of each month", dividend equivalents on
another award's schedule, retainer shares, an event anchor whose date is stated); 8 that must not give a schedule.

Conventions (beside ../holdout_expect.py's: stated amounts as stated; otherwise cumulative round-down over the
whole grant, month steps from the ORIGINAL anchor with the day clamped; a calendar rule takes the rule's days from
the day it begins on; the tranches of a `mixed` line are its dated portion only):
- "the earlier / later of" two dates that are both computable from the text is that date;
- "the earlier / later of" a date and an event whose date is not stated (an annual meeting, stockholder approval)
  is refused (`unrecognized`): the date is only an outside (or inside) bound, not the vesting date;
- dividend equivalents that vest "on the same schedule as the underlying units" are `not_vesting` (as m017, p162,
  g038, h208): the footnote reports accrued rights whose schedule is another award's, not stated here;
- shares issued "fully vested" in lieu of a retainer are `immediate` on the grant date.
Written BEFORE any rule was changed for it (first-run figures are in the README and in the commit that added it).
"""
import glob, json, os, sys, difflib
from fractions import Fraction as F

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from holdout_expect import D, addm, sched, equal, stated, dates_equal, rule_days, QUARTER_ENDS, HeldOut, TB, IM, MX, NV, PF, UN, lump_then_steps, iso, cumulative  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
S = HeldOut("u", "holdout17")
add = S.add
W = dict(real=False)


# ---------------------------------------------------------------- general footnotes (u001-u030)
add("Represents restricted stock units granted under the Issuer's 2021 Omnibus Incentive Plan. Each RSU represents a contingent right to receive one share of common stock. The RSUs vest in four equal annual installments beginning on the first anniversary of the grant date, subject to the Reporting Person's continued employment through each vesting date.",
    TB, equal(8000, "2025-02-18", 4, 12, 12), gd="2025-02-18", N=8000, **W)
add("The option vests as to 25% of the underlying shares on March 10, 2026, the first anniversary of the vesting commencement date, and as to the remaining 75% in thirty-six substantially equal monthly installments thereafter, such that the option will be fully vested on March 10, 2029, subject to the optionee's continuous service. The option will fully vest upon a termination without cause within twelve months following a Change in Control.",
    TB, lump_then_steps(48000, "2026-03-10", F(1, 4), "2026-03-10", range(1, 37)), gd="2025-03-14", N=48000, exp="2035-03-13", **W)
add("Represents performance stock units earned based on the Issuer's relative total shareholder return for the performance period ended December 31, 2025, as certified by the Compensation Committee on February 20, 2026. One-half of the earned PSUs vested upon certification and the remaining one-half will vest on February 20, 2027, subject to continued employment.",
    TB, stated([("2026-02-20", 3000), ("2027-02-20", 3000)]), gd="2026-02-20", N=6000, **W)
add("Each restricted stock unit represents the right to receive one share of common stock. The restricted stock units vest in three equal annual installments commencing on March 1, 2026. Dividend equivalents accrue on the restricted stock units and will be paid in cash only if and when the underlying units vest.",
    TB, equal(2400, "2026-03-01", 3, 12, 0), gd="2025-03-01", N=2400, **W)
add("Represents shares of common stock issued to the Reporting Person, a non-employee director, in lieu of $30,000 of the quarterly cash retainer otherwise payable for the quarter ended September 30, 2025, pursuant to the Issuer's Director Compensation Program. The shares were fully vested upon issuance.",
    IM, stated([("2025-10-01", 412)]), gd="2025-10-01", N=412, **W)
add("The RSUs vest in twelve equal quarterly installments on the 15th day of each February, May, August and November, beginning February 15, 2026, provided that the Reporting Person remains an employee of the Company on each such date. Vested RSUs will be settled within 30 days after the applicable vesting date.",
    TB, dates_equal(3600, iso(rule_days([(2, 15), (5, 15), (8, 15), (11, 15)], "2026-02-15", 12, inclusive=True))), gd="2025-12-03", N=3600, **W)
add("Twenty-five percent of the restricted stock units will vest on the first anniversary of the vesting commencement date (June 1, 2025), and the remaining units will vest in equal quarterly installments over the following three years, in each case subject to the Reporting Person's continued service with the Company.",
    TB, lump_then_steps(16000, "2026-06-01", F(1, 4), "2025-06-01", range(15, 49, 3)), gd="2025-06-10", N=16000, **W)
add("1/48th of the shares subject to the option vest and become exercisable on each monthly anniversary of January 15, 2025, subject to the Reporting Person's continuous service on each vesting date. In the event of a Change in Control, the vesting of the option will accelerate in full.",
    TB, equal(9600, "2025-01-15", 48, 1, 1), gd="2025-01-20", N=9600, **W)
add("The restricted shares vest in five equal annual installments commencing one year from the date of grant. Dividends paid on the restricted shares are held by the Company and paid to the holder when the shares vest.",
    TB, equal(5000, "2008-08-12", 5, 12, 12), gd="2008-08-12", N=5000, **W, note="an older era")
add("The options become exercisable at the rate of 20% per year over a five-year period beginning on the first anniversary of the date of grant, and expire ten years from the date of grant.",
    TB, equal(10000, "2012-11-20", 5, 12, 12), gd="2012-11-20", N=10000, **W)
add("Of the 10,000 restricted stock units reported, 6,000 are time-based units that vest in three equal annual installments on the first three anniversaries of the grant date and 4,000 are performance-based units that will be earned, if at all, upon the achievement of revenue goals for fiscal 2027.",
    MX, stated([("2026-04-01", 2000), ("2027-04-01", 2000), ("2028-04-01", 2000)]), gd="2025-04-01", N=10000, **W,
    note="the dated portion only")
add("The RSUs vest in equal installments on the last day of each calendar quarter over a two-year period, with the first installment vesting on March 31, 2026, subject to continued service. Vested units are settled in shares of common stock as soon as practicable following vesting.",
    TB, dates_equal(800, iso(rule_days(QUARTER_ENDS, "2026-03-31", 8, inclusive=True))), gd="2025-12-10", N=800, **W)
add("The restricted stock units vest in three installments as follows: 30% on May 15, 2026, 30% on May 15, 2027 and 40% on May 15, 2028, subject to the Reporting Person's continued service through each such date.",
    TB, stated([("2026-05-15", 1500), ("2027-05-15", 1500), ("2028-05-15", 2000)]), gd="2025-05-15", N=5000, **W)
add("Received in exchange for 12,000 restricted stock units of Target Corp. in connection with the merger of Target Corp. with and into a subsidiary of the Issuer, which was completed on July 1, 2025. The converted RSUs retain their original vesting schedule and vest in two equal installments on December 15, 2025 and December 15, 2026.",
    TB, dates_equal(8400, ["2025-12-15", "2026-12-15"]), gd="2025-07-01", N=8400, **W,
    note="the converted award's remaining schedule is stated")
add("The RSUs vest in six equal semi-annual installments beginning on the six-month anniversary of the grant date, subject to accelerated vesting upon the Reporting Person's death or disability.",
    TB, equal(3000, "2025-09-05", 6, 6, 6), gd="2025-09-05", N=3000, **W)
add("The option vests 40% on the second anniversary of the date of grant and 20% on each of the third, fourth and fifth anniversaries of the date of grant.",
    TB, stated([("2026-10-28", 10000), ("2027-10-28", 5000), ("2028-10-28", 5000), ("2029-10-28", 5000)]), gd="2024-10-28", N=25000, **W)
add("The stock option was fully vested and exercisable on the date of grant, which was the date of the Issuer's 2025 Annual Meeting of Stockholders, and has a term of ten years.",
    IM, stated([("2025-06-12", 7500)]), gd="2025-06-12", N=7500, exp="2035-06-12", **W)
add("The RSUs vest ratably on each of the first four anniversaries of February 27, 2025, the date the Compensation Committee approved the award, subject to the terms of the award agreement.",
    TB, equal(1000, "2025-02-27", 4, 12, 12), gd="2025-03-03", N=1000, **W)
add("The RSUs vested on December 31, 2025. Settlement of the vested units has been deferred, at the Reporting Person's election, until the first business day following the Reporting Person's separation from service.",
    TB, stated([("2025-12-31", 1450)]), gd="2025-01-02", N=1450, **W, note="the deferral is of settlement, not vesting")
add("The restricted stock units cliff vest on the third anniversary of the grant date, subject to the Reporting Person's continued employment, and will be settled in shares of the Issuer's common stock within 60 days after vesting.",
    TB, stated([("2028-03-15", 4200)]), gd="2025-03-15", N=4200, **W)
add("The option becomes exercisable in three equal annual installments beginning February 10, 2017 and expires on February 10, 2026.",
    TB, equal(15000, "2017-02-10", 3, 12, 0), gd="2016-02-10", N=15000, exp="2026-02-10", **W)
add("This award vests in sixteen equal quarterly installments on the first day of each January, April, July and October, commencing January 1, 2026, subject to continued service as an employee or consultant.",
    TB, dates_equal(3200, iso(rule_days([(1, 1), (4, 1), (7, 1), (10, 1)], "2026-01-01", 16, inclusive=True))), gd="2025-11-14", N=3200, **W)
add("The RSUs vest as follows: 1,500 units on April 15, 2026; 1,500 units on April 15, 2027; and 2,000 units on April 15, 2028, subject to the Reporting Person's continued service on each vesting date.",
    TB, stated([("2026-04-15", 1500), ("2027-04-15", 1500), ("2028-04-15", 2000)]), gd="2025-04-15", N=5000, **W)
add("Twenty percent of the award vests annually on each anniversary of the grant date until fully vested.",
    TB, equal(2500, "2024-07-22", 5, 12, 12), gd="2024-07-22", N=2500, **W)
add("The award vests as to one-third of the units on the first anniversary of the grant date, with the remaining two-thirds vesting quarterly over the next two years in eight equal installments, subject to the Reporting Person's continued service through each such date.",
    TB, lump_then_steps(6000, "2026-08-18", F(1, 3), "2025-08-18", range(15, 37, 3)), gd="2025-08-18", N=6000, **W)
add("These options vest in four equal annual installments beginning one year after the date of grant. The options were granted under the 2004 Stock Incentive Plan.",
    TB, equal(20000, "2006-05-03", 4, 12, 12), gd="2006-05-03", N=20000, **W, note="an older era")
add("The shares vest in 36 equal monthly installments commencing on the one-month anniversary of the grant date, subject to the reporting person's continued service through each vesting date, and are subject to a right of repurchase by the Issuer until vested.",
    TB, equal(36000, "2025-10-31", 36, 1, 1), gd="2025-10-31", N=36000, **W, note="month ends clamp from the original anchor")
add("The restricted stock award vests over three years, with one-third vesting on each of January 31, 2026, January 31, 2027 and January 31, 2028. Holders of unvested restricted stock are entitled to vote the shares and receive dividends.",
    TB, dates_equal(3333, ["2026-01-31", "2027-01-31", "2028-01-31"]), gd="2025-01-31", N=3333, **W)
add("Options granted under the 1996 Stock Option Plan become exercisable in 25% increments on each anniversary of the grant date, beginning one year from the date of grant.",
    TB, equal(40000, "2003-07-14", 4, 12, 12), gd="2003-07-14", N=40000, **W, note="an older era")
add("50% of the RSUs vest on the first anniversary of the grant date and the balance vests in 24 substantially equal monthly installments over the following two years, subject to the Reporting Person's continued service as Chief Executive Officer. Any unvested RSUs will vest in full upon a qualifying termination in connection with a change in control (as defined in the Reporting Person's employment agreement).",
    TB, lump_then_steps(12000, "2026-04-30", F(1, 2), "2025-04-30", range(13, 37)), gd="2025-04-30", N=12000, **W)

# ---------------------------------------------------------------- alternatives, lists and kinds (u031-u042)
add("The RSUs granted to the Reporting Person as a non-employee director will vest in full on the earlier of the first anniversary of the grant date or May 31, 2026, subject to continued service on the Board through the vesting date.",
    TB, stated([("2026-05-31", 2750)]), gd="2025-06-04", N=2750, **W, note="earlier of 2026-06-04 and 2026-05-31")
add("The option becomes exercisable in full on the later of the second anniversary of the Reporting Person's hire date of January 6, 2025 and January 1, 2027.",
    TB, stated([("2027-01-06", 10000)]), gd="2025-03-01", N=10000, **W, note="later of 2027-01-06 and 2027-01-01")
add("10%, 20%, 30% and 40% of the RSUs vest on the first, second, third and fourth anniversaries of the grant date, respectively, subject to continued employment.",
    TB, stated([("2026-02-25", 1000), ("2027-02-25", 2000), ("2028-02-25", 3000), ("2029-02-25", 4000)]), gd="2025-02-25", N=10000, **W)
add("The award becomes vested as to 33%, 33% and 34% of the units, respectively, on each of the first three anniversaries of May 20, 2025, provided the Reporting Person is then employed by the Issuer.",
    TB, cumulative(1000, [("2026-05-20", F(33, 100)), ("2027-05-20", F(33, 100)), ("2028-05-20", F(34, 100))]), gd="2025-05-20", N=1000, **W)
add("The RSUs vest as follows: 60% on March 5, 2026 and the remaining 40% in two equal annual installments on March 5, 2027 and March 5, 2028.",
    TB, stated([("2026-03-05", 3000), ("2027-03-05", 1000), ("2028-03-05", 1000)]), gd="2025-03-05", N=5000, **W,
    note="'40% in two equal installments' is 20% each")
add("The option vests in four equal annual installments beginning on the first anniversary of the date of grant, except that the option will vest in full upon the optionee's death or disability.",
    TB, equal(4000, "2025-09-15", 4, 12, 12), gd="2025-09-15", N=4000, **W)
add("The RSUs vest in three equal annual installments on each of the first three anniversaries of the grant date, unless earlier forfeited upon the Reporting Person's termination of employment.",
    TB, equal(900, "2025-12-01", 3, 12, 12), gd="2025-12-01", N=900, **W)
add("One-fourth of the shares subject to the option vested on September 1, 2025, and 1/48th of the shares vest on the same day of each month thereafter, so that the option will be fully vested on September 1, 2028.",
    TB, lump_then_steps(4800, "2025-09-01", F(1, 4), "2025-09-01", range(1, 37)), gd="2024-09-01", N=4800, **W)
add("Represents dividend equivalent units credited with respect to restricted stock units granted on March 3, 2025; the dividend equivalent units vest and are settled on the same schedule as the underlying units.",
    NV, gd="2025-09-30", N=37, **W, note="the schedule is the underlying award's, not stated here (as m017, p162)")
add("Represents fully vested shares of common stock granted to the Reporting Person in lieu of the director's annual cash retainer for 2026, at the director's election under the Non-Employee Director Compensation Policy.",
    IM, stated([("2026-01-05", 1118)]), gd="2026-01-05", N=1118, **W)
add("The RSUs vest in three equal annual installments beginning on the first anniversary of the closing of the Merger, which occurred on November 18, 2024, subject to the Reporting Person's continued service.",
    TB, equal(3000, "2024-11-18", 3, 12, 12), gd="2025-01-10", N=3000, **W, note="an event anchor whose date is stated")
add("The option vests in 48 equal monthly installments measured from the effective date of the Issuer's 2025 Equity Incentive Plan, April 7, 2025, subject to continued service.",
    TB, equal(4800, "2025-04-07", 48, 1, 1), gd="2025-05-01", N=4800, **W, note="an anchor whose date is stated in apposition")

# ---------------------------------------------------------------- must not give a schedule (u043-u050)
add("The director's RSUs vest on the earlier of the one-year anniversary of the grant date or the day before the Issuer's 2026 annual meeting of stockholders, subject to continued Board service.",
    UN, gd="2025-06-18", N=3000, **W, note="the meeting's date is not stated: the anniversary is only an outside date")
add("The shares were sold pursuant to a Rule 10b5-1 trading plan adopted by the Reporting Person on March 12, 2025 to cover taxes due upon the vesting of restricted stock units.",
    NV, gd="2025-08-01", N=820, **W)
add("Represents shares of common stock withheld by the Issuer to satisfy the Reporting Person's tax withholding obligation in connection with the vesting of 2,000 restricted stock units on February 15, 2026, in a transaction exempt under Rule 16b-3.",
    NV, gd="2026-02-15", N=788, **W)
add("The performance share units will be earned between 0% and 200% of target based on the Issuer's cumulative adjusted EBITDA for fiscal years 2026 through 2028, and earned units will vest upon the Compensation Committee's certification of results.",
    PF, gd="2026-03-01", N=12000, **W)
add("The RSUs vest in three annual installments of 30%, 30% and 30%, respectively, on the first three anniversaries of the grant date.",
    UN, gd="2025-06-01", N=3000, **W, note="the three parts make 90%, not the whole award")
add("Represents shares received upon the automatic conversion of Series B Preferred Stock on a one-for-one basis upon the closing of the Issuer's initial public offering on October 2, 2025.",
    NV, gd="2025-10-02", N=50000, **W)
add("The option vests in full on the later of the first anniversary of the grant date and the date on which the Issuer's stockholders approve the amendment to the 2023 Plan.",
    UN, gd="2025-04-15", N=20000, **W, note="the approval's date is not stated")
add("The RSUs vest in two equal annual installments on the first and second anniversaries of the Reporting Person's start date, subject to continued employment.",
    UN, gd="2025-07-07", N=2000, **W, note="the start date is not stated (not assumed to be the grant date)")

S.check(50, 50)
S.check_fresh_beside_labelled_and_paraphrases(HERE)
S.finish(HERE, 50, 50)
