#!/usr/bin/env python3
"""Regenerates footnotes-holdout7.jsonl (held-out set 7: a schedule inside its surroundings).

Thirty footnotes written for this set in real Form 4 style, each a vesting schedule with the sentences
filings put around one: option terms (expiration, a ten-year term, an exercise price), continued-service
provisos, acceleration ("or earlier upon", change in control, death or disability), settlement and delivery
("settled within 30 days", "delivered on <date>", deferral), award descriptions (plans, one share per unit),
a stated grant date, and a span preamble ("vest over a three-year period: ..."). The wording follows real
filings (../../../../shared/corpus, ../holdout*/) without copying a line (check_fresh: difflib < 0.9).
Written and computed by hand before any rule was tuned on them; expectations use ../holdout_expect.py's
conventions (cumulative round-down over the whole grant, month steps from the original anchor, day clamped).
A settlement, delivery or expiration date is never a vesting date; a fully vested grant is `immediate` at grant.
"""
import json, os, sys
from fractions import Fraction as F

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from holdout_expect import D, addm, sched, equal, cliff_then, stated, dates_equal, HeldOut  # noqa: E402,F401

HERE = os.path.dirname(os.path.abspath(__file__))
S = HeldOut("w", "holdout7")
add = lambda *a, **k: S.add(*a, real=False, **k)  # noqa: E731
TB, IM = "time_based", "immediate"

add("This option was granted on March 3, 2025 at an exercise price of $18.42 per share, equal to the closing price of the Issuer's common stock on the grant date. The option vests as to 25% of the underlying shares on March 3, 2026 and as to the remaining shares in 36 equal monthly installments thereafter. The option expires on March 2, 2035.",
    TB, cliff_then(48000, "2026-03-03", F(1, 4), 36, 1), gd="2025-03-03", N=48000, exp="2035-03-02", note="expiration and exercise price set aside; the stated expiration agrees with the input")
add("The stock option has a ten-year term and becomes exercisable in four equal annual installments beginning on the first anniversary of the date of grant.",
    TB, equal(10000, "2024-06-15", 4, 12, 12), gd="2024-06-15", N=10000, note="term in the same sentence as the schedule")
add("The RSUs vest in three equal annual installments on each of the first three anniversaries of February 20, 2025, subject to the Reporting Person's continued employment with the Issuer through each vesting date. Vested RSUs will be settled in shares of common stock no later than 30 days after the applicable vesting date.",
    TB, equal(9000, "2025-02-20", 3, 12, 12), gd="2025-02-20", N=9000)
add("25% of the shares subject to the option vest on the one-year anniversary of the vesting commencement date, January 15, 2025, and the balance vest monthly over the following 36 months, in each case subject to continued service. The option will fully vest upon a change in control of the Company.",
    TB, cliff_then(4800, "2026-01-15", F(1, 4), 36, 1), gd="2025-02-10", N=4800)
add("The restricted stock units vest in four equal quarterly installments commencing on May 15, 2025, or earlier upon the Reporting Person's death or disability.",
    TB, dates_equal(1000, ["2025-05-15", "2025-08-15", "2025-11-15", "2026-02-15"]), gd="2025-02-15", N=1000)
add("The option was fully vested and exercisable on the date of grant. The option expires on the tenth anniversary of the date of grant.",
    IM, [{"date": "2024-11-01", "shares": 25000}], gd="2024-11-01", N=25000)
add("The restricted stock units were fully vested on the grant date. The shares underlying the units will be delivered to the Reporting Person on January 2, 2027.",
    IM, [{"date": "2025-12-10", "shares": 3150}], gd="2025-12-10", N=3150, note="a delivery date after a fully vested grant is not a vesting date")
add("These options vest and become exercisable in five equal annual installments, commencing one year from the date of grant, provided the Reporting Person remains employed by the Issuer on each such date. The exercise price is $42.17 per share.",
    TB, equal(15000, "2023-08-01", 5, 12, 12), gd="2023-08-01", N=15000)
add("On June 1, 2025, the Reporting Person was granted 12,000 restricted stock units under the Issuer's 2021 Omnibus Incentive Plan. One-third of the units vest on each of the first three anniversaries of the grant date. Each unit represents the right to receive one share of common stock upon settlement.",
    TB, equal(12000, "2025-06-01", 3, 12, 12), gd="2025-06-01", N=12000)
add("The option vests over four years as follows: 25% on the first anniversary of the grant date and 6.25% at the end of each three-month period thereafter. The option has a maximum term of ten years, subject to earlier termination upon the Reporting Person's cessation of service.",
    TB, cliff_then(16000, "2025-09-09", F(1, 4), 12, 3), gd="2024-09-09", N=16000)
add("Shares vest in equal semi-annual installments over three years beginning six months after the grant date, provided that vesting will accelerate in full if the Reporting Person is terminated without cause within twelve months following a change in control.",
    TB, equal(6000, "2025-04-30", 6, 6, 6), gd="2025-04-30", N=6000)
add("The RSUs will vest 50% on December 31, 2025 and 50% on December 31, 2026. Upon vesting, the RSUs will be settled in shares of common stock on a one-for-one basis. Any unvested RSUs will be forfeited upon termination of employment.",
    TB, stated([("2025-12-31", 2500), ("2026-12-31", 2500)]), gd="2025-03-01", N=5000)
add("Grant of restricted stock under the Issuer's Amended and Restated 2015 Stock Incentive Plan. The restricted stock vests in four equal annual installments beginning on March 15, 2026, subject to accelerated vesting upon a change in control, death or disability.",
    TB, dates_equal(2000, ["2026-03-15", "2027-03-15", "2028-03-15", "2029-03-15"]), gd="2025-03-15", N=2000)
