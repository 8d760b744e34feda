"""Writes footnotes-paraphrases2.jsonl: phrasings written by helper gen33 (2026-12-08) for the families it read,
BEFORE the code that reads them was changed; expectations by the conventions of ../holdout_expect.py (exact
fractions, cumulative round-down, the last tranche takes the rest), computed from the text alone.

Family A: a PSU "earned on <date> upon (the Committee's) certification ...", then parts that vest "upon
certification" and later (holdout23 y008). Near-misses beside it must stay refused."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
from holdout_expect import cumulative, addm, D  # noqa: E402
from fractions import Fraction as F  # noqa: E402

rows = []


def P(fam, text, kind, tr=(), gd=None, N=None, err=None, note=None, alt=None):
    r = {"id": f"q{len(rows) + 1:03d}", "fam": fam, "text": text}
    if gd: r["grant_date"] = gd
    if N is not None: r["shares"] = N
    e = {"kind": kind, "tranches": list(tr)}
    if err: e["error"] = err
    r["expect"] = e
    if note: r["note"] = note
    if alt: r["alt_ok_kinds"] = alt
    rows.append(r)


# ---- A. earned on D upon certification; part upon certification, the rest later ----
P("earned-on-upon-certification",
  "The performance share units were earned on March 3, 2026 upon certification by the Compensation Committee of the "
  "achievement of the performance goals. One-half of the earned units vested upon certification and the remaining "
  "one-half will vest on March 3, 2027, subject to continued service.",
  "time_based", cumulative(3000, [("2026-03-03", F(1, 2)), ("2027-03-03", F(1, 2))]), "2026-03-05", 3000)
P("earned-on-upon-certification",
  "These PSUs were earned on February 20, 2026 upon the Committee's certification of results for the 2023-2025 "
  "performance period; one-third vested upon certification and the remaining two-thirds will vest in equal "
  "installments on each of the first two anniversaries of the certification date.",
  "time_based", cumulative(900, [("2026-02-20", F(1, 3)), ("2027-02-20", F(1, 3)), ("2028-02-20", F(1, 3))]),
  "2026-02-20", 900)
P("earned-on-upon-certification",
  "Represents PSUs that were earned on March 1, 2026 upon certification of performance by the Compensation Committee. "
  "50% of the earned PSUs vested upon such certification and the remaining 50% vest on March 1, 2027.",
  "time_based", cumulative(1001, [("2026-03-01", F(1, 2)), ("2027-03-01", F(1, 2))]), "2026-03-02", 1001)
P("earned-on-upon-certification",
  "The restricted stock units were earned on January 28, 2026 upon the Compensation Committee's certification of the "
  "2025 performance results, and 25% of the earned units vested upon certification, with the remaining 75% vesting in "
  "three equal annual installments on each of the first three anniversaries of the certification date.",
  "time_based", cumulative(4000, [("2026-01-28", F(1, 4)), ("2027-01-28", F(1, 4)), ("2028-01-28", F(1, 4)),
                                  ("2029-01-28", F(1, 4))]), "2026-01-30", 4000)
P("earned-on-upon-certification",
  "The PSUs were earned on February 14, 2025 upon the Committee's certification of performance for fiscal 2024; 50% "
  "vested upon certification and the remaining 50% will vest on the first anniversary of certification.",
  "time_based", cumulative(2500, [("2025-02-14", F(1, 2)), ("2026-02-14", F(1, 2))]), "2025-02-14", 2500)
# near-misses: a certification still to come; two dates for it; a date not told with it
P("earned-on-upon-certification (near-miss)",
  "The PSUs will be earned on February 15, 2027 upon the Committee's certification of performance; 50% will vest upon "
  "certification and the remaining 50% on February 15, 2028.",
  "performance", (), "2026-02-15", 2000, note="certification after the transaction date: still to come (first "
  "written as unrecognized; corrected to the project's convention for PSUs still to be earned, holdout23 y012)",
  alt=["unrecognized"])
P("earned-on-upon-certification (near-miss)",
  "The PSUs were earned on February 12, 2026 upon the Committee's certification of performance results on February 14, "
  "2026; 50% vested upon certification and the remaining 50% will vest on February 12, 2027.",
  "unrecognized", (), "2026-02-16", 2000, note="two dates for one certification")
P("earned-on-upon-certification (near-miss)",
  "The PSUs were earned on February 12, 2026, and 50% vested upon certification by the Committee; the remaining 50% "
  "will vest on February 12, 2027.",
  "unrecognized", (), "2026-02-16", 2000, note="the date is the earning's, not told with the certification")

P("earned-on-upon-certification",
  "The PSUs were earned on March 5, 2026 upon the Compensation Committee's certification of the 2025 results. 40% of "
  "the earned PSUs vested upon certification and the remaining 60% will vest in two equal annual installments on "
  "March 5, 2027 and March 5, 2028.",
  "time_based", cumulative(1000, [("2026-03-05", F(2, 5)), ("2027-03-05", F(3, 10)), ("2028-03-05", F(3, 10))]),
  "2026-03-06", 1000)
P("earned-on-upon-certification (near-miss)",
  "The PSUs were earned on March 5, 2026 upon certification; 50% vested upon certification and the remaining 50% will "
  "vest on March 5, 2027.",
  "unrecognized", (), "2026-03-01", 1000, note="the certification is dated after the transaction date")


def every(N, first, n, step):
    return cumulative(N, [(addm(D(first), step * k).isoformat(), F(1, n)) for k in range(n)])


# ---- B. every n-th named day, the name defined in the same sentence ("each third Vesting Date") ----
P("every-nth-named-day",
  "1/16th of the RSUs vest on June 5, 2026 (the \"First Vesting Date\") and 1/16th vest on each third Vesting Date "
  "thereafter, with \"Vesting Date\" meaning the 5th day of each calendar month, until fully vested.",
  "time_based", every(1600, "2026-06-05", 16, 3), "2026-02-01", 1600)
P("every-nth-named-day",
  "One-eighth of the units vest on April 10, 2026 (the \"Initial Vesting Date\") and an additional one-eighth vest on "
  "every sixth Monthly Vesting Date thereafter, with \"Monthly Vesting Date\" meaning the 10th day of each calendar "
  "month, until fully vested.",
  "time_based", every(800, "2026-04-10", 8, 6), "2025-10-10", 800)
P("every-nth-named-day",
  "1/12th of the shares vest on January 15, 2026 (the \"First Vesting Date\") and 1/12th vest on each third Vesting "
  "Date following the First Vesting Date, with \"Vesting Date\" meaning the 15th day of each month, until fully vested.",
  "time_based", every(1200, "2026-01-15", 12, 3), "2025-10-15", 1200)
P("every-nth-named-day (near-miss)",
  "1/16th of the RSUs vest on June 5, 2026 (the \"First Vesting Date\") and 1/16th vest on each third Vesting Date "
  "thereafter, until fully vested.",
  "unrecognized", (), "2026-02-01", 1600, note="the name is never defined")
P("every-nth-named-day (near-miss)",
  "1/16th of the RSUs vest on June 7, 2026 (the \"First Vesting Date\") and 1/16th vest on each third Vesting Date "
  "thereafter, with \"Vesting Date\" meaning the 5th day of each calendar month, until fully vested.",
  "unrecognized", (), "2026-02-01", 1600, note="the first date is not one of the named days")

# ---- C. anniversaries of a corporate event named and dated at the head ----
P("anniversary-of-named-event",
  "On March 15, 2024, the Issuer consummated its business combination (the \"Closing\"). The RSUs vest in three equal "
  "annual installments on each anniversary of the Closing, subject to continued service.",
  "time_based", every(3000, "2025-03-15", 3, 12), "2024-04-01", 3000)
P("anniversary-of-named-event",
  "The Company completed its initial public offering on May 20, 2025 (the \"IPO\"). One-fourth of the RSUs vest on "
  "each of the first four anniversaries of the IPO.",
  "time_based", every(400, "2026-05-20", 4, 12), "2025-06-01", 400)
P("anniversary-of-named-event",
  "On September 1, 2023, the Issuer completed the merger (the \"Merger\"). The RSUs vest 50% on the first anniversary "
  "of the Merger and 50% on the second anniversary of the Merger.",
  "time_based", every(1000, "2024-09-01", 2, 12), "2023-09-15", 1000)
P("anniversary-of-named-event (near-miss)",
  "The RSUs vest in four equal annual installments on each anniversary of the Closing.",
  "unrecognized", (), "2024-04-01", 4000, note="the Closing is never dated")

# ---- D. a settlement "on the earlier of" after the schedule ----
P("settlement-earlier-of",
  "The deferred stock units vest in three equal annual installments on each anniversary of the grant date; vested "
  "units will be settled on the earlier of the Reporting Person's separation from service or the third anniversary of "
  "the grant date.",
  "time_based", every(3000, "2026-03-01", 3, 12), "2025-03-01", 3000)
P("settlement-earlier-of",
  "The restricted stock units vest in full on the first anniversary of the grant date. Vested units will be settled "
  "upon the earlier of the Reporting Person's separation from service and a change in control.",
  "time_based", every(500, "2026-05-20", 1, 12), "2025-05-20", 500)
P("settlement-earlier-of",
  "The DSUs vest in four equal quarterly installments beginning on June 15, 2025, and vested DSUs will be delivered on "
  "the earlier of the director's termination of service or March 1, 2030.",
  "time_based", every(400, "2025-06-15", 4, 3), "2025-03-31", 400)
P("settlement-earlier-of (near-miss)",
  "The RSUs vest on the earlier of the Reporting Person's separation from service or the third anniversary of the "
  "grant date.",
  "unrecognized", (), "2025-03-01", 3000, note="the vesting itself (not the settlement) turns on an event",
  alt=["performance"])

# ---- E. a search among named days "on or after" a date, the names defined unquoted after it (H26-041) ----
P("first-named-day-on-or-after",
  "The RSUs vest in twelve equal quarterly installments on each Company Vesting Date, beginning with the first Company "
  "Vesting Date on or after May 1, 2025. Company Vesting Dates are February 15, May 15, August 15 and November 15 of "
  "each year.",
  "time_based", every(1200, "2025-05-15", 12, 3), "2025-04-01", 1200)
P("first-named-day-on-or-after",
  "1/8th of the RSUs vest on each Company Vesting Date, beginning with the first Company Vesting Date on or after March "
  "10, 2025. Company Vesting Dates are March 10, June 10, September 10 and December 10 of each year.",
  "time_based", every(800, "2025-03-10", 8, 3), "2025-01-15", 800)
P("first-named-day-on-or-after",
  "1/4th of the RSUs vest on each Vesting Date, beginning with the first Vesting Date on or after January 1, 2026. "
  "Vesting Dates are March 1, June 1, September 1 and December 1 of each year.",
  "time_based", every(400, "2026-03-01", 4, 3), "2025-11-01", 400)
P("first-named-day-on-or-after (near-miss)",
  "1/8th of the RSUs vest on each Company Vesting Date, beginning with the first Company Vesting Date on or after March "
  "10, 2025.",
  "unrecognized", (), "2025-01-15", 800, note="the named days are never defined")

# ---- F. the 25th day of each month (Alphabet's GSU wording) ----
P("day-of-month-series",
  "1/36th of the grant will vest on the 25th day of each month starting on March 25, 2025, subject to continued "
  "employment on each vesting date.",
  "time_based", every(3600, "2025-03-25", 36, 1), "2025-02-01", 3600)
P("day-of-month-series",
  "1/12th of the grant vests on the 25th day of each month starting on April 25, 2025 and ending on March 25, 2026.",
  "time_based", every(1200, "2025-04-25", 12, 1), "2025-03-01", 1200)
P("day-of-month-series",
  "1/14th of the grant vests on the 25th day of the month that is 10 months after the grant date and an additional "
  "1/14th will vest on the 25th day of each month thereafter, subject to continued employment on each vesting date.",
  "time_based", every(1400, "2025-11-25", 14, 1), "2025-01-10", 1400)

with open(os.path.join(HERE, 'footnotes-paraphrases2.jsonl'), 'w') as f:
    for r in rows:
        f.write(json.dumps(r) + '\n')
print(len(rows), 'rows')
