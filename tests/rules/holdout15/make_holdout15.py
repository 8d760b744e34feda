#!/usr/bin/env python3
"""Regenerates footnotes-holdout15.jsonl (held-out set 15: general realistic footnotes, the span-and-start slots
of a series in new wordings, and lines that must not give a schedule).

50 footnotes written for this set in real Form 4 "Explanation of Responses" style (modelled on phrasings of many
issuers, sectors and eras, not copied): s001-s030 general footnotes, each combining 3+ schedule elements with
realistic surroundings (defined terms, continued-service provisos, acceleration, settlement and deferral
sentences, plan names); s031-s042 the span-and-start slots of a series ("in equal quarterly installments over a
four-year period commencing on the first quarterly anniversary of D", "over thirty months beginning one month
after the date of grant", "over four years from a vesting commencement date of D", "on the same day of each month
as the vesting commencement date (D), the first such installment one month after", "1/36th ... each month
following the grant date ... such that all ... vested on the third anniversary", month ends with an end date
that agrees); s043-s050 must not give a schedule (a span and an end that disagree, a per-period fraction and an
end that disagree, an undated IPO start, a 10b5-1 sale, a withholding, a merger exchange, an ESPP purchase, a
TSR performance award).

Expected results are computed here from the text alone (conventions of ../holdout_expect.py: stated amounts as
stated; otherwise cumulative round-down over the whole grant, month steps from the ORIGINAL anchor with the day
clamped; "over N years" with a cadence puts the first installment one period after the anchor and the last on
the anchor + N years; "beginning on D" puts the first installment on D; a `mixed` line's tranches are its dated
portion only). Written BEFORE any rule was changed for it (first-run figures are in the README and in the commit
that added it).
"""
import os, sys
from fractions import Fraction as F

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from holdout_expect import D, addm, sched, equal, stated, dates_equal, rule_days, MONTH_ENDS, HeldOut, TB, IM, MX, NV, PF, UN, lump_then_steps, iso  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
S = HeldOut("s", "holdout15")
add = S.add
W = dict(real=False)


# ---------------------------------------------------------------- general footnotes (3+ elements, surroundings)
add("The option vests as to 25% of the underlying shares on March 9, 2026, the first anniversary of the vesting commencement date, and the balance vests in thirty-six substantially equal monthly installments thereafter, subject to the Reporting Person's continued service to the Company through each applicable vesting date.",
    TB, lump_then_steps(7200, "2026-03-09", F(1, 4), "2026-03-09", range(1, 37)), gd="2025-04-02", N=7200, **W)
add("Each restricted stock unit represents a contingent right to receive one share of the Issuer's common stock. The RSUs vest in sixteen equal quarterly installments beginning on May 15, 2025, subject to the reporting person's continued employment through each vesting date, and vested units will be settled within 30 days of vesting.",
    TB, equal(3200, "2025-05-15", 16, 3, 0), gd="2025-02-15", N=3200, **W)
add("The restricted stock units vest in full on the first anniversary of the grant date, provided that the director continues to serve on the Board through such date; vesting accelerates in full upon a change in control of the Issuer.",
    TB, stated([("2026-06-10", 4120)]), gd="2025-06-10", N=4120, **W, note="director grant")
add("Represents the time-based portion of a long-term incentive award. One-third of the units vest on each of the first three anniversaries of March 1, 2025, subject to the reporting person's continued employment; the performance-based portion of the award will be reported if and when earned.",
    TB, equal(9000, "2025-03-01", 3, 12, 12), gd="2025-03-01", N=9000, **W, note="the time part of a PSU/RSU award")
add("Restricted stock granted under the Company's 2004 Stock Incentive Plan. The restrictions lapse as to 20% of the shares on each of the first five anniversaries of the date of grant, provided that the grantee remains an employee of the Company on each such date.",
    TB, equal(5000, "2006-08-14", 5, 12, 12), gd="2006-08-14", N=5000, **W)
add("The option vests over four years: 25% of the shares vest on the one-year anniversary of the grant date and the remaining shares vest in twelve equal quarterly installments over the following three years, subject to the optionee's continued service.",
    TB, lump_then_steps(6000, "2024-11-20", F(1, 4), "2023-11-20", range(15, 49, 3)), gd="2023-11-20", N=6000, **W)
