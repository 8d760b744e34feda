"""Shape: performance units already earned, with a dated time-vesting remainder (holdout19's family j). A
performance condition certified on or before the transaction date is history: the footnote is `time_based` with
every dated part, including a part that vested on the certification date itself."""
import datetime as dt
from fractions import Fraction

import oracle
from oracle import Lump, Series, Schedule
from phrases import Skip, cap, random_date
from words import date_text, cardinal

EARNED = [
    'The PSUs were earned on {c} based on performance through December 31, {y}.',
    "Represents performance-based restricted stock units earned upon the Compensation Committee's certification on {c} "
    'of the achievement of the performance goals for the {y0}-{y} performance period.',
    'The performance condition applicable to these restricted stock units was satisfied on {c}.',
    "These PSUs were earned based on the Issuer's achievement of fiscal {y} revenue targets, as certified on {c}.",
    'The performance goals for these performance share units were certified as achieved by the Compensation Committee on {c}.',
    "Represents shares earned under performance stock units upon the Committee's certification on {c} of the Issuer's "
    'performance for the period ended December 31, {y}.',
    'The performance-based vesting condition of these units was met on {c}.',
    'These restricted stock units were earned upon the certification on {c} of the performance results for fiscal {y}.',
    'The PSUs were earned upon the achievement of performance goals as certified by the Committee on {c}.',
    'On {c}, the Compensation Committee certified the achievement of the performance conditions for these units.',
]


def shape_earned(rng, award, shares, slots):
    """An earned-units sentence, then when the earned units vest."""
    c = random_date(rng, days=list(range(1, 29)))
    y = c.year - 1
    lead = rng.choice(EARNED).format(c=date_text(c), y=y, y0=y - 2)
    v = rng.randrange(4)
    later = [oracle.add_months(c, 12 * k) for k in (1, 2, 3)]
    if v == 0:
        sched = Schedule(shares, [Lump(c, Fraction(1, 2)), Lump(later[0], Fraction(1, 2))], [])
        body = '50%% of the earned units vested on %s and the remainder vest on %s.' % (date_text(c), date_text(later[0]))
    elif v == 1:
        sched = Schedule(shares, [Lump(c, Fraction(1, 3)), Lump(later[0], Fraction(1, 3)), Lump(later[1], Fraction(1, 3))], [])
        body = ('One-third of the earned units vested on %s, and the remaining two-thirds will vest in two equal annual '
                'installments on %s and %s.' % (date_text(c), date_text(later[0]), date_text(later[1])))
    elif v == 2:
        sched = Schedule(shares, [], [Series(c, 12, 1, 3, Fraction(1, 3))])
        body = 'The units vest in three equal annual installments beginning on %s.' % date_text(later[0])
    else:
        sched = Schedule(shares, [Lump(later[0], Fraction(1, 2)), Lump(later[1], Fraction(1, 2))], [])
        body = 'The earned units vest 50%% on %s and 50%% on %s.' % (date_text(later[0]), date_text(later[1]))
    text = lead + ' ' + body
    slots.update(anchor='certification date', series='earned units #%d' % v, period='none', day_rule='none',
                 amount='earned', lumps='earned')
    return text, sched, c
