#!/usr/bin/env python3
"""Regenerates footnotes-holdout2.jsonl. Expectations computed here independently of rules/ code."""
import json, calendar, datetime as dt
from fractions import Fraction as F
from math import floor

def D(s): return dt.date.fromisoformat(s)
def addm(d, k):
    y, m = divmod(d.month - 1 + k, 12); y += d.year; m += 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))
def sched(N, pts):
    """pts: [(date, cumulative Fraction)] -> tranches by cumulative round-down, last takes rest"""
    out, prev = [], 0
    for i, (d, c) in enumerate(pts):
        cur = N if i == len(pts) - 1 else floor(N * c)
        out.append({"date": d.isoformat(), "shares": cur - prev}); prev = cur
    return out
def equal(N, anchor, n, step, first_offset):
    """n equal installments at anchor + (first_offset + i*step) months"""
    return sched(N, [(addm(anchor, first_offset + i * step), F(i + 1, n)) for i in range(n)])
def stated(pairs): return [{"date": d, "shares": s} for d, s in pairs]

rows = []
def add(text, gd, N, kind, tr=(), note=None, exp="", err=None, ei=False):
    e = {"kind": kind, "tranches": list(tr)}
    if ei: e["exercisable_immediately"] = True
    if err: e["error"] = err
    r = {"id": f"x{len(rows)+1:03d}", "text": text, "grant_date": gd, "shares": N, "expiration": exp or None,
         "expect": e, "source": "realistic (written for holdout2; not a copy of a specific filing)"}
    if note: r["note"] = note
    rows.append(r)

# ---------------- time_based ----------------
add("The restricted stock units shall become vested in equal thirds on each of the first three anniversaries of March 3, 2025, subject to the Reporting Person's continued service.",
    "2025-03-10", 10000, "time_based", equal(10000, D("2025-03-03"), 3, 12, 12), note="anchor is the stated date, not the transaction date")
add("This option will vest and become exercisable at the rate of 25% per annum, commencing on the first anniversary of the date of grant.",
    "2024-02-29", 9999, "time_based", equal(9999, D("2024-02-29"), 4, 12, 12), exp="2034-02-28")
add("Vesting shall occur on a quarterly basis over a three-year period, with the first vesting date being three months after the grant date.",
    "2024-11-30", 12000, "time_based", equal(12000, D("2024-11-30"), 12, 3, 3))
add("On each three-month anniversary of the grant date, 1/12th of the restricted stock units will vest, until all units have vested.",
    "2025-01-31", 5000, "time_based", equal(5000, D("2025-01-31"), 12, 3, 3))
add("The option shall become vested and exercisable semi-annually in six equal installments, the first of which shall vest on September 1, 2025.",
    "2025-03-01", 6001, "time_based", equal(6001, D("2025-09-01"), 6, 6, 0), exp="2035-02-28")
add("On each of June 30, 2025, June 30, 2026 and June 30, 2027, the following numbers of restricted stock units shall vest: 1,200, 1,200 and 1,600, respectively.",
    "2024-06-30", 4000, "time_based", stated([("2025-06-30", 1200), ("2026-06-30", 1200), ("2027-06-30", 1600)]))
add("Vesting schedule: 03/01/2026 - 2,500 shares; 03/01/2027 - 2,500 shares; 03/01/2028 - 5,000 shares.",
    "2025-03-01", 10000, "time_based", stated([("2026-03-01", 2500), ("2027-03-01", 2500), ("2028-03-01", 5000)]))
add("Vesting date / number of shares: January 15, 2026: 3,000; January 15, 2027: 3,000; January 15, 2028: 4,000.",
    "2025-01-15", 10000, "time_based", stated([("2026-01-15", 3000), ("2027-01-15", 3000), ("2028-01-15", 4000)]))
add("The shares of restricted stock vest ratably on an annual basis over four years from the date of grant.",
    "2025-05-20", 1001, "time_based", equal(1001, D("2025-05-20"), 4, 12, 12))
