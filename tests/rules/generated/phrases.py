"""The pieces every shape says its values with: the award's nouns and verbs, the
anchor and how it is named, portions and remainders, ends, and the calendars of
day rules. Each function with variants picks one with the random generator."""
import datetime as dt
from fractions import Fraction

import oracle
from oracle import SAME_DAY, QUARTER_ENDS
from words import date_text, shares_text, portion_variants, span_text, count_in_words, fraction_with_figure


class Skip(Exception):
    """The drawn values cannot be said unambiguously with this variant: draw again."""


# ---------------------------------------------------------------- awards

class Award:
    """What the footnote calls the grant: a noun for the whole, one for its shares."""

    def __init__(self, rng, option: bool):
        self.option = option
        if option:
            self.noun, self.plural = rng.choice([('the option', False), ('the stock option', False),
                                                 ('this option', False),
                                                 ('the shares subject to the option', True),
                                                 ('the shares underlying this option', True),
                                                 ('the option shares', True)])
            self.of = rng.choice(['the shares subject to the option', 'the shares underlying the option',
                                  'the shares', 'the total shares', 'the option shares'])
            self.rest_noun = 'the remaining shares'
        else:
            self.noun, self.plural = rng.choice([('the RSUs', True), ('the restricted stock units', True),
                                                 ('the restricted shares', True),
                                                 ('the shares of restricted stock', True),
                                                 ('the award', False), ('this award', False),
                                                 ('the restricted stock unit award', False),
                                                 ('the units', True)])
            self.of = rng.choice(['the RSUs', 'the restricted stock units', 'the shares', 'the award',
                                  'the shares subject to the award', 'the units'])
            self.rest_noun = rng.choice(['the remaining RSUs', 'the remaining shares', 'the remaining units'])
        self.exercisable = option and rng.random() < 0.3

    def verb(self, rng, plural=None) -> str:
        plural = self.plural if plural is None else plural
        base = rng.choice(['vest', 'will vest', 'shall vest', 'vest', 'are scheduled to vest' if plural
                           else 'is scheduled to vest'])
        if base == 'vest' and not plural:
            base = 'vests'
        if self.exercisable and base in ('vest', 'vests', 'will vest', 'shall vest'):
            base += ' and become' + ('s' if base == 'vests' else '') + ' exercisable'
        return base

    def be(self, plural=None) -> str:
        return 'are' if (self.plural if plural is None else plural) else 'is'


def cap(s: str) -> str:
    return s[0].upper() + s[1:]


# ---------------------------------------------------------------- anchors

class Anchor:
    """The date a schedule counts from, and how the text names it.

    first: the words at the first mention (may define the term); later: after.
    intro/outro: a sentence that states the date before / after the schedule."""

    def __init__(self, kind, date, first, later, intro=None, outro=None):
        self.kind, self.date, self.first, self.later, self.intro, self.outro = kind, date, first, later, intro, outro
        self.used = False

    def ref(self) -> str:
        if self.used:
            return self.later
        self.used = True
        return self.first


def random_date(rng, lo=2016, hi=2026, days=None) -> dt.date:
    y, m = rng.randint(lo, hi), rng.randint(1, 12)
    dim = oracle.days_in_month(y, m)
    if days is None:
        day = rng.choice([rng.randint(1, 28)] * 6 + [1, 15, dim, dim])
    else:
        day = min(rng.choice(days), dim)
    return dt.date(y, m, day)


