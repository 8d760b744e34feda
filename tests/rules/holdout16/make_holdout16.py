#!/usr/bin/env python3
"""Regenerates footnotes-holdout16.jsonl (held-out set 16: general Form 4 footnotes across issuers, sectors,
eras and award types, plus anniversaries, relative offsets and first-installment slots in NEW wordings).

50 footnotes written for this set in real Form 4 "Explanation of Responses" style (modelled on phrasings of many
issuers, not copied): ~30 general lines each combining 3+ schedule elements with realistic surroundings
(small-cap biotech options, bank restricted stock, SPAC-era RSUs, tech RSUs with cliffs, director grants,
2005-2012 option wording); ~12 on anniversaries, relative offsets ("eighteen months after the grant date",
"90 days after", "2 years from the grant date"), first-installment slots ("the first of which vests on D",
"the first on the three-month anniversary of D"), month ends of anniversaries, "on or about" year lists;
8 that must not give a schedule (refused, `not_vesting` or `performance`).

Expected results are computed here from the text alone (conventions of ../holdout_expect.py: stated amounts as
stated; otherwise cumulative round-down over the whole grant, month steps from the ORIGINAL anchor with the day
clamped; a calendar rule takes the rule's days from the day it begins on; day offsets are calendar days; the
tranches of a `mixed` line are its dated portion only). Written BEFORE any rule was changed for it (first-run
figures are in the README and in the commit that added it).
"""
import datetime as dt
import os, sys
from fractions import Fraction as F

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from holdout_expect import D, addm, sched, equal, stated, dates_equal, rule_days, QUARTER_ENDS, HeldOut, TB, IM, MX, NV, PF, UN, lump_then_steps, iso  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
S = HeldOut("t", "holdout16")
add = S.add
W = dict(real=False)


def plus_days(s, n):
    return (D(s) + dt.timedelta(days=n)).isoformat()


def check_fresh_beyond_holdouts(limit):
    """check_fresh covers the dev corpus and the held-out sets; this also covers the labelled corpus and the
    paraphrases (skipped when absent)."""
    import difflib, glob, json
    paths = ["/work/shared/corpus/footnotes-labelled.jsonl"] + sorted(glob.glob(os.path.join(HERE, "..", "paraphrases", "*.jsonl")))
    others = []
    for p in paths:
        if os.path.exists(p):
            with open(p) as fh:
                others += [json.loads(l)["text"] for l in fh if l.strip()]
    bad = [(r["id"], r["text"][:50]) for r in S.rows
           if others and max(difflib.SequenceMatcher(None, r["text"], o).ratio() for o in others) >= limit]
    assert not bad, bad


# ---------------------------------------------------------------- general lines (3+ elements, realistic surroundings)
add("The option vests as to 25% of the underlying shares on March 14, 2025, the first anniversary of the vesting commencement date, and the remaining shares vest in 36 equal monthly installments thereafter, subject to the Reporting Person's continued service through each vesting date.",
    TB, lump_then_steps(48000, "2025-03-14", F(1, 4), "2025-03-14", range(1, 37)), gd="2024-03-20", N=48000, exp="2034-03-19", **W,
    note="small-cap biotech option: the anniversary's date stated beside it")
add("Restricted stock granted under the Bancorp's 2019 Equity Incentive Plan. The shares vest in five equal annual installments beginning on the first anniversary of the grant date, provided the Reporting Person remains employed by the Bank on each vesting date.",
    TB, equal(2500, "2021-02-16", 5, 12, 12), gd="2021-02-16", N=2500, **W, note="bank restricted stock")
add("Each restricted stock unit represents a contingent right to receive one share of Class A common stock. The RSUs vest in three equal annual installments on the first three anniversaries of July 22, 2021, the date on which the Business Combination closed, subject to continued service.",
    TB, equal(90000, "2021-07-22", 3, 12, 12), gd="2021-09-01", N=90000, **W, note="SPAC-era RSUs anchored on the closing, not the grant")
add("The RSUs vest over four years: 25% vest on the one-year anniversary of the vesting commencement date of November 15, 2022, and the remainder vest in 12 equal quarterly installments thereafter, in each case subject to continued service through the applicable vesting date.",
    TB, lump_then_steps(16000, "2023-11-15", F(1, 4), "2022-11-15", range(15, 49, 3)), gd="2022-12-01", N=16000, **W,
    note="tech RSUs with a one-year cliff")
