#!/usr/bin/env python3
"""Regenerates footnotes-holdout3.jsonl (held-out set 3: footnotes of real EDGAR Form 3/4/5 filings).

Expectations are computed here from the footnote text alone, independently of rules/ and engine/ code:
  * cumulative round-down over the whole grant: tranche k = floor(N*c_k) - floor(N*c_{k-1}), c_k the exact
    cumulative fraction (fractions.Fraction); the final tranche takes the rest; stated counts used as stated;
  * month steps are always taken from the ORIGINAL anchor with the day clamped to month end
    (Jan 31 -> Feb 29 -> Mar 31); quarterly = 3 months, semi-annual = 6, annual = 12;
  * "beginning/commencing on X" = first installment on X; "thereafter" continues from the cliff date;
    "over N years"/"N annual installments" without a start = first installment one period after the grant
    date (or after a stated vesting commencement date);
  * a grant/commencement date stated in the text overrides the transaction date (earlier tranches keep
    their dates); immediate = one tranche on the grant date;
  * performance-only: no tranches; mixed: only the time portion is dated;
  * a needed date the inputs do not give -> {"kind": K, "tranches": [], "error": "needs grant_date"};
    an unstated commencement/start date, a future-event anchor, an internal inconsistency or a schedule
    that cannot honestly be told -> kind "unrecognized" (with a note).
Each case records where the text came from (`source`) and, when the row's share count is not exact in the
source (a rounded "+50K"-style display), says so in `note` (`shares_from`).
"""
import json, calendar, datetime as dt, os
from fractions import Fraction as F
from decimal import Decimal
from math import floor

import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from holdout_expect import D, addm, sched, equal, cliff_then, stated, num, HeldOut  # noqa: E402 (the shared conventions)

HERE = os.path.dirname(os.path.abspath(__file__))


S = HeldOut("r", "holdout3")
rows, add = S.rows, S.add


NG = "needs grant_date"
ROUNDED = "shares_from: rounded display value on the report page (exact row count not shown); text is verbatim"

# ---------------------------------------------------------------- sources
MVIS = "github:cameronjefferey/candlechaser/tests/fixtures/form4.xml (MicroVision Form 4, Drew G. Markham, period 2026-06-08)"
YQ = "github:Sevaosipov/claudetelegram/tests/fixtures/form4.xml (17 Education & Technology Form 4, period 2026-09-03)"
JPM = ("github:(repository not named by the code index; tracker.parser Form4Parser unit test, index file id 37299991233) "
       "JPMorgan Chase Form 4 of James Dimon, accession 0001225208-22-005164")
AOSL = "github:syeo-1/secform4project/airflow/dags/tests/multi_standard_acquisition.xml (Alpha & Omega Semiconductor, 0001387467-25-000038)"
WDAY = "github:syeo-1/secform4project/airflow/dags/tests/workday_standard_disposal.xml (Workday, 0001327811-25-000050)"
DKNG = "github:syeo-1/secform4project/tests/draftking_multi_disposal.xml (DraftKings, 0001104659-25-025206)"
AAPL1 = ("github:(repository not named by the code index; services/sec/ownership-parser unit test, index file id 41648317180) "
         "Apple Form 4 of Kevan Parekh, period 2025-10-15")
AAPL2 = ("github:(repository not named by the code index; go_doc_go XML-embedding test, index file id 63227787135) "
         "Apple Form 4 of James A. Bell, period 2023-02-01")
PS = "https://portfoliosavvy.com/report/"
SI = "https://secinvestors.com/report/"
GW = "getedgarwindow?accesscode="

# ================================================================ GitHub XML (real filings)
add("On June 6, 2025, the Issuer's Compensation Committee approved a grant of RSUs, which are scheduled to vest as to 33% on each annual anniversary of the grant date until fully vested on June 6, 2028, subject to the Reporting Person's continued employment with the Issuer on each vesting date.",
    "time_based", sched(118800, [(D("2026-06-06"), F(33, 100)), (D("2027-06-06"), F(66, 100)), (D("2028-06-06"), F(1))]),
    gd="2026-06-08", N=118800, src=MVIS + " F7",
    note="row is the M conversion of 118,800 RSUs on 2026-06-08; stated grant date June 6, 2025 is the anchor; 33%/33%/remaining 34%")
add("RSUs vested on June 8, 2026, on the one-year anniversary of grant, upon determination by the Issuer's Compensation Committee of the level of achievement of performance objectives pursuant to the 2025 Executive Bonus Plan.",
    "immediate", stated([("2026-06-08", 150000)]), gd="2026-06-08", N=150000, src=MVIS + " F5",
    note="row is the A acquisition of 150,000 already-vested RSUs on 2026-06-08; the performance determination is past; time_based with the same single tranche is equally defensible, a future/unknown schedule is not")
add("Represents PSU granted on March 15, 2024 upon the achievement of specified performance goals as certified previously by the Compensation Committee on February 28, 2025 and the issuance of shares thereunder is subject to vesting in four equal annual installment commencing on March 15, 2025 provided that the Reporting Person remains in the issuer's service through each such vesting date.",
    "time_based", equal(10000, "2025-03-15", 4, 12, 0), gd="2025-03-17", N=10000, src=AOSL + " F7",
    note="performance already certified; remaining condition is service; first installment (2025-03-15) precedes the transaction date and keeps its date")
add("The Restricted Share Unit (RSU) shall vest in equal annual installments over four (4) years from March 17, 2025, provided that the Reporting Person remains in the Issuer's service through each such vesting date.",
    "time_based", equal(10000, "2025-03-17", 4, 12, 12), gd="2025-03-17", N=10000, src=AOSL + " F1")
add("This award was granted on September 26, 2021. 12.5% of the award vested on April 15, 2022 and the remaining restricted stock units vested 12.5% in semi-annual installments over the four-year period ending October 15, 2025.",
    "time_based", sched(5530, [(addm(D("2022-04-15"), 6 * k), F(k + 1, 8)) for k in range(8)]),
    gd="2025-10-15", N=5530, src=AAPL1 + " F8",
    note="8 installments of 12.5%: Apr 15 2022, then every 6 months through Oct 15 2025; row is the M settlement (5,530) of the last one")
add("This award was granted on October 1, 2023. 12.5% of the award vested on April 15, 2024 and the remaining restricted stock units vest 12.5% in semi-annual installments over the four-year period ending October 15, 2027, subject to the terms and conditions of the underlying award agreement.",
    "time_based", sched(5111, [(addm(D("2024-04-15"), 6 * k), F(k + 1, 8)) for k in range(8)]),
    gd="2025-10-15", N=5111, src=AAPL1 + " F10")
