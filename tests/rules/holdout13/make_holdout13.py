#!/usr/bin/env python3
"""Regenerates footnotes-holdout13.jsonl (held-out set 13: footnotes across ERAS and AWARD TYPES).

Footnotes written for this set in real Form 4 "Explanation of Responses" style (modelled on phrasings of many
issuers from 2004 to today, not copied): older option wording ("exercisable in cumulative annual installments",
"becomes exercisable as to one-fourth of the shares on each of the first four anniversaries", "vest in equal
annual increments", "vests at the rate of"), restricted stock and RSUs with dividend equivalents, director annual
grants, deferred stock units, ESPP / 401(k) / ESOP lines, option repricings and exchanges, footnotes describing two
awards ("Of these, X ... and Y ..."), a vesting schedule beside an exercise or expiration term, share counts per
tranche in a list, schedules stated from a hire / election / promotion date, and footnotes that only point to
another footnote or filing. Lines with no schedule carry their exact kind; lines a careful reader cannot settle
are `unrecognized`.

Expected results are computed here from the slot values (conventions of ../holdout_expect.py: stated amounts as
stated; otherwise cumulative round-down over the whole grant, month steps from the ORIGINAL anchor with the day
clamped; the tranches of a `mixed` line are its dated portion only). Written BEFORE any rule was changed for it
(first-run figures are in README.md and in the commit that added it).
"""
import os, sys
from fractions import Fraction as F

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from holdout_expect import D, addm, sched, equal, stated, dates_equal, merged, HeldOut  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
S = HeldOut("m", "holdout13")
W = dict(real=False)
U = "unrecognized"
T = "time_based"
NV = "not_vesting"


def add(*args, alt=None, **kw):
    """S.add, plus the kinds that are also a fair answer when no tranche is given (holdout_test's alt_ok_kinds)."""
    S.add(*args, **kw)
    if alt:
        S.rows[-1]["alt_ok_kinds"] = list(alt)


def iso(d): return d.isoformat()


def cliff_then_monthly(N, anchor, cliff_months, cliff_frac, last_month):
    """cliff_frac of N at anchor + cliff_months, then (1 - cliff_frac) in equal parts on anchor + k months for
    k = cliff_months+1 .. last_month (every step from the ORIGINAL anchor, day clamped)."""
    a = D(anchor)
    ks = range(cliff_months + 1, last_month + 1)
    n = len(ks)
    return sched(N, [(addm(a, cliff_months), cliff_frac)] +
                 [(addm(a, k), cliff_frac + (1 - cliff_frac) * F(i + 1, n)) for i, k in enumerate(ks)])


def fractions_at(N, anchor, pairs):
    """[(months after anchor, cumulative fraction)] -> tranches."""
    a = D(anchor)
    return sched(N, [(addm(a, m), c) for m, c in pairs])


# ---------------------------------------------------------------- older option wording (2004-2012)
add("The option becomes exercisable in four cumulative annual installments of 25% each, commencing one year from the date of grant.",
    T, equal(40000, "2006-02-14", 4, 12, 12), gd="2006-02-14", N=40000, exp="2016-02-14", **W)
add("This option becomes exercisable as to one-fourth of the shares on each of the first four anniversaries of the date of grant.",
    T, equal(10002, "2005-11-30", 4, 12, 12), gd="2005-11-30", N=10002, **W, note="2,500 / 2,501 / 2,500 / 2,501")
add("The options vest in equal annual increments over a three-year period beginning on the first anniversary of the grant date.",
    T, equal(9000, "2008-03-03", 3, 12, 12), gd="2008-03-03", N=9000, **W)
add("The option vests at the rate of 20% per year, commencing on the first anniversary of the date of grant.",
    T, equal(25000, "2004-07-27", 5, 12, 12), gd="2004-07-27", N=25000, **W, note="20% per year: five installments")
add("Exercisable in cumulative annual installments of one-third each, beginning on March 5, 2010.",
    T, equal(6000, "2010-03-05", 3, 12, 0), gd="2009-03-05", N=6000, **W)
