#!/usr/bin/env python3
"""Regenerates footnotes-holdout19.jsonl (held-out set 19: the phrasing families the interpreter still refused on
the reviewers' sets, in NEW wordings, each combined with realistic surroundings).

52 footnotes written for this set in real Form 4 "Explanation of Responses" style (modelled on phrasings of many
issuers, not copied), about four per family:
  a. a grant sentence's date used as the anchor of the schedule that follows ("received an award of ... on D, which
     vest ... anniversary of the grant date"; "On D, the reporting person was granted ...");
  b. "at the rate of 25% per year, with the first 25% vesting on D" / "at a rate of one-third per year commencing";
  c. an appositive defining the grant date ("of March 1, 2025, the grant date" / "(the date of grant)");
  d. unequal installment lists with a start ("in three annual installments of 34%, 33% and 33% beginning on D");
  e. fully vested units settled "on the earlier of D or separation from service" (immediate: settlement is not vesting);
  f. fractions in words with the figure in parentheses ("One thirty-sixth (1/36th) of the shares vest each month");
  g. a defined first period ("the Initial Vesting Period") / the remainder in a sentence of its own after a cliff;
  h. a date without a year where the sentence gives it ("on March 1 of each year beginning in 2026", "each June 15
     thereafter");
  i. "an additional 20% after each of the third, fourth and fifth anniversaries";
  j. earned performance units with a dated time-vesting remainder (time_based: the performance condition is met);
  k. a bare share count beside a contingent part (mixed: the dated count only);
and 9 that must be refused or are another kind.

Conventions (beside ../holdout_expect.py's: stated amounts as stated; otherwise cumulative round-down over the
whole grant, month steps from the ORIGINAL anchor with the day clamped; the tranches of a `mixed` line are its dated
portion only), written down before the first run:
- a date the footnote states as the grant's ("received ... on D", "was granted on D", "D, the grant date") is the
  grant date, over the filing's transaction date;
- "at the rate of X% per year" with the first installment's date: installments of X% a year from that date until
  the whole grant has vested;
- "after each of the Nth anniversaries" vests on each anniversary;
- "fully vested ... settled on the earlier of D or <event>" is `immediate` on the grant date;
- a performance condition stated as met (units "were earned" / "the performance condition was satisfied") leaves
  the time-based remainder: `time_based` with every dated part, including one that vested on the certification date;
- "the remaining shares vest upon <performance>" beside a dated share count is `mixed` with the dated count;
- a year-less day ("March 1 of each year") takes its year from a year the sentence states ("beginning in 2026"),
  or from a dated first installment ("on June 15, 2026 and each June 15 thereafter"); without either it is refused;
- the "Initial Vesting Period" of twelve months measured from D ends on D + 12 months.
Written BEFORE any rule was changed for it (first-run figures are in the README and in the commit that added it).
"""
import glob, json, os, sys, difflib
from fractions import Fraction as F

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from holdout_expect import D, addm, sched, equal, stated, dates_equal, HeldOut, TB, IM, MX, NV, PF, UN, lump_then_steps, cumulative  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
S = HeldOut("w", "holdout19")
add = S.add
W = dict(real=False)


def yearly(day, first_year, n):
    """the same month-day in n successive years from first_year ("03-01", 2026, 4)."""
    return [f"{first_year + i}-{day}" for i in range(n)]


# ---------------------------------------------------------------- a. a grant sentence's date as the anchor (w001-w005)
add("The Reporting Person received an award of 2,500 restricted stock units on May 15, 2025, which vest in four equal annual installments beginning on the first anniversary of the grant date, subject to the Reporting Person's continued service through each vesting date.",
    TB, equal(2500, "2025-05-15", 4, 12, 12), gd="2025-05-15", N=2500, **W)
add("On February 3, 2025, the reporting person was granted 9,000 restricted stock units under the Issuer's 2020 Equity Incentive Plan. One-third of the units vest on each of the first three anniversaries of the grant date. Vested units will be settled in shares of common stock within 30 days following the applicable vesting date.",
    TB, equal(9000, "2025-02-03", 3, 12, 12), gd="2025-03-05", N=9000, **W,
    note="the filing's date is later than the grant sentence's: the stated grant date anchors")