add("The reporting person was granted 12,000 restricted stock units, of which 4,000 vest on February 28, 2026, 4,000 vest on February 28, 2027 and 4,000 vest on February 28, 2028, in each case subject to continued employment with the Issuer on the applicable vesting date.",
    TB, stated([("2026-02-28", 4000), ("2027-02-28", 4000), ("2028-02-28", 4000)]), gd="2025-02-28", N=12000, **W)
add("This option was granted on October 3, 2012 and vests in 48 equal monthly installments commencing on November 3, 2012, so long as the optionee continues to provide services to the Company.",
    TB, equal(4800, "2012-10-03", 48, 1, 1), gd="2012-10-03", N=4800, **W)
add("The RSUs vest in four equal annual installments beginning on April 1, 2026. Upon vesting, each RSU will be settled by delivery of one share of common stock as soon as practicable, but in no event later than March 15 of the year following vesting.",
    TB, equal(2000, "2026-04-01", 4, 12, 0), gd="2025-04-01", N=2000, **W, note="March 15 is a settlement deadline, not a vesting date")
add("The shares of common stock were granted to the reporting person as a fully vested stock award in recognition of services rendered as a member of the Board of Directors during fiscal 2025.",
    IM, stated([("2025-12-15", 1200)]), gd="2025-12-15", N=1200, **W)
add("The restricted stock units vest in six substantially equal semi-annual installments, with the first installment vesting on December 15, 2025, subject to the holder's continued service through each vesting date.",
    TB, equal(3000, "2025-12-15", 6, 6, 0), gd="2025-06-15", N=3000, **W)
add("Of the 10,000 restricted stock units reported, 6,000 vest in three equal annual installments beginning on the first anniversary of the grant date, and 4,000 are performance-vesting units that vest only if the Issuer's stock price closes at or above $40.00 for 20 consecutive trading days.",
    MX, stated([("2026-07-01", 2000), ("2027-07-01", 2000), ("2028-07-01", 2000)]), gd="2025-07-01", N=10000, **W, note="the dated portion only")
add("The RSUs vest as follows: 10% on September 1, 2025, 20% on September 1, 2026, 30% on September 1, 2027 and 40% on September 1, 2028, subject in each case to continued employment through the applicable date.",
    TB, stated([("2025-09-01", 500), ("2026-09-01", 1000), ("2027-09-01", 1500), ("2028-09-01", 2000)]), gd="2024-09-01", N=5000, **W)
add("The shares of restricted stock vest in three equal installments on January 15, 2026, January 15, 2027 and January 15, 2028; unvested shares are forfeited upon termination of employment, except that vesting accelerates upon death or disability.",
    TB, dates_equal(3000, ["2026-01-15", "2027-01-15", "2028-01-15"]), gd="2025-01-15", N=3000, **W)
add("The option, which was granted under the 1998 Stock Option Plan, became exercisable with respect to 25% of the shares on April 22, 2000 and becomes exercisable with respect to an additional 25% on each anniversary thereafter.",
    TB, equal(40000, "2000-04-22", 4, 12, 0), gd="1999-04-22", N=40000, **W)
add("One-fourth of the shares subject to the option vest on September 12, 2026 and one forty-eighth of the shares vest on the 12th day of each month thereafter, in each case subject to the Reporting Person continuing to be a Service Provider (as defined in the Issuer's 2020 Equity Incentive Plan) through each such date.",
    TB, lump_then_steps(9600, "2026-09-12", F(1, 4), "2026-09-12", range(1, 37)), gd="2025-09-12", N=9600, **W)
add("The RSUs vest ratably on each of the first four anniversaries of the grant date, and will be settled in shares of the Issuer's Class A common stock on the applicable vesting date.",
    TB, equal(1000, "2025-05-20", 4, 12, 12), gd="2025-05-20", N=1000, **W)
add("The units vest in three equal annual installments commencing on the first anniversary of August 5, 2025.",
    TB, equal(1000, "2025-08-05", 3, 12, 12), gd="2025-08-05", N=1000, **W, note="333, 333, 334 by cumulative round-down")
add("This option vests as to 1/3 of the shares on the first anniversary of the grant date and as to the remaining shares in 24 equal monthly installments thereafter, subject to full acceleration upon a qualifying termination following a Change in Control (as defined in the option agreement).",
    TB, lump_then_steps(3600, "2026-10-14", F(1, 3), "2025-10-14", range(13, 37)), gd="2025-10-14", N=3600, **W)
add("The shares of restricted stock vest at the rate of 33 1/3% per year, beginning on the first anniversary of the date of grant, and are subject to accelerated vesting upon retirement after attaining age 65.",
    TB, equal(900, "2024-02-20", 3, 12, 12), gd="2024-02-20", N=900, **W)