add("The option vests at the rate of 25% on the first anniversary of the grant date and 1/48th of the total shares per month thereafter.",
    T, cliff_then_monthly(48000, "2007-10-31", 12, F(1, 4), 48), gd="2007-10-31", N=48000, **W,
    note="monthly steps from the grant date of October 31, clamped (2008-11-30, 2009-02-28)")
add("Stock options granted under the 1999 Stock Incentive Plan. The options became exercisable in installments of 33%, 33% and 34% on the first, second and third anniversaries of the grant date, respectively.",
    T, stated([("2005-12-10", 9900), ("2006-12-10", 9900), ("2007-12-10", 10200)]), gd="2004-12-10", N=30000, **W)
add("The option is exercisable in five equal annual installments beginning on the first anniversary of the date of grant and expires ten years after the date of grant.",
    T, equal(5000, "2009-08-11", 5, 12, 12), gd="2009-08-11", N=5000, exp="2019-08-11", **W, note="a vesting schedule and an expiration term")
add("Option vests in 36 monthly installments of 1/36th each beginning one month after the date of grant.",
    T, equal(36000, "2011-01-31", 36, 1, 1), gd="2011-01-31", N=36000, **W, note="January 31 anchor: 2011-02-28, 2011-03-31, ...")
add("The option becomes exercisable in installments: 40% after two years from the date of grant and an additional 20% after each of the third, fourth and fifth years.",
    T, fractions_at(10000, "2005-09-19", [(24, F(2, 5)), (36, F(3, 5)), (48, F(4, 5)), (60, 1)]), gd="2005-09-19", N=10000, **W)
add("Option to purchase shares granted under the 2004 Equity Incentive Plan; 1/8 of the shares vest six months after the vesting commencement date of May 1, 2006 and 1/48 per month thereafter.",
    T, cliff_then_monthly(48000, "2006-05-01", 6, F(1, 8), 48), gd="2006-06-15", N=48000, **W,
    note="6,000 on 2006-11-01, then 1,000 on the first of each month through 2010-05-01")
add("The option vests in sixteen equal quarterly installments commencing three months after the grant date.",
    T, equal(16000, "2013-08-30", 16, 3, 3), gd="2013-08-30", N=16000, **W, note="day 30 kept, February clamped")
add("The award vests one-fifth per year on each December 31, commencing December 31, 2008.",
    T, dates_equal(5000, ["2008-12-31", "2009-12-31", "2010-12-31", "2011-12-31", "2012-12-31"]), gd="2008-02-01", N=5000, **W)

# ---------------------------------------------------------------- restricted stock and RSUs, dividend equivalents
add("Each restricted stock unit represents a contingent right to receive one share of common stock. The restricted stock units vest in four equal annual installments beginning February 20, 2021. Dividend equivalents are credited on the units and are paid in cash when the units vest.",
    T, equal(8000, "2021-02-20", 4, 12, 0), gd="2020-02-20", N=8000, **W)
add("Grant of restricted stock under the 2012 Long-Term Incentive Plan. The shares vest ratably on each of the first three anniversaries of the grant date, and dividends on the unvested shares are held by the Company and paid upon vesting.",
    T, equal(3000, "2013-01-28", 3, 12, 12), gd="2013-01-28", N=3000, **W)
add("The RSUs, together with accrued dividend equivalent units, will vest 100% on March 1, 2027, provided the reporting person remains employed through that date.",
    T, stated([("2027-03-01", 5500)]), gd="2024-03-01", N=5500, **W)
add("Represents dividend equivalent rights accrued on restricted stock units granted on February 15, 2023, which vest on the same schedule as the underlying units.",
    NV, gd="2024-02-15", N=212, **W, alt=[U], note="dividend equivalents on another award; no schedule of their own is stated")
add("The restricted stock units vest in equal semi-annual installments over three years, on each June 1 and December 1, beginning June 1, 2013.",
    T, dates_equal(6000, ["2013-06-01", "2013-12-01", "2014-06-01", "2014-12-01", "2015-06-01", "2015-12-01"]), gd="2012-12-01", N=6000, **W)