add("This restricted stock unit award was granted on March 4, 2022 and vested entirely on February 1, 2023.",
    "time_based", stated([("2023-02-01", 1685)]), gd="2023-02-01", N=1685, src=AAPL2 + " F2")

# ================================================================ report pages (pages corpus): time_based
add("The restricted stock units vest 3 years from the grant date on February 4, 2018.",
    "time_based", stated([("2018-02-04", 912)]), N=912,
    src="http://finance.sananselmo.com/camedia.sananselmo/action/" + GW + "112760217022974 (1)",
    note="Table II holding of 912 RSUs; no transaction date needed, the vest date is stated")
add("Restricted Stock Units vest and convert to Common Stock in three equal annual installments beginning on February 11, 2023",
    "time_based", equal(383, "2023-02-11", 3, 12, 0), gd="2023-09-13", N=383,
    src=PS + "000182352923000190-gupta-rohit-2023-09-13 F4",
    note="row: +383 dividend-reinvestment RSUs on 2023-09-13; first installment precedes the transaction date")
add("Restricted Stock Units vest and convert to Common Stock in three equal annual installments beginning on February 9, 2024",
    "time_based", equal(506, "2024-02-09", 3, 12, 0), gd="2023-09-13", N=506,
    src=PS + "000182352923000190-gupta-rohit-2023-09-13 F5")
add("The RSUs are scheduled to vest as follows, 16,900 on each of 7/28/22, 7/28/23 and 7/28/24 and 16,901 on 7/28/25. Within 30 days following each vesting date (provided such date does not fall during a Blackout Period), Issuer will deliver the number of shares of Class A Common Stock that correspond to the number of RSUs that vested or, at the discretion of the Compensation Committee, its cash equivalent.",
    "time_based", stated([("2022-07-28", 16900), ("2023-07-28", 16900), ("2024-07-28", 16900), ("2025-07-28", 16901)]),
    gd="2022-03-29", N=67601, src=PS + "000183163122000079-dergurahian-jeffrey-michael-2022-03-29 F2",
    note="shares = sum of the stated counts (the page shows the row as 67.6K)")
add("Includes 13,333 RSUs originally granted on November 20, 2020, convertible into common stock of the issuer on a one-for-one basis, which vest in approximately two equal installments on each of November 1, 2022, and November 1, 2023, subject to accelerated vested under certain conditions.",
    "time_based", sched(13333, [(D("2022-11-01"), F(1, 2)), (D("2023-11-01"), F(1))]), gd="2021-11-11", N=13333,
    src=PS + "000120919121064503-dell-jeffrey-alan-2021-11-11 F2",
    note="holdings 'Includes N ... which vest' footnote, treated like dev d043 (stated count, stated dates)")
add("Includes 25,000 RSUs originally granted on September 24, 2021, convertible into common stock of the issuer on a one-for-one basis, which vest in three equal installments on each of October 1, 2022, October 1, 2023 and October 1, 2024, subject to accelerated vested under certain conditions.",
    "time_based", sched(25000, [(D("2022-10-01"), F(1, 3)), (D("2023-10-01"), F(2, 3)), (D("2024-10-01"), F(1))]),
    gd="2021-11-11", N=25000, src=PS + "000120919121064503-dell-jeffrey-alan-2021-11-11 F3")
add("On May 6, 2019, the reporting person was granted 5,600 restricted stock units, vesting in five annual installments beginning May 6, 2020.",
    "time_based", equal(5600, "2020-05-06", 5, 12, 0), gd="2023-05-06", N=5600,
    src=PS + "000140658723000089-walker-mark-stephen-2023-05-06 F3",
    note="row is the M settlement (1.12K) of the 2023 installment; shares = the stated grant total")
add("On March 21, 2023, the reporting person was granted 3,286 restricted stock units, vesting in three annual installments beginning March 21, 2024.",
    "time_based", equal(3286, "2024-03-21", 3, 12, 0), gd="2024-03-21", N=3286,
    src=PS + "000140658724000035-jamieson-lisa-h-2024-03-21 F2")
add("The restricted stock units were granted on December 10, 2021. 6.25% of the restricted stock units vested and were settled on March 15, 2022 (the \"2022 Vesting Date\"), and the remainder of the restricted stock units vest at a rate of 6.25% on each quarterly anniversary of the 2022 Vesting Date.",
    "time_based", sched(1991, [(addm(D("2022-03-15"), 3 * k), F(k + 1, 16)) for k in range(16)]),
    gd="2024-09-15", N=1991, src=SI + "000095017024107262-eddleman-julie-2024-09-15 F1",
    note="16 installments of 6.25% from Mar 15 2022 quarterly to Dec 15 2025; row is the M settlement of 1,991 on 2024-09-15")
add("One-third of this Option shall vest upon the first anniversary of the date of grant and the remaining two-thirds of this Option shall vest quarterly over the following two years",
    "time_based", cliff_then(66500, "2025-03-15", F(1, 3), 8, 3), gd="2024-03-15", N=66500,
    src=PS + "000162828024011909-lewis-bryan-2024-03-15 F2")
add("The option vests as to 1/48th of the total shares monthly, beginning May 1, 2020, subject to the Reporting Holder's continued service to theIssuer on each vesting date.",
    "time_based", equal(2500000, "2020-05-01", 48, 1, 0), N=2500000,
    src=PS + "000162828021023604-macmillan-andrew-2021-11-16 F2", note="Form 3 holding; 'theIssuer' typo is in the filing")
add("The Restricted Stock Units (\"RSUs\") were granted with both (a) a liquidity event-based vesting condition and (b) a service-based vestingcondition, both of which must be satisfied in order for the RSUs to vest. The liquidity event-based vesting condition was satisfied on November 16, 2021, the effective date of the issuer's initial public offering. The service-based vesting event will be satisfied as to 25% of the total shares on November 15, 2022, with an additional 6.25% of the total shares vesting on each subsequent February 15, May 15, August 15, and November 15 thereafter until such time as the RSUs are 100% vested, subject to the Reporting Person's continued service to the Issuer on each vesting date.",
    "time_based", cliff_then(351000, "2022-11-15", F(1, 4), 12, 3), N=351000,
    src=PS + "000162828021023604-macmillan-andrew-2021-11-16 F3",
    note="liquidity condition already satisfied, so only the service schedule remains; 25% then 12 x 6.25%")
