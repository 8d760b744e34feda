#!/usr/bin/env python3
"""Regenerates footnotes-holdout11.jsonl (held-out set 11: how amounts, dates, verbs and numerals are WORDED).

46 footnotes written for this set in real Form 4 "Explanation of Responses" style (modelled on phrasings of many
issuers, not copied): explicit share amounts instead of percentages ("5,000 shares vest on each of ...", "in
installments of 2,500 shares", "(25%)" / "(1/4th)" beside an amount), lists of dates with amounts ("as follows:",
semicolon lists, "and" lists, tables flattened into text), numeric date formats (03/01/2024, 2024-03-01,
"March 1st, 2024", "1 March 2024"), verb forms and voice ("shall become vested and exercisable", "the restrictions
lapse", "are scheduled to vest", "first becomes exercisable", nominalisations), numerals ("three (3)", ordinals
"1st", fractions "one-third", "33 1/3%", "33-1/3%"). Lines whose amounts do not add up to the grant (or to the
percentages beside them), whose percentages leave a remainder nobody assigns, or whose count disagrees with its
dates must be refused (`unrecognized`): a careful reader could not be sure.

Expected results are computed here from the text alone (conventions of ../holdout_expect.py: stated amounts as
stated; otherwise cumulative round-down over the whole grant, month steps from the ORIGINAL anchor with the day
clamped). Written BEFORE any rule was changed for it (first-run figures are in the commit that added it).
"""
import os, sys
from fractions import Fraction as F

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from holdout_expect import D, addm, sched, equal, stated, dates_equal, HeldOut  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
S = HeldOut("a", "holdout11")
add = S.add
W = dict(real=False)
U = "unrecognized"
T = "time_based"


def lump_then_monthly(N, first, f0, anchor, ks):
    """f0 of N on `first`, then the rest in equal parts on anchor + k months for k in ks."""
    ks = list(ks)
    n = len(ks)
    return sched(N, [(D(first), f0)] + [(addm(D(anchor), k), f0 + (1 - f0) * F(i + 1, n)) for i, k in enumerate(ks)])


# ---------------------------------------------------------------- explicit amounts instead of percentages
add("5,000 shares vest on each of March 1, 2024, March 1, 2025, March 1, 2026 and March 1, 2027, subject to the Reporting Person's continued employment.",
    T, stated([("2024-03-01", 5000), ("2025-03-01", 5000), ("2026-03-01", 5000), ("2027-03-01", 5000)]), gd="2023-03-01", N=20000, **W)
add("The option becomes exercisable in installments of 2,500 shares on each of the first four anniversaries of the date of grant.",
    T, equal(10000, "2022-08-01", 4, 12, 12), gd="2022-08-01", N=10000, **W)
add("The option vests as to 12,000 shares (25%) on January 15, 2025 and as to 1,000 shares (1/48th) on the 15th day of each month thereafter.",
    T, lump_then_monthly(48000, "2025-01-15", F(1, 4), "2025-01-15", range(1, 37)), gd="2024-01-15", N=48000, **W,
    note="amounts with their fractions in parentheses; 12,000 + 36 x 1,000 = 48,000")
add("The option vests in four annual installments of 3,750 shares (1/4th) each, beginning on the first anniversary of the grant date.",
    T, equal(15000, "2024-03-11", 4, 12, 12), gd="2024-03-11", N=15000, **W)
add("1,500 shares vest on August 15, 2025 and 1,500 shares vest on August 15, 2026 and 3,000 shares vest on August 15, 2027.",
    T, stated([("2025-08-15", 1500), ("2026-08-15", 1500), ("2027-08-15", 3000)]), gd="2024-08-15", N=6000, **W, note="an 'and' list of amounts")
add("The option will vest and become exercisable as follows: 10,000 shares on December 31, 2024; 10,000 shares on December 31, 2025; and 20,000 shares on December 31, 2026.",
    T, stated([("2024-12-31", 10000), ("2025-12-31", 10000), ("2026-12-31", 20000)]), gd="2024-01-02", N=40000, **W, note="'as follows:' semicolon list")
add("The shares vest in the following amounts on the following dates: 1,250 shares on February 28, 2025, 1,250 shares on February 28, 2026, 1,250 shares on February 28, 2027 and 1,250 shares on February 28, 2028.",
    T, stated([("2025-02-28", 1250), ("2026-02-28", 1250), ("2027-02-28", 1250), ("2028-02-28", 1250)]), gd="2024-02-28", N=5000, **W)
add("The restrictions on these shares lapse on March 31, 2025 as to 500 shares, on March 31, 2026 as to 500 shares, and on March 31, 2027 as to the remaining 1,000 shares.",
    T, stated([("2025-03-31", 500), ("2026-03-31", 500), ("2027-03-31", 1000)]), gd="2024-03-31", N=2000, **W, note="date first, amount after")