add("The option was granted on August 12, 2024 and becomes exercisable as to 25% of the underlying shares on the first anniversary of the date of grant and as to the remaining shares in 36 equal monthly installments thereafter, subject to the optionee's continued service. The option expires ten years after the date of grant.",
    TB, lump_then_steps(48000, "2025-08-12", F(1, 4), "2024-08-12", range(13, 49)), gd="2024-08-12", N=48000, exp="2034-08-11", **W)
add("The reporting person was granted these restricted stock units on November 20, 2025. The units vest in three equal annual installments commencing on the first anniversary of the grant date; any unvested units vest in full upon the reporting person's death or disability.",
    TB, equal(3300, "2025-11-20", 3, 12, 12), N=3300, **W, note="no transaction date given: the footnote's grant sentence dates it")
add("The Reporting Person received a grant of 12,000 stock options on June 2, 2025 that vest in 48 equal monthly installments measured from the date of grant, provided that the Reporting Person continues to provide services to the Issuer.",
    TB, equal(12000, "2025-06-02", 48, 1, 1), gd="2025-06-02", N=12000, exp="2035-06-01", **W)

# ---------------------------------------------------------------- b. a rate per year with the first installment's date (w006-w009)
add("The restricted stock units vest at the rate of 25% per year, with the first 25% vesting on March 15, 2026, subject to the Reporting Person's continued employment on each vesting date.",
    TB, dates_equal(4000, yearly("03-15", 2026, 4)), gd="2025-03-11", N=4000, **W)
add("The option becomes exercisable at a rate of one-third per year commencing on January 10, 2026. Upon a Change in Control, the option will become fully exercisable.",
    TB, dates_equal(3000, yearly("01-10", 2026, 3)), gd="2025-01-10", N=3000, exp="2035-01-09", **W)
add("These shares of restricted stock vest at the rate of 20% per year, with the first 20% vesting on the first anniversary of the grant date, so that the shares will be fully vested on the fifth anniversary of the grant date.",
    TB, equal(5000, "2025-07-01", 5, 12, 12), gd="2025-07-01", N=5000, **W)
add("The RSUs vest at the rate of 25% per year, with the first installment vesting on September 1, 2026; all unvested RSUs will vest in full upon a qualifying termination within 12 months after a Change in Control.",
    TB, dates_equal(1000, yearly("09-01", 2026, 4)), gd="2025-08-20", N=1000, **W)

# ---------------------------------------------------------------- c. an appositive defining the grant date (w010-w013)
add("The RSUs vest in four equal annual installments on each anniversary of March 1, 2025, the grant date, subject to the Reporting Person's continued service as an employee of the Issuer.",
    TB, equal(4400, "2025-03-01", 4, 12, 12), N=4400, **W, note="no transaction date given")
add("25% of the shares subject to the option vest on the first anniversary of July 8, 2025 (the date of grant), and the balance vests in 12 equal quarterly installments thereafter, subject to continued service through each vesting date.",
    TB, lump_then_steps(8000, "2026-07-08", F(1, 4), "2025-07-08", range(15, 49, 3)), gd="2025-07-08", N=8000, exp="2035-07-07", **W)
add("The shares of restricted stock vest in three equal installments on the first, second and third anniversaries of October 15, 2024, the date of grant, and are subject to forfeiture until vested.",
    TB, equal(6000, "2024-10-15", 3, 12, 12), gd="2025-01-06", N=6000, **W, note="the filing's date is a later one")
add("The restricted stock units vest in full on the third anniversary of April 30, 2025 (the grant date), provided the Reporting Person remains a director of the Issuer on that date. Vested units will be delivered within 60 days.",
    TB, stated([("2028-04-30", 1750)]), gd="2025-04-30", N=1750, **W)

# ---------------------------------------------------------------- d. unequal installment lists with a start (w014-w017)
add("The RSUs vest in three annual installments of 34%, 33% and 33% beginning on March 20, 2026, subject to the Reporting Person's continued employment through each vesting date.",
    TB, cumulative(1000, [("2026-03-20", F(34, 100)), ("2027-03-20", F(33, 100)), ("2028-03-20", F(33, 100))]), gd="2025-03-20", N=1000, **W)
add("The restricted stock units vest in three annual installments of 33%, 33% and 34% beginning on the first anniversary of the grant date. Each vested unit will be settled in one share of common stock.",
    TB, cumulative(2500, [("2026-06-10", F(33, 100)), ("2027-06-10", F(33, 100)), ("2028-06-10", F(34, 100))]), gd="2025-06-10", N=2500, **W)