# ---------------------------------------------------------------- directors and deferred stock units
add("Annual grant to non-employee directors. The restricted stock units vest in full on the earlier of the first anniversary of the grant date or the date of the next annual meeting of stockholders.",
    U, gd="2023-05-18", N=2100, **W, note="the annual meeting's date is not stated: the earlier of the two cannot be known")
add("Represents an annual award of restricted stock to each non-employee director, which vests in full on the date of the Company's 2019 annual meeting of shareholders.",
    U, gd="2018-05-02", N=1800, **W, note="the meeting's date is not stated")
add("Stock option granted to the reporting person upon his election to the Board of Directors. The option vests in three equal annual installments beginning on the first anniversary of his election, which was July 12, 2016.",
    T, equal(15000, "2016-07-12", 3, 12, 12), gd="2016-07-19", N=15000, **W, note="anchored on the election date, not the grant date")
add("Quarterly grant of fully vested shares of common stock to the non-employee director in lieu of cash board fees.",
    "immediate", stated([("2019-03-31", 812)]), gd="2019-03-31", N=812, **W)
add("The director stock units vest on the first anniversary of the grant date and will be settled in shares of common stock upon the director's separation from the Board.",
    T, stated([("2022-06-10", 1450)]), gd="2021-06-10", N=1450, **W, note="settlement on separation is not a vesting date")
add("Each deferred stock unit is the economic equivalent of one share of common stock. Deferred stock units credited under the plan are payable in shares following the director's retirement from the Board.",
    NV, gd="2015-01-02", N=640, **W)
add("The deferred stock units vest in equal quarterly installments over one year beginning on August 15, 2022, and vested units will be delivered on the earlier of the director's separation from service or a change in control.",
    T, equal(1000, "2022-08-15", 4, 3, 0), gd="2022-05-15", N=1000, **W)

# ---------------------------------------------------------------- ESPP, 401(k), ESOP, DRIP: no vesting
add("Shares purchased under the Company's 2010 Employee Stock Purchase Plan for the offering period ended December 31, 2011.",
    NV, gd="2011-12-31", N=345, **W)
add("Represents shares allocated to the reporting person's account in the Company's 401(k) Savings Plan, based on plan information as of June 30, 2012.",
    NV, gd="2012-06-30", N=2210, **W)
add("Purchase of shares under the Issuer's Section 423 employee stock purchase plan at a 15% discount to the lower of the fair market value on the first or last day of the six-month offering period ended May 31, 2012.",
    NV, gd="2012-05-31", N=410, **W, note="percentages and a period, none of them vesting")
add("Shares of Company stock held in the Reporting Person's account under the Retirement Savings Plan, which vest in accordance with the plan's 20% per year of service schedule.",
    NV, gd="2013-12-31", N=950, **W, alt=[U], note="plan matching-vesting by years of service; no dates, not this grant's schedule")

# ---------------------------------------------------------------- repricings and exchanges
add("On June 3, 2009, the Issuer's stockholders approved a one-time stock option exchange program. This option was received in exchange for the cancellation of an eligible option and vests in two equal annual installments on the first and second anniversaries of the exchange date, June 3, 2009.",
    T, equal(7000, "2009-06-03", 2, 12, 12), gd="2009-06-03", N=7000, **W)
add("The reported transaction involved an amendment of an outstanding option to reduce the exercise price from $18.50 to $9.25 per share, resulting in the deemed cancellation of the old option and the grant of a replacement option. The vesting schedule of the option was not changed.",
    U, gd="2009-04-01", N=12000, **W, alt=[NV], note="the (unchanged) schedule is not stated here")
add("This option was granted in replacement of an option that expired unexercised and is fully exercisable as of the date of grant.",
    "immediate", stated([("2008-11-20", 12000)]), gd="2008-11-20", N=12000, ex_imm=True, **W)