add("The restricted stock units vest 100% on May 12, 2026; settlement of the vested units has been deferred under the Issuer's Deferred Compensation Plan until the reporting person's separation from service.",
    TB, stated([("2026-05-12", 2500)]), gd="2025-05-12", N=2500, **W)
add("This restricted stock unit award vests in eight equal quarterly installments on each quarterly anniversary of the vesting commencement date, which is February 10, 2025.",
    TB, equal(800, "2025-02-10", 8, 3, 3), gd="2025-03-01", N=800, **W, note="the anchor date stated after its use")
add("Fifty percent of the award vests on the second anniversary of the grant date, and the remaining fifty percent vests on the third anniversary of the grant date, subject to the grantee's continued employment through each such date.",
    TB, stated([("2027-12-01", 750), ("2028-12-01", 750)]), gd="2025-12-01", N=1500, **W)
add("The options become exercisable in four equal annual installments on March 31 of each year, beginning March 31, 2026.",
    TB, dates_equal(2000, ["2026-03-31", "2027-03-31", "2028-03-31", "2029-03-31"]), gd="2025-03-15", N=2000, **W)
add("The stock option vests over five years, with 20% vesting on each anniversary of the grant date, subject to the optionee's continued service as an employee or consultant.",
    TB, equal(5000, "2024-01-08", 5, 12, 12), gd="2024-01-08", N=5000, **W)
add("The reporting person received 8,000 restricted stock units, 50% of which vest on November 1, 2026 and 50% of which vest only upon the consummation of a Change in Control, as defined in the Plan.",
    MX, stated([("2026-11-01", 4000)]), gd="2025-11-01", N=8000, **W, note="the dated portion only")
add("The RSUs vest in twenty-four equal monthly installments on the first day of each calendar month, beginning February 1, 2026, subject to continued employment and to the terms of the Reporting Person's Retention Agreement dated January 5, 2026.",
    TB, equal(4800, "2026-02-01", 24, 1, 0), gd="2026-01-05", N=4800, **W, note="the agreement's date is not a vesting date")
add("The restricted shares vest in five equal annual installments commencing one year from the date of grant, subject to forfeiture if the reporting person's employment terminates for any reason other than death or disability before the applicable vesting date.",
    TB, equal(2500, "2010-03-04", 5, 12, 12), gd="2010-03-04", N=2500, **W)
add("The option becomes exercisable in three substantially equal installments on the first, second and third anniversaries of December 9, 2024 and expires on December 9, 2034.",
    TB, equal(7500, "2024-12-09", 3, 12, 12), gd="2024-12-09", N=7500, exp="2034-12-09", **W)
add("Twenty percent of the performance-adjusted units vested on the date the Committee certified the results, February 27, 2026, and the remaining eighty percent vest in four equal annual installments on each anniversary of that date, subject to continued employment.",
    TB, lump_then_steps(5000, "2026-02-27", F(1, 5), "2026-02-27", [12, 24, 36, 48]), gd="2026-02-27", N=5000, **W)

# ---------------------------------------------------------------- the span-and-start slots of a series, new wordings
add("The restricted stock units vest in equal quarterly installments over a four-year period commencing on the first quarterly anniversary of March 20, 2025, subject to continued service.",
    TB, equal(1600, "2025-03-20", 16, 3, 3), gd="2025-03-20", N=1600, **W)
add("The option becomes exercisable in equal monthly installments over thirty months beginning one month after the date of grant.",
    TB, equal(3000, "2025-06-30", 30, 1, 1), gd="2025-06-30", N=3000, **W, note="month steps from the grant date, day clamped")
add("The units vest in equal semi-annual installments over a three-year period measured from the grant date.",
    TB, equal(600, "2025-02-12", 6, 6, 6), gd="2025-02-12", N=600, **W)
add("The award vests in equal annual installments over four years from a vesting commencement date of October 1, 2025.",
    TB, equal(4000, "2025-10-01", 4, 12, 12), gd="2025-10-20", N=4000, **W)
add("This option vests in twenty-four equal monthly installments on the same day of each month as the vesting commencement date (August 18, 2025), the first such installment vesting one month after the vesting commencement date.",
    TB, equal(2400, "2025-08-18", 24, 1, 1), gd="2025-09-02", N=2400, **W)
