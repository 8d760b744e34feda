#!/usr/bin/env python3
"""Regenerates footnotes-holdout5.jsonl (held-out set 5: footnotes of real EDGAR Form 3/4/5 filings).

Same conventions and method as ../holdout4/make_holdout4.py (and ../holdout_expect.py); expectations are computed
here from the footnote text alone, independently of rules/ and engine/ code:
  * cumulative round-down over the whole grant: tranche k = floor(N*c_k) - floor(N*c_{k-1}), c_k the exact
    cumulative fraction (fractions.Fraction); the final tranche takes the rest; zero tranches dropped; stated
    share counts used as stated;
  * month steps are always taken from the ORIGINAL anchor with the day clamped to month end; quarterly = 3 months,
    semi-annual = 6 months;
  * "beginning/commencing on X" = first installment on X; "thereafter" continues from the cliff date;
  * a grant/commencement date stated in the text overrides the transaction date; immediate = one tranche on the
    grant date;
  * performance-only: no tranches;
  * a needed date the inputs do not give -> {"kind": K, "tranches": [], "error": "needs grant_date"} (no grant_date key);
    anything that cannot be told with certainty -> kind "unrecognized" (with a note).
Where a row is the settlement (M) of one installment, the footnote's schedule is applied to the row's share count
(the test is of the text), as in holdout3/holdout4. Every line records its origin (`source`); none uses a rounded
display count. No text repeats (or nearly repeats, difflib ratio >= 0.85) a line of
/work/shared/corpus/footnotes-dev.jsonl or of holdout 1-4: checked below when the dev corpus is present.
"""
import json, os, glob, difflib
from fractions import Fraction as F
from decimal import Decimal

import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from holdout_expect import D, addm, sched, equal, cliff_then, stated, dates_equal, merged, HeldOut  # noqa: E402,F401 (the shared conventions)

HERE = os.path.dirname(os.path.abspath(__file__))

S = HeldOut("p", "holdout5")
rows, add = S.rows, S.add


NG = "needs grant_date"
PS = "https://portfoliosavvy.com/report/"
SI = "https://secinvestors.com/report/"
GW = "/action/getedgarwindow?accesscode="

# ================================================================ time_based (exact counts: stated in the text or shown exactly)
RBBN = PS + "000106299322010528-scarfo-anthony-2022-04-18"
add("The RSUs vest as to one-third on April 18, 2023, and the remaining two-thirds of the RSUs vest in four equal semi-annual installments thereafter through April 18, 2025.",
    "time_based", cliff_then(112179, "2023-04-18", F(1, 3), 4, 6), gd="2022-04-18", N=112179, src=RBBN + " F2",
    note="Ribbon Communications; A row of 112,179 RSUs ('$0.000000' layout, exact); 1/3 on 2023-04-18, then 4 x 1/6 every 6 months to 2025-04-18 (agrees with 'through April 18, 2025')")
add("The RSUs vest in full on April 18, 2023.",
    "time_based", stated([("2023-04-18", 18497)]), gd="2022-04-18", N=18497, src=RBBN + " F3",
    note="second A row of the same filing, 18,497 RSUs (exact); one cliff date")
NTRA = PS + "000141588923005414-chapman-steven-leonard-2023-03-22"
add("The RSUs vest over four years. 25% of the RSUs vested on March 22, 2020 and the remaining shares vest in 12 equal quarterly installments thereafter.",
    "time_based", cliff_then(182, "2020-03-22", F(1, 4), 12, 3), gd="2023-03-22", N=182, src=NTRA + " F4",
    note="Natera; row is the M settlement of 182 RSUs on 2023-03-22 (shown unrounded, under 1,000); schedule applied to the row count: 25% on 2020-03-22, then 12 quarterly to 2023-03-22")
