"""Shape: one series for the whole grant, in its many phrasings."""
import datetime as dt
from fractions import Fraction

import oracle
from oracle import Series, Schedule, RULE_DATES
from phrases import (Skip, Anchor, cap, random_date, make_anchor, pick_anchor, portion_text, end_text, is_rule_date,
                     pick_rule, classify_amount)
from words import (shares_text, date_text, count_text, cardinal, ordinal, ADVERB, ADJECTIVE, ANNIVERSARY, step_anniversary,
                   span_text, span_period)


# Forms that start on a stated date or on a calendar rule's dates (the rest count from the anchor).
DATED_FORMS = {'commencing on a date', 'defined quarterly vesting date', 'following a date such that',
               'per-installment beginning on a date', 'rule dates beginning on a date', 'rule dates first following anchor',
               'rate per year with the first on a date', 'year-less day each year beginning in',
               'year-less day thereafter after a dated first'}


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
    forms.append('beginning one period from the anchor')
    forms.append('first installment one period after the anchor')
    if period == 12:
        forms += ['rate per year on each anniversary', 'rate per year with the first on a date',
                  'rate per year with the first on the first anniversary', 'year-less day each year beginning in',
                  'year-less day thereafter after a dated first']
    if period in (3, 6, 12):
        forms.append('rule dates implied from the grant date')
    form = rng.choice(forms + ['implied from the grant date'])
    slots['series'] = form
    slots['day_rule'] = 'same day'
    if form in ('commencing on a date', 'per-installment beginning on a date', 'following a date such that',
                'rule dates beginning on a date', 'rate per year with the first on a date',
                'year-less day each year beginning in', 'year-less day thereafter after a dated first'):
        anchor_date = random_date(rng, days=list(range(1, 29)) + [31])
        if anchor_date.day == 31 and not oracle.is_month_end(anchor_date):
            raise Skip('31')
        grant = anchor_date - dt.timedelta(days=rng.randint(20, 400))
        anchor = make_anchor(rng, 'stated', anchor_date)
    elif form in ('implied from the grant date', 'rule dates implied from the grant date'):
        grant = random_date(rng)
        anchor = Anchor('grant', grant, 'the grant date', 'the grant date')
    else:
        anchor, grant = pick_anchor(rng)
    slots['anchor'] = anchor.kind
    d = date_text(anchor.date)
    text_of = _dated_text if form in DATED_FORMS else _anchored_text
    series, text, anchor, grant = text_of(rng, form, award, shares, slots, anchor, grant, period, count, each, n, adj,
                                          verb, noun, d)
    slots.setdefault('amount', 'equal')
    return cap(text) + '.', Schedule(shares, [], [series]), grant, anchor


