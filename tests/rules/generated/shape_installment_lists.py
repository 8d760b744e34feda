"""Shape: unequal installments listed with their sizes (holdout19's family d and the "respectively" lists):
"in three annual installments of 34%, 33% and 33% beginning on D", "vest 33%, 33% and 34% on the first, second and
third anniversaries of X, respectively", "in annual tranches of 4,000, 4,000, 6,000 and 6,000 shares on the first
four anniversaries of X, respectively", a count beside a "respectively" list, share counts spelled out."""
import datetime as dt
from fractions import Fraction

import oracle
from oracle import Lump, Schedule
from phrases import Skip, cap, random_date, make_anchor, pick_anchor
from words import cardinal, ordinal, date_text, shares_text, count_in_words, percent_text

PERCENT_LISTS = [(34, 33, 33), (33, 33, 34), (20, 30, 50), (25, 25, 50), (10, 20, 30, 40), (20, 20, 30, 30),
                 (15, 15, 20, 20, 30), (40, 30, 30), (30, 30, 40), (50, 25, 25), (10, 20, 20, 25, 25)]


def _and_list(items):
    return ', '.join(items[:-1]) + ' and ' + items[-1]


def shape_installment_list(rng, award, shares, slots):
    """Sizes listed one per installment; dates from a start and a period, or anniversaries."""
    percents = rng.choice(PERCENT_LISTS)
    k = len(percents)
    period = rng.choice([12, 12, 12, 6])
    adj = {12: 'annual', 6: 'semi-annual'}[period]
    stated_start = rng.random() < 0.4
    if stated_start:
        first = random_date(rng, days=list(range(1, 29)))
        grant = oracle.add_months(first, -period) - dt.timedelta(days=rng.randint(0, 20))
        anchor = make_anchor(rng, 'stated', first)
        dates = [oracle.add_months(first, period * i) for i in range(k)]
    else:
        anchor, grant = pick_anchor(rng)
        if anchor.kind == 'stated':
            raise Skip('a stated anchor is the start form')
        dates = [oracle.add_months(anchor.date, period * (i + 1)) for i in range(k)]
    portions = [Fraction(p, 100) for p in percents]
    sched = Schedule(shares, [Lump(d, p) for d, p in zip(dates, portions)], [])
    counts = rng.random() < 0.3
    if counts:  # share counts, exactly the oracle's tranches (so the text and the schedule say the same)
        allocated = [t[1] for t in sched.tranches()]
        if len(allocated) != k:
            raise Skip('a zero tranche')
        sched = Schedule(shares, [Lump(d, Fraction(a, shares)) for d, a in zip(dates, allocated)], [])
        spelled = rng.random() < 0.25
        sizes = [count_in_words(a) if spelled else shares_text(a) for a in allocated]
        slots['amount'] = 'share counts in words (figure)' if spelled else 'share counts'
        unit = rng.choice([' shares', ' units', '']) if not spelled else ' shares'
    else:
        sizes = [percent_text(p) for p in portions]
        slots['amount'] = 'percent list'
        unit = ''
    noun, verb = cap(award.noun), award.verb(rng)
    listed = _and_list(sizes) + unit
    n = rng.choice([cardinal(k), str(k), '%s (%d)' % (cardinal(k), k)])
    if stated_start:
        start = '%s %s' % (rng.choice(['beginning on', 'commencing on', 'beginning']), date_text(dates[0]))
    else:  # the anchor's words are taken only when the form uses them (its first mention may define it)
        start = '%s on the %s anniversary of {anchor}' % (rng.choice(['beginning', 'commencing']),
                                                           'first' if period == 12 else 'six-month')
    anniversaries = None
    if period == 12 and not stated_start:
        anniversaries = rng.choice(['the first, second%s anniversaries' % (
            ', ' + ', '.join(ordinal(i) for i in range(3, k)) + ' and ' + ordinal(k) if k > 3 else ' and third'),
            'the first %s anniversaries' % cardinal(k)]) + ' of {anchor}'
    forms = ['n installments of list beginning', 'n installments of list, respectively, beginning']
    if anniversaries:
        forms += ['list on anniversaries, respectively', 'installments of list on anniversaries, respectively',
                  'n installments of list on anniversaries', 'n installments of list, respectively, on anniversaries']
    if stated_start:
        forms += ['list on dates, respectively'] + (['on each of dates, the following numbers'] if counts else [])
    form = rng.choice(forms)
    if form == 'n installments of list beginning':
        text = '%s %s in %s %s installments of %s, %s' % (noun, verb, n, adj, listed, start)
        text = text.replace(', beginning', ' beginning', 1) if rng.random() < 0.5 else text
    elif form == 'n installments of list, respectively, beginning':
        text = '%s %s in %s %s installments of %s, respectively, %s' % (noun, verb, n, adj, listed, start)
    elif form == 'list on anniversaries, respectively':
        text = '%s %s %s on %s, respectively' % (noun, verb, listed, anniversaries)
    elif form == 'installments of list on anniversaries, respectively':
        text = '%s %s in %s of %s on %s, respectively' % (noun, verb, rng.choice(['installments', '%s tranches' % adj]),
                                                         listed, anniversaries)
    elif form == 'n installments of list on anniversaries':
        text = '%s %s in %s installments of %s on %s' % (noun, verb, n, listed, anniversaries)
    elif form == 'n installments of list, respectively, on anniversaries':
        text = '%s %s in %s %s installments of %s, respectively, on %s' % (noun, verb, n, adj, listed, anniversaries)
    elif form == 'list on dates, respectively':
        text = '%s %s %s on %s, respectively' % (noun, verb, listed, _and_list([date_text(d) for d in dates]))
    else:
        text = 'On each of %s, the following numbers of %s vest: %s, respectively' % (
            _and_list([date_text(d) for d in dates]), 'shares' if award.option else 'units', _and_list(sizes))
    if '{anchor}' in text:
        text = text.replace('{anchor}', anchor.ref())
    slots.update(anchor=anchor.kind if not stated_start else 'stated first date', series='installment list: ' + form,
                 period={12: 'annual', 6: 'semi-annual'}[period], day_rule='same day')
    return cap(text) + '.', sched, grant, anchor