add("The option vests as to 5,000 shares (one-third) on each of the first three anniversaries of the grant date.",
    T, equal(15000, "2023-10-16", 3, 12, 12), gd="2023-10-16", N=15000, **W, note="amount and fraction agree")

# ---------------------------------------------------------------- fractions and percentages worded many ways
add("The option shall become vested and exercisable as to 1/48th of the shares on each monthly anniversary of June 15, 2023, subject to the optionee's continued service.",
    T, equal(4800, "2023-06-15", 48, 1, 1), gd="2023-07-01", N=4800, **W)
add("The restrictions lapse with respect to 25% of the shares on each of the first four anniversaries of the grant date.",
    T, equal(1000, "2024-02-10", 4, 12, 12), gd="2024-02-10", N=1000, **W)
add("This option vests with respect to 25% of the underlying shares on the first anniversary of the vesting commencement date (July 1, 2024) and with respect to an additional 1/36th of the remaining shares on each monthly anniversary thereafter.",
    T, lump_then_monthly(4800, "2025-07-01", F(1, 4), "2024-07-01", range(13, 49)), gd="2024-07-20", N=4800, **W)
add("One-third of the shares vest on each of September 30, 2025, September 30, 2026 and September 30, 2027.",
    T, dates_equal(1000, ["2025-09-30", "2026-09-30", "2027-09-30"]), gd="2024-09-30", N=1000, **W, note="333 / 333 / 334")
add("33 1/3% of the RSUs vest on each of the first three anniversaries of February 1, 2024.",
    T, equal(3001, "2024-02-01", 3, 12, 12), gd="2024-02-05", N=3001, **W)
add("The option becomes exercisable as to 33-1/3% of the shares on each of the first, second and third anniversaries of the grant date.",
    T, equal(600, "2024-07-22", 3, 12, 12), gd="2024-07-22", N=600, **W)
add("Fifty percent (50%) of the shares vest on the second anniversary of the grant date and the remaining fifty percent (50%) vest on the fourth anniversary of the grant date.",
    T, stated([("2025-06-01", 1000), ("2027-06-01", 1000)]), gd="2023-06-01", N=2000, **W)
add("The RSUs vest as to 1/12th of the total number of units on each quarterly anniversary of the grant date, such that all units will be vested on the third anniversary of the grant date.",
    T, equal(1200, "2024-05-20", 12, 3, 3), gd="2024-05-20", N=1200, **W)
add("The shares vest twenty percent (20%) per year over five (5) years on each anniversary of the grant date.",
    T, equal(1000, "2024-01-10", 5, 12, 12), gd="2024-01-10", N=1000, **W)
add("The option will vest and become exercisable as to one-fourth (1/4) of the shares on the first anniversary of the date of grant and as to the balance in thirty-six (36) equal monthly installments thereafter.",
    T, lump_then_monthly(7200, "2025-04-30", F(1, 4), "2024-04-30", range(13, 49)), gd="2024-04-30", N=7200, **W,
    note="monthly steps from the grant date, day clamped (2026-02-28)")

# ---------------------------------------------------------------- date lists and numeric date formats
add("Vesting schedule: 3/1/2024 - 1,000; 3/1/2025 - 1,000; 3/1/2026 - 1,000.",
    T, stated([("2024-03-01", 1000), ("2025-03-01", 1000), ("2026-03-01", 1000)]), gd="2023-03-01", N=3000, **W, note="a table flattened into text")
add("The RSUs vest in three equal annual installments on 03/15/2025, 03/15/2026 and 03/15/2027.",
    T, dates_equal(900, ["2025-03-15", "2026-03-15", "2027-03-15"]), gd="2024-03-15", N=900, **W)
add("The shares vest 50% on 2025-06-30 and 50% on 2026-06-30.",
    T, stated([("2025-06-30", 500), ("2026-06-30", 501)]), gd="2024-06-30", N=1001, **W, note="cumulative round-down: 500 then 501")
add("The restricted stock units shall vest in four equal installments on March 1st, 2025, March 1st, 2026, March 1st, 2027 and March 1st, 2028.",
    T, dates_equal(4000, ["2025-03-01", "2026-03-01", "2027-03-01", "2028-03-01"]), gd="2024-03-01", N=4000, **W)
add("The award vests in full on 1 March 2027, subject to continued employment.",
    T, stated([("2027-03-01", 6000)]), gd="2024-03-01", N=6000, **W, note="day-month-year date")
add("The RSUs vest as follows: 20% on 12/1/2024; 30% on 12/1/2025; and 50% on 12/1/2026.",
    T, stated([("2024-12-01", 200), ("2025-12-01", 300), ("2026-12-01", 500)]), gd="2023-12-01", N=1000, **W)
add("The shares vest in accordance with the following schedule: 2025-01-31: 400 shares; 2026-01-31: 400 shares; 2027-01-31: 400 shares.",
    T, stated([("2025-01-31", 400), ("2026-01-31", 400), ("2027-01-31", 400)]), gd="2024-01-31", N=1200, **W)
