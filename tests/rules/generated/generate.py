#!/usr/bin/python3
"""Composes Form 4 vesting footnotes from phrase variants, with expected schedules.

usage: generate.py [--seed S] [--count N] [-o OUT.jsonl] [--self-check]

Each line is in the corpus format (id, text, grant_date, shares, expiration,
expect{kind, tranches}) plus "slots": the phrase variant chosen for each slot
(shape, anchor, cliff, series form, period, day rule, amount, structure,
surroundings), so a runner can report per family. The schedule is drawn first
as slot values; the words are chosen afterwards and only say those values; the
expected tranches come from oracle.py alone. Deterministic for a seed.
See README.md for the slots and the oracle's semantics."""
import argparse
import datetime as dt
import json
import random
import sys
from fractions import Fraction

import oracle
from oracle import Lump, Series, Schedule, SAME_DAY, LAST_DAY, RULE_DATES, QUARTER_ENDS
from words import (date_text, count_text, cardinal, ordinal, shares_text, portion_variants, ADVERB,
                   ADJECTIVE, UNIT, ANNIVERSARY, step_anniversary, span_text, span_period, MONTHS)
import surroundings
import negatives


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
        return Anchor(kind, date, ref, ref)
    if kind == 'vcd':
        v = rng.randrange(8)
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
    return Anchor(kind, date, d, d)  # stated date


def pick_anchor(rng, grant_hint=None):
    """Draws an anchor kind and date; returns (anchor, grant_date)."""
    kind = rng.choice(['grant', 'grant', 'vcd', 'vcd', 'hire', 'stated'])
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
        return shares_text(count.numerator) + ' ' + rng.choice(['shares', 'of the shares'] if award.option
                                                                  else ['RSUs', 'units', 'shares'])
    if not options:
        raise Skip('portion %s has no words' % p)
    return rng.choice(options)


def rest_text(rng, rest: Fraction, award: Award) -> str:
    options = ['the balance', 'the remainder', award.rest_noun, 'the remainder of %s' % award.of]
    for pt in portion_variants(rest)[:3]:
        options += ['the remaining %s' % pt, 'the remaining %s of %s' % (pt, award.of)]
    return rng.choice(options)


def end_text(rng, award: Award, last: dt.date):
    v = rng.randrange(6)
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


# ---------------------------------------------------------------- day rules