# ---------------------------------------------------------------- two awards in one footnote
add("Of these shares, 6,000 are shares of restricted stock that vest in three equal annual installments beginning on March 1, 2013, and 4,000 are shares of restricted stock that vest in full on March 1, 2015.",
    T, merged([equal(6000, "2013-03-01", 3, 12, 0), stated([("2015-03-01", 4000)])]), gd="2012-03-01", N=10000, **W,
    note="two lots of one holding: 2,000 / 2,000 / 6,000")
add("Of these RSUs, 2,400 vest in four equal annual installments beginning on the first anniversary of the grant date, and 1,600 are performance-based RSUs that vest only upon achievement of revenue goals established by the Compensation Committee.",
    "mixed", equal(2400, "2019-02-25", 4, 12, 12), gd="2019-02-25", N=4000, **W, note="time portion 2,400")
add("Of the shares reported, 3,000 were fully vested on the grant date and the remaining 9,000 vest in three equal annual installments on the first three anniversaries of the grant date.",
    T, stated([("2017-09-05", 3000), ("2018-09-05", 3000), ("2019-09-05", 3000), ("2020-09-05", 3000)]), gd="2017-09-05", N=12000, **W)
add("Of these, 1,500 shares were acquired under the Issuer's Employee Stock Purchase Plan on June 30, 2024 and 2,000 are restricted stock units that vest in full on June 30, 2026.",
    U, gd="2024-06-30", N=3500, **W, alt=[NV], note="composition of a holding: the ESPP shares are not a tranche; which row count the RSU date applies to is not stated")
add("Of these, 5,000 RSUs vest on September 1, 2023 and 5,000 performance stock units vest upon the Company's achievement of $100 million in annual recurring revenue.",
    "mixed", stated([("2023-09-01", 5000)]), gd="2022-09-01", N=10000, **W)

# ---------------------------------------------------------------- schedule beside an exercise / expiration term
add("The option vests and becomes exercisable in four equal annual installments beginning on the first anniversary of the date of grant, and expires on the tenth anniversary of the date of grant, or earlier upon termination of employment.",
    T, equal(20000, "2012-04-26", 4, 12, 12), gd="2012-04-26", N=20000, exp="2022-04-26", **W)
add("This option was fully vested and exercisable on the date of grant and has a term of ten years.",
    "immediate", stated([("2011-12-15", 5000)]), gd="2011-12-15", N=5000, exp="2021-12-15", **W,
    note="vested and exercisable together: no early exercise (expectation corrected after the first run, which had "
         "exercisable_immediately; holdout7 w006 and the paraphrases' p126 read the same words without it)")
add("The option vested 50% on December 31, 2010 and 50% on December 31, 2011, and expires on December 31, 2019.",
    T, stated([("2010-12-31", 1500), ("2011-12-31", 1500)]), gd="2010-01-04", N=3000, exp="2019-12-31", **W)
add("The option vests in 48 equal monthly installments, with the first installment vesting on the one-month anniversary of the grant date; provided that vesting will accelerate in full upon a change in control.",
    T, equal(4800, "2019-05-31", 48, 1, 1), gd="2019-05-31", N=4800, **W)

# ---------------------------------------------------------------- share counts per tranche in a list
add("These options vest in annual tranches of 4,000, 4,000, 6,000 and 6,000 shares on the first four anniversaries of the grant date, respectively.",
    T, stated([("2015-08-20", 4000), ("2016-08-20", 4000), ("2017-08-20", 6000), ("2018-08-20", 6000)]), gd="2014-08-20", N=20000, **W)

add("The stock units vest in installments as follows: 833 units on each of January 31, 2019 and January 31, 2020, and 834 units on January 31, 2021.",
    T, stated([("2019-01-31", 833), ("2020-01-31", 833), ("2021-01-31", 834)]), gd="2018-01-31", N=2500, **W)

