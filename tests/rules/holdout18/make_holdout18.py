#!/usr/bin/env python3
"""Regenerates footnotes-holdout18.jsonl (held-out set 18: a reviewer's set of general Form 4 footnotes, each
combining three or more schedule elements, across issuers, sectors and eras 2004-2026, and footnotes that must come
out as another kind or be refused).

60 footnotes written for this set in real Form 4 "Explanation of Responses" style (modelled on the phrasings of
many issuers, not copied): 45 time-based schedules (e001-e045) that each combine three or more elements (a lump and
a series, anchors defined in quotes or parentheses, named months, calendar-quarter ends, month-day lists, spans,
end dates, continued-service provisos, acceleration clauses, settlement sentences, options with exercisability and
expiration, the grant date stated in a sentence of its own, share counts in words and numbers, fractions such as
"one-third" and "1/48th", percentages with decimals); 15 (e046-e060) that must come out `not_vesting`,
`performance`, `immediate`, `mixed` or be refused (10b5-1 sales, withholding, settlement, plan adoption, ESPP
purchases, merger conversions, gifts, deferred units, anchors whose dates are not stated).

Written BEFORE any rule was changed for it, without reading rules/ or the other held-out sets' texts (first-run
figures are in the README and in the commit that added it).

Conventions (../holdout_expect.py's: stated amounts as stated; otherwise cumulative round-down over the whole
grant, the last tranche takes the rest; month steps from the ORIGINAL anchor with the day clamped to month end; a
calendar rule takes the rule's days from the day it begins on; the tranches of a `mixed` line are its dated portion
only), and these, written down before the first run:
- "monthly over the three-year period following the grant date" starts one month after the grant date;
- "25% per year on each anniversary" is four annual installments;
- "fully vested on the date of grant" is `immediate` at the grant date (the shares of the grant);
- an anchor named after an event whose date the footnote does not state (the closing of an IPO, a first day of
  employment) is refused: it is not the grant date.
"""
import glob, json, os, sys, difflib
from fractions import Fraction as F

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from holdout_expect import D, addm, sched, equal, stated, dates_equal, rule_days, QUARTER_ENDS, HeldOut, TB, IM, MX, NV, PF, UN, lump_then_steps, iso  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
S = HeldOut("e", "holdout18")
add = S.add
W = dict(real=False)


def cliff_series(N, cliff, f0, dates):
    """f0 of N on `cliff`, then the rest in equal parts on each of `dates` (cumulative round-down)."""
    n = len(dates)
    return sched(N, [(D(cliff), f0)] + [(d, f0 + (1 - f0) * F(i + 1, n)) for i, d in enumerate(dates)])


def cliff_monthly(N, cliff, f0, n, step):
    """f0 of N on `cliff`, then n equal installments every `step` months from the cliff."""
    c = D(cliff)
    return sched(N, [(c, f0)] + [(addm(c, step * k), f0 + (1 - f0) * F(k, n)) for k in range(1, n + 1)])


def fractions_on(N, pairs):
    """[(date string, cumulative fraction)] -> cumulative round-down tranches."""
    return sched(N, [(D(d), c) for d, c in pairs])


# ---------------------------------------------------------------- e001-e045: time-based, 3+ elements each
add("The option vests and becomes exercisable as to 25% of the underlying shares on the first anniversary of the date of grant and as to an additional 1/48th of the underlying shares at the end of each full month thereafter, so that the option will be fully vested and exercisable on the fourth anniversary of the date of grant, subject to the optionee's continued service with the Company.",
    TB, cliff_monthly(120000, "2007-03-14", F(1, 4), 36, 1), gd="2006-03-14", N=120000, exp="2016-03-14", **W)
add("The restricted stock units vest over four years from February 15, 2024 (the \"Vesting Commencement Date\"), with 25% vesting on the first anniversary of the Vesting Commencement Date and the remainder vesting in twelve equal quarterly installments thereafter, subject to the Reporting Person's continued service through each vesting date.",
    TB, cliff_monthly(48000, "2025-02-15", F(1, 4), 12, 3), gd="2024-03-05", N=48000, **W)
add("The RSUs vest as to one-third of the units on January 1, 2023 and thereafter in eight equal quarterly installments on the first day of each January, April, July and October, commencing April 1, 2023, subject to continued employment.",
    TB, cliff_series(9000, "2023-01-01", F(1, 3), rule_days([(1, 1), (4, 1), (7, 1), (10, 1)], "2023-04-01", 8, True)), gd="2022-11-10", N=9000, **W)