add("Subject to continued employment, one-fifth of the options become exercisable per annum beginning on the first anniversary of the grant.",
    "2025-08-31", 777, "time_based", equal(777, D("2025-08-31"), 5, 12, 12), exp="2035-08-30")
add("The stock units vest at a rate of 1/8 every six months, with the first vesting date occurring on the six-month anniversary of the grant date.",
    "2024-08-31", 8000, "time_based", equal(8000, D("2024-08-31"), 8, 6, 6))
add("Twenty percent (20%) of the units shall become vested on each December 31 of 2025 through 2029.",
    "2025-06-01", 5000, "time_based", equal(5000, D("2025-12-31"), 5, 12, 0))
add("Of the options granted, 50% become exercisable on the second anniversary of the grant date and the remaining 50% become exercisable on the third anniversary thereof.",
    "2025-04-15", 3001, "time_based", sched(3001, [(D("2027-04-15"), F(1, 2)), (D("2028-04-15"), F(1))]), exp="2035-04-14")
add("The option will vest and become exercisable as to one-quarter of the underlying shares on January 31, 2026, with the remaining three-quarters vesting in 36 successive equal monthly installments thereafter.",
    "2025-01-31", 10000, "time_based",
    sched(10000, [(D("2026-01-31"), F(1, 4))] + [(addm(D("2026-01-31"), k), F(1, 4) + F(3, 4) * F(k, 36)) for k in range(1, 37)]), exp="2035-01-30")
add("The RSUs will vest in equal thirds on the first three anniversaries of the grant date.",
    "2024-02-29", 100, "time_based", equal(100, D("2024-02-29"), 3, 12, 12))
add("Vesting shall occur in four equal annual installments on each anniversary of February 10, 2025, commencing February 10, 2026.",
    "2025-02-14", 4002, "time_based", equal(4002, D("2025-02-10"), 4, 12, 12))
add("The shares underlying this option vest quarterly, in twelve equal installments, on the last day of each calendar quarter beginning with the quarter ending March 31, 2025.",
    "2025-01-15", 12000, "time_based", equal(12000, D("2025-03-31"), 12, 3, 0), exp="2035-01-14")
add("The option becomes exercisable with respect to 1/24th of the shares on the 1st day of each month, beginning on July 1, 2025.",
    "2025-06-15", 2400, "time_based", equal(2400, D("2025-07-01"), 24, 1, 0), exp="2035-06-14")
add("This restricted stock award vests semi-annually over two years in four equal installments beginning six months from the grant date.",
    "2025-08-31", 1000, "time_based", equal(1000, D("2025-08-31"), 4, 6, 6))
add("Each installment equal to 25% of the units will become vested on March 15 of each of 2026, 2027, 2028 and 2029.",
    "2025-03-15", 2002, "time_based", equal(2002, D("2026-03-15"), 4, 12, 0))
add("The units are scheduled to vest per annum in three substantially equal installments, the first of which vests on the first anniversary of the grant date.",
    "2025-12-31", 2000, "time_based", equal(2000, D("2025-12-31"), 3, 12, 12))
add("The option is exercisable in full as of the grant date; the unvested shares shall become vested in 16 equal quarterly installments commencing three months after the grant date.",
    "2025-01-31", 16000, "time_based", equal(16000, D("2025-01-31"), 16, 3, 3), ei=True, exp="2035-01-30")
add("The RSUs shall become fully vested on the thirty-month anniversary of the grant date.",
    "2025-08-31", 4200, "time_based", stated([(addm(D("2025-08-31"), 30).isoformat(), 4200)]), note="Aug 31 2025 + 30 months = Feb 29 2028 (clamped, leap)")
add("Options vest in equal thirds per annum beginning one year after grant.",
    "2025-06-30", 900, "time_based", equal(900, D("2025-06-30"), 3, 12, 12), exp="2035-06-29")
