#!/usr/bin/env python3
"""Regenerates footnotes-holdout21.jsonl (held-out set 21: the families of issue 9 section 3 still refused, in NEW
wordings, read as slots of a series filled by any of their phrasings).

Footnotes written for this set in real Form 4 "Explanation of Responses" style (modelled on phrasings of many
issuers, not copied), about four per family, some combined with other elements, and near-misses that must be
refused:
  a. installments sized in shares ("in annual installments of 3,000 shares", "vests as to 2,500 shares on each
     anniversary"), the count being the grant size divided by the installment;
  b. a cliff stated as a duration ("with a one-year cliff", "subject to a six-month cliff") on a monthly or
     quarterly series from a vesting commencement date;
  c. "at the end of each full month (or quarter) of continuous service" after a start;
  d. award parts sized separately in units ("consists of 4,000 time-based RSUs, which vest ..., and 2,000 PSUs,
     which ...": `mixed`, the dated part exact);
  e. a defined date list used before its definition ("on the first Quarterly Vesting Date following the grant date
     and on each Quarterly Vesting Date thereafter ... "Quarterly Vesting Dates" are March 15, ...");
  f. "in equal quarterly installments over each calendar quarter of 2026" / "on the last day of each calendar
     quarter of 2025 and 2026";
  g. "on the fifteenth day of the month following the end of each calendar quarter";
  h. a quoted name for a relative date ("the first anniversary of the Vesting Commencement Date (the "Initial
     Vesting Date")") used later in the series;
  i. "with the first 25% vesting on D" where the schedule gives a count, not a rate;
  j. "in equal annual installments over four years on the anniversary of the grant date";
  k. settlement of RSUs that vested earlier ("Represents shares issued upon settlement of RSUs granted on D that
     vested on D2": `not_vesting`), beside statements of future vesting that must stay schedules;
  l. "Fully vested shares issued in payment of the 2025 annual bonus" (`immediate`).

Conventions (beside ../holdout_expect.py's: cumulative round-down over the whole grant, month steps from the
ORIGINAL anchor with the day clamped; the tranches of a `mixed` line are its dated portion only), written down
before the first run:
- installments of S shares: the grant of N shares vests in N / S installments; when S does not divide N, or a
  stated count times S is not N, or no grant size is given, the footnote is refused (the last installment is not
  known);
- a cliff of L months on a series from a start D: every installment due on or before D + L vests on D + L, the
  series goes on unchanged after it; a cliff that is not a whole number of the series' periods is refused;
- "at the end of each full month / quarter of continuous service" after D vests on D + k months / 3k months;
- "on the last day of each calendar quarter of 2025 and 2026": one installment at each quarter end of those years;
  "in equal quarterly installments over each calendar quarter of 2026": at each quarter's end; a year whose first
  quarter ended before the grant is refused;
- "the fifteenth day of the month following the end of each calendar quarter" is January / April / July /
  October 15;
- "with the first X% vesting on D" beside a count: D is the first installment's date, X% must be 1 / count;
- "in equal annual installments over four years on the anniversary of the grant date": four installments;
- "Fully vested shares issued in payment of ..." is `immediate` on the grant (transaction) date.
Written BEFORE any rule was changed for it (first-run figures are in the README and in the commit that added it).
"""
import os, sys
from fractions import Fraction as F

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from holdout_expect import (D, addm, sched, equal, stated, dates_equal, rule_days, iso, HeldOut, QUARTER_ENDS,  # noqa: E402
                            TB, IM, MX, NV, PF, UN, lump_then_steps)

HERE = os.path.dirname(os.path.abspath(__file__))
S = HeldOut("x", "holdout21")
add = S.add
W = dict(real=False)


def yearly(day, first_year, n):
    return [f"{first_year + i}-{day}" for i in range(n)]


def cliff(N, start, n, step, cliff_months):
    """n equal installments every `step` months from start; those due by start + cliff_months vest then."""
    s = D(start)
    k0 = cliff_months // step
    pts = [(addm(s, cliff_months), F(k0, n))] + [(addm(s, step * k), F(k, n)) for k in range(k0 + 1, n + 1)]
    return sched(N, pts)


# ---------------------------------------------------------------- a. installments sized in shares (x001-x006)
add("The restricted stock units vest in annual installments of 3,000 shares beginning on the first anniversary of the grant date, subject to the Reporting Person's continued employment through each vesting date.",
    TB, equal(12000, "2025-03-03", 4, 12, 12), gd="2025-03-03", N=12000, **W)