add("Subject to the Reporting Person's continued service, 1/16th of the shares subject to the award vest on the last day of each calendar quarter, beginning with the calendar quarter ending June 30, 2021.",
    TB, dates_equal(32000, iso(rule_days(QUARTER_ENDS, "2021-06-30", 16, True))), gd="2021-05-12", N=32000, **W)
add("The RSUs will vest in sixteen substantially equal quarterly installments on each February 20, May 20, August 20 and November 20, with the first installment vesting on May 20, 2019, subject to the holder's continued employment through each vesting date. Vested units will be settled in shares of Common Stock within 30 days after the applicable vesting date.",
    TB, dates_equal(10400, iso(rule_days([(2, 20), (5, 20), (8, 20), (11, 20)], "2019-05-20", 16, True))), gd="2019-03-01", N=10400, **W)
add("The option was granted on July 1, 2015 and vests in 36 equal monthly installments beginning August 1, 2015, such that the option will be fully vested on July 1, 2018.",
    TB, equal(36000, "2015-07-01", 36, 1, 1), gd="2015-07-01", N=36000, exp="2025-06-30", **W)
add("Twelve thousand (12,000) shares of restricted stock vest on each of the first three anniversaries of the grant date, and the remaining four thousand (4,000) shares vest on the fourth anniversary of the grant date.",
    TB, stated([("2013-05-24", 12000), ("2014-05-24", 12000), ("2015-05-24", 12000), ("2016-05-24", 4000)]), gd="2012-05-24", N=40000, **W)
add("The RSUs vest as follows: 33.33% on March 1, 2024, 33.33% on March 1, 2025 and 33.34% on March 1, 2026, in each case subject to the Reporting Person's continued employment with the Company on the applicable vesting date.",
    TB, stated([("2024-03-01", 9999), ("2025-03-01", 9999), ("2026-03-01", 10002)]), gd="2023-03-01", N=30000, **W)
add("The option becomes exercisable in five equal annual installments beginning on the first anniversary of the date of grant (December 8, 2004) and will expire ten years from the date of grant.",
    TB, equal(50000, "2004-12-08", 5, 12, 12), gd="2004-12-08", N=50000, exp="2014-12-08", **W)
add("This option was granted on April 22, 2010. The option vests over four years: 25% of the shares subject to the option vest on the first anniversary of the grant date and the remaining shares vest in 36 equal monthly installments thereafter.",
    TB, cliff_monthly(60000, "2011-04-22", F(1, 4), 36, 1), gd="2010-04-22", N=60000, exp="2020-04-21", **W)
add("One-third of the shares of restricted stock will vest on each of the first, second and third anniversaries of February 28, 2017, provided the Reporting Person remains employed by the Issuer on such date.",
    TB, stated([("2018-02-28", 2500), ("2019-02-28", 2500), ("2020-02-28", 2500)]), gd="2017-02-28", N=7500, **W)
add("The shares subject to this option vest as follows: 1/4th of the shares vest on the one-year anniversary of September 9, 2019 (the \"Vesting Commencement Date\") and 1/48th of the shares vest each month thereafter on the same day of the month as the Vesting Commencement Date, subject to the Reporting Person continuing to provide service through each such date.",
    TB, cliff_monthly(96000, "2020-09-09", F(1, 4), 36, 1), gd="2019-10-30", N=96000, exp="2029-10-29", **W)
add("The RSUs vest in four equal annual installments beginning on the first anniversary of the grant date. In the event of a Change in Control (as defined in the Plan), all unvested RSUs will vest in full immediately prior to the Change in Control.",
    TB, equal(4000, "2018-06-12", 4, 12, 12), gd="2018-06-12", N=4000, **W)
add("Each restricted stock unit represents a contingent right to receive one share of the Issuer's common stock. The restricted stock units vest in three equal annual installments on March 10, 2022, March 10, 2023 and March 10, 2024. Vested shares will be delivered to the reporting person as soon as practicable after each vesting date.",
    TB, dates_equal(3333, ["2022-03-10", "2023-03-10", "2024-03-10"]), gd="2021-03-10", N=3333, **W)
add("50% of the shares underlying the option vested on the grant date and the remaining 50% vest in 24 equal monthly installments beginning on the one-month anniversary of the grant date, subject to the optionee remaining a service provider.",
    TB, lump_then_steps(48000, "2020-01-31", F(1, 2), "2020-01-31", range(1, 25)), gd="2020-01-31", N=48000, exp="2030-01-30", **W)