add("25% of the stock options will vest on June 24, 2022, 4.17% of the options will vest each month over the following 6 months, 2.78% will vest each month over the following 12 months, and 1.385% will vest each month over the remaining 12 months, subject to Mr. Dhawan's continued service on each vesting date.",
    "time_based",
    sched(612170, [(D("2022-06-24"), F(1, 4))]
          + [(addm(D("2022-06-24"), k), F(1, 4) + F("0.0417") * k) for k in range(1, 7)]
          + [(addm(D("2022-06-24"), 6 + k), F(1, 4) + F("0.0417") * 6 + F("0.0278") * k) for k in range(1, 13)]
          + [(addm(D("2022-06-24"), 18 + k), F(1, 4) + F("0.0417") * 6 + F("0.0278") * 12 + F("0.01385") * k) for k in range(1, 13)]),
    gd="2022-03-10", N=612170, src=PS + "000157694222000019-dhawan-sachin-2022-03-10 F2",
    note="stated percentages sum to exactly 100%; cumulative round-down on the stated percentages")
add("The RSUs are scheduled to vest as follows: 1/3rd on each of the first three anniversaries of the date of grant.",
    "time_based", equal(117925, "2023-08-16", 3, 12, 12), gd="2023-08-16", N=117925,
    src=PS + "000183163123000260-graeler-darren-2023-08-16 F2")
add("50% of the MSUs will vest on April 1, 2026 and 50% of the MSUs will vest on April 1, 2027, subject to continued employment.",
    "time_based", sched(315789, [(D("2026-04-01"), F(1, 2)), (D("2027-04-01"), F(1))]), gd="2024-04-01", N=315789,
    src=PS + "000183568124000057-gulati-hardeep-2024-04-01 F2",
    note="market share units: the payout factor (another footnote) scales the number, but this footnote's dates are service-based; the target count is dated")
add("Option for 16,000 shares granted on March 2, 2011, that vested in three equal annual installments beginning on March 2, 2012.",
    "time_based", equal(16000, "2012-03-02", 3, 12, 0), N=16000,
    src="https://au.advfn.com/stock-market/NYSE/CAB/stock-news/75719943/statement-of-changes-in-beneficial-ownership-4 (6)",
    note="merger disposition row (date not in the excerpt); shares = stated option size")
add("Option for 16,000 shares granted on March 2, 2012, that vested in four equal annual installments beginning on March 2, 2013.",
    "time_based", equal(16000, "2013-03-02", 4, 12, 0), N=16000,
    src="https://au.advfn.com/stock-market/NYSE/CAB/stock-news/75719943/statement-of-changes-in-beneficial-ownership-4 (7)")
add("The unvested RSUs will vest in three approximately equal annual installments.",
    "time_based", equal(60714, "2024-04-08", 3, 12, 12), gd="2024-04-08", N=60714,
    src=PS + "000187060024000030-christensen-kent-roger-2024-04-08 F2",
    note="no start stated: annual installments counted from the grant (transaction) date, per the 'over N years' convention")
add("The option vests 1/48th monthly over a period of 4 years beginning on April 13, 2023, subject to the reporting person's provision of service to the issuer on each vesting date",
    "time_based", equal(2500000, "2023-04-13", 48, 1, 0), gd="2023-03-16", N=2500000,
    src=PS + "000181939523000033-davidson-francis-2023-03-16 F1", note="'beginning on X' = first installment on X")
add("25,797 of the RSUs each represent a contingent right to receive one share of the Issuer's Class A Common Stock upon settlement. Of the original grant of an aggregate of 41,274 RSUs, 1/16 of the RSUs vested on July 1, 2017, and 1/16 of the total RSUs vest every three months thereafter.",
    "time_based", equal(41274, "2017-07-01", 16, 3, 0), N=41274,
    src="https://money.mymotherlode.com/clarkebroadcasting.mymotherlode/action/" + GW + "120919118059365 (4)",
    note="same boilerplate as dev d009 (different grant); shares = the stated original grant")
add("The option vested as to 1/5th of the total shares on July 15, 2010, after which 1/60th of the total shares vest monthly, subject to continued service through each vesting date.",
    "time_based", cliff_then(28126, "2010-07-15", F(1, 5), 48, 1), N=28126, exp="2019-08-18",
    src="http://business.borgernewsherald.com/borgernewsherald/action/" + GW + "120919114032387 (3)",
    note="Table II holding of 28,126; 1/5 then 48 x 1/60 to July 15, 2014")
add("Stock options granted pursuant to Fiscal 2002 Share Incentive Plan in respect of: 6,975 shares exercisable from and after January 1, 2016; 6,975 shares exercisable from and after January 1, 2017; and 6,975 shares exercisable from and after January 1, 2018.",
    "time_based", stated([("2016-01-01", 6975), ("2017-01-01", 6975), ("2018-01-01", 6975)]), N=20925, exp="2024-09-03",
    src="https://business.ridgwayrecord.com/ridgwayrecord/action/" + GW + "100125018000059 (1)")
add("Includes 1,557.126 shares of Class A Common Stock which vest on November 28, 2019; 1,026.53 shares which vest on May 12, 2020; 984.622 shares of Class A Common Stock which vest on November 17, 2020; and 1,270.674 shares of Class A Common Stock which vest on November 19, 2021.",
    "time_based", stated([("2019-11-28", num("1557.126")), ("2020-05-12", num("1026.53")), ("2020-11-17", num("984.622")), ("2021-11-19", num("1270.674"))]),
    N="4838.952", src="https://markets.financialcontent.com/sgvtribune/action/" + GW + "10049319000050 (1)",
    note="fractional stated counts used as stated; shares = their sum")
add("Includes 2,172.3438 shares of Class A Common Stock which vest on November 21, 2017; 1,525.309 shares of Class A Common Stock which vest on November 30, 2018 and 1,294.826 shares of Class A Common Stock which vest on November 28, 2019.",
    "time_based", stated([("2017-11-21", num("2172.3438")), ("2018-11-30", num("1525.309")), ("2019-11-28", num("1294.826"))]),
    N="4992.4788", src="https://markets.financialcontent.com/prnews.pressrelease/action/" + GW + "10049317000057 (1)",
    note="fractional stated counts used as stated; shares = their sum")
# rounded-display rows (text verbatim, share count from the page's rounded display)
add("The shares subject to the option will vest in equal monthly installments over a three year period such that the option is fully vested on the third anniversary of the date of grant, subject to the Reporting Person's continuous service through each such vesting date and shall vest and become immediately exercisable prior to the effectiveness of a change in control.",
    "time_based", equal(50000, "2023-01-04", 36, 1, 1), gd="2023-01-04", N=50000,
    src=PS + "000120919123001431-porter-derrell-2023-01-04 F1", note=ROUNDED + " (50K)")
