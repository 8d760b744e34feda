import sys, json
import os
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
from holdout_expect import sched, equal, cliff_then, dates_equal, addm, D, F, stated

rows = []
def P(fam, text, kind, tr=(), gd=None, N=None, err=None, ex=False, note=None, alt=None):
    r = {"id": f"p{len(rows)+1:03d}", "fam": fam, "text": text}
    if gd: r["grant_date"] = gd
    if N is not None: r["shares"] = N
    e = {"kind": kind, "tranches": list(tr)}
    if err: e["error"] = err
    if ex: e["exercisable_immediately"] = True
    r["expect"] = e
    if note: r["note"] = note
    if alt: r["alt_ok_kinds"] = alt
    rows.append(r)

def one(d, n): return [{"date": d, "shares": n}]
def anchored(N, anchor, pts):
    """pts: [(months offset from ORIGINAL anchor, cum fraction)]"""
    a = D(anchor)
    return sched(N, [(addm(a, m), c) for m, c in pts])
def cliff_monthly(N, anchor, cliff_m, cliff_frac, n, step=1):
    rest = 1 - cliff_frac
    return anchored(N, anchor, [(cliff_m, cliff_frac)] + [(cliff_m + step*k, cliff_frac + rest*F(k, n)) for k in range(1, n+1)])

# ---------------- A. lumps ----------------
P("lump", "The restricted stock units will vest in full on March 15, 2027, subject to the Reporting Person's continued service through such date.", "time_based", one("2027-03-15", 5000), "2024-03-15", 5000)
P("lump", "100% of the RSUs shall vest on the second anniversary of the date of grant.", "time_based", one("2026-05-10", 1200), "2024-05-10", 1200)
P("lump", "The shares of restricted stock cliff vest on the fifth anniversary of the grant date.", "time_based", one("2028-02-28", 900), "2023-02-28", 900)
P("lump", "These options become exercisable in their entirety on Dec. 16, 2014.", "time_based", one("2014-12-16", 3000), "2011-12-16", 3000)
P("lump", "The RSUs will vest on 12/16/2014, subject to the Reporting Person's continued employment through that date.", "time_based", one("2014-12-16", 777), "2013-01-02", 777)
P("lump", "The award vests on 16 December 2014.", "time_based", one("2014-12-16", 400), "2012-06-01", 400)
P("lump", "The restricted stock will vest one year from the date of grant.", "time_based", one("2025-02-28", 100), "2024-02-29", 100)
P("lump", "The shares of restricted stock will vest on the first anniversary of June 1, 2023.", "time_based", one("2024-06-01", 2500), "2023-06-05", 2500)
P("lump", "Stock units vest 100% three years after the grant date.", "time_based", one("2025-08-31", 640), "2022-08-31", 640)
P("lump", "The RSUs vest in full on the fourth anniversary of the grant date.", "time_based", [], None, 1000, err="needs grant_date")
P("lump", "The RSUs will vest in their entirety on the date that is three years after the grant date.", "time_based", one("2028-03-01", 1), "2025-03-01", 1)
P("lump", "Unless earlier vested pursuant to the terms of the Plan, the RSUs shall vest on June 1, 2027.", "time_based", one("2027-06-01", 700), "2024-06-01", 700)
P("lump", "The restricted shares will become fully vested on December 16th, 2026, provided the grantee remains employed by the Company.", "time_based", one("2026-12-16", 350), "2023-12-16", 350)
P("lump", "This award shall vest on the eighteen-month anniversary of the grant date.", "time_based", one("2026-02-28", 800), "2024-08-31", 800)

