"""Sentences around a schedule that must not change it: what the award is,
continued-service provisos, acceleration clauses, settlement sentences, and
where the anchor's date is stated (before or after the schedule)."""

PRE_RSU = [
    "Represents a grant of restricted stock units under the Issuer's 2019 Equity Incentive Plan.",
    'Each restricted stock unit represents a contingent right to receive one share of the Issuer\'s common stock.',
    'Represents restricted stock units granted to the Reporting Person as part of the Issuer\'s annual equity program.',
    'The reported securities are restricted stock units ("RSUs"), each of which represents the right to receive one share of Class A common stock.',
    'Each RSU represents the right to receive, at settlement, one share of common stock.',
    'The restricted stock units were granted under the Amended and Restated 2014 Omnibus Incentive Plan.',
]
PRE_OPTION = [
    "The option was granted under the Issuer's Amended and Restated 2015 Stock Incentive Plan.",
    'This option was granted as an inducement award outside of the Issuer\'s equity plans.',
    'Represents a stock option granted to the Reporting Person in connection with the Reporting Person\'s appointment as an officer.',
    'The option is an incentive stock option to the extent permitted by law.',
    'Represents an option (the "Option") to purchase shares of common stock granted under the Issuer\'s 2018 Equity Incentive Plan (the "Plan").',
]
EXPIRATION = ['The option expires on {exp}.', 'The option will expire on {exp}, ten years after the date of grant.',
              'The option has a term of ten years from the date of grant.']
GRANTED = ['{Noun} {was} granted on {grant}.', 'The grant date of {noun} was {grant}.']
OR_EARLIER = [", or earlier upon the Reporting Person's death, disability or a qualifying termination of employment",
              ', or, if earlier, upon a change in control of the Issuer']
PROVISO = [
    ", subject to the Reporting Person's continued service through each vesting date",
    ", subject to the Reporting Person's continuous service with the Issuer through each such vesting date",
    ', so long as the Reporting Person remains employed by the Issuer on each such date',
    ', provided that the Reporting Person continues to provide services to the Issuer through each applicable vesting date',
    ", subject to the Reporting Person's continued employment on the applicable vesting date",
    ', in each case subject to continued service',
]
PROVISO_SENTENCE = [
    "Vesting is subject to the Reporting Person's continued service through each vesting date.",
    'In each case, vesting is contingent on the Reporting Person remaining in service through the applicable vesting date.',
]
ACCELERATION = [
    'The vesting of {noun} will accelerate in full upon a change in control of the Issuer.',
    "All unvested shares will vest in full upon the Reporting Person's death or disability.",
    '{Noun} {is} subject to accelerated vesting upon a qualifying termination of employment in connection with a change in control.',
    "Vesting will accelerate in full if the Reporting Person's employment is terminated without cause within 12 months following a change in control.",
    "In the event of the Reporting Person's death or disability, 100% of the unvested shares will vest.",
    '{Noun} will become fully vested upon a change in control of the Issuer.',
    "{Noun} {is} subject to partial acceleration upon the Reporting Person's termination without cause or resignation for good reason, as described in the Reporting Person's employment agreement.",
]
SETTLEMENT = [
    'Vested RSUs will be settled in shares of common stock within 30 days following the applicable vesting date.',
    'Shares will be delivered to the Reporting Person as soon as practicable following each vesting date.',
    'Settlement of vested RSUs will occur as soon as administratively feasible following the applicable vesting date.',
    'The vested units will be settled on the applicable vesting date or within 74 days thereafter.',
    'Each vested RSU will be settled in one share of common stock upon vesting.',
]


def _fill(s, award, **more):
    noun = award.noun
    return s.format(noun=noun, Noun=noun[0].upper() + noun[1:], was='were' if award.plural else 'was',
                    **{'is': 'are' if award.plural else 'is'}, **more)


def wrap(rng, body, award, anchor, slots, grant, expiration):
    """Puts the schedule `body` (sentences ending in '.') among other sentences."""
    from words import date_text
    import datetime as dt
    names, before, after = [], [], []
    if anchor.kind != 'grant' and 'granted on' not in body and rng.random() < 0.15:
        before.append(_fill(rng.choice(GRANTED), award, grant=date_text(grant)))
        names.append('grant date stated')
    if rng.random() < 0.3:
        before.append(rng.choice(PRE_OPTION if award.option else PRE_RSU))
        names.append('award sentence')
    if anchor.intro:
        before.append(anchor.intro)
        names.append('anchor stated before')
    if anchor.outro:
        after.append(anchor.outro)
        names.append('anchor defined after')
    roll = rng.random()
    if body.startswith('Vesting date /'):
        pass  # a table, not a sentence: nothing appended to it
    elif slots.get('shape') == 'lumps' and body.count('.') == 1 and rng.random() < 0.2:
        body = body[:-1] + rng.choice(OR_EARLIER) + '.'
        names.append('or earlier upon')
    elif roll < 0.35 and body.endswith('.') and 'means each' not in body[-80:]:
        body = body[:-1] + rng.choice(PROVISO) + '.'
        names.append('proviso')
    elif roll < 0.45:
        after.append(rng.choice(PROVISO_SENTENCE))
        names.append('proviso sentence')
    if rng.random() < 0.25:
        after.append(_fill(rng.choice(ACCELERATION), award))
        names.append('acceleration')
    if expiration and rng.random() < 0.12:
        after.append(rng.choice(EXPIRATION).format(exp=date_text(dt.date.fromisoformat(expiration))))
        names.append('expiration')
    if not award.option and rng.random() < 0.2:
        after.append(rng.choice(SETTLEMENT))
        names.append('settlement')
    slots['surroundings'] = '+'.join(names) if names else 'none'
    return ' '.join(before + [body] + after)


def wrap_negative(rng, text, slots):
    names = []
    if rng.random() < 0.2:
        text = rng.choice(PRE_RSU) + ' ' + text
        names.append('award sentence')
    slots['surroundings'] = '+'.join(names) if names else 'none'
    return text
