#!/usr/bin/env python3
"""Regenerates footnotes-holdout20.jsonl (held-out set 20: a reviewer-style set of 80 footnotes in real Form 4
"Explanation of Responses" style, each schedule combining three or more elements, written for issue 9's
"sets you have not seen").

80 footnotes written for this set (modelled on phrasings of many issuers and eras, 2003-2026, not copied; written
before reading rules/ for them): tech and biotech options and RSUs, banks' and REITs' restricted stock and LTIP
units, SPAC / de-SPAC awards, retailers' RSUs and PSUs, director grants; 64 schedules (time_based, immediate,
mixed) and 16 that must be `not_vesting`, `performance` or refused.

Conventions (beside ../holdout_expect.py's: stated amounts as stated; otherwise cumulative round-down over the
whole grant, month steps from the ORIGINAL anchor with the day clamped; the tranches of a `mixed` line are its
dated portion only), written down before the first run:
- "the first of which vested on the date of grant" / "became exercisable as to 20% on the date of grant": the
  first installment is on the grant date;
- a day rule with "thereafter" after a cliff ("on the first day of each January, April, July and October
  thereafter") starts on the rule's first day after the cliff;
- "N equal quarterly installments on the last day of each calendar quarter" are calendar-quarter ends;
- "(one year after the vesting commencement date)" beside a stated date restates it: the stated date stands;
- "from X through Y" with a day rule of the month includes X;
- "the first N Annual Vesting Dates following the grant date" are the defined days strictly after it;
- an anchor named after an event whose date is not stated (an appointment, the next annual meeting) is refused;
- a performance condition stated as met and certified is history: `time_based` with the dated parts;
- units granted fully vested and delivered later are `immediate` at the grant date;
- shares bought, sold, withheld, exchanged, converted or given are `not_vesting`, whatever dates they mention.
Written BEFORE any rule was changed for it (first-run figures are in the README and in the commit that added it).
"""
import os, sys
from fractions import Fraction as F

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from holdout_expect import (D, addm, equal, stated, dates_equal, rule_days, QUARTER_ENDS, MONTH_ENDS,  # noqa: E402
                            HeldOut, TB, IM, MX, NV, PF, UN, lump_then_steps, cumulative, iso)

HERE = os.path.dirname(os.path.abspath(__file__))
S = HeldOut("v", "holdout20")
add = S.add
W = dict(real=False)


def yearly(day, first_year, n):
    """the same month-day in n successive years from first_year ("03-01", 2026, 4)."""
    return [f"{first_year + i}-{day}" for i in range(n)]


def lump_then_days(N, first, f0, days):
    """f0 of N on `first`, then the rest in equal parts on each of `days` (dates)."""
    n = len(days)
    return cumulative(N, [(first, f0)] + [(d, (1 - f0) / n) for d in iso(days)])


# ================================================================ tech and biotech options (v001-v016)
add("The option vests and becomes exercisable as to 25% of the shares on the first anniversary of the date of grant and as to 1/48th of the shares at the end of each monthly period thereafter, such that the option will be fully exercisable four years from the date of grant, subject to the optionee's continued service.",
    TB, lump_then_steps(60000, "2005-03-15", F(1, 4), "2004-03-15", range(13, 49)), gd="2004-03-15", N=60000, exp="2014-03-15", **W)
add("Twenty-five percent (25%) of the shares subject to the option shall vest on August 1, 2008 (one year after the vesting commencement date), and the remaining shares shall vest in thirty-six (36) successive equal monthly installments thereafter on the first day of each month, provided the optionee continues to provide services to the Company.",
    TB, lump_then_steps(36000, "2008-08-01", F(1, 4), "2008-08-01", range(1, 37)), gd="2007-10-22", N=36000, exp="2017-10-21", **W)
add("The shares subject to the option vest over four years: 1/4th of the shares vest on the one-year anniversary of the Vesting Commencement Date and 1/48th of the shares vest monthly thereafter, subject to continued service. The \"Vesting Commencement Date\" is November 9, 2015.",
    TB, lump_then_steps(96000, "2016-11-09", F(1, 4), "2015-11-09", range(13, 49)), gd="2016-01-20", N=96000, exp="2026-01-19", **W,
    note="a defined term used before its definition")
add("The option vests in 48 equal monthly installments commencing one month after February 28, 2019, the vesting commencement date, subject to the Reporting Person's continued service.",
    TB, equal(4800, "2019-02-28", 48, 1, 1), gd="2019-04-10", N=4800, exp="2029-04-09", **W)