add("On February 23, 2023, the reporting person was granted 11,404 deferred stock units, vesting in four equal, annual installments beginning on the anniversary of the grant date.",
    "time_based", equal(11404, "2023-02-23", 4, 12, 12), gd="2023-02-23", N=11404,
    src="portfoliosavvy-format report page for a PDM (Piedmont Office Realty Trust) Form 4 of 2023-02-23, F2 (the search tool returned the page without its address)",
    note="count and grant date stated in the text; 'beginning on the anniversary of the grant date' = first installment on the first anniversary, 2024-02-23 .. 2027-02-23")
add("Reflects Common Stock covered by Restricted Share Units, sometimes referred to as RSUs, representing the conditional right to receive one share of Common Stock. RSUs are subject to time vesting but not performance vesting. RSUs for 3,000 shares of Common Stock granted June 6, 2022 will vest and the underlying shares of Common Stock will be issued in equal annual installments of 750 shares commencing on or about June 6, 2023, 2024, 2025 and 2026, generally subject to the reporting persons continued association with the Issuer on the date such shares of Common Stock are to be issued. Reporting Person has elected to report the shares of Common Stock as an award in Table I instead of reporting the award of the RSUs in Table II.",
    "time_based", stated([("2023-06-06", 750), ("2024-06-06", 750), ("2025-06-06", 750), ("2026-06-06", 750)]),
    gd="2022-06-06", N=3000, src=PS + "000141588922006324-dismore-stephanie-2022-06-06 F1",
    note="Tessco director; count (3,000), grant date and the four dates stated; 'on or about' hedges the issuance, the stated dates are taken as the vesting dates; 'reporting persons' (no apostrophe) as filed")

# ---------------------------------------------------------------- time_based, anchored on an unstated grant date
add("Options vest 20% annually on the anniversary date of the grant and are fully vested after five years.",
    "time_based", err=NG, src=PS + "000101323723000154-huber-linda-2023-11-01 F2",
    note="FactSet option award (row 6.41K is a rounded display, so shares and grant_date are omitted); the schedule hangs on the grant date, which the inputs do not give")
add("Fifty percent of the restricted share unit award will vest on the second anniversary of the grant date and twenty-five percent of the restricted share unit award will vest on each of the third and fourth anniversaries of the grant date.",
    "time_based", err=NG, src=PS + "000141588923003193-forbes-alexandria-2023-02-21 F3",
    note="50/25/25 on anniversaries 2-4 of the grant date; no grant date in the inputs (the page shows no exact count)")
BODY = PS + "000089924323008941-neimand-michael-2023-03-15"
add("The stock options vest in increments of 25% per year on the first four anniversaries of the stock option grant date, subject to continued employment with the Company through the vest date.",
    "time_based", err=NG, src=BODY + " F3", note="Beachbody; option row 500K is a rounded display; grant-date anniversaries, grant date not in the inputs")
add("Represents a grant of restricted stock units (\"RSUs\") which convert into shares of Class A Common Stock on a one-for-one basis. The RSUs vest in increments of 25% per year on the first four anniversaries of the RSU grant date, subject to continued employment with the Company through the vest date.",
    "time_based", err=NG, src=BODY + " F2", note="same filing, RSU twin of the option footnote (two lines of this boilerplate)")

# ================================================================ immediate
add("Reflects an award of Common Shares received pursuant to the Issuer's Non-Employee Director Compensation Plan that was fully vested as of the grant date.",
    "immediate", err=NG, src=PS + "000114036124022620-oren-ilan-2024-04-24 F1",
    note="Roivant director award; the row (2.12K) is a rounded display, so neither shares nor grant_date is given; only the error is certain")

# ================================================================ performance
add("In addition to the RSUs described in footnote 1, the Company also granted 22,936 performance-based RSUs that become subject to vesting based upon certain targets. These performance-based RSUs will not be included in the total of column 5 until satisfaction of the performance criteria.",
    "performance", src=PS + "000165236221000108-moerbeek-peter-j-2021-05-17 F3",
    note="Infrastructure and Energy Alternatives; performance RSUs not reported in the table; no schedule")

