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

import oracle
import negatives
import surroundings
from phrases import Award, Skip
from shape_cliff import shape_cliff_series
from shape_series import shape_series
from phrases import random_date
from shapes import shape_dated_then_rate, shape_immediate, shape_lumps, shape_mixed, shape_two_rate
from shape_installment_lists import shape_installment_list
from shape_earned import shape_earned
import must_refuse


# ---------------------------------------------------------------- assembling a line

SHAPES = [(shape_cliff_series, 34), (shape_series, 30), (shape_lumps, 14), (shape_two_rate, 3),
          (shape_dated_then_rate, 4), (shape_installment_list, 6)]


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
    if roll < 0.215:
        slots['shape'] = 'must be refused'
        family, text, grant = must_refuse.make(rng, award)
        slots['refuse'] = family
        return line(index, text, grant, shares, None, {'kind': 'unrecognized'}, slots)
    if roll < 0.23:
        slots['shape'] = 'earned'
        text, sched, grant = shape_earned(rng, award, shares, slots)
        return line(index, text, grant, shares, None,
                    {'kind': 'time_based', 'tranches': [{'date': d, 'shares': s} for d, s in sched.tranches()]}, slots)
    if roll < 0.25:
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
    if anchor.intro is None and anchor.outro is None and anchor.kind in ('vcd', 'hire', 'event') and not anchor.used:
        raise Skip('anchor never stated')
    if anchor.kind in ('vcd', 'hire', 'event') and anchor.first == anchor.later and anchor.intro is None and anchor.outro is None:
        raise Skip('anchor date not in the text')
    text = surroundings.wrap(rng, body, award, anchor, slots, grant, expiration(grant) if option else None, shares)
    expect = {'kind': 'time_based', 'tranches': [{'date': d, 'shares': s} for d, s in tranches]}
    if award.exercisable:
        slots['exercisable'] = 'vest and become exercisable'
    return line(index, text, grant, shares, expiration(grant) if option else None, expect, slots)


def expiration(grant: dt.date) -> str:
    return (oracle.add_months(grant, 120) - dt.timedelta(days=1)).isoformat()


def tidy(text):
    """Punctuation where an appositive's closing comma meets other punctuation ('..., the grant date,.')."""
    for a, b in ((',,', ','), (',.', '.'), (',;', ';'), (', ,', ',')):
        text = text.replace(a, b)
    return text


def line(index, text, grant, shares, expiration, expect, slots):
    return {'id': 'g%06d' % index, 'text': tidy(text), 'grant_date': grant.isoformat(), 'shares': shares,
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