add("The option vests as to 1/4th of the underlying shares on the first anniversary of the closing of the Issuer's initial public offering on June 24, 2014 (the \"IPO Date\") and as to 1/48th of the underlying shares monthly thereafter, subject to the Reporting Person's continued service.",
    TB, lump_then_steps(48000, "2015-06-24", F(1, 4), "2014-06-24", range(13, 49)), gd="2014-06-19", N=48000, exp="2024-06-18", **W)
add("This option was granted in connection with the Reporting Person's commencement of employment on March 2, 2020 (the \"Start Date\"). Twenty-five percent of the option shares vest on the first anniversary of the Start Date and the balance vests in equal quarterly installments over the following three years, subject to continued service; the vesting of the option will accelerate in full if the Reporting Person's employment is terminated without cause within twelve months following a change in control.",
    TB, lump_then_steps(20000, "2021-03-02", F(1, 4), "2020-03-02", range(15, 49, 3)), gd="2020-03-16", N=20000, exp="2030-03-15", **W)
add("This option became exercisable with respect to one-fifth of the shares upon grant, and an additional one-fifth becomes exercisable on each anniversary of the grant date through July 15, 2007.",
    TB, equal(25000, "2003-07-15", 5, 12, 0), gd="2003-07-15", N=25000, exp="2013-07-15", **W)
add("This option was assumed by the Issuer in connection with its acquisition of Acme Software, Inc. on January 4, 2013 and converted into an option to purchase 9,600 shares of the Issuer's common stock. The option vests in 24 equal monthly installments beginning on February 4, 2013, subject to continued service.",
    TB, equal(9600, "2013-01-04", 24, 1, 1), gd="2013-01-04", N=9600, exp="2022-06-30", **W,
    note="the conversion is history; the schedule of the converted option is stated")
add("One-third of the shares subject to the option become exercisable on each of December 31, 2009, December 31, 2010 and December 31, 2011, provided the optionee remains employed by the Company on each such date. The option expires on December 30, 2018.",
    TB, dates_equal(30000, ["2009-12-31", "2010-12-31", "2011-12-31"]), gd="2008-12-31", N=30000, exp="2018-12-30", **W)
add("The option vests as to 6.25% of the shares on each quarterly anniversary of the grant date until fully vested on the fourth anniversary of the grant date, subject to the Reporting Person's continued status as a service provider.",
    TB, equal(16000, "2018-08-31", 16, 3, 3), gd="2018-08-31", N=16000, exp="2028-08-30", **W, note="quarter steps clamp to month ends from the original anchor")
add("The option vests as to 25% of the shares on the first anniversary of January 15, 2021 (the \"Vesting Commencement Date\") and the remaining shares vest in 36 equal monthly installments on the monthly anniversaries of the Vesting Commencement Date thereafter, subject to continued service through each vesting date.",
    TB, lump_then_steps(36000, "2022-01-15", F(1, 4), "2021-01-15", range(13, 49)), gd="2021-03-01", N=36000, exp="2031-02-28", **W)
add("The option vested as to 12,500 shares on the grant date and the remaining 37,500 shares vest in 36 equal monthly installments on the 15th day of each month beginning February 15, 2012.",
    TB, lump_then_steps(50000, "2012-01-09", F(1, 4), "2012-01-15", range(1, 37)), gd="2012-01-09", N=50000, exp="2022-01-08", **W)
add("Options become exercisable in 25% increments on each of the first four anniversaries of the grant date; all options become exercisable upon a change in control of the Corporation.",
    TB, equal(40000, "2005-02-08", 4, 12, 12), gd="2005-02-08", N=40000, exp="2015-02-08", **W)
add("Of the shares subject to the option, 1/8 vest on the six-month anniversary of October 1, 2019 (the \"Vesting Commencement Date\") and the remaining shares vest in 42 equal monthly installments on each monthly anniversary of the Vesting Commencement Date thereafter.",
    TB, lump_then_steps(48000, "2020-04-01", F(1, 8), "2019-10-01", range(7, 49)), gd="2019-11-12", N=48000, exp="2029-11-11", **W)
add("The option vests in five equal annual installments commencing one year from the date of grant. The option was granted under the Company's 1999 Stock Option Plan and has a ten-year term.",
    TB, equal(10000, "2003-11-10", 5, 12, 12), gd="2003-11-10", N=10000, exp="2013-11-10", **W)