# ---------------- B. N equal installments ----------------
P("equal", "The option vests in four equal annual installments beginning on the first anniversary of the grant date.", "time_based", equal(10001, "2021-03-31", 4, 12, 12), "2021-03-31", 10001)
P("equal", "The RSUs vest in three equal annual installments.", "time_based", equal(1000, "2022-11-30", 3, 12, 12), "2022-11-30", 1000)
P("equal", "One-third of the restricted stock units vest on each of the first three anniversaries of the grant date.", "time_based", equal(1000, "2023-01-31", 3, 12, 12), "2023-01-31", 1000)
P("equal", "The shares subject to the option shall vest and become exercisable at a rate of 33 1/3% per year on each anniversary of the date of grant.", "time_based", equal(30000, "2020-07-15", 3, 12, 12), "2020-07-15", 30000)
P("equal", "Twenty-five percent (25%) of the RSUs shall vest on each of the first four anniversaries of the vesting commencement date, which is September 1, 2022.", "time_based", equal(4000, "2022-09-01", 4, 12, 12), "2022-10-15", 4000)
P("equal", "The RSUs vest in eight equal semi-annual installments beginning on August 15, 2024.", "time_based", equal(8000, "2024-08-15", 8, 6, 0), "2024-02-20", 8000)
P("equal", "The RSUs vest in 12 equal quarterly installments commencing on May 1, 2023.", "time_based", equal(1000, "2023-05-01", 12, 3, 0), "2023-02-01", 1000)
P("equal", "The option vests in 48 equal monthly installments commencing one month after the grant date.", "time_based", equal(10000, "2023-01-31", 48, 1, 1), "2023-01-31", 10000)
P("equal", "The RSUs will vest in equal installments every three months over three years from the grant date.", "time_based", equal(1200, "2022-05-31", 12, 3, 3), "2022-05-31", 1200)
P("equal", "The option vests in equal monthly installments over the 24 months following the date of grant.", "time_based", equal(2400, "2023-08-31", 24, 1, 1), "2023-08-31", 2400)
P("equal", "The restricted stock vests ratably over four years on each anniversary of the grant date.", "time_based", equal(1000, "2021-06-30", 4, 12, 12), "2021-06-30", 1000)
P("equal", "The SARs become exercisable in three substantially equal annual installments, beginning on the first anniversary of March 3, 2022.", "time_based", equal(1000, "2022-03-03", 3, 12, 12), "2022-03-07", 1000)
P("equal", "The RSUs vest in five equal annual installments beginning on the date of grant.", "time_based", equal(500, "2024-06-14", 5, 12, 0), "2024-06-14", 500, note="beginning on D = first ON D; engine README says it refuses this", alt=["unrecognized"])
P("equal", "The option vests monthly over four years.", "time_based", equal(4800, "2020-01-31", 48, 1, 1), "2020-01-31", 4800)
P("equal", "The RSUs vest quarterly over a four-year period, subject to continued service.", "time_based", equal(1600, "2021-11-15", 16, 3, 3), "2021-11-15", 1600)
P("equal", "The RSUs vest in equal annual installments through March 1, 2027.", "time_based", equal(999, "2024-03-01", 3, 12, 12), "2024-03-01", 999)
P("equal", "The option vests in equal quarterly installments until fully vested on December 31, 2026.", "time_based", equal(400, "2025-12-31", 4, 3, 3), "2025-12-31", 400)
P("equal", "The units vest annually in four equal installments beginning February 15, 2025.", "time_based", equal(1003, "2025-02-15", 4, 12, 0), "2024-02-15", 1003)
P("equal", "The restricted stock units vest 25% per year on each of the first four anniversaries of April 1, 2024.", "time_based", equal(2000, "2024-04-01", 4, 12, 12), "2024-04-03", 2000)
P("equal", "These stock options will become exercisable in equal one-fifth installments on each of the first five anniversaries of the grant date.", "time_based", equal(5001, "2019-09-30", 5, 12, 12), "2019-09-30", 5001)
P("equal", "The RSUs shall vest in six equal semi-annual installments on each June 15 and December 15, beginning on December 15, 2024.", "time_based", equal(600, "2024-12-15", 6, 6, 0), "2024-09-01", 600)
P("equal", "The RSUs vest in sixteen (16) equal quarterly installments on the 15th day of each February, May, August and November, commencing on May 15, 2025.", "time_based", equal(1600, "2025-05-15", 16, 3, 0), "2025-03-01", 1600)
P("equal", "The RSUs vest in equal installments on each of the first three anniversaries of the grant date.", "time_based", [], None, 300, err="needs grant_date")
P("equal", "The options vest in four equal annual installments beginning one year after the date of grant.", "time_based", equal(4000, "2022-12-05", 4, 12, 12), "2022-12-05", 4000)
P("equal", "Vests in 36 equal monthly installments beginning on January 31, 2024.", "time_based", equal(3600, "2024-01-31", 36, 1, 0), "2023-12-20", 3600)
P("equal", "The RSUs vest in equal quarterly installments over three years beginning on the first quarterly anniversary of the grant date.", "time_based", equal(1200, "2024-05-31", 12, 3, 3), "2024-05-31", 1200)
P("equal", "The RSUs will vest in four equal annual installments on each anniversary of the vesting commencement date of July 1, 2023.", "time_based", equal(4000, "2023-07-01", 4, 12, 12), "2023-08-10", 4000)
P("equal", "The restricted stock units vest in three equal annual installments beginning on the first anniversary of the grant date.", "time_based", equal(1000, "2024-02-29", 3, 12, 12), "2024-02-29", 1000)
P("equal", "The RSUs vest in equal annual installments over three years beginning on April 1, 2026.", "time_based", equal(300, "2026-04-01", 3, 12, 0), "2025-04-01", 300)
P("equal", "The RSUs vest 1/16th quarterly beginning on May 15, 2025 until fully vested.", "time_based", equal(1600, "2025-05-15", 16, 3, 0), "2025-02-15", 1600)
P("equal", "The option vests in equal monthly installments beginning on January 31, 2025 through December 31, 2026.", "time_based", equal(2400, "2025-01-31", 24, 1, 0), "2024-12-15", 2400)
P("equal", "The RSUs vest in four equal quarterly installments beginning on the first anniversary of the grant date.", "time_based", equal(400, "2023-08-31", 4, 3, 12), "2023-08-31", 400)
P("equal", "The stock option becomes exercisable in annual installments of 25% beginning on the first anniversary of the date of grant.", "time_based", equal(100, "2022-12-31", 4, 12, 12), "2022-12-31", 100)
P("equal", "The options vest at the rate of 25% per year commencing on the first anniversary of the grant date.", "time_based", equal(1001, "2023-10-31", 4, 12, 12), "2023-10-31", 1001)
P("equal", "The RSUs vest in equal annual installments over a five-year period commencing on the first anniversary of the grant date.", "time_based", equal(5000, "2024-01-15", 5, 12, 12), "2024-01-15", 5000)
P("equal", "The RSUs shall vest 1/12th each quarter over three years, with the first installment vesting on the three-month anniversary of the grant date.", "time_based", equal(1200, "2024-11-30", 12, 3, 3), "2024-11-30", 1200)
P("equal", "The shares subject to the option vest in a series of 48 successive equal monthly installments measured from the grant date.", "time_based", equal(4800, "2024-10-31", 48, 1, 1), "2024-10-31", 4800)
P("equal", "The options vest in equal annual installments on the first through fourth anniversaries of the grant date.", "time_based", equal(800, "2022-05-02", 4, 12, 12), "2022-05-02", 800)
P("equal", "The option vests as to 25% on each of March 1, 2025, 2026, 2027 and 2028.", "time_based", equal(100, "2025-03-01", 4, 12, 0), "2024-03-01", 100)
P("equal", "These options will become vested and exercisable as to one-fifth of the underlying shares on each of the first five anniversaries of August 12, 2019.", "time_based", equal(50000, "2019-08-12", 5, 12, 12), "2019-08-14", 50000)
P("equal", "The RSUs become nonforfeitable in three equal annual increments commencing on the first anniversary of the award date.", "time_based", equal(600, "2024-11-30", 3, 12, 12), "2024-11-30", 600)
P("equal", "The restrictions on the restricted shares lapse in four equal annual installments beginning on the first anniversary of the grant date.", "time_based", equal(1000, "2024-03-31", 4, 12, 12), "2024-03-31", 1000)
P("equal", "The award vests at the rate of 1/36th per month over three years beginning one month from the grant date.", "time_based", equal(3600, "2025-01-31", 36, 1, 1), "2025-01-31", 3600)
P("equal", "Vests 25% on 1/15/2026 and 25% each year thereafter.", "time_based", equal(400, "2026-01-15", 4, 12, 0), "2025-01-15", 400)
P("equal", "One-third of the RSUs vest on July 1, 2025, and one-third vest on each anniversary thereafter.", "time_based", equal(300, "2025-07-01", 3, 12, 0), "2024-07-01", 300)
P("equal", "The RSUs will vest in four equal annual installments, with the first installment vesting on the first anniversary of the grant date, so long as the Reporting Person remains employed.", "time_based", equal(2002, "2023-09-30", 4, 12, 12), "2023-09-30", 2002)
P("equal", "The remaining unvested options vest in equal monthly installments.", "unrecognized", [], "2024-05-01", 1000, note="no start, no count")
P("equal", "Options vest in twenty equal quarterly installments commencing on the three-month anniversary of the grant date.", "time_based", equal(2000, "2021-11-30", 20, 3, 3), "2021-11-30", 2000)