add("Represents an annual grant of restricted stock units to a non-employee director. The units vest in four equal quarterly installments beginning on August 10, 2023, subject to the director's continued service on the Board through each vesting date.",
    TB, equal(2000, "2023-08-10", 4, 3, 0), gd="2023-05-10", N=2000, **W, note="director grant")
add("Options granted under the 2004 Stock Incentive Plan; exercisable in three equal annual installments beginning February 8, 2007, and expire ten years from the date of grant.",
    TB, dates_equal(30000, ["2007-02-08", "2008-02-08", "2009-02-08"]), gd="2006-02-08", N=30000, exp="2016-02-08", **W,
    note="2006 option wording; 'ten years from the date of grant' is the term, not a vesting date")
add("This option was granted on June 1, 2009 and vests 20% on each of the first five anniversaries of the grant date.",
    TB, equal(50000, "2009-06-01", 5, 12, 12), gd="2009-06-01", N=50000, exp="2019-06-01", **W)
add("The shares subject to the option vest as follows: 1/4th of the shares vest on January 9, 2025 and 1/48th of the shares vest monthly thereafter on the same day of each month, such that the option will be fully vested on January 9, 2028, subject to the Reporting Person's continuous service.",
    TB, lump_then_steps(24000, "2025-01-09", F(1, 4), "2025-01-09", range(1, 37)), gd="2024-01-09", N=24000, exp="2034-01-08", **W,
    note="1/48th x 36 = 3/4 and the end date agree")
add("The restricted shares vest at the rate of 33 1/3% per year beginning on the first anniversary of the date of grant.",
    TB, equal(3000, "2012-03-20", 3, 12, 12), gd="2012-03-20", N=3000, **W, note="bank, 2012")
add("Beginning March 31, 2024, the RSUs vest in eight equal installments on the last day of each calendar quarter, subject to continued service.",
    TB, dates_equal(8000, iso(rule_days(QUARTER_ENDS, "2024-03-31", 8, inclusive=True))), gd="2024-01-05", N=8000, **W)
add("Of the 20,000 RSUs reported, 10,000 vest in two equal annual installments on May 3, 2025 and May 3, 2026, and 10,000 are performance-based and will vest, if at all, upon the achievement of specified revenue targets.",
    MX, stated([("2025-05-03", 5000), ("2026-05-03", 5000)]), gd="2024-05-03", N=20000, **W, note="the dated portion only")
add("Twenty-five percent of the shares subject to the option vested on the first anniversary of the grant date, and the balance vests in equal monthly installments over the following thirty-six months.",
    TB, lump_then_steps(12000, "2011-08-23", F(1, 4), "2010-08-23", range(13, 49)), gd="2010-08-23", N=12000, exp="2020-08-22", **W)
add("The RSUs vest in six equal semi-annual installments commencing on the six-month anniversary of the grant date.",
    TB, equal(6000, "2022-08-31", 6, 6, 6), gd="2022-08-31", N=6000, **W, note="month ends clamped from the original anchor")
add("Of the shares reported, 4,000 restricted shares vest on December 15, 2025, and the remaining 6,000 restricted shares vest in two equal annual installments on December 15, 2026 and December 15, 2027.",
    TB, stated([("2025-12-15", 4000), ("2026-12-15", 3000), ("2027-12-15", 3000)]), gd="2024-12-15", N=10000, **W)
add("The option vests over four years, with 25% vesting on September 1, 2024 and the remainder vesting in equal quarterly installments over the next three years, subject to continued employment.",
    TB, lump_then_steps(8000, "2024-09-01", F(1, 4), "2024-09-01", range(3, 37, 3)), gd="2023-09-15", N=8000, exp="2033-09-14", **W)
add("These RSUs vest 100% on the third anniversary of the grant date, subject to the reporting person's continued service through such date, with accelerated vesting upon a qualifying termination following a change in control.",
    TB, stated([("2026-02-27", 4200)]), gd="2023-02-27", N=4200, **W, note="cliff with an acceleration proviso")
add("Options vest in four equal annual installments commencing one year from the date of grant.",
    TB, equal(40000, "2008-11-12", 4, 12, 12), gd="2008-11-12", N=40000, exp="2018-11-12", **W, note="2008 wording")
add("The RSUs vest in sixteen equal quarterly installments on February 15, May 15, August 15 and November 15 of each year, beginning on May 15, 2025.",
    TB, dates_equal(3200, iso(rule_days([(2, 15), (5, 15), (8, 15), (11, 15)], "2025-05-15", 16, inclusive=True))), gd="2025-03-03", N=3200, **W)
