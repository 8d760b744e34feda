"""Shape: a lump (the cliff) then a series for the rest, the seed's shape."""
import datetime as dt
from dataclasses import dataclass
from fractions import Fraction

import oracle
from oracle import Lump, Series, Schedule, SAME_DAY, LAST_DAY, RULE_DATES
from phrases import (Skip, cap, random_date, make_anchor, pick_anchor, portion_text, rest_text, end_text,
                     span_or_end_text, NAMED, is_rule_date, pick_rule, classify_amount)
from words import (date_text, count_text, cardinal, ordinal, ADVERB, ADJECTIVE, UNIT, ANNIVERSARY, step_anniversary,
                   span_text, span_period)


@dataclass
class Drawn:
    """The slot values of one cliff-then-series schedule, before any words."""
    total: int          # months from the anchor to the last installment
    cliff: int          # months from the anchor to the cliff
    period: int
    count: int
    proportional: bool  # the lump is cliff/total of the grant
    lump: Fraction
    each: Fraction
    explicit: bool      # the cliff is a stated date (the series steps from it)
    cliff_date: dt.date
    grant: dt.date
    anchor: object
    day_rule: str
    rule_words: str
    series: Series
    sched: Schedule
    last: dt.date


def shape_cliff_series(rng, award, shares, slots):
    """A lump (cliff) then a series for the rest: the seed's shape."""
    d = draw_schedule(rng, shares, slots)
    if award.option and d.day_rule == SAME_DAY and rng.random() < 0.1:
        return repurchase_lapses(rng, d, award, shares, slots), d.sched, d.grant, d.anchor
    cliff_clause, c = cliff_words(rng, d, award, shares, slots)
    series_clause, rest_words, rverb = series_words(rng, d, award, shares, slots)
    body = join_clauses(rng, d, award, cliff_clause, c, series_clause, rest_words, rverb, slots)
    return body, d.sched, d.grant, d.anchor


def draw_schedule(rng, shares, slots) -> Drawn:
    """Total span, cliff, period, lump, anchor and day rule; the oracle's Schedule."""
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
    return Drawn(total, cliff, period, count, proportional, lump, each, explicit, cliff_date, grant, anchor,
                 day_rule, rule_words, series, sched, series.dates()[-1])


def cliff_words(rng, d: Drawn, award, shares, slots):
    """'25% of the shares vest on the first anniversary of X' in one of its forms; returns (clause, form)."""
    lump, explicit, cliff_date, cliff, anchor = d.lump, d.explicit, d.cliff_date, d.cliff, d.anchor
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
    if c != 1 and rng.random() < 0.12:  # the cliff told as past ("25% of the shares vested on ..."), the rest future
        verb = 'vested'
        slots['cliff verb'] = 'past'
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
    return cliff_clause, c


def series_words(rng, d: Drawn, award, shares, slots):
    """The series clause, subject and all; returns (clause, its subject, its verb)."""
    explicit, anchor, period, count, day_rule = d.explicit, d.anchor, d.period, d.count, d.day_rule
    rest = 1 - d.lump
    rest_words = rest_text(rng, rest, award)
    rverb = award.verb(rng, plural=not rest_words.startswith('the remainder') and rest_words != 'the balance')
    n = count_text(rng, count)
    adj = rng.choice(ADJECTIVE[period])
    rule = (' ' + d.rule_words) if d.rule_words else ''
    forms = ['n equal installments thereafter', 'per-installment portion', 'n installments then',
             'successive installments']
    if day_rule == SAME_DAY:
        forms += ['over the following span', 'for the following n units through end', 'adverb over span',
                  'each anniversary of anchor thereafter', 'an additional each period']
        if not explicit and anchor.kind != 'stated' and d.series.anchor.day <= 28:
            forms.append('beginning on first date')
        if not explicit:
            forms += ['beginning one period after the cliff', 'over the span following the cliff']
    form = rng.choice(forms)
    slots['series'] = form
    clause = _series_clause(rng, form, d, award, shares, slots, rest_words, rverb, n, adj, rule)
    return clause, rest_words, rverb


def _series_clause(rng, form, d: Drawn, award, shares, slots, rest_words, rverb, n, adj, rule):
    """The words of one series form (the form and the subject already chosen)."""
    explicit, cliff_date, cliff, anchor = d.explicit, d.cliff_date, d.cliff, d.anchor
    period, count, each, day_rule, last, series = d.period, d.count, d.each, d.day_rule, d.last, d.series
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
        series_clause += span_or_end_text(rng, award, last, day_rule, count * period)
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
        if rng.random() < 0.25:
            series_clause += ' (each, a "Vesting Date")'
            slots['defined'] = 'each, a Vesting Date'
    elif form == 'an additional each period':
        each_words = portion_text(rng, each, award, shares, allow_shares=False)
        series_clause = 'an additional %s of %s %s %s thereafter' % (
            each_words, award.of, award.verb(rng, True),
            {1: 'on the same day of each month', 3: 'every three months', 6: 'every six months',
             12: 'on each anniversary'}[period] if rng.random() < 0.5 else ADVERB[period][0])
        series_clause += span_or_end_text(rng, award, last, day_rule, count * period)
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
    return series_clause


def join_clauses(rng, d: Drawn, award, cliff_clause, c, series_clause, rest_words, rverb, slots):
    """One sentence or two, ';', 'Thereafter,', ', with ... vesting', and an optional span preamble."""
    proportional, total = d.proportional, d.total
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
    return body


REPURCHASE_LEADS = [
    "The option is immediately exercisable; however, any shares purchased upon exercise are subject to the Issuer's "
    "repurchase right, which lapses",
    'The option was fully exercisable as of the date of grant and the shares are subject to a right of repurchase in '
    'favor of the Issuer that lapses',
    'The option is exercisable in full as of the grant date, subject to a repurchase right of the Issuer that lapses',
    'The option may be exercised in full immediately; the Issuer\'s right to repurchase the shares at the exercise '
    'price lapses',
]


def repurchase_lapses(rng, d: Drawn, award, shares, slots):
    """An option exercisable at once whose repurchase right lapses on the schedule: the lapse is the vesting."""
    if d.explicit:
        when = 'on %s' % date_text(d.cliff_date)
    else:
        when = 'on the %s anniversary of %s' % (step_anniversary(rng, d.cliff), d.anchor.ref())
    lump_words = portion_text(rng, d.lump, award, shares, allow_shares=False)
    each_words = portion_text(rng, d.each, award, shares, allow_shares=False)
    body = '%s as to %s of the shares %s and %s of the shares %s thereafter' % (
        rng.choice(REPURCHASE_LEADS), lump_words, when, rng.choice(['', 'as to ']) + each_words,
        rng.choice(ADVERB[d.period][:2]))
    slots.update(cliff='repurchase lapses', series='repurchase lapses per period', structure='repurchase right',
                 amount=classify_amount(lump_words), period={1: 'monthly', 3: 'quarterly', 6: 'semi-annual',
                                                             12: 'annual'}[d.period])
    return body + '.'