add("The option vests in eight equal semi-annual installments on each June 30 and December 31, beginning June 30, 2009, so long as the optionee remains an employee of the Company.",
    TB, dates_equal(8000, iso(rule_days([(6, 30), (12, 31)], "2009-06-30", 8, inclusive=True))), gd="2009-02-18", N=8000, exp="2019-02-18", **W)

# ================================================================ big-tech RSUs (v017-v026)
add("The restricted stock units vest as follows: 25% on March 15, 2020, and the remaining 75% in twelve equal quarterly installments on each June 15, September 15, December 15 and March 15 thereafter, subject to the Reporting Person's continued service on each such date.",
    TB, lump_then_steps(8000, "2020-03-15", F(1, 4), "2020-03-15", range(3, 37, 3)), gd="2019-03-04", N=8000, **W)
add("One-sixteenth of the RSUs vest on the last day of each calendar quarter, beginning with the calendar quarter ending June 30, 2021, such that all RSUs will be vested on March 31, 2025, subject to continued employment.",
    TB, dates_equal(3200, iso(rule_days(QUARTER_ENDS, "2021-06-30", 16, inclusive=True))), gd="2021-05-12", N=3200, **W)
add("The RSUs vest in 24 equal monthly installments on the last day of each calendar month, beginning January 31, 2023 and ending December 31, 2024, so long as the Reporting Person remains employed.",
    TB, dates_equal(2400, iso(rule_days(MONTH_ENDS, "2023-01-31", 24, inclusive=True))), gd="2022-12-15", N=2400, **W)
add("The restricted stock units vest in sixteen equal quarterly installments on each of February 15, May 15, August 15 and November 15, beginning May 15, 2017, subject to the Reporting Person's continued service through each vesting date.",
    TB, dates_equal(16000, iso(rule_days([(2, 15), (5, 15), (8, 15), (11, 15)], "2017-05-15", 16, inclusive=True))), gd="2017-03-01", N=16000, **W)
add("Represents restricted stock units, 1/16th of which vest on each Quarterly Vesting Date beginning on November 15, 2022, subject to continued service through each vesting date. A \"Quarterly Vesting Date\" is February 15, May 15, August 15 or November 15.",
    TB, dates_equal(4800, iso(rule_days([(2, 15), (5, 15), (8, 15), (11, 15)], "2022-11-15", 16, inclusive=True))), gd="2022-10-03", N=4800, **W)
add("The restricted stock units vest as follows: 5% on May 15, 2019; 15% on May 15, 2020; 40% in two equal installments on November 15, 2020 and May 15, 2021; and 40% in two equal installments on November 15, 2021 and May 15, 2022.",
    TB, cumulative(1000, [("2019-05-15", F(5, 100)), ("2020-05-15", F(15, 100)), ("2020-11-15", F(20, 100)), ("2021-05-15", F(20, 100)),
                          ("2021-11-15", F(20, 100)), ("2022-05-15", F(20, 100))]), gd="2018-05-17", N=1000, **W)
add("12.5% of the restricted stock units vest on April 1, 2024 and the remaining restricted stock units vest in equal semi-annual installments thereafter through October 1, 2027, subject to continued employment through each applicable vesting date.",
    TB, dates_equal(80000, [d.isoformat() for d in (addm(D("2024-04-01"), 6 * k) for k in range(8))]), gd="2023-10-01", N=80000, **W)
add("The RSUs vest in eight equal quarterly installments on the fifteenth day of the second month of each calendar quarter, commencing with May 15, 2024.",
    TB, dates_equal(1600, ["2024-05-15", "2024-08-15", "2024-11-15", "2025-02-15", "2025-05-15", "2025-08-15", "2025-11-15", "2026-02-15"]), gd="2024-03-20", N=1600, **W)
add("Twenty-five percent of the RSUs vest on March 31, 2024 and 6.25% of the RSUs vest on the last day of each calendar quarter thereafter until all of the RSUs have vested, subject to the Reporting Person's continued service.",
    TB, lump_then_days(1600, "2024-03-31", F(1, 4), rule_days(QUARTER_ENDS, "2024-03-31", 12)), gd="2023-03-15", N=1600, **W)