add("The RSUs are scheduled to vest as follows: 25% on each of 9/15/23, 9/15/24, 9/15/25, and 9/15/26.",
    "time_based", sched(250000, [(D(d), F(i + 1, 4)) for i, d in enumerate(["2023-09-15", "2024-09-15", "2025-09-15", "2026-09-15"])]),
    gd="2022-12-23", N=250000, src=PS + "000183163122000369-smallwood-gregory-2022-12-23 F2", note=ROUNDED + " (250K)")
add("One-third of the shares subject to the option shall vest on February 22, 2025 and the remaining shares subject to the option shall vest in a series of 24 equal monthly installments thereafter.",
    "time_based", cliff_then(400000, "2025-02-22", F(1, 3), 24, 1), gd="2024-02-22", N=400000,
    src=PS + "000162828024006724-fried-robert-n-2024-02-22 F1", note=ROUNDED + " (400K)")
add("Represents restricted stock units (\"RSUs\"), which upon vesting of the unit, represent the right to receive one share of the issuer's Class A Common Stock. One-third (1/3) of the total number of RSUs will vest on the first anniversary of the vesting commencement date. One-twelfth (1/12) of the total number of RSUs will vest on the corresponding day of each quarter thereafter (and if there is no corresponding day, the last day of such month). The vesting commencement date is July 17, 2024.",
    "time_based", cliff_then(310000, "2025-07-17", F(1, 3), 8, 3), gd="2024-07-17", N=310000,
    src=PS + "000095017024089545-resnik-josh-2024-07-17 F1", note=ROUNDED + " (310K); the commencement date is stated after the schedule")
add("One-fourth (1/4) of the shares subject to the option will vest on July 17, 2025. An additional one-sixteenth (1/16) of the aggregate number of shares subject to the option will vest on the corresponding day of each quarter thereafter (or if there is no such corresponding day, on the last day of such month).",
    "time_based", cliff_then(230000, "2025-07-17", F(1, 4), 12, 3), gd="2024-07-17", N=230000,
    src=PS + "000095017024089545-resnik-josh-2024-07-17 F2", note=ROUNDED + " (230K)")
add("Each restricted stock unit represents a contingent right to receive one share of LLAP common stock subject to time-based vesting over four equal annual installments occurring on each anniversary of the vesting start date. Vesting start date is July 3, 2023.",
    "time_based", equal(300000, "2023-07-03", 4, 12, 12), gd="2023-07-03", N=300000,
    src=SI + "000120919123041083-gingiss-anthony-j-2023-07-03 F1", note=ROUNDED + " (300K)")
add("Represents restricted stock units acquired by the reporting person under the 2019 Long-term incentive plan on the grant date. Each restricted stock unit is the contingent right to receive one share of Issuer common stock. Restricted stock units vest on March 31 the year following grant and vested shares will be delivered to the reporting person within 30 days of vesting.",
    "time_based", stated([("2024-03-31", 2010)]), gd="2023-06-30", N=2010,
    src=PS + "000159396823001068-ramos-richard-t-2023-06-30 F3", note=ROUNDED + " (2.01K)")
add("The Restricted Stock Units vest in twelve (12) quarterly installments beginning on November 7, 2023 and ending on August 7, 2026 and will be settled into shares of common stocks on or following the vesting dates.",
    "time_based", equal(2960, "2023-11-07", 12, 3, 0), gd="2024-08-07", N=2960,
    src=PS + "000173306824000016-shahar-shai-2024-08-07 F2",
    note=ROUNDED + " (2.96K, the M settlement row); first and last dates agree with 12 quarterly steps")
add("Represents restricted stock units (\"RSUs\") that shall vest 1/16th of the total RSUs on June 5, 2023 (the \"First Vesting Date\") and thereafter vests as to 1/16th of the RSUs on each third Vesting Date, defined as the 5th calendar day of each month, following the First Vesting Date, until fully vested, subject to the Reporting Person's continued service through each vesting date.",
    "time_based", equal(92800, "2023-06-05", 16, 3, 0), gd="2023-02-15", N=92800,
    src=PS + "000160851123000005-tomasello-robin-2023-02-15 F1",
    note=ROUNDED + " (92.8K); 'each third Vesting Date' of monthly 5th-of-month dates = every 3 months")
add("1/8 of the restricted stock units will vest on August 20, 2024 and quarterly thereafter, such that 100% of the restricted stock units will be vested by May 20, 2026.",
    "time_based", equal(95800, "2024-08-20", 8, 3, 0), gd="2024-05-28", N=95800,
    src="pages corpus: portfoliosavvy-style Form 4 report (address not returned by search) [RDFN, May 28, 2024 award] F2",
    note=ROUNDED + " (95.8K)")
add("1/4 of the restricted stock units will vest on May 20, 2023, and 1/16 of the restricted stock units will vest quarterly thereafter, such that 100% of the restricted stock units will be vested by May 20, 2026.",
    "time_based", cliff_then(43900, "2023-05-20", F(1, 4), 12, 3), N=43900,
    src="pages corpus: portfoliosavvy-style Form 4 report (address not returned by search) [RDFN, May 28, 2024 holding] F4",
    note=ROUNDED + " (43.9K); holding row, no transaction date needed")
add("50% of the options reported on this line vest on the first anniversary of the May 15, 2023 award date, and 50% will vest on the second anniversary of the award date, subject to the reporting person's continued service through such date or as otherwise provided for in the applicable award agreement.",
    "time_based", sched(7400, [(D("2024-05-15"), F(1, 2)), (D("2025-05-15"), F(1))]), gd="2023-05-15", N=7400,
    src="pages corpus: portfoliosavvy-style Form 4 report (address not returned by search) [PMTS, May 15, 2023 RSU award] F2",
    note=ROUNDED + " (7.4K); says 'options' on an RSU line (filer's wording)")
add("These RSUs shall vest on May 4, 2024.",
    "time_based", stated([("2024-05-04", 1310)]), gd="2024-02-19", N=1310,
    src=PS + "000104734024000123-puri-ajai-2024-02-19 F5", note=ROUNDED + " (1.31K)")

# ================================================================ immediate
add("The options vested immediately but have not been exercised pursuant to the Stock Option Award Agreement.",
    "immediate", stated([("2022-11-14", 5000000)]), gd="2022-11-14", N=5000000,
    src=PS + "000149315222032640-munnik-cecile-2022-11-14 F1", note=ROUNDED + " (5M)")