# ---------------- C. cliff + remainder ----------------
P("cliff", "25% of the shares subject to the option vest on the first anniversary of the grant date and 1/48th of the shares vest monthly thereafter.", "time_based", cliff_monthly(48000, "2022-01-31", 12, F(1,4), 36), "2022-01-31", 48000)
P("cliff", "The option vests as to 25% of the shares on the one-year anniversary of the vesting commencement date, and the remaining 75% in 36 equal monthly installments thereafter, subject to continued service. The vesting commencement date is February 29, 2024.", "time_based", cliff_monthly(100000, "2024-02-29", 12, F(1,4), 36), "2024-03-15", 100000, note="monthly steps from VCD Feb 29: 2025-03-29 etc.")
P("cliff", "One-fourth of the shares vest on March 31, 2025, and the balance vest on the last day of every month thereafter over the following 36 months.", "time_based", cliff_monthly(7000, "2025-03-31", 0, F(1,4), 36), "2024-03-31", 7000)
P("cliff", "The option vests with respect to 1/3 of the shares on the first anniversary of the grant date and with respect to the remaining shares in eight equal quarterly installments thereafter.", "time_based", cliff_monthly(9000, "2023-06-15", 12, F(1,3), 8, 3), "2023-06-15", 9000)
P("cliff", "Twenty percent (20%) of the RSUs vest on the first anniversary of the grant date and the remaining 80% vest in equal quarterly installments over the following four years.", "time_based", cliff_monthly(5000, "2022-09-30", 12, F(1,5), 16, 3), "2022-09-30", 5000)
P("cliff", "The stock option vests as to 25% of the underlying shares on November 1, 2024 and as to 6.25% of the underlying shares at the end of each three-month period thereafter.", "time_based", cliff_monthly(3200, "2024-11-01", 0, F(1,4), 12, 3), "2023-11-01", 3200)
P("cliff", "50% of the RSUs vest on the second anniversary of the grant date, and the remaining 50% vest in two equal annual installments thereafter.", "time_based", anchored(1001, "2023-04-20", [(24, F(1,2)), (36, F(3,4)), (48, F(1))]), "2023-04-20", 1001)
P("cliff", "The option vests 12/48ths on the first anniversary of the vesting commencement date (January 15, 2024) and 1/48th per month thereafter until fully vested.", "time_based", cliff_monthly(4800, "2024-01-15", 12, F(1,4), 36), "2024-02-01", 4800)
P("cliff", "The shares vest as follows: 25% on the first anniversary of the grant date, and the remainder in 12 equal quarterly installments, with the final installment vesting on the fourth anniversary of the grant date.", "time_based", cliff_monthly(1000, "2021-08-31", 12, F(1,4), 12, 3), "2021-08-31", 1000)
P("cliff", "One-third of the RSUs vest on January 10, 2025 and the remaining two-thirds vest monthly over the following 24 months, on the 10th day of each month.", "time_based", cliff_monthly(3000, "2025-01-10", 0, F(1,3), 24), "2024-01-10", 3000)
P("cliff", "The RSUs vest as to 1/4 on the first anniversary of the grant date and in equal semi-annual installments thereafter over the following three years.", "time_based", cliff_monthly(800, "2023-05-31", 12, F(1,4), 6, 6), "2023-05-31", 800)
P("cliff", "Twenty-five percent of the option shares vest on the one-year anniversary of the Vesting Commencement Date and the remaining option shares vest in thirty-six equal monthly installments thereafter; the Vesting Commencement Date is October 31, 2023.", "time_based", cliff_monthly(36000, "2023-10-31", 12, F(1,4), 36), "2023-12-01", 36000)
P("cliff", "The options vest 25% after one year and monthly thereafter over the next 36 months.", "time_based", cliff_monthly(4800, "2022-07-29", 12, F(1,4), 36), "2022-07-29", 4800)
P("cliff", "6.25% of the RSUs vest on each quarterly anniversary of the grant date until fully vested.", "time_based", equal(16000, "2024-08-31", 16, 3, 3), "2024-08-31", 16000)
P("cliff", "The RSUs vest over three years: 1/3 on the first anniversary of the grant date and the remaining 2/3 in eight equal quarterly installments thereafter.", "time_based", cliff_monthly(1500, "2023-03-31", 12, F(1,3), 8, 3), "2023-03-31", 1500)
P("cliff", "The option vests over four years from the vesting commencement date of June 1, 2024, with 25% vesting on the first anniversary and the remainder vesting in 36 equal monthly installments thereafter.", "time_based", cliff_monthly(4800, "2024-06-01", 12, F(1,4), 36), "2024-07-15", 4800)
P("cliff", "25% vests on the first anniversary of the vesting commencement date and 1/48th monthly thereafter.", "unrecognized", [], "2024-01-01", 4800, err="vesting_commencement", note="VCD not stated: refusal/error is right, any schedule wrong")
P("cliff", "Granted May 31, 2023; one-fourth vests on the first anniversary of the grant date and the remainder vests in equal monthly installments over the following 36 months.", "time_based", cliff_monthly(4800, "2023-05-31", 12, F(1,4), 36), "2024-05-31", 4800)
P("cliff", "The option shall vest and become exercisable as to 25% of the shares on the first anniversary of the grant date, with the remaining 75% vesting in equal monthly installments on the same day of each month over the next three years.", "time_based", cliff_monthly(1200, "2024-03-31", 12, F(1,4), 36), "2024-03-31", 1200)
P("cliff", "Thirty-three and one-third percent (33 1/3%) of the RSUs shall vest on the first anniversary of the grant date, and the balance shall vest in twenty-four equal monthly installments thereafter.", "time_based", cliff_monthly(2400, "2025-01-31", 12, F(1,3), 24), "2025-01-31", 2400)
P("cliff", "The RSUs vest as follows: 50% on the first anniversary of the grant date and 12.5% on each quarterly anniversary thereafter.", "time_based", cliff_monthly(800, "2024-11-30", 12, F(1,2), 4, 3), "2024-11-30", 800)

# ---------------- D. explicit date lists ----------------
P("list", "The restricted stock units vest in three equal installments on March 1, 2025, March 1, 2026 and March 1, 2027.", "time_based", dates_equal(1000, ["2025-03-01", "2026-03-01", "2027-03-01"]), "2024-03-01", 1000)
P("list", "The RSUs vest as follows: 1,000 shares on June 30, 2025; 1,500 shares on June 30, 2026; and 2,500 shares on June 30, 2027.", "time_based", stated([("2025-06-30", 1000), ("2026-06-30", 1500), ("2027-06-30", 2500)]), "2024-06-30", 5000)
P("list", "The option vests as to 50% on 12/31/2025 and 50% on 12/31/2026.", "time_based", dates_equal(3001, ["2025-12-31", "2026-12-31"]), "2024-12-31", 3001)
P("list", "One-half of the RSUs vest on each of Feb. 1, 2026 and Feb. 1, 2027.", "time_based", dates_equal(501, ["2026-02-01", "2027-02-01"]), "2025-02-01", 501)
P("list", "The shares vest in four equal installments on each of 15 March 2025, 15 March 2026, 15 March 2027 and 15 March 2028.", "time_based", dates_equal(4002, ["2025-03-15", "2026-03-15", "2027-03-15", "2028-03-15"]), "2024-03-15", 4002)
P("list", "The RSUs vest on each of 9/15/2025, 9/15/2026, 9/15/2027 and 9/15/2028 in approximately equal installments.", "time_based", dates_equal(1003, ["2025-09-15", "2026-09-15", "2027-09-15", "2028-09-15"]), "2024-09-15", 1003)
P("list", "33% of the award vests on April 1, 2025, 33% on April 1, 2026 and 34% on April 1, 2027.", "time_based", sched(10001, [(D("2025-04-01"), F(33,100)), (D("2026-04-01"), F(66,100)), (D("2027-04-01"), F(1))]), "2024-04-01", 10001)
P("list", "Of the shares reported, 2,000 vest on May 15, 2025 and 3,000 vest on May 15, 2026.", "time_based", stated([("2025-05-15", 2000), ("2026-05-15", 3000)]), "2024-05-15", 5000)
P("list", "The RSUs will vest in equal installments on January 2, 2025, July 1, 2025, January 2, 2026 and July 1, 2026.", "time_based", dates_equal(4000, ["2025-01-02", "2025-07-01", "2026-01-02", "2026-07-01"]), "2024-07-01", 4000)
P("list", "1/3 vests on 6/1/2025, 1/3 vests on 6/1/2026 and the remainder on 6/1/2027.", "time_based", dates_equal(100, ["2025-06-01", "2026-06-01", "2027-06-01"]), "2024-06-01", 100)
P("list", "The RSUs vest as follows: 1,000 on June 1, 2025 and 1,000 on June 1, 2026.", "unrecognized", [], "2024-06-01", 3000, note="stated counts sum to 2,000 of 3,000: inconsistent")
P("list", "The shares of restricted stock vest 40% on September 30, 2025, 30% on September 30, 2026 and 30% on September 30, 2027.", "time_based", sched(2999, [(D("2025-09-30"), F(2,5)), (D("2026-09-30"), F(7,10)), (D("2027-09-30"), F(1))]), "2024-09-30", 2999)
P("list", "The option became exercisable with respect to 5,000 shares on 1/2/2024 and becomes exercisable with respect to the remaining 10,000 shares on 1/2/2025.", "time_based", stated([("2024-01-02", 5000), ("2025-01-02", 10000)]), "2023-01-02", 15000)

