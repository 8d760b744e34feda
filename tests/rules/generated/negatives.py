"""Footnotes with dates that are not vesting dates: each must come out
`not_vesting` or be refused, never a schedule."""
import datetime as dt

from words import date_text, shares_text

TARGETS = ['Acme Therapeutics, Inc.', 'Northwind Software Corp.', 'Blue Harbor Holdings', 'Veridian Labs, Inc.']


def _date(rng):
    return dt.date(rng.randint(2016, 2026), rng.randint(1, 12), rng.randint(1, 28))


FAMILIES = {
    '10b5-1 plan adopted': [
        'The sale reported on this Form 4 was effected pursuant to a Rule 10b5-1 trading plan adopted by the Reporting Person on {d}.',
        'The transactions reported herein were effected pursuant to a Rule 10b5-1 trading plan adopted by the Reporting Person on {d}, which provides for the sale of shares of common stock that vest from time to time under the Reporting Person\'s equity awards.',
        'These shares were sold pursuant to a Rule 10b5-1 sales plan entered into on {d} to cover tax obligations arising upon the vesting of restricted stock units.',
        'Effected pursuant to a Rule 10b5-1 trading plan adopted on {d}.',
        'The shares were sold pursuant to a Rule 10b5-1 trading plan adopted by the Reporting Person on {d}, covering shares of restricted stock that vest at the rate of 25% per year.',
        'Effected pursuant to a Rule 10b5-1 trading plan entered into on {d}, which provides for the automatic sale of a portion of the shares that vest under the Reporting Person\'s equity awards.',
        'The sales were made under a 10b5-1 plan adopted on {d}.',
        'The shares were sold pursuant to a trading plan intended to comply with Rule 10b5-1, adopted by the Reporting Person on {d}.',
    ],
    'settlement of vested units': [
        'Represents shares of common stock delivered on {d} in settlement of restricted stock units that vested previously.',
        'Each vested restricted stock unit was settled in one share of common stock on {d}.',
        'Shares of common stock issued to the Reporting Person on {d} upon settlement of vested performance share units.',
        'The previously vested RSUs were settled in shares of the Issuer\'s common stock on {d}.',
        'Represents {n} shares delivered on {d} upon the settlement of fully vested deferred stock units.',
        'Represents shares of common stock delivered on {d2} in settlement of restricted stock units that vested on {d} upon the certification of performance results.',
        'Represents shares of common stock underlying restricted stock units that vested on {d}. Shares were withheld to cover taxes.',
    ],
    'tax withholding': [
        'Shares withheld by the Issuer on {d} to satisfy tax withholding obligations in connection with the vesting of restricted stock units.',
        'Represents shares surrendered to the Issuer to pay the tax withholding due upon the vesting of {n} restricted stock units on {d}.',
        'Reflects {n} shares withheld to cover taxes upon the vesting of restricted stock units on {d}.',
        'Represents shares withheld by the Issuer to satisfy the Reporting Person\'s tax liability incident to the vesting of RSUs on {d}, in a transaction exempt under Rule 16b-3.',
        'Represents shares sold on {d} to cover tax withholding obligations arising upon the vesting of restricted stock units (a "sell-to-cover" transaction).',
        'Shares withheld for taxes upon vesting of RSUs that vested on each of {d} and {d2}.',
        'The restricted stock units were previously reported and vested on each of {d} and {d2}; this report reflects the shares withheld for taxes.',
    ],
    'plan adoption': [
        'The Issuer\'s 2021 Equity Incentive Plan was adopted by the Board of Directors on {d} and approved by the Issuer\'s stockholders on {d2}.',
        'Granted under the Issuer\'s Amended and Restated 2015 Stock Plan, which was adopted on {d}.',
        'The Issuer\'s Employee Stock Purchase Plan was adopted on {d} and became effective on {d2}.',
    ],
    'merger conversion': [
        'Pursuant to the Agreement and Plan of Merger dated as of {d}, each outstanding restricted stock unit of {t} was assumed by the Issuer and converted into restricted stock units covering {n} shares of the Issuer\'s common stock.',
        'Received in exchange for {n} shares of {t} common stock in connection with the merger of {t} with and into a subsidiary of the Issuer, effective {d}.',
        'In connection with the merger completed on {d}, each outstanding option to purchase shares of {t} was assumed by the Issuer and converted into an option to purchase shares of the Issuer\'s common stock.',
        'On {d}, upon the closing of the merger, each unvested award of {t} was converted into an award with respect to {n} shares of the Issuer\'s common stock.',
    ],
    'deferral election': [
        'The Reporting Person elected to defer receipt of the shares underlying the vested restricted stock units until {d}.',
        'Pursuant to the Reporting Person\'s deferral election, the vested deferred stock units will be settled in shares on {d}.',
        'Represents deferred stock units that will be paid in shares on {d} in accordance with the Reporting Person\'s prior deferral election.',
        'Under a deferral election made on {d}, receipt of the vested shares has been deferred until the Reporting Person\'s separation from service.',
    ],
    'purchase plan': [
        'Represents shares purchased under the Issuer\'s Employee Stock Purchase Plan on {d}.',
        'Includes {n} shares acquired under the Issuer\'s employee stock purchase plan for the purchase period ending {d}.',
    ],
}


def make(rng):
    family = rng.choice(sorted(FAMILIES))
    d = _date(rng)
    d2 = d + dt.timedelta(days=rng.randint(30, 200))
    text = rng.choice(FAMILIES[family]).format(d=date_text(d), d2=date_text(d2), t=rng.choice(TARGETS),
                                               n=shares_text(rng.randint(100, 90000)))
    return {'family': family, 'text': text}
