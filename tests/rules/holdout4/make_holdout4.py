#!/usr/bin/env python3
"""Regenerates footnotes-holdout4.jsonl (held-out set 4: footnotes of real EDGAR Form 3/4/5 filings).

Same conventions and method as ../holdout3/make_holdout3.py; expectations are computed here from the footnote text
alone, independently of rules/ and engine/ code:
  * cumulative round-down over the whole grant: tranche k = floor(N*c_k) - floor(N*c_{k-1}), c_k the exact
    cumulative fraction (fractions.Fraction); the final tranche takes the rest; zero tranches dropped; stated
    share counts used as stated;
  * month steps are always taken from the ORIGINAL anchor with the day clamped to month end; quarterly = 3 months;
  * "beginning/commencing on X" = first installment on X; "thereafter" continues from the cliff date; installments
    "over N years" with no start = first installment one period after the grant date;
  * a grant/commencement date stated in the text overrides the transaction date (earlier tranches keep their dates);
    immediate = one tranche on the grant date (kind immediate); early-exercisable options set exercisable_immediately;
  * performance-only: no tranches; mixed: only the time portion is dated;
  * a needed date the inputs do not give -> {"kind": K, "tranches": [], "error": "needs grant_date"} (no grant_date key);
    an unstated commencement/start date, an event anchor, an internal inconsistency or anything that cannot be told
    with certainty -> kind "unrecognized" (with a note).
Where a row is the settlement (M) of one installment, the footnote's schedule is applied to the row's share count
(the test is of the text), as in holdout3. Every line records its origin (`source`); none uses a rounded display count.
No text repeats (or nearly repeats) a line of /work/shared/corpus/footnotes-dev.jsonl or of holdout 1-3
(difflib-checked; see README.md).
"""
import json, calendar, datetime as dt, os
from fractions import Fraction as F
from decimal import Decimal
from math import floor

import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from holdout_expect import D, addm, sched, equal, cliff_then, stated, dates_equal, merged, HeldOut  # noqa: E402 (the shared conventions)

HERE = os.path.dirname(os.path.abspath(__file__))


S = HeldOut("q", "holdout4")
rows, add = S.rows, S.add


NG = "needs grant_date"
PS = "https://portfoliosavvy.com/report/"
SI = "https://secinvestors.com/report/"
GW = "/action/getedgarwindow?accesscode="

# ================================================================ time_based (exact counts: stated in the text or shown exactly)
MAMMOTH = "http://business.mammothtimes.com/mammothtimes" + GW + "120919113028151"
add("This stock option is scheduled to vest as follows: 2,835 shares on 01/27/2012; 2,834 shares on 01/27/2013; and 2,834 shares on 01/27/2014.",
    "time_based", stated([("2012-01-27", 2835), ("2013-01-27", 2834), ("2014-01-27", 2834)]), N=8503, exp="2021-01-27",
    src=MAMMOTH + " (2)", note="Table II holding of 8,503 options (= sum of the stated counts); no grant date needed")
add("This stock option is scheduled to vest as follows: 4,146 shares on 02/1/2014; 4,146 shares on 02/1/2015; and 4,146 shares on 02/1/2016.",
    "time_based", stated([("2014-02-01", 4146), ("2015-02-01", 4146), ("2016-02-01", 4146)]), N=12438, exp="2023-02-01",
    src=MAMMOTH + " (3)", note="Table II holding of 12,438; month/day written 02/1/YYYY")
add("Each restricted stock unit (\"RSU\") was granted on February 17, 2021 and represents a right to receive one share of common stock on a one-to-one basis. 25% of the RSUs vested and were settled on February 15, 2022, and the other remaining RSUs have continued, and will continue, to vest at a rate of 6.25% per quarter thereafter, subject to Mr. Grimmig's continued employment through the applicable vesting date.",
    "time_based", cliff_then(1983, "2022-02-15", F(1, 4), 12, 3), gd="2024-05-15", N=1983,
    src=SI + "000095017024061600-grimmig-andrew-e-2024-05-15 F1",
    note="25% on 2022-02-15, then 12 x 6.25% quarterly to 2025-02-15; row is the M settlement of 1,983 on 2024-05-15")
add("Reflects the grant of 4,052 time-based restricted stock units granted to the Reporting Person on March 1, 2025, of which 1,337 shares will vest on March 1, 2026, 1,337 shares will vest on March 1, 2027, and the remaining 1,378 shares will vest on March 1, 2028. Each time-based restricted stock unit is economically equivalent to one share of common stock of the issuer.",
    "time_based", stated([("2026-03-01", 1337), ("2027-03-01", 1337), ("2028-03-01", 1378)]), gd="2025-03-01", N=4052,
    src=SI + "000143774925006194-strong-saundra-2025-03-01 F3", note="bank holding company (BFST); stated counts")
add("The restricted stock units will vest, subject to continued employment, in approximate equal thirds on 2/15/2023, 2/15/2024 and 2/15/2025.",
    "time_based", dates_equal(1211, ["2023-02-15", "2024-02-15", "2025-02-15"]), gd="2023-02-15", N=1211,
    src=PS + "000122520823002205-childress-john-m-ii-2023-02-15 F2", note="row is the M settlement of 1,211 on 2023-02-15 (exact page)")
add("Includes 148,911 restricted share units that vest as follows: 6,667 that vest on June 7, 2013; an aggregate of 5,000 that vest ratably on each of March 7, 2014 and 2015; an aggregate of 30,000 that vest ratably on each of November 7, 2013, 2014 and 2015; an aggregate of 75,000 that vest ratably on each of February 12, 2014, 2015 and 2016; and an aggregate of 32,244 that vest ratably on each of March 7, 2014, 2015 and 2016.",
    "time_based", merged([stated([("2013-06-07", 6667)]), dates_equal(5000, ["2014-03-07", "2015-03-07"]),
                          dates_equal(30000, ["2013-11-07", "2014-11-07", "2015-11-07"]),
                          dates_equal(75000, ["2014-02-12", "2015-02-12", "2016-02-12"]),
                          dates_equal(32244, ["2014-03-07", "2015-03-07", "2016-03-07"])]),
    N=148911, src="https://www.sec.gov/Archives/edgar/data/1568676/000151673113000023/xslF345X03/edgar.xml (1)",
    note="holding of 'Registered Shares' (167,377 including 148,911 RSUs); shares = the stated RSU total; five lots, each ratable and evenly divisible; same-date tranches summed (March 7, 2014/2015)")
add("On September 24, 2010, in connection with the termination of Mr. Walkup's employment relationship, the issuer's Compensation Committee agreed to amend Mr. Walkup's outstanding November 5, 2009 restricted stock award to (i) allow the unvested shares to vest through July 31, 2012, and (ii) eliminate the vesting requirement that Mr. Walkup still be employed with the issuer on the vesting date of the award. This amendment results in a deemed cancellation of the \"original\" restricted stock award and the grant of a replacement restricted stock award. Accordingly, 2,000 shares of Mr. Walkup's unvested award will vest on July 1, 2011, and the remaining 2,000 unvested shares will vest on July 1, 2012. Prior to Mr. Walkup's termination of employment, 2,000 shares of his November 5, 2009 award had vested.",
    "time_based", stated([("2011-07-01", 2000), ("2012-07-01", 2000)]), N=4000,
    src="https://www.sec.gov/Archives/edgar/data/1467253/000114036111021706/misc1.htm (2)",
    note="Explanation-of-Responses exhibit; shares = the two stated unvested counts (the replacement award); the 2,000 already vested are not part of it")