# ---------------- E. stepped ----------------
P("stepped", "The option vests as to 10% of the shares on each of the first two anniversaries of the grant date, and as to 40% of the shares on each of the third and fourth anniversaries.", "time_based", anchored(1000, "2022-03-15", [(12, F(1,10)), (24, F(2,10)), (36, F(6,10)), (48, F(1))]), "2022-03-15", 1000)
P("stepped", "The RSUs vest 10% on the first anniversary, 20% on the second anniversary, 30% on the third anniversary and 40% on the fourth anniversary of the grant date.", "time_based", anchored(3333, "2023-02-15", [(12, F(1,10)), (24, F(3,10)), (36, F(6,10)), (48, F(1))]), "2023-02-15", 3333)
P("stepped", "Fifteen percent (15%) of the award vests on the first anniversary of the grant date, twenty-five percent (25%) on the second anniversary, and sixty percent (60%) on the third anniversary.", "time_based", anchored(777, "2024-06-01", [(12, F(15,100)), (24, F(40,100)), (36, F(1))]), "2024-06-01", 777)
P("stepped", "The restricted shares vest as to 20% on the first anniversary of the grant date and as to 40% on each of the second and third anniversaries.", "time_based", anchored(1234, "2024-10-31", [(12, F(1,5)), (24, F(3,5)), (36, F(1))]), "2024-10-31", 1234)
P("stepped", "The option vests 40% on the second anniversary of the grant date and 20% on each of the third, fourth and fifth anniversaries.", "time_based", anchored(1000, "2020-10-01", [(24, F(2,5)), (36, F(3,5)), (48, F(4,5)), (60, F(1))]), "2020-10-01", 1000)
P("stepped", "These shares of restricted stock vest in three annual installments of 33%, 33% and 34%, respectively, beginning on the first anniversary of the grant date.", "time_based", anchored(1000, "2024-09-10", [(12, F(33,100)), (24, F(66,100)), (36, F(1))]), "2024-09-10", 1000)
P("stepped", "Fifty percent (50%) of the shares vest on the eighteen-month anniversary of the grant date and fifty percent (50%) vest on the thirty-six month anniversary of the grant date.", "time_based", anchored(1001, "2024-08-31", [(18, F(1,2)), (36, F(1))]), "2024-08-31", 1001)
P("stepped", "The option vests in two equal installments on the six-month and twelve-month anniversaries of the grant date.", "time_based", anchored(501, "2025-02-28", [(6, F(1,2)), (12, F(1))]), "2025-02-28", 501)
P("stepped", "25% of the RSUs vest on the first anniversary of the grant date, 25% on the second anniversary of the grant date, and the remaining 50% on the third anniversary of the grant date.", "time_based", anchored(999, "2023-07-31", [(12, F(1,4)), (24, F(1,2)), (36, F(1))]), "2023-07-31", 999)

# ---------------- F. day of month ----------------
P("dom", "The RSUs vest in 24 equal monthly installments on the 10th day of each month, beginning on February 10, 2025.", "time_based", equal(2400, "2025-02-10", 24, 1, 0), "2025-01-20", 2400)
P("dom", "The option vests in 36 equal monthly installments on the last day of each month, beginning with January 31, 2025.", "time_based", equal(3600, "2025-01-31", 36, 1, 0), "2025-01-05", 3600)
P("dom", "The RSUs vest in equal quarterly installments on the first business day of each calendar quarter over three years, commencing April 1, 2025.", "time_based", equal(1200, "2025-04-01", 12, 3, 0), "2025-03-01", 1200, note="engine convention: first business day = the 1st (warning); Jan 1 is never a business day", alt=["unrecognized"])
P("dom", "The option vests in 12 equal quarterly installments on the last day of each calendar quarter, beginning on March 31, 2025.", "time_based", equal(1200, "2025-03-31", 12, 3, 0), "2025-01-15", 1200)
P("dom", "The RSUs vest in eight equal quarterly installments on each March 15, June 15, September 15 and December 15, beginning September 15, 2025.", "time_based", equal(8000, "2025-09-15", 8, 3, 0), "2025-07-01", 8000)
P("dom", "The shares vest in 24 equal monthly installments on the first day of each month, beginning on the first day of the month following the grant date.", "time_based", equal(2400, "2025-02-01", 24, 1, 0), "2025-01-17", 2400, alt=["unrecognized"])
P("dom", "The RSUs vest in four equal installments on February 15 of each of 2026, 2027, 2028 and 2029.", "time_based", equal(1000, "2026-02-15", 4, 12, 0), "2025-03-10", 1000)
P("dom", "The RSUs vest in twelve equal monthly installments on the 28th day of each month, commencing January 28, 2026.", "time_based", equal(1200, "2026-01-28", 12, 1, 0), "2025-12-01", 1200)
P("dom", "The option vests in equal monthly installments on the last day of each month over the two years following the grant date.", "time_based", [], "2025-04-15", 2400, note="placeholder")
P("dom", "The restricted stock units shall vest on the 15th day of each of March, June, September and December, in sixteen equal installments, with the first installment vesting on March 15, 2026.", "time_based", equal(1600, "2026-03-15", 16, 3, 0), "2025-12-20", 1600)

# ---------------- G. VCD stated ----------------
P("vcd", "Vesting Commencement Date: August 15, 2023. The RSUs vest in 16 equal quarterly installments following the Vesting Commencement Date.", "time_based", equal(1600, "2023-08-15", 16, 3, 3), "2023-09-01", 1600)
P("vcd", "The RSUs vest in four equal annual installments from the vesting commencement date (March 10, 2025).", "time_based", equal(400, "2025-03-10", 4, 12, 12), "2025-04-01", 400)
P("vcd", "The RSUs vest quarterly over four years measured from a vesting commencement date of November 30, 2024.", "time_based", equal(1600, "2024-11-30", 16, 3, 3), "2025-01-10", 1600)
P("vcd", "The option vests in 48 equal monthly installments following September 30, 2024 (the \"Vesting Commencement Date\").", "time_based", equal(4800, "2024-09-30", 48, 1, 1), "2024-10-20", 4800)
P("vcd", "1/4th of the shares subject to the option shall vest on the twelve month anniversary of the Vesting Commencement Date, and 1/48th of the shares shall vest each month thereafter on the same day of the month as the Vesting Commencement Date, such that all shares are vested on the four year anniversary of the Vesting Commencement Date. The Vesting Commencement Date is May 31, 2024.", "time_based", cliff_monthly(4800, "2024-05-31", 12, F(1,4), 36), "2024-06-10", 4800)