add("The option vests as to 2,500 shares on each anniversary of June 10, 2025, the vesting commencement date, until fully vested, subject to the optionee's continued service.",
    TB, equal(10000, "2025-06-10", 4, 12, 12), gd="2025-06-20", N=10000, exp="2035-06-19", **W)
add("The option becomes exercisable in quarterly installments of 625 shares commencing on April 15, 2026; upon a Change in Control, the unvested portion will become fully exercisable.",
    TB, equal(5000, "2026-04-15", 8, 3, 0), gd="2026-01-15", N=5000, exp="2036-01-14", **W)
add("These RSUs vest in four annual installments of 1,250 shares each on the first four anniversaries of the grant date. Vested units are settled in shares of common stock within 30 days.",
    TB, equal(5000, "2025-09-08", 4, 12, 12), gd="2025-09-08", N=5000, **W)
add("The RSUs vest in three annual installments of 2,000 shares beginning on the first anniversary of the grant date.",
    UN, gd="2025-05-01", N=5000, **W, note="three installments of 2,000 are not the grant of 5,000")
add("The shares of restricted stock vest in annual installments of 1,000 shares commencing on the first anniversary of the date of grant.",
    UN, gd="2025-07-14", **W, note="no grant size: the number of installments and the last one are not known")

# ---------------------------------------------------------------- b. a cliff stated as a duration (x007-x011)
add("The option vests in 48 equal monthly installments measured from the vesting commencement date of January 15, 2025, with a one-year cliff, subject to the Reporting Person's continued service.",
    TB, cliff(4800, "2025-01-15", 48, 1, 12), gd="2025-02-01", N=4800, exp="2035-01-31", **W)
add("The RSUs vest quarterly over four years from the vesting commencement date (March 1, 2025), subject to a one-year cliff.",
    TB, cliff(1600, "2025-03-01", 16, 3, 12), gd="2025-03-20", N=1600, **W)
add("Subject to a six-month cliff, the shares vest in 24 equal monthly installments measured from the vesting commencement date, October 1, 2025.",
    TB, cliff(2400, "2025-10-01", 24, 1, 6), gd="2025-11-03", N=2400, **W)
add("The option vests monthly over three years measured from July 1, 2025 (the \"Vesting Commencement Date\"), with a one-year cliff; in the event of a Change in Control, all unvested shares will vest in full.",
    TB, cliff(3600, "2025-07-01", 36, 1, 12), gd="2025-07-22", N=3600, exp="2035-07-21", **W)
add("The RSUs vest in 16 equal quarterly installments following the vesting commencement date of February 1, 2025, subject to a four-month cliff.",
    UN, gd="2025-02-10", N=1600, **W, note="a four-month cliff is not a whole number of quarters")

# ---------------------------------------------------------------- c. end of each full month / quarter of service (x012-x016)
add("1/48th of the shares subject to the option vest at the end of each full month of continuous service following March 15, 2025, the vesting commencement date.",
    TB, equal(4800, "2025-03-15", 48, 1, 1), gd="2025-04-02", N=4800, exp="2035-04-01", **W)
add("One-fourth of the shares vest on the first anniversary of the Vesting Commencement Date (September 15, 2024) and 1/48th of the shares vest at the end of each full month of continuous service thereafter.",
    TB, lump_then_steps(4800, "2025-09-15", F(1, 4), "2024-09-15", range(13, 49)), gd="2024-10-01", N=4800, **W)
add("The option vests as to 1/16th of the shares at the end of each full quarter of continuous service measured from the vesting commencement date, January 10, 2026.",
    TB, equal(3200, "2026-01-10", 16, 3, 3), gd="2026-01-28", N=3200, exp="2036-01-27", **W)
add("The shares vest in equal installments at the end of each full quarter of continuous service after May 15, 2025 (the \"Vesting Start Date\") over a period of four years, so long as the Reporting Person remains a director.",
    TB, equal(1600, "2025-05-15", 16, 3, 3), gd="2025-06-05", N=1600, **W)
add("1/36th of the shares vest at the end of each full month of continuous service after the Reporting Person's start date.",
    UN, gd="2025-08-11", N=3600, **W, note="the start date is not stated")

# ---------------------------------------------------------------- d. award parts sized in units (x017-x021)
add("The award consists of 4,000 time-based RSUs, which vest in four equal annual installments beginning on the first anniversary of the grant date, and 2,000 PSUs, which vest, if at all, based on the Issuer's relative total shareholder return over the three-year performance period ending December 31, 2027.",
    MX, equal(4000, "2025-03-01", 4, 12, 12), gd="2025-03-01", N=6000, **W, note="the dated part only")