add("The RSUs were awarded on 3/2/2023 and vest in three equal installments on 3/2/2024, 3/2/2025 and 3/2/2026.",
    "time_based", dates_equal(3313, ["2024-03-02", "2025-03-02", "2026-03-02"]), gd="2023-03-02", N=3313,
    src=PS + "000104734023000046-calvo-jesus-rodriguez-2023-03-02 F5", note="Fresh Del Monte (FDP); A row of 3,313 RSUs (exact page)")
add("Includes an award of 479,714 Restricted Stock Units granted on May 20, 2016, which vests in five installments after the grant date, subject to continued employment on the applicable vesting date. Of the 479,714 units subject to the award, 95,942 units vested on May 31, 2017 and 95,943 units will vest on each of May 31, 2018, May 31, 2019, May 31, 2020, and May 31, 2021. Once vested, the units subject to the award are exchangeable for the Company's Class A Common Shares on a one-for-one basis.",
    "time_based", stated([("2017-05-31", 95942), ("2018-05-31", 95943), ("2019-05-31", 95943), ("2020-05-31", 95943), ("2021-05-31", 95943)]),
    N=479714, src="http://business.guymondailyherald.com/guymondailyherald" + GW + "94787117000535 (2)",
    note="voluntary filing (Class A Common Shares); 'Includes an award of N' holding footnote; shares = the stated award")
BERNS = "http://markets.chroniclejournal.com/chroniclejournal" + GW + "95017204003105"
add("Stock Options vest as follows: 10,000 on August 25, 2005; 15,000 on August 25; 2006; 20,000 on August 25, 2007; 25,000 on August 25, 2008 and 30,000 on August 25, 2009.",
    "time_based", stated([("2005-08-25", 10000), ("2006-08-25", 15000), ("2007-08-25", 20000), ("2008-08-25", 25000), ("2009-08-25", 30000)]),
    N=100000, exp="2009-08-25", src=BERNS + " (2)",
    note="Table II holding of 100,000 options on Class A Subordinate Voting Shares; 'August 25; 2006' (semicolon) is in the filing")
add("Restricted Stock Units vest and are deemed to be automatically exercised without any action on Mr. Berns part. Class A Shares will be issued as follows: 16,500 on August 25, 2005; 16,500 on August 25, 2006; and 17,000 shares on September 6, 2007.",
    "time_based", stated([("2005-08-25", 16500), ("2006-08-25", 16500), ("2007-09-06", 17000)]), N=50000, exp="2007-08-25",
    src=BERNS + " (4)", note="Table II holding of 50,000 RSUs; the last date (September 6) differs from the anniversary pattern and is used as stated")
add("Stock Appreciation Rights vest 1/3 on each anniversay of the grant date, expiring four years from the grant date.",
    "time_based", equal(150000, "2004-08-25", 3, 12, 12), N=150000, exp="2008-08-25", src=BERNS + " (1)",
    note="Table II holding of 150,000 SARs expiring 08/25/2008; the text ties the grant date to the expiration (four years earlier: 2004-08-25), so the anniversaries are certain (the table's date exercisable 08/25/2005 agrees); 'anniversay' typo is in the filing")
add("Includes a grant of 28,090 shares of the Issuer's common stock that vests in 36 equal installments on the 1st of every month with the first installment vesting on October 1, 2019.",
    "time_based", equal(28090, "2019-10-01", 36, 1, 0), N=28090,
    src="https://investor.greenwichlifesciences.com/sec-filings/content/0001213900-20-028289/ownership.html (1)",
    note="Form 3 holding at the IPO; shares = the stated grant")
DIBS = PS + "000160064122000164-paul-ross-a-2022-12-08"
add("The initial number of restricted stock units granted shall vest in 16 equal quarterly installments starting on June 8, 2022, provided the Reporting Person continues to have a service relationship with the Issuer at such time. The restricted stock units have no expiration date.",
    "time_based", equal(10062, "2022-06-08", 16, 3, 0), gd="2022-12-08", N=10062, src=DIBS + " F2",
    note="1stdibs; row is the M settlement of 10,062 on 2022-12-08 (exact page)")
add("Fifty percent (50%) of the initial number of restricted stock units granted shall vest in 4 equal quarterly installments starting on June 8, 2022, provided the Reporting Person continues to have a service relationship with the Issuer at such time. Thereafter, fifty percent (50%) of the initial number of restricted stock units granted shall vest in 8 equal quarterly installments starting on June 8, 2023, provided the Reporting Person continues to have a service relationship with the Issuer at such time. The restricted stock units have no expiration date.",
    "time_based", sched(10062, [(addm(D("2022-06-08"), 3 * k), F(k + 1, 8)) for k in range(4)]
                         + [(addm(D("2023-06-08"), 3 * j), F(1, 2) + F(j + 1, 16)) for j in range(8)]),
    gd="2022-12-08", N=10062, src=DIBS + " F3",
    note="two stated series: 4 x 12.5% from June 8, 2022, then 8 x 6.25% from June 8, 2023; applied to the M row's 10,062")
add("50% of the RSUs will vest on September 15, 2022 and 50% of the RSUs will vest on September 15, 2023, subject to the Reporting Person remaining a service provider on each applicable vesting date.",
    "time_based", stated([("2022-09-15", 10000), ("2023-09-15", 10000)]), gd="2021-10-05", N=20000,
    src=PS + "000166470321000159-griffiths-glen-2021-10-05 F2", note="Bloom Energy; A row of 20,000 RSUs (exact page)")
HEART = "https://ir.heartbeam.com/sec-filings/all-sec-filings/content/0001213900-21-058854/ownership.html"
add("Five forty-eighth of the shares vested on date of grant, May 12, 2020, one forty-eighth of the shares subject to the option vested June 11, 2020 and each one-month anniversary thereafter, subject to the Reporting Person continuing as a service provider through each such date.",
    "time_based", sched(27272, [(D("2020-05-12"), F(5, 48))] + [(addm(D("2020-06-11"), k), F(6 + k, 48)) for k in range(43)]),
    N=27272, exp="2030-05-12", src=HEART + " (3)",
    note="Form 3 holding of 27,272 options; 5/48 on the stated grant date, then 43 monthly 1/48 from 2020-06-11 to 2023-12-11")
add("One forty-eighth of the shares subject to the option vest on July 15, 2021 and each one-month anniversary thereafter, subject to the Reporting Person continuing as a service provider through each such date.",
    "time_based", equal(181818, "2021-07-15", 48, 1, 0), N=181818, exp="2031-06-15", src=HEART + " (4)",
    note="Form 3 holding of 181,818 options; 48 monthly from July 15, 2021")
add("On June 7, 2013, the Reporting Persons (defined below) were granted 4,667 restricted stock units, cliff vesting on June 7, 2014.",
    "time_based", stated([("2014-06-07", 4667)]), N=4667,
    src="https://www.sec.gov/Archives/edgar/data/1579503/000114036114045281/nex99_1.htm (2)",
    note="Explanation-of-Responses exhibit; the grant date and count are stated")