# ---------------- H. grant date in the text ----------------
P("gd_text", "The RSUs were granted on February 15, 2024 and vest in three equal annual installments beginning on the first anniversary of the grant date.", "time_based", equal(3000, "2024-02-15", 3, 12, 12), "2025-02-18", 3000)
P("gd_text", "On January 5, 2023, the reporting person was granted restricted stock units, which vest 25% on each anniversary of the grant date.", "time_based", equal(1000, "2023-01-05", 4, 12, 12), "2024-01-08", 1000)
P("gd_text", "This option was granted on 3/31/2022 and vests in 16 equal quarterly installments beginning three months after the grant date.", "time_based", equal(1600, "2022-03-31", 16, 3, 3), "2023-06-30", 1600)
P("gd_text", "Represents an award of restricted stock units granted on October 1, 2022 that vest in four equal annual installments on each of the first four anniversaries of the grant date.", "time_based", equal(800, "2022-10-01", 4, 12, 12), "2024-10-01", 800)

# ---------------- I. immediate ----------------
P("immediate", "The shares were fully vested on the date of grant.", "immediate", one("2025-03-03", 500), "2025-03-03", 500)
P("immediate", "The option was fully vested and exercisable upon grant.", "immediate", one("2025-04-01", 1000), "2025-04-01", 1000)
P("immediate", "These restricted stock units vested immediately upon grant.", "immediate", one("2025-05-20", 1000), "2025-05-20", 1000)
P("immediate", "The stock award was fully vested at issuance.", "immediate", one("2025-06-01", 250), "2025-06-01", 250)
P("immediate", "The shares of common stock were granted as fully vested shares in lieu of the director's annual cash retainer.", "immediate", one("2025-01-02", 321), "2025-01-02", 321)
P("immediate", "100% vested on the grant date.", "immediate", one("2025-07-07", 10), "2025-07-07", 10)
P("immediate", "The RSUs vested in full upon grant.", "immediate", [], None, 600, err="needs grant_date")

# ---------------- J. immediately exercisable options ----------------
P("early_ex", "The option is immediately exercisable; the shares underlying the option vest in 48 equal monthly installments beginning on the one-month anniversary of the grant date, and any unvested shares purchased upon exercise are subject to repurchase by the Issuer.", "time_based", equal(4800, "2024-03-31", 48, 1, 1), "2024-03-31", 4800, ex=True)
P("early_ex", "This option is early exercisable in full. 25% of the shares subject to the option vest on the first anniversary of the vesting commencement date of January 1, 2024 and the remaining shares vest in 36 equal monthly installments thereafter.", "time_based", cliff_monthly(48000, "2024-01-01", 12, F(1,4), 36), "2024-02-15", 48000, ex=True)
P("early_ex", "The option is immediately exercisable and vests in four equal annual installments beginning June 1, 2025.", "time_based", equal(400, "2025-06-01", 4, 12, 0), "2024-06-01", 400, ex=True)

# ---------------- K. performance / market ----------------
P("perf", "The PSUs will vest on the third anniversary of the grant date, subject to the achievement of performance goals established by the Compensation Committee for the 2025-2027 performance period.", "performance", [], "2025-02-01", 3000)
P("perf", "The performance stock units vest based on the Company's relative total shareholder return over a three-year performance period ending December 31, 2027; between 0% and 200% of the target number may be earned.", "performance", [], "2025-01-15", 5000)
P("perf", "The restricted stock units will vest in full if, on or before June 30, 2028, the closing price of the Company's common stock equals or exceeds $25.00 for 20 consecutive trading days.", "performance", [], "2025-06-30", 2000)
P("perf", "The option shall vest upon the FDA approval of the Company's first product candidate.", "performance", [], "2025-03-01", 10000)
P("perf", "Half of the RSUs vest in two equal annual installments beginning on the first anniversary of the grant date, and the remaining half vest upon achievement of a revenue target of $100 million in any fiscal year, as certified by the Compensation Committee.", "mixed", [{"date": "2026-03-01", "shares": 300}, {"date": "2027-03-01", "shares": 300}], "2025-03-01", 1200)
P("perf", "The PSUs cliff vest on March 1, 2028 based on the achievement of adjusted EBITDA goals.", "performance", [], "2025-03-01", 900)
P("perf", "The performance-based RSUs vest, if at all, in three equal annual installments beginning on the first anniversary of the grant date, subject to the achievement of annual performance goals for each year.", "performance", [], "2025-02-10", 900)
P("perf", "Represents the target number of performance share units; the actual number earned may range from 0% to 150% of target depending on achievement of cumulative earnings per share goals.", "performance", [], "2025-02-10", 900)
P("perf", "The performance conditions applicable to these RSUs were satisfied on February 20, 2025; the RSUs vest in three equal annual installments beginning on March 1, 2025.", "time_based", equal(900, "2025-03-01", 3, 12, 0), "2025-02-25", 900)
P("perf", "Of the 6,000 RSUs, 3,000 vest on December 15, 2026, subject to continued service, and 3,000 vest only if the Issuer achieves positive net income for fiscal year 2026.", "mixed", one("2026-12-15", 3000), "2025-12-15", 6000)
P("perf", "The option will vest and become exercisable in four equal tranches upon the Company's stock price achieving $10, $15, $20 and $25 per share, respectively, for 30 consecutive trading days.", "performance", [], "2025-05-01", 4000)
P("perf", "These market-based RSUs will vest on February 28, 2028 in an amount between 0% and 200% of the target shares based on the Company's absolute stock price performance.", "performance", [], "2025-02-28", 1000)

