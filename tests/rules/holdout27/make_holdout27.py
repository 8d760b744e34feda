#!/usr/bin/env python3
"""Writes footnotes-holdout27.jsonl: 80 reviewer-style footnotes and their expectations.

Written before reading rules/ or tests/rules/. The expectations come from this file's own date
arithmetic (months added to an anchor and clamped to the month's last day, month ends, quarter ends)
and cumulative floor allocation over each series (installment i gets floor(P*i/n) - floor(P*(i-1)/n)).
Nothing here calls vest.
"""
import calendar
import json
import sys
from datetime import date
from fractions import Fraction
from pathlib import Path


def d(s):
    return date.fromisoformat(s)


def month_end(y, m):
    return date(y, m, calendar.monthrange(y, m)[1])


def add_months(anchor, n, day=None):
    """anchor + n months; the day is anchor's (or `day`), clamped to the month's last day."""
    y, m = divmod(anchor.month - 1 + n, 12)
    y += anchor.year
    m += 1
    want = day if day is not None else anchor.day
    return date(y, m, min(want, calendar.monthrange(y, m)[1]))


def add_years(anchor, n):
    return add_months(anchor, 12 * n)


def steps(anchor, first, count, every):
    """count dates: anchor + (first + k*every) months, k = 0..count-1, each from the anchor."""
    return [add_months(anchor, first + k * every) for k in range(count)]


def month_ends(y, m, count, every=1):
    out = []
    for k in range(count):
        yy, mm = divmod(m - 1 + k * every, 12)
        out.append(month_end(y + yy, mm + 1))
    return out