add("One thirty-sixth (1/36th) of the shares shall vest each month following the grant date on the same day of the month as the grant date, such that all of the shares will be vested on the third anniversary of the grant date.",
    TB, equal(3600, "2025-01-29", 36, 1, 1), gd="2025-01-29", N=3600, **W)
add("1/12th of the RSUs vest every three months following the vesting commencement date of July 7, 2025 such that all RSUs are fully vested on the third anniversary of the vesting commencement date.",
    TB, equal(1200, "2025-07-07", 12, 3, 3), gd="2025-07-20", N=1200, **W)
add("The option vests at the rate of 1/24th of the shares per month on the last day of each calendar month, beginning on April 30, 2026, and will be fully vested on March 31, 2028.",
    TB, dates_equal(4800, iso(rule_days(MONTH_ENDS, "2026-04-30", 24, inclusive=True))), gd="2026-04-06", N=4800, **W)
add("Twenty-five percent of the option vests on the first anniversary of the vesting commencement date and the remaining seventy-five percent vests in 12 equal quarterly installments thereafter; for purposes of this option, the vesting commencement date is September 15, 2025.",
    TB, lump_then_steps(8000, "2026-09-15", F(1, 4), "2025-09-15", range(15, 49, 3)), gd="2025-10-01", N=8000, **W)
add("The RSUs vest over three years in equal quarterly installments, beginning on the first quarterly anniversary of the date of grant and ending on the third anniversary of the date of grant.",
    TB, equal(1200, "2025-08-31", 12, 3, 3), gd="2025-08-31", N=1200, **W, note="quarter steps from August 31, day clamped")
add("The option vests in 48 equal monthly installments over the four-year period following the vesting commencement date of February 1, 2025.",
    TB, equal(4800, "2025-02-01", 48, 1, 1), gd="2025-02-20", N=4800, **W)
add("One-third of the option vests on the first anniversary of the vesting commencement date, and the remaining 2/3 vests in 24 equal monthly installments over the following two years, where the vesting commencement date means April 4, 2025.",
    TB, lump_then_steps(3600, "2026-04-04", F(1, 3), "2025-04-04", range(13, 37)), gd="2025-04-20", N=3600, **W)

# ---------------------------------------------------------------- must not give a schedule
add("The RSUs vest in equal quarterly installments over three years beginning on the first quarterly anniversary of the grant date, such that all RSUs are vested on the fourth anniversary of the grant date.",
    UN, gd="2025-03-03", N=1200, **W, note="three years of quarters end on the third anniversary, not the fourth")
add("1/24th of the shares vest each month following the grant date such that the option is fully vested on the third anniversary of the grant date.",
    UN, gd="2025-05-05", N=2400, **W, note="24 months end on the second anniversary, not the third")
add("The option vests in equal quarterly installments over three years beginning on the date on which the Issuer's registration statement for its initial public offering is declared effective.",
    UN, gd="2025-02-01", N=1200, **W, note="the start is an undated event")
add("The shares were sold pursuant to a Rule 10b5-1 trading plan adopted by the reporting person on August 29, 2025 to cover tax obligations arising from the vesting of restricted stock units.",
    NV, gd="2026-01-12", N=640, **W)
add("Shares withheld by the Issuer on January 15, 2026 to satisfy the reporting person's tax withholding obligation in connection with the vesting of 2,000 restricted stock units granted on January 15, 2024.",
    NV, gd="2026-01-15", N=712, **W)
add("Received in exchange for 4,500 shares of Target common stock in connection with the merger of Target into a wholly owned subsidiary of the Issuer, based on an exchange ratio of 0.8 shares of Issuer common stock for each Target share.",
    NV, gd="2025-09-30", N=3600, **W)
add("Shares purchased by the reporting person through payroll deductions under the Issuer's 2019 Employee Stock Purchase Plan at a price equal to 85% of the closing price on the last day of the offering period, November 28, 2025.",
    NV, gd="2025-11-30", N=214, **W)
add("The performance stock units will vest, if at all, based on the Issuer's relative total shareholder return over the three-year performance period ending December 31, 2027, with between 0% and 200% of the target units eligible to vest.",
    PF, gd="2025-03-01", N=6000, **W)

S.check(50, 50)
S.check_fresh(HERE, 0.9, verbose="-v" in sys.argv)
S.write(os.path.join(HERE, "footnotes-holdout15.jsonl"))
if __name__ == "__main__":
    import collections
    print(len(S.rows), dict(collections.Counter(r["expect"]["kind"] for r in S.rows)))