# ---------------- L. acceleration / service ----------------
P("accel", "The RSUs vest in four equal annual installments beginning on the first anniversary of the grant date, subject to the Reporting Person's continued service through each vesting date; provided, however, that the RSUs will vest in full upon a change in control of the Issuer.", "time_based", equal(4000, "2024-12-31", 4, 12, 12), "2024-12-31", 4000)
P("accel", "The option vests in 48 equal monthly installments commencing on February 28, 2025, subject to accelerated vesting upon a qualifying termination in connection with a change in control as set forth in the Reporting Person's employment agreement.", "time_based", equal(4800, "2025-02-28", 48, 1, 0), "2025-01-28", 4800)
P("accel", "Subject to the Reporting Person's continued employment, and to acceleration upon death or disability, 100% of the RSUs will vest on the third anniversary of the grant date.", "time_based", one("2028-04-01", 999), "2025-04-01", 999)
P("accel", "The RSUs vest in three equal annual installments commencing March 15, 2026; in the event of the Reporting Person's termination without cause, any unvested RSUs will be forfeited.", "time_based", equal(300, "2026-03-15", 3, 12, 0), "2025-03-15", 300)
P("accel", "The shares vest in equal installments on each of the first three anniversaries of the grant date, provided that the Reporting Person remains a director on each such date, and vest in full upon the Reporting Person's retirement from the Board.", "time_based", equal(3000, "2025-06-10", 3, 12, 12), "2025-06-10", 3000, alt=["unrecognized"])
P("accel", "The RSUs vest ratably on each of the first four anniversaries of the grant date or, if earlier, upon a change in control.", "time_based", equal(4000, "2025-01-15", 4, 12, 12), "2025-01-15", 4000, alt=["unrecognized"])
P("accel", "The award will vest on the first anniversary of the grant date, subject to the director's continued service on the Board through such date; if the director ceases to serve due to death, the award will vest in full.", "time_based", one("2026-05-15", 1500), "2025-05-15", 1500, alt=["unrecognized"])
P("accel", "The option vests in 16 equal quarterly installments beginning on the three-month anniversary of the grant date, subject to the optionee's continuous service; vesting will accelerate in full upon a Change in Control (as defined in the Plan).", "time_based", equal(1600, "2025-07-31", 16, 3, 3), "2025-07-31", 1600)
P("accel", "The director RSUs vest on the earlier of the first anniversary of the grant date or the date of the Company's next annual meeting of stockholders.", "unrecognized", [], "2025-06-01", 900, note="annual-meeting anchor")
P("accel", "Subject to double-trigger acceleration provisions, these restricted stock units will vest as to one-third of the units on each of March 5, 2026, March 5, 2027 and March 5, 2028.", "time_based", dates_equal(1500, ["2026-03-05", "2027-03-05", "2028-03-05"]), "2025-03-05", 1500)

# ---------------- N. not vesting ----------------
NV = [
 "Shares withheld by the Issuer to satisfy tax withholding obligations in connection with the vesting of restricted stock units.",
 "The price reported in Column 4 is a weighted average price. These shares were sold in multiple transactions at prices ranging from $45.10 to $45.62, inclusive.",
 "The sales reported in this Form 4 were effected pursuant to a Rule 10b5-1 trading plan adopted by the reporting person on August 12, 2024.",
 "These shares are held by The Smith Family Trust dated 3/4/2011, of which the Reporting Person is a co-trustee.",
 "Represents shares purchased under the Issuer's 2019 Employee Stock Purchase Plan for the purchase period ended May 31, 2025.",
 "Represents dividend equivalent rights credited on unvested restricted stock units, which will vest on the same schedule as the underlying units.",
 "Each share of Series A Preferred Stock is convertible into 1.5 shares of Common Stock at any time at the holder's election and has no expiration date.",
 "Shares acquired through the reinvestment of dividends under the Issuer's dividend reinvestment plan.",
 "Each restricted stock unit represents a contingent right to receive one share of the Issuer's common stock upon vesting.",
 "The reporting person disclaims beneficial ownership of these securities except to the extent of his pecuniary interest therein.",
 "Represents shares withheld to pay the exercise price and satisfy tax withholding in connection with the net exercise of a stock option granted on February 1, 2016.",
 "The shares were sold to cover tax withholding obligations arising from the vesting of 2,500 RSUs on March 15, 2025, as mandated by the Issuer's equity award policy.",
 "Held by the Reporting Person's spouse. The Reporting Person disclaims beneficial ownership of the reported securities.",
 "These shares are held in the Issuer's 401(k) Plan, based on a plan statement as of December 31, 2024.",
 "Gift of shares to a charitable foundation for no consideration.",
 "The option was granted under the Issuer's 2020 Equity Incentive Plan and expires on the tenth anniversary of the grant date.",
 "Represents the conversion of Class B common stock into Class A common stock on a one-for-one basis upon the Reporting Person's election.",
 "Shares delivered to the Issuer in payment of the tax liability incident to the vesting of restricted stock granted on January 3, 2022, which vested as to one-third on January 3, 2025.",
 "Pursuant to the Merger Agreement, each unvested restricted stock unit was converted into a restricted stock unit of Parent, subject to the same vesting schedule as applied immediately prior to the effective time.",
 "The reported price is the weighted average of prices ranging from $10.01 to $10.25. Full information regarding the number of shares sold at each price will be provided upon request.",
 "Represents the settlement of restricted stock units that vested on March 1, 2025 in shares of common stock on a one-for-one basis.",
 "The securities are held by XYZ Capital Partners III, L.P. The Reporting Person is a managing member of the general partner and may be deemed to share voting and dispositive power over such securities.",
 "This amendment is being filed to correct the number of shares beneficially owned following the transaction reported on the original Form 4.",
 "Shares of common stock distributed pro rata by a limited partnership to its partners without consideration.",
 "Any unvested RSUs will be forfeited upon the Reporting Person's termination of employment for any reason.",
 "Shares acquired upon exercise of a stock option pursuant to a cashless exercise under a Rule 10b5-1 plan adopted on May 1, 2025.",
 "The exercise price of the option was adjusted from $20.00 to $18.50 in connection with the special cash dividend paid on December 15, 2024.",
 "Includes 1,234 shares acquired under the Issuer's Employee Stock Purchase Plan on June 30, 2025.",
 "These shares were transferred from the Reporting Person's grantor retained annuity trust to the Reporting Person as an annuity payment.",
 "Represents shares withheld to cover taxes upon the vesting of 25% of the restricted stock units granted on April 1, 2022.",
 "Each phantom stock unit is the economic equivalent of one share of common stock and will be settled in cash upon the Reporting Person's separation from service.",
 "Represents shares of common stock issued upon the conversion of the Issuer's 6.0% Convertible Senior Notes due 2027.",
]
for t in NV:
    P("not_vesting", t, "not_vesting", [], "2025-03-15", 1000)