add("This grant is comprised of 1,500 restricted stock units that vest in full on March 15, 2027 and 1,500 performance stock units that will be earned, if at all, upon achievement of cumulative revenue goals.",
    MX, stated([("2027-03-15", 1500)]), gd="2025-03-15", N=3000, **W)
add("Consists of 9,000 service-based RSUs, one-third of which vest on each of the first three anniversaries of the grant date, and 3,000 performance-based RSUs that vest upon the Issuer's achievement of a stock price hurdle of $25.00 per share.",
    MX, equal(9000, "2025-11-12", 3, 12, 12), gd="2025-11-12", N=12000, **W)
add("Includes 2,400 RSUs that vest in 8 equal quarterly installments beginning on May 15, 2026, and 1,200 PSUs that vest, if at all, upon certification of the performance results for fiscal 2026.",
    MX, equal(2400, "2026-05-15", 8, 3, 0), gd="2026-02-20", N=3600, **W)
add("The award consists of 4,000 time-based RSUs, which vest in full on the third anniversary of the grant date, and 2,000 PSUs, which vest, if at all, upon the achievement of performance goals.",
    UN, gd="2025-04-01", N=5000, **W, note="the parts (6,000) are not the grant (5,000)")

# ---------------------------------------------------------------- e. a defined date list used before its definition (x022-x026)
add("The RSUs vest in sixteen equal installments on the first Quarterly Vesting Date following the grant date and on each Quarterly Vesting Date thereafter. \"Quarterly Vesting Dates\" are March 15, June 15, September 15 and December 15.",
    TB, dates_equal(1600, iso(rule_days([(3, 15), (6, 15), (9, 15), (12, 15)], "2025-04-02", 16))), gd="2025-04-02", N=1600, **W)
add("One-twelfth of the units vest on the first Quarterly Vesting Date following the vesting commencement date and on each Quarterly Vesting Date thereafter. The vesting commencement date is January 20, 2025, and the \"Quarterly Vesting Dates\" are February 15, May 15, August 15 and November 15.",
    TB, dates_equal(1200, iso(rule_days([(2, 15), (5, 15), (8, 15), (11, 15)], "2025-01-20", 12))), gd="2025-02-04", N=1200, **W)
add("25% of the RSUs vest on the first anniversary of the grant date and the remaining 75% vest in twelve equal installments on each Quarterly Vesting Date thereafter. For this purpose, the \"Quarterly Vesting Dates\" are March 1, June 1, September 1 and December 1.",
    TB, sched(4000, [(D("2026-03-20"), F(1, 4))] + [(d, F(1, 4) + F(3, 4) * F(i + 1, 12)) for i, d in enumerate(rule_days([(3, 1), (6, 1), (9, 1), (12, 1)], "2026-03-20", 12))]),
    gd="2025-03-20", N=4000, **W)
add("The shares vest in eight equal installments on each Semi-Annual Vesting Date, beginning with the first Semi-Annual Vesting Date following the grant date, where the \"Semi-Annual Vesting Dates\" are May 20 and November 20.",
    TB, dates_equal(800, iso(rule_days([(5, 20), (11, 20)], "2025-06-01", 8))), gd="2025-06-01", N=800, **W)
add("The RSUs vest in twelve equal installments on each Quarterly Vesting Date following the grant date, subject to continued employment.",
    UN, gd="2025-06-09", N=1200, **W, note="the Quarterly Vesting Dates are never defined")

# ---------------------------------------------------------------- f. the calendar quarters of a year (x027-x031)
add("The RSUs vest in equal quarterly installments over each calendar quarter of 2026, subject to the Reporting Person's continued service through the last day of the applicable quarter.",
    TB, dates_equal(2000, iso(rule_days(QUARTER_ENDS, "2026-01-01", 4))), gd="2025-12-15", N=2000, **W)
add("The shares vest on the last day of each calendar quarter of 2025 and 2026 in equal installments.",
    TB, dates_equal(800, iso(rule_days(QUARTER_ENDS, "2025-01-01", 8))), gd="2025-01-06", N=800, **W)
add("25% of the units vested upon grant, and the remaining 75% vest in equal quarterly installments over each calendar quarter of 2027.",
    TB, sched(4000, [(D("2026-11-10"), F(1, 4))] + [(d, F(1, 4) + F(3, 4) * F(i + 1, 4)) for i, d in enumerate(rule_days(QUARTER_ENDS, "2027-01-01", 4))]),
    gd="2026-11-10", N=4000, **W)