add("Represents common share equivalents acquired by the reporting person in the DDCP pursuant to the reinvestment of dividends received during the quarter on common share equivalents held in the DDCP by the reporting person at the time such dividend was paid on the underlying shares, based upon closing price of the underlying shares on the last day of the quarter. Common share equivalents received for dividend reinvestments fully vested on the transaction date listed above and become payable upon termination of service as a director.",
    "immediate", stated([("2023-06-30", 689)]), gd="2023-06-30", N=689,
    src=PS + "000159396823001068-ramos-richard-t-2023-06-30 F2")
add("DSUs are fully vested. Vested deferred share units will be settled in whole shares of common stock which will be delivered to the reporting person as soon as practicable after the reporting person terminates service as a director of the company but in any event no later than the end of the calendar year in which such termination date occurs.",
    "immediate", stated([("2023-06-30", num("39.9"))]), gd="2023-06-30", N="39.9",
    src=PS + "000093114823000122-keizer-henry-r-2023-06-30 F3", note="fractional dividend-equivalent DSUs (39.9) as displayed; settlement timing is not vesting")

# ================================================================ performance
add("The PSUs vest on the 4th anniversary of the grant date in proportion to specified stock price hurdles being achieved by the Issuer's Class A Common stock.",
    "performance", gd="2022-03-29", src=PS + "000183163122000079-dergurahian-jeffrey-michael-2022-03-29 F4")
add("Each market share unit (\"MSU\") converts into a number of shares of Class A common stock. The number of MSUs reported on this Form 4 represents the target. The actual number of shares to be granted is determined by applying a payout factor to the target number of MSUs vesting on a given date. The payout factor is a ratio of the average fair market value of the Class A common stock during the ten trading days immediately preceding the applicable vesting date, divided by the fair market value of the Class A common stock on the grant date. The minimum payout factor that must be achieved to earn a payout is 65% and the maximum payout factor is 200%.",
    "performance", gd="2024-04-01", N=315789, src=PS + "000183568124000057-gulati-hardeep-2024-04-01 F1")
add("Each performance share unit (\"PSU\") converts into a number of shares of Class A common stock. The number of PSUs reported on this Form 4 represents the target. The actual number of shares to be granted is determined by applying a payout factor to the target number of PSUs vesting on a given date. The payout factor is based on the achievement of certain performance metrics.",
    "performance", gd="2024-04-01", N=210526, src=PS + "000183568124000057-gulati-hardeep-2024-04-01 F3")
add("The PSUs are scheduled to vest on 12/31 of the calendar year during which the specified stock price hurdles is achieved by the Issuer's Class A Common Stock, in proportion to such achievement up to 150% of the PSUs granted; provided that if such hurdles are achieved during 2022, the related portion of PSUs will vest on 12/31/23. Any PSUs which have not become earned by the fourth anniversary of the grant date will be forfeited.",
    "performance", gd="2022-12-23", src=PS + "000183163122000369-smallwood-gregory-2022-12-23 F4")
add("Performance Share Units granted as a performance award, vesting based upon degree of achievement of performance goal. At the end of the performance period, 50% of award is paid in common shares free of restrictions, and 50% is paid in cash. If the final amount is less than 100% of the share units, the balance is forfeited to the company.",
    "performance", gd="2022-02-28", N=1613, src=PS + "000156218022002148-duesenberg-mark-hugo-2022-02-28 F1")
add("The PSUs will vest depending on the Company's total shareholder return (\"TSR\") over a three-year performance period, relative to companies in the Nasdaq Composite Index, subject to continued service with certain limited exceptions. The maximum number of TSR-based PSUs that may vest is capped at 200% of the target number of TSR-based PSUs.",
    "performance", gd="2024-07-09", src=PS + "000126133324000101-thygesen-allan-c-2024-07-09 F5")
add("The PSUs will vest depending on the Company's subscription revenue for the twelve-month period ended January 31, 2025 (the \"One-Year Performance Period\"). The maximum number of subscription revenue-based PSUs that may vest is capped at 200% of the target number of subscription revenue-based PSUs. To the extent achieved, 1/3 of any achieved subscription revenue-based PSUs will vest following the one-year anniversary of the vesting commencement date and the balance will vest in eight equal quarterly installments thereafter, subject to continued service with certain limited exceptions.",
    "performance", gd="2024-07-09", src=PS + "000126133324000101-thygesen-allan-c-2024-07-09 F6",
    note="every installment applies only to the achieved number; the commencement date is not stated either")
add("The vesting of these Performance RSUs is tied to the achievement of a performance goal, which is measured as the total shareholder return, or TSR, realized by the Issuer's stockholders for the two-year performance period from November 1, 2018 to December 1, 2020 versus the TSR realized for that same period by the S&P North American Technology Software Index. The actual number of shares of the Issuer's common stock into which the Performance RSUs will convert will be calculated by multiplying the target number of Performance RSUs (5,788) by a percentage ranging from 0% to 200% based on the actual level at which the performance goal is attained. These Performance RSUs also provide for accelerated vesting in the event that the Reporting Person's employment is terminated in connection with an acquisition of the Issuer.",
    "performance", src="http://business.custercountychief.com/custercountychief/action/" + GW + "120919118063010 (3)")
add("Each Performance RSU represents a contingent right to receive one share of the Issuer's common stock; the number of Performance RSUs granted represents the maximum number of Performance RSUs that can be earned by the Reporting Person.",
    "performance", src="http://business.custercountychief.com/custercountychief/action/" + GW + "120919118063010 (4)",
    note="definition of a performance unit (maximum earnable), like dev d014")
add("The PSUs will vest, if at all, in three approximately equal installments if the 30-day volume weighted average trading price of the Issuer's Class A Common Stock exceeds certain price thresholds prior to February 28, 2027.",
    "performance", gd="2024-04-08", N=60714, src=PS + "000187060024000030-christensen-kent-roger-2024-04-08 F4")
add("In connection with the vesting reported herein, 59,166 of the PSUs originally awarded to the Reporting Person were cancelled for no consideration. Subject to the achievement of certain performance conditions based on Adjusted EBITDA and Revenue, the remaining PSUs are scheduled to vest over a two-year period and may vest from 0% to 150% of the target number of PSUs reported on this Form 4.",
    "performance", gd="2023-03-11", src=PS + "000089924323008445-stevens-brian-2023-03-11 F3")