# ================================================================ immediate
add("The stock unit becomes vested upon the date of grant and will be converted to an equal number of shares of Issuer's Class A common stock upon Insider's termination of service from the Board of Directors.",
    "immediate", stated([("2023-10-17", 333)]), gd="2023-10-17", N=333,
    src=PS + "000122520823009600-cobb-peter-2023-10-17 F3", note="Designer Brands; +333 stock units (dividend equivalents) on 2023-10-17")
add("The shares subject to the option are fully vested and immediately exercisable.",
    "immediate", err=NG, src="https://advfn.com/stock-market/NASDAQ/ONEM/stock-news/90337772/statement-of-changes-in-beneficial-ownership-4 (3)",
    note="merger disposition rows of options (holdout3 used (2) of this filing); the grant date is not given, so only the error is certain")
add("The option is fully vested.",
    "immediate", err=NG, src="https://www.sec.gov/Archives/edgar/data/1682049/000114036116075996/k17880940.htm (5)",
    note="director option held as nominee for Northwater; no grant date in the filing")
add("Option fully vested.",
    "immediate", err=NG, N=33750, exp="2027-02-09",
    src="github:(repository not named by the code index; scripts/tests/test_parser.py, index file id 63333118205) Snap-on Form 4 of Nicholas T. Pinchuk, 0000091440-26-000159, F9",
    note="footnote on the exercise-date field of an option exercised (M 33,750) on 2026-08-18; the grant date is not given")

# ================================================================ performance
add("Performance-based restricted stock unit (PSU) grant that cliff vests after 3 years between 0% and 150% of the target number of shares (the number of shares listed in box 5) based on the Issuers total stockholder return relative to the KBW Regional Banking Index.",
    "performance", gd="2021-05-27", src=PS + "000162086321000027-giem-judi-2021-05-27-restatement F2", note="TriCo Bancshares; relative TSR")
add("Each performance stock unit represents a contingent right to receive between 0% and 300% of one share of Issuer common stock. The reported number of securities represents the target number of shares that may be earned. The actual number of shares that may be earned will be calculated by comparing the Issuer's relative total shareholder return to the total shareholder return for each company comprising the Issuer's peer group over a three-year performance period from 10/1/2021 to 9/30/2024.",
    "performance", gd="2021-12-01", src=PS + "000122765421000323-crutchfield-kevin-s-2021-12-01 F1", note="Compass Minerals rTSR PSUs")
add("The actual number of shares that may be earned will be determined by the Compensation Committee based on the Issuer's actual performance. Earned and vested performance stock units will generally be settled on the later of October 15, 2024 or the Compensation Committee's determination of performance.",
    "performance", gd="2021-12-01", src=PS + "000122765421000323-crutchfield-kevin-s-2021-12-01 F2", note="settlement date is not a vesting schedule")
add("The Reporting Person holds 32,244 performance share units. Each performance unit represents a contingent right to receive 0 to 2 shares. The conversion ratio ultimately applied to these performance units will be determined based on the absolute increase in the issuer's share price over the performance period (fiscal years 2013-2015). The units are scheduled to vest on January 1, 2016.",
    "performance", N=32244, src="https://www.sec.gov/Archives/edgar/data/1568676/000151673113000023/xslF345X03/edgar.xml (2)",
    note="a vest date is stated, but the number of shares is set by share-price performance")
add("Represents a grant of Class A Restricted Shares, which is subject to both a service condition, vesting 1/3 on each of December 17, 2024, December 17, 2025 and December 17, 2026 (the \"Service Condition\") and a performance condition, vesting when total shareholder return (based on the closing price on the New York Stock Exchange of a Class A Share of the Issuer, and dividends paid thereon, following the grant date) equals or exceeds the Performance Thresholds, as defined below, for a period of 60 calendar days (the \"Performance Condition\"). The Performance Thresholds are as follows: 1/3 of Class A Restricted Shares vest if a total shareholder return of 25% is achieved; an additional 1/3 of Class A Restricted Shares vest if a total shareholder return of 39% is achieved; and the final 1/3 of Class A Restricted Shares vest if a total shareholder return of 53% is achieved, in each case based on a reference price of $24 per Class A Share.",
    "performance", gd="2021-12-17", src=PS + "000140325621000233-ritchea-dava-2021-12-17 F1",
    note="Sculptor; BOTH conditions apply to every share, so no share vests on a service date alone (not a mixed split award); row 104K rounded, omitted")
PHANTOM1 = ("The reporting person was granted an award of 5,551 phantom units on April 12, 2016. 3,331 phantom units (the \"2016 performance phantom units\") will vest as follows: (a) if the quarterly distribution on the common units is less than $0.74 per unit for the fourth quarter of 2018 (which would be paid in the first quarter of 2019), all of the 2016 performance phantom units granted will be forfeited; (b) if the quarterly distribution on the common units for the fourth quarter of 2018 is $0.74 per unit, 50% of the 2016 performance phantom units granted will vest and the remainder will be forfeited; (c) if the distribution on the common units for the fourth quarter of 2018 is $0.79 per unit, 100% of the 2016 performance phantom units granted will vest; and")
add(PHANTOM1, "performance", N=5551, src="http://finance.millvalley.com/camedia.millvalley" + GW + "102232117000018 (1)",
    note="MLP phantom units; this footnote (continued in (2)) covers only the distribution-based portion; ends with 'and' in the filing")
add("Represents performance-based restricted stock, which may be earned between 0% and 200% of the target amount reported herein based upon the Issuer's actual performance as compared with an adjusted EBITDA target during the three-year measurement period. The vesting date is July 30, 2028.",
    "performance", gd="2023-10-26", N=12000, src=PS + "000008943923000074-miritello-christopher-john-2023-10-26 F1",
    note="Mueller Industries; A row of 12,000 (exact page); the vesting date is stated but the number is performance-based")
add("Represents performance-based restricted stock units granted on June 16, 2022 that were earned based on certain performance conditions.",
    "performance", gd="2024-05-20", N=2276, src="https://staging.portfoliosavvy.com/report/000112760224016285-canfield-stuart-2024-05-20 F3",
    note="Electronic Arts; M settlement of 2,276 earned PSUs; a performance-award description without any date schedule")

# ================================================================ mixed
PHANTOM2 = ("(continuation from FN1)(d) if the distribution on the common units for the fourth quarter of 2018 is $0.85 per unit or greater, 150% of the 2016 performance phantom units granted will vest. Should the quarterly distribution on the common units for the fourth quarter of 2018 be between the range of $0.74 per unit and $0.85 per unit, the 2016 performance phantom units will vest between 50% and 150% of the number granted on a pro rata basis. The remaining {svc} phantom units (the \"2016 service phantom units\") will vest fully on April 12, 2019, the third anniversary of the grant date, provided that the reporting person is still employed by the Issuer on such vesting date.")
add(PHANTOM2.format(svc="2,220"), "mixed", stated([("2019-04-12", 2220)]), N=5551,
    src="http://finance.millvalley.com/camedia.millvalley" + GW + "102232117000018 (2)",
    note="time portion 2,220 (stated) on 2019-04-12; the performance portion (3,331) is undated; shares = the grant stated in (1)")