add("The shares become vested in two tranches: 60% on the first anniversary of grant and 40% on the second anniversary of grant.",
    "2025-10-31", 1001, "time_based", sched(1001, [(D("2026-10-31"), F(3, 5)), (D("2027-10-31"), F(1))]))
add("This option shall vest and become exercisable in equal annual installments over a period of four years from the grant date.",
    "2025-02-28", 10, "time_based", equal(10, D("2025-02-28"), 4, 12, 12), exp="2035-02-27")
add("The restricted stock units shall become vested as to 1/3 of the units on each of the first, second and third anniversaries of November 30, 2024.",
    "2025-02-05", 3000, "time_based", equal(3000, D("2024-11-30"), 3, 12, 12))
add("Vesting shall occur with respect to 6.25% of the shares on each quarterly anniversary of the grant date over four years.",
    "2025-05-31", 16001, "time_based", equal(16001, D("2025-05-31"), 16, 3, 3))

# ---------------- immediate ----------------
add("The shares of common stock underlying these RSUs were fully vested upon issuance.", "2025-05-01", 1500, "immediate", stated([("2025-05-01", 1500)]))
add("All shares underlying this option were vested at the time of grant.", "2025-07-15", 20000, "immediate", stated([("2025-07-15", 20000)]), exp="2035-07-14")
add("These stock units vested in their entirety at the time of grant.", "2025-09-02", 812, "immediate", stated([("2025-09-02", 812)]))

# ---------------- performance ----------------
add("The PSUs shall become vested, if at all, following the end of the 2025-2027 performance period based on the Company's cumulative adjusted EBITDA, as certified by the Compensation Committee.",
    "2025-03-01", 30000, "performance")
add("Vesting shall occur only if the closing price of the Issuer's common stock equals or exceeds $25.00 for 20 consecutive trading days prior to the fifth anniversary of the grant date.",
    "2025-04-01", 50000, "performance")
add("The option will vest and become exercisable upon the first commercial sale of the Company's product in the United States.",
    "2025-06-01", 40000, "performance", exp="2035-05-31")
add("Represents the maximum number of performance share units that may be earned; the actual number will be determined by reference to the Company's return on invested capital for fiscal years 2025 through 2027, and earned units will vest on the date the Committee certifies results.",
    "2025-02-15", 18000, "performance")
add("One-third of the performance units shall become vested on each of the first three anniversaries of the grant date, but only if the Company's revenue for the preceding fiscal year exceeds the target set by the Board.",
    "2025-03-15", 9000, "performance", note="every installment is conditioned on a performance goal; any dated schedule is wrong")

# ---------------- mixed ----------------
add("Sixty percent of the award consists of time-vesting RSUs that shall become vested in three equal annual installments on each anniversary of the grant date; the remaining forty percent are performance-vesting units that will vest, if at all, upon achievement of total shareholder return goals over a three-year performance period.",
    "2025-03-01", 15000, "mixed", equal(9000, D("2025-03-01"), 3, 12, 12), note="time portion 9,000")
add("Half of the options vest per annum in four equal installments starting on the first anniversary of the grant date, and the other half vest upon the Company achieving $100 million in annual revenue.",
    "2025-07-01", 8000, "mixed", equal(4000, D("2025-07-01"), 4, 12, 12), exp="2035-06-30", note="time portion 4,000")
add("3,000 of the RSUs will vest on June 1, 2026 subject to continued service; the remaining 6,000 RSUs will vest upon the achievement of performance milestones established by the Compensation Committee.",
    "2025-06-01", 9000, "mixed", stated([("2026-06-01", 3000)]))
add("The award vests as follows: 25% of the shares vest semi-annually in two equal installments beginning six months after grant, and 75% vest upon FDA approval of the Company's lead product candidate.",
    "2025-04-30", 4000, "mixed", equal(1000, D("2025-04-30"), 2, 6, 6), note="time portion 1,000")

