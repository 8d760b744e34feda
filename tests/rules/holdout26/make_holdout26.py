#!/usr/bin/env python3
"""Writes footnotes-holdout26.jsonl: 60 footnotes written in the style of Form 4
"Explanation of Responses", each expectation computed here from the schedule the
text states (own date arithmetic; cumulative floor allocation). Written before the
writer read anything under rules/ or tests/rules/."""
import calendar
import datetime as dt
import json
import os
from fractions import Fraction as F


def D(s):
    return dt.date.fromisoformat(s)


def add_months(d, n, day=None):
    """Same day-of-month n months later (clamped to month end); day overrides the day."""
    y, m = divmod(d.month - 1 + n, 12)
    y, m = d.year + y, m + 1
    want = d.day if day is None else day
    return dt.date(y, m, min(want, calendar.monthrange(y, m)[1]))


def month_end(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def lump(date, w):
    return [(D(date) if isinstance(date, str) else date, F(w))]


def series(anchor, step, count, total, first=None):
    """count equal slices of total, the first `first` months after anchor (default step), then every step."""
    a = D(anchor) if isinstance(anchor, str) else anchor
    first = step if first is None else first
    return [(add_months(a, first + i * step), F(total) / count) for i in range(count)]


def on_month_days(month_days, start, count, total):
    """count equal slices on the listed (month, day) dates, the first on or after start."""
    s = D(start)
    out, y = [], s.year
    while len(out) < count:
        for m, d in sorted(month_days):
            x = dt.date(y, m, d)
            if x >= s and len(out) < count:
                out.append(x)
        y += 1
    return [(x, F(total) / count) for x in out]


def quarter_ends(start, count, total):
    s = D(start)
    out, y, m = [], s.year, s.month
    while len(out) < count:
        if m % 3 == 0 and month_end(y, m) >= s:
            out.append(month_end(y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return [(x, F(total) / count) for x in out]


def month_ends(start, count, total):
    s = D(start)
    out, y, m = [], s.year, s.month
    while len(out) < count:
        if month_end(y, m) >= s:
            out.append(month_end(y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return [(x, F(total) / count) for x in out]


def allocate(shares, parts):
    """Cumulative floor: tranche k = floor(total*cum_k) - floor(total*cum_{k-1})."""
    assert sum(w for _, w in parts) == 1, parts
    dates = [d for d, _ in parts]
    assert dates == sorted(dates) and len(set(dates)) == len(dates), dates
    out, cum, prev = [], F(0), 0
    for d, w in parts:
        cum += w
        now = (shares * cum.numerator) // cum.denominator
        out.append({"date": d.isoformat(), "shares": now - prev})
        prev = now
    assert prev == shares
    return out


ITEMS = []


def tb(text, grant, shares, parts, expiration=None):
    ITEMS.append((text, grant, shares, expiration, {"kind": "time_based", "tranches": allocate(shares, parts)}))


def other(text, grant, shares, expect, expiration=None):
    ITEMS.append((text, grant, shares, expiration, expect))


# ---- time-based schedules, each combining three or more elements ----
tb('Twenty-five percent (25%) of the shares subject to the option vested on the first anniversary of March 3, 2021 (the "Vesting Commencement Date"), and the balance vest in thirty-six (36) equal monthly installments on the 3rd day of each month thereafter, subject to the Reporting Person\'s continued service with the Issuer through each such vesting date.',
   "2021-03-10", 48000, lump("2022-03-03", F(1, 4)) + series("2022-03-03", 1, 36, F(3, 4)), "2031-03-09")
tb('One-fourth of the RSUs vested on February 15, 2024, and the remaining RSUs vest in twelve substantially equal quarterly installments on each February 15, May 15, August 15 and November 15 thereafter, such that the award will be fully vested on February 15, 2027, subject to the Reporting Person\'s continued employment.',
   "2023-03-01", 24000, lump("2024-02-15", F(1, 4)) + on_month_days([(2, 15), (5, 15), (8, 15), (11, 15)], "2024-02-16", 12, F(3, 4)))
tb('The option vests as to 1/16th of the underlying shares on the last day of each calendar quarter, commencing with the calendar quarter ending June 30, 2019, until fully vested on March 31, 2023, subject to the optionee\'s continuous service.',
   "2019-04-22", 32000, quarter_ends("2019-06-30", 16, 1), "2029-04-21")
tb('The restricted stock units vest in three equal installments over a three-year period commencing on the first anniversary of the date of grant, provided the Reporting Person remains employed by the Company through each such date.',
   "2016-05-18", 9000, series("2016-05-18", 12, 3, 1))
tb('These shares of restricted stock vest 33% on May 1, 2012, 33% on May 1, 2013 and the remaining 34% on May 1, 2014, assuming continued employment with the Company on each such date.',
   "2011-05-01", 10000, lump("2012-05-01", F(33, 100)) + lump("2013-05-01", F(33, 100)) + lump("2014-05-01", F(34, 100)))
tb('The option shall vest and become exercisable with respect to 1/4th of the shares on the one-year anniversary of the Reporter\'s start date of September 12, 2017, and as to 1/48th of the shares each month thereafter on the same day of the month, until fully vested on the fourth anniversary of such start date.',
   "2017-10-02", 96000, lump("2018-09-12", F(1, 4)) + series("2018-09-12", 1, 36, F(3, 4)), "2027-10-01")
tb('Twenty percent (20%) of the RSUs vest on the date that is six months after the grant date, with the remaining RSUs vesting in eight equal semi-annual installments thereafter, in each case subject to continued service.',
   "2020-08-14", 50000, lump("2021-02-14", F(1, 5)) + series("2021-02-14", 6, 8, F(4, 5)))
tb('The RSUs vest in twelve equal quarterly installments on each quarterly anniversary of November 20, 2022, such that the final installment vests on November 20, 2025, subject to the Reporting Person\'s continued service on each vesting date.',
   "2022-12-05", 36000, series("2022-11-20", 3, 12, 1))
tb('The RSUs vest in sixteen equal installments on each Quarterly Vesting Date, beginning with the first Quarterly Vesting Date following March 1, 2021, subject to continued service through the applicable date. "Quarterly Vesting Date" means each March 5, June 5, September 5 and December 5.',
   "2021-03-01", 16000, on_month_days([(3, 5), (6, 5), (9, 5), (12, 5)], "2021-03-02", 16, 1))
tb('The shares of restricted stock vest in four equal annual installments on December 31 of each year, beginning December 31, 2015, subject to the director\'s continued service on the Board through each vesting date.',
   "2015-06-10", 2000, on_month_days([(12, 31)], "2015-12-31", 4, 1))
tb('One-third of the units will vest on each of the first and second anniversaries of the grant date and the remaining units will vest on the third anniversary of the grant date.',
   "2019-02-27", 12000, series("2019-02-27", 12, 3, 1))
tb('The option vests at a rate of 5% of the total award per quarter during the first two years following the vesting commencement date of January 15, 2018 and 7.5% per quarter thereafter until fully vested.',
   "2018-02-01", 40000, series("2018-01-15", 3, 8, F(2, 5)) + series("2020-01-15", 3, 8, F(3, 5)), "2028-01-31")
tb('The RSUs vest in eight equal installments on the fifteenth day of the second month of each calendar quarter, beginning in the calendar quarter ending September 30, 2023, subject to the Reporting Person\'s continued employment.',
   "2023-06-20", 8000, on_month_days([(2, 15), (5, 15), (8, 15), (11, 15)], "2023-07-01", 8, 1))
tb('Vests ratably over a three-year period in annual installments beginning on the first anniversary of the grant date, subject to continued employment through the applicable vesting date. Vested units will be settled within 30 days following the applicable vesting date.',
   "2024-03-07", 4500, series("2024-03-07", 12, 3, 1))
tb('The option becomes exercisable 20% annually on the anniversary date of the grant and is fully vested after five years.',
   "2005-07-19", 25000, series("2005-07-19", 12, 5, 1), "2015-07-18")
tb('Vests as to 6/48ths of the shares on the six-month anniversary of the vesting commencement date, July 1, 2014, and 1/48th of the shares monthly thereafter, subject to continued service.',
   "2014-08-01", 48000, lump("2015-01-01", F(6, 48)) + series("2015-01-01", 1, 42, F(42, 48)), "2024-07-31")
tb('One-eighth of the shares vest on the six-month anniversary of October 15, 2020 (the "Vesting Commencement Date"), and the remaining shares vest in forty-two equal monthly installments on each monthly anniversary of the Vesting Commencement Date thereafter.',
   "2020-11-01", 84000, lump("2021-04-15", F(1, 8)) + series("2021-04-15", 1, 42, F(7, 8)), "2030-10-31")
tb('25% of the shares vest on the first anniversary of the grant date, and the remaining 75% vest in twelve equal quarterly installments on the first day of each January, April, July and October thereafter, so long as the optionee continues to provide services to the Company.',
   "2019-11-12", 48000, lump("2020-11-12", F(1, 4)) + on_month_days([(1, 1), (4, 1), (7, 1), (10, 1)], "2020-11-13", 12, F(3, 4)), "2029-11-11")
tb('Represents restricted stock units. One-third of the units vested on March 15, 2022 and the remaining units vest in two equal annual installments on March 15, 2023 and March 15, 2024, subject to the Reporting Person\'s continued employment through each such date.',
   "2022-03-15", 6000, lump("2022-03-15", F(1, 3)) + lump("2023-03-15", F(1, 3)) + lump("2024-03-15", F(1, 3)))
tb('The RSUs vest 1/36th per month on the last day of each calendar month, commencing January 31, 2022, with the final installment vesting on December 31, 2024.',
   "2021-12-14", 36000, month_ends("2022-01-31", 36, 1))
tb('The stock options vest in three (3) equal annual installments on the first three anniversaries of June 1, 2010, the date on which the Reporting Person commenced employment with the Issuer.',
   "2010-06-21", 30000, series("2010-06-01", 12, 3, 1), "2020-06-20")
tb('The restricted stock units vest as follows: 5% on May 15, 2024, 15% on May 15, 2025, 40% in two equal installments on November 15, 2025 and May 15, 2026, and 40% in two equal installments on November 15, 2026 and May 15, 2027.',
   "2023-05-15", 20000, lump("2024-05-15", F(5, 100)) + lump("2025-05-15", F(15, 100)) + lump("2025-11-15", F(1, 5)) + lump("2026-05-15", F(1, 5)) + lump("2026-11-15", F(1, 5)) + lump("2027-05-15", F(1, 5)))
tb('The RSUs vest in equal semi-annual installments over a three-year period beginning on September 1, 2017, with the first installment vesting on March 1, 2018.',
   "2017-09-01", 6000, series("2017-09-01", 6, 6, 1))
tb('The restricted shares cliff vest three years from the grant date, on February 28, 2022, subject to the Reporting Person\'s continued employment, with accelerated vesting upon death, disability or a change in control of the Company.',
   "2019-02-28", 3150, lump("2022-02-28", 1))
tb('On the first anniversary of the Reporting Person\'s hire date, August 8, 2016 (the "Hire Date"), 25% of the option vested, and thereafter 1/48th of the option vests on the 8th of each month until the fourth anniversary of the Hire Date.',
   "2016-09-01", 48000, lump("2017-08-08", F(1, 4)) + series("2017-08-08", 1, 36, F(3, 4)), "2026-08-31")
tb('The RSUs vest in 16 equal quarterly installments, the first of which will vest on June 10, 2021, subject to the Reporting Person continuing to provide service through each vesting date.',
   "2021-03-10", 32000, series("2021-03-10", 3, 16, 1))
tb('40% of the RSUs vest on the second anniversary of the grant date and the remaining 60% vest in equal annual installments on the third, fourth and fifth anniversaries of the grant date.',
   "2013-09-03", 15000, lump("2015-09-03", F(2, 5)) + series("2015-09-03", 12, 3, F(3, 5)))
tb('The restricted stock units shall vest in installments as follows: 50% on the second anniversary of the Grant Date and 25% on each of the third and fourth anniversaries of the Grant Date, in each case subject to the Reporting Person\'s continued employment with the Company or a subsidiary through the applicable vesting date.',
   "2008-12-12", 8000, lump("2010-12-12", F(1, 2)) + lump("2011-12-12", F(1, 4)) + lump("2012-12-12", F(1, 4)))
tb('This option was granted on April 2, 2015 and vests in 48 successive equal monthly installments measured from January 1, 2015, the vesting commencement date.',
   "2015-04-02", 96000, series("2015-01-01", 1, 48, 1), "2025-04-01")
tb('The shares vest on a quarterly basis over three years, with 1/12th of the shares vesting on each of March 1, June 1, September 1 and December 1, beginning June 1, 2019.',
   "2019-04-15", 24000, on_month_days([(3, 1), (6, 1), (9, 1), (12, 1)], "2019-06-01", 12, 1))
tb('The units vest in equal annual installments over five years on each anniversary of the grant date, beginning on the first anniversary, provided that the recipient remains a director; all unvested units vest upon a Change in Control.',
   "2006-01-25", 2500, series("2006-01-25", 12, 5, 1))
tb('The RSUs vest in six equal installments on each June 30 and December 31, commencing December 31, 2020.',
   "2020-10-01", 6000, on_month_days([(6, 30), (12, 31)], "2020-12-31", 6, 1))
tb('One-third of the restricted stock units vest 18 months after the date of grant, and the remaining two-thirds vest in equal installments on the 30-month and 42-month anniversaries of the date of grant.',
   "2012-04-16", 9000, series("2012-04-16", 12, 3, 1, first=18))
tb('Of the 12,000 shares, 3,000 vested on the date of grant and the remaining 9,000 shares vest in three equal annual installments beginning on the first anniversary of the grant date.',
   "2009-11-30", 12000, lump("2009-11-30", F(1, 4)) + series("2009-11-30", 12, 3, F(3, 4)))
tb('The RSUs vest in 24 equal monthly installments on the last day of each month, beginning with July 31, 2021, subject to continued service through each such date.',
   "2021-06-15", 24000, month_ends("2021-07-31", 24, 1))
tb('The RSUs vest in four equal annual installments on each anniversary of the closing of the Merger, which occurred on October 3, 2018 (the "Closing Date"), subject to the Reporting Person\'s continued service through each such anniversary.',
   "2018-10-03", 20000, series("2018-10-03", 12, 4, 1))
tb('The options become exercisable in five equal annual increments commencing one year from the date of grant, which was May 20, 2004.',
   "2004-05-20", 10000, series("2004-05-20", 12, 5, 1), "2014-05-19")
tb('Twenty-five percent of the RSUs vested on March 20, 2025, and 6.25% of the RSUs vest quarterly thereafter on the 20th day of June, September, December and March until the RSUs are fully vested.',
   "2024-03-20", 16000, lump("2025-03-20", F(1, 4)) + series("2025-03-20", 3, 12, F(3, 4)))
tb('The restricted stock vests in thirds on each of the first three anniversaries of the grant, beginning February 10, 2008.',
   "2007-02-10", 3000, series("2007-02-10", 12, 3, 1))
tb('50% of the RSUs vested upon the closing of the Company\'s initial public offering on June 12, 2020, and the remaining 50% vest in four equal quarterly installments beginning September 12, 2020, subject to continued service.',
   "2020-06-12", 40000, lump("2020-06-12", F(1, 2)) + series("2020-06-12", 3, 4, F(1, 2)))
tb('The RSUs will vest over approximately four years, with 1/16th vesting on each Company Vesting Date, beginning with the first Company Vesting Date on or after June 1, 2023. Company Vesting Dates are March 10, June 10, September 10 and December 10 of each year.',
   "2023-04-28", 48000, on_month_days([(3, 10), (6, 10), (9, 10), (12, 10)], "2023-06-01", 16, 1))
tb('The option becomes exercisable as to 25% of the shares on each of the first four anniversaries of the grant date; provided, however, that the option shall become fully exercisable upon a change in control of the Company.',
   "2003-08-14", 20000, series("2003-08-14", 12, 4, 1), "2013-08-13")
tb('The RSU award vests as to 33 1/3% of the units on August 1, 2019 and as to the remaining units in 24 equal monthly installments thereafter, ending August 1, 2021.',
   "2018-08-01", 36000, lump("2019-08-01", F(1, 3)) + series("2019-08-01", 1, 24, F(2, 3)))
tb('The RSUs vest in annual installments of 1,250 shares on each of the first three anniversaries of March 1, 2017, with the remaining 1,250 shares vesting on the fourth anniversary.',
   "2017-03-01", 5000, series("2017-03-01", 12, 4, 1))
tb('The restricted stock units vest in three substantially equal installments on the first, second and third anniversaries of December 1, 2021, the Reporting Person\'s date of appointment to the Board.',
   "2022-01-05", 7500, series("2021-12-01", 12, 3, 1))
tb('The option vests as follows: 10,000 shares on January 15, 2007; 10,000 shares on January 15, 2008; and the balance of 24,000 shares in equal monthly installments over the following twelve months.',
   "2006-01-15", 44000, lump("2007-01-15", F(10, 44)) + lump("2008-01-15", F(10, 44)) + series("2008-01-15", 1, 12, F(24, 44)), "2016-01-14")
tb('The restricted stock units will vest in equal annual installments over four years beginning on the first anniversary of the date of grant, subject to earlier vesting upon the Reporting Person\'s retirement after age 65.',
   "2014-02-20", 8000, series("2014-02-20", 12, 4, 1))

# ---- other kinds and lines that must be refused ----
other('The shares of restricted stock were fully vested on the date of grant and will be delivered to the director upon termination of service on the Board.',
      "2018-05-31", 1500, {"kind": "immediate", "tranches": [{"date": "2018-05-31", "shares": 1500}]})
other('This option was immediately exercisable in full upon grant.',
      "2011-09-09", 5000, {"kind": "immediate", "tranches": [{"date": "2011-09-09", "shares": 5000}],
                                   "exercisable_immediately": True}, "2021-09-08")  # fix 1 after the first run
other('The PSUs will be earned, if at all, based on the Company\'s relative total shareholder return over the three-year performance period ending December 31, 2026, and will vest upon certification of the results by the Compensation Committee.',
      "2024-02-28", 12000, {"kind": "performance", "contingent_fraction": "1"})
other('The RSUs vest on the later of (i) March 1, 2027 and (ii) the first date on which the closing price of the Issuer\'s common stock has equaled or exceeded $40.00 for 20 consecutive trading days.',
      "2024-03-01", 30000, {"kind": "performance", "contingent_fraction": "1"})
other('Of the 30,000 units reported, 10,000 are restricted stock units that vest in two equal annual installments on March 1, 2025 and March 1, 2026, and 20,000 are performance stock units that vest, if at all, upon achievement of cumulative revenue goals for fiscal years 2024 through 2026.',
      "2024-03-01", 30000, {"kind": "mixed", "tranches": [{"date": "2025-03-01", "shares": 5000}, {"date": "2026-03-01", "shares": 5000}], "contingent_fraction": "2/3"})
other('The sales reported in this Form 4 were effected pursuant to a Rule 10b5-1 trading plan adopted by the reporting person on November 14, 2025.',
      "2026-02-17", 4200, {"kind": "not_vesting"})
other('Represents shares withheld by the Issuer to satisfy tax withholding obligations in connection with the vesting of restricted stock units on February 15, 2026.',
      "2026-02-15", 1311, {"kind": "not_vesting"})
other('Represents a bona fide gift of shares by the Reporting Person to a donor-advised fund on December 18, 2024.',
      "2024-12-18", 2500, {"kind": "not_vesting"})
other('Pursuant to the Merger Agreement, at the Effective Time each outstanding option to purchase Target common stock was converted into an option to purchase 0.7 shares of Issuer common stock, on the same terms and conditions, including vesting, as applied to the Target option immediately prior to the Effective Time.',
      "2019-07-01", 7000, {"kind": "not_vesting"}, "2027-05-30")
other('Represents deferred stock units credited under the Directors\' Deferred Compensation Plan in lieu of the cash retainer; the units will be settled in shares on the first business day of the year following the director\'s separation from service.',
      "2022-07-01", 412, {"kind": "not_vesting"})
other('The RSUs vest in installments over four years, subject to the Reporting Person\'s continued service.',
      "2021-05-05", 8000, {"kind": "unrecognized"})
other('25% of the option vests on the first anniversary of the vesting commencement date and the remainder vests monthly thereafter over the following three years.',
      "2020-02-11", 48000, {"kind": "unrecognized"}, "2030-02-10")
other('The units vest in equal installments on each of the vesting dates set forth in the award agreement, subject to continued employment.',
      "2017-09-20", 6000, {"kind": "unrecognized"})


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "footnotes-holdout26.jsonl"), "w") as f:
        for i, (text, grant, shares, exp, expect) in enumerate(ITEMS, 1):
            row = {"id": f"H26-{i:03d}", "text": text, "grant_date": grant, "shares": shares,
                   "expiration": exp, "expect": expect}
            f.write(json.dumps(row) + "\n")
    print(len(ITEMS), "lines;", sum(1 for it in ITEMS if it[4]["kind"] == "time_based"), "time_based")


if __name__ == "__main__":
    main()