add(PHANTOM2.format(svc="3,806"), "mixed", stated([("2019-04-12", 3806)]), N=9515,
    src="http://finance.cortemadera.com/camedia.cortemadera" + GW + "102232117000020 (2)",
    note="same boilerplate, other officer: 9,515 granted, 3,806 service units")

# ================================================================ unrecognized
add("The option became exercisable in full on the date set forth above under \" Exercisable Date\".",
    "unrecognized", N=10552, exp="2019-01-29", src=MAMMOTH + " (1)",
    note="the date is in the table column, not in the text (and not among the inputs)")
add("On March 18, 2021, the reporting person was granted 20,991 restricted stock units.",
    "unrecognized", gd="2021-12-01", src="https://portfoliosavvy.com/report/000088218421000218-tomnitz-donald-j-2021-12-01 F4",
    note="Forestar; grant stated, no vesting terms at all; any schedule is a guess")
add("25% of the options vested on February 7, 2007. 6.25% of the remaining options vest at each quarter thereafter.",
    "unrecognized", src="https://business.ricentral.com/ricentral" + GW + "118143109006574 (1)",
    note="'6.25% of the remaining' is ambiguous (of the remaining 75%, i.e. 16 quarters, or 6.25% of the grant, 12 quarters), and 'each quarter' has no anchor")
add("25% of the stock appreciation rights vested on July 23, 2008. 6.25% of the remaining stock appreciation rights vest each quarter thereafter.",
    "unrecognized", src="https://business.mammothtimes.com/mammothtimes" + GW + "118143111006800 (1)", note="same boilerplate, SARs")
add("Each unit of a Phantom Restricted Stock Unit became convertible into the cash equivalent of the fair market value of one share of Common Stock in three equal annual installments commencing on the annual vesting date of the year following the year of grant. The date exercisable represents the first vesting date for this Phantom Restricted Stock Unit.",
    "unrecognized", gd="2023-02-13", src=PS + "000122520823002013-ahmad-imran-2023-02-13 F2",
    note="Masco; 'the annual vesting date' is not stated (it is only in the table's date-exercisable column)")
add("The RSUs were awarded on 6/15/2022 and vest in three equal annual installments. The remaining vesting will occur on 3/2/2025.",
    "unrecognized", N=502, src="https://portfoliosavvy.com/report/000104734024000214-apparecido-alexandre-2024-08-15 F4",
    note="holding of the remaining 502; the anniversaries of 6/15/2022 do not match the stated 3/2/2025, and whether the held count is one installment or the rest of the award is not said")
add("RSUs were awarded on 12/1/2020 and vest in five equal installments over four years. The remaining vestings will occur on 12/1/2022, 12/1/2023 and 12/1/24.",
    "unrecognized", N=1800, src="https://portfoliosavvy.com/report/000104734023000046-calvo-jesus-rodriguez-2023-03-02 F3",
    note="holding of 1,800 reported on 2023-03-02 lists 12/1/2022 as 'remaining' though past; five installments over four years from 12/1/2020 do not fit three remaining dates")
add("Vested in participant stock units (and related dividend equivalent stock units) at all times. Company matching stock units (and related dividend equivalent stock units) vest as follows: (a) 100% upon participant's death, disability, or early or normal retirement; (b) 100% upon a change in control of the company; (c) 100% upon involuntary termination for reasons other than disciplinary reasons or termination as a result of the sale or permanent closure of a company facility, operating unit, or division; and (d) 20% on each anniversary of the date account was first credited with stock units under the plan. 20% is cumulative -- after 5 years, participant is completely vested in all stock units in his or her account, including any stock units allocated to the account in the future.",
    "unrecognized", src="http://business.poteaudailynews.com/poteaudailynews" + GW + "1297805000012 (2)",
    note="deferral-plan units: participant units always vested, matching units 20% per anniversary of an unstated first-credit date")


# ---------------------------------------------------------------- second harvesting round (earningsfeed / industry-worded searches)
GASTAR16 = "https://earningsfeed.com/filings/0001209191-16-095065"
GASTAR17 = "https://earningsfeed.com/filings/0001209191-17-006876"
add("The reported shares were acquired pursuant to a restricted share grant and will vest in three equal annual installments beginning on January 30, 2017.",
    "time_based", equal(191176, "2017-01-30", 3, 12, 0), gd="2016-01-30", N=191176, src=GASTAR16 + " F1",
    note="Gastar Exploration; A row of 191,176 shares of common stock on 2016-01-30 (exact)")
add("The RSUs vest with respect to 1/8th of the underlying shares on May 16, 2022; thereafter, 1/8th of the underlying shares shall vest on a quarterly basis, subject to the Reporting Person's continued service with the Issuer or any of its subsidiaries through each vesting date. The RSUs have no expiration date.",
    "time_based", equal(3760, "2022-05-16", 8, 3, 0), gd="2023-11-16", N=3760,
    src=PS + "000120919123056011-homcy-charles-j-2023-11-16 F3",
    note="BridgeBio; row is the M settlement displayed as 3.76K, exact count 3,760 stated in F2 of the same filing; 8 quarterly eighths from May 16, 2022")
add("Grant of restricted stock units that convert into common stock on a one-for-one basis. Vesting occurs in equal increments on the anniversary dates for the following five years.",
    "time_based", equal(6342, "2022-04-01", 5, 12, 12), gd="2022-04-01", N=6342,
    src=PS + "000143774922008320-hufft-christopher-l-2022-04-01 F1", note="Insteel Industries; A row of 6,342 (exact page); five annual anniversaries")
add("The awards vest in equal monthly installments over three years, subject to the recipient's continued employment by the Issuer through the applicable vesting date, provided that, in lieu of the terms of any change in control agreement in place between the Issuer and the reporting person, in the event that the reporting person resigns for Good Reason (as defined in the recipient's change in control agreement) or is terminated without Cause (as defined in recipient's change in control agreement) within twelve months of a Change in Control (as defined in recipient's change in control agreement), 50% of the unvested portion of the awards will become immediately vested (the \"Vesting Schedule\").",
    "time_based", equal(108312, "2022-02-07", 36, 1, 1), gd="2022-02-07", N=108312,
    src=PS + "000120919122020084-pitts-keith-2022-02-07-restatement F2",
    note="MBIA; applied to the 108,312 RSUs that F1 states vest per this Vesting Schedule (the option row is a rounded display); no start stated, so monthly from one month after the grant; the CIC acceleration is contingent")
add("Grants of Restricted Stock Units (RSUs) vest as follows: 25% of the RSUs will vest on the first anniversary of the date of grant, and an additional 6.25% of the RSUs shall vest at the end of each three month period thereafter.",
    "time_based", err=NG, N=554, src=PS + "000143774923030731-feanny-tracy-ann-2023-11-03 F4",
    note="Lattice Semiconductor; row is the M settlement of 554 on 2023-11-03, not the grant; the grant date is not in the filing")
add("The stock options vested ratably over 36 months beginning on the date of grant. and are fully vested.",
    "time_based", err=NG, src=PS + "000121465922014322-horne-william-b-2022-11-30 F3",
    note="Alzamend Neuro; Table II holding; the grant date is not given; '. and' is in the filing")