add("25% of the RSUs vested on September 1, 2022, and the remaining 75% vest in twelve equal quarterly installments on the first day of each January, April, July and October thereafter, subject to continued employment.",
    TB, lump_then_days(4000, "2022-09-01", F(1, 4), rule_days([(1, 1), (4, 1), (7, 1), (10, 1)], "2022-09-01", 12)), gd="2021-09-01", N=4000, **W)

# ================================================================ RSUs across sectors: spans, counts, anchors, ends (v027-v046)
add("Represents restricted stock units granted in connection with the closing of the Business Combination on July 21, 2021 (the \"Closing Date\"). One-third of the RSUs vest on each of the first three anniversaries of the Closing Date, subject to the Reporting Person's continued service through the applicable vesting date. Each RSU represents a contingent right to receive one share of Class A common stock.",
    TB, equal(90000, "2021-07-21", 3, 12, 12), gd="2021-08-02", N=90000, **W)
add("The RSUs vest in equal annual installments on each of the first four anniversaries of December 10, 2018, the date on which the Reporting Person was appointed Chief Financial Officer, subject to continued employment.",
    TB, equal(10000, "2018-12-10", 4, 12, 12), gd="2019-01-02", N=10000, **W)
add("The PSUs were earned at 112% of target based on the Company's three-year relative TSR for the performance period ended December 31, 2022, as certified by the Compensation Committee on February 9, 2023, and vest in full on March 1, 2023, subject to continued employment through such date.",
    TB, stated([("2023-03-01", 5600)]), gd="2023-02-09", N=5600, **W, note="the performance condition is met: time-based")
add("The restricted stock units vest in four equal installments on each Vesting Date, subject to the Reporting Person's continued service. \"Vesting Date\" means each of March 10, 2026, March 10, 2027, March 10, 2028 and March 10, 2029.",
    TB, dates_equal(4000, yearly("03-10", 2026, 4)), gd="2025-03-10", N=4000, **W)
add("The stock units vest in three equal installments over a three year period, commencing on the first anniversary of the date of grant, and will be paid in shares of common stock upon vesting.",
    TB, equal(3333, "2014-06-03", 3, 12, 12), gd="2014-06-03", N=3333, **W)
add("The restricted stock units cliff vest three years from the grant date, on March 28, 2027, provided the Associate remains employed with the Company through that date. Upon vesting, shares will be delivered net of applicable tax withholding.",
    TB, stated([("2027-03-28", 1850)]), gd="2024-03-28", N=1850, **W)
add("The RSUs vest in four equal annual installments, the first of which will vest on May 20, 2026, subject to the Reporting Person's continued service with the Company through each applicable vesting date.",
    TB, dates_equal(2000, yearly("05-20", 2026, 4)), gd="2025-05-20", N=2000, **W)
add("The restricted stock units vest at the rate of 10% of the award on each of the first four quarterly anniversaries of the grant date and 5% of the award on each quarterly anniversary thereafter, until the award is fully vested.",
    TB, cumulative(2000, [(addm(D("2022-04-01"), 3 * k).isoformat(), F(1, 10) if k <= 4 else F(1, 20)) for k in range(1, 17)]), gd="2022-04-01", N=2000, **W)
add("The restricted stock units vest in four equal annual installments on each anniversary of the grant date. The Company will withhold shares upon vesting to satisfy the Reporting Person's tax withholding obligations.",
    TB, equal(1000, "2016-09-15", 4, 12, 12), gd="2016-09-15", N=1000, **W)
add("The restricted stock units vest in three equal annual installments beginning on the first anniversary of the grant date. Sales of shares to cover tax withholding obligations upon each vesting will be made pursuant to a Rule 10b5-1 trading plan adopted by the Reporting Person on March 2, 2026.",
    TB, equal(3000, "2026-02-25", 3, 12, 12), gd="2026-02-25", N=3000, **W, note="the plan's adoption date is a distractor")
add("The RSUs vest in equal quarterly installments over four years from the vesting commencement date of May 15, 2023, subject to continued service.",
    TB, equal(1600, "2023-05-15", 16, 3, 3), gd="2023-06-01", N=1600, **W)
add("The restricted stock units vest in equal monthly installments on the 20th day of each month from January 20, 2025 through December 20, 2026.",
    TB, dates_equal(2400, [addm(D("2025-01-20"), k).isoformat() for k in range(24)]), gd="2024-11-05", N=2400, **W)
