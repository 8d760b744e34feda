#!/usr/bin/env python3
"""Writes footnotes-holdout24.jsonl: 80 footnotes written in a reviewer's style, each expectation
computed here from the schedule's parameters with this script's own date arithmetic and allocation
(cumulative floor over each part; the parts' amounts are whole shares), not with the engine's code.

Run: python3 tests/rules/holdout24/make_holdout24.py  (writes next to itself)
"""
import calendar
import json
import os
from datetime import date
from fractions import Fraction as F


def d(s):
    return date.fromisoformat(s)


def add_months(day0, months, day_rule=None):
    """day0 + months; day_rule None keeps day0's day (clamped to the month's end), 'eom' takes the
    month's last day, an int takes that day (clamped)."""
    m = day0.month - 1 + months
    y, m = day0.year + m // 12, m % 12 + 1
    last = calendar.monthrange(y, m)[1]
    if day_rule == 'eom':
        return date(y, m, last)
    want = day0.day if day_rule is None else day_rule
    return date(y, m, min(want, last))


def steps(anchor, first, count, every, day_rule=None):
    """count dates: anchor + (first + i) * every months, i = 0..count-1."""
    return [add_months(anchor, (first + i) * every, day_rule) for i in range(count)]


def split(amount, n):
    """amount in n parts by cumulative floor: part i = floor(amount*i/n) - floor(amount*(i-1)/n)."""
    return [amount * i // n - amount * (i - 1) // n for i in range(1, n + 1)]


def schedule(total, parts):
    """parts: [(dates, portion)]; each part's amount (total * portion) must be whole shares."""
    out = {}
    for dates, portion in parts:
        amount = F(total) * F(portion)
        assert amount.denominator == 1, (total, portion)
        for day, shares in zip(dates, split(int(amount), len(dates))):
            out[day] = out.get(day, 0) + shares
    assert sum(out.values()) <= total
    return [{"date": k.isoformat(), "shares": v} for k, v in sorted(out.items())]


LINES = []


def add(text, grant, shares, expect, expiration=None):
    LINES.append({"id": "h%03d" % (len(LINES) + 1), "text": text, "grant_date": grant, "shares": shares,
                  "expiration": expiration, "expect": expect, "source": "reconstructed (holdout24)"})


def timed(text, grant, shares, parts, expiration=None, exercisable=False):
    expect = {"kind": "time_based", "tranches": schedule(shares, parts)}
    total = sum(t["shares"] for t in expect["tranches"])
    assert total == shares, (text[:40], total, shares)
    if exercisable:
        expect["exercisable_immediately"] = True
    add(text, grant, shares, expect, expiration)


def kind(text, grant, shares, k, tranches=None, expiration=None, exercisable=False):
    expect = {"kind": k}
    if tranches is not None:
        expect["tranches"] = tranches
    if exercisable:
        expect["exercisable_immediately"] = True
    add(text, grant, shares, expect, expiration)


def ten_years(grant):
    g = d(grant)
    return date(g.year + 10, g.month, g.day).isoformat() if not (g.month == 2 and g.day == 29) else None


def options():
    g = d('2014-05-12')
    timed("The option was granted on May 12, 2014. Twenty-five percent (25%) of the shares subject to the option shall "
          "vest on May 12, 2015, the first anniversary of the date of grant, and the remaining shares shall vest in "
          "thirty-six (36) equal monthly installments on the 12th day of each month thereafter, subject to the "
          "optionee's continued service.", '2014-05-12', 72000,
          [([add_months(g, 12)], F(1, 4)), (steps(g, 13, 36, 1), F(3, 4))], '2024-05-11')
    v = d('2019-01-15')
    timed("The option vests over four years from January 15, 2019 (the \"Vesting Commencement Date\"), with 1/4th of "
          "the shares vesting on the first anniversary of the Vesting Commencement Date and 1/48th of the shares vesting "
          "on the fifteenth day of each month thereafter, subject to continued service through each vesting date.",
          '2019-03-04', 100000, [([add_months(v, 12)], F(1, 4)), (steps(v, 13, 36, 1), F(3, 4))], '2029-03-03')
    g = d('2008-08-29')
    timed("This option vests in eight (8) substantially equal semi-annual installments commencing six months after the "
          "date of grant, such that the option will be fully vested on the fourth anniversary of the date of grant.",
          '2008-08-29', 40000, [(steps(g, 1, 8, 6), 1)], '2018-08-28')
    g = d('2012-12-03')
    timed("One-third of the shares underlying the option vested on the date of grant, December 3, 2012, and the "
          "balance vests in twenty-four equal monthly installments thereafter, subject to the reporting person's "
          "continued employment with the Issuer.", '2012-12-03', 36000,
          [([g], F(1, 3)), (steps(g, 1, 24, 1), F(2, 3))], '2022-12-02')
    c = d('2022-03-01')
    timed("The option vests as to 25% of the shares on March 1, 2022 and as to an additional 6.25% of the shares at the "
          "end of each successive three-month period thereafter, so that the option will be fully vested on March 1, "
          "2025.", '2021-04-20', 80000, [([c], F(1, 4)), (steps(c, 1, 12, 3), F(3, 4))], '2031-04-19')
    s = d('2020-10-05')
    timed("Mr. Lee's employment with the Issuer commenced on October 5, 2020 (the \"Start Date\"). The option shall vest "
          "with respect to 25% of the shares on the first anniversary of the Start Date and with respect to the "
          "remaining 75% in 12 equal quarterly installments thereafter, subject to his continued employment.",
          '2020-11-10', 60000, [([add_months(s, 12)], F(1, 4)), (steps(s, 5, 12, 3), F(3, 4))], '2030-11-09')
    g = d('2005-06-30')
    timed("Options were granted on June 30, 2005 and become exercisable in five equal annual installments beginning on "
          "the first anniversary of the grant date.", '2005-06-30', 25000, [(steps(g, 1, 5, 12), 1)], '2015-06-29')
    timed("1/48th of the shares subject to the option vest on the last day of each calendar month, beginning with "
          "April 30, 2023, so that all of the shares will be vested on March 31, 2027, subject to the optionee "
          "remaining a service provider.", '2023-03-15', 48000,
          [(steps(d('2023-04-30'), 0, 48, 1, 'eom'), 1)], '2033-03-14')
    v = d('2017-08-01')
    timed("The option vests as to 12.5% of the shares on the six-month anniversary of the vesting commencement date, "
          "August 1, 2017, and thereafter in 42 equal monthly installments, such that the option will be fully vested "
          "on the fourth anniversary of the vesting commencement date.", '2017-09-15', 96000,
          [([add_months(v, 6)], F(1, 8)), (steps(v, 7, 42, 1), F(7, 8))], '2027-09-14')
    timed("The option vests in 16 equal quarterly installments on each of March 31, June 30, September 30 and "
          "December 31, with the first installment vesting on June 30, 2016.", '2016-05-02', 32000,
          [(steps(d('2016-06-30'), 0, 16, 3, 'eom'), 1)], '2026-05-01')
    g = d('2010-02-17')
    timed("The shares subject to the option vest as follows: 1/3 on the first anniversary of the grant date and 1/36 "
          "per month thereafter, until fully vested on the third anniversary of the grant date, subject to continued "
          "service.", '2010-02-17', 36000, [([add_months(g, 12)], F(1, 3)), (steps(g, 13, 24, 1), F(2, 3))],
          '2020-02-16')
    g = d('2018-06-14')
    timed("This option was granted to the reporting person as a non-employee director and vests in 12 equal monthly "
          "installments beginning one month after the grant date, provided the reporting person continues to serve "
          "on the Board through each vesting date.", '2018-06-14', 12000, [(steps(g, 1, 12, 1), 1)], '2028-06-13')
    timed("The option vests in three equal annual installments, the first of which vested on February 28, 2021, "
          "subject to the reporting person's continued service through each vesting date.", '2020-02-28', 30000,
          [(steps(d('2021-02-28'), 0, 3, 12), 1)], '2030-02-27')
    g = d('2019-09-09')
    timed("Subject to the reporting person's continued service, the option vests as to 50% of the shares on the second "
          "anniversary of the grant date and as to 25% of the shares on each of the third and fourth anniversaries of "
          "the grant date. The option will vest in full upon a Change in Control (as defined in the Plan).",
          '2019-09-09', 20000, [([add_months(g, 24)], F(1, 2)), (steps(g, 3, 2, 12), F(1, 2))], '2029-09-08')
    g = d('2006-01-24')
    timed("These options vest at a rate of 25% per year over a four-year period beginning on the first anniversary of "
          "the date of grant.", '2006-01-24', 10000, [(steps(g, 1, 4, 12), 1)], '2016-01-23')
    c = d('2025-11-01')
    timed("The option will vest over a four-year period, with 1/4 vesting on November 1, 2025 and the remainder vesting "
          "in equal quarterly installments over the following three years.", '2024-11-18', 40000,
          [([c], F(1, 4)), (steps(c, 1, 12, 3), F(3, 4))], '2034-11-17')


def rsus():
    timed("The restricted stock units vest in sixteen equal quarterly installments on the 15th day of February, May, "
          "August and November, beginning February 15, 2022, subject to the reporting person's continued employment "
          "through each vesting date. Vested units will be settled in shares of Class A common stock.",
          '2021-12-03', 16000, [(steps(d('2022-02-15'), 0, 16, 3), 1)])
    v = d('2023-03-10')
    timed("Each restricted stock unit represents a contingent right to receive one share of common stock. 25% of the "
          "RSUs vest on the first anniversary of March 10, 2023, the vesting commencement date, and the remaining 75% "
          "vest in twelve equal quarterly installments thereafter.", '2023-04-01', 24000,
          [([add_months(v, 12)], F(1, 4)), (steps(v, 5, 12, 3), F(3, 4))])
    timed("The RSUs vest in three equal annual installments on December 15 of each of 2020, 2021 and 2022, subject to "
          "the reporting person's continued service.", '2019-12-15', 9000,
          [(steps(d('2020-12-15'), 0, 3, 12), 1)])
    g = d('2017-02-21')
    timed("The restricted stock units are scheduled to vest as to 1/3 of the units on each of the first three "
          "anniversaries of February 21, 2017, subject to continued employment, and will be settled within 30 days "
          "after each vesting date.", '2017-02-21', 4500, [(steps(g, 1, 3, 12), 1)])
    timed("The RSUs vest as follows: 10% on April 1, 2024, 20% on April 1, 2025, 30% on April 1, 2026 and 40% on "
          "April 1, 2027.", '2023-04-01', 10000,
          [([d('2024-04-01')], F(1, 10)), ([d('2025-04-01')], F(2, 10)), ([d('2026-04-01')], F(3, 10)),
           ([d('2027-04-01')], F(4, 10))])
    timed("The RSUs will vest in 12 equal quarterly installments commencing on the first Quarterly Vesting Date "
          "following the grant date. \"Quarterly Vesting Date\" means each of March 5, June 5, September 5 and "
          "December 5.", '2024-07-22', 12000, [(steps(d('2024-09-05'), 0, 12, 3), 1)])
    g = d('2011-08-08')
    timed("Twenty percent (20%) of the restricted stock units vest on each of the first five anniversaries of the "
          "grant date; provided, however, that all unvested units will vest upon the reporting person's death or "
          "disability.", '2011-08-08', 5000, [(steps(g, 1, 5, 12), 1)])
    g = d('2015-05-20')
    timed("The restricted stock units vest over a four-year period as follows: 25% on the first anniversary of the "
          "date of grant and 6.25% on each quarterly anniversary thereafter.", '2015-05-20', 3200,
          [([add_months(g, 12)], F(1, 4)), (steps(g, 5, 12, 3), F(3, 4))])
    timed("12.5% of the restricted stock units vested on April 1, 2023 and the remaining restricted stock units vest "
          "12.5% in semi-annual installments through October 1, 2026.", '2022-10-01', 80000,
          [([d('2023-04-01')], F(1, 8)), (steps(d('2023-04-01'), 1, 7, 6), F(7, 8))])
    g = d('2021-03-15')
    timed("The RSUs, granted on March 15, 2021, vest in four equal annual installments beginning March 15, 2022, "
          "subject to continued service. Shares in respect of vested units are delivered as soon as practicable, and "
          "in any event within 60 days, after the applicable vesting date.", '2021-03-15', 7000,
          [(steps(g, 1, 4, 12), 1)])
    timed("Each RSU represents the right to receive one share of common stock. The RSUs vest in 48 equal monthly "
          "installments on the 20th day of each month, commencing January 20, 2025, with the last installment vesting "
          "on December 20, 2028.", '2024-12-11', 4800, [(steps(d('2025-01-20'), 0, 48, 1), 1)])
    timed("The restricted stock units vest 1/3 on August 31, 2025, 1/3 on August 31, 2026 and the remaining 1/3 on "
          "August 31, 2027.", '2024-08-31', 10000, [(steps(d('2025-08-31'), 0, 3, 12), 1)])


def restricted_stock_and_others():
    g = d('2013-03-01')
    timed("The shares of restricted stock vest ratably on each of the first four anniversaries of the grant date, "
          "subject to accelerated vesting in certain circumstances.", '2013-03-01', 8000, [(steps(g, 1, 4, 12), 1)])
    g = d('2009-01-02')
    timed("The restricted shares were awarded on January 2, 2009 and vest 20% per year beginning on the first "
          "anniversary of the award date.", '2009-01-02', 2500, [(steps(g, 1, 5, 12), 1)])
    timed("Represents LTIP Units that vest in three equal installments on each of January 1, 2020, January 1, 2021 "
          "and January 1, 2022, subject to the reporting person's continued employment. Vested LTIP Units may be "
          "converted into common units of the Operating Partnership.", '2019-02-14', 6000,
          [(steps(d('2020-01-01'), 0, 3, 12), 1)])
    g = d('2007-05-15')
    timed("One-half of the restricted shares vest on the third anniversary of the date of grant, and the other "
          "one-half vest on the fifth anniversary of the date of grant, provided the reporting person remains "
          "employed through such date.", '2007-05-15', 10000,
          [([add_months(g, 36)], F(1, 2)), ([add_months(g, 60)], F(1, 2))])
    g = d('2014-02-25')
    timed("The restricted stock units vest one-third per year on the anniversary of the grant date over a three-year "
          "period, with cash paid in lieu of fractional shares.", '2014-02-25', 3000, [(steps(g, 1, 3, 12), 1)])
    c = d('2021-06-30')
    timed("On June 30, 2021, the Issuer consummated its business combination (the \"Closing\"). The RSUs vest in four "
          "equal annual installments on each anniversary of the Closing, subject to continued service.",
          '2021-08-12', 20000, [(steps(c, 1, 4, 12), 1)])
    i = d('2020-11-18')
    timed("The restricted stock units vest in equal quarterly installments over three years beginning on the date that "
          "is three months after November 18, 2020, the date of the Issuer's initial public offering.",
          '2020-11-18', 12000, [(steps(i, 1, 12, 3), 1)])
    timed("The restricted stock units vest in four equal quarterly installments on the last day of each calendar "
          "quarter beginning with the calendar quarter ending September 30, 2019.", '2019-07-01', 2000,
          [(steps(d('2019-09-30'), 0, 4, 3, 'eom'), 1)])
    timed("The shares of restricted stock granted to the non-employee director vest in twelve equal monthly "
          "installments on the first day of each month, beginning on July 1, 2016.", '2016-06-15', 1200,
          [(steps(d('2016-07-01'), 0, 12, 1), 1)])
    g = d('2022-05-09')
    timed("The RSUs vest 25% on each of the first and second anniversaries of the grant date and 50% on the third "
          "anniversary of the grant date.", '2022-05-09', 4000,
          [(steps(g, 1, 2, 12), F(1, 2)), ([add_months(g, 36)], F(1, 2))])
    timed("One-fourth of the restricted stock units vest on each of September 1, 2013, September 1, 2014, "
          "September 1, 2015 and September 1, 2016. Vested units are settled in shares of common stock on the "
          "vesting date, less shares withheld for taxes.", '2012-09-10', 8000,
          [(steps(d('2013-09-01'), 0, 4, 12), 1)])
    g = d('2018-03-20')
    timed("The RSUs shall vest in installments of 33%, 33% and 34% on the first, second and third anniversaries of the "
          "grant date.", '2018-03-20', 10000,
          [([add_months(g, 12)], F(33, 100)), ([add_months(g, 24)], F(33, 100)), ([add_months(g, 36)], F(34, 100))])
    g = d('2020-04-03')
    timed("The restricted stock units vest in five equal installments on each Vesting Date, provided the reporting "
          "person remains in service through such date. \"Vesting Date\" means each of the first five anniversaries "
          "of April 3, 2020.", '2020-04-03', 5000, [(steps(g, 1, 5, 12), 1)])
    v = d('2024-05-01')
    timed("The RSUs vest in eight equal semi-annual installments beginning on the six-month anniversary of May 1, "
          "2024, subject to continued service.", '2024-05-15', 8000, [(steps(v, 1, 8, 6), 1)])
    g = d('2023-01-31')
    timed("The restricted stock units will vest in two equal installments on the eighteen-month and thirty-six-month "
          "anniversaries of the grant date.", '2023-01-31', 600,
          [([add_months(g, 18), add_months(g, 36)], 1)])
    timed("Represents performance stock units earned upon certification of achievement of the performance goals for "
          "the performance period ended December 31, 2023. The earned units vest in two equal installments on "
          "March 1, 2024 and March 1, 2025, subject to continued employment.", '2024-02-20', 7000,
          [([d('2024-03-01'), d('2025-03-01')], 1)])
    c = d('2022-02-15')
    timed("On February 15, 2022, the Compensation Committee certified that 112% of the target performance share units "
          "had been earned. One-third of the earned units vested upon certification and the remaining earned units "
          "vest in equal installments on the first and second anniversaries of the certification date.",
          '2022-02-15', 11200, [([c, add_months(c, 12), add_months(c, 24)], 1)])
    g = d('2004-08-02')
    timed("The options become exercisable in four equal annual installments commencing one year from the date of grant "
          "and expire ten years from the date of grant.", '2004-08-02', 20000, [(steps(g, 1, 4, 12), 1)],
          '2014-08-02')
    v = d('2024-07-01')
    timed("The option vests over four years, with 25% vesting on the first anniversary of the vesting commencement "
          "date, and the remainder vesting in 36 equal monthly installments thereafter. The vesting commencement date "
          "is July 1, 2024.", '2024-07-20', 120000, [([add_months(v, 12)], F(1, 4)), (steps(v, 13, 36, 1), F(3, 4))],
          '2034-07-19')
    v = d('2013-09-16')
    timed("The shares subject to this option vest in a series of 48 successive equal monthly installments measured from "
          "the vesting commencement date, September 16, 2013.", '2013-10-01', 4800, [(steps(v, 1, 48, 1), 1)],
          '2023-09-30')
    g = d('2015-11-30')
    timed("The option vests in equal monthly installments over four years beginning one month following November 30, "
          "2015, the date of grant.", '2015-11-30', 96000, [(steps(g, 1, 48, 1), 1)], '2025-11-29')
    c = d('2020-01-01')
    timed("Subject to continued service, the option vests as to 25% of the underlying shares on January 1, 2020 and "
          "the remainder in twelve equal quarterly installments on the first day of each April, July, October and "
          "January thereafter.", '2019-01-10', 40000, [([c], F(1, 4)), (steps(c, 1, 12, 3), F(3, 4))], '2029-01-09')
    timed("The restricted stock units vest in three installments: 30% on March 1, 2026, 30% on March 1, 2027 and the "
          "remaining 40% on March 1, 2028, subject to the reporting person's continued employment through each such "
          "date.", '2025-03-01', 5000,
          [([d('2026-03-01')], F(3, 10)), ([d('2027-03-01')], F(3, 10)), ([d('2028-03-01')], F(4, 10))])
    timed("The RSUs vest in equal semi-annual installments over a three-year period ending on June 1, 2027.",
          '2024-06-01', 6000, [(steps(d('2024-06-01'), 1, 6, 6), 1)])
    g = d('2009-12-01')
    timed("The option shall become vested and exercisable with respect to 1/5th of the shares on each of the first "
          "five anniversaries of the Grant Date, provided that the Optionee has not incurred a Termination of Service "
          "prior to the applicable vesting date.", '2009-12-01', 50000, [(steps(g, 1, 5, 12), 1)], '2019-11-30')
    a = d('2023-02-28')
    timed("The RSUs vest in twelve equal installments on each quarterly anniversary of February 28, 2023.",
          '2023-03-05', 1200, [(steps(a, 1, 12, 3), 1)])
    timed("The shares vest in equal annual installments over four years on December 31 of each year, beginning "
          "December 31, 2018.", '2018-02-01', 4000, [(steps(d('2018-12-31'), 0, 4, 12), 1)])
    g = d('2016-07-27')
    timed("This award vests 50% on the second anniversary of the grant date, 25% on the third anniversary, and 25% "
          "on the fourth anniversary.", '2016-07-27', 12000,
          [([add_months(g, 24)], F(1, 2)), ([add_months(g, 36)], F(1, 4)), ([add_months(g, 48)], F(1, 4))])
    timed("The RSUs vest in sixteen equal quarterly installments on the fifteenth day of the second month of each "
          "calendar quarter, commencing with the calendar quarter beginning January 1, 2025.", '2024-12-20', 16000,
          [(steps(d('2025-02-15'), 0, 16, 3), 1)])
    v = d('2021-06-01')
    timed("The option is subject to a one-year cliff: no shares vest until the first anniversary of June 1, 2021, the "
          "vesting commencement date, when 25% of the shares vest; thereafter 1/48th of the shares vest monthly until "
          "the option is fully vested.", '2021-06-20', 48000,
          [([add_months(v, 12)], F(1, 4)), (steps(v, 13, 36, 1), F(3, 4))], '2031-06-19')
    a = d('2022-09-12')
    timed("The reporting person was appointed to the Board on September 12, 2022. The restricted stock units vest in "
          "three equal annual installments beginning on the first anniversary of the date of such appointment.",
          '2022-10-03', 3000, [(steps(a, 1, 3, 12), 1)])
    g = d('2012-03-05')
    timed("The options vest in four equal installments on each of the first four anniversaries of the grant date, and "
          "any unvested options will become fully vested upon the optionee's retirement after age 65.",
          '2012-03-05', 18000, [(steps(g, 1, 4, 12), 1)], '2022-03-04')
    g = d('2021-01-15')
    timed("The restricted stock units vest at the rate of 5% of the total award per quarter during the first two years "
          "following the grant date and 7.5% of the total award per quarter during the following two years.",
          '2021-01-15', 20000, [(steps(g, 1, 8, 3), F(2, 5)), (steps(g, 9, 8, 3), F(3, 5))])
    timed("The RSUs vest in eight equal quarterly installments over two years, with the first installment vesting on "
          "April 1, 2024 and subsequent installments vesting on the first day of each July, October, January and "
          "April thereafter.", '2024-02-15', 800, [(steps(d('2024-04-01'), 0, 8, 3), 1)])
    g = d('2017-06-06')
    timed("The option vests 40% on the second anniversary of the grant date and 20% on each anniversary thereafter, so "
          "that the option is fully vested on the fifth anniversary of the grant date.", '2017-06-06', 25000,
          [([add_months(g, 24)], F(2, 5)), (steps(g, 3, 3, 12), F(3, 5))], '2027-06-05')
    v = d('2026-01-04')
    timed("The RSUs vest in two annual installments: 50% on the first anniversary of January 4, 2026, the vesting "
          "commencement date, and 50% on the second anniversary thereof.", '2026-01-20', 3000,
          [(steps(v, 1, 2, 12), 1)])


def other_kinds():
    kind("The restricted stock units were fully vested on the date of grant and will be settled upon the reporting "
         "person's separation from service.", '2020-05-28', 1500, 'immediate',
         [{"date": "2020-05-28", "shares": 1500}])
    kind("Represents shares of common stock granted to the reporting person as a fully vested annual retainer for "
         "service on the Board of Directors.", '2023-06-01', 812, 'immediate', [{"date": "2023-06-01", "shares": 812}])
    kind("The option was fully vested and exercisable on the date of grant.", '2015-12-10', 10000, 'immediate',
         [{"date": "2015-12-10", "shares": 10000}], '2025-12-09')
    kind("The performance share units will vest, if at all, on the date the Compensation Committee certifies "
         "achievement of the performance goals for the three-year performance period ending December 31, 2027, and "
         "the number of shares earned may range from 0% to 200% of the target number reported.", '2025-02-25', 9000,
         'performance', [])
    kind("The PSUs vest based on the Issuer's relative total shareholder return over the period from January 1, 2024 "
         "through December 31, 2026, subject to the reporting person's continued employment through the date of "
         "certification.", '2024-02-28', 6000, 'performance', [])
    kind("Of the 12,000 units reported, 6,000 are restricted stock units that vest in two equal annual installments on "
         "the first and second anniversaries of the grant date, and 6,000 are performance stock units that vest only "
         "upon achievement of specified revenue milestones.", '2024-03-01', 12000, 'mixed',
         [{"date": "2025-03-01", "shares": 3000}, {"date": "2026-03-01", "shares": 3000}])
    kind("50% of the restricted stock units vested on the date of grant, and the remaining 50% will vest upon the first "
         "commercial sale of the Issuer's product candidate following regulatory approval.", '2019-11-12', 4000,
         'mixed', [{"date": "2019-11-12", "shares": 2000}])
    kind("The sales reported on this Form 4 were effected pursuant to a Rule 10b5-1 trading plan adopted by the "
         "reporting person on August 14, 2025, to sell shares that vest from time to time under restricted stock "
         "units.", '2025-11-03', 2210, 'not_vesting', [])
    kind("Represents shares withheld by the Issuer to satisfy tax withholding obligations in connection with the "
         "vesting of restricted stock units on February 15, 2024.", '2024-02-15', 1187, 'not_vesting', [])
    kind("On December 20, 2022, the reporting person made a bona fide gift of 2,500 shares to a charitable "
         "foundation.", '2022-12-20', 2500, 'not_vesting', [])
    kind("Pursuant to the Merger Agreement, at the Effective Time, each outstanding restricted stock unit of Target "
         "was converted into 0.8 restricted stock units of the Issuer, which remain subject to the same vesting terms "
         "as applied before the merger.", '2023-10-02', 14400, 'not_vesting', [])
    kind("Represents shares purchased under the Issuer's 2019 Employee Stock Purchase Plan on May 31, 2024 for the "
         "offering period that began December 1, 2023.", '2024-05-31', 431, 'not_vesting', [])
    kind("The RSUs vest in equal installments on each anniversary of the grant date.", '2021-09-01', 3000,
         'unrecognized', [])
    kind("The option vests 25% on the first anniversary of the vesting commencement date and monthly thereafter.",
         '2020-02-10', 40000, 'unrecognized', [], '2030-02-09')
    kind("The restricted stock units vest in three annual installments beginning in 2024.", '2023-05-01', 3000,
         'unrecognized', [])
    kind("25% of the RSUs vest on the first anniversary of the grant date and the remaining RSUs vest in equal "
         "quarterly installments thereafter.", '2022-11-01', 8000, 'unrecognized', [])


def main():
    options()
    rsus()
    restricted_stock_and_others()
    other_kinds()
    assert len(LINES) == 80, len(LINES)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, 'footnotes-holdout24.jsonl'), 'w') as out:
        for line in LINES:
            out.write(json.dumps(line) + '\n')
    kinds = {}
    for line in LINES:
        kinds[line['expect']['kind']] = kinds.get(line['expect']['kind'], 0) + 1
    print(len(LINES), kinds)


if __name__ == '__main__':
    main()