def _anchored_text(rng, form, award, shares, slots, anchor, grant, period, count, each, n, adj, verb, noun, d):
    """Forms that count from the anchor's anniversaries (or, unstated, from the grant date)."""
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
        if rng.random() < 0.25:
            text += ' (each, a "Vesting Date")'
            slots['defined'] = 'each, a Vesting Date'
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
    elif form == 'ordinal list of anniversaries':
        series = Series(anchor.date, 12, 1, count, each)
        pw = portion_text(rng, each, award, shares, allow_shares=False)
        slots['amount'] = classify_amount(pw)
        ords = [ordinal(k) for k in range(1, count + 1)]
        listed = ', '.join(ords[:-1]) + ' and ' + ords[-1]
        if rng.random() < 0.5:
            text = '%s of %s %s on each of the %s anniversaries of %s' % (pw, award.of, award.verb(rng, True), listed,
                                                                          anchor.ref())
        else:
            text = '%s %s in %s equal installments on the %s anniversaries of %s' % (noun, verb, n, listed, anchor.ref())
            slots['series'] = 'equal installments on ordinal anniversaries'
    elif form == 'implied from the grant date':
        series = Series(anchor.date, period, 1, count, each)
        text = rng.choice(['%s %s in %s equal %s installments' % (noun, verb, n, adj),
                           '%s %s %s over %s' % (noun, verb, ADVERB[period][0], span_text(rng, count * period)),
                           '%s %s in %s equal %s installments from the date of grant' % (noun, verb, n, adj)])
    elif form == 'rule dates implied from the grant date':
        # A calendar day rule with no start: its first day after the grant date (not generated when that day is
        # less than 28 days after the grant: "the first such day" or the one a period later is then unclear).
        days, phrases = pick_rule(rng, period)
        series = Series(anchor.date, period, 0, count, each, RULE_DATES, days, anchor.date)
        if (series.dates()[0] - anchor.date).days < 28:
            raise Skip('first rule day too close to the grant')
        words = rng.choice(phrases)
        if period == 12 and rng.random() < 0.5:  # a day of the year without a year ("on June 15 of each year")
            from words import MONTHS
            (m, dd), = days
            words = rng.choice(['on %s %d of each year', 'on each %s %d']) % (MONTHS[m - 1], dd)
            slots['day_rule'] = 'year-less day (implied start)'
        else:
            slots['day_rule'] = words
        text = '%s %s in %s equal %s installments %s' % (noun, verb, n, adj, words)
    elif form == 'rate per year on each anniversary':
        series = Series(anchor.date, 12, 1, count, each)
        pw = portion_text(rng, each, award, shares, allow_shares=False)
        if '%' not in pw:
            raise Skip('a rate is a percentage')
        slots['amount'] = classify_amount(pw)
        text = '%s %s at the rate of %s per year on each anniversary of %s' % (noun, verb, pw, anchor.ref())
    elif form == 'first installment one period after the anchor':
        series = Series(anchor.date, period, 1, count, each)
        unit_span = rng.choice({1: ['one month'], 3: ['three months', '3 months'], 6: ['six months', '6 months'],
                                12: ['twelve months', 'one year', '12 months']}[period])
        text = rng.choice([
            '%s %s in %s equal %s installments, with the first installment vesting %s after %s',
            '%s %s in %s equal %s installments, the first such installment vesting %s after %s',
            '%s %s in %s equal %s installments commencing %s after %s',
            '%s %s in %s equal %s installments, with the first vesting date being %s after %s',
            '%s %s in %s equal %s installments, the first of which %s %s after %s',
        ])
        if text.count('%s') == 7:
            text = text % (noun, verb, n, adj, rng.choice(['vests', 'will vest']), unit_span, anchor.ref())
        else:
            text = text % (noun, verb, n, adj, unit_span, anchor.ref())
    elif form == 'rate per year with the first on the first anniversary':
        series = Series(anchor.date, 12, 1, count, each)
        pw = portion_text(rng, each, award, shares, allow_shares=False)
        slots['amount'] = classify_amount(pw)
        ref = anchor.ref()
        text = '%s %s at the rate of %s per year, with the first %s vesting on the first anniversary of %s' % (
            noun, verb, pw, rng.choice([pw, 'installment']), ref)
        if rng.random() < 0.5:
            text += ', so that %s will be fully vested on the %s anniversary of %s' % (award.noun, ordinal(count),
                                                                                      anchor.ref())
    elif form == 'beginning one period from the anchor':
        series = Series(anchor.date, period, 1, count, each)
        unit_span = {1: 'one month', 3: 'three months', 6: 'six months', 12: 'one year'}[period]
        text = '%s %s in %s equal %s installments beginning %s %s %s' % (
            noun, verb, n, adj, unit_span, rng.choice(['from', 'after']), anchor.ref())
    else:
        raise AssertionError(form)
    return series, text, anchor, grant