# ================= batch 2: harder phrasings =================
P("equal", "The option expires on March 1, 2034 and vests in four equal annual installments beginning March 1, 2025.", "time_based", equal(400, "2025-03-01", 4, 12, 0), "2024-03-01", 400)
P("equal", "The RSUs vest annually over three years.", "time_based", equal(300, "2024-05-15", 3, 12, 12), "2024-05-15", 300)
P("equal", "The option becomes exercisable in cumulative installments of 25% on each of the first four anniversaries of the grant date.", "time_based", equal(1001, "2024-02-29", 4, 12, 12), "2024-02-29", 1001)
P("equal", "The restricted stock units vest at a rate of one-third per year, beginning on the first anniversary of the grant date.", "time_based", equal(1000, "2023-12-31", 3, 12, 12), "2023-12-31", 1000)
P("equal", "The RSUs vest in 8 equal quarterly installments beginning November 30, 2024.", "time_based", equal(800, "2024-11-30", 8, 3, 0), "2024-10-01", 800, note="Feb 28, May 30, Aug 30 from the Nov 30 anchor")
P("equal", "The RSUs vest in annual installments of one-fourth each, beginning on February 29, 2024.", "time_based", equal(400, "2024-02-29", 4, 12, 0), "2023-03-01", 400, note="2025-02-28, 2026-02-28, 2027-02-28")
P("equal", "Vesting occurs in three equal annual installments on February 1 of 2026, 2027 and 2028.", "time_based", equal(300, "2026-02-01", 3, 12, 0), "2025-02-01", 300)
P("equal", "These restricted stock units vest as to one-third of the units on each of the first, second and third anniversaries of February 1, 2025 (each, a \"Vesting Date\").", "time_based", equal(3000, "2025-02-01", 3, 12, 12), "2025-02-03", 3000)
P("equal", "The RSUs vest in equal installments on the first and second anniversaries of the grant date.", "time_based", equal(501, "2025-08-31", 2, 12, 12), "2025-08-31", 501)
P("equal", "The RSUs vest over four years, 25% per year, commencing on the first anniversary of the grant date.", "time_based", equal(4000, "2024-06-30", 4, 12, 12), "2024-06-30", 4000)
P("equal", "Subject to the reporting person's continued service, the option will vest and become exercisable in four equal annual installments beginning on March 1st, 2026.", "time_based", equal(4000, "2026-03-01", 4, 12, 0), "2025-03-01", 4000)
P("equal", "The RSUs vest in three equal annual installments beginning 1 March 2026.", "time_based", equal(3000, "2026-03-01", 3, 12, 0), "2025-03-01", 3000)
P("equal", "This award was granted on June 1, 2022. The RSUs vest in four equal annual installments.", "time_based", equal(4000, "2022-06-01", 4, 12, 12), "2024-06-03", 4000)
P("equal", "The RSUs vest one-quarter per year on each anniversary of the grant date.", "time_based", equal(4000, "2025-01-31", 4, 12, 12), "2025-01-31", 4000)
P("equal", "The option vests in equal monthly installments over 36 months.", "time_based", equal(3600, "2025-05-31", 36, 1, 1), "2025-05-31", 3600)
P("equal", "The RSUs vest in four equal annual tranches commencing on the first anniversary of the date of grant.", "time_based", equal(1000, "2025-07-15", 4, 12, 12), "2025-07-15", 1000)
P("equal", "The RSUs vest in equal annual installments on each of the first four anniversaries of March 3, 2025, except that no RSUs vest after the Reporting Person's termination of service.", "time_based", equal(400, "2025-03-03", 4, 12, 12), "2025-03-03", 400, alt=["unrecognized"])
P("equal", "The restricted shares vest in twelve equal quarterly installments beginning on the last day of the first full calendar quarter following the grant date.", "time_based", equal(1200, "2025-06-30", 12, 3, 0), "2025-02-14", 1200, alt=["unrecognized"], note="first full calendar quarter after Feb 14, 2025 = Q2; last day 2025-06-30; then Sep 30, Dec 31, ...")
P("equal", "The shares vest in equal monthly installments over 36 months beginning on the grant date.", "time_based", equal(3600, "2025-01-31", 36, 1, 0), "2025-01-31", 3600, alt=["unrecognized"], note="engine README: refuses beginning-on-grant-date with span")

P("cliff", "The option vests over four years with a one-year cliff, with 25% vesting on the first anniversary of the grant date and the remainder in equal monthly installments thereafter.", "time_based", cliff_monthly(4800, "2024-08-31", 12, F(1,4), 36), "2024-08-31", 4800)
P("cliff", "One-third of the RSUs vest on March 1, 2026 and the remainder vest in equal semi-annual installments over the next two years.", "time_based", cliff_monthly(3000, "2026-03-01", 0, F(1,3), 4, 6), "2025-03-01", 3000)
P("cliff", "Vesting: 1/4 on 3/1/26; 1/16 quarterly thereafter.", "time_based", cliff_monthly(1600, "2026-03-01", 0, F(1,4), 12, 3), "2025-03-01", 1600)
P("cliff", "Twenty percent (20%) of the shares vest on the grant date and twenty percent (20%) vest on each of the first four anniversaries of the grant date.", "time_based", anchored(1000, "2025-04-15", [(0, F(1,5)), (12, F(2,5)), (24, F(3,5)), (36, F(4,5)), (48, F(1))]), "2025-04-15", 1000)
P("cliff", "The option vests as to 1/3 on the date of grant and 1/3 on each of the first two anniversaries thereof.", "time_based", anchored(999, "2025-06-30", [(0, F(1,3)), (12, F(2,3)), (24, F(1))]), "2025-06-30", 999)
P("cliff", "The RSUs vest 25% on the first anniversary of the vesting commencement date and 6.25% each quarter thereafter, with a vesting commencement date of August 31, 2024.", "time_based", cliff_monthly(1600, "2024-08-31", 12, F(1,4), 12, 3), "2024-09-15", 1600)
P("cliff", "The option will vest as to twelve and one-half percent (12.5%) of the shares six months after the grant date and the remaining shares in 42 equal monthly installments thereafter.", "time_based", cliff_monthly(4800, "2025-03-31", 6, F(1,8), 42), "2025-03-31", 4800)
P("cliff", "One-fourth of the shares vested on January 15, 2025, and an additional 1/48th of the shares vest on the 15th day of each month thereafter.", "time_based", cliff_monthly(4800, "2025-01-15", 0, F(1,4), 36), "2024-01-15", 4800)
P("cliff", "25% of the RSUs vested on May 1, 2025 and the remaining 75% vest in twelve equal quarterly installments on the first day of each August, November, February and May thereafter.", "time_based", cliff_monthly(1200, "2025-05-01", 0, F(1,4), 12, 3), "2024-05-01", 1200)

P("list", "Includes 1,000 RSUs that vest on June 1, 2025 and 2,000 RSUs that vest in two equal annual installments beginning June 1, 2026.", "time_based", stated([("2025-06-01", 1000), ("2026-06-01", 1000), ("2027-06-01", 1000)]), "2024-06-01", 3000)
P("list", "The RSUs vest in three tranches: 30% on the first anniversary of the grant date, 30% on the second anniversary and 40% on the third anniversary.", "time_based", anchored(1000, "2025-03-01", [(12, F(3,10)), (24, F(6,10)), (36, F(1))]), "2025-03-01", 1000)
P("list", "The options vest as follows: 3,334 on March 1 2026, 3,333 on March 1 2027 and 3,333 on March 1 2028.", "time_based", stated([("2026-03-01", 3334), ("2027-03-01", 3333), ("2028-03-01", 3333)]), "2025-03-01", 10000)
P("list", "Fifty percent (50%) of the RSUs vest upon the first anniversary and the remaining fifty percent (50%) vest upon the second anniversary of the grant date.", "time_based", anchored(1001, "2025-05-31", [(12, F(1,2)), (24, F(1))]), "2025-05-31", 1001)
P("list", "The RSUs vest 50% on each of the dates that are 12 months and 24 months after the grant date.", "time_based", anchored(1001, "2025-01-31", [(12, F(1,2)), (24, F(1))]), "2025-01-31", 1001)
P("list", "The shares vest in two installments: 60% on January 31, 2026 and 40% on July 31, 2026.", "time_based", sched(999, [(D("2026-01-31"), F(3,5)), (D("2026-07-31"), F(1))]), "2025-01-31", 999)