add("These options were fully vested on issuance.",
    "immediate", err=NG, src=PS + "000121465922014322-horne-william-b-2022-11-30 F2", note="holding (2M, rounded display, omitted); issuance date not given")
add("The number of PBUs reported (191,176) represents the target award. As such, the number of shares that may be issued upon vesting ranges from 0 shares to 382,352 shares. **As discussed in Footnote 9 above, at the end of the performance period, the participant may earn up to 200% of the target award, subject to a maximum award limitation of one million (1,000,000) shares that may be issued to any individual in a calendar year under the Gastar Exploration Inc. Long-Term Incentive Plan.",
    "performance", gd="2016-01-30", N=191176, src=GASTAR16 + " F10", note="2016 Performance Based Units, A 191,176; '**' is in the page")
add("These performance based units (\"PBUs\") vest ratably over a three-year performance period as previously reported.",
    "performance", gd="2017-01-30", src=GASTAR17 + " F4", note="'ratably' over a performance period; the schedule is performance-conditioned")
add("These PBUs vest in their entirety at the end of a three-year performance period as previously reported.",
    "performance", gd="2017-01-30", src=GASTAR17 + " F5")
add("Mr. Horne was granted options, exercisable for 10 years, to purchase 250,000 shares of the Issuer's common stock, of which (i) 50% would vest if the Issuer's common stock closed at or above $10.00 per share for 90 consecutive trading days, and (ii) 10% would vest for each $2.00 per share increment above $10.00 per share for 90 consecutive trading days, with 100% vesting if the Issuer's common stock closed at or above $20.00 per share for 90 consecutive trading days. After November 27, 2026, the number of any unvested shares subject to the option would decrease by 25%. On November 22, 2022, the Issuer modified the vesting criteria of these options to reduce the price targets, which were previously between $10.00 and $40.00 per share, and to extend the period of time for vesting before the 25% of unvested shares subject to the option would be decreased.",
    "performance", N=250000, src=PS + "000121465922014322-horne-william-b-2022-11-30 F1", note="stock-price targets; percentages are of the stated 250,000")

add("Represents the grant of restricted stock units that vest in quarterly installments over four years from the Grant Date. The remaining unvested shares vest as follows: (a) 5.0% of the shares vest on each of August 20, 2016, November 20, 2016 and February 20, 2017; then (b) 7.5% of the shares vest on each of May 20, 2017, August 20, 2017, November 20, 2017 and February 20, 2018; and then (c) 10.0% of the shares vest on each of May 20, 2018, August 20, 2018, November 20, 2018 and February 20, 2019.",
    "unrecognized", src="http://business.pawtuckettimes.com/pawtuckettimes" + GW + "120919116137061 (1)",
    note="the listed 'remaining' installments total 85%; the earlier 15% (and the Grant Date) are not stated; row count not visible")
add("Restricted Stock Unit (RSU) award that vests 25% per year over four-years beginning May 27, 2021. Cash dividends on RSUs are reinvested in additional units at fair market value on the date of a dividend payment on Issuer common stock. Per share value of RSUs on date of grant was $46.52 (based on 30-day average closing price of Issuers common stock on May 21. 2021).",
    "unrecognized", gd="2021-05-27", src=PS + "000162086321000027-giem-judi-2021-05-27-restatement F1",
    note="'beginning May 27, 2021' is the grant date itself: first installment on the grant date (the literal convention) or a year later (25% per year over four years) cannot be told; row count is a rounded display")
add("The shares subject to the RSU will vest on the earlier of (i) the date of the following annual meeting of the Issuer's stockholders (or the date immediately prior to the next annual meeting of the Issuer's stockholders if the Reporting Person's service as a director ends at such meeting due to the Reporting Person's failure to be re-elected or the director not standing for re-election) or (ii) August 6, 2025 (the one year anniversary of the 2024 annual meeting date), subject to continued service as a director through each applicable vesting date. The Reporting Person also elected to defer distribution of vested shares until January 30th of the calendar year following the Reporting Person's separation from service (as defined in 1.409A-1(h)) as a member of the Board for any reason, at which point the vested shares shall be released in a single lump sum.",
    "unrecognized", gd="2024-08-06", src=PS + "000112760224021869-hilton-michael-w-2024-08-06 F3",
    note="Accolade; earlier of an unscheduled annual meeting and August 6, 2025")
add("The restricted stock units vested on the date of the issuer's 2021 Annual Meeting of Stockholders. Vested shares will be delivered to the reporting person on May 21, 2023.",
    "unrecognized", gd="2023-05-21", src=PS + "000124378623000116-seibert-steven-m-2023-05-21-restatement F4",
    note="Mosaic director RSUs; the vesting date is an annual meeting whose date is not stated; the delivery date is not a vesting date")
add("Represents market-based restricted share units (MRSUs) granted on July 1, 2018 upon the achievement of specified performance goals as certified previously by the Compensation Committee on February 22, 2023 and the issuance of shares thereunder is subject to vesting in four equal annual installment commencing in January 2024 provided that the Reporting Person remains in the issuers service through each such vesting date.",
    "unrecognized", gd="2024-01-02", src=PS + "000138746724000013-li-wenjun-2024-01-02 F1",
    note="Alpha & Omega; performance already certified, but 'commencing in January 2024' gives no day (holdout3 has the dated sibling); row count rounded")
add("On February 7, the reporting person was granted 108,312 restricted stock units, which represent a contingent right to receive one share of Issuer's common stock. The restricted stock units vest pursuant to the Vesting Schedule (as defined in footnote (2)) and are delivered to the reporting person upon vesting.",
    "unrecognized", gd="2022-02-07", N=108312, src=PS + "000120919122020084-pitts-keith-2022-02-07-restatement F1",
    note="the schedule is only by reference to another footnote; 'February 7' has no year")
add("One-fifth of the options is exercisable on the date indicated and on each of the next four anniversaries thereof.",
    "unrecognized", gd="2022-04-01", N=11958, src=PS + "000143774922008320-hufft-christopher-l-2022-04-01 F2",
    note="'the date indicated' is the table's date-exercisable column, not in the text or inputs")

# ---------------------------------------------------------------- third harvesting round (earningsfeed.com renderings and other reports)
EF = "https://earningsfeed.com/filings/"
add("On February 15, 2021, the reporting person was granted 250,000 RSU's, 25% of which vested after 180 days after the grant date (the Initial Vesting Period\"). The remaining RSUs will vest in thirty (30) equal monthly installments beginning on the first day of the first month following the Initial Vesting Period.",
    "time_based", sched(250000, [(D("2021-02-15") + dt.timedelta(days=180), F(1, 4))]
                        + [(addm(D("2021-09-01"), k), F(1, 4) + F(3, 4) * F(k + 1, 30)) for k in range(30)]),
    gd="2021-11-01", N=250000, src=PS + "000089924321042659-batesole-mike-2021-11-01 F2",
    note="GRAMF (cannabis holding company; the M row of 6.25K is a rounded display); stated grant date and count; 180 days after 2021-02-15 = 2021-08-14, then 30 monthly installments on the 1st from 2021-09-01; the unbalanced quote is in the filing")