# ================================================================ mixed (no real example with a dated time portion was found; reconstructed)
add("50% of the RSUs vest in three equal annual installments beginning on the first anniversary of the grant date, and the remaining 50% vest upon the Compensation Committee's certification of the achievement of the Company's cumulative revenue target for fiscal years 2025 through 2027.",
    "mixed", equal(6000, "2025-03-03", 3, 12, 12), gd="2025-03-03", N=12000, real=False, note="time portion 6,000")
add("Of the 9,000 RSUs reported, 3,000 RSUs vest on each of June 15, 2026 and June 15, 2027, subject to continued service, and 3,000 RSUs vest only if the closing price of the Issuer's common stock equals or exceeds $40.00 for 20 consecutive trading days before June 15, 2028.",
    "mixed", stated([("2026-06-15", 3000), ("2027-06-15", 3000)]), gd="2025-06-16", N=9000, real=False, note="time portion 6,000 (stated counts)")
add("One-third of the shares subject to the option vest on the first anniversary of the grant date; the remaining two-thirds vest upon the first FDA approval of a product candidate of the Issuer, subject to continued service.",
    "mixed", stated([("2026-02-14", 3000)]), gd="2025-02-14", N=9000, exp="2035-02-13", real=False, note="time portion 3,000")

# ================================================================ needs grant_date
add("These restricted stock units will vest on the third anniversary of the grant date.",
    "time_based", err=NG, src=PS + "000182352922000242-gupta-rohit-2022-12-06 F2",
    note="row is a dividend-reinvestment credit (+9.57K on 2022-12-06); the grant the text refers to is not dated in the filing, so no grant_date is given")
add("Prior to the Initial Vesting Date, the Vested Ratio shall be zero. On the Initial Vesting Date, the Vested Ratio shall be 1/6, provided the Grantee's service has not been terminated prior to the Initial Vesting Date. For each six month period of Grantee service from the Initial Vesting Date until the Vested Ratio equals 1/1, the Vested Ratio shall be increased by 1/6. This Restricted Stock Unit will be fully vested after three (3) years of service. The Initial Vesting Date shall be six months following the Date of Restricted Stock Unit Grant.",
    "time_based", err=NG, src=PS + "000120919121033715-ison-james-2021-04-11 F4",
    note="row is the M settlement of 603 RSUs on 2021-04-11, not the grant; the grant date is not in the filing")
add("One-third of this Option shall vest upon the first anniversary of the date of grant and the remaining two-thirds of this Option shall vest quarterly over the following two years.",
    "time_based", err=NG, N=77756, src=PS + "000193040523000002-ishmael-jeffrey-2023-03-03 F2",
    note="Form 3 holding (77,756 = sum of the counts in F1); grant date not given")
add("The stock options vest at 33 1/3% on each of the first, second, and third anniversary dates of the grant.",
    "time_based", err=NG, N=6966, exp="2024-11-21", src="https://markets.financialcontent.com/prnews.pressrelease/action/" + GW + "10049317000057 (2)",
    note="Table II holding; the grant date is not stated (inferring it from the expiration would be a guess)")
add("Options are fully vested and exercisable.",
    "immediate", err=NG, N=230000, exp="2018-11-19", src="https://index.businessinsurance.com/businessinsurance/action/" + GW + "120919114048124 (4)",
    note="Table II holding: already vested, but the grant date is not given")

# ================================================================ unrecognized
add("Grant of restricted stock units (RSU) pursuant to the Issuer's 2020 Stock Incentive Plan. Subject to certain exceptions, 50% will vest subject to (x) Issuer's achievement of a specified performance goal and (y) reporting person's continued perf. of services for the Issuer. 50% will vest subject to (x) passage of a specified period of time and (y) reporting person's continued perf. of services for the Issuer. With respect to the performance-based RSU, if the continued service requirement is satisfied and achievement of the perf. goal (x) exceeds 100% of target, the Issuer may issue additional vested shares of common stock in an amount that corresponds to the incremental percentage of the performance goal achieved in excess of 100% of target or (y) is less than 100% of target, the reporting person will surrender to the Issuer shares of common stock in an amount that corresponds to the incremental percentage of the performance goal achieved that is below 100% of target (shortfall).",
    "unrecognized", gd="2024-03-01", src=PS + "000095017024026009-breslawski-james-p-2024-03-01 F2",
    note="mixed award whose time portion has no stated schedule ('a specified period of time'); mixed without tranches would also be acceptable")
add("1/12th of the shares subject to the option shall vest each month following the Issuer's 2022 Annual Meeting of Stockholders on the same day of the month, subject to Mr. Michael Lee's continued service to the Issuer through each applicable vesting date; provided, however, if the Issuer's 2023 Annual Meeting of Stockholders is prior to the one-year anniversary of the Issuer's 2022 Annual Meeting of Stockholders, then the shares subject to the option will be fully vested as of the date of the Issuer's 2023 Annual Meeting of Stockholders.",
    "unrecognized", gd="2022-03-12", src=PS + "000110465922034126-redmile-group-llc-2022-03-12 F1",
    note="anchored on an annual meeting date that is not given")
add("1/12th of the shares subject to the option shall vest each month that is completed after the date of the Issuer's first annual stockholder meeting following the grant date of the options (the \"Annual Meeting\"), provided that the options will vest in full on the earlier of (i) the 12-month anniversary of the Annual Meeting, or (ii) the date of the Issuer's next annual stockholder meeting, in each case subject to Michael Lee continuing to provide his service as a member of the Board of Directors of the Issuer through the applicable vesting date.",
    "unrecognized", gd="2023-04-04", src=PS + "000110465923042873-redmile-group-llc-2023-04-04 F1",
    note="anchored on a future annual meeting date")
add("25% of the shares subject to the restricted stock units will vest on June 15, 2022, 12.5% will vest on each of September 14, 2022 and December 14, 2022, 8.33% will vest on each of four equal quarterly installments during calendar year 2023, and 4.17% will vest on each of four equal quarterly installments during calendar year 2024, subject to Mr. Dhawan's continued service on each vesting date.",
    "unrecognized", gd="2022-03-10", N=306085, src=PS + "000157694222000019-dhawan-sachin-2022-03-10 F1",
    note="the dates of the 2023 and 2024 quarterly installments are not stated")
add("1/16th of the shares subject to such option vest and become exercisable in substantially equal quarterly installments following October 28, 2024, contingent upon the consummation of the Issuer's initial public offering, and subject to the Reporting Person's continuous service to the Issuer on each such date.",
    "unrecognized", gd="2024-10-24", src=PS + "000095017024117181-simson-jake-2024-10-24 F1",
    note="contingent on a future event (IPO closing) and the number of installments is implied only by '1/16th'")