def make_anchor(rng, kind, date) -> Anchor:
    d = date_text(date)
    if kind == 'grant':
        ref = rng.choice(['the grant date', 'the date of grant', 'the Grant Date', 'the date of the grant',
                          'the grant date'])
        if rng.random() < 0.15:
            return Anchor(kind, date, ref, ref, intro=rng.choice(
                ['The award was granted on %s.' % d, 'The grant date of the award was %s.' % d]))
        if rng.random() < 0.1:
            return Anchor(kind, date, 'the grant date (%s)' % d, 'the grant date')
        if rng.random() < 0.12:  # an appositive names the date the grant date (holdout19's family c)
            first = rng.choice(['%s, the grant date,' % d, '%s, the date of grant,' % d, '%s (the date of grant)' % d,
                                '%s (the grant date)' % d, '%s (the "Grant Date")' % d])
            return Anchor(kind, date, first, 'the Grant Date' if '"Grant Date"' in first else ref)
        if rng.random() < 0.05:  # defined after its use
            return Anchor(kind, date, 'the Grant Date', 'the Grant Date', outro=rng.choice(
                ['"Grant Date" means %s.' % d, 'As used herein, the "Grant Date" is %s.' % d]))
        return Anchor(kind, date, ref, ref)
    if kind == 'vcd':
        v = rng.randrange(9)
        if v == 8:
            return Anchor(kind, date, '%s, the vesting commencement date,' % d, 'the vesting commencement date')
        if v == 0:
            return Anchor(kind, date, 'the vesting commencement date', 'the vesting commencement date',
                          intro='Vesting commencement date is %s.' % d)
        if v == 1:
            return Anchor(kind, date, 'the Vesting Commencement Date', 'the Vesting Commencement Date',
                          intro='The vesting commencement date of the award is %s.' % d)
        if v == 2:
            return Anchor(kind, date, '%s (the "Vesting Commencement Date")' % d, 'the Vesting Commencement Date')
        if v == 3:
            return Anchor(kind, date, 'the vesting commencement date (%s)' % d, 'the vesting commencement date')
        if v == 4:
            return Anchor(kind, date, 'the vesting commencement date of %s' % d, 'the vesting commencement date')
        if v == 5:
            return Anchor(kind, date, '%s (the "Vesting Start Date")' % d, 'the Vesting Start Date')
        if v == 6:
            return Anchor(kind, date, 'the Vesting Commencement Date', 'the Vesting Commencement Date',
                          outro='The "Vesting Commencement Date" is %s.' % d)
        return Anchor(kind, date, 'the vesting commencement date', 'the vesting commencement date',
                      outro='For purposes of this award, the vesting commencement date is %s.' % d)
    if kind == 'hire':
        v = rng.randrange(4)
        if v == 0:
            return Anchor(kind, date, "the Reporting Person's date of hire (%s)" % d, "the Reporting Person's date of hire")
        if v == 1:
            return Anchor(kind, date, '%s (the "Start Date")' % d, 'the Start Date')
        if v == 2:
            return Anchor(kind, date, "the Reporting Person's hire date of %s" % d, "the Reporting Person's hire date")
        return Anchor(kind, date, "the Reporting Person's employment start date", "the Reporting Person's employment start date",
                      intro="The Reporting Person's employment start date was %s." % d)
    if kind == 'event':
        v = rng.randrange(5)
        if v == 4:  # a defined event date used before it is defined
            return Anchor(kind, date, 'the Closing Date', 'the Closing Date',
                          outro='"Closing Date" means %s.' % d)
        if v == 0:
            return Anchor(kind, date, '%s (the "Effective Date")' % d, 'the Effective Date')
        if v == 1:
            return Anchor(kind, date, '%s (the "Closing Date")' % d, 'the Closing Date')
        if v == 2:
            return Anchor(kind, date, "the closing date of the Issuer's initial public offering (%s)" % d,
                          "the closing date of the Issuer's initial public offering")
        return Anchor(kind, date, "the Reporting Person's appointment date of %s" % d,
                      "the Reporting Person's appointment date")
    return Anchor(kind, date, d, d)  # stated date


def pick_anchor(rng, grant_hint=None):
    """Draws an anchor kind and date; returns (anchor, grant_date)."""
    kind = rng.choice(['grant', 'grant', 'vcd', 'vcd', 'hire', 'stated', 'event'])
    date = random_date(rng)
    if kind == 'grant':
        grant = date
    else:
        grant = date + dt.timedelta(days=rng.randint(0, 75))
    return make_anchor(rng, kind, date), grant


# ---------------------------------------------------------------- amounts

def portion_text(rng, p: Fraction, award: Award, shares: int, allow_shares=True) -> str:
    options = portion_variants(p)
    count = shares * p
    if allow_shares and count.denominator == 1 and rng.random() < 0.15:
        figure = count_in_words(count.numerator) if rng.random() < 0.3 else shares_text(count.numerator)
        return figure + ' ' + rng.choice(['shares', 'of the shares'] if award.option else ['RSUs', 'units', 'shares'])
    with_figure = fraction_with_figure(rng, p)
    if with_figure and rng.random() < 0.15:
        return with_figure
    if not options:
        raise Skip('portion %s has no words' % p)
    return rng.choice(options)