def alloc(total, n):
    """Cumulative floor allocation of an exact integer total over n installments."""
    assert total == int(total), total
    total = int(total)
    assert total % n == 0, (total, n)  # every series in this set divides evenly
    return [total * (i + 1) // n - total * i // n for i in range(n)]


class Grant:
    def __init__(self, shares):
        self.shares = shares
        self.tranches = []

    def lump(self, when, portion):
        amount = Fraction(self.shares) * Fraction(portion)
        assert amount.denominator == 1, (when, portion, amount)
        self.tranches.append((when, int(amount)))
        return self

    def count(self, when, n):
        self.tranches.append((when, n))
        return self

    def series(self, dates, portion):
        amount = Fraction(self.shares) * Fraction(portion)
        assert amount.denominator == 1, (dates[0], portion, amount)
        for when, n in zip(dates, alloc(amount, len(dates))):
            self.tranches.append((when, n))
        return self

    def done(self):
        got = sorted(self.tranches)
        dates = [t[0] for t in got]
        assert len(set(dates)) == len(dates), dates
        assert sum(t[1] for t in got) == self.shares, (sum(t[1] for t in got), self.shares)
        return [{"date": t[0].isoformat(), "shares": t[1]} for t in got]


LINES = []


def time_based(text, grant_date, shares, schedule, expiration=None, source="", exercisable=None):
    expect = {"kind": "time_based", "tranches": schedule(Grant(shares)).done()}
    if exercisable is not None:
        expect["exercisable_immediately"] = exercisable
    LINES.append(dict(text=text, grant_date=grant_date, shares=shares, expiration=expiration,
                      expect=expect, source=source))


def other(text, grant_date, shares, expect, expiration=None, source=""):
    LINES.append(dict(text=text, grant_date=grant_date, shares=shares, expiration=expiration,
                      expect=expect, source=source))


W = "written for holdout27: "

# ---------------------------------------------------------------- time-based (64)
time_based(
    "The option vests as to 25% of the shares on March 3, 2015, the first anniversary of the vesting commencement "
    "date, and as to 1/48th of the shares on the third day of each month thereafter, such that the option will be "
    "fully vested on March 3, 2018, subject to the optionee's continued service to the Issuer through each such date.",
    "2014-03-10", 96000,
    lambda g: g.lump(d("2015-03-03"), "1/4").series(steps(d("2015-03-03"), 1, 36, 1), "3/4"),
    "2024-03-09", W + "biotech option, 2014, cliff date stated then monthly on a named day with an end")
time_based(
    "The restricted stock units vest in three equal annual installments, the first of which vested on February 15, "
    "2010, with the remaining installments vesting on each of the next two anniversaries of that date.",
    "2009-02-13", 4500,
    lambda g: g.series([d("2010-02-15"), d("2011-02-15"), d("2012-02-15")], 1),
    None, W + "bank RSU, 2009, first installment named then anniversaries of it")
time_based(
    "Represents LTIP units of limited partnership interest (\"LTIP Units\") in Harborview Properties, L.P., of which "
    "the Issuer is the general partner, granted under the Issuer's 2015 Equity Incentive Plan. The LTIP Units vest "
    "ratably in five equal installments on each of the first five anniversaries of January 1, 2017, subject to the "
    "Reporting Person's continued employment through each applicable vesting date. Vested LTIP Units may be converted, "
    "at the holder's option, into common units of the Operating Partnership, which are redeemable for cash or, at the "
    "Issuer's election, shares of common stock on a one-for-one basis.",
    "2017-01-24", 25000,
    lambda g: g.series([add_years(d("2017-01-01"), k) for k in range(1, 6)], 1),
    None, W + "REIT LTIP units, anniversaries of a stated date, conversion sentence after")
time_based(
    "The RSUs vest over four years as follows: 1/4 of the RSUs vest on March 15, 2022, and thereafter 1/16 of the "
    "RSUs vest on each June 15, September 15, December 15 and March 15, until the RSUs are fully vested, subject to "
    "the Reporting Person continuing to be a Service Provider through each such date.",
    "2021-03-19", 32000,
    lambda g: g.lump(d("2022-03-15"), "1/4").series(steps(d("2022-03-15"), 3, 12, 3), "3/4"),
    None, W + "tech RSU, cliff then named month-days until fully vested")
time_based(
    "These options become exercisable in cumulative installments of one-third each on the first, second and third "
    "anniversaries of the date of grant. The options expire on the tenth anniversary of the date of grant.",
    "2012-02-22", 30000,
    lambda g: g.series([add_years(d("2012-02-22"), k) for k in (1, 2, 3)], 1),
    "2022-02-22", W + "energy option, 2012, older style with expiry anniversary")
time_based(
    "The restricted stock units will vest in four annual installments of 10%, 20%, 30% and 40%, respectively, "
    "beginning on April 1, 2020, provided that the Reporting Person remains continuously employed by the Company "
    "through the applicable vesting date.",
    "2019-04-01", 20000,
    lambda g: g.lump(d("2020-04-01"), "1/10").lump(d("2021-04-01"), "1/5").lump(d("2022-04-01"), "3/10")
    .lump(d("2023-04-01"), "2/5"),
    None, W + "retail RSU, back-loaded percentages 'respectively'")
time_based(
    "On June 8, 2020 (the \"Vesting Commencement Date\"), the Reporting Person commenced employment with the Issuer. "
    "One-fourth (1/4th) of the shares subject to the option shall vest on the one-year anniversary of the Vesting "
    "Commencement Date, and the remaining shares shall vest in thirty-six (36) substantially equal monthly installments "
    "thereafter, subject to the Reporting Person's continuous service relationship with the Issuer on each vesting date.",
    "2020-06-15", 144000,
    lambda g: g.lump(d("2021-06-08"), "1/4").series(steps(d("2020-06-08"), 13, 36, 1), "3/4"),
    "2030-06-14", W + "biotech new-hire option, VCD defined before the sentence that uses it")
time_based(
    "This award was granted on September 29, 2023. 25% of the award will vest on April 1, 2025, and the remaining "
    "restricted stock units will vest in six equal semi-annual installments thereafter, subject to continued employment.",
    "2023-09-29", 24000,
    lambda g: g.lump(d("2025-04-01"), "1/4").series(steps(d("2025-04-01"), 6, 6, 6), "3/4"),
    None, W + "tech RSU, grant stated, lump then semi-annual")
time_based(
    "The shares of restricted stock were granted on January 17, 2006 and will vest 100% on the fifth anniversary of "
    "the grant date, or earlier upon the grantee's death, disability or a change in control of the Corporation.",
    "2006-01-17", 8000,
    lambda g: g.lump(d("2011-01-17"), 1),
    None, W + "bank restricted stock, 2006, cliff with acceleration")
time_based(
    "The restricted shares vest in twelve equal quarterly installments on the last day of each calendar quarter, "
    "commencing with the calendar quarter ending March 31, 2019, subject to the executive's continued employment on "
    "each such vesting date.",
    "2019-01-02", 36000,
    lambda g: g.series(month_ends(2019, 3, 12, 3), 1),
    None, W + "REIT restricted stock, calendar-quarter ends")
time_based(
    "The shares subject to the option vest as follows: (i) 20% of the shares vest on the first anniversary of August 1, "
    "2016, the date the Reporting Person commenced service, and (ii) the remaining 80% vest in equal quarterly "
    "installments over the following four years, subject to continued service through each vesting date.",
    "2016-08-10", 40000,
    lambda g: g.lump(d("2017-08-01"), "1/5").series(steps(d("2016-08-01"), 15, 16, 3), "4/5"),
    "2026-08-09", W + "tech option, (i)/(ii), quarterly over a span (count from the span)")
time_based(
    "Each restricted stock unit represents a contingent right to receive one share of common stock. The restricted "
    "stock units were granted on February 28, 2022 (the \"Grant Date\") and vest in four equal annual installments "
    "beginning on the first anniversary of the Grant Date, with settlement to occur within thirty (30) days following "
    "each vesting date.",
    "2022-02-28", 10000,
    lambda g: g.series([add_years(d("2022-02-28"), k) for k in range(1, 5)], 1),
    None, W + "biotech RSU, Grant Date defined, settlement window after")
time_based(
    "The phantom units vest in one-third increments on each anniversary of the grant date over a three-year period and "
    "will be settled in common units or cash, at the discretion of the general partner, upon vesting. Distribution "
    "equivalent rights accrue on the phantom units and are paid when the underlying units vest.",
    "2013-11-18", 9000,
    lambda g: g.series([add_years(d("2013-11-18"), k) for k in (1, 2, 3)], 1),
    None, W + "energy MLP phantom units, thirds over a span, DERs")
time_based(
    "The restricted stock units vest in three (3) substantially equal annual installments on the first three "
    "anniversaries of March 14, 2024, the date of grant, subject to the Reporting Person's continued service through "
    "the applicable vesting date.",
    "2024-03-14", 7500,
    lambda g: g.series([add_years(d("2024-03-14"), k) for k in (1, 2, 3)], 1),
    None, W + "retail RSU, 'first three anniversaries of <date>, the date of grant'")
time_based(
    "The option shall vest and become exercisable as to 12/48ths of the shares on the first anniversary of the Vesting "
    "Commencement Date (January 15, 2018) and as to an additional 1/48th of the shares on each monthly anniversary "
    "thereafter, until fully vested.",
    "2018-02-01", 48000,
    lambda g: g.lump(d("2019-01-15"), "1/4").series(steps(d("2018-01-15"), 13, 36, 1), "3/4"),
    "2028-01-31", W + "tech option, 12/48ths cliff, VCD in a parenthesis after the name")
time_based(
    "25% of the shares underlying the option vested on December 1, 2021 and an additional 6.25% of the shares "
    "underlying the option vest on each three-month anniversary thereafter until all of the shares underlying the "
    "option are vested.",
    "2020-12-01", 16000,
    lambda g: g.lump(d("2021-12-01"), "1/4").series(steps(d("2021-12-01"), 3, 12, 3), "3/4"),
    "2030-11-30", W + "biotech option, percent per three-month anniversary until all vested")
time_based(
    "Represents shares of restricted common stock granted to the Reporting Person as the annual equity retainer for "
    "non-employee directors. The shares will vest in full on May 20, 2026, the first anniversary of the grant date, "
    "subject to the Reporting Person's continued service as a director through such date, and will vest earlier upon "
    "a Change in Control.",
    "2025-05-20", 2450,
    lambda g: g.lump(d("2026-05-20"), 1),
    None, W + "REIT director grant, cliff with date and anniversary both stated")
time_based(
    "The restricted stock units vest as follows: 1,667 units on March 5, 2016; 1,667 units on March 5, 2017; and 1,666 "
    "units on March 5, 2018, provided the Reporting Person remains employed on each such date, with vested units "
    "settled in shares of common stock as soon as practicable thereafter.",
    "2015-03-05", 5000,
    lambda g: g.count(d("2016-03-05"), 1667).count(d("2017-03-05"), 1667).count(d("2018-03-05"), 1666),
    None, W + "bank RSU, a table told in words with counts")
time_based(
    "The shares subject to the RSU award vest over four years from May 10, 2021 (the \"Vesting Start Date\"), with 25% "
    "vesting on the first Company Vesting Date following the first anniversary of the Vesting Start Date and the "
    "remainder vesting in twelve equal installments on each Company Vesting Date thereafter. \"Company Vesting Date\" "
    "means each of March 10, June 10, September 10 and December 10.",
    "2021-05-24", 16000,
    lambda g: g.lump(d("2022-06-10"), "1/4").series(steps(d("2022-06-10"), 3, 12, 3), "3/4"),
    None, W + "tech RSU, defined vesting dates after use, first one after an anniversary")
time_based(
    "The restricted stock units vest ratably over a three-year period in annual installments beginning on the first "
    "anniversary of the grant date and will be settled in shares of common stock upon vesting. Dividend equivalents "
    "accrue on the units and are paid in cash when the units vest.",
    "2018-02-07", 6000,
    lambda g: g.series([add_years(d("2018-02-07"), k) for k in (1, 2, 3)], 1),
    None, W + "energy RSU, ratably over a span in annual installments")
time_based(
    "The option becomes exercisable at the rate of 20% per year, beginning one year from the date of grant, and is "
    "fully exercisable five years from the date of grant.",
    "2004-07-22", 50000,
    lambda g: g.series([add_years(d("2004-07-22"), k) for k in range(1, 6)], 1),
    "2014-07-22", W + "biotech option, 2004, rate per year with an end")
time_based(
    "The RSUs vest in sixteen equal quarterly installments on the first day of each January, April, July and October, "
    "commencing on October 1, 2019, subject to continued service.",
    "2019-08-20", 32000,
    lambda g: g.series(steps(d("2019-10-01"), 0, 16, 3), 1),
    None, W + "tech RSU, named months, first day")
time_based(
    "The option vests in five equal annual installments commencing on the first anniversary of the date of grant; "
    "provided, however, that the option will become fully vested upon the optionee's retirement on or after age 65.",
    "2010-09-13", 25000,
    lambda g: g.series([add_years(d("2010-09-13"), k) for k in range(1, 6)], 1),
    "2020-09-13", W + "retail option, retirement proviso with an age")
time_based(
    "One-third of the restricted stock units vested on January 31, 2023, and the remaining restricted stock units vest "
    "in 24 equal monthly installments on the last day of each month thereafter, subject to the Reporting Person's "
    "continued service on each such vesting date.",
    "2022-01-31", 36000,
    lambda g: g.lump(d("2023-01-31"), "1/3").series(month_ends(2023, 2, 24), "2/3"),
    None, W + "tech RSU, lump then month ends")
time_based(
    "The restricted shares will vest 33 1/3% on each of December 31, 2014, December 31, 2015 and December 31, 2016, "
    "subject to the grantee's continued employment.",
    "2014-01-30", 9000,
    lambda g: g.series([d("2014-12-31"), d("2015-12-31"), d("2016-12-31")], 1),
    None, W + "REIT restricted stock, mixed-number percentage on listed dates")
time_based(
    "The option was granted in connection with the Reporting Person's commencement of employment on April 4, 2022 (the "
    "\"Start Date\") as an inducement material to the Reporting Person's entering into employment in accordance with "
    "Nasdaq Listing Rule 5635(c)(4). The option vests over four years, with 25% of the shares vesting on the first "
    "anniversary of the Start Date and the balance vesting in equal monthly installments over the following three "
    "years, subject to continued service.",
    "2022-04-18", 480000,
    lambda g: g.lump(d("2023-04-04"), "1/4").series(steps(d("2022-04-04"), 13, 36, 1), "3/4"),
    "2032-04-17", W + "biotech inducement option, Start Date, listing-rule number")
time_based(
    "The restricted stock units vest in four equal quarterly installments on each of August 15, 2020, November 15, "
    "2020, February 15, 2021 and May 15, 2021. Pursuant to a deferral election made by the Reporting Person, vested "
    "units will be settled upon the Reporting Person's separation from service.",
    "2020-05-28", 1200,
    lambda g: g.series([d("2020-08-15"), d("2020-11-15"), d("2021-02-15"), d("2021-05-15")], 1),
    None, W + "tech director RSU, listed dates, deferral")
time_based(
    "The restricted stock will cliff vest three years from the date of grant, on March 1, 2019, subject to the "
    "Reporting Person's continued employment.",
    "2016-03-01", 11000,
    lambda g: g.lump(d("2019-03-01"), 1),
    None, W + "energy restricted stock, span and date both given")
time_based(
    "The shares underlying the option vest as follows: 6/24ths of the shares vest on the six-month anniversary of the "
    "grant date, and 1/24th of the shares vest on the same day of each month thereafter, such that all shares are "
    "vested on the second anniversary of the grant date.",
    "2015-10-05", 24000,
    lambda g: g.lump(d("2016-04-05"), "1/4").series(steps(d("2015-10-05"), 7, 18, 1), "3/4"),
    "2025-10-04", W + "biotech option, six-month cliff in 24ths, end stated")
time_based(
    "These restricted stock units will vest on the third anniversary of the grant date. In the event of the Reporting "
    "Person's retirement prior to such date, a pro rata portion of the units will vest based on the number of full "
    "months of service completed during the vesting period.",
    "2008-12-10", 4000,
    lambda g: g.lump(d("2011-12-10"), 1),
    None, W + "bank RSU, 2008, cliff with pro-rata retirement proviso")
time_based(
    "Represents a retention grant of restricted stock units that vest 50% on the second anniversary of the grant date "
    "and 25% on each of the third and fourth anniversaries of the grant date.",
    "2020-06-01", 8000,
    lambda g: g.lump(d("2022-06-01"), "1/2").lump(d("2023-06-01"), "1/4").lump(d("2024-06-01"), "1/4"),
    None, W + "retail retention RSU, uneven anniversaries")
time_based(
    "The LTIP Units will vest in four equal annual installments on December 31 of each year, beginning December 31, "
    "2021, subject to continued employment and to the terms of the partnership agreement of the Operating Partnership.",
    "2021-02-10", 20000,
    lambda g: g.series([d("2021-12-31"), d("2022-12-31"), d("2023-12-31"), d("2024-12-31")], 1),
    None, W + "REIT LTIP, a named day each year, beginning")
time_based(
    "The option vests in 48 equal monthly installments, the first of which will vest on July 21, 2017, subject to the "
    "Reporting Person's continued service as of each vesting date.",
    "2017-06-21", 9600,
    lambda g: g.series(steps(d("2017-07-21"), 0, 48, 1), 1),
    "2027-06-20", W + "biotech option, 'the first of which'")
time_based(
    "The RSUs vest in eight equal installments on each Quarterly Vesting Date beginning with the first Quarterly "
    "Vesting Date following February 3, 2025. \"Quarterly Vesting Date\" means each of March 5, June 5, September 5 "
    "and December 5.",
    "2025-02-03", 8000,
    lambda g: g.series(steps(d("2025-03-05"), 0, 8, 3), 1),
    None, W + "tech RSU, term defined after use")
time_based(
    "One-third of the restricted stock units vest on each of the first three anniversaries of January 2, 2015, subject "
    "to accelerated vesting upon a qualifying termination within 24 months following a change in control.",
    "2015-01-26", 15000,
    lambda g: g.series([add_years(d("2015-01-02"), k) for k in (1, 2, 3)], 1),
    None, W + "energy RSU, anniversaries of a stated date, double-trigger proviso")
time_based(
    "The option vests as to 1/8th of the shares on the six-month anniversary of November 1, 2019 (the \"Vesting "
    "Commencement Date\"), and the remaining shares vest in 42 equal monthly installments on each monthly anniversary "
    "of the Vesting Commencement Date thereafter.",
    "2019-11-20", 48000,
    lambda g: g.lump(d("2020-05-01"), "1/8").series(steps(d("2019-11-01"), 7, 42, 1), "7/8"),
    "2029-11-19", W + "biotech option, six-month lump then monthly anniversaries of the VCD")
time_based(
    "The restricted stock units vest in four equal installments, on the first, second, third and fourth anniversaries "
    "of the date of grant, and shares will be delivered on each vesting date.",
    "2011-05-16", 4000,
    lambda g: g.series([add_years(d("2011-05-16"), k) for k in range(1, 5)], 1),
    None, W + "tech RSU, 2011, delivery on vesting")
time_based(
    "The restricted shares vest as to 50% on the third anniversary of February 1, 2018, with the remaining 50% vesting "
    "in two equal annual installments thereafter.",
    "2018-02-14", 6000,
    lambda g: g.lump(d("2021-02-01"), "1/2").series([d("2022-02-01"), d("2023-02-01")], "1/2"),
    None, W + "REIT restricted stock, third-anniversary lump then annual")
time_based(
    "Options granted under the 2003 Stock Option Plan become exercisable in installments of 20% per year on each of "
    "the first through fifth anniversaries of the date of grant, which was December 18, 2003.",
    "2003-12-18", 12500,
    lambda g: g.series([add_years(d("2003-12-18"), k) for k in range(1, 6)], 1),
    "2013-12-18", W + "bank option, 2003, 'first through fifth', grant restated")
time_based(
    "The restricted stock units vest in twelve equal quarterly installments, beginning on the three-month anniversary "
    "of the grant date, subject to the Reporting Person's continued employment through each vesting date.",
    "2022-08-31", 12000,
    lambda g: g.series(steps(d("2022-08-31"), 3, 12, 3), 1),
    None, W + "tech RSU, quarterly anniversaries of a month-end grant (clamped, from the grant date)")
time_based(
    "The restricted stock units will vest over a three-year period, with one-third vesting on the first anniversary of "
    "the vesting commencement date of March 1, 2023, and the remainder vesting in eight equal quarterly installments "
    "thereafter.",
    "2023-03-15", 12000,
    lambda g: g.lump(d("2024-03-01"), "1/3").series(steps(d("2024-03-01"), 3, 8, 3), "2/3"),
    None, W + "biotech RSU, 'vesting commencement date of <date>' then quarterly")
time_based(
    "The stock appreciation rights vest and become exercisable at the rate of 25% per year on each anniversary of the "
    "grant date, and are fully vested after four years.",
    "2014-12-09", 20000,
    lambda g: g.series([add_years(d("2014-12-09"), k) for k in range(1, 5)], 1),
    "2024-12-09", W + "energy SARs, rate per year, fully vested after")
time_based(
    "The restricted stock units vest in six equal semi-annual installments on each May 15 and November 15, beginning "
    "on November 15, 2021.",
    "2021-06-01", 3000,
    lambda g: g.series(steps(d("2021-11-15"), 0, 6, 6), 1),
    None, W + "retail RSU, two named days a year")
time_based(
    "Subject to the Reporting Person's continued service through each applicable vesting date, the restricted stock "
    "units shall vest as follows: 40% of the restricted stock units shall vest on the one-year anniversary of the "
    "Vesting Commencement Date, which is September 1, 2024, and thereafter 15% of the restricted stock units shall vest "
    "on each of the next four six-month anniversaries of the Vesting Commencement Date, such that the restricted stock "
    "units will be fully vested on September 1, 2027.",
    "2024-09-12", 20000,
    lambda g: g.lump(d("2025-09-01"), "2/5").series(steps(d("2024-09-01"), 18, 4, 6), "3/5"),
    None, W + "tech RSU, long run-on, six-month anniversaries of the VCD, end")
time_based(
    "The option vests in twelve equal monthly installments beginning one month after the date of grant, such that the "
    "option will be fully vested on the first anniversary of the date of grant, subject to the director's continued "
    "service.",
    "2019-06-12", 12000,
    lambda g: g.series(steps(d("2019-06-12"), 1, 12, 1), 1),
    "2029-06-11", W + "biotech director option, monthly over a year")
time_based(
    "Restricted shares granted under the 2012 Omnibus Incentive Plan that vest in equal amounts annually over three "
    "years on the anniversary of the grant date.",
    "2013-03-28", 1500,
    lambda g: g.series([add_years(d("2013-03-28"), k) for k in (1, 2, 3)], 1),
    None, W + "REIT restricted shares, terse, plan year in the name")
time_based(
    "These restricted stock units vest in equal installments on each of the first four anniversaries of the grant "
    "date. The first vesting date is January 28, 2021.",
    "2020-01-28", 8000,
    lambda g: g.series([add_years(d("2020-01-28"), k) for k in range(1, 5)], 1),
    None, W + "bank RSU, first vesting date restated in a second sentence")
time_based(
    "The RSUs will vest in sixteen equal quarterly installments on the fifteenth day of the second month of each "
    "calendar quarter, beginning May 15, 2023.",
    "2023-03-20", 16000,
    lambda g: g.series(steps(d("2023-05-15"), 0, 16, 3), 1),
    None, W + "tech RSU, Nth day of the Mth month of each calendar quarter")
time_based(
    "The restricted units vest in three equal annual tranches commencing one year from the date of grant and are "
    "payable in units upon vesting.",
    "2017-04-03", 4500,
    lambda g: g.series([add_years(d("2017-04-03"), k) for k in (1, 2, 3)], 1),
    None, W + "energy units, tranches, 'one year from the date of grant'")
time_based(
    "25% of the shares subject to the option were vested on the date of grant, and the remaining 75% of the shares "
    "vest in 36 equal monthly installments thereafter, subject to the Reporting Person's continued service.",
    "2021-09-15", 72000,
    lambda g: g.lump(d("2021-09-15"), "1/4").series(steps(d("2021-09-15"), 1, 36, 1), "3/4"),
    "2031-09-14", W + "biotech option, vested at grant then monthly")
time_based(
    "One-third of the restricted stock units will vest on March 15 of each of 2024, 2025 and 2026, contingent upon "
    "continued employment.",
    "2023-03-15", 9000,
    lambda g: g.series([d("2024-03-15"), d("2025-03-15"), d("2026-03-15")], 1),
    None, W + "retail RSU, a day and a list of years")
time_based(
    "The option vests over four years: 25% of the shares vest one year after the vesting commencement date of January "
    "6, 2003, and 1/48 of the shares vest each month thereafter.",
    "2003-02-10", 4800,
    lambda g: g.lump(d("2004-01-06"), "1/4").series(steps(d("2003-01-06"), 13, 36, 1), "3/4"),
    "2013-02-09", W + "tech option, 2003, terse, count from the span")
time_based(
    "None of the LTIP Units will vest before January 1, 2022. The LTIP Units vest in three equal annual installments on "
    "January 1, 2022, January 1, 2023 and January 1, 2024, subject to the Reporting Person's continued employment, and "
    "any LTIP Units that have not vested will be forfeited upon termination.",
    "2019-01-15", 30000,
    lambda g: g.series([d("2022-01-01"), d("2023-01-01"), d("2024-01-01")], 1),
    None, W + "REIT LTIP, 'none before' then listed dates and a forfeiture sentence")
time_based(
    "The restricted stock units vest quarterly over a four-year period, with 6.25% of the units vesting on each "
    "quarterly anniversary of February 20, 2024, and full vesting on February 20, 2028.",
    "2024-03-01", 3200,
    lambda g: g.series(steps(d("2024-02-20"), 3, 16, 3), 1),
    None, W + "tech RSU, percent per quarterly anniversary of a stated date, end")
time_based(
    "The option is immediately exercisable. The shares subject to the option vest as to 25% on October 12, 2019 and "
    "thereafter in 36 equal monthly installments, subject to the Reporting Person's continued service, and any unvested "
    "shares purchased upon exercise are subject to repurchase by the Issuer.",
    "2018-10-12", 360000,
    lambda g: g.lump(d("2019-10-12"), "1/4").series(steps(d("2019-10-12"), 1, 36, 1), "3/4"),
    "2028-10-11", W + "biotech early-exercise option, repurchase right", exercisable=True)
time_based(
    "The restricted stock units vest 50% on the second anniversary and 50% on the third anniversary of June 1, 2020 "
    "(the \"Award Date\").",
    "2020-06-10", 7000,
    lambda g: g.lump(d("2022-06-01"), "1/2").lump(d("2023-06-01"), "1/2"),
    None, W + "energy RSU, shared anchor named after both anniversaries")
time_based(
    "1/3 of the RSUs vest on the first anniversary of the vesting commencement date, which is December 1, 2022, and "
    "1/12 of the RSUs vest quarterly thereafter over the next two years.",
    "2022-12-05", 12000,
    lambda g: g.lump(d("2023-12-01"), "1/3").series(steps(d("2023-12-01"), 3, 8, 3), "2/3"),
    None, W + "tech RSU, 'which is <date>', quarterly over a span")
time_based(
    "The restricted stock vested 20% on the date of grant and vests an additional 20% on each of the first four "
    "anniversaries of the date of grant.",
    "2007-08-15", 10000,
    lambda g: g.series([add_years(d("2007-08-15"), k) for k in range(0, 5)], 1),
    None, W + "bank restricted stock, 2007, at grant plus anniversaries")
time_based(
    "Represents performance share units earned upon certification by the Compensation Committee on February 18, 2025 "
    "of performance for the 2022-2024 performance period. The earned units vest in two equal installments on February "
    "18, 2025 and February 18, 2026.",
    "2025-02-18", 6400,
    lambda g: g.series([d("2025-02-18"), d("2026-02-18")], 1),
    None, W + "retail earned PSUs, performance certified, dated installments")
time_based(
    "The option vests in 36 equal monthly installments on the last day of each month, beginning on January 31, 2024, "
    "provided that the Reporting Person continues to provide services to the Company through each such date; the "
    "option will vest in full upon a Change in Control.",
    "2024-01-05", 36000,
    lambda g: g.series(month_ends(2024, 1, 36), 1),
    "2034-01-04", W + "biotech option, month ends, CIC acceleration")
time_based(
    "The restricted stock units vest in five equal installments on each of the first five anniversaries of May 15, "
    "2013, the closing date of the Issuer's initial public offering, subject to continued service.",
    "2013-05-09", 10000,
    lambda g: g.series([add_years(d("2013-05-15"), k) for k in range(1, 6)], 1),
    None, W + "REIT RSU, anniversaries of the IPO closing (date stated)")
time_based(
    "The restricted stock units will vest in full on the date that is eighteen months after the grant date, subject to "
    "continued employment through that date.",
    "2021-07-30", 5000,
    lambda g: g.lump(d("2023-01-30"), 1),
    None, W + "energy RSU, months after grant")
time_based(
    "The option becomes exercisable cumulatively in annual increments of 25% per annum commencing on the first "
    "anniversary of the grant date.",
    "2005-04-12", 20000,
    lambda g: g.series([add_years(d("2005-04-12"), k) for k in range(1, 5)], 1),
    "2015-04-12", W + "tech option, 2005, 'per annum'")
time_based(
    "Half of the restricted stock units vest on the first anniversary of the grant date and the other half vest on the "
    "eighteen-month anniversary of the grant date, in each case subject to continued service.",
    "2022-11-14", 3000,
    lambda g: g.lump(d("2023-11-14"), "1/2").lump(d("2024-05-14"), "1/2"),
    None, W + "biotech RSU, halves at 12 and 18 months")

# ---------------------------------------------------------------- other kinds and refusals (16)
other("The shares of common stock were granted to the Reporting Person as payment of the annual retainer for service on "
      "the Board and were fully vested upon grant.",
      "2016-06-01", 1834,
      {"kind": "immediate", "tranches": [{"date": "2016-06-01", "shares": 1834}]},
      None, W + "director stock retainer, vested at grant")
other("This option was fully vested and exercisable as of the date of grant, in recognition of the Reporting Person's "
      "prior service as interim Chief Executive Officer.",
      "2012-09-04", 50000,
      {"kind": "immediate", "tranches": [{"date": "2012-09-04", "shares": 50000}]},
      "2022-09-04", W + "option fully vested at grant")
other("The performance stock units will be earned, if at all, based on the Issuer's relative total shareholder return "
      "over the three-year performance period beginning January 1, 2023 and ending December 31, 2025, and any earned "
      "units will vest on the date the Compensation Committee certifies achievement, which will occur no later than "
      "March 15, 2026. Between 0% and 200% of the target number of units may be earned.",
      "2023-02-15", 10000,
      {"kind": "performance", "contingent_fraction": "1"},
      None, W + "relative TSR PSU")
other("The restricted stock units will vest in full upon the approval by the U.S. Food and Drug Administration of the "
      "Issuer's New Drug Application for its lead product candidate, provided such approval occurs on or before "
      "December 31, 2027, and will be forfeited if such approval has not occurred by that date.",
      "2024-01-10", 20000,
      {"kind": "performance", "contingent_fraction": "1"},
      None, W + "milestone RSU with a deadline")
other("Of the 12,000 restricted stock units reported, 6,000 are time-based units that vest in four equal annual "
      "installments beginning March 1, 2021, and 6,000 are performance-based units that vest, if at all, upon the "
      "Compensation Committee's certification of the achievement of cumulative revenue goals for fiscal years 2021 "
      "through 2023.",
      "2020-03-01", 12000,
      {"kind": "mixed", "tranches": [{"date": f"{y}-03-01", "shares": 1500} for y in range(2021, 2025)],
       "contingent_fraction": "1/2"},
      None, W + "time and performance halves in one award")
other("25% of the shares subject to the option vested on the date of grant, and the remaining 75% will vest upon the "
      "first commercial sale of the Issuer's product following regulatory approval in the United States.",
      "2018-05-07", 40000,
      {"kind": "mixed", "tranches": [{"date": "2018-05-07", "shares": 10000}], "contingent_fraction": "3/4"},
      "2028-05-06", W + "vested at grant plus a milestone portion")
other("The sales reported in this Form 4 were effected pursuant to a Rule 10b5-1 trading plan adopted by the Reporting "
      "Person on August 30, 2024, which provides for the sale of a portion of the shares that vest from time to time "
      "under the Reporting Person's restricted stock unit awards.",
      None, 3120, {"kind": "not_vesting"}, None, W + "10b5-1 sale")
other("Represents shares withheld by the Issuer to satisfy tax withholding obligations in connection with the vesting on "
      "March 1, 2025 of 25% of the restricted stock units granted to the Reporting Person on March 1, 2022.",
      None, 812, {"kind": "not_vesting"}, None, W + "withholding on a vesting")
other("On December 12, 2023, the Reporting Person made a bona fide gift of 5,000 shares of common stock to a charitable "
      "donor-advised fund for no consideration.",
      None, 5000, {"kind": "not_vesting"}, None, W + "gift")
other("Each share of Class B common stock is convertible at any time at the option of the holder into one share of "
      "Class A common stock and will automatically convert into one share of Class A common stock upon certain "
      "transfers and on the seventh anniversary of the closing of the Issuer's initial public offering.",
      None, 1250000, {"kind": "not_vesting"}, None, W + "class conversion terms")
other("Represents a pro rata distribution, without consideration, of shares of common stock by Venture Partners IV, "
      "L.P. to its limited partners and general partner on June 3, 2021.",
      None, 240000, {"kind": "not_vesting"}, None, W + "fund distribution")
other("Pursuant to the Merger Agreement, at the Effective Time each outstanding restricted stock unit was converted into "
      "a restricted stock unit of Parent, with the number of shares adjusted by the Exchange Ratio of 0.4512, and "
      "continues to vest on the same schedule as applied to the original award, which vests in equal annual "
      "installments through March 2026.",
      "2023-10-02", 4512, {"kind": "not_vesting"}, None, W + "merger conversion keeping the old schedule")
other("Represents shares acquired through the reinvestment of dividends under the Issuer's Dividend Reinvestment Plan on "
      "quarterly dividend payment dates during 2019.",
      None, 87, {"kind": "not_vesting"}, None, W + "dividend reinvestment")
other("The restricted stock units vest in sixteen equal quarterly installments beginning on the first quarterly "
      "anniversary of the Vesting Commencement Date, subject to continued service.",
      "2021-04-01", 16000, {"kind": "unrecognized", "notes": "vesting commencement date not stated"},
      None, W + "must refuse: the anchor is never dated")
other("The option vests over four years, subject to the Reporting Person's continued service to the Company.",
      "2019-11-11", 40000, {"kind": "unrecognized", "notes": "no cadence stated"},
      "2029-11-10", W + "must refuse: a span without a cadence")
other("The restricted stock units vest in three equal annual installments beginning on the first anniversary of the "
      "grant date, with the final installment vesting on May 1, 2026.",
      "2022-05-01", 6000, {"kind": "unrecognized", "notes": "final date contradicts the count"},
      None, W + "must refuse: the end contradicts the count (third anniversary is 2025-05-01)")


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("footnotes-holdout27.jsonl")
    assert len(LINES) == 80, len(LINES)
    with out.open("w") as f:
        for i, line in enumerate(LINES, 1):
            row = {"id": f"H27-{i:03d}"}
            row.update(line)
            f.write(json.dumps(row) + "\n")
    print(f"{out}: {len(LINES)} lines")


if __name__ == "__main__":
    main()