# ---------------- not_vesting ----------------
NV = [
 "Represents shares of common stock withheld by the Issuer upon the vesting of restricted stock units granted on February 1, 2023, which vest in four equal annual installments, to satisfy the Reporting Person's tax withholding obligation.",
 "The shares were acquired upon the exercise of a vested stock option that was granted on May 1, 2018 and vested in equal annual installments over four years.",
 "The reported price is the closing price on the vesting date of the restricted stock units, which is used to compute the tax withheld.",
 "The Reporting Person holds 12,500 unvested shares of restricted stock, which will continue to vest in accordance with their original terms.",
 "Each performance share unit converted into one share of common stock upon settlement on February 28, 2025, following certification of the performance results.",
 "Pursuant to the merger agreement, each unvested option was cancelled at the effective time in exchange for a cash payment equal to the excess of the merger consideration over the exercise price.",
 "The number of shares underlying the option that vest each quarter has been adjusted to reflect the 2-for-1 stock split effected on May 5, 2025.",
 "Shares sold to cover taxes due upon the quarterly vesting of RSUs, as required by the Issuer's mandatory sell-to-cover policy and not a discretionary trade by the Reporting Person.",
 "Balance includes 4,800 restricted stock units that will vest in three equal annual installments beginning on March 1, 2026.",
 "The Reporting Person exercised options to purchase 10,000 shares, which had vested monthly, on a cashless basis.",
 "The Rule 10b5-1 plan provides for sales of 2,000 shares on a monthly basis through December 2026.",
 "The Reporting Person's spouse received 1,000 shares on each of January 2, 2025 and July 1, 2025 as gifts, which are held in a custodial account.",
]
nvnotes = {0: "withholding; schedule belongs to an earlier grant", 8: "holdings footnote; schedule is of a 4,800-unit subset, not the reported transaction"}
for i, t in enumerate(NV):
    add(t, "2025-06-02", [412, 5000, 300, 12500, 7000, 15000, 20000, 650, 30150, 10000, 24000, 2000][i], "not_vesting", note=nvnotes.get(i))

# ---------------- missing grant_date ----------------
add("The options will vest and become exercisable in equal thirds on each of the first three anniversaries of the date of grant.", None, 6000, "time_based", err="needs grant_date")
add("Vesting shall occur on a quarterly basis over two years from the grant date.", None, 8000, "time_based", err="needs grant_date")
add("The stock option shall become vested per annum as to 20% of the shares, commencing one year after the date of grant.", None, 5000, "time_based", err="needs grant_date")

# ---------------- unrecognized (missing/inconsistent inputs, ambiguous) ----------------
add("The options shall become vested in equal quarterly installments measured from the Reporting Person's start date of employment.",
    "2025-04-01", 12000, "unrecognized", note="start date and number of installments not stated")
add("Twenty-five percent of the units vest on the first anniversary of the Vesting Start Date, and the remainder vest in equal quarterly installments thereafter over the next three years.",
    "2025-04-01", 16000, "unrecognized", note="Vesting Start Date not given")
add("The RSUs vest in equal annual installments on each anniversary of the grant date through March 1, 2028.",
    "2025-06-15", 3000, "unrecognized", note="'through' date is not an anniversary of the grant date; inconsistent")
add("The restricted stock units vest as follows: 1,000 units on each of May 1, 2026 and May 1, 2027 and 1,500 units on May 1, 2028.",
    "2025-05-01", 4000, "unrecognized", note="stated counts sum to 3,500, not 4,000")
add("The option vests in equal monthly installments over 36 months, commencing upon the closing of the Company's initial public offering.",
    "2025-01-10", 36000, "unrecognized", note="start is an unstated future event; performance with no tranches would also be defensible but classify counts only refusals")

assert len(rows) == 60, len(rows)
for r in rows:
    if r["expect"]["tranches"] and r["expect"]["kind"] != "mixed":
        assert sum(t["shares"] for t in r["expect"]["tranches"]) == r["shares"], r["id"]
with open(__file__.rsplit("/", 1)[0] + "/footnotes-holdout2.jsonl", "w") as f:
    for r in rows: f.write(json.dumps(r) + "\n")
print(len(rows))