# ================================================================ unrecognized
add("The restricted stock units shall vest as follows: one-fourth shall vest on January 18, 2022 (the \"Vesting Start Date\"), with the remaining vesting in 1/48 equal installments on each monthly anniversary of the Vesting Start Date until vested in full, subject to continued employment.",
    "unrecognized", gd="2022-01-18", src=PS + "000120919122004241-barnes-demetrios-2022-01-18 F2",
    note="SmartRent; 'the remaining vesting in 1/48 equal installments' is ambiguous (1/48 of the grant per month, i.e. 36 months, or the remaining 3/4 in 48 installments), and the first quarter vests on the grant date itself; row 40K is rounded")
add("Represents restricted stock units (\"RSUs\") granted to the reporting person on October 29, 2023 (the \"Grant Date\"). Each RSU represents the right to receive one share of Class A Common Stock of the Company.",
    "unrecognized", gd="2023-10-29", src=PS + "000162828023035763-maroko-jonathan-2023-10-29 F1",
    note="Faraday Future; a grant with no vesting terms (the schedule is in F2, not part of this text)")

# ================================================================ not_vesting
NV = [
 ("These shares are owned directly by James J Ison Jr. and Sha-Marie A Ison Inter Vivos Revocable Trust dated June 4, 2020, and indirectly by James Ison as trustee of the trust.",
  "2021-04-11", None, PS + "000120919121033715-ison-james-2021-04-11 F2", "trust holding"),
 ("Shares held of record by Christopher K. Cox, Trustee of the Christopher K. Cox Revocable Trust dated 5/29/09.",
  None, None, "http://business.borgernewsherald.com/borgernewsherald" + GW + "120919114032387 (1)", "trust holding"),
 ("Shares withheld to cover tax liability in connection with the vesting of restricted stock units previously reported. These shares were not issued to or sold by the reporting person.",
  "2024-09-03", None, PS + "000112479624000109-corso-joseph-john-2024-09-03 F1", "withholding (holdout4 used F2 of this filing)"),
 ("The sale of shares was effected in order to satisfy tax withholding and remittance obligations in connection with the vesting of Restricted Stock Units (\"RSUs\") and in compliance with Rule 10b5-1.",
  "2023-03-22", None, NTRA + " F1", "sell-to-cover under 10b5-1"),
 ("Represents the number of shares withheld to cover the cost of taxes upon vesting of restricted stock granted on November 1, 2021, which was previously reported. The restricted stock vests 1/3 annually on the anniversary date of the grant and is fully vested after three years.",
  "2023-11-01", 236, PS + "000101323723000154-huber-linda-2023-11-01 F1",
  "F row of 236 withheld shares; the schedule sentence describes the earlier, previously reported grant, not this row"),
 ("Represents the \"net settlement\" by the Issuer of Common Shares previously granted to the reporting person pursuant to the Issuer's Non-Employee Director Compensation Plan in order to satisfy applicable tax withholding obligations in connection with the vesting and settlement of such Common Shares.",
  "2024-04-24", 54, PS + "000114036124022620-oren-ilan-2024-04-24 F2", "net settlement, F row of 54"),
 ("The vesting of Mr. Ringler's restricted stock units accelerated per the terms of his Restricted Stock Unit Agreement.",
  "2024-10-28", 911, PS + "000140658724000104-ringler-g-f-rick-iii-2024-10-28 F2", "acceleration narrative without a schedule; M row of 911"),
 ("Includes 997 shares acquired pursuant to the Issuer's Employee Stock Purchase Plan on January 5, 2023 in a transaction that was exempt under Rules 16b-3(c) and 16b-3(d).",
  None, None, PS + "000160851123000005-tomasello-robin-2023-02-15 F2", "ESPP purchase included in a holding"),
 ("Represents shares granted in lieu of earned bonus. The Reporting Person has a requirement to hold the net-settled number of bonus shares until December 15, 2023.",
  "2023-03-15", None, BODY + " F1", "bonus shares with a holding requirement (a date that is not a vesting date)"),
 ("Represents 46,524 shares of Common Stock, 62,909 restricted stock units and 81,857 performance stock units that are subject to forfeiture and vesting.",
  None, None, PS + "000165236221000108-moerbeek-peter-j-2021-05-17 F2", "holdings composition with counts, no schedule"),
 ("Additional restricted stock units acquired pursuant to reinvestment terms under the employee award agreement from a dividend paid on September 13, 2023, at $0.16 per share.",
  "2023-09-13", 383, PS + "000182352923000190-gupta-rohit-2023-09-13 F3", "Enact Holdings; dividend reinvestment credit, A row of 383"),
 ("Payment of taxes in connection with SARs pay-out.",
  "2023-03-31", None, SI + "000160971623000006-doyle-james-edgar-2023-03-31 F2", "tax payment (holdout4 used F1 of this filing)"),
 ("THE BASE PRICE OF SUCH SAR SHALL BE DETERMINED BY THE CLOSING PRICE OF ONE SHARE OF COMMON STOCK ON THE NEW YORK STOCK EXCHANGE FOR THE GRANT DATE OF SUCH AWARDS.",
  None, None, "http://business.guymondailyherald.com/guymondailyherald" + GW + "159257513000002 (2)", "SAR base price, upper case as filed"),
 ("The transaction represents settlement of fully-vested RSUs for cash pursuant to the terms of a 2013 Restricted Stock Unit Agreement.",
  "2023-03-02", None, PS + "000110465923027716-dicker-joshua-2023-03-01 F4", "Getty Realty; cash settlement of vested RSUs; row 12.5K rounded"),
 ("The RSUs were received by reporting person for no consideration.",
  "2023-03-01", None, PS + "000110465923027716-dicker-joshua-2023-03-01 F3", "consideration statement"),
 ("RSUs convert into common stock on a one-for-one basis.",
  "2022-04-18", None, RBBN + " F1", "conversion ratio only"),
 ("The Class B Common Stock is convertible at any time, at the holder's election, into Class A Common Stock on a 1:1 basis.",
  None, None, PS + "000089924321048670-bostrom-susan-l-2021-12-14 F2", "Samsara; conversion feature"),
 ("Mandatory tax withholding on vested restricted stock units.",
  "2024-11-29", 4613, SI + "000112760224028563-desroches-pascal-2024-11-29 F3", "AT&T; F row of 4,613 (holdout4 used F1 of this filing)"),
 ("Each deferred stock unit represents a contingent right to receive one share of PDM common stock. Deferred stock units may be settled in cash or common stock at PDM's election.",
  "2023-02-23", None, "portfoliosavvy-format report page for a PDM (Piedmont Office Realty Trust) Form 4 of 2023-02-23, F1 (the search tool returned the page without its address)", "unit definition"),
 ("Grant was pursuant to the terms of an employment arrangement. Each restricted stock unit (\"RSU\") represents a contingent right to receive, at settlement, one share of Class A Common Stock.",
  "2022-12-23", None, PS + "000183163122000369-smallwood-gregory-2022-12-23 F1", "loanDepot; grant rationale and unit definition"),
 ("These shares are surrendered to issuer to cover withholding tax obligations of the shares vested on March 10, 2023.",
  "2023-03-10", None, PS + "000140658723000038-tomnitz-donald-j-2023-03-10 F2", "Forestar; surrender for withholding with the vesting date of another row"),
]
for text, gd, n, src, note in NV:
    add(text, "not_vesting", gd=gd, N=n, src=src, note=note)

# ---------------------------------------------------------------- checks and output
S.check(30, 80)


# near-duplicate check against the dev corpus and the earlier held-out sets
S.check_fresh(HERE, 0.85)

S.write(os.path.join(HERE, "footnotes-holdout5.jsonl"))
if __name__ == "__main__":
    import collections
    print(len(rows), dict(collections.Counter(r["expect"]["kind"] + ("/NG" if r["expect"].get("error") else "") for r in rows)))