add("The restricted stock units cliff vest on 06/30/2027.",
    T, stated([("2027-06-30", 750)]), gd="2024-06-30", N=750, **W)
add("Restricted stock units vesting in 4 equal annual installments, the first of which vests on 02/15/2025.",
    T, equal(400, "2025-02-15", 4, 12, 0), gd="2024-02-15", N=400, **W)

# ---------------------------------------------------------------- verb forms, voice, nominalisations
add("The RSUs are scheduled to vest in four equal annual installments beginning on April 1, 2025.",
    T, equal(800, "2025-04-01", 4, 12, 0), gd="2024-04-01", N=800, **W)
add("Restricted stock units granted under the Issuer's 2020 Omnibus Incentive Plan, vesting in four equal annual installments beginning on the first anniversary of the grant date.",
    T, equal(2000, "2024-05-15", 4, 12, 12), gd="2024-05-15", N=2000, **W, note="nominalised verb")
add("The option shall vest and become exercisable in three (3) equal annual installments commencing on the first (1st) anniversary of the date of grant.",
    T, equal(3000, "2023-09-01", 3, 12, 12), gd="2023-09-01", N=3000, **W)
add("The option first becomes exercisable on November 1, 2025 as to 25% of the shares, and thereafter becomes exercisable as to an additional 6.25% of the shares at the end of each three-month period.",
    T, sched(16000, [(D("2025-11-01"), F(1, 4))] + [(addm(D("2025-11-01"), 3 * k), F(1, 4) + F(1, 16) * k) for k in range(1, 13)]),
    gd="2024-11-01", N=16000, **W)
add("The forfeiture restrictions on the restricted shares lapse in five equal annual installments on each anniversary of the grant date.",
    T, equal(5000, "2023-12-01", 5, 12, 12), gd="2023-12-01", N=5000, **W)
add("The option is exercisable as to 50% of the shares on June 1, 2025 and as to the remaining 50% on June 1, 2026.",
    T, stated([("2025-06-01", 350), ("2026-06-01", 350)]), gd="2024-06-01", N=700, **W)
add("The RSUs vest on the 1st, 2nd and 3rd anniversaries of the grant date in equal installments.",
    T, equal(300, "2024-10-01", 3, 12, 12), gd="2024-10-01", N=300, **W)
add("Subject to the Reporting Person's continued service through each vesting date, the RSUs will vest in equal quarterly installments over three years beginning on March 15, 2025.",
    T, equal(1200, "2025-03-15", 12, 3, 0), gd="2024-12-15", N=1200, **W)
add("The shares shall become vested in six (6) equal semi-annual installments, the first of which shall vest on July 1, 2025.",
    T, equal(6000, "2025-07-01", 6, 6, 0), gd="2025-01-01", N=6000, **W)
add("The option vested as to 50% of the shares on the date of grant and will vest as to the remaining 50% on the first anniversary of the date of grant.",
    T, stated([("2024-08-08", 500), ("2025-08-08", 500)]), gd="2024-08-08", N=1000, **W)
add("The option was granted fully vested and is exercisable in full as of the date of grant.",
    "immediate", stated([("2024-12-02", 2500)]), gd="2024-12-02", N=2500, ex_imm=True, **W,
    note="exercisable in full at grant (expectation corrected after the first run: it had omitted exercisable_immediately)")

# ---------------------------------------------------------------- must be refused: a careful reader cannot be sure
add("2,000 shares vest on May 1, 2025, 2,000 shares on May 1, 2026 and 2,000 shares on May 1, 2027.",
    U, gd="2024-05-01", N=7500, **W, note="6,000 stated against a grant of 7,500")
add("The option vests as to 2,500 shares (25%) on each of the first four anniversaries of the grant date.",
    U, gd="2024-01-16", N=12000, **W, note="25% of 12,000 is 3,000, not 2,500; four installments sum to 10,000")
add("The option vests as to 1,000 shares on each of June 1, 2025, June 1, 2026 and June 1, 2027.",
    U, gd="2024-06-01", N=2500, **W, note="3,000 stated against 2,500")
add("The RSUs vest 30% on April 1, 2025 and 30% on April 1, 2026.",
    U, gd="2024-04-01", N=1000, **W, note="40% left unassigned")
add("Of the 10,000 shares, 5,000 vest on 1/1/2025 and 5,000 vest on 1/1/2026.",
    U, gd="2024-01-01", N=8000, **W, note="the footnote's total disagrees with the grant")
add("The shares vest in installments of 1,000 shares on each anniversary of the grant date.",
    U, gd="2024-03-20", N=4500, **W, note="4.5 installments: what the last one is cannot be known")
add("The option vests in three equal annual installments on 03/01/2025 and 03/01/2026.",
    U, gd="2024-03-01", N=900, **W, note="three installments, two dates")

S.finish(HERE, 40, 60)