add("On January 15, 2021, the reporting person was granted 306,250 RSU's, 25% of which vested 180 days after the grant date (the Initial Vesting Period\"). The remaining RSUs vest in thirty (30) equal monthly installments beginning on the first day of the first month following the Initial Vesting Period.",
    "time_based", sched(306250, [(D("2021-01-15") + dt.timedelta(days=180), F(1, 4))]
                        + [(addm(D("2021-08-01"), k), F(1, 4) + F(3, 4) * F(k + 1, 30)) for k in range(30)]),
    gd="2021-11-01", N=306250, src=PS + "000089924321042657-o-malley-dennis-2021-11-01 F2",
    note="same issuer, other officer: 180 days after 2021-01-15 = 2021-07-14, then 30 monthly from 2021-08-01 (the M row of 7,656 on 2021-11-01 is exact and equals one monthly installment); cumulative round-down (25% of 306,250 is 76,562.5)")
ACCL = EF + "0001453727-13-000015"
add("The stock options were granted on 7/25/2013. One-quarter of the shares vest upon the first anniversary of the date of grant and 1/48th of the shares vest monthly thereafter so that the option will be fully vested on the fourth anniversary of the date of grant.",
    "time_based", cliff_then(30000, "2014-07-25", F(1, 4), 36, 1), gd="2013-07-25", N=30000, exp="2023-07-25", src=ACCL + " F3",
    note="Accelrys (software); A row of 30,000 non-qualified options exercisable from 2014-07-25, expiring 2023-07-25 (exact)")
add("The restricted stock units were granted on 7/25/2013 and vest in equal annual installments over a three year period beginning on the date of grant.",
    "unrecognized", gd="2013-07-25", N=12000, src=ACCL + " F1",
    note="the number of installments is not stated and 'beginning on the date of grant' may put the first installment on the grant date (3 or 4 installments) or only start the period (anniversaries 1-3)")
CRAY = EF + "0001209191-10-027883"
add("Restricted stock award; 17,500 shares will vest on May 12, 2012 and remaining 17,500 shares will vest in full on May 12, 2014.",
    "time_based", stated([("2012-05-12", 17500), ("2014-05-12", 17500)]), gd="2010-05-12", N=35000, src=CRAY + " F1",
    note="Cray (supercomputers); A row of 35,000 shares of common stock (exact); stated counts")
add("25% vests on May 12, 2011 and 1/48th vests monthly thereafter such that fully vested on May 12, 2014.",
    "time_based", cliff_then(35000, "2011-05-12", F(1, 4), 36, 1), gd="2010-05-12", N=35000, exp="2020-05-12", src=CRAY + " F2",
    note="A row of 35,000 options expiring 2020-05-12 (exact)")
add("The option is scheduled to vest as to 25% of the shares covered by the option on the first anniversary of the grant date and as to the remaining 75% of the shares on a daily basis over the three-year period thereafter.",
    "unrecognized", gd="2009-02-17", N=150000, exp="2019-02-17", src=EF + "0001144204-09-013752 F1",
    note="InSite Vision (ophthalmic pharma); daily vesting: the number of daily installments (1,096 days incl. 2012-02-29) and the per-day rounding are not determinable from the text")
add("The shares subject to this RSU shall vest at a rate of twenty-five percent of the total number of shares on the one-year anniversary of June 16, 2021 (the \"June 2021 Vesting Commencement Date\") and 1/48th of the total number of shares each monthly anniversary of the June 2021 Vesting Commencement Date thereafter for so long as the Reporting Person provides continuous service to the Issuer, such that the total number of shares shall be fully vested on the four-year anniversary of the June 2021 Vesting Commencement Date.",
    "time_based", cliff_then(510, "2022-06-16", F(1, 4), 36, 1), gd="2023-10-16", N=510,
    src=PS + "000112760223026038-cavanaugh-robert-n-2023-10-16 F4",
    note="Accolade (health services); row is the M settlement of 510 on 2023-10-16 (exact); the schedule is applied to the row count")
add("The stock option vests as of 1/48 of the total shares monthly beginning on May 13, 2021 until fully vested, subject to the Reporting Person's provision of service to the Issuer on each vesting date.",
    "time_based", equal(36880, "2021-05-13", 48, 1, 0), gd="2021-11-29", N=36880,
    src=PS + "000120919121067355-robinson-berry-joan-2021-06-14-restatement F1",
    note="Proterra (electric buses); replacement option re-priced on 2021-11-29; rows display 36.9K, the exact 36,880 shares are stated in F2 of the same filing")
add("The option, originally for 361,090 shares, of which 18,950 shares have been exercised, vested as to 1/4 of the shares on August 1, 2019, and an additional 1/48 of the shares subject to the option shall vest monthly thereafter, subject to the Reporting Person remaining a service provider through each such date.",
    "time_based", cliff_then(361090, "2019-08-01", F(1, 4), 36, 1), gd="2021-05-14", N=361090,
    src=PS + "000120919121033858-chen-daniel-shinyu-2021-05-14 F3",
    note="IGM Biosciences; shares = the stated original grant (the row is an exercise of 900); exercised shares do not change the schedule")
add("Shares issued in settlement of the vesting of performance restricted stock units (\"PRSUs\") granted to the Reporting Person. Each PRSU converted into one share of the Issuer's common stock. The vesting and distribution of the PRSUs will occur in five (5) roughly equal installments commencing on May 19, 2023 with a total of 6,362 shares vesting.",
    "unrecognized", gd="2023-05-25", src=PS + "000112760223016934-eskew-richard-2023-05-25 F2",
    note="Accolade; five 'roughly equal' installments with no interval stated; row count is a rounded display and is omitted")
add("Represents a grant of time-vested Restricted Stock Units (RSUs) that will be settled in shares of the issuer's common stock on a one-for-one basis. These RSUs vest in April 2019. At the time of vesting, sufficient shares may be withheld to cover the executive's tax liabilities. All shares delivered at each vesting are subject to an additional three year holding period.",
    "unrecognized", gd="2018-02-26", src=EF + "0000743367-18-000043 F1",
    note="Bar Harbor Bankshares; month without a day; shares omitted (which of the exact RSU rows carries F1 is not shown on the page)")
add("THIS REPRESENTS AN AWARD OF RESTRICTED STOCK UNITS. EACH UNIT WILL ENTITLE THE REPORTING PERSON TO ONE SHARE OF THE ISSUER'S COMMON STOCK UPON VESTING. THE UNITS WILL VEST IN FULL UPON THE EARLIER OF (I) THE REPORTING PERSON'S COMPLETION OF ONE YEAR OF SERVICE MEASURED FROM JUNE 25, 2021, OR SUCH INDIVIDUAL'S CONTINUATION IN BOARD SERVICE THROUGH THE DAY IMMEDIATELY PRECEDING THE 2022 ANNUAL SHAREHOLDERS MEETING (THE \"VESTING DATE\").",
    "unrecognized", gd="2021-06-25", src=PS + "000143774921015921-lawrence-sandra-aj-2021-06-25 F1",
    note="American Shared Hospital Services; upper case in the filing; earlier of 2022-06-25 and the day before an unscheduled annual meeting; row count is a rounded display")
