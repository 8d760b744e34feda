#!/usr/bin/env python3
"""Writes footnotes-adversarial.jsonl: footnotes that combine familiar elements in ways likely to fool a
pattern reader (a number or date the schedule must not use, two anchors, a redefined term, "thereafter"
after a lump on another day, day rules against the anchor's day, counts / spans / end dates off by one,
calendar quarters vs quarterly anniversaries, another award's sentence, settlement beside vesting,
fractions that do not add to 1, "the first N" vs "the next N", leap days, month ends).

Written by the helper "probe" (session of 2026-12-08) before vest was run on any line. Expectations come
from the date arithmetic of ../holdout_expect.py (month steps from the ORIGINAL anchor, the day clamped to
the month's end; cumulative round-down) and hand-listed dates; a footnote whose text contradicts itself or
leaves a date unstated expects a refusal ({"kind": "unrecognized"}). Nothing here calls vest.
Regenerate: python3 tests/rules/adversarial/make_adversarial.py
"""
import os
import sys
from fractions import Fraction as F

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdout_expect import (D, addm, sched, equal, cumulative, stated, dates_equal, merged,  # noqa: E402
                            HeldOut, TB, IM, NV, UN)

H = HeldOut("ADV-", "adversarial")
W = "written for the adversarial set: "


def refuse(text, gd, N, why, exp=None):
    H.add(text, UN, gd=gd, N=N, exp=exp, src=W + "must refuse: " + why, real=True)


def tb(text, gd, N, tr, why, exp=None):
    H.add(text, TB, tr, gd=gd, N=N, exp=exp, src=W + why, real=True)


def iso_list(ds):
    return [d if isinstance(d, str) else d.isoformat() for d in ds]


# --- A. a number or date the schedule must not use ---------------------------------------------------
tb("The option, which has an exercise price of $12.50 per share and expires on March 1, 2033, vests in four "
   "equal annual installments beginning on the first anniversary of the grant date.",
   "2023-03-01", 4000, equal(4000, "2023-03-01", 4, 12, 12), "exercise price and expiration beside the schedule",
   exp="2033-03-01")
tb("Granted under the Issuer's 2019 Equity Incentive Plan, which was adopted by the Board on June 14, 2019. "
   "The restricted stock units vest in three equal annual installments on each anniversary of the grant date.",
   "2022-08-15", 3000, equal(3000, "2022-08-15", 3, 12, 12), "a plan adoption date beside the schedule")
tb("In addition to the 10,000 restricted stock units granted to the Reporting Person on February 1, 2021, which "
   "vested in full on February 1, 2024, the Reporting Person received the 6,000 restricted stock units reported "
   "here, which vest in two equal annual installments beginning on the first anniversary of the grant date.",
   "2024-03-10", 6000, equal(6000, "2024-03-10", 2, 12, 12), "a prior grant's dates and size in the same sentence")
tb("This option is one of two options granted to the Reporting Person on the same date covering a total of "
   "20,000 shares. This option vests as to 25% of the shares subject to it on each of the first four "
   "anniversaries of the grant date.",
   "2021-05-05", 8000, equal(8000, "2021-05-05", 4, 12, 12), "a 'total of N shares' that is not this grant")
tb("The Reporting Person was granted a total of 12,000 restricted stock units, of which 4,000 are reported on "
   "this line. These restricted stock units vest in full on the third anniversary of the grant date.",
   "2020-01-15", 4000, stated([("2023-01-15", 4000)]), "a total that differs from the line's grant")
tb("The SARs have a base price of $45.00 per share and vest in three annual installments of 1,000, 1,000 and "
   "2,000 shares on the first three anniversaries of the grant date.",
   "2022-12-01", 4000, stated([("2023-12-01", 1000), ("2024-12-01", 1000), ("2025-12-01", 2000)]),
   "a base price beside stated installment sizes")
tb("This grant of 1,500 restricted stock units vests in three equal installments on March 1, 2025, March 1, "
   "2026 and March 1, 2027. The Reporting Person also holds 3,000 unvested restricted stock units from prior "
   "awards.", "2024-03-01", 1500, dates_equal(1500, ["2025-03-01", "2026-03-01", "2027-03-01"]),
   "another holding's count after the schedule")