add("The option vests in four annual installments of 10%, 20%, 30% and 40%, commencing on the first anniversary of the date of grant. The option will vest in full upon a Change in Control.",
    TB, cumulative(5000, [("2026-09-02", F(1, 10)), ("2027-09-02", F(2, 10)), ("2028-09-02", F(3, 10)), ("2029-09-02", F(4, 10))]), gd="2025-09-02", N=5000, exp="2035-09-01", **W)
add("The RSUs will vest in five annual installments of 15%, 15%, 20%, 20% and 30%, beginning on June 30, 2026, subject to continued service.",
    TB, cumulative(10000, [("2026-06-30", F(15, 100)), ("2027-06-30", F(15, 100)), ("2028-06-30", F(20, 100)), ("2029-06-30", F(20, 100)), ("2030-06-30", F(30, 100))]), gd="2025-06-30", N=10000, **W)

# ---------------------------------------------------------------- e. fully vested, settled on the earlier of (w018-w021)
add("The RSUs are fully vested and will be settled on the earlier of March 1, 2028 or the reporting person's separation from service.",
    IM, stated([("2025-03-03", 1500)]), gd="2025-03-03", N=1500, **W, note="the settlement date is not a vesting date")
add("These deferred stock units were fully vested upon grant and will be settled in shares of common stock on the earlier of the third anniversary of the grant date or the director's separation from service from the Board.",
    IM, stated([("2025-06-05", 2210)]), gd="2025-06-05", N=2210, **W)
add("Each restricted stock unit is fully vested as of the grant date and will be settled in one share of common stock upon the earlier of (i) January 15, 2029, (ii) the Reporting Person's separation from service, or (iii) a change in control of the Issuer.",
    IM, stated([("2026-01-15", 800)]), gd="2026-01-15", N=800, **W)
add("The restricted stock units vested immediately upon grant; settlement will occur on the earlier of the Reporting Person's termination of Board service or June 1, 2030.",
    IM, stated([("2025-06-01", 640)]), gd="2025-06-01", N=640, **W)

# ---------------------------------------------------------------- f. fractions in words with the figure beside them (w022-w025)
add("One thirty-sixth (1/36th) of the shares vest each month following the vesting commencement date of January 1, 2025, subject to the Reporting Person's continuous service on each vesting date.",
    TB, equal(3600, "2025-01-01", 36, 1, 1), gd="2025-02-14", N=3600, exp="2035-02-13", **W)
add("One-forty-eighth (1/48) of the shares subject to the option vest on each monthly anniversary of the grant date, such that the option is fully vested on the fourth anniversary of the grant date, subject to continued service.",
    TB, equal(4800, "2025-10-31", 48, 1, 1), gd="2025-10-31", N=4800, exp="2035-10-30", **W, note="month ends clamp from the original anchor")
add("One-fourth (1/4) of the shares vest on the first anniversary of the vesting commencement date (April 1, 2025), and one thirty-sixth (1/36) of the remaining shares vest on the first day of each month thereafter. Vesting will accelerate in full upon a Change in Control.",
    TB, lump_then_steps(14400, "2026-04-01", F(1, 4), "2025-04-01", range(13, 49)), gd="2025-05-20", N=14400, exp="2035-05-19", **W)
add("One-twelfth (1/12th) of the restricted stock units vest on each quarterly anniversary of November 15, 2025, the vesting commencement date.",
    TB, equal(1200, "2025-11-15", 12, 3, 3), gd="2025-12-01", N=1200, **W)

# ---------------------------------------------------------------- g. a defined first period; the remainder after a cliff (w026-w029)
add("The option vests as to 25% of the shares upon completion of an initial twelve-month vesting period beginning on May 1, 2025 (the \"Initial Vesting Period\"), and as to the remaining 75% in 36 equal monthly installments following the end of the Initial Vesting Period, subject to continued service.",
    TB, lump_then_steps(9600, "2026-05-01", F(1, 4), "2025-05-01", range(13, 49)), gd="2025-05-12", N=9600, exp="2035-05-11", **W)
add("The option vests as to 25% of the shares on the first anniversary of the grant date (the \"Cliff Date\"). The remaining shares vest in equal monthly installments over the 36 months following the Cliff Date, subject to the optionee's continued employment.",
    TB, lump_then_steps(24000, "2026-03-16", F(1, 4), "2025-03-16", range(13, 49)), gd="2025-03-16", N=24000, exp="2035-03-15", **W)