add("The RSUs will vest over a four-year period as follows: 25% will vest on the first anniversary of the vesting commencement date, and 6.25% will vest on each three-month anniversary thereafter. The vesting commencement date is August 15, 2021.",
    TB, lump_then_steps(3200, "2022-08-15", F(1, 4), "2021-08-15", range(15, 49, 3)), gd="2021-09-10", N=3200, **W)
add("The RSUs vest quarterly in equal installments over three years from March 1, 2022 (the vesting commencement date), with the first installment vesting on June 1, 2022 and the last on March 1, 2025.",
    TB, equal(1200, "2022-03-01", 12, 3, 3), gd="2022-03-24", N=1200, **W)
add("The RSUs vest in six equal semi-annual installments beginning six months after the grant date; vested RSUs will be settled within 30 days after the applicable vesting date.",
    TB, equal(6000, "2020-08-31", 6, 6, 6), gd="2020-08-31", N=6000, **W)
add("Subject to the Reporting Person's continued service, the RSUs vest in three equal installments on each of the first three Annual Vesting Dates following the grant date, where \"Annual Vesting Date\" means March 5 of each calendar year.",
    TB, dates_equal(2100, yearly("03-05", 2025, 3)), gd="2024-03-12", N=2100, **W)
add("The restricted stock units vest 33%, 33% and 34% on the first, second and third anniversaries of the grant date, respectively, and will be settled in shares of common stock as soon as practicable after each vesting date.",
    TB, cumulative(5000, [("2016-04-01", F(33, 100)), ("2017-04-01", F(33, 100)), ("2018-04-01", F(34, 100))]), gd="2015-04-01", N=5000, **W)
add("Includes 37 dividend equivalent units credited on the unvested restricted stock units, which vest on the same schedule as the underlying units: in three equal annual installments beginning on February 20, 2019.",
    TB, dates_equal(1537, yearly("02-20", 2019, 3)), gd="2018-02-20", N=1537, **W)
add("Represents shares earned under a performance share award for the 2021-2023 performance period, as determined by the Compensation Committee on February 14, 2024. 50% of the earned shares vested upon certification and the remaining 50% will vest on February 14, 2025, subject to continued employment.",
    TB, stated([("2024-02-14", 1551), ("2025-02-14", 1551)]), gd="2024-02-14", N=3102, **W)
add("The shares of restricted stock vest in four equal annual installments beginning on the first anniversary of the Issuer's initial public offering, which closed on February 6, 2020.",
    TB, equal(8000, "2020-02-06", 4, 12, 12), gd="2020-01-31", N=8000, **W)

# ================================================================ banks, REITs, older restricted stock (v047-v056)
add("The restricted shares were awarded on March 1, 2005 under the Bancorp's 2004 Stock Incentive Plan and vest at the rate of 20% per year on each anniversary of the award date, commencing March 1, 2006. Dividends on unvested shares are paid to the holder.",
    TB, equal(5000, "2005-03-01", 5, 12, 12), gd="2005-03-01", N=5000, **W)
add("Represents LTIP Units in the Operating Partnership granted under the 2014 Equity Incentive Plan. The LTIP Units vest in three equal annual installments on January 1, 2016, January 1, 2017 and January 1, 2018, subject to the Reporting Person's continued employment through each vesting date. Vested LTIP Units may, subject to certain conditions, be converted into common units of the Operating Partnership, which are redeemable for cash or, at the Company's election, shares of common stock on a one-for-one basis.",
    TB, dates_equal(12345, ["2016-01-01", "2017-01-01", "2018-01-01"]), gd="2015-02-10", N=12345, **W)
add("The shares of restricted stock vest in three equal annual installments, with the first installment vesting on January 28, 2010, and are subject to the dividend and transfer restrictions described in the Bank's 2007 Equity Plan.",
    TB, dates_equal(3000, yearly("01-28", 2010, 3)), gd="2009-01-28", N=3000, **W)
add("The restricted shares vest ratably in annual installments over a three-year period beginning on the first anniversary of the grant date. Any unvested shares will vest upon the Reporting Person's death or disability.",
    TB, equal(4500, "2011-02-22", 3, 12, 12), gd="2011-02-22", N=4500, **W)
add("The shares of restricted stock vest 20% annually on the anniversary date of the grant and will be fully vested after five years, subject to the recipient remaining a director or employee of the Bank.",
    TB, equal(2500, "2007-12-18", 5, 12, 12), gd="2007-12-18", N=2500, **W)