add("The options became exercisable in quarterly installments on the first, second, third and fourth anniversary of the grant date, March 13, 2006.",
    "unrecognized", src="https://kr.advfn.com/stock-market/NYSE/IBI/share-news/54132890 (8)",
    note="internally inconsistent: 'quarterly installments' on annual anniversaries; no share count")
add("The remaining unvested RSUs will vest in twelve approximately equal quarterly installments.",
    "unrecognized", gd="2023-10-04", src=PS + "000187060023000053-christensen-kent-roger-2023-10-04 F3",
    note="row is an M settlement; 'remaining' installments have no stated start")
add("57,139 vested shares, 14,772 shares of restricted stock vesting on June 30, 2015, 8,094 shares of restricted stock vesting on June 30, 2016 and 8,011 restricted stock units. Each restricted stock unit represents a contingent right to receive one share of the Issuer's Class A common stock upon vesting. One-third of these restricted stock units are scheduled to vest and settle on each of June 30, 2015, 2016 and 2017. The restricted stock and restricted stock units are issued under the Issuer's Amended and Restated Equity Incentive Plan.",
    "unrecognized", src="https://index.businessinsurance.com/businessinsurance/action/" + GW + "120919114048124 (1)",
    note="composition of a holding (vested shares + two restricted-stock lots + RSUs); which row count the schedule applies to is not given")