add("The RSUs cliff vest as to one-third of the units on the first anniversary of the grant date. The remaining two-thirds vest in eight equal quarterly installments thereafter.",
    TB, lump_then_steps(2400, "2026-01-22", F(1, 3), "2025-01-22", range(15, 37, 3)), gd="2025-01-22", N=2400, **W)
add("The shares subject to the option vest 25% on February 1, 2026. The remaining shares vest in equal monthly installments on the first day of each month thereafter through February 1, 2029. The option expires on January 31, 2035.",
    TB, lump_then_steps(4800, "2026-02-01", F(1, 4), "2026-02-01", range(1, 37)), gd="2025-02-01", N=4800, exp="2035-01-31", **W)

# ---------------------------------------------------------------- h. a day without a year, its year in the sentence (w030-w033)
add("The RSUs vest in four equal installments on March 1 of each year beginning in 2026, subject to the Reporting Person's continued service through each vesting date.",
    TB, dates_equal(2000, yearly("03-01", 2026, 4)), gd="2025-02-24", N=2000, **W)
add("The option vests as to 25% of the shares on June 15, 2026 and as to an additional 25% each June 15 thereafter, subject to continued service.",
    TB, dates_equal(8000, yearly("06-15", 2026, 4)), gd="2025-06-15", N=8000, exp="2035-06-14", **W)
add("The restricted shares vest in equal annual installments on December 15 of each year from 2025 through 2028, inclusive, provided the Reporting Person remains employed by the Issuer.",
    TB, dates_equal(4000, yearly("12-15", 2025, 4)), gd="2025-01-15", N=4000, **W)
add("One-third of the units vest on August 1, 2026, and one-third vest on each August 1 thereafter. Vested units are settled in shares within 30 days after each vesting date.",
    TB, dates_equal(3000, yearly("08-01", 2026, 3)), gd="2025-08-01", N=3000, **W)

# ---------------------------------------------------------------- i. "an additional X% after each of" (w034-w037)
add("The option vests 40% on the second anniversary of the date of grant and an additional 20% after each of the third, fourth and fifth anniversaries of the date of grant, subject to the optionee's continued service.",
    TB, cumulative(10000, [("2027-04-14", F(2, 5)), ("2028-04-14", F(1, 5)), ("2029-04-14", F(1, 5)), ("2030-04-14", F(1, 5))]), gd="2025-04-14", N=10000, exp="2035-04-13", **W)
add("The shares vest 20% on the first anniversary of the grant date and an additional 20% on each of the second, third, fourth and fifth anniversaries thereof. Unvested shares are forfeited upon termination of service.",
    TB, equal(2500, "2025-11-03", 5, 12, 12), gd="2025-11-03", N=2500, **W)
add("The RSUs vest as to 50% on the third anniversary of the grant date and an additional 25% after each of the fourth and fifth anniversaries, in each case subject to the Reporting Person's continued employment.",
    TB, cumulative(4000, [("2028-02-27", F(1, 2)), ("2029-02-27", F(1, 4)), ("2030-02-27", F(1, 4))]), gd="2025-02-27", N=4000, **W)
add("The option becomes exercisable as to one-third of the shares one year after the grant date and as to an additional one-third after each of the second and third anniversaries of the grant date.",
    TB, equal(3000, "2025-12-08", 3, 12, 12), gd="2025-12-08", N=3000, exp="2035-12-07", **W)

# ---------------------------------------------------------------- j. earned performance units with a dated remainder (w038-w041)
add("The PSUs were earned on February 25, 2026 based on performance through December 31, 2025; 50% of the earned units vested on February 25, 2026 and the remainder vest on February 25, 2027, subject to continued employment.",
    TB, stated([("2026-02-25", 2000), ("2027-02-25", 2000)]), gd="2026-02-25", N=4000, **W)
add("Represents performance-based restricted stock units earned upon the Compensation Committee's certification on March 3, 2026 of the achievement of the performance goals for the 2023-2025 performance period. One-third of the earned units vested on March 3, 2026, and the remaining two-thirds will vest in two equal annual installments on March 3, 2027 and March 3, 2028.",
    TB, dates_equal(2700, ["2026-03-03", "2027-03-03", "2028-03-03"]), gd="2026-03-03", N=2700, **W)