# ---------------------------------------------------------------- stated from a hire / start / promotion date
add("The option vests as to 25% of the shares on the first anniversary of the Reporting Person's date of hire, March 17, 2014, and as to 1/48th of the shares monthly thereafter.",
    T, cliff_then_monthly(96000, "2014-03-17", 12, F(1, 4), 48), gd="2014-04-02", N=96000, **W)
add("One-third of the RSUs vest on each of the first three anniversaries of the reporting person's employment commencement date of October 6, 2020.",
    T, equal(3000, "2020-10-06", 3, 12, 12), gd="2020-11-15", N=3000, **W)

# ---------------------------------------------------------------- performance, mixed, immediate
add("The performance shares will be earned based on the Company's total shareholder return relative to the S&P 500 Index for the three-year period ending December 31, 2013, and will vest, if earned, on the date the Compensation Committee certifies the results.",
    "performance", gd="2011-02-20", N=6000, **W)
add("The restricted stock vests upon the later of (i) the third anniversary of the grant date and (ii) the Company achieving a stock price of $25.00 per share for 20 consecutive trading days.",
    "performance", gd="2009-05-05", N=30000, **W, note="a date AND a market condition: not knowable by date")
add("25% of the option vested upon grant, and the remaining 75% will vest upon the first commercial sale of the Company's product in the United States.",
    "mixed", stated([("2012-07-09", 2000)]), gd="2012-07-09", N=8000, **W)
add("The shares of common stock were issued to the Reporting Person as a fully vested bonus award for fiscal 2011 performance.",
    "immediate", stated([("2012-02-15", 1750)]), gd="2012-02-15", N=1750, **W, note="'performance' describes why, not a condition")

# ---------------------------------------------------------------- no vesting: withholding, settlement, exercise, gifts
add("Shares withheld by the Issuer to satisfy tax withholding obligations upon the vesting of restricted stock on March 1, 2012.",
    NV, gd="2012-03-01", N=410, **W)
add("Shares acquired upon exercise of an option granted on January 10, 2005, which had vested in four equal annual installments.",
    NV, gd="2012-08-14", N=8000, **W, alt=[U], note="an exercise: the shares acquired are not vesting (the old option's schedule is history)")
add("Shares of common stock received upon the settlement of restricted stock units that vested on February 15, 2013.",
    NV, gd="2013-02-15", N=1200, **W)
add("Represents a gift of shares to the reporting person's children made on December 20, 2007.",
    NV, gd="2007-12-20", N=3000, **W)

# ---------------------------------------------------------------- pointers and lines a careful reader cannot settle
add("The vesting schedule of this option is described in footnote (2) above.",
    U, gd="2016-02-01", N=20000, **W, alt=[NV], note="points to another footnote")
add("These restricted stock units were previously reported on a Form 4 filed on February 28, 2014 and vest in accordance with the terms described therein.",
    U, gd="2014-02-26", N=3300, **W, alt=[NV], note="points to an earlier filing; the date is the filing's")
add("The option vests over four years from the Reporting Person's hire date, with 25% vesting on the first anniversary of the hire date and the balance in equal quarterly installments thereafter.",
    U, gd="2016-09-12", N=40000, **W, note="hire date not stated (need not be the grant date)")
add("The restricted stock vests in installments of 1,000 shares on June 1, 2013, 1,000 shares on June 1, 2014 and 2,000 shares on June 1, 2015.",
    U, gd="2012-06-01", N=5000, **W, note="4,000 stated against a grant of 5,000")
add("The RSUs vest 50% on the first anniversary of the grant date and 25% on the second anniversary of the grant date.",
    U, gd="2017-04-04", N=1000, **W, note="25% left unassigned")
add("The option vests in three annual installments of 2,000 shares, 2,000 shares and 2,500 shares beginning on the first anniversary of the grant date.",
    U, gd="2015-10-01", N=6000, **W, note="6,500 stated against a grant of 6,000")
add("These RSUs vest quarterly over four years, subject to a one-year cliff, measured from the vesting start date set by the Compensation Committee.",
    U, gd="2021-03-03", N=16000, **W, note="vesting start date not stated")

S.finish(HERE, 55, 65)