add("Twenty percent (20%) of the shares vest on each anniversary of the grant date until fully vested on the fifth anniversary of the grant date, subject to the director's continued service on the Board.",
    TB, equal(25000, "2008-08-15", 5, 12, 12), gd="2008-08-15", N=25000, **W)
add("The RSUs were granted on January 20, 2023 and vest over four years. 25% of the RSUs vest on December 31, 2023, and the remaining 75% vest in twelve equal installments on the last day of each calendar quarter thereafter, subject to the Reporting Person's continued service through each such date.",
    TB, cliff_series(8000, "2023-12-31", F(1, 4), rule_days(QUARTER_ENDS, "2023-12-31", 12)), gd="2023-01-20", N=8000, **W)
add("The option vests ratably in equal monthly installments over the three-year period following the grant date and will become fully exercisable upon a change of control of the Issuer.",
    TB, equal(18000, "2013-10-31", 36, 1, 1), gd="2013-10-31", N=18000, exp="2023-10-30", **W)
add("The 2,400 restricted shares granted to the director vest in three equal annual installments beginning one year from the date of grant.",
    TB, equal(2400, "2005-05-19", 3, 12, 12), gd="2005-05-19", N=2400, **W)
add("Each restricted stock unit represents the right to receive one share of common stock. The restricted stock units vest as follows: 1,150 shares on May 15, 2026; 1,150 shares on November 15, 2026; 2,300 shares on May 15, 2027; and 2,300 shares on November 15, 2027.",
    TB, stated([("2026-05-15", 1150), ("2026-11-15", 1150), ("2027-05-15", 2300), ("2027-11-15", 2300)]), gd="2025-11-20", N=6900, **W)
add("The restricted stock units vest in sixteen equal quarterly installments on the last day of each February, May, August and November, beginning November 30, 2025 and ending August 31, 2029, subject to continued employment.",
    TB, dates_equal(1600, iso(rule_days([(2, "last"), (5, "last"), (8, "last"), (11, "last")], "2025-11-30", 16, True))), gd="2025-09-03", N=1600, **W)
add("The RSUs vest over four years, with 1/16th vesting on each quarterly anniversary of December 1, 2021 (the \"Vesting Start Date\"), subject to the Reporting Person's continued service on each vesting date.",
    TB, equal(16000, "2021-12-01", 16, 3, 3), gd="2022-01-05", N=16000, **W)
add("These shares of restricted stock were awarded on December 15, 2007 and vest in 20% increments on each of the first five anniversaries of the award date, subject to accelerated vesting upon the holder's death, disability or retirement.",
    TB, equal(5000, "2007-12-15", 5, 12, 12), gd="2007-12-15", N=5000, **W)
add("The options become exercisable in three (3) equal annual installments on the first three anniversaries of the grant date and expire on the seventh anniversary of the grant date.",
    TB, equal(9000, "2016-02-29", 3, 12, 12), gd="2016-02-29", N=9000, exp="2023-02-28", **W)
add("The option shall vest in eight equal semi-annual installments, with the first installment vesting on the six-month anniversary of June 30, 2014 (the \"Vesting Commencement Date\"), subject to the Optionee's continuous service through each vesting date.",
    TB, equal(80000, "2014-06-30", 8, 6, 6), gd="2014-08-01", N=80000, exp="2024-07-31", **W)
add("The restricted stock units vest in four equal quarterly installments on March 31, June 30, September 30 and December 31, 2022, subject to the director's continued service on the Board through each such date.",
    TB, dates_equal(2222, ["2022-03-31", "2022-06-30", "2022-09-30", "2022-12-31"]), gd="2022-01-03", N=2222, **W)
add("One-fourth of the shares vest on August 1, 2013 and the balance vests in twelve equal quarterly installments over the following three years, subject to the reporting person's continued service.",
    TB, cliff_monthly(64000, "2013-08-01", F(1, 4), 12, 3), gd="2012-09-10", N=64000, **W)
add("25% of the RSUs vest on July 15, 2027 and the remaining 75% vest in 36 substantially equal monthly installments on the 15th day of each month thereafter, subject to continued service.",
    TB, cliff_monthly(36000, "2027-07-15", F(1, 4), 36, 1), gd="2026-06-02", N=36000, **W)
add("One hundred percent (100%) of the restricted stock units will vest on the third anniversary of the grant date, subject to continued employment through such date, and will be settled within 60 days thereafter.",
    TB, stated([("2022-11-18", 15000)]), gd="2019-11-18", N=15000, **W)