add("Represents a performance-based restricted stock unit grant of 579,710 target shares. The performance-based restricted stock units are scheduled to vest based on the Issuer's Class A Common Stock achieving certain average closing prices per share over a three-year performance period. The number of performance-based restricted stock units reported represents the maximum number of shares issuable under the award. The number that would be received upon vesting, if any, may vary from 0% to 200% of the target number. The number of performance-based restricted stock units reported in the table above represents the maximum number of shares issuable under the award. Any earned performance-based restricted stock units vest in full on February 28, 2025, the last day of the performance period.",
    "performance", gd="2022-03-03", src=PS + "000120919122016054-patel-chirag-k-2022-03-03 F2",
    note="Amneal Pharmaceuticals; stock-price PSUs; the row (maximum) is a rounded display and is omitted")
add("Out Performance Shares Award - granted 3/27/2015 - performance period is from January 1, 2015 to December 31, 2017. Awards will vest 50% on December 31, 2017 and 50% on December 31, 2018 and will be available to the grantee provided that certain performance criteria are met. The actual number of shares earned could range from 0 to 300% of the number of Performance Shares granted. Fair market value on date of grant is $25.31 per share. There is no fixed expiration date.",
    "performance", N=10000, src=EF + "0001661507-18-000006 F10",
    note="holding of 10,000 '2015 Out Performance Shares' (exact); dates are given but every share is performance-conditioned")

add("Options vested and became exercisable in equal 25% installments on each anniversary date of the grant on March 7, 2016, subject to continued service through each applicable vesting date. The options vested in their entirety on March 7, 2020.",
    "time_based", equal(100, "2016-03-07", 4, 12, 12), gd="2023-08-07", N=100,
    src=PS + "000106299323016070-swygert-john-w-2023-08-07-restatement F3",
    note="Ollie's Bargain Outlet; row is the M exercise of 100 options (exact); the stated grant date gives the anniversaries 2017-2020 (consistent with 'in their entirety on March 7, 2020')")
add("The stock option vests, as follows: (i) 13,043 shares subject to the option vested on the date of grant, and (ii) the remaining 39,127 shares will vest in equal (as nearly as possible) monthly installments over the succeeding 36 months, subject, in each case, to the Reporting Person remaining an employee of the Issuer on the applicable vesting date.",
    "time_based", sched(52170, [(D("2022-07-01"), F(13043, 52170))]
                        + [(addm(D("2022-07-01"), k), F(13043, 52170) + F(39127, 52170) * F(k, 36)) for k in range(1, 37)]),
    gd="2022-07-01", N=52170, src=PS + "000149315222018724-orzechowski-frank-2022-07-01 F1",
    note="Smith Micro Software; A row displayed as 52.2K; shares = 13,043 + 39,127 stated in the text; 13,043 on the grant date, then 36 monthly installments (cumulative round-down)")
add("Options vest on the earlier of June 7, 2024 or the date of the next annual meeting of stockholders, subject to the reporting person's continuous service on the applicable vesting date.",
    "unrecognized", gd="2023-06-07", src=SI + "000120919123036073-schoeneck-james-a-2023-06-07 F4",
    note="FibroGen director option; earlier of a fixed date and an unscheduled annual meeting; row count is a rounded display")

