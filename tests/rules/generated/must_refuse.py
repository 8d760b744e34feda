"""Footnotes a careful reader cannot turn into one schedule: each must come out refused (`unrecognized`, no
tranches); any tranche is a wrong schedule. Worded after the must-not lines of the held-out sets: "the remaining"
with no sized portion, sizes that do not make the grant, a year-less day with no year, a fraction whose words and
figure disagree, a vesting that is itself an alternative ("will vest and be settled on the earlier of D or ...")."""
import datetime as dt

import oracle
from phrases import random_date
from words import date_text, cardinal

BAD_LISTS = [(20, 20, 30, 20), (30, 30, 30), (25, 25, 25), (40, 40, 30), (10, 20, 30, 30)]


def make(rng, award):
    """Returns (family, text, grant date)."""
    d = random_date(rng, days=list(range(1, 29)))
    grant = oracle.add_months(d, -12)
    noun = award.noun[0].upper() + award.noun[1:]
    family = rng.choice(['the remaining, nothing sized', 'the remaining after a set-aside part', 'sizes not the grant',
                         'count and list disagree', 'year-less day, no year', 'fraction words and figure disagree',
                         'vest and be settled on the earlier of'])
    if family == 'the remaining, nothing sized':
        text = rng.choice([
            'The remaining shares vest in %s equal monthly installments thereafter.' % cardinal(36),
            'The remaining RSUs vest in three equal annual installments beginning on %s.' % date_text(d),
            'The balance of the shares will vest in equal quarterly installments over the following three years.',
            'The remainder vests on %s.' % date_text(d),
        ])
    elif family == 'the remaining after a set-aside part':
        text = rng.choice([
            '50%% of the RSUs vested on %s and were settled in shares. The remaining RSUs vest on %s.',
            'Shares were delivered in settlement of 50%% of the RSUs, which vested on %s. The remaining RSUs vest on %s.',
        ]) % (date_text(grant), date_text(d))
    elif family == 'sizes not the grant':
        sizes = rng.choice(BAD_LISTS)
        listed = ', '.join('%d%%' % p for p in sizes[:-1]) + ' and %d%%' % sizes[-1]
        text = '%s %s in %s annual installments of %s beginning on the first anniversary of the grant date.' % (
            noun, award.verb(rng), cardinal(len(sizes)), listed)
    elif family == 'count and list disagree':
        text = '%s %s in four annual installments of 20%%, 30%% and 50%%, respectively, beginning on %s.' % (
            noun, award.verb(rng), date_text(d))
    elif family == 'year-less day, no year':
        # (No count either: with a count, "in four equal installments on June 15 of each year" begins on the first
        # such day after the grant date, as every calendar day rule does; shape_series generates that.)
        text = rng.choice([
            '%s %s in equal annual installments on March 1 of each year, subject to continued service.',
            '%s %s in equal installments on June 15 of each year.',
            '%s %s annually on December 31 of each year.',
        ]) % (noun, award.verb(rng))
    elif family == 'fraction words and figure disagree':
        text = rng.choice([
            'One thirty-sixth (1/48th) of the shares vest on each monthly anniversary of the grant date.',
            'One-fourth (1/3) of the shares vest on each anniversary of the grant date.',
        ])
    else:
        text = '%s will vest and be settled on the earlier of %s or the Reporting Person\'s separation from service.' % (
            noun, date_text(d))
    return family, text, grant
