#!/usr/bin/env python3
"""Regenerates footnotes-holdout6.jsonl (held-out set 6: footnotes of real EDGAR Form 3/4/5 filings).

Same conventions and method as ../holdout5/make_holdout5.py (and ../holdout_expect.py); expectations are computed
here from the footnote text alone, independently of rules/ and engine/ code:
  * cumulative round-down over the whole grant (fractions.Fraction); final tranche takes the rest; stated counts as stated;
  * month steps from the ORIGINAL anchor, day clamped to month end; quarterly = 3 months;
  * "beginning/commencing on X" = first installment on X; "thereafter" continues from the cliff date;
  * a grant/commencement date stated in the text overrides the transaction date;
  * performance-only: no tranches; a needed date the inputs lack -> {"kind": K, "tranches": [], "error": "needs grant_date"};
    anything not certain -> "unrecognized" with a note.
Where a row is the settlement (M) of one installment, the footnote's schedule is applied to the row's share count.
No line uses a rounded display count. No text repeats (difflib ratio >= 0.9) a line of the dev corpus or holdout 1-5.
"""
import json, os, glob, difflib, sys
from fractions import Fraction as F

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from holdout_expect import D, addm, sched, equal, cliff_then, stated, dates_equal, merged, HeldOut  # noqa: E402,F401

HERE = os.path.dirname(os.path.abspath(__file__))
S = HeldOut("s", "holdout6")
rows, add = S.rows, S.add
NG = "needs grant_date"
PS = "https://portfoliosavvy.com/report/"
SI = "https://secinvestors.com/report/"
GW = "/action/getedgarwindow?accesscode="
ET = "dgunning/edgartools "

# ================================================================ time_based (exact counts only)
add("The RSUs will vest in twelve equal quarterly installments over three years, with a vesting commencement date of December 5, 2018, in each case subject to the Reporting Person being a service provider through each such date. The RSUs are subject to accelerated vesting in the event of a termination of employment of the Reporting Person including under certain circumstances following a change in control of the Issuer.",
    "time_based", equal(804, "2018-12-05", 12, 3, 3), gd="2021-12-05", N=804, src=PS + "000126133321000216-gaylor-cynthia-2021-12-05 F2",
    note="DocuSign director; M row of 804 RSUs (under 1,000, shown unrounded); 12 quarterly installments from the commencement date, first one quarter after it (2019-03-05 .. 2021-12-05; the last is the row's date)")
add("The reported securities are RSUs that entitle the Reporting Person to receive one share of Common Stock per RSU upon vesting. A total of one-third of the shares subject to this grant become vested on each of the first three anniversaries of March 1, 2023, subject to the Reporting Person remaining a service provider through each such vesting date.",
    "time_based", equal(483870, "2023-03-01", 3, 12, 12), gd="2023-03-01", N=483870, src=PS + "000162828023006347-drake-scott-william-2023-03-01 F1",
    note="ViewRay; A row of 483,870 RSUs (exact '$0.000000' layout); thirds on 2024/2025/2026-03-01")
add("Represents a grant of restricted stock units (\"RSUs\") under the Issuer's 2021 Stock Option and Incentive Plan. Each RSU represents the contingent right to receive one share of the Issuer's common stock. The RSUs shall vest as follows: (i) 25% on March 1, 2024; (ii) 25% on March 1, 2025; (iii) 25% on March 1, 2026 and (iv) the remaining 25% on March 1, 2027, so long as the Reporting Person remains an employee or other service provider of the Issuer through such date.",
    "time_based", dates_equal(14200, ["2024-03-01", "2025-03-01", "2026-03-01", "2027-03-01"]), gd="2023-03-01", N=14200,
    src=PS + "000168937523000026-dowden-nathan-j-2023-03-01-restatement F1",
    note="Terns Pharmaceuticals Form 4/A; the count 14,200 RSUs is stated in F2 of the same filing (the row shows 14.2K)")

# ---------------------------------------------------------------- anchored on a grant date the inputs do not give

# ================================================================ performance
add("Represents performance-based restricted share units (PRSUs) awarded pursuant to the Issuer's 2021 Long Term Incentive Plan, as amended. Such PRSUs will vest on April 14, 2028 (the PRSU Vesting Date) and will pay out: (i) at 50% of the number of PRSUs if the price of the Common Stock on the PRSU Vesting Date is $20.00; (ii) at 100% of the number of PRSUs if the price of the Common Stock on the PRSU Vesting Date is $25.00; (iii) at 200% of the number of PRSUs if the price of the Common Stock on the PRSU Vesting Date is $29.00; and (iv) at 250% of the number of PRSUs if the price of the Common Stock on the PRSU Vesting Date is $33.00 or higher. Each PRSU is the economic equivalent of one share of Common Stock.",
    "performance", src=SI + "000160649825000074-pacitti-david-2025-04-14-restatement F2", note="Avanos PRSUs: a stated vest date but a price-dependent count")