tb("Expiring ten years after the grant date, this option becomes exercisable in five equal annual installments, "
   "the first on the first anniversary of the grant date.",
   "2021-04-30", 500, equal(500, "2021-04-30", 5, 12, 12), "the option's term in years beside the count")
tb("The restricted stock vests 100% on the fifth anniversary of the grant date, subject to a one-year "
   "post-vesting holding period.",
   "2019-11-11", 900, stated([("2024-11-11", 900)]), "a holding period in years after vesting")
tb("Granted under the 2021 Long-Term Incentive Plan (the \"2021 Plan\"). 100% of the restricted stock units "
   "vest on the 3rd anniversary of the grant date.",
   "2022-02-22", 450, stated([("2025-02-22", 450)]), "a year in a plan's name")
tb("On March 3, 2024, the Compensation Committee approved the grant, effective as of April 1, 2024. The "
   "restricted stock units vest in four equal annual installments on the anniversaries of the grant date.",
   "2024-04-01", 400, equal(400, "2024-04-01", 4, 12, 12), "an approval date that is not the grant date")
tb("The restricted stock units vest on December 31, 2025 and will be settled within 30 days thereafter, but in "
   "no event later than March 15, 2026.",
   "2023-01-01", 1500, stated([("2025-12-31", 1500)]), "a settlement deadline beside the vesting date")

# --- B. two anchors ----------------------------------------------------------------------------------
tb("The grant date is April 1, 2023 and the vesting commencement date is January 1, 2023. 1/4 of the shares "
   "vest on the first anniversary of the vesting commencement date, and 1/48 of the shares vest monthly "
   "thereafter.",
   "2023-04-01", 4800, sched(4800, [(D("2024-01-01"), F(1, 4))] +
                              [(addm(D("2023-01-01"), 12 + k), F(1, 4) + F(k, 48)) for k in range(1, 37)]),
   "grant date and vesting commencement date both stated")
tb("25% of the restricted stock units vest on the first anniversary of the Reporting Person's start date "
   "(September 16, 2022) and the remainder vest in 12 equal quarterly installments thereafter.",
   "2022-11-01", 4800, sched(4800, [(D("2023-09-16"), F(1, 4))] +
                              [(addm(D("2022-09-16"), 12 + 3 * k), F(1, 4) + F(3, 4) * F(k, 12)) for k in range(1, 13)]),
   "a start date other than the grant date")
tb("25% of the shares vest on each of the first four anniversaries of the Reporting Person's commencement of "
   "employment on October 3, 2022.",
   "2022-11-15", 800, equal(800, "2022-10-03", 4, 12, 12), "an employment date as the anchor")
tb("The shares vest on the second anniversary of the grant date or, if later, the first anniversary of the "
   "Reporting Person's hire date of June 1, 2023.",
   "2023-09-01", 1000, stated([("2025-09-01", 1000)]), "the later of two anchors")
tb("The restricted stock units vest on the earlier of the first anniversary of the grant date or June 15, 2025.",
   "2024-06-20", 1000, stated([("2025-06-15", 1000)]), "the earlier of two computable dates")
tb("The restricted stock units vest on the later of the third anniversary of the grant date and December 31, 2026.",
   "2023-03-01", 1000, stated([("2026-12-31", 1000)]), "the later of two computable dates")
refuse("The units cliff-vest on the third anniversary of the date of grant, which is April 1, 2026.",
       "2023-04-03", 700, "the restated date disagrees with the anniversary (2026-04-03)")
tb("The options vest in full on January 15, 2025, the second anniversary of the grant date.",
   "2023-01-15", 600, stated([("2025-01-15", 600)]), "a restated date that agrees")

# --- C. a defined term redefined ---------------------------------------------------------------------
refuse("As used herein, the \"Vesting Commencement Date\" means January 10, 2022; however, with respect to this "
       "award, the Vesting Commencement Date is February 10, 2022. The restricted stock units vest in four equal "
       "annual installments on the anniversaries of the Vesting Commencement Date.",
       "2022-03-01", 400, "the anchor defined twice with two dates")
tb("The restricted stock units vest in three equal installments on each Vesting Date. \"Vesting Date\" means "
   "each of March 1, 2025, March 1, 2026 and December 31, 2026.",
   "2024-03-01", 3000, dates_equal(3000, ["2025-03-01", "2026-03-01", "2026-12-31"]),
   "a defined term whose last date breaks the pattern")