add("The option becomes exercisable in equal installments on the last day of each calendar quarter of 2026, 2027 and 2028, subject to continued service.",
    TB, dates_equal(1200, iso(rule_days(QUARTER_ENDS, "2026-01-01", 12))), gd="2025-12-01", N=1200, exp="2035-11-30", **W)
add("The RSUs vest in equal quarterly installments over each calendar quarter of 2026.",
    UN, gd="2026-05-01", N=1000, **W, note="the first quarter of 2026 ended before the grant")

# ---------------------------------------------------------------- g. the 15th of the month after each calendar quarter (x032-x036)
add("The RSUs vest in eight equal installments on the fifteenth day of the month following the end of each calendar quarter, beginning with the calendar quarter ending June 30, 2025.",
    TB, dates_equal(800, iso(rule_days([(1, 15), (4, 15), (7, 15), (10, 15)], "2025-06-30", 8))), gd="2025-05-12", N=800, **W)
add("One-twelfth of the units vest on the 15th day of the month following the end of each calendar quarter, commencing with the first calendar quarter ending after the grant date.",
    TB, dates_equal(1200, iso(rule_days([(1, 15), (4, 15), (7, 15), (10, 15)], "2025-03-31", 12))), gd="2025-02-10", N=1200, **W)
add("The RSUs vest in four equal installments on the fifteenth day of the month following the end of each calendar quarter of 2026, subject to continued service on each such date.",
    TB, dates_equal(400, ["2026-04-15", "2026-07-15", "2026-10-15", "2027-01-15"]), gd="2025-12-10", N=400, **W)
add("25% of the RSUs vest on the first anniversary of the grant date, and the remainder vest in twelve equal installments on the fifteenth day of the month following the end of each calendar quarter thereafter.",
    TB, sched(4000, [(D("2026-02-03"), F(1, 4))] + [(d, F(1, 4) + F(3, 4) * F(i + 1, 12)) for i, d in enumerate(rule_days([(1, 15), (4, 15), (7, 15), (10, 15)], "2026-02-03", 12))]),
    gd="2025-02-03", N=4000, **W)
add("The RSUs vest in eight equal installments on the fifteenth day of the month following the end of each fiscal quarter, beginning after the grant date.",
    UN, gd="2025-05-12", N=800, **W, note="the fiscal quarters are not stated")

# ---------------------------------------------------------------- h. a quoted name for a relative date (x037-x041)
add("25% of the shares vest on the first anniversary of the Vesting Commencement Date (the \"Initial Vesting Date\"), and the remaining 75% vest in 36 equal monthly installments following the Initial Vesting Date. The Vesting Commencement Date is April 1, 2025.",
    TB, lump_then_steps(4800, "2026-04-01", F(1, 4), "2025-04-01", range(13, 49)), gd="2025-04-15", N=4800, **W)
add("The RSUs vest as to one-third on the first anniversary of the grant date (the \"Cliff Date\") and as to the balance in eight equal quarterly installments beginning three months after the Cliff Date.",
    TB, lump_then_steps(3000, "2026-05-12", F(1, 3), "2025-05-12", range(15, 37, 3)), gd="2025-05-12", N=3000, **W)
add("One-quarter of the option vests on the date that is twelve months after the vesting commencement date of August 5, 2025 (the \"Cliff Date\"), and the remainder vests in equal monthly installments over the 36 months following the Cliff Date.",
    TB, lump_then_steps(4800, "2026-08-05", F(1, 4), "2025-08-05", range(13, 49)), gd="2025-08-20", N=4800, exp="2035-08-19", **W)
add("The shares vest in full on the third anniversary of the grant date (the \"Vesting Date\"); shares will be delivered within 30 days after the Vesting Date.",
    TB, stated([("2028-09-01", 500)]), gd="2025-09-01", N=500, **W)
add("25% of the RSUs vest on the first anniversary of the Closing (the \"Cliff Date\") and the remainder vest in 12 equal quarterly installments following the Cliff Date.",
    UN, gd="2025-03-03", N=1200, **W, note="the Closing's date is not stated")

# ---------------------------------------------------------------- i. "with the first 25% vesting on D" beside a count (x042-x046)
add("The RSUs vest in four equal annual installments, with the first 25% vesting on March 10, 2026.",
    TB, dates_equal(2000, yearly("03-10", 2026, 4)), gd="2025-03-10", N=2000, **W)
add("The option vests in 16 equal quarterly installments, with the first 6.25% vesting on June 15, 2026, subject to the optionee's continued service.",
    TB, equal(1600, "2026-06-15", 16, 3, 0), gd="2026-03-15", N=1600, exp="2036-03-14", **W)