add("These performance share awards were issued at a 100% target and have a 3-year vest period and will vest in all or in part upon achievement of performance metrics. Any awards that have not been vested and released at the end of the 3-year period will be cancelled.",
    "performance", src=PS + "000162828023006347-drake-scott-william-2023-03-01 F4", note="ViewRay performance share awards")

# ================================================================ unrecognized

# ================================================================ not_vesting
NV = [
 ("Represents the number of shares withheld upon vesting of restricted stock units to cover tax withholding obligations.", "2023-08-27", None, PS + "000162828023031033-shahar-shai-2023-08-27 F2", "withholding"),
 ("Represents shares of Class A Common Stock, par value $0.001 per share (the \"Class A Common Stock\"), withheld by the Issuer in satisfaction of tax withholding obligations in connection with the vesting of restricted stock units previously granted to the Reporting Person. Such withholding is mandated by an election of the Issuer made in advance and does not represent a discretionary trade by the Reporting Person.", "2024-05-15", None, PS + "000151651324000027-bryson-anna-2024-05-15 F1", "Doximity; withholding"),
 ("Each share of Class B Common Stock, par value $0.001 per share (the \"Class B Common Stock\"), converted into one share of Class A Common Stock at the option of the holder.", "2024-05-16", None, PS + "000151651324000027-bryson-anna-2024-05-15 F2", "conversion"),
 ("The Reporting Person previously reported RSUs in Table I, aggregated with shares of Class A common stock. Starting with this Form 4, the Reporting Person is separately reporting RSUs in Table II. As such, the total number of shares of Class A common stock reported in Table I as beneficially owned by the Reporting Person has been reduced by the total number of unvested and unsettled RSUs beneficially owned by the Reporting Person, which are now reported in Table II (until settlement).", None, None, PS + "000114036123035637-carnie-andrew-2023-07-19 F3", "reporting-format change"),
 ("Represents shares withheld by the Issuer to satisfy a tax obligation realized by the Reporting Person upon the vesting and settlement of restricted stock units.", "2023-09-15", None, PS + "000126133323000083-chatwani-robert-2023-09-15 F1", "withholding"),
 ("In her capacity as a director of the Issuer, the Reporting Person was granted stock options by the Issuer. Pursuant to an agreement between the Reporting Person and NCMI, the Reporting Person received such stock options as nominee for NCMI and NCMI is entitled under the agreement to all economic benefits of such stock options. The Reporting Person disclaims beneficial ownership of such stock options, and of any shares of common stock received in respect thereof, except to the extent of any indirect pecuniary interest the Reporting Person may have therein resulting from the Reporting Person’s ownership interest in NCMI.", None, None, "https://www.sec.gov/Archives/edgar/data/1682049/000114036116075996/k17880940.htm (4)", "nominee holding, disclaimer"),
 ("Each share of Series B Preferred Stock and Series C Preferred Stock automatically converted into one (1) share of Class B Common Stock immediately prior to the consummation of the issuer’s initial public offering for no additional consideration.", None, None, "https://www.sec.gov/Archives/edgar/data/1658494/000114036117013825/ex99_1.htm (2)", "IPO conversion of preferred"),
 ("Each restricted stock unit will settle into shares of Issuer common stock on a 1:1 basis.", None, None, PS + "000182352923000190-gupta-rohit-2023-09-13 F1", "settlement ratio (holdout5 used F3 of this filing)"),
 ("Payment of tax liability by withholding securities incident to vesting of restricted stock units.", "2023-03-01", None, PS + "000162828023006347-drake-scott-william-2023-03-01 F2", "withholding"),
 ("Includes 3,523,808 shares granted as RSUs. As of the transaction date, 2,259,602 of the RSUs have vested.", None, None, PS + "000162828023006347-drake-scott-william-2023-03-01 F3", "holdings composition with vested count"),
 ("The Reporting Person's original Form 4, filed on March 3, 2023, is being amended by this Form 4A solely to correct an administrative error, which misreported a grant that occurred on March 1, 2023 as a total of 43,000 option shares and 28,400 RSUs, when in fact 21,500 option shares and 14,200 RSUs were granted as of that date, accurately reflecting that these grants are semi-annual. As a result of this administrative error, the number of shares beneficially owned by the Reporting Person following the corrected transaction reflects a reduction by 50% in the number of RSUs and option shares, respectively, reported as beneficially owned by the Reporting Person by 21,500 option shares and 14,200 RSUs, respectively.", "2023-03-01", None, PS + "000168937523000026-dowden-nathan-j-2023-03-01-restatement F2", "amendment narrative with counts and a grant date"),
 ("The sales reported on this Form 4 were effected pursuant to a Rule 10b5-1 trading plan adopted by the Reporting Person. This transaction involves sale transactions from $11.04 to $11.82 per share. The weighted average price per share was $11.44. The Reporting Person undertakes to provide, upon request, by the SEC staff, the Issuer, or a security holder of the Issuer, information regarding the number of shares sold at each separate price.", None, None, PS + "000112479624000109-corso-joseph-john-2024-09-03 F3", "10b5-1 + weighted average"),
 ("This transaction was executed in multiple trades at prices ranging from $121.44 to $122.24 per share. The price above reflects the weighted average sale price. The reporting person hereby undertakes to provide upon request to the SEC staff, the issuer or a security holder of the issuer full information regarding the number of shares and prices at which the transactions were effected.", None, None, PS + "000109355724000010-altman-steven-r-2024-01-16 F2", "weighted average"),
 ("The reported transactions were effected pursuant to a Rule 10b5-1 trading plan adopted by the Reporting Person on February 16, 2024.", None, None, PS + "000112760224016251-bouvat-merlin-maxime-2024-05-20 F1", "10b5-1 with a date"),
 ("Represents the weighted average sales price per share. The shares sold at prices ranging from $16.335 to $16.93 per share. Full information regarding the number of shares sold at each price shall be provided upon request to the staff of the U.S. Securities and Exchange Commission, the Issuer, or a security holder of the Issuer.", None, None, PS + "000112760224016251-bouvat-merlin-maxime-2024-05-20 F2", "weighted average"),
 ("The transaction reported by the Reporting Person was effected pursuant to a Rule 10b5-1 trading plan adopted on September 15, 2023.", None, None, PS + "000146936724000120-fenster-edward-harris-2024-06-12 F1", "10b5-1"),
 ("Shares held following the reported transaction include 26,673 restricted stock units, which are subject to forfeiture until they vest.", None, None, PS + "000146936724000120-fenster-edward-harris-2024-06-12 F3", "holdings composition with an unvested count, no schedule"),
 ("The Ordinary Shares may be represented by American Depositary Shares, each of which represents one Ordinary Share.", None, None, PS + "000157642724000153-damon-ryan-2024-12-13 F1", "ADS ratio"),
 ("The reported price in Column 4 is a weighted average purchase price. These shares were purchased in multiple transactions at prices ranging from $42.48 to $42.65 per share. The Reporting Person undertakes to provide to the Issuer, any security holder of the Issuer, or the staff of the Securities and Exchange Commission, upon request, full information regarding the number of shares purchased at each separate price within the range set forth in this footnote.", None, None, PS + "000157642724000153-damon-ryan-2024-12-13 F3", "weighted average purchase"),
 ("Each share of Series E Preferred Stock will automatically convert into one share of Class B Common Stock immediately upon the closing of the Issuer's initial public offering (IPO), and has no expiration date.", None, None, ET + "data/ownership/form3.snow.xml (Snowflake Form 3, 2020-09-15, Mark Garrett) F1", "IPO conversion"),
 ("The shares are held by the Garrett Family Investment Partnership, L.P. for which the Reporting Person is the general partner.", None, None, ET + "data/ownership/form3.snow.xml F4", "partnership holding"),
 ("The option is held by the Mark Garrett 2011 Irrevocable Trust FBO Brittany R.G. Smith, U/T/D 7/21/11 for which the Reporting Person is a trustee.", None, None, ET + "data/ownership/form3.snow.xml F6", "option held by a trust (date is the trust's)"),
 ("The reported securities are owned directly by Columbia Insurance Company, a subsidiary of Berkshire Hathaway Inc. (\"Berkshire\"). As Berkshire is in the chain of ownership of such subsidiary listed above, it may be deemed presently to both beneficially own and have a pecuniary interest in all shares of Common Stock presently directly owned by such subsidiary. Warren E. Buffett, as the controlling stockholder of Berkshire, may be deemed presently to beneficially own, but only to the extent he has a pecuniary interest in, the shares of Common Stock presently owned by such subsidiary. Mr. Buffett disclaims beneficial ownership of the reported securities except to the extent of his pecuniary interest therein.", None, None, ET + "data/form3.snow.nonderiv.xml (Snowflake Form 3, Berkshire Hathaway) F1 (XML line breaks joined)", "indirect ownership, disclaimer"),
 ("Following the closing of the Issuer's IPO, each share of Class B Common Stock will be convertible at any time at the option of the Reporting Person into one share of Class A Common Stock, and has no expiration date.  After the closing of the Issuer's IPO, on any transfer of shares of Class B Common Stock, each such transferred share will automatically convert into one share of Class A Common Stock, except for certain \"Permitted Transfers\" described in the Issuer's amended and restated certificate of incorporation.", None, None, ET + "data/ownership/form3.snow.xml F2 (&quot; unescaped; double space kept as filed)", "conversion feature"),
 ("The shares are held by the John McMahon 1995 Family Trust for which the Reporting Person is a trustee.", None, None, ET + "data/ownership/form5.snow.xml F4 (XML line break joined)", "trust (0.888 to holdout h014, a sibling trust of the same holder)"),
 ("Represents the number of shares sold by the Reporting Person to cover tax withholding obligations in connection with the vesting of restricted stock units. This sale is mandated by the Issuer's election under its equity incentive plans to require the satisfaction of tax withholding obligations to be funded by a \"sell to cover\" transaction and does not represent a discretionary trade by the Reporting Person.", None, None, "https://www.advfn.com/stock-market/NASDAQ/OKTA/stock-news/82681994/statement-of-changes-in-beneficial-ownership-4 (1)", "sell-to-cover (page line breaks joined)"),
 ("This transaction was effected pursuant to a Rule 10b5-1 trading plan previously adopted by the Reporting Person.", None, None, "https://www.advfn.com/stock-market/NASDAQ/OKTA/stock-news/82681994/statement-of-changes-in-beneficial-ownership-4 (4)", "10b5-1"),
 ("Price represents the weighted average sale price of the shares sold. The sale price ranged from $15.74 to $15.985 per share. Upon request by the Commission staff, the Issuer, or a security holder of the Issuer, the Reporting Person will provide full information regarding the number of shares sold at each separate price within the range set forth in this Form 4.", None, None, PS + "000146936724000120-fenster-edward-harris-2024-06-12 F2", "weighted average"),
 ("The sales reported on this Form 4 were effected pursuant to a Rule 10b5-1 trading plan (the \"Trading Plan\") adopted by the Reporting Person. The sales are made in accordance with a trading schedule that is established at the time the Trading Plan is put in place. The Reporting Person entered into the Trading Plan during an open trading window of the Issuer pursuant to its Insider Trading Policy.", None, None, PS + "000157642724000153-damon-ryan-2024-12-13 F2", "10b5-1 with 'trading schedule'"),
 ("Each restricted stock unit (\"RSU\") represents a contingent right to receive, at settlement, one share of Class A Common Stock.", None, None, PS + "000183163122000363-dergurahian-jeffrey-michael-2022-12-23 F1", "unit definition"),
 ("Each performance share unit (\"PSU\") represents a contingent right to receive one share of Issuer's Class A Common Stock.", None, None, PS + "000183163122000363-dergurahian-jeffrey-michael-2022-12-23 F3", "unit definition (PSU)"),
 ("Each restricted share unit converts into one ordinary share upon vesting.", None, None, PS + "000141588923003193-forbes-alexandria-2023-02-21 F2", "conversion ratio (holdout5 used F3 of this filing)"),
 ("Each RSU represents a contingent right to receive 1 share of the Issuer's Class B common stock upon settlement for no consideration.", None, None, "http://business.inyoregister.com/inyoregister" + GW + "156761918002958 (2)", "unit definition"),
 ("Each share of Class B Common Stock is convertible into one share of Class A Common Stock at the option of the holder.", None, None, "https://money.mymotherlode.com/clarkebroadcasting.mymotherlode" + GW + "120919118059365 (7)", "conversion feature (0.897 to holdout4 q090)"),
]
for text, gd, n, src, note in NV:
    add(text, "not_vesting", gd=gd, N=n, src=src, note=note)

S.check(30, 150)

S.check_fresh(HERE, 0.9, verbose="-v" in sys.argv)

S.write(os.path.join(HERE, "footnotes-holdout6.jsonl"))
if __name__ == "__main__":
    import collections
    print(len(rows), dict(collections.Counter(r["expect"]["kind"] + ("/NG" if r["expect"].get("error") else "") for r in rows)))