refuse("The \"Vesting Date\" means each anniversary of the grant date. Notwithstanding the foregoing, the \"Vesting "
       "Date\" means June 30 of each year. The restricted stock units vest in three equal installments on each "
       "Vesting Date.", "2023-02-01", 300, "a defined term redefined")

# --- D. "thereafter" after a lump on a different day ---------------------------------------------------
tb("One-third of the restricted stock units vest on March 15, 2024 and the remaining restricted stock units "
   "vest in eight equal quarterly installments thereafter.",
   "2023-02-20", 3600, sched(3600, [(D("2024-03-15"), F(1, 3))] +
                              [(addm(D("2024-03-15"), 3 * k), F(1, 3) + F(2, 3) * F(k, 8)) for k in range(1, 9)]),
   "thereafter after a lump that is not on the grant date's day")
tb("One-fourth of the restricted stock units vest on December 1, 2024 and the remaining three-fourths vest in "
   "equal semi-annual installments over the following three years.",
   "2023-12-01", 2400, sched(2400, [(D("2024-12-01"), F(1, 4))] +
                              [(addm(D("2024-12-01"), 6 * k), F(1, 4) + F(3, 4) * F(k, 6)) for k in range(1, 7)]),
   "a lump then a span of semi-annual installments")
tb("One-third of the shares vest on June 30, 2024, and the remainder vest in eight equal installments on each "
   "quarterly anniversary of the grant date thereafter.",
   "2023-05-15", 2400, sched(2400, [(D("2024-06-30"), F(1, 3))] +
                              [(d, F(1, 3) + F(2, 3) * F(k + 1, 8)) for k, d in enumerate(
                                  [addm(D("2023-05-15"), m) for m in range(15, 37, 3)])]),
   "thereafter on the grant's quarterly anniversaries after a month-end lump")
tb("The shares vest as to 50% on the second anniversary of the grant date and thereafter in equal annual "
   "installments of 25% on each of the next two anniversaries.",
   "2020-02-10", 400, stated([("2022-02-10", 200), ("2023-02-10", 100), ("2024-02-10", 100)]),
   "a cliff then 'the next two anniversaries'")
tb("The restricted stock units vest as to 30% on September 1, 2024 and as to 35% on each of the next two "
   "anniversaries of that date.",
   "2023-09-15", 2000, stated([("2024-09-01", 600), ("2025-09-01", 700), ("2026-09-01", 700)]),
   "'that date' is the lump's, not the grant's")
tb("The restricted stock units vest over three years: 50% on the first anniversary of the grant date and the "
   "remainder in equal quarterly installments over the following two years.",
   "2023-10-31", 1600, sched(1600, [(D("2024-10-31"), F(1, 2))] +
                              [(addm(D("2023-10-31"), 12 + 3 * k), F(1, 2) + F(k, 16)) for k in range(1, 9)]),
   "quarterly steps after a month-end anniversary (from the original anchor)")

# --- E. day rules against the anchor day ---------------------------------------------------------------
tb("Vesting occurs in twelve quarterly tranches of equal size on February 20, May 20, August 20 and November 20 "
   "of each year, starting May 20, 2024.",
   "2024-02-05", 1200, dates_equal(1200, [addm(D("2024-05-20"), 3 * k).isoformat() for k in range(12)]),
   "named months and a day other than the grant's")