add("These shares vest in three equal annual installments, with the first one-third vesting on the first anniversary of the grant date; any unvested shares vest in full upon a Change in Control.",
    TB, equal(900, "2025-08-18", 3, 12, 12), gd="2025-08-18", N=900, **W)
add("The RSUs vest in five annual installments, with the first 20% vesting on January 31, 2026.",
    TB, dates_equal(1000, yearly("01-31", 2026, 5)), gd="2025-01-31", N=1000, **W)
add("The RSUs vest in four equal annual installments, with the first 20% vesting on March 10, 2026.",
    UN, gd="2025-03-10", N=2000, **W, note="20% is not one of four equal installments")

# ---------------------------------------------------------------- j. equal annual installments over N years on the anniversary (x047-x051)
add("The RSUs vest in equal annual installments over four years on the anniversary of the grant date.",
    TB, equal(4000, "2025-02-20", 4, 12, 12), gd="2025-02-20", N=4000, **W)
add("The option vests in equal annual installments over a three-year period on each anniversary of the date of grant, subject to continued service.",
    TB, equal(3000, "2025-06-30", 3, 12, 12), gd="2025-06-30", N=3000, exp="2035-06-29", **W)
add("The units vest in equal annual installments over five years on the anniversary of the vesting commencement date, October 1, 2025.",
    TB, equal(5000, "2025-10-01", 5, 12, 12), gd="2025-10-20", N=5000, **W)
add("The restricted shares vest in equal installments over three years on each anniversary of the grant date; vesting accelerates in full upon a Change in Control.",
    TB, equal(1500, "2025-12-01", 3, 12, 12), gd="2025-12-01", N=1500, **W)
add("The RSUs vest in equal annual installments over four years on the anniversary of the grant date, beginning on the second anniversary.",
    UN, gd="2025-02-20", N=4000, **W, note="four years from the grant and a start on the second anniversary: three or four installments")

# ---------------------------------------------------------------- k. settlement of RSUs that vested earlier (x052-x056)
add("Represents shares issued upon settlement of RSUs granted on March 1, 2022 that vested on March 1, 2026.",
    NV, gd="2026-03-02", N=1250, **W)
add("Represents shares of common stock issued on February 20, 2026 upon the settlement of restricted stock units granted on February 20, 2023, which vested on February 15, 2026.",
    NV, gd="2026-02-20", N=800, **W)
add("Shares acquired upon settlement of performance stock units granted on March 5, 2023 that vested on March 5, 2026 following certification of the performance results.",
    NV, gd="2026-03-06", N=2210, **W)
add("Represents shares issued on settlement of RSUs that vested on January 15, 2026, the third anniversary of their grant.",
    NV, gd="2026-01-16", N=640, **W)
add("The RSUs vest in two equal annual installments on March 1, 2027 and March 1, 2028; shares are issued upon settlement of the RSUs within 30 days after each vesting date.",
    TB, dates_equal(2000, ["2027-03-01", "2028-03-01"]), gd="2026-03-01", N=2000, **W, note="future vesting: the settlement words must not make it not_vesting")

# ---------------------------------------------------------------- l. fully vested shares paid as a bonus (x057-x061)
add("Fully vested shares issued in payment of the Reporting Person's 2025 annual bonus.",
    IM, stated([("2026-02-15", 812)]), gd="2026-02-15", N=812, **W)
add("Represents fully vested shares of common stock granted in lieu of a cash bonus for fiscal 2025.",
    IM, stated([("2026-03-02", 1430)]), gd="2026-03-02", N=1430, **W)
add("Fully vested shares issued to the Reporting Person in payment of a portion of the annual cash incentive earned for 2025 under the Issuer's Annual Incentive Plan.",
    IM, stated([("2026-02-27", 2975)]), gd="2026-02-27", N=2975, **W)
add("Shares granted as payment of the Reporting Person's annual retainer for service on the Board, which were fully vested on the date of grant.",
    IM, stated([("2026-01-02", 301)]), gd="2026-01-02", N=301, **W)
add("Shares issued in payment of the 2025 annual bonus, which vest in two equal annual installments beginning on the first anniversary of the grant date.",
    TB, equal(1000, "2026-02-15", 2, 12, 12), gd="2026-02-15", N=1000, **W, note="bonus shares that are not fully vested")

S.check(55, 65)
S.check_fresh_beside_labelled_and_paraphrases(HERE)
S.finish(HERE, 55, 65)