add("Each RSU represents the right to receive one share of common stock upon vesting. The RSUs vest 30% on April 1, 2025, 30% on April 1, 2026 and 40% on April 1, 2027, subject to the Reporting Person's continued service with the Company.",
    TB, stated([("2025-04-01", 750), ("2026-04-01", 750), ("2027-04-01", 1000)]), gd="2024-04-01", N=2500, **W)
add("The option becomes exercisable in 48 equal monthly installments, the first one month after the date of grant, so long as the optionee remains an employee.",
    TB, equal(4800, "2021-01-31", 48, 1, 1), gd="2021-01-31", N=4800, exp="2031-01-30", **W, note="month ends clamped")
add("The restricted stock award vests at a rate of 20% per annum commencing on the first anniversary of the award date of May 18, 2011.",
    TB, equal(5000, "2011-05-18", 5, 12, 12), gd="2011-05-18", N=5000, **W)
add("The RSUs will vest in equal quarterly installments over a three-year period, with the first installment vesting on June 5, 2024.",
    TB, equal(1200, "2024-06-05", 12, 3, 0), gd="2024-03-05", N=1200, **W, note="three years of quarters: 12 installments")
add("The option became exercisable as to 25% of the shares on the date of grant and becomes exercisable as to an additional 25% on each of the first three anniversaries of the grant date.",
    TB, equal(20000, "2006-07-11", 4, 12, 0), gd="2006-07-11", N=20000, exp="2016-07-11", **W, note="25% at grant, then three anniversaries")
add("Represents restricted stock units that vest in four equal annual installments beginning on March 10, 2025. Vested shares will be delivered to the reporting person within 30 days following each vesting date.",
    TB, dates_equal(400, ["2025-03-10", "2026-03-10", "2027-03-10", "2028-03-10"]), gd="2024-03-10", N=400, **W,
    note="the delivery sentence is set aside")
add("The option vests and becomes exercisable with respect to 1/3 of the shares on each of December 1, 2012, December 1, 2013 and December 1, 2014.",
    TB, dates_equal(9000, ["2012-12-01", "2013-12-01", "2014-12-01"]), gd="2011-12-01", N=9000, exp="2021-12-01", **W)
add("The shares vest as follows: 12/48ths of the shares vested on October 1, 2023 and 1/48th of the shares vest on the first day of each month thereafter until October 1, 2026.",
    TB, lump_then_steps(4800, "2023-10-01", F(1, 4), "2023-10-01", range(1, 37)), gd="2022-10-15", N=4800, **W)
add("50% of the restricted stock units will vest on January 15, 2026, and the remaining 50% will vest upon the approval by the FDA of the Company's New Drug Application, provided the Reporting Person remains in service.",
    MX, stated([("2026-01-15", 3000)]), gd="2025-01-15", N=6000, **W, note="the dated portion only")
add("The restricted shares vest in three equal annual installments on December 31 of each of 2024, 2025 and 2026.",
    TB, dates_equal(900, ["2024-12-31", "2025-12-31", "2026-12-31"]), gd="2024-02-01", N=900, **W)
add("The stock option was fully vested and exercisable on the date of grant.",
    IM, stated([("2010-05-05", 7500)]), gd="2010-05-05", N=7500, exp="2020-05-05", **W,
    note="vested and exercisable together: no early exercise (corrected after the first run, see README)")

# ---------------------------------------------------------------- anniversaries, relative offsets, first-installment slots
add("One-quarter of the option vests on each of the first four anniversaries of the date on which the option was granted.",
    TB, equal(8000, "2025-05-05", 4, 12, 12), gd="2025-05-05", N=8000, exp="2035-05-04", **W)
add("The RSUs vest in two equal installments on the nine-month and eighteen-month anniversaries of the grant date.",
    TB, equal(5000, "2024-10-31", 2, 9, 9), gd="2024-10-31", N=5000, **W, note="2025-07-31 and 2026-04-30 (clamped)")
add("30% of the option becomes exercisable eighteen months after the grant date and the balance becomes exercisable in equal monthly installments over the following 30 months.",
    TB, lump_then_steps(10000, "2025-07-10", F(3, 10), "2024-01-10", range(19, 49)), gd="2024-01-10", N=10000, exp="2034-01-09", **W)