tb("The option vests in 16 equal quarterly installments on the last day of each calendar quarter, commencing "
   "with the quarter ending June 30, 2023.",
   "2023-04-12", 3200, dates_equal(3200, ["%d-%s" % (2023 + (k + 1) // 4, ["03-31", "06-30", "09-30", "12-31"][(k + 1) % 4])
                                         for k in range(16)]),
   "calendar quarter ends, not quarterly anniversaries")
tb("The option vests quarterly over three years, on the first day of each calendar quarter following the grant "
   "date.",
   "2023-08-10", 1200, dates_equal(1200, [addm(D("2023-10-01"), 3 * k).isoformat() for k in range(12)]),
   "calendar quarter starts after a mid-quarter grant")
tb("The option vests as to 1/16 of the shares at the end of each calendar quarter following the grant date.",
   "2022-03-31", 1600, dates_equal(1600, ["%d-%s" % (2022 + (k + 1) // 4, ["03-31", "06-30", "09-30", "12-31"][(k + 1) % 4])
                      for k in range(16)]),
   "a grant on a quarter end: the first quarter end following it")
refuse("Four equal annual installments of the RSUs vest on March 15 of each year, the first on the first "
       "anniversary of the grant date.",
       "2023-03-01", 400, "the day rule (March 15) conflicts with the first anniversary (March 1)")
tb("The restricted stock units vest in three equal annual installments on each March 15, beginning March 15, 2025.",
   "2024-02-01", 300, dates_equal(300, ["2025-03-15", "2026-03-15", "2027-03-15"]), "a yearly day and a stated start")
tb("Beginning on the first day of the month after the grant date, the shares vest monthly in 12 equal "
   "installments on the first day of each month.",
   "2024-01-31", 1200, dates_equal(1200, [addm(D("2024-02-01"), k).isoformat() for k in range(12)]),
   "first-of-month days after a month-end grant")
tb("The restricted stock units vest in 8 equal quarterly installments on the 10th day of each March, June, "
   "September and December, beginning in the first such month following the grant date.",
   "2024-06-12", 800, dates_equal(800, [addm(D("2024-09-10"), 3 * k).isoformat() for k in range(8)]),
   "the grant falls after the day in a named month")
tb("25% of the option vests on the first anniversary of March 1, 2021, the vesting commencement date, and the "
   "remainder vests in 36 equal monthly installments on the 15th day of each month, beginning with the first "
   "such day following the first anniversary.",
   "2021-04-20", 4800, sched(4800, [(D("2022-03-01"), F(1, 4))] +
                              [(addm(D("2022-03-15"), k - 1), F(1, 4) + F(3, 4) * F(k, 36)) for k in range(1, 37)]),
   "a day-of-month rule that differs from the anchor's day")

# --- F. counts vs spans vs end dates that disagree by one -----------------------------------------------
refuse("The restricted stock units vest in 12 equal quarterly installments beginning on the three-month "
       "anniversary of the grant date, with the final installment vesting on the fourth anniversary of the grant "
       "date.", "2022-06-01", 1200, "12 quarters end on the third anniversary, not the fourth")
tb("The option vests in 48 equal monthly installments over four years, beginning one month after the grant date "
   "and ending on the fourth anniversary of the grant date.",
   "2022-01-31", 4800, equal(4800, "2022-01-31", 48, 1, 1), "count, span and end agree (month ends)")
refuse("The option vests in five equal annual installments beginning on the first anniversary of the grant date, "
       "the last of which vests on March 3, 2027.",
       "2023-03-03", 5000, "five installments from 2024 end in 2028, not 2027")
tb("The shares vest in equal monthly installments over 24 months beginning on the one-month anniversary of the "
   "vesting commencement date, March 31, 2022, such that all shares will be vested on March 31, 2024.",
   "2022-04-15", 2400, equal(2400, "2022-03-31", 24, 1, 1), "span and end agree from a month-end anchor")
refuse("The restricted stock units vest in three equal annual installments through the third anniversary of the "
       "grant date, beginning on the second anniversary of the grant date.",
       "2022-09-01", 300, "three annual installments cannot begin on the second and end on the third anniversary")
refuse("The option vests in equal annual installments over five years, with 20% vesting on each anniversary of "
       "the grant date through January 1, 2028.",
       "2022-01-01", 1000, "five years from 2022-01-01 end on 2027-01-01, not 2028")
refuse("The restricted stock units vest as to 1/6 on each six-month anniversary of the grant date over four years.",
       "2022-04-01", 600, "eight six-month anniversaries of 1/6 each exceed the grant")

# --- G. another award in the same footnote ----------------------------------------------------------------
tb("The restricted stock units vest in four equal annual installments beginning on the first anniversary of the "
   "grant date. The Reporting Person's performance share units granted on the same date will vest, if at all, "
   "on the third anniversary of the grant date based on relative total shareholder return.",
   "2024-02-15", 4000, equal(4000, "2024-02-15", 4, 12, 12), "a PSU sentence about another award")
tb("The option vests in 36 equal monthly installments following the grant date. The Reporting Person also holds "
   "an option granted January 5, 2021 that vests in full on January 5, 2025, which is reported on a separate line.",
   "2024-06-10", 3600, equal(3600, "2024-06-10", 36, 1, 1), "another option's dates in a second sentence")
tb("These restricted stock units vest in full on May 1, 2026. A previously reported grant of 5,000 restricted "
   "stock units vested 50% on May 1, 2024 and 50% on May 1, 2025.",
   "2023-05-01", 2500, stated([("2026-05-01", 2500)]), "a previous grant's schedule after this one's")
tb("Represents 2,000 restricted stock units that vest on March 1, 2025 and 3,000 restricted stock units that vest "
   "in three equal annual installments beginning March 1, 2026.",
   "2024-03-01", 5000, stated([("2025-03-01", 2000), ("2026-03-01", 1000), ("2027-03-01", 1000), ("2028-03-01", 1000)]),
   "two lots of one line, counted in shares")

# --- H. settlement beside vesting ------------------------------------------------------------------------
tb("The restricted stock units vest in three equal annual installments beginning on the first anniversary of the "
   "grant date; vested units will be settled in shares on March 15 of the year following the year in which they "
   "vest.", "2023-06-01", 3000, equal(3000, "2023-06-01", 3, 12, 12), "a settlement day rule beside the schedule")
tb("The restricted stock units vest in four equal annual installments on each anniversary of February 28, 2022 "
   "(the vesting commencement date); settlement of vested units will occur on the first business day of the "
   "following month.", "2022-04-01", 400, equal(400, "2022-02-28", 4, 12, 12),
   "settlement on a business day; a Feb 28 anchor in a leap year stays Feb 28")
H.add("Each deferred stock unit vested on the grant date and will be settled in one share of common stock on the "
      "earlier of the Reporting Person's separation from service or January 1, 2030.", IM,
      stated([("2024-05-10", 800)]), gd="2024-05-10", N=800, src=W + "vested at grant; a settlement date later")

# --- I. fractions that do not add to 1 --------------------------------------------------------------------
refuse("1/3 of the restricted stock units vest on the first anniversary of the grant date, 1/3 on the second "
       "anniversary and 1/4 on the third anniversary.", "2021-02-01", 1200, "the fractions sum to 11/12")
refuse("25% of the shares vest on June 1, 2024, 25% on June 1, 2025 and 25% on June 1, 2026.",
       "2023-06-01", 800, "the percentages sum to 75%")
tb("40% of the option vests on the first anniversary of the grant date and 30% vests on each of the second and "
   "third anniversaries of the grant date.",
   "2021-09-09", 1000, stated([("2022-09-09", 400), ("2023-09-09", 300), ("2024-09-09", 300)]), "uneven parts that sum to 1")
refuse("The award vests 50% on the second anniversary of the grant date and 50% on the third anniversary of the "
       "grant date, and an additional 10% vests on the fourth anniversary of the grant date.",
       "2020-05-01", 1000, "the parts sum to 110%")
refuse("25% (1,000 shares) of the option vests on each of the first four anniversaries of the grant date.",
       "2022-07-01", 4400, "25% of 4,400 is 1,100, not 1,000")
refuse("The restricted stock units vest in three installments: 1,000 shares on April 1, 2025, 1,000 shares on "
       "April 1, 2026 and 1,500 shares on April 1, 2027.", "2024-04-01", 3000, "the counts sum to 3,500, not 3,000")
refuse("The option to purchase a total of 60,000 shares, of which this line reports 15,000, vests as to 15,000 "
       "shares on each of the first four anniversaries of the grant date.",
       "2020-10-01", 15000, "the stated installments are the whole option's, not the line's")

# --- J. "each of the first N" vs "each of the next N" ------------------------------------------------------
tb("The option vests as to 10% of the shares on each of the first two anniversaries of the grant date and as to "
   "40% of the shares on each of the next two anniversaries.",
   "2020-07-20", 1000, stated([("2021-07-20", 100), ("2022-07-20", 100), ("2023-07-20", 400), ("2024-07-20", 400)]),
   "first two vs next two")
tb("5% of the shares vest on each of the first four quarterly anniversaries of the vesting commencement date, "
   "January 15, 2023, and 10% vest on each of the next eight quarterly anniversaries.",
   "2023-02-01", 2000, cumulative(2000, [(addm(D("2023-01-15"), 3 * k).isoformat(), F(1, 20)) for k in range(1, 5)] +
                                  [(addm(D("2023-01-15"), 3 * k).isoformat(), F(1, 10)) for k in range(5, 13)]),
   "first four vs next eight quarterly")
refuse("20% of the restricted stock units vest on each of the first three anniversaries of the grant date and 20% "
       "vest on each of the next three anniversaries.", "2021-01-04", 1000, "the parts sum to 120%")
tb("The restricted stock units vest as to 1/8 on each of the first four six-month anniversaries of the grant "
   "date and as to 1/4 on each of the third and fourth anniversaries of the grant date.",
   "2022-10-01", 800, stated([("2023-04-01", 100), ("2023-10-01", 100), ("2024-04-01", 100), ("2024-10-01", 100),
                              ("2025-10-01", 200), ("2026-10-01", 200)]), "six-month steps then annual ones")

# --- K. leap days and month ends --------------------------------------------------------------------------
tb("Granted on a leap day, the RSUs vest 25% per year on each of the first four anniversaries of the grant "
   "date.", "2024-02-29", 400, equal(400, "2024-02-29", 4, 12, 12), "a leap-day grant")
tb("The restricted stock units vest in 24 equal monthly installments on each monthly anniversary of August 31, "
   "2023.", "2023-09-05", 2400, equal(2400, "2023-08-31", 24, 1, 1), "monthly from a month-end anchor")
tb("The award vests in full on the fourth anniversary of February 29, 2020.",
   "2020-03-15", 700, stated([("2024-02-29", 700)]), "a leap day four years on")
tb("The option vests in equal semi-annual installments over three years on each six-month anniversary of the "
   "grant date.", "2021-08-31", 600, equal(600, "2021-08-31", 6, 6, 6), "six-month steps from Aug 31")
tb("The restricted stock units vest in eight equal installments on each quarterly anniversary of the grant date.",
   "2023-11-30", 800, equal(800, "2023-11-30", 8, 3, 3), "quarterly steps from Nov 30 through a leap February")

# --- L. more surroundings ---------------------------------------------------------------------------------
tb("The restricted stock units cliff vest after a three-year period measured from the grant date.",
   "2022-07-07", 300, stated([("2025-07-07", 300)]), "a cliff after a period")
tb("Pursuant to Rule 16b-3, the grant is exempt. The restricted stock units vest in two equal installments on "
   "the first and second anniversaries of the grant date.",
   "2024-09-30", 200, equal(200, "2024-09-30", 2, 12, 12), "a rule number before the schedule")
tb("1/3 of the shares vest on each of the first three anniversaries of the grant date; any fractional share will "
   "vest on the first vesting date.",
   "2022-05-05", 1000, stated([("2023-05-05", 334), ("2024-05-05", 333), ("2025-05-05", 333)]),
   "a stated rounding to the first date")
refuse("The restricted stock units vest in equal installments on each of the first four anniversaries of the "
       "Vesting Commencement Date.", "2022-05-05", 400, "the vesting commencement date is not stated")
H.add("Represents shares withheld by the Issuer to satisfy tax withholding obligations upon the vesting of "
      "restricted stock units granted on March 1, 2022, which vest in four equal annual installments.", NV,
      gd="2024-03-01", N=120, src=W + "withholding that names the original award's schedule")
tb("The restricted stock units vest in two equal installments on the first and second anniversaries of the "
   "grant date. The grant date fair value was $18.42 per unit, or $36,840 in total.",
   "2024-11-01", 2000, equal(2000, "2024-11-01", 2, 12, 12), "a value in dollars after the schedule")
tb("The option became exercisable as to 2,500 shares on January 1, 2024 and becomes exercisable as to an "
   "additional 2,500 shares on each of January 1, 2025 and January 1, 2026.",
   "2023-01-01", 7500, stated([("2024-01-01", 2500), ("2025-01-01", 2500), ("2026-01-01", 2500)]),
   "past and future tenses of one schedule")
tb("The restricted stock units vest in three equal annual installments commencing on the first anniversary of "
   "November 30, 2023, the date on which the Reporting Person became Chief Financial Officer.",
   "2024-01-15", 900, equal(900, "2023-11-30", 3, 12, 12), "an appointment date as the anchor")

H.finish(HERE, 60, 80)