add("Fifty percent of the RSUs vest on the eighteen-month anniversary of the grant date and the remaining fifty percent vest on the thirty-six-month anniversary of the grant date.",
    TB, fractions_on(5001, [("2023-02-28", F(1, 2)), ("2024-08-31", F(1))]), gd="2021-08-31", N=5001, **W)
add("The RSUs vest in three equal annual installments on December 31 of each year, beginning December 31, 2024, provided that the reporting person remains a director through each vesting date.",
    TB, dates_equal(4500, ["2024-12-31", "2025-12-31", "2026-12-31"]), gd="2024-02-12", N=4500, **W)
add("The RSUs will vest in twelve equal quarterly installments, the first of which will vest on May 10, 2024, subject to continued employment.",
    TB, equal(12000, "2024-05-10", 12, 3, 0), gd="2024-02-10", N=12000, **W)
add("The option will vest and become exercisable with respect to 1/5th of the shares on each anniversary of October 1, 2009 over five years.",
    TB, equal(10000, "2009-10-01", 5, 12, 12), gd="2009-10-15", N=10000, exp="2019-10-15", **W)
add("The shares of restricted stock vest 25% per year on each anniversary of the grant date. The shares will vest in full upon the recipient's death or disability or upon a change in control of the Company.",
    TB, equal(2000, "2011-04-04", 4, 12, 12), gd="2011-04-04", N=2000, **W)
add("12.5% of the RSUs vest every six months following the grant date, subject to the Reporting Person's continued employment; the RSUs will be fully vested on the fourth anniversary of the grant date.",
    TB, equal(8000, "2023-10-16", 8, 6, 6), gd="2023-10-16", N=8000, **W)
add("The option was granted in connection with the Reporting Person's commencement of employment on January 8, 2024 and vests as to 25% of the shares on January 8, 2025 and in 36 equal monthly installments thereafter.",
    TB, cliff_monthly(200000, "2025-01-08", F(1, 4), 36, 1), gd="2024-01-22", N=200000, exp="2034-01-21", **W)
add("The RSUs vest in four equal installments on March 1 of each of 2026, 2027, 2028 and 2029, provided the Reporting Person remains employed on the applicable vesting date.",
    TB, dates_equal(7000, ["2026-03-01", "2027-03-01", "2028-03-01", "2029-03-01"]), gd="2025-03-01", N=7000, **W)
add("These shares of restricted stock vest in three equal installments of 33 1/3% on the first, second and third anniversaries of March 3, 2005.",
    TB, equal(3000, "2005-03-03", 3, 12, 12), gd="2005-03-03", N=3000, **W)
add("The shares subject to the option vest as follows: 25% on the first anniversary of the vesting commencement date, which is June 1, 2020, and the balance in equal monthly installments over the next 36 months, subject to continued service.",
    TB, cliff_monthly(150000, "2021-06-01", F(1, 4), 36, 1), gd="2020-07-15", N=150000, exp="2030-07-14", **W)
add("Two-thirds of the restricted stock units will vest on the second anniversary of the grant date and the remaining one-third will vest on the third anniversary of the grant date.",
    TB, fractions_on(9001, [("2019-07-03", F(2, 3)), ("2020-07-03", F(1))]), gd="2017-07-03", N=9001, **W)
add("The restricted stock units vest in equal quarterly installments on the fifteenth day of the second month of each calendar quarter over three years, commencing on August 15, 2018.",
    TB, dates_equal(24000, iso(rule_days([(2, 15), (5, 15), (8, 15), (11, 15)], "2018-08-15", 12, True))), gd="2018-06-20", N=24000, **W)
add("This restricted stock unit award was granted on August 5, 2024 under the Issuer's 2020 Omnibus Incentive Plan. The award cliff-vests in full on August 5, 2027, and vested units will be paid in shares of common stock.",
    TB, stated([("2027-08-05", 3150)]), gd="2024-08-05", N=3150, **W)
add("The option vests as to 40% of the shares on the second anniversary of the grant date and as to an additional 20% on each of the third, fourth and fifth anniversaries of the grant date.",
    TB, stated([("2016-09-30", 10000), ("2017-09-30", 5000), ("2018-09-30", 5000), ("2019-09-30", 5000)]), gd="2014-09-30", N=25000, exp="2024-09-30", **W)
add("1/36th of the RSUs vest on each monthly anniversary of March 31, 2026 (the \"Vesting Commencement Date\") until the third anniversary of the Vesting Commencement Date.",
    TB, equal(3600, "2026-03-31", 36, 1, 1), gd="2026-04-10", N=3600, **W)