add("The option becomes exercisable as to 1/3 of the shares on each of the first, second and third anniversaries of the date of grant and expires seven years from the date of grant.",
    TB, equal(30000, "2025-01-27", 3, 12, 12), gd="2025-01-27", N=30000, note="expiration in the schedule's sentence")
add("The option vests in 48 equal monthly installments measured from the vesting commencement date of October 1, 2024, subject to the optionee's continuous service. The option has an exercise price of $7.05 per share and expires on November 4, 2034.",
    TB, equal(96000, "2024-10-01", 48, 1, 1), gd="2024-11-05", N=96000, exp="2034-11-04")
add("The shares underlying the option vest over a three-year period: one-third vest on the first anniversary of the grant date and the remainder vest in eight equal quarterly installments thereafter.",
    TB, cliff_then(9000, "2026-05-20", F(1, 3), 8, 3), gd="2025-05-20", N=9000, note="span preamble; 12 + 8*3 = 36 months")
add("The RSUs vest in sixteen equal quarterly installments, the first of which vests on August 15, 2025. Vested shares will be issued to the Reporting Person as soon as practicable following each vesting date, and in any event within 60 days.",
    TB, dates_equal(3200, [addm(D("2025-08-15"), 3 * k).isoformat() for k in range(16)]), gd="2025-06-01", N=3200)
add("The award was granted fully vested. Settlement of the units is deferred until the earlier of the Reporting Person's separation from service or March 1, 2028.",
    IM, [{"date": "2025-03-01", "shares": 800}], gd="2025-03-01", N=800, note="a deferred settlement date is not a vesting date")
add("Each RSU represents a contingent right to receive one share of common stock. 25% of the RSUs vest on the first anniversary of February 1, 2025 (the \"Vesting Commencement Date\"), and 1/16th of the RSUs vest quarterly thereafter, subject to the Reporting Person's continued service through each vesting date. The RSUs may vest earlier upon a qualifying termination in connection with a change in control.",
    TB, cliff_then(16000, "2026-02-01", F(1, 4), 12, 3), gd="2025-03-05", N=16000)
add("The restricted stock units vest in two equal installments on the first and second anniversaries of the grant date, or earlier upon a change in control of the Issuer.",
    TB, equal(4000, "2025-09-30", 2, 12, 12), gd="2025-09-30", N=4000)
add("Stock options granted under the 2020 Equity Incentive Plan with an exercise price equal to the fair market value on the grant date. The options vest ratably over four years on each anniversary of the grant date and expire ten years after the grant date.",
    TB, equal(20000, "2024-02-14", 4, 12, 12), gd="2024-02-14", N=20000)
add("The restricted stock units vest in three equal annual installments beginning March 1, 2026; vested units will be paid out in shares within two and one-half months after each vesting date.",
    TB, dates_equal(4500, ["2026-03-01", "2027-03-01", "2028-03-01"]), gd="2025-03-01", N=4500)
add("The option shall vest and become exercisable as to 20% of the shares on each anniversary of the date of grant until fully vested, so long as the optionee remains an employee of the Company. The option will terminate ten years after the date of grant, or earlier in the event of termination of employment.",
    TB, equal(5000, "2023-12-01", 5, 12, 12), gd="2023-12-01", N=5000)
add("The option vested immediately upon grant. It has an exercise price of $3.12 per share and a term of five years.",
    IM, [{"date": "2025-07-07", "shares": 50000}], gd="2025-07-07", N=50000)
add("The restricted stock units vest on the third anniversary of the grant date, subject to earlier vesting on a pro-rata basis upon retirement. Vested units will be settled within 30 days after the vesting date.",
    TB, [{"date": "2028-02-25", "shares": 7500}], gd="2025-02-25", N=7500)
add("The restricted shares vest in three installments: 30% on April 1, 2026, 30% on April 1, 2027 and 40% on April 1, 2028, in each case provided the Reporting Person continues to serve as a director through the vesting date. Unvested shares will vest in full upon the Reporting Person's death or disability.",
    TB, stated([("2026-04-01", 3000), ("2027-04-01", 3000), ("2028-04-01", 4000)]), gd="2025-04-01", N=10000)
add("The option vests in equal monthly installments over two years beginning one month after the date of grant, subject to the Reporting Person's continuous service. The exercise price per share is equal to the closing price of the common stock on the date of grant. The option expires on the tenth anniversary of the grant date.",
    TB, equal(2400, "2025-01-31", 24, 1, 1), gd="2025-01-31", N=2400, note="Jan 31 anchor: month ends clamp (Feb 28, Apr 30 ...)")
add("The RSUs were granted on November 12, 2024. The RSUs vest in four equal annual installments on each anniversary of the grant date, provided the Reporting Person remains in continuous service with the Issuer on each vesting date. Shares will be delivered promptly following each vesting date.",
    TB, equal(8000, "2024-11-12", 4, 12, 12), gd="2024-11-12", N=8000)
add("The option was granted on January 10, 2025 and vests in a single installment on January 10, 2028; provided, however, that the option shall vest in full upon a change of control. The option expires on January 9, 2035.",
    TB, [{"date": "2028-01-10", "shares": 3000}], gd="2025-01-10", N=3000, exp="2035-01-09")
add("The restricted stock units are scheduled to vest in twelve equal quarterly installments beginning on the three-month anniversary of the grant date. Vesting of the units will accelerate upon a change in control if the units are not assumed or substituted by the acquirer.",
    TB, equal(1200, "2025-08-20", 12, 3, 3), gd="2025-08-20", N=1200)

S.finish(HERE, 30, 30)