# ================================================================ not_vesting (real)
NV = [
 ("Represents a withholding tax-related nondiscretionary sell-to-cover transaction completed by the Issuer in accordance with the terms of the award agreement.", "2026-06-10", 77905, MVIS + " F2", None),
 ("At vesting, converts into shares of common stock on a unit-for-share basis.", "2026-06-08", 150000, MVIS + " F6", "definition"),
 ("Each American depositary share (\"ADS\") represents fifty (50) Class A ordinary shares, with a par value of US$0.0001 per share, of 17 Education & Technology Group Inc.", "2026-09-03", 10000, YQ + " F1", None),
 ("Future Glory Technology Holdings Limited is a British Virgin Islands limited liability company, of which 99% of the equity interest is held by Glory Venture Technology Limited, and the remaining 1% is held by Future Adventures Investment Holdings Limited.  Glory Venture Technology Limited, a company incorporated under the laws of British Virgin Islands, is wholly owned by Trident Trust Company (HK) Limited, the trustee of the Sunny Trust. Mr. Andy Chang Liu is the settlor of the Sunny Trust, and he and his family members are its beneficiaries. Future Adventures Investment Holdings Limited is a company incorporated under the laws of British Virgin Islands and wholly owned by Mr. Andy Chang Liu.", "2026-09-03", 10000, YQ + " F2", "percentages of ownership, not of vesting"),
 ("These shares represent JPMC common stock acquired on March 25, 2022 upon settlement of a Performance Share Unit (PSU) award granted on January 15, 2019 for the three-year performance period ended December 31, 2021 (as previously disclosed on a Form 4 filed on March 17, 2022), and must be held for an additional two-year period, for a total combined vesting and holding period of five years from the date of grant.", "2022-03-25", None, JPM + " F1", "settlement of an earned PSU; the holding period is not vesting"),
 ("Balance reflects a) 310,028 shares transferred from a Grantor Retained Annuity Trust (GRAT) to the Grantor on January 18, 2022; b) 141,528 shares transferred from a GRAT to the Grantor on January 18, 2022. These transfers are exempt from Section 16 pursuant to Rule 16a-13.", "2022-03-25", None, JPM + " F3", None),
 ("Represents PSUs earned (including reinvested dividend equivalents) based on the Firm's attainment of pre-established performance goals for the three-year performance period ended December 31, 2021, as provided under the terms of a PSU award granted on January 15, 2019, and as previously reported on a Form 4 filed on March 17, 2022. The PSUs settled in shares of common stock on March 25, 2022. Shares delivered, after applicable tax withholding, must be held for an additional two-year period, for a total combined vesting and holding period of five years from the date of grant.", "2022-03-25", None, JPM + " F7", "earned and settled"),
 ("Includes an aggregate of 24,500 shares subject to Restricted Share Unit awards (RSU) granted on March 15, 2022, March 15, 2023, March 15, 2024, and March 17, 2025 which will be issued as such units vest in accordance with their terms, and excludes 10,000 unvested common shares subject to the PSU granted on March 17, 2025, which may become vested upon achievement of certain corporate performance goals in the future.", "2025-03-17", 10000, AOSL + " F4", "holdings footnote without a schedule"),
 ("Shares withheld to satisfy the Issuer's tax withholding obligation upon vesting of Restricted Share Units (RSU)  granted on March 15, 2021, March 15, 2022, March 15, 2023 and March 15, 2024.", "2025-03-17", 2954, AOSL + " F5", "withholding; double space is in the filing"),
 ("Includes 226,338 RSUs and 212,552 PRSUs, each of which entitle the Reporting Person to receive one share of Class A Common Stock upon settlement. All grants are subject to the Reporting\nPerson's continued service with the Issuer on the applicable vesting dates.", "2025-03-05", 11084, WDAY + " F2", "holdings footnote; the line break is in the filing's XML"),
 ("The reported sale was made pursuant to a pre-arranged program for selling shares of Class A Common Stock adopted on December 13, 2024 pursuant to Rule 10b5-1 under the Securities Exchange Act of 1934.", "2025-03-14", 49252, DKNG + " F1", None),
 ("The price reported in Column 4 is a weighted average price. These shares were sold in multiple transactions at prices ranging from $37.99 to $38.14, inclusive. See the last sentence of footnote 2 to this Form 4 above.", "2025-03-14", 3525, DKNG + " F3", None),
 ("Each restricted stock unit represents the right to receive, at settlement, one share of common stock. This transaction represents the settlement of restricted stock units in shares of common stock on their scheduled vesting date.", "2025-10-15", 16457, AAPL1 + " F1", "settlement of vested units"),
 ("The initial exercise price of the options is $19.00 per share and will accrete at the rate of ten percent (10%) per year (whether vested or unvested) from and after the first anniversary of the effective date of January 23, 2009 through the fifth anniversary of the effective date.", None, None, "http://finance.minyanville.com/minyanville/action/" + GW + "120919109018783 (3)", "exercise-price escalation on anniversaries, not vesting"),
 ("Pursuant to an individual agreement entered into in connection with the Merger, all 166,032 shares of common stock subject to this stock option were assumed by Parent and replaced with options to acquire 16,603.2 membership units of Parent for $150 per unit.", None, 166032, "https://kr.advfn.com/stock-market/NYSE/IBI/share-news/54132890 (3)", "merger conversion"),
 ("Pursuant to the terms of the Merger Agreement, upon consummation of the transactions contemplated thereby, these stock options were automatically fully vested and cancelled and, in exchange therefor, the reporting person became entitled to the right to receive an amount in cash equal to the product of (i) the number of common shares subject to such stock option multiplied by (ii) the excess, if any, of (A) $61.50 over (B) the exercise price per common share of such stock option (less any withholding taxes).", None, None, "https://au.advfn.com/stock-market/NYSE/CAB/stock-news/75719943/statement-of-changes-in-beneficial-ownership-4 (4)", "merger cash-out of options (disposition row)"),
 ("Pursuant to the Merger Agreement, at the Effective Time, each outstanding option (\"Option\") to purchase Shares granted under any of the Issuer's 2007 Equity Incentive Plan, 2017 Equity Incentive Plan, 2020 Equity Incentive Plan and the Iora Third Amended and Restated 2011 Equity Incentive Plan (collective, the \"Issuer Stock Plans\") or portion thereof that was vested or became vested as of the Effective Time, and had an exercise price per Share that is less than the Merger Consideration, was canceled and converted into the right to receive an amount in cash, without interest, equal to the product of (i) the amount by which the Merger Consideration exceeds the applicable exercise price per Share of such Option and (ii) the aggregate number of Shares issuable upon exercise of such Option or portion thereof, subject to any required withholding of taxes.", "2023-02-22", None, "https://advfn.com/stock-market/NASDAQ/ONEM/stock-news/90337772/statement-of-changes-in-beneficial-ownership-4 (2)", "merger cash-out; page line breaks joined with spaces"),
 ("The unvested restricted stock units held by the reporting person were cancelled pursuant to the terms of the Merger Agreement and, as set forth in the Merger Agreement, shall be assumed or substituted by Holdco and converted automatically upon the closing of the merger into restricted stock units denominated in shares of common stock of Holdco.", None, None, "https://jp.advfn.com/exchanges/NASDAQ/DTSI/share-news/73067546/statement-of-changes-in-beneficial-ownership-4 (3)", "merger conversion"),
 ("The Option shall commence on Grant Date and terminate on the date of first to occur of: (1) If Option is designated as an Incentive Stock Option and Reporting Person, at time Option was granted, was a 10% Holder, the expiration of (5) years from Date of Grant; (2) 10th anniversary of Date of Grant; (3) (1) year following Reporting Person's termination of Continuous Service Status with Issuer and its Affiliates as a result of termination of service of Reporting Person by Issuer or any of its Affiliates on account of death or Disability; (4) (30) days following Reporting Person's termination of service of a Participant with Issuer and its Affiliates as a result of termination of service of a Participant by Reporting Person other than for Cause; and (5) Close of business on last business day immediately prior to date of Reporting Person's termination of service by Issuer for Cause or for any reason other than as set forth above.", "2022-11-14", 5000000, PS + "000149315222032640-munnik-cecile-2022-11-14 F3", "option term (anniversaries of expiry, not vesting)"),
 ("If the reporting person's employment is terminated for any reason before an applicable Vesting Date, all restricted stock units that have not yet vested shall be forfeited without consideration, except as provided in the change of control severance agreement and any other agreements regarding equity vesting and exercisability between the reporting person and Issuer, which agreements or form agreements are filed with the SEC.", "2023-08-27", None, PS + "000162828023031033-shahar-shai-2023-08-27 F3", "forfeiture clause"),
 ("These shares were surrendered to issuer to cover withholding tax obligations of the 14,930 restricted stock units awarded March 28, 2024, and the 19,890 restricted stock units awarded November 20, 2024.", "2024-11-29", None, PS + "000140658724000147-tomnitz-donald-j-2024-11-29 F2", "withholding, with grant sizes and dates"),
 ("Represents 18,684 shares of the Issuer's Class A Common Stock owned, and 42,550 shares represented by unvested restricted stock units (RSUs).", None, None, "https://money.mymotherlode.com/clarkebroadcasting.mymotherlode/action/" + GW + "120919118059365 (1)", "holdings composition without a schedule"),
 ("The restricted stock units include all dividend equivalents acquired since the date of grant. Dividend equivalents are subject to the same restrictions as the underlying grant of restricted stock units.", None, None, "http://finance.sananselmo.com/camedia.sananselmo/action/" + GW + "112760217022974 (2)", None),
 ("Each Dividend Equivalent Unit (\"DEUs\") represents a contingent right to receive one ordinary share of FDP. DEUs are subject to the same restrictions and vesting criteria based on the underlying Restricted Stock Units (\"RSUs\") to which they relate.", "2024-03-29", None, PS + "000104734024000123-puri-ajai-2024-02-19 F1", "definition"),
 ("Certain of the shares are subject to forfeiture to the Issuer if underlying vesting conditions are not met.", "2023-02-15", None, PS + "000160851123000005-tomasello-robin-2023-02-15 F3", None),
 ("Consists of Class A Common Stock withheld by the Issuer to satisfy the minimum tax withholding obligations of the Reporting Person arising in connection with the vesting on May 10, 2023 of 8.33% of the performance-based restricted stock units (PSUs) previously granted to the Reporting Person on December 13, 2021 pursuant to the Issuer's 2015 Stock Incentive Plan.", "2023-05-10", None, PS + "000143319523000061-trigg-william-shane-2023-05-10 F1", "withholding; the percentage is of another grant"),
 ("The reporting person received 603 shares of common stock upon vesting of the Restricted Stock Units, as reported in this Form 4. The reporting person forfeited 234 shares of common stock underlying the vested and outstanding Restricted Stock Units to cover tax withholdings, using the market price of the issuer's common stock at the time of forfeiture.", "2021-04-11", 234, PS + "000120919121033715-ison-james-2021-04-11 F3", None),
]
for text, gd, n, src, note in NV:
    add(text, "not_vesting", gd=gd, N=n, src=src, note=note)

# ---------------------------------------------------------------- checks and output
S.check(80, 150)
S.write(os.path.join(HERE, "footnotes-holdout3.jsonl"))
if __name__ == "__main__":
    import collections
    print(len(rows), dict(collections.Counter(r["expect"]["kind"] for r in rows)))