add("The stock options vest and become exercisable as to one-third on each of the first three anniversaries of November 12, 2010, the date of grant.",
    TB, equal(30000, "2010-11-12", 3, 12, 12), gd="2010-11-12", N=30000, exp="2020-11-12", **W)

# ---------------------------------------------------------------- e046-e060: another kind, or refused
add("Shares sold to cover the exercise price and taxes pursuant to a Rule 10b5-1 trading plan entered into by the Reporting Person on March 3, 2025, which provides for the sale of up to 40,000 shares in quarterly increments through March 2026.",
    NV, gd="2025-06-16", N=10000, **W)
add("Represents shares of common stock withheld by the Issuer to satisfy the Reporting Person's tax withholding obligations upon the vesting on February 15, 2026 of restricted stock units granted on February 15, 2023. No shares were sold.",
    NV, gd="2026-02-15", N=1312, **W)
add("Represents shares of Class A common stock issued on settlement of restricted stock units that vested on December 1, 2025. The restricted stock units were previously reported.",
    NV, gd="2025-12-01", N=2500, **W)
add("On May 20, 2024, the Issuer's stockholders approved the 2024 Long-Term Incentive Plan, which the Board of Directors had adopted on March 28, 2024, subject to stockholder approval.",
    NV, gd="2024-05-20", N=5000, **W)
add("Represents shares purchased under the Issuer's 2018 Employee Stock Purchase Plan on November 30, 2024 at a purchase price equal to 85% of the lower of the fair market value on the first day and the last day of the six-month offering period.",
    NV, gd="2024-11-30", N=412, **W)
add("Received in exchange for 15,000 shares of Target Holdings, Inc. common stock in connection with the merger of Target Holdings, Inc. with and into a wholly owned subsidiary of the Issuer, effective June 1, 2022. On the effective date of the merger, each share was converted into 0.4527 shares of the Issuer's common stock.",
    NV, gd="2022-06-01", N=6790, **W)
add("The Reporting Person made a bona fide gift of these shares to a donor-advised fund on December 18, 2023 for no consideration.",
    NV, gd="2023-12-18", N=3000, **W)
add("The performance share units are earned, if at all, on the basis of the Company's total shareholder return measured against its peer group for the performance period ending December 31, 2027; earned units vest when the Compensation Committee certifies performance.",
    PF, gd="2025-02-20", N=20000, **W)
add("Represents performance-based restricted stock units that vest on February 28, 2027, subject to the Company's achievement of cumulative adjusted EBITDA targets for fiscal years 2024 through 2026.",
    PF, gd="2024-02-28", N=6000, **W)
add("Represents an annual award of unrestricted shares of common stock to the non-employee director under the Issuer's 2015 Director Compensation Program, granted on June 10, 2021; the shares were fully vested upon grant.",
    IM, stated([("2021-06-10", 1850)]), gd="2021-06-10", N=1850, **W)
add("The option was granted on January 4, 2016 in lieu of cash salary and was fully vested on the date of grant.",
    IM, stated([("2016-01-04", 12000)]), gd="2016-01-04", N=12000, exp="2026-01-04", **W)
add("The RSUs reported include 4,000 time-based units and 2,000 performance-based units. The time-based units vest in four equal annual installments beginning on April 1, 2026. The performance-based units will be earned, if at all, upon the Compensation Committee's certification of the Company's achievement of revenue goals for fiscal 2027.",
    MX, stated([("2026-04-01", 1000), ("2027-04-01", 1000), ("2028-04-01", 1000), ("2029-04-01", 1000)]), gd="2025-04-01", N=6000, **W,
    note="the dated part is the 4,000 time-based units")
add("Each deferred stock unit will be settled in one share of common stock on the first business day following the Reporting Person's separation from service as a director.",
    NV, gd="2024-06-05", N=1400, **W)
add("The RSUs vest in three equal annual installments beginning on the first anniversary of the closing of the Issuer's initial public offering, subject to continued service.",
    UN, gd="2021-07-20", N=3000, **W, note="the offering's closing date is not stated (not the grant date)")
add("The option vests in 48 equal monthly installments measured from the Reporting Person's first day of employment.",
    UN, gd="2023-09-05", N=48000, exp="2033-09-04", **W, note="the first day of employment is not stated")

S.check(60, 60)
S.check_fresh_beside_labelled_and_paraphrases(HERE)
S.finish(HERE, 60, 60)