add("The restricted stock units vest in full 2 years from the grant date.",
    TB, stated([("2027-06-16", 1000)]), gd="2025-06-16", N=1000, **W)
add("One-third of the award vested 90 days after the grant date, and the remaining two-thirds will vest on the first anniversary of the grant date.",
    TB, stated([(plus_days("2025-02-01", 90), 1000), ("2026-02-01", 2000)]), gd="2025-02-01", N=3000, **W, note="90 calendar days")
add("The option vests in four equal annual installments, the first of which vests on September 30, 2026.",
    TB, equal(4000, "2026-09-30", 4, 12, 0), gd="2025-09-15", N=4000, exp="2035-09-14", **W)
add("One-third of the RSUs vest on the last day of the month in which each of the first three anniversaries of the grant date occurs.",
    TB, dates_equal(3000, ["2026-04-30", "2027-04-30", "2028-04-30"]), gd="2025-04-09", N=3000, **W)
add("1/20th of the RSUs vest on the 5th day of each month starting on July 5, 2025.",
    TB, equal(2000, "2025-07-05", 20, 1, 0), gd="2025-05-12", N=2000, **W)
add("One-third of the units vested on June 30, 2024, one-third vested on June 30, 2025 and one-third will vest on June 30, 2026.",
    TB, dates_equal(1500, ["2024-06-30", "2025-06-30", "2026-06-30"]), gd="2023-06-30", N=1500, **W, note="tenses differ by date")
add("2,500 shares become exercisable on or about each of October 2, 2025, 2026, 2027 and 2028.",
    TB, stated([("2025-10-02", 2500), ("2026-10-02", 2500), ("2027-10-02", 2500), ("2028-10-02", 2500)]), gd="2024-10-02", N=10000, exp="2034-10-01", **W)
add("The RSUs vest in twelve equal quarterly installments, the first on the three-month anniversary of the vesting commencement date of August 1, 2025.",
    TB, equal(1200, "2025-08-01", 12, 3, 3), gd="2025-08-20", N=1200, **W)
add("The award vests as to 25% after one year from the grant date and as to the remaining 75% in three equal annual installments thereafter.",
    TB, equal(4000, "2025-07-07", 4, 12, 12), gd="2025-07-07", N=4000, **W)
add("Vests in annual installments of 20% beginning on the first anniversary of the grant date.",
    TB, equal(500, "2025-01-28", 5, 12, 12), gd="2025-01-28", N=500, **W)

# ---------------------------------------------------------------- must not give a schedule
add("1/36th of the option vests on each monthly anniversary of the March 2025 vesting commencement date.",
    UN, gd="2025-04-01", N=3600, exp="2035-03-31", **W, note="a month without a day")
add("Subject to the holder's continued service, the award vests in four equal yearly installments, beginning in March 2026.",
    UN, gd="2025-03-01", N=400, **W, note="which day of March is not said")
add("The option vests in 36 equal monthly installments commencing on February 1, 2026, such that the option will be fully vested on February 1, 2028.",
    UN, gd="2025-12-01", N=3600, exp="2035-11-30", **W, note="36 months from February 1, 2026 end on January 1, 2029")
add("The RSUs vest in three equal annual installments beginning on the first anniversary of the Reporting Person's commencement of employment.",
    UN, gd="2025-06-01", N=900, **W, note="the employment start date is not stated")
add("The RSUs vest 40% on May 1, 2026, 40% on May 1, 2027 and 30% on May 1, 2028.",
    UN, gd="2025-05-01", N=1000, **W, note="the portions add to 110%")
add("Represents shares sold under a Rule 10b5-1 sales plan that the Reporting Person entered into with his broker on November 14, 2024.",
    NV, gd="2025-02-10", N=1200, **W)
add("Shares withheld by the Issuer to cover tax obligations arising from the vesting of restricted stock units granted on February 20, 2023.",
    NV, gd="2025-02-20", N=318, **W)
add("The performance stock units vest, if at all, based on the Company's relative total shareholder return over the three-year performance period ending December 31, 2027.",
    PF, gd="2025-03-01", N=6000, **W)

S.check(50, 50)
S.check_fresh(HERE, 0.9, verbose="-v" in sys.argv)
check_fresh_beyond_holdouts(0.9)
S.write(os.path.join(HERE, "footnotes-holdout16.jsonl"))
if __name__ == "__main__":
    import collections
    print(len(S.rows), dict(collections.Counter(r["expect"]["kind"] for r in S.rows)))
