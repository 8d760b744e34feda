"""Shapes: dated lumps, a dated first installment then a rate (Apple), mixed, two
rates, immediate."""
import datetime as dt
from fractions import Fraction

import oracle
from oracle import Lump, Series, Schedule
from phrases import Skip, cap, random_date, make_anchor, pick_anchor, portion_text, classify_amount
from words import (ADVERB, date_text, cardinal, ordinal, shares_text, ADJECTIVE, UNIT, ANNIVERSARY, step_anniversary,
                   span_text, span_period)


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
    if k == 2 and not by_anniversary and rng.random() < 0.3:
        return unvested_portion_in_full(rng, award, shares, dates, grant, anchor, slots)
    if k == 1:
        form = rng.choice((['in full', '100%', 'cliff', 'years from grant on date'] if anchor.kind == 'grant' and by_anniversary
                           else ['in full', '100%', 'cliff', 'one installment', 'awarded on G, vesting on D']) + ['no amount'])
        slots['lumps'] = form
        if form == 'in full':
            text = '%s %s in full %s' % (noun, verb, whens[0])
        elif form == '100%':
            text = '100%% of %s %s %s' % (award.of, award.verb(rng, True), whens[0])
        elif form == 'cliff':
            text = '%s %s %s' % (noun, rng.choice(['cliff vest', 'will cliff vest'] if award.plural else
                                                   ['cliff vests', 'will cliff vest']), whens[0])
        elif form == 'no amount':
            text = '%s %s %s' % (noun, verb, whens[0])
        elif form == 'awarded on G, vesting on D':
            text = '%s %s %s on %s, vesting on %s' % (noun, 'were' if award.plural else 'was',
                                                     rng.choice(['awarded', 'granted', 'awarded to the Reporting Person']),
                                                     date_text(grant), date_text(dates[0]))
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


UNVESTED_PORTION = ['The unvested portion', 'The unvested portion of the award', 'Any unvested portion of the award',
                    'The remaining unvested portion', 'The unvested portion of %s']


def unvested_portion_in_full(rng, award, shares, dates, grant, anchor, slots):
    """'50% of the award vested on D1. The unvested portion will vest in full on D2.' (a part, then the rest.)"""
    first = rng.choice([Fraction(1, 2), Fraction(1, 4), Fraction(1, 3), Fraction(2, 5)])
    sched = Schedule(shares, [Lump(dates[0], first), Lump(dates[1], 1 - first)], [])
    pw = portion_text(rng, first, award, shares, allow_shares=False)
    subject = rng.choice(UNVESTED_PORTION)
    if '%s' in subject:
        subject = subject % award.noun
    verb = rng.choice(['will vest in full', 'vests in full', 'shall vest in full', 'will become fully vested'])
    v = rng.randrange(3)
    if v == 0:
        text = '%s of %s %s on %s. %s %s on %s.' % (cap(pw), award.of, rng.choice(['vested', 'vest', 'will vest']),
                                                   date_text(dates[0]), subject, verb, date_text(dates[1]))
    elif v == 1:
        text = '%s of %s %s on %s, and %s %s on %s.' % (cap(pw), award.of, rng.choice(['vested', 'will vest']),
                                                       date_text(dates[0]), subject[0].lower() + subject[1:], verb,
                                                       date_text(dates[1]))
    else:
        text = ('%s %s on %s, provided that the Reporting Person remains employed through that date; %s of %s vested '
                'on %s.' % (subject, verb, date_text(dates[1]), pw, award.of, date_text(dates[0])))
    slots.update(lumps='the unvested portion in full #%d' % v, amount=classify_amount(pw))
    return text, sched, grant, anchor


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
    v = rng.randrange(6)
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
    elif v == 3:
        text = '%s vested on %s, and an additional %s %s on each %s anniversary of that date through %s' % (
            pw, date_text(first), pw, award.verb(rng, True), rng.choice(ANNIVERSARY[period]) or 'annual', date_text(end))
    elif v == 4:
        text = '%s of %s %s on %s and %s thereafter, such that 100%% of %s will be vested by %s' % (
            pw, award.of, award.verb(rng, True), date_text(first), ADVERB[period][0], award.of, date_text(end))
    else:
        text = ('%s of %s vested and were settled on %s (the "Initial Vesting Date"), and the remainder vest at a '
                'rate of %s on each %s anniversary of the Initial Vesting Date') % (
            pw, award.of, date_text(first), pw, rng.choice(ANNIVERSARY[period]) or 'annual')
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


def one_off_award(rng, grant):
    """Fully vested awards named for the period they reward (gen18's family): the period dates nothing."""
    y = grant.year - rng.choice([0, 1])
    q = rng.choice(['first', 'second', 'third', 'fourth'])
    return [('one-off award for a period', t) for t in [
        'Represents a fully vested bonus award for fiscal %d performance.' % y,
        'Represents fully vested shares of common stock granted in lieu of the cash retainer for the %s quarter of %d.' % (q, y),
        'Fully vested shares granted to the Reporting Person for services rendered during fiscal %d.' % y,
        'Represents a fully vested annual stock award for fiscal year %d.' % y,
        'The shares were fully vested on the date of grant and were issued in lieu of cash fees for the %s quarter of %d.' % (q, y),
        'Represents shares of common stock granted as a fully vested bonus for %d performance.' % y,
    ]]


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
    ] + one_off_award(rng, grant))
    slots.update(anchor='grant', series='immediate', period='none', day_rule='none', amount='whole', immediate=name)
    return text, grant