def rest_text(rng, rest: Fraction, award: Award) -> str:
    options = ['the balance', 'the remainder', award.rest_noun, 'the remainder of %s' % award.of]
    for pt in portion_variants(rest)[:3]:
        options += ['the remaining %s' % pt, 'the remaining %s of %s' % (pt, award.of)]
    return rng.choice(options)


def end_text(rng, award: Award, last: dt.date):
    v = rng.randrange(8)
    if v == 6:  # "; fully vested on D" after the series (gen18's family)
        return '; %s will be fully vested on %s' % (award.noun, date_text(last))
    if v == 7:
        return ', and %s will be fully vested on %s' % (award.noun, date_text(last))
    if v == 0:
        return ' until fully vested'
    if v == 1:
        return ' until all of %s have vested' % award.of if award.of.endswith('s') else ' until fully vested'
    if v == 2:
        return ', such that %s will be fully vested on %s' % (award.noun, date_text(last))
    if v == 3:
        return ' through %s' % date_text(last)
    if v == 4:
        return ', such that 100%% of %s will be vested by %s' % (award.of, date_text(last))
    return ''


def span_or_end_text(rng, award, last, day_rule, months):
    """After a cliff: an end as end_text() gives, or the series' span ("over the next three years")."""
    if day_rule == SAME_DAY and rng.random() < 0.25:
        return ' over the %s %s' % (rng.choice(['following', 'next']), span_text(rng, months))
    return end_text(rng, award, last)


# ---------------------------------------------------------------- day rules

NAMED = {  # period -> list of (calendar days, phrase variants); day 31 means the month's last day
    1: [(tuple((m, 1) for m in range(1, 13)), ['on the first day of each month', 'on the first day of each calendar month',
                                               'on the 1st of each month']),
        (tuple((m, 15) for m in range(1, 13)), ['on the 15th day of each month', 'on the fifteenth day of each month'])],
    3: [(QUARTER_ENDS, ['on the last day of each calendar quarter', 'at the end of each calendar quarter',
                        'on the last day of each March, June, September and December',
                        'on each March 31, June 30, September 30 and December 31']),
        (((1, 1), (4, 1), (7, 1), (10, 1)), ['on the first day of each January, April, July and October',
                                              'on the 1st of January, April, July and October',
                                              'on each January 1, April 1, July 1 and October 1',
                                              'on the first day of each calendar quarter']),
        (((2, 15), (5, 15), (8, 15), (11, 15)), ['on each February 15, May 15, August 15 and November 15',
                                                  'on the fifteenth day of each February, May, August and November',
                                                  'on the 15th day of the second month of each calendar quarter']),
        (((3, 1), (6, 1), (9, 1), (12, 1)), ['on each March 1, June 1, September 1 and December 1',
                                              'on the first day of each March, June, September and December',
                                              'on the 1st of March, June, September and December']),
        (((1, 15), (4, 15), (7, 15), (10, 15)), ['on each January 15, April 15, July 15 and October 15'])],
    6: [(((6, 1), (12, 1)), ['on each June 1 and December 1', 'on June 1 and December 1 of each year']),
        (((4, 15), (10, 15)), ['on each April 15 and October 15', 'on April 15 and October 15 of each year']),
        (((6, 30), (12, 31)), ['on each June 30 and December 31', 'on the last day of each June and December'])],
    12: [(((12, 31),), ['on December 31 of each year', 'on each December 31']),
         (((3, 1),), ['on March 1 of each year', 'on each March 1']),
         (((2, 15),), ['on February 15 of each year', 'on each February 15'])],
}


def is_rule_date(days, d: dt.date) -> bool:
    return any(d.month == m and d.day == min(day, oracle.days_in_month(d.year, m)) for m, day in days)


def pick_rule(rng, period):
    return rng.choice(NAMED[period])


# ---------------------------------------------------------------- shapes

def classify_amount(words: str) -> str:
    if 'thousand' in words or 'hundred' in words:
        return 'share count in words (figure)'
    if '(' in words and '/' in words:
        return 'fraction words (figure)'
    if 'percent' in words:
        return 'percent words'
    if '%' in words:
        return 'percent'
    if 'shares' in words or 'RSUs' in words or 'units' in words:
        return 'share count'
    if '/' in words:
        return 'slash fraction'
    return 'fraction words'