add("The options vest one-third per year on each of the first three anniversaries of the grant date and have a term of ten years. In the event of a change in control, all unvested options will immediately vest.",
    TB, equal(15000, "2010-01-27", 3, 12, 12), gd="2010-01-27", N=15000, exp="2020-01-27", **W)
add("Represents restricted shares granted to the Reporting Person under the Trust's 2009 Omnibus Share Plan, which vest in five equal annual installments, the first of which vested on the date of grant. Holders of restricted shares receive distributions on unvested shares.",
    TB, equal(7500, "2013-01-02", 5, 12, 0), gd="2013-01-02", N=7500, **W)
add("The restricted shares will vest 100% on the fifth anniversary of the date of grant, or earlier upon the Reporting Person's death, disability or retirement at or after age 65.",
    TB, stated([("2009-04-20", 3000)]), gd="2004-04-20", N=3000, **W)
add("Ten thousand (10,000) shares of restricted stock vest in equal installments of 2,000 shares on each of the first five anniversaries of the grant date.",
    TB, equal(10000, "2006-06-30", 5, 12, 12), gd="2006-06-30", N=10000, **W)
add("The option vests as to 50% of the underlying shares on the second anniversary of the grant date and as to an additional 25% on each of the third and fourth anniversaries, subject to the optionee's continued employment; the option has a term of seven years.",
    TB, cumulative(20000, [("2020-11-28", F(1, 2)), ("2021-11-28", F(1, 4)), ("2022-11-28", F(1, 4))]), gd="2018-11-28", N=20000, exp="2025-11-27", **W)

# ================================================================ immediate and mixed (v057-v064)
add("Represents deferred stock units awarded to the Reporting Person as the annual equity retainer for non-employee directors. The units were fully vested on the grant date and will be settled in shares of common stock upon the Reporting Person's separation from service from the Board, unless the Reporting Person elected an earlier distribution date.",
    IM, stated([("2018-05-17", 1432)]), gd="2018-05-17", N=1432, **W)
add("These options were granted to the Reporting Person in consideration of service on the Board of Directors and vested in their entirety on the date of grant; they expire ten years from the date of grant.",
    IM, stated([("2006-05-24", 10000)]), gd="2006-05-24", N=10000, exp="2016-05-24", **W)
add("The restricted stock units were granted fully vested; the shares underlying the units will be delivered to the Reporting Person on the third anniversary of the grant date or, if earlier, upon a change in control.",
    IM, stated([("2020-06-15", 2000)]), gd="2020-06-15", N=2000, **W, note="the delivery date is not a vesting date")
add("Of the 6,000 units reported, 3,000 are time-based restricted stock units that vest in three equal annual installments beginning April 5, 2024, and 3,000 are performance share units that will be earned, if at all, based on the Company's cumulative earnings per share for fiscal years 2023 through 2025. The number of performance share units earned may range from 0% to 200% of target.",
    MX, dates_equal(3000, yearly("04-05", 2024, 3)), gd="2023-04-05", N=6000, **W, note="the dated part is the 3,000 time-based units")
add("50% of the restricted stock units vest on the second anniversary of the grant date and the remaining 50% will vest upon the first commercial sale of the Company's product in the United States, in each case subject to continued service.",
    MX, stated([("2021-09-09", 2000)]), gd="2019-09-09", N=4000, **W)
add("The award consists of 2,400 restricted stock units. 1,200 RSUs vest in two equal installments on June 1, 2025 and June 1, 2026. The remaining 1,200 RSUs will vest upon the achievement of a specified clinical milestone, as determined by the Board.",
    MX, stated([("2025-06-01", 600), ("2026-06-01", 600)]), gd="2024-06-01", N=2400, **W)
add("Twenty percent (20%) of the LTIP Units vested upon issuance, and the remaining LTIP Units will vest based on the achievement of absolute and relative total shareholder return goals over a three-year performance period.",
    MX, stated([("2017-01-03", 10000)]), gd="2017-01-03", N=50000, **W)
add("The option vests in three substantially equal annual installments beginning on the first anniversary of the grant date, with any fractional shares rounded down to the nearest whole share and the remainder vesting on the final vesting date.",
    TB, equal(10000, "2017-02-27", 3, 12, 12), gd="2017-02-27", N=10000, exp="2027-02-26", **W,
    note="3,333 / 3,333 / 3,334 by either rounding")