P("lump", "The RSUs vest in full on the earlier of March 1, 2027 or a change in control of the Issuer.", "time_based", one("2027-03-01", 500), "2024-03-01", 500, alt=["unrecognized"])
P("lump", "The RSUs vest on the third anniversary of the grant date, subject to earlier vesting upon a change in control.", "time_based", one("2028-02-28", 500), "2025-02-28", 500, note="2025-02-28 + 36 months = 2028-02-28 (day 28), not Feb 29")
P("lump", "The RSUs vest on the later of (i) the first anniversary of the grant date and (ii) the date the Issuer's registration statement becomes effective.", "unrecognized", [], "2025-03-01", 500)
P("lump", "The award vests on the first anniversary of the grant date of April 30, 2025.", "time_based", one("2026-04-30", 250), "2025-05-02", 250)
P("lump", "100% of the option will vest on the one-year anniversary of the grant date, or earlier upon the Reporting Person's death or disability.", "time_based", one("2026-06-15", 250), "2025-06-15", 250, alt=["unrecognized"])

P("vcd", "The option vests monthly over four years from the vesting commencement date of April 30, 2025.", "time_based", equal(4800, "2025-04-30", 48, 1, 1), "2025-05-10", 4800)
P("vcd", "The RSUs vest in sixteen equal quarterly installments, the first of which vests on the three-month anniversary of the vesting commencement date, which is January 31, 2025.", "time_based", equal(1600, "2025-01-31", 16, 3, 3), "2025-03-05", 1600)

P("perf", "25% of the RSUs vest on the first anniversary of the grant date and the remaining 75% vest upon the achievement of specified performance milestones.", "mixed", one("2026-03-01", 250), "2025-03-01", 1000)
P("perf", "The PSUs will be earned based on achievement of performance goals over the 2025-2027 performance period and, to the extent earned, will vest on the date the Compensation Committee certifies achievement.", "performance", [], "2025-03-01", 1000)
P("perf", "The RSUs will vest in three equal annual installments beginning on the first anniversary of the grant date, provided that the Company achieves its 2025 revenue target.", "performance", [], "2025-03-01", 900)
P("perf", "The stock options vest in equal installments when the Company's market capitalization first reaches $1 billion, $2 billion and $3 billion.", "performance", [], "2025-03-01", 900)

P("early_ex", "The option is exercisable immediately, subject to a right of repurchase in favor of the Issuer that lapses as to 1/4th of the shares on June 1, 2026 and as to 1/48th of the shares each month thereafter.", "time_based", cliff_monthly(4800, "2026-06-01", 0, F(1,4), 36), "2025-06-01", 4800, ex=True)

P("immediate", "The RSUs were fully vested upon grant and will be settled upon the Reporting Person's separation from service.", "immediate", one("2025-05-15", 700), "2025-05-15", 700)
P("immediate", "These deferred stock units were granted to the non-employee director and vest immediately.", "immediate", one("2025-06-05", 123), "2025-06-05", 123)

NV2 = [
 "The reporting person sold 25% of the shares on each of March 1 and June 1, 2025 pursuant to a Rule 10b5-1 plan.",
 "The option expires on the seventh anniversary of the grant date.",
 "On March 1, 2025, 5,000 RSUs vested and were settled; 2,000 shares were withheld by the Issuer to cover taxes.",
 "Represents shares of restricted stock forfeited upon the Reporting Person's resignation on April 30, 2025.",
 "The restricted stock units were previously reported and vested on each of March 1, 2024 and March 1, 2025; this report reflects the shares withheld for taxes.",
 "Represents the number of shares withheld by the Issuer to satisfy tax withholding obligations upon the vesting of one-fourth of the RSUs on the first anniversary of the grant date.",
]
for t in NV2:
    P("not_vesting", t, "not_vesting", [], "2025-03-15", 1000)


# ================= batch 3: variants around findings =================
P("perf", "The RSUs vest in four equal annual installments beginning on the first anniversary of the grant date, contingent upon the Issuer's achievement of a minimum EBITDA threshold for fiscal 2025.", "performance", [], "2025-03-01", 1000)
P("perf", "Subject to the Company attaining its 2025 operating income goal, the RSUs vest in three equal annual installments beginning March 1, 2026.", "performance", [], "2025-03-01", 900)
P("perf", "The RSUs will vest on the third anniversary of the grant date, conditioned upon the Issuer's total shareholder return exceeding the median of its peer group.", "performance", [], "2025-03-01", 900)
P("perf", "The shares vest in two equal annual installments beginning on the first anniversary of the grant date, provided the Company's stock price has closed above $30.00 for 20 consecutive trading days.", "performance", [], "2025-03-01", 900)
P("perf", "The RSUs vest in full on March 1, 2027, provided that the Issuer has achieved cumulative net sales of at least $1 billion for fiscal years 2025 and 2026.", "performance", [], "2025-03-01", 900)
P("perf", "The RSUs vest on the second anniversary of the grant date, so long as the Company meets its 2025 free cash flow target.", "performance", [], "2025-03-01", 900)
P("lump", "The option vests in full on the later of March 1, 2026 and the closing of the Issuer's initial public offering.", "unrecognized", [], "2025-03-01", 900)
P("lump", "The RSUs will vest on the later of the second anniversary of the grant date or the first date on which the Issuer's common stock is listed on a national securities exchange.", "unrecognized", [], "2025-03-01", 900)
P("lump", "The RSUs vest upon the later to occur of (a) March 1, 2026 and (b) a Liquidity Event.", "unrecognized", [], "2025-03-01", 900,
  alt=["performance"], note="contingent on the event: all shares contingent (performance, no dates) is also a fair answer")
P("not_vesting", "Shares withheld for taxes upon vesting of RSUs that vested on each of March 1, 2024 and March 1, 2025.", "not_vesting", [], "2025-03-15", 1000)
P("not_vesting", "These shares were withheld to satisfy tax obligations in connection with RSUs that vested in equal installments on March 1, 2025 and June 1, 2025.", "not_vesting", [], "2025-06-03", 1000)
P("not_vesting", "Represents shares issued upon the vesting on February 15, 2025 of RSUs granted on February 15, 2022.", "not_vesting", [], "2025-02-15", 1000, alt=["immediate", "time_based"])
P("not_vesting", "Represents shares of common stock issued upon settlement of RSUs that vested on March 1, 2025.", "not_vesting", [], "2025-03-03", 1000, alt=["immediate", "time_based"])
P("not_vesting", "The reported shares were previously reported as RSUs, which vested on April 15, 2024, April 15, 2025 and will vest on April 15, 2026; the shares reported here were sold to cover taxes.", "not_vesting", [], "2025-04-16", 1000)

# fix placeholder row (dom, last day of each month over two years following grant)
for r in rows:
    if r.get("note") == "placeholder":
        r["expect"]["tranches"] = equal(2400, "2025-04-30", 24, 1, 0)
        r["alt_tranches"] = equal(2400, "2025-04-30", 24, 1, 1)
        r["note"] = "ambiguous: first month-end after grant 2025-04-30 (...2027-03-31) or May 31, 2025 (...2027-04-30)"
        r["alt_ok_kinds"] = ["unrecognized"]

with open(os.path.join(HERE, "footnotes-paraphrases.jsonl"), "w") as f:
    for r in rows:
        f.write(json.dumps(r) + "\n")
print(len(rows))