def _yearless_text(rng, form, award, shares, slots, anchor, count, each, n, noun, verb):
    """Days of the year without a year, the year said once (holdout19's family h): 'on March 1 of each year
    beginning in 2026', 'as to 25% on June 15, 2026 and as to an additional 25% each June 15 thereafter'."""
    first = anchor.date
    if first.day > 28:
        raise Skip('a year-less 29th-31st')
    from words import MONTHS
    day = '%s %d' % (MONTHS[first.month - 1], first.day)
    days = ((first.month, first.day),)
    series = Series(first, 12, 0, count, each, RULE_DATES, days, first - dt.timedelta(days=1))
    slots['day_rule'] = 'year-less day'
    if form == 'year-less day each year beginning in':
        text = rng.choice([
            '%s %s in %s equal installments on %s of each year beginning in %d' % (noun, verb, n, day, first.year),
            '%s %s in %s equal annual installments on %s of each year, beginning in %d' % (noun, verb, n, day, first.year),
            '%s %s in equal annual installments on %s of each year from %d through %d, inclusive' % (
                noun, verb, day, first.year, first.year + count - 1),
            '%s %s in equal installments on %s of each of %s' % (noun, verb, day, _year_list(first.year, count)),
        ])
        return series, text
    pw = portion_text(rng, each, award, shares, allow_shares=False)
    slots['amount'] = classify_amount(pw)
    text = rng.choice([
        '%s %s as to %s of %s on %s and as to an additional %s each %s thereafter' % (
            noun, verb, pw, award.of, date_text(first), pw, day),
        '%s of %s %s on %s, and %s %s on each %s thereafter' % (
            pw, award.of, award.verb(rng, True), date_text(first), pw, award.verb(rng, True), day),
        '%s of %s %s on %s and an additional %s on each %s thereafter until fully vested' % (
            pw, award.of, award.verb(rng, True), date_text(first), pw, day),
    ])
    return series, text


def _year_list(first_year, count):
    years = [str(first_year + k) for k in range(count)]
    return ', '.join(years[:-1]) + ' and ' + years[-1]


def _dated_text(rng, form, award, shares, slots, anchor, grant, period, count, each, n, adj, verb, noun, d):
    """Forms that start on a stated date or on the dates of a calendar rule."""
    if form == 'commencing on a date':
        series = Series(anchor.date, period, 0, count, each)
        text = rng.choice([
            '%s %s in %s equal %s installments commencing on %s' % (noun, verb, n, adj, d),
            '%s %s in %s equal %s installments beginning %s' % (noun, verb, n, adj, d),
            '%s %s in %s equal %s installments, with the first installment vesting on %s' % (noun, verb, n, adj, d),
            '%s %s in %s equal %s installments, the first of which %s on %s' % (noun, verb, n, adj,
                                                                               'will vest', d),
            'Beginning on %s, %s %s in %s equal %s installments' % (d, award.noun, verb, n, adj),
            'Commencing %s, %s %s %s in %s equal installments' % (d, award.noun, verb, ADVERB[period][0], n),
            'On %s, the Reporting Person was granted %s, vesting in %s equal %s installments beginning %s' % (
                date_text(grant), ('an option to purchase %s shares' if award.option else '%s restricted stock units')
                % shares_text(shares), n, adj, d)])
    elif form in ('year-less day each year beginning in', 'year-less day thereafter after a dated first'):
        series, text = _yearless_text(rng, form, award, shares, slots, anchor, count, each, n, noun, verb)
    elif form == 'rate per year with the first on a date':
        series = Series(anchor.date, 12, 0, count, each)
        pw = portion_text(rng, each, award, shares, allow_shares=False)
        slots['amount'] = classify_amount(pw)
        text = rng.choice([
            '%s %s at the rate of %s per year, with the first %s vesting on %s' % (noun, verb, pw, pw, d),
            '%s %s at the rate of %s per year, with the first installment vesting on %s' % (noun, verb, pw, d),
            '%s %s at a rate of %s per year commencing on %s' % (noun, verb, pw, d),
            '%s %s at the rate of %s per year beginning on %s' % (noun, verb, pw, d),
            '%s %s at the rate of %s per annum, with the first %s vesting on %s' % (noun, verb, pw, pw, d),
        ])
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
    else:
        raise AssertionError(form)
    return series, text, anchor, grant