# ================================================================ must be not_vesting, performance, or refused (v065-v080)
add("The restricted stock units granted to the non-employee director vest in full on the earlier of the first anniversary of the grant date or the date of the Issuer's next annual meeting of stockholders, subject to continued service through the vesting date.",
    UN, gd="2019-06-06", N=4210, **W, note="the annual meeting's date is not stated, and it is not an acceleration")
add("Each performance share unit represents a contingent right to receive one share of common stock. The PSUs will vest, if at all, on the third anniversary of the grant date based on the Company's total shareholder return relative to the companies in the S&P 500 Index over the performance period from January 1, 2024 through December 31, 2026.",
    PF, gd="2024-02-15", N=12000, **W)
add("The sales reported in this Form 4 were effected pursuant to a Rule 10b5-1 trading plan adopted by the Reporting Person on August 14, 2023. The shares sold had vested on September 1, 2023 under a restricted stock unit award granted on September 1, 2020.",
    NV, gd="2023-11-03", N=2500, **W)
add("Represents shares withheld by the Issuer to satisfy tax withholding obligations in connection with the vesting of 4,120 restricted stock units on February 15, 2022. The withholding was effected pursuant to the terms of the Issuer's 2019 Omnibus Incentive Plan and does not represent a sale by the Reporting Person.",
    NV, gd="2022-02-15", N=1622, **W)
add("Shares acquired under the Issuer's 2010 Employee Stock Purchase Plan for the offering period ended May 31, 2016, at a purchase price of $18.42 per share, which is 85% of the closing price on the first day of the offering period.",
    NV, gd="2016-05-31", N=612, **W)
add("Received in exchange for 12,500 shares of Target common stock in connection with the merger of Target with and into a wholly owned subsidiary of the Issuer, effective October 1, 2012, at an exchange ratio of 0.6524 shares of Issuer common stock per Target share.",
    NV, gd="2012-10-01", N=8155, **W)
add("Represents shares of Class A common stock subject to forfeiture that will vest, if at all, upon the closing price of the Class A common stock equaling or exceeding $12.50 for any 20 trading days within a 30 trading-day period at any time during the five-year period following the Closing.",
    PF, gd="2021-10-14", N=750000, **W)
add("The shares of Class B common stock automatically converted into shares of Class A common stock on a one-for-one basis at the time of the Issuer's initial business combination on March 3, 2022.",
    NV, gd="2022-03-03", N=5750000, **W)
add("The shares reported were sold in multiple transactions pursuant to a Rule 10b5-1 trading plan adopted by the Reporting Person on May 10, 2024 at prices ranging from $41.02 to $41.87, inclusive. The Reporting Person undertakes to provide full information regarding the number of shares sold at each separate price.",
    NV, gd="2024-08-15", N=2200, **W)
add("Represents a bona fide gift of shares to a charitable organization on December 18, 2019 for no consideration.",
    NV, gd="2019-12-18", N=400, **W)
add("The restricted stock units vest on December 31, 2025, if at all, subject to achievement of the performance goals established by the Compensation Committee for the 2023-2025 performance cycle.",
    PF, gd="2023-03-01", N=7000, **W)
add("Represents phantom stock units acquired under the Issuer's Deferred Compensation Plan for Directors in lieu of cash fees, which will be settled in cash following the Reporting Person's termination of service.",
    NV, gd="2015-12-31", N=212, **W)
add("The RSUs vest in full on the first anniversary of the Reporting Person's appointment to the Board, subject to continued service through such date.",
    UN, gd="2022-09-12", N=3100, **W, note="the appointment's date is not stated (not the grant date)")
add("Subject to continued service, the option vests in thirty-six monthly installments of equal size measured from the grant date, and will be fully vested and exercisable on the fourth anniversary of the grant date.",
    UN, gd="2021-05-03", N=36000, exp="2031-05-02", **W, note="36 months and four years disagree")
add("The restricted shares vest on each anniversary of the grant date, subject to continued service.",
    UN, gd="2012-08-01", N=900, **W, note="neither a count nor a size per installment")
add("Vesting of these RSUs requires both (a) the Reporting Person's continued service through the second anniversary of the grant date and (b) a Liquidity Event (as defined in the Plan) occurring on or before the seventh anniversary of the grant date.",
    UN, gd="2020-10-01", N=5000, **W, note="a double trigger: the Liquidity Event's date is not stated")
S.rows[-1]["alt_ok_kinds"] = ["performance"]

S.check(80, 80)
S.check_fresh_beside_labelled_and_paraphrases(HERE)
S.finish(HERE, 80, 80)