# ================================================================ not_vesting (real)
NV = [
 ("Represents the weighted average sale price of a series of open market transactions with sale prices ranging between $82.705 and $85.975.",
  "2024-08-09", None, PS + "000095017024094967-jacobson-mark-l-2024-08-09 F4", "Axsome; weighted average price"),
 ("Represents shares withheld by the Issuer to pay the exercise price and taxes pursuant to the \"net exercise\" of 900 option shares.",
  "2021-05-14", 456, PS + "000120919121033858-chen-daniel-shinyu-2021-05-14 F2", "net exercise; F row of 456 (exact)"),
 ("In a Form 4 filed on June 16, 2021, the reporting person reported that, on June 14, 2021, an employee stock option she had previously been granted was automatically converted into an employee stock option covering 36,880 shares of common stock of the Issuer, having an exercise price of $10.01 a share. It was subsequently determined that the exercise price of the option was less than the market price of the Issuer's common stock on the grant date, which was $12.25 a share. To avoid adverse tax consequences, the reporting person and the Issuer agreed to amend the option to provide that the option will have an exercise price of $12.25 a share. The amendment of the option is reported in this Form 4 as a cancellation of the original option and the grant of a replacement option.",
  "2021-11-29", 36880, PS + "000120919121067355-robinson-berry-joan-2021-06-14-restatement F2", "option repricing/replacement with a count and dates; no schedule"),
 ("REPRESENTS SHARES AUTOMATICALLY SOLD TO SOLELY SATISFY TAX OBLIGATIONS TRIGGERED BY THE VESTING OF PREVIOUSLY GRANTED RESTRICTED STOCK UNITS (\"RSUs\") WITH THE REMAINING VESTED SHARES CONTINUING TO BE HELD BY THE HOLDER. THESE SALES INVOLVED NO DISCRETION BY THE REPORTING PERSON.",
  "2023-07-19", None, PS + "000114036123035637-carnie-andrew-2023-07-19 F1", "Shift4 Payments; sell-to-cover in upper case; row counts are rounded displays"),
 ("Represents shares withheld for the payment of applicable income and payroll withholding taxes.", "2022-02-05", 147,
  PS + "000112760222003799-genovese-yvonne-2022-02-05 F2", None),
 ("The reported amount reflects an adjustment to correct a clerical error in the Reporting Person's Form 4 filed on February 26, 2024, which resulted in the underreporting of the number of performance-based stock units by 105 shares.",
  None, None, PS + "000157642724000153-damon-ryan-2024-12-13 F4", "correction of a count of performance units"),
 ("Includes common stock owned and unvested restricted stock units. Applicable to all amounts in column 5.", None, None,
  PS + "000112479624000109-corso-joseph-john-2024-09-03 F2", "holdings composition"),
 ("Reflects shares purchased as a result of the Reporting Person's participation in the Issuer's employee stock purchase plan, exempt pursuant to Rule 16b-3(c).", "2023-02-06", 4595,
  PS + "000095017023019974-merris-john-2023-02-06 F1", "ESPP purchase"),
 ("On May 30, 2023, Mr. Altman adopted a 10b5-1 Plan. This 10b5-1 Plan allows the orderly disposition of shares owned by Mr. Altman. The shares set forth above were sold pursuant to the 10b5-1 Plan.", "2024-01-16", None,
  PS + "000109355724000010-altman-steven-r-2024-01-16 F1", None),
 ("Shares are held by the Steven R. and Lisa J. Altman, TTEE's Altman Family Trust DTD 8/21/92, with respect to which the reporting person is a trustee.", None, None,
  PS + "000109355724000010-altman-steven-r-2024-01-16 F3", "trust"),
 ("Represents a pro-rata award of the annual director equity retainer award from appointment to the Board.", "2024-02-19", None,
  PS + "000104734024000123-puri-ajai-2024-02-19 F4", "describes why the award was made, not when it vests (holdout3 used F1/F5; F5 holds the schedule)"),
 ("Includes shares of common stock acquired under the Issuer's employee stock purchase plan and unvested shares of restricted stock. Does not include unvested performance shares which will be reported when earned upon achievement of certain performance criteria.", None, None,
  PS + "000120919123056680-gottsegen-jonathan-mark-2023-11-22 F2", "holdings composition mentioning unvested and performance shares"),
 ("Each share of Class B Common Stock is convertible into one share of Class A Common Stock at the option of the holder and has no expiration date.", None, None,
  "https://www.advfn.com/stock-market/NASDAQ/OKTA/stock-news/82681994/statement-of-changes-in-beneficial-ownership-4 (3)", "conversion feature"),
 ("Represents deferred stock units purchased by the reporting person with automatic payroll deductions and partial company matching contributions. Deferred stock units are settled only in stock on a 1-for-1 basis.", "2024-11-29", 1934,
  SI + "000112760224028563-desroches-pascal-2024-11-29 F1", None),
 ("Represents common stock acquired by the vesting of a portion of the 20,991 restricted stock units awarded March 18, 2021 to cover withholding tax obligations.", "2021-12-01", 783,
  PS + "000088218421000218-tomnitz-donald-j-2021-12-01 F1", "describes a past vesting event of another grant"),
 ("Represents shares withheld to satisfy tax obligations in connection with the vesting of 1,983 RSUs on May 15, 2024.", "2024-05-15", 958,
  SI + "000095017024061600-grimmig-andrew-e-2024-05-15 F2", "withholding with a count and a date"),
 ("No transaction is being reported at this time. This line is only reporting holdings as of the date hereof.", None, None,
  SI + "000143774925006194-strong-saundra-2025-03-01 F1", None),
 ("Amended Form 4 to update Table 2 Section 4 code to A from incorrect code M", "2021-05-27", None,
  PS + "000162086321000027-giem-judi-2021-05-27-restatement F3", "amendment note (no final period in the filing)"),
 ("Received in exchange for 257,714 shares of Class A common stock of CarLotz, Inc. (\"CarLotz\") pursuant to the terms of the Agreement and Plan of Merger, dated as of August 9, 2022 (the \"Merger Agreement\"), by and among CarLotz, Shift Technologies, Inc. (the \"Issuer\") and Shift Remarketing Operations, Inc. (\"Merger Sub\"), pursuant to which, on December 9, 2022 (the \"Effective Time\"), among other things, CarLotz was merged with and into Merger Sub, with CarLotz surviving as a wholly owned subsidiary of the Issuer (the \"Merger\").",
  "2022-12-09", None, PS + "000176232222000138-skinner-james-e-2022-12-09 F1", "merger exchange"),
 ("The RSUs are exercisable at the time of vesting and do not have a set expiration date.", None, None,
  PS + "000083164122000061-argus-roger-r-2022-11-16 F3", "Tetra Tech; exercisability/expiration statement without a schedule"),
 ("Pursuant to their terms, Stock Appreciation Rights (SARs) were automatically exercised on March 7, 2023, which was the tenth anniversary of the grant date. March 31, 2023 is the earliest date on which the Company was able to complete SARs calculations, based on the availability of its stock price valuation.",
  "2023-03-31", None, SI + "000160971623000006-doyle-james-edgar-2023-03-31 F1", "automatic exercise at the end of the term; an anniversary that is not a vesting date"),
 ("Exercise of Rule 16b-3 stock option pursuant to a Rule 10b5-1 Plan, which was adopted on November 3, 2025.", "2026-08-18", 33750,
  "github:(repository not named by the code index; scripts/tests/test_parser.py, index file id 63333118205) Snap-on Form 4 of Nicholas T. Pinchuk, 0000091440-26-000159, F10", None),
 ("Includes 119 shares of common stock and 1,127 shares of common stock held in the issuer's stock fund. The number of shares allocated to the reporting person in the issuer's stock fund is equal to his September 18, 2017, account balance in the issuer's stock fund divided by the closing price of the issuer's common stock on September 18, 2017. The issuer's stock fund in its 401(k) Plan is unitized and as such does not itself allocate a specific number of shares to participants.",
  None, None, "https://au.advfn.com/stock-market/NYSE/CAB/stock-news/75719943/statement-of-changes-in-beneficial-ownership-4 (3)", "401(k) unitized fund (holdout3 used (4), (6), (7) of this filing)"),
 ("Additional PSUs acquired as a result of the quarterly dividend.", "2022-09-28", 221,
  PS + "000112760222023085-khaykin-oleg-2022-09-28 F2", "Avnet; here 'PSU' means Phantom Stock Unit (F1); dividend credit"),
 ("Shares represent dividend equivalent rights accrued on previously awarded stock units.", "2023-10-17", 333,
  PS + "000122520823009600-cobb-peter-2023-10-17 F2", "dividend equivalents; the vesting statement is the separate F3"),
 (".7127 Dividend Equivalent Units (\"DEUs\") were deducted from the total due to fractional shares being paid in cash.", "2022-12-01", 31,
  PS + "000104734022000324-calvo-jesus-rodriguez-2022-12-01 F1", "fractional unit cashed out"),
 ("This report is a voluntary filing.", None, None, "http://business.guymondailyherald.com/guymondailyherald" + GW + "94787117000535 (1)", None),
 ("Stock Appreciation Rights are settled in cash.", None, None, BERNS + " (3)", None),
 ("The amount shown represents the vesting of the Class A Restricted Share Units held by the Reporting Person.", "2023-01-01", None,
  PS + "000140325623000020-cohen-wayne-2023-01-01 F1", "Sculptor; says 'vesting' but only explains the row (a settlement), no schedule; row counts are rounded displays and omitted"),
 ("The securities are immediately convertible.", None, None, "http://business.malvern-online.com/inyoregister" + GW + "120919107030056 (1)",
  "preferred stock conversion feature; 'immediately' is not vesting"),
 ("On October 20, 2023, the Issuer effected a 2-for-1 stock split of its common stock in the form of a stock dividend, as a result of which the Reporting Person received an additional 41,142 shares of common stock.",
  "2023-10-26", None, PS + "000008943923000074-miritello-christopher-john-2023-10-26 F2", "stock split"),
 ("Represents shares acquired upon the vesting of the first installment of the RSUs noted in footnote 4 on February 10, 2022. The RSUs convert into common stock on a one-for-one basis.", "2022-02-10", None,
  PS + "000112760222004612-kranich-robin-b-2022-02-09 F1", "Gartner; a past vesting event of another line's award; row count is a rounded display and omitted"),
 ("Represents $275,742.60 of outstanding principal and interest calculated through November 10, 2021. The note will convert into 65,653 shares of Common Stock upon the closing of the Issuer's initial public offering of Common Stock (the \"IPO\").",
  None, 65653, HEART + " (1)", "convertible note; IPO conversion is not vesting"),
]
for text, gd, n, src, note in NV:
    add(text, "not_vesting", gd=gd, N=n, src=src, note=note)

# ---------------------------------------------------------------- checks and output
S.check(100, 150)
S.write(os.path.join(HERE, "footnotes-holdout4.jsonl"))
if __name__ == "__main__":
    import collections
    print(len(rows), dict(collections.Counter(r["expect"]["kind"] for r in rows)))