add("The performance condition applicable to these restricted stock units was satisfied on January 30, 2026. The units vest in three equal annual installments beginning on January 30, 2027, subject to the Reporting Person's continued service.",
    TB, dates_equal(1200, yearly("01-30", 2027, 3)), gd="2026-01-30", N=1200, **W)
add("These RSUs were earned based on the Issuer's achievement of fiscal 2025 revenue targets, as certified on February 12, 2026, and vest 50% on February 12, 2027 and 50% on February 12, 2028.",
    TB, dates_equal(1800, ["2027-02-12", "2028-02-12"]), gd="2026-02-12", N=1800, **W)

# ---------------------------------------------------------------- k. a share count beside a contingent part (w042-w045)
add("2,000 of the shares vest on December 1, 2026; the remaining shares vest upon achievement of the performance milestones set forth in the award agreement.",
    MX, stated([("2026-12-01", 2000)]), gd="2025-12-01", N=5000, **W, note="the dated portion only")
add("1,500 of the RSUs vested on the grant date and the remaining 3,500 RSUs will vest upon FDA approval of the Issuer's lead product candidate, subject to the Reporting Person's continued service.",
    MX, stated([("2025-10-14", 1500)]), gd="2025-10-14", N=5000, **W)
add("5,000 of the shares vest on the first anniversary of the grant date, and the balance will vest, if at all, upon the Issuer's achievement of a closing stock price of at least $20.00 for 30 consecutive trading days.",
    MX, stated([("2026-05-05", 5000)]), gd="2025-05-05", N=15000, **W)
add("Of these shares, 10,000 vest in four equal annual installments beginning on the first anniversary of the grant date, and the remaining shares vest only upon the achievement of specified operational performance goals.",
    MX, dates_equal(10000, ["2026-07-21", "2027-07-21", "2028-07-21", "2029-07-21"]), gd="2025-07-21", N=25000, **W)

# ---------------------------------------------------------------- must be refused, or another kind (w046-w052, and a trap w053)
add("The RSUs vest in four annual installments of 20%, 20%, 30% and 20% beginning on the first anniversary of the grant date.",
    UN, gd="2025-05-01", N=1000, **W, note="the parts make 90%, not the whole award")
add("The RSUs vest in equal annual installments on March 1 of each year, subject to the Reporting Person's continued service.",
    UN, gd="2025-03-10", N=1200, **W, note="neither the first year nor the number of installments is stated")
add("The option vests 50% on the second anniversary of the grant date and an additional 20% after each of the third, fourth and fifth anniversaries of the grant date.",
    UN, gd="2025-04-01", N=1000, **W, note="the parts make 110%")
add("One thirty-sixth (1/48th) of the shares vest on each monthly anniversary of the vesting commencement date of January 1, 2025.",
    UN, gd="2025-01-15", N=4800, **W, note="the words and the figure disagree")
add("The shares were sold pursuant to a Rule 10b5-1 trading plan adopted by the Reporting Person on November 4, 2025, covering shares of restricted stock that vest at the rate of 25% per year.",
    NV, gd="2026-01-05", N=1000, **W)
add("The RSUs will vest and be settled on the earlier of March 1, 2028 or the Reporting Person's separation from service.",
    UN, gd="2025-03-03", N=1500, **W, note="not vested at grant: the separation's date is not stated, March 1, 2028 is only an outside date")
add("Represents shares of common stock delivered on March 2, 2026 in settlement of restricted stock units that vested on February 27, 2026 upon the certification of performance results.",
    NV, gd="2026-03-02", N=950, **W)
add("The PSUs will be earned, if at all, based on the Issuer's relative total shareholder return over the three-year period ending December 31, 2027, and any earned units will vest on the date the Compensation Committee certifies the results.",
    PF, gd="2025-03-01", N=6000, **W)
add("The Reporting Person's employment agreement, dated May 1, 2025, provides for this award of restricted stock units, which vest in four equal annual installments beginning on the first anniversary of the grant date.",
    TB, equal(4000, "2025-06-02", 4, 12, 12), gd="2025-06-02", N=4000, **W,
    note="the agreement's date is not the grant date (a trap for family a)")

S.check(50, 55)
S.check_fresh_beside_labelled_and_paraphrases(HERE)
S.finish(HERE, 50, 55)