NAMED = {  # period -> list of (calendar days, phrase variants); day 31 means the month's last day
    1: [(tuple((m, 1) for m in range(1, 13)), ['on the first day of each month', 'on the first day of each calendar month',
                                               'on the 1st of each month']),
        (tuple((m, 15) for m in range(1, 13)), ['on the 15th day of each month', 'on the fifteenth day of each month'])],
    3: [(QUARTER_ENDS, ['on the last day of each calendar quarter', 'at the end of each calendar quarter',
                        'on the last day of each March, June, September and December',
                        'on each March 31, June 30, September 30 and December 31']),
        (((1, 1), (4, 1), (7, 1), (10, 1)), ['on the first day of each January, April, July and October',
                                              'on each January 1, April 1, July 1 and October 1',
                                              'on the first day of each calendar quarter']),
        (((2, 15), (5, 15), (8, 15), (11, 15)), ['on each February 15, May 15, August 15 and November 15',
                                                  'on the fifteenth day of each February, May, August and November',
                                                  'on the 15th day of the second month of each calendar quarter']),
        (((3, 1), (6, 1), (9, 1), (12, 1)), ['on each March 1, June 1, September 1 and December 1',
                                              'on the first day of each March, June, September and December']),
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

def shape_cliff_series(rng, award, shares, slots):
    """A lump (cliff) then a series for the rest: the seed's shape."""
    total = rng.choice([48, 48, 48, 36, 36, 24, 60])
    cliff = rng.choice([12, 12, 12, 6] + ([24] if total >= 48 else []))
    period = rng.choice([p for p in (1, 1, 3, 3, 6, 12) if (total - cliff) % p == 0 and cliff % p == 0])
    count = (total - cliff) // period
    if count < 2:
        raise Skip('one installment is not a series')
    proportional = rng.random() < 0.75
    lump = Fraction(cliff, total) if proportional else rng.choice(
        [Fraction(1, 4), Fraction(1, 3), Fraction(1, 5), Fraction(1, 10), Fraction(2, 5), Fraction(1, 8)])
    each = (1 - lump) / count
    explicit = rng.random() < 0.35
    if explicit:  # the cliff is a stated date; the series steps from it
        cliff_date = random_date(rng, days=list(range(1, 29)) + [31, 31])
        if cliff_date.day > 28 and not oracle.is_month_end(cliff_date):
            raise Skip('29/30 cliff date')
        grant = oracle.add_months(cliff_date, -cliff) + dt.timedelta(days=rng.randint(-10, 10))
        anchor = make_anchor(rng, 'stated', cliff_date)
        series_anchor, first_step = cliff_date, 1
        slots['anchor'] = 'stated cliff date'
    else:
        anchor, grant = pick_anchor(rng)
        cliff_date = oracle.add_months(anchor.date, cliff)
        series_anchor, first_step = anchor.date, cliff // period + 1
        slots['anchor'] = anchor.kind
    # day rule
    rule_roll = rng.random()
    day_rule, days = SAME_DAY, ()
    rule_words = None
    if rule_roll < 0.12 and period == 1 and oracle.is_month_end(cliff_date):
        day_rule = LAST_DAY
        rule_words = rng.choice(['on the last day of each month', 'on the last day of every month',
                                 'on the last day of each successive month'])
    elif rule_roll < 0.4 and period in NAMED:
        days, phrases = pick_rule(rng, period)
        nxt = oracle.rule_dates_after(days, cliff_date, 1)[0]
        if not is_rule_date(days, cliff_date) and (nxt - cliff_date).days < 28:
            raise Skip('rule date too close to the cliff')
        day_rule, rule_words = RULE_DATES, rng.choice(phrases)
    slots['day_rule'] = rule_words if rule_words else 'same day'
    series = Series(series_anchor, period, first_step, count, each, day_rule, days, cliff_date)
    sched = Schedule(shares, [Lump(cliff_date, lump)], [series])
    last = series.dates()[-1]

    # the cliff clause
    lump_words = portion_text(rng, lump, award, shares)
    if explicit:
        when = 'on %s' % date_text(cliff_date)
        cliff_form = 'date'
    else:
        v = rng.randrange(8)
        ref = anchor.ref()
        if v == 0:
            when = 'on the %s anniversary of %s' % (step_anniversary(rng, cliff), ref)
        elif v == 1:
            when = 'upon the %s anniversary of %s' % (step_anniversary(rng, cliff), ref)
        elif v == 2:
            when = '%s after %s' % (rng.choice([span_text(rng, cliff), '%d months' % cliff]), ref)
        elif v == 3:
            when = 'on the %s anniversary of %s' % (step_anniversary(rng, cliff), ref)
        elif v == 4:
            when = 'on the date that is %s after %s' % (span_text(rng, cliff), ref)
        elif v == 5:
            when = '%s from %s' % (span_text(rng, cliff), ref)
        elif v == 6:
            if cliff % 12:
                raise Skip('annual anniversary')
            when = 'on the %s annual anniversary of %s' % (ordinal(cliff // 12), ref)
        else:
            when = 'upon the completion of %s of continuous service measured from %s' % (
                '%s months' % cardinal(cliff) if rng.random() < 0.5 else span_text(rng, cliff), ref)
        cliff_form = ['anniversary', 'upon anniversary', 'N after', 'anniversary', 'date that is N after', 'N from',
                      'annual anniversary', 'upon completion of N of service'][v]
    c = rng.randrange(4)
    verb = award.verb(rng, plural=award.of.endswith('s'))
    of_award = '' if classify_amount(lump_words) == 'share count' else ' of ' + award.of
    if c == 0:
        cliff_clause = '%s%s %s %s' % (lump_words, of_award, verb, when)
    elif c == 1:
        cliff_clause = '%s %s as to %s%s %s' % (award.noun, award.verb(rng), lump_words, of_award, when)
    elif c == 2:
        cliff_clause = '%s, %s%s %s' % (when, lump_words, of_award, verb)
    else:
        cliff_clause = '%s%s %s %s' % (lump_words, of_award, verb, when)
    slots['cliff'] = cliff_form
    slots['amount'] = classify_amount(lump_words)

    # the series clause (subject and all)
    rest = 1 - lump
    rest_words = rest_text(rng, rest, award)
    rverb = award.verb(rng, plural=not rest_words.startswith('the remainder') and rest_words != 'the balance')
    n = count_text(rng, count)
    adj = rng.choice(ADJECTIVE[period])
    rule = (' ' + rule_words) if rule_words else ''
    forms = ['n equal installments thereafter', 'per-installment portion', 'n installments then',
             'successive installments']
    if day_rule == SAME_DAY:
        forms += ['over the following span', 'for the following n units through end', 'adverb over span',
                  'each anniversary of anchor thereafter', 'an additional each period']
        if not explicit and anchor.kind != 'stated' and series_anchor.day <= 28:
            forms.append('beginning on first date')
        if not explicit:
            forms += ['beginning one period after the cliff', 'over the span following the cliff']
    form = rng.choice(forms)
    slots['series'] = form
    slots['period'] = {1: 'monthly', 3: 'quarterly', 6: 'semi-annual', 12: 'annual'}[period]
    if form == 'n equal installments thereafter':
        series_clause = '%s %s in %s equal %s installments%s thereafter' % (rest_words, rverb, n, adj, rule)
        if rng.random() < 0.3:
            series_clause += end_text(rng, award, last)
    elif form == 'per-installment portion':
        each_words = portion_text(rng, each, award, shares)
        if 'shares' in each_words or 'RSUs' in each_words or 'units' in each_words:
            series_clause = '%s %s %s%s thereafter' % (each_words, award.verb(rng, True), ADVERB[period][0], rule)
        else:
            series_clause = '%s of %s %s %s%s thereafter' % (each_words, award.of, award.verb(rng, True),
                                                             rng.choice(ADVERB[period]) if not rule else
                                                             ADVERB[period][0], rule)
        series_clause += end_text(rng, award, last)
        slots['amount'] += '+each ' + classify_amount(each_words)
    elif form == 'n installments then':
        series_clause = '%s %s then in %s equal %s installments%s' % (rest_words, rverb, n, adj, rule)
    elif form == 'successive installments':
        series_clause = '%s %s in %s successive equal %s installments%s thereafter' % (rest_words, rverb, n, adj, rule)
    elif form == 'over the following span':
        series_clause = '%s %s in equal %s installments over the %s %s' % (
            rest_words, rverb, adj, rng.choice(['following', 'next', 'subsequent']), span_text(rng, count * period))
    elif form == 'for the following n units through end':
        if period not in (1, 3):
            raise Skip('units')
        series_clause = '%s %s then vest in equal %s increments for the following %s %ss through %s' % (
            rest_words, 'will' if rng.random() < 0.5 else 'shall', adj, n, UNIT[period], date_text(last))
    elif form == 'adverb over span':
        series_clause = '%s %s %s over the %s %s' % (rest_words, rverb, rng.choice(['ratably ' + ADVERB[period][2]
                                                     if period != 12 else 'ratably on an annual basis'] + ADVERB[period][:2]),
                                                     rng.choice(['following', 'next']), span_text(rng, count * period))
    elif form == 'each anniversary of anchor thereafter':
        ann = rng.choice(ANNIVERSARY[period])
        ref = anchor.ref() if not explicit else date_text(cliff_date)
        series_clause = '%s %s in %s equal %s installments on each %sanniversary of %s thereafter' % (
            rest_words, rverb, n, adj, (ann + ' ') if ann else '', ref)
    elif form == 'an additional each period':
        each_words = portion_text(rng, each, award, shares, allow_shares=False)
        series_clause = 'an additional %s of %s %s %s thereafter' % (
            each_words, award.of, award.verb(rng, True),
            {1: 'on the same day of each month', 3: 'every three months', 6: 'every six months',
             12: 'on each anniversary'}[period] if rng.random() < 0.5 else ADVERB[period][0])
        series_clause += end_text(rng, award, last)
    elif form == 'beginning one period after the cliff':
        unit_span = {1: 'one month', 3: 'three months', 6: 'six months', 12: 'one year'}[period]
        series_clause = '%s %s in %s equal %s installments %s %s after the %s anniversary of %s' % (
            rest_words, rverb, n, adj, rng.choice(['beginning', 'commencing', 'starting']), unit_span,
            step_anniversary(rng, cliff), anchor.ref())
    elif form == 'over the span following the cliff':
        series_clause = '%s %s in %s equal %s installments over the %s following the %s anniversary of %s' % (
            rest_words, rverb, n, adj, span_text(rng, count * period), step_anniversary(rng, cliff), anchor.ref())
    else:  # beginning on first date
        first = series.dates()[0]
        series_clause = '%s %s in %s equal %s installments beginning on %s' % (rest_words, rverb, n, adj, date_text(first))
        if rng.random() < 0.5:
            series_clause += end_text(rng, award, last)

    # sentence structure
    s = rng.randrange(6)
    preamble = ''
    if proportional and c != 1 and rng.random() < 0.25:
        preamble = '%s %s over %s' % (cap(award.noun), award.verb(rng),
                                      span_text(rng, total) if rng.random() < 0.6 else span_period(rng, total))
    if s == 0:
        body = cap(cliff_clause) + ', and ' + series_clause + '.'
    elif s == 1:
        body = cap(cliff_clause) + '. ' + cap(series_clause) + '.'
    elif s == 2:
        body = cap(cliff_clause) + '; ' + series_clause + '.'
    elif s == 3:
        body = cap(cliff_clause) + ' and ' + series_clause + '.'
    elif s == 4:
        body = cap(cliff_clause) + '. Thereafter, ' + series_clause.replace(' thereafter', '') + '.'
    else:
        lead = '%s %s ' % (rest_words, rverb)
        if not series_clause.startswith(lead):
            raise Skip('no verb to turn into vesting')
        body = cap(cliff_clause) + ', with ' + rest_words + ' vesting ' + series_clause[len(lead):] + '.'
    if preamble:
        body = preamble + ': ' + body[0].lower() + body[1:] if rng.random() < 0.5 else preamble + '. ' + body
    slots['structure'] = ['one sentence, and', 'two sentences', 'semicolon', 'and', 'Thereafter,', 'with'][s] + \
        (' +span preamble' if preamble else '')
    if slots['structure'].startswith('Thereafter') and ' thereafter' not in series_clause:
        raise Skip('nothing to move')
    return body, sched, grant, anchor


def classify_amount(words: str) -> str:
    if 'percent' in words:
        return 'percent words'
    if '%' in words:
        return 'percent'
    if 'shares' in words or 'RSUs' in words or 'units' in words:
        return 'share count'
    if '/' in words:
        return 'slash fraction'
    return 'fraction words'


def shape_series(rng, award, shares, slots):
    """One series for the whole grant."""
    period = rng.choice([1, 3, 3, 6, 12, 12, 12])
    count = {1: rng.choice([12, 24, 36, 48]), 3: rng.choice([4, 8, 12, 16]), 6: rng.choice([2, 4, 6, 8]),
             12: rng.choice([2, 3, 3, 4, 4, 5])}[period]
    each = Fraction(1, count)
    slots['period'] = {1: 'monthly', 3: 'quarterly', 6: 'semi-annual', 12: 'annual'}[period]
    n = count_text(rng, count)
    adj = rng.choice(ADJECTIVE[period])
    verb = award.verb(rng)
    noun = cap(award.noun)
    forms = ['beginning on the first step anniversary', 'each anniversary of anchor', 'per-installment on each anniversary',
             'over span from anchor', 'commencing on a date', 'per-installment beginning on a date',
             'following a date such that', 'rule dates beginning on a date', 'rule dates first following anchor',
             ]
    if period == 12:
        forms += ['over a period commencing on the first anniversary', 'percent annually, fully vested after',
                  'ratably over a period in annual installments']
    if period == 12 and count <= 5:
        forms += ['on each of the first n anniversaries', 'on the first n anniversaries', 'ordinal list of anniversaries']
    if period in (3, 12):
        forms.append('defined quarterly vesting date')
    form = rng.choice(forms)
    slots['series'] = form
    slots['day_rule'] = 'same day'
    if form in ('commencing on a date', 'per-installment beginning on a date', 'following a date such that',
                'rule dates beginning on a date'):
        anchor_date = random_date(rng, days=list(range(1, 29)) + [31])
        if anchor_date.day == 31 and not oracle.is_month_end(anchor_date):
            raise Skip('31')
        grant = anchor_date - dt.timedelta(days=rng.randint(20, 400))
        anchor = make_anchor(rng, 'stated', anchor_date)
    else:
        anchor, grant = pick_anchor(rng)
    slots['anchor'] = anchor.kind
    d = date_text(anchor.date)
    if form == 'beginning on the first step anniversary':
        series = Series(anchor.date, period, 1, count, each)
        text = '%s %s in %s equal %s installments %s on the %s anniversary of %s' % (
            noun, verb, n, adj, rng.choice(['beginning', 'commencing', 'starting']),
            step_anniversary(rng, period), anchor.ref())
    elif form == 'each anniversary of anchor':
        series = Series(anchor.date, period, 1, count, each)
        ann = rng.choice(ANNIVERSARY[period])
        text = '%s %s in %s equal %s installments on each %sanniversary of %s' % (
            noun, verb, n, adj, (ann + ' ') if ann else '', anchor.ref())
    elif form == 'per-installment on each anniversary':
        series = Series(anchor.date, period, 1, count, each)
        ann = rng.choice(ANNIVERSARY[period])
        pw = portion_text(rng, each, award, shares, allow_shares=False)
        slots['amount'] = classify_amount(pw)
        v = rng.randrange(3)
        where = 'on each %sanniversary of %s' % ((ann + ' ') if ann else '', anchor.ref())
        if v == 0:
            text = '%s of %s %s %s' % (pw, award.of, award.verb(rng, True), where)
        elif v == 1:
            text = '%s, %s of %s %s' % (cap(where), pw, award.of, award.verb(rng, True))
        else:
            text = '%s %s as to %s of %s %s' % (noun, verb, pw, award.of, where)
        text += end_text(rng, award, series.dates()[-1]) if v != 1 else rng.choice(['', ', until all units have vested'])
    elif form == 'over span from anchor':
        series = Series(anchor.date, period, 1, count, each)
        v = rng.randrange(4)
        span = span_text(rng, count * period)
        if v == 0:
            text = '%s %s in equal %s installments over %s from %s' % (noun, verb, adj, span, anchor.ref())
        elif v == 1:
            text = '%s %s %s over %s following %s' % (noun, verb, ADVERB[period][0], span, anchor.ref())
        elif v == 2:
            text = '%s %s ratably over %s in %s installments, beginning on the %s anniversary of %s' % (
                noun, verb, span_period(rng, count * period), adj, step_anniversary(rng, period), anchor.ref())
        else:
            text = '%s %s over %s from %s in %s equal %s installments' % (noun, verb, span, anchor.ref(), n, adj)
    elif form == 'over a period commencing on the first anniversary':
        series = Series(anchor.date, period, 1, count, each)
        text = '%s %s in %s equal installments over %s commencing on the %s anniversary of %s' % (
            noun, verb, n, span_period(rng, count * period), step_anniversary(rng, period), anchor.ref())
        slots['period'] += ' (from span)'
    elif form == 'commencing on a date':
        series = Series(anchor.date, period, 0, count, each)
        text = rng.choice([
            '%s %s in %s equal %s installments commencing on %s' % (noun, verb, n, adj, d),
            '%s %s in %s equal %s installments beginning %s' % (noun, verb, n, adj, d),
            '%s %s in %s equal %s installments, with the first installment vesting on %s' % (noun, verb, n, adj, d),
            '%s %s in %s equal %s installments, the first of which %s on %s' % (noun, verb, n, adj,
                                                                               'will vest', d),
            'Beginning on %s, %s %s in %s equal %s installments' % (d, award.noun, verb, n, adj),
            'Commencing %s, %s %s %s in %s equal installments' % (d, award.noun, verb, ADVERB[period][0], n)])
    elif form == 'per-installment beginning on a date':
        series = Series(anchor.date, period, 0, count, each)
        pw = portion_text(rng, each, award, shares, allow_shares=False)
        slots['amount'] = classify_amount(pw)
        text = rng.choice(['%s of %s %s %s, beginning on %s' % (pw, award.of, award.verb(rng, True), ADVERB[period][0], d),
                           '%s %s as to %s of %s %s, beginning %s' % (noun, verb, pw, award.of, ADVERB[period][0], d),
                           '%s of %s %s %s commencing %s' % (pw, award.of, award.verb(rng, True), ADVERB[period][0], d)])
        text += end_text(rng, award, series.dates()[-1])
    elif form == 'following a date such that':
        series = Series(anchor.date, period, 1, count, each)
        text = '%s %s in %s equal %s installments %s %s such that %s %s fully vested on %s' % (
            noun, verb, n, adj, rng.choice(['following', 'after']), d, award.noun, award.be(),
            date_text(series.dates()[-1]))
    elif form == 'rule dates beginning on a date':
        days, phrases = pick_rule(rng, period)
        if not is_rule_date(days, anchor.date):
            first = oracle.rule_dates_after(days, anchor.date, 1)[0]
            anchor = make_anchor(rng, 'stated', first)
            grant = first - dt.timedelta(days=rng.randint(20, 400))
        words = rng.choice(phrases)
        slots['day_rule'] = words
        series = Series(anchor.date, period, 0, count, each, RULE_DATES, days, anchor.date - dt.timedelta(days=1))
        text = '%s %s in %s equal %s installments %s, %s %s' % (noun, verb, n, adj, words,
                                                              rng.choice(['beginning on', 'beginning', 'commencing on',
                                                                          'starting']), date_text(anchor.date))
    elif form == 'rule dates first following anchor':
        days, phrases = pick_rule(rng, period)
        words = rng.choice(phrases)
        slots['day_rule'] = words
        series = Series(anchor.date, period, 0, count, each, RULE_DATES, days, anchor.date)
        text = '%s %s in %s equal %s installments %s, beginning with the first such date %s %s' % (
            noun, verb, n, adj, words, rng.choice(['following', 'after']), anchor.ref())
    elif form == 'defined quarterly vesting date':
        days, phrases = pick_rule(rng, period)
        term = {3: 'Quarterly Vesting Date', 12: 'Annual Vesting Date'}[period]
        listed = rng.choice([p for p in phrases if p.startswith('on each') or p.startswith('on the')])
        slots['day_rule'] = listed + ' (defined term)'
        series = Series(anchor.date, period, 0, count, each, RULE_DATES, days, anchor.date)
        text = '%s %s in %s equal %s installments on each %s, beginning with the first %s following %s' % (
            noun, verb, n, adj, term, term, anchor.ref())
        definition = '"%s" means each %s.' % (term, listed.replace('on each ', '').replace('on ', ''))
        if rng.random() < 0.5:
            text += '. ' + definition[:-1]
        else:
            text = 'As used herein, ' + definition[:-1] + '. ' + text
    elif form == 'percent annually, fully vested after':
        if anchor.kind != 'grant':
            raise Skip('grant only')
        series = Series(anchor.date, 12, 1, count, each)
        pw = portion_text(rng, each, award, shares, allow_shares=False)
        slots['amount'] = classify_amount(pw)
        text = '%s %s %s annually on the anniversary date of the grant, and %s %s fully vested after %s years' % (
            noun, verb, pw, award.noun, award.be(), cardinal(count))
        text = text.replace(' %s %s annually' % (verb, pw), ' %s as to %s annually' % (verb, pw)) if rng.random() < 0.5 else text
    elif form == 'ratably over a period in annual installments':
        if anchor.kind != 'grant' or anchor.intro or '(' in anchor.first:
            raise Skip('grant only, unstated')
        series = Series(anchor.date, 12, 1, count, each)
        text = '%s %s ratably over %s in annual installments' % (noun, verb, span_period(rng, 12 * count))
        text += rng.choice(['', ' from the grant date', ', beginning on the first anniversary of the grant date'])
    elif form == 'on each of the first n anniversaries':
        series = Series(anchor.date, 12, 1, count, each)
        text = '%s %s in %s equal annual installments on each of the first %s anniversaries of %s' % (
            noun, verb, n, cardinal(count), anchor.ref())
    elif form == 'on the first n anniversaries':
        series = Series(anchor.date, 12, 1, count, each)
        text = '%s %s in %s equal annual installments on the first %s anniversaries of %s' % (
            noun, verb, n, cardinal(count), anchor.ref())
    else:  # ordinal list of anniversaries
        series = Series(anchor.date, 12, 1, count, each)
        pw = portion_text(rng, each, award, shares, allow_shares=False)
        slots['amount'] = classify_amount(pw)
        ords = [ordinal(k) for k in range(1, count + 1)]
        listed = ', '.join(ords[:-1]) + ' and ' + ords[-1]
        text = '%s of %s %s on each of the %s anniversaries of %s' % (pw, award.of, award.verb(rng, True), listed,
                                                                      anchor.ref())
    slots.setdefault('amount', 'equal')
    return cap(text) + '.', Schedule(shares, [], [series]), grant, anchor


def shape_lumps(rng, award, shares, slots):
    """Dated portions (or one cliff)."""
    k = rng.choice([1, 2, 3, 3, 4])
    anchor, grant = pick_anchor(rng)
    by_anniversary = rng.random() < 0.4 and anchor.kind != 'stated'
    slots['anchor'] = anchor.kind if by_anniversary else 'stated dates'
    if by_anniversary:
        years = sorted(rng.sample([1, 2, 3, 4, 5], k)) if k > 1 else [rng.choice([1, 2, 3, 4, 5])]
        dates = [oracle.add_months(anchor.date, 12 * y) for y in years]
    else:
        first = random_date(rng)
        grant = first - dt.timedelta(days=rng.randint(30, 400))
        anchor = make_anchor(rng, 'stated', first)
        step = rng.choice([12, 12, 6])
        dates = [oracle.add_months(first, step * i) for i in range(k)]
        if first.day > 28:
            raise Skip('clamped list')
    portions = rng.choice({1: [[Fraction(1)]],
                           2: [[Fraction(1, 2)] * 2, [Fraction(3, 5), Fraction(2, 5)], [Fraction(1, 3), Fraction(2, 3)]],
                           3: [[Fraction(1, 3)] * 3, [Fraction(1, 4), Fraction(1, 4), Fraction(1, 2)],
                               [Fraction(1, 2), Fraction(1, 4), Fraction(1, 4)], [Fraction(3, 10), Fraction(3, 10), Fraction(2, 5)]],
                           4: [[Fraction(1, 4)] * 4, [Fraction(1, 10), Fraction(2, 10), Fraction(3, 10), Fraction(4, 10)]]}[k])
    sched = Schedule(shares, [Lump(d, p) for d, p in zip(dates, portions)], [])
    noun, verb = cap(award.noun), award.verb(rng)
    slots['series'] = 'none'
    slots['period'] = 'none'
    slots['day_rule'] = 'none'
    if by_anniversary:
        whens = ['on the %s anniversary of %s' % (step_anniversary(rng, 12 * y) if i == 0 else ordinal(y), anchor.ref())
                 for i, y in enumerate(years)]
    else:
        whens = ['on %s' % date_text(d) for d in dates]
    if k == 1:
        form = rng.choice(['in full', '100%', 'cliff', 'years from grant on date'] if anchor.kind == 'grant' and by_anniversary
                          else ['in full', '100%', 'cliff', 'one installment'])
        slots['lumps'] = form
        if form == 'in full':
            text = '%s %s in full %s' % (noun, verb, whens[0])
        elif form == '100%':
            text = '100%% of %s %s %s' % (award.of, award.verb(rng, True), whens[0])
        elif form == 'cliff':
            text = '%s %s %s' % (noun, rng.choice(['cliff vest', 'will cliff vest'] if award.plural else
                                                   ['cliff vests', 'will cliff vest']), whens[0])
        elif form == 'one installment':
            text = '%s %s in one installment %s' % (noun, verb, whens[0])
        else:
            text = '%s %s %s years from the grant date on %s' % (noun, verb, cardinal(years[0]), date_text(dates[0]))
        slots['amount'] = 'whole'
        return cap(text) + '.', sched, grant, anchor
    use_counts = rng.random() < 0.3
    amounts = []
    if use_counts:
        allocated = [t[1] for t in sched.tranches()]
        amounts = [shares_text(a) + rng.choice(['', ' shares']) for a in allocated]
        # the counts are what the text says: make the schedule say exactly them
        sched = Schedule(shares, [Lump(d, Fraction(a, shares)) for d, a in zip(dates, allocated)], [])
        slots['amount'] = 'share count'
    else:
        amounts = [portion_text(rng, p, award, shares, allow_shares=False) for p in portions]
        if rng.random() < 0.4:
            amounts[-1] = 'the remaining ' + amounts[-1]
            slots['amount'] = 'portions, the remaining last'
        else:
            slots['amount'] = classify_amount(amounts[0])
    equal = len(set(portions)) == 1 and not use_counts
    forms = ['as follows semicolons', 'as follows (i)', 'list with and', 'tranches colon']
    if equal and not by_anniversary:
        forms.append('on each of dates')
    if use_counts:
        forms.append('vesting date / number of shares')
    form = rng.choice(forms)
    slots['lumps'] = form
    parts = ['%s %s' % (a, w) for a, w in zip(amounts, whens)]
    if form == 'as follows semicolons':
        text = '%s %s as follows: %s; and %s' % (noun, verb, '; '.join(parts[:-1]), parts[-1])
    elif form == 'as follows (i)':
        roman = ['(i)', '(ii)', '(iii)', '(iv)']
        text = '%s %s as follows: %s and %s' % (noun, verb, '; '.join('%s %s' % (roman[i], p) for i, p in enumerate(parts[:-1])),
                                                '%s %s' % (roman[len(parts) - 1], parts[-1]))
    elif form == 'list with and':
        text = '%s of %s %s %s' % (amounts[0], award.of, award.verb(rng, True), whens[0])
        for a, w in zip(amounts[1:-1], whens[1:-1]):
            text += ', %s %s' % (a, w)
        text += ' and %s %s' % (amounts[-1], whens[-1])
    elif form == 'tranches colon':
        text = '%s %s in %s %s: %s' % (noun, verb, cardinal(k), rng.choice(['tranches', 'installments']),
                                       ', '.join(parts[:-1]) + ' and ' + parts[-1])
    elif form == 'on each of dates':
        ds = [date_text(d) for d in dates]
        text = '%s of %s %s on each of %s and %s' % (amounts[0].replace('the remaining ', ''), award.of,
                                                    award.verb(rng, True), ', '.join(ds[:-1]), ds[-1])
    else:
        text = 'Vesting date / number of shares: ' + '; '.join('%s: %s' % (date_text(d), shares_text(t[1]))
                                                              for d, t in zip(dates, sched.tranches()))
    return cap(text) + '.', sched, grant, anchor


def shape_dated_then_rate(rng, award, shares, slots):
    """A dated first installment, then the same rate every period to a stated end (Apple's RSU footnotes)."""
    period = rng.choice([6, 6, 3, 12])
    count = {3: rng.choice([8, 12, 16]), 6: rng.choice([6, 8]), 12: rng.choice([3, 4])}[period]
    each = Fraction(1, count)
    grant = random_date(rng)
    first = oracle.add_months(grant, period) + dt.timedelta(days=rng.randint(0, 20))
    if first.day > 28:
        raise Skip('clamped first date')
    lump = Lump(first, each)
    series = Series(first, period, 1, count - 1, each)
    end = series.dates()[-1]
    pw = portion_text(rng, each, award, shares, allow_shares=False)
    adj = rng.choice(ADJECTIVE[period])
    rest = rng.choice([award.rest_noun, 'the remaining %s' % award.of[len('the '):]])
    v = rng.randrange(4)
    if v == 0:
        text = '%s of %s vested on %s and %s vest %s in %s installments over the %s ending %s' % (
            pw, award.of, date_text(first), rest, pw, adj, span_period(rng, count * period)[2:], date_text(end))
    elif v == 1:
        text = '%s of %s %s on %s, and %s %s in equal %s installments of %s each thereafter through %s' % (
            pw, award.of, award.verb(rng, True), date_text(first), rest, award.verb(rng, True), adj, pw, date_text(end))
    elif v == 2:
        text = '%s of %s %s on %s and %s every %s thereafter until %s' % (
            pw, award.of, award.verb(rng, True), date_text(first), pw,
            {3: 'three months', 6: 'six months', 12: 'year'}[period], date_text(end))
    else:
        text = '%s vested on %s, and an additional %s %s on each %s anniversary of that date through %s' % (
            pw, date_text(first), pw, award.verb(rng, True), rng.choice(ANNIVERSARY[period]) or 'annual', date_text(end))
        text = text.replace('each  anniversary', 'each anniversary')
    if rng.random() < 0.4:
        text = '%s %s granted on %s. ' % (cap(award.noun), 'were' if award.plural else 'was', date_text(grant)) + cap(text)
    slots.update(anchor='stated first date', series='dated first then rate to end #%d' % v,
                 period={3: 'quarterly', 6: 'semi-annual', 12: 'annual'}[period], day_rule='same day',
                 amount=classify_amount(pw))
    return cap(text) + '.', Schedule(shares, [lump], [series]), grant, make_anchor(rng, 'stated', first)


def shape_mixed(rng, award, shares, slots):
    """A dated portion beside a contingent one: kind `mixed`, tranches for the dated part."""
    grant = random_date(rng)
    v = rng.randrange(4)
    anchor = make_anchor(rng, 'grant', grant)
    if v == 0:
        count = rng.choice([3, 4])
        a = count * rng.randint(100, 5000)
        b = rng.randint(100, 5000)
        shares = a + b
        start = oracle.add_months(grant, 12) + dt.timedelta(days=rng.randint(0, 45))
        parts = [Series(start, 12, 0, count, Fraction(a, count * shares))]
        text = ('Of the %s units, %s are time-vesting RSUs that vest in %s equal annual installments beginning on %s, '
                'and %s are performance share units that will be earned, if at all, based on the Issuer\'s total '
                'shareholder return over a three-year performance period.' % (
                    shares_text(shares), shares_text(a), cardinal(count), date_text(start), shares_text(b)))
        lumps = []
    elif v == 1:
        shares = 4 * rng.randint(100, 50000)
        lumps, parts = [Lump(grant, Fraction(1, 4))], []
        text = rng.choice(['25% of the shares vested on the date of grant, and the remaining 75% will vest upon the '
                           'approval of the Issuer\'s product candidate by the U.S. Food and Drug Administration.',
                           'One-fourth of the RSUs vested on the grant date and the remaining three-fourths will vest '
                           'upon the achievement of a milestone determined by the Board.'])
    elif v == 2:
        shares = 8 * rng.randint(100, 50000)
        lumps, parts = [], [Series(grant, 12, 1, 4, Fraction(1, 8))]
        text = ('50% of the RSUs are time-based and vest in four equal annual installments beginning on the first '
                'anniversary of the grant date; the remaining 50% are performance-based and vest upon achievement '
                'of specified revenue targets.')
    else:
        shares = 2 * rng.randint(100, 50000)
        d = oracle.add_months(grant, rng.choice([12, 24, 36])) + dt.timedelta(days=rng.randint(0, 45))
        lumps, parts = [Lump(d, Fraction(1, 2))], []
        text = ('One-half of the award will vest on %s; the other half will vest upon the achievement of '
                'performance goals established by the Compensation Committee of the Board.' % date_text(d))
    sched = Schedule(shares, lumps, parts)
    slots.update(anchor='grant', series='mixed #%d' % v, period='none', day_rule='none', amount='mixed')
    return text, sched, grant, anchor, shares


def shape_two_rate(rng, award, shares, slots):
    """Two rates in one series: '5% per quarter during the first two years and 7.5% per quarter thereafter'."""
    a, n1, b, n2, period = rng.choice([(Fraction(5, 100), 8, Fraction(75, 1000), 8, 3),
                                       (Fraction(1, 10), 2, Fraction(1, 5), 4, 12),
                                       (Fraction(1, 48), 24, Fraction(1, 24), 12, 1)])
    anchor, grant = pick_anchor(rng)
    slots.update(anchor=anchor.kind, series='two rates', period={1: 'monthly', 3: 'quarterly', 12: 'annual'}[period],
                 day_rule='same day', amount='per-period rate')
    s1 = Series(anchor.date, period, 1, n1, a)
    s2 = Series(anchor.date, period, n1 + 1, n2, b)
    unit = UNIT[period]
    aw = portion_text(rng, a, award, shares, allow_shares=False)
    bw = portion_text(rng, b, award, shares, allow_shares=False)
    text = '%s %s at a rate of %s of the total award per %s during the first %s following %s and %s per %s thereafter' % (
        cap(award.noun), award.verb(rng), aw, unit, span_text(rng, n1 * period), anchor.ref(), bw, unit)
    return text + '.', Schedule(shares, [], [s1, s2]), grant, anchor


def shape_immediate(rng, award, shares, slots):
    grant = random_date(rng)
    later = grant + dt.timedelta(days=rng.randint(30, 900))
    noun = cap(award.noun)
    were = 'were' if award.plural else 'was'
    name, text = rng.choice([
        ('granted fully vested, settled on a date',
         '%s %s granted fully vested and will be settled in shares on %s.' % (noun, were, date_text(later))),
        ('vested in entirety on the date of grant',
         '%s vested in %s entirety on the date of grant.' % (noun, 'their' if award.plural else 'its')),
        ('fully vested on the grant date', '%s %s fully vested on the grant date.' % (noun, were)),
        ('fully vested upon grant, delivered on a date',
         '%s %s fully vested upon grant and will be delivered on %s.' % (noun, were, date_text(later))),
        ('vested in full on the grant date; settlement on a date',
         '%s vested in full on the grant date; settlement will occur on %s.' % (noun, date_text(later))),
        ('granted fully vested. Delivered on a date',
         '%s %s granted fully vested. Shares will be delivered on %s.' % (noun, were, date_text(later))),
    ])
    slots.update(anchor='grant', series='immediate', period='none', day_rule='none', amount='whole', immediate=name)
    return text, grant


# ---------------------------------------------------------------- assembling a line

SHAPES = [(shape_cliff_series, 34), (shape_series, 30), (shape_lumps, 14), (shape_two_rate, 3),
          (shape_dated_then_rate, 4)]


def make_case(rng, index):
    while True:
        try:
            return _make_case(rng, index)
        except Skip:
            continue


def _make_case(rng, index):
    roll = rng.random()
    option = rng.random() < 0.4
    award = Award(rng, option)
    shares = rng.choice([rng.randint(1000, 500000), rng.randint(1000, 20000) * 12, rng.randint(100, 3000)])
    slots = {}
    if roll < 0.14:
        neg = negatives.make(rng)
        slots.update(shape='negative', negative=neg['family'])
        text = surroundings.wrap_negative(rng, neg['text'], slots)
        grant = random_date(rng)
        return line(index, text, grant, shares, None, {'kind': 'not_vesting'}, slots)
    if roll < 0.18:
        slots['shape'] = 'immediate'
        text, grant = shape_immediate(rng, award, shares, slots)
        return line(index, text, grant, shares, expiration(grant) if option else None,
                    {'kind': 'immediate', 'tranches': [{'date': grant.isoformat(), 'shares': shares}]}, slots)
    if roll < 0.2:
        slots['shape'] = 'mixed'
        text, sched, grant, anchor, shares = shape_mixed(rng, award, shares, slots)
        expect = {'kind': 'mixed', 'tranches': [{'date': d, 'shares': s} for d, s in sched.partial_tranches()]}
        return line(index, text, grant, shares, None, expect, slots)
    total = sum(w for _, w in SHAPES)
    pick, acc = rng.uniform(0, total), 0
    for shape, weight in SHAPES:
        acc += weight
        if pick <= acc:
            break
    slots['shape'] = shape.__name__[len('shape_'):]
    body, sched, grant, anchor = shape(rng, award, shares, slots)
    tranches = sched.tranches()
    if anchor.intro is None and anchor.outro is None and anchor.kind in ('vcd', 'hire') and not anchor.used:
        raise Skip('anchor never stated')
    if anchor.kind in ('vcd', 'hire') and anchor.first == anchor.later and anchor.intro is None and anchor.outro is None:
        raise Skip('anchor date not in the text')
    text = surroundings.wrap(rng, body, award, anchor, slots, grant, expiration(grant) if option else None)
    expect = {'kind': 'time_based', 'tranches': [{'date': d, 'shares': s} for d, s in tranches]}
    if award.exercisable:
        slots['exercisable'] = 'vest and become exercisable'
    return line(index, text, grant, shares, expiration(grant) if option else None, expect, slots)


def expiration(grant: dt.date) -> str:
    return (oracle.add_months(grant, 120) - dt.timedelta(days=1)).isoformat()


def line(index, text, grant, shares, expiration, expect, slots):
    return {'id': 'g%06d' % index, 'text': text, 'grant_date': grant.isoformat(), 'shares': shares,
            'expiration': expiration, 'expect': expect, 'slots': slots}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seed', type=int, default=9)
    ap.add_argument('--count', type=int, default=2000)
    ap.add_argument('-o', '--output', default='-')
    ap.add_argument('--self-check', action='store_true', help='run the oracle\'s hand-worked cases and exit')
    args = ap.parse_args()
    oracle.self_check()
    if args.self_check:
        print('oracle self-check: ok')
        return
    rng = random.Random(args.seed)
    out = sys.stdout if args.output == '-' else open(args.output, 'w')
    for i in range(args.count):
        out.write(json.dumps(make_case(rng, i + 1)) + '\n')
    if out is not sys.stdout:
        out.close()


if __name__ == '__main__':
    main()
