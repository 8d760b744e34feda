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
# A grant sentence with its own date and the grant's size (holdout19's family a): the date is the grant date.
GRANT_SENTENCE_RSU = [
    'The Reporting Person received an award of {n} restricted stock units on {grant}.',
    "On {grant}, the Reporting Person was granted {n} restricted stock units under the Issuer's 2020 Equity Incentive Plan.",
    'The reporting person was granted these restricted stock units on {grant}.',
    'The Reporting Person was awarded {n} RSUs on {grant}.',
    'On {grant}, the reporting person received a grant of {n} restricted stock units.',
    "These restricted stock units were granted to the Reporting Person on {grant} as part of the Issuer's annual equity award program.",
    'This award of {n} restricted stock units was granted on {grant}.',
    "The Reporting Person received {n} RSUs on {grant} under the Issuer's Amended and Restated 2016 Omnibus Incentive Plan.",
    'On {grant}, the Issuer granted the Reporting Person {n} restricted stock units.',
    'The restricted stock units reported herein were granted on {grant}.',
]
GRANT_SENTENCE_OPTION = [
    'On {grant}, the Reporting Person was granted an option to purchase {n} shares of common stock.',
    'The Reporting Person received a grant of {n} stock options on {grant}.',
    'The option to purchase {n} shares was granted to the Reporting Person on {grant}.',
    "On {grant}, the reporting person was granted a stock option covering {n} shares under the Issuer's 2018 Equity Incentive Plan.",
    'The reporting person was granted this option on {grant}.',
    'The Reporting Person was awarded an option to purchase {n} shares on {grant}.',
    'This option was granted on {grant} with an exercise price equal to the closing price on that date.',
    'On {grant}, the Issuer granted the Reporting Person an option to purchase {n} shares of its common stock.',
    'The stock option reported herein was granted on {grant}.',
    'The Reporting Person received an option grant covering {n} shares on {grant}.',
]
OR_EARLIER = [", or earlier upon the Reporting Person's death, disability or a qualifying termination of employment",
              ', or, if earlier, upon a change in control of the Issuer']
PROVISO = [
    ", subject to the Reporting Person's continued service through each vesting date",
    ", subject to the Reporting Person's continuous service with the Issuer through each such vesting date",
    ', so long as the Reporting Person remains employed by the Issuer on each such date',
    ', provided that the Reporting Person continues to provide services to the Issuer through each applicable vesting date',
    ", subject to the Reporting Person's continued employment on the applicable vesting date",
    ', in each case subject to continued service',
    ", subject to the Reporting Person's continued employment with the Issuer through the applicable vesting date",
    ', provided the Reporting Person remains a service provider to the Issuer on each vesting date',
    ", subject to the optionee's continuous status as a service provider through each vesting date",
    ', so long as the Reporting Person continues to serve as a director of the Issuer on each such date',
    ", subject in each case to the Reporting Person's continued service on the applicable vesting date",
]
PROVISO_SENTENCE = [
    "Vesting is subject to the Reporting Person's continued service through each vesting date.",
    'In each case, vesting is contingent on the Reporting Person remaining in service through the applicable vesting date.',
    'Unvested shares are forfeited upon termination of service.',
    "Vesting is contingent upon the Reporting Person's continued employment with the Issuer on each vesting date.",
    'Any unvested units will be forfeited if the Reporting Person ceases to provide services to the Issuer.',
    'The Reporting Person must remain in continuous service through each vesting date for the corresponding installment to vest.',
    'Unvested units are subject to forfeiture upon termination of employment for any reason.',
    'Vesting is subject to the terms of the award agreement and the Reporting Person remaining in service.',
    "Each installment vests only if the Reporting Person has remained in the Issuer's service through its vesting date.",
    'If the Reporting Person ceases to be a service provider, the unvested portion of the award will be forfeited.',
]
ACCELERATION = [
    'The vesting of {noun} will accelerate in full upon a change in control of the Issuer.',
    "All unvested shares will vest in full upon the Reporting Person's death or disability.",
    '{Noun} {is} subject to accelerated vesting upon a qualifying termination of employment in connection with a change in control.',
    "Vesting will accelerate in full if the Reporting Person's employment is terminated without cause within 12 months following a change in control.",
    "In the event of the Reporting Person's death or disability, 100% of the unvested shares will vest.",
    '{Noun} will become fully vested upon a change in control of the Issuer.',
    "{Noun} {is} subject to partial acceleration upon the Reporting Person's termination without cause or resignation for good reason, as described in the Reporting Person's employment agreement.",
    "Any unvested units will vest in full upon the Reporting Person's death or disability.",
    'Upon a Change in Control, {noun} will become fully vested.',
    "All unvested RSUs will vest in full upon a qualifying termination within 12 months after a Change in Control.",
    "The vesting of {noun} is subject to acceleration as provided in the Issuer's Executive Severance Plan.",
    "In the event of a termination without cause, the installment scheduled to vest next will vest on the date of termination.",
]
SETTLEMENT = [
    'Vested RSUs will be settled in shares of common stock within 30 days following the applicable vesting date.',
    'Shares will be delivered to the Reporting Person as soon as practicable following each vesting date.',
    'Settlement of vested RSUs will occur as soon as administratively feasible following the applicable vesting date.',
    'The vested units will be settled on the applicable vesting date or within 74 days thereafter.',
    'Each vested RSU will be settled in one share of common stock upon vesting.',
    'Vested units will be settled in shares of common stock within 30 days following the applicable vesting date.',
    'Vested units are settled in shares within 30 days after each vesting date.',
    'Vested units will be delivered within 60 days.',
    'Each restricted stock unit converts into one share of common stock upon settlement.',
    'The RSUs will be settled in shares of common stock as soon as practicable after vesting, and in any event within 74 days.',
]
# A deferral of the settlement: the vesting dates stand (no date of its own).
DEFERRAL = [
    "The Reporting Person has elected to defer settlement of the vested RSUs until the Reporting Person's separation from service.",
    'Vested units will be deferred until the Reporting Person\'s separation from service pursuant to a deferral election.',
    "Settlement of vested units is deferred until the earlier of the Reporting Person's separation from service or a change in control.",
    "Pursuant to the Reporting Person's deferral election, vested units will be settled upon the Reporting Person's termination of service.",
    'The Reporting Person elected to defer receipt of the shares underlying the vested units until separation from service.',
    'Vested RSUs are subject to a deferral election and will be paid in shares following the Reporting Person\'s separation from service.',
    'Delivery of the shares underlying vested units has been deferred under the Issuer\'s Deferred Compensation Plan.',
    'Under the terms of the award, settlement of vested units is deferred until a change in control or the Reporting Person\'s separation from service.',
    'The Reporting Person has elected to defer delivery of the vested shares.',
    'Vested units will be credited to the Reporting Person\'s deferred stock account and paid in shares upon separation from service.',
]
# Sales and withholding beside a schedule: set aside, never dates of the schedule.
SALE_OR_WITHHOLDING = [
    'Shares may be sold under a Rule 10b5-1 plan to cover taxes.',
    'Shares will be withheld to satisfy tax withholding obligations upon each vesting date.',
    'The Reporting Person has adopted a Rule 10b5-1 trading plan providing for the sale of shares upon vesting to cover taxes.',
    'The Issuer will withhold a number of shares sufficient to cover applicable taxes on each vesting date.',
    'A portion of the shares will be sold on each vesting date to cover tax withholding obligations.',
    'Tax withholding obligations arising upon vesting will be satisfied by the withholding of shares.',
    'Shares may be withheld upon vesting to satisfy the Reporting Person\'s tax withholding obligations.',
    'Upon each vesting date, the Issuer will withhold shares to cover the Reporting Person\'s tax liability.',
    'The Reporting Person may sell shares under a Rule 10b5-1 trading plan to cover taxes due upon vesting.',
    'A sufficient number of vested shares will be sold to satisfy tax withholding obligations (a "sell-to-cover").',
]
# An option exercisable before it vests (holdout families of early exercise): the vesting stands.
EARLY_EXERCISE = [
    'The option is immediately exercisable; shares purchased upon exercise before they vest are subject to repurchase by the Issuer at the exercise price.',
    "The option may be exercised before it vests, subject to the Issuer's right to repurchase unvested shares.",
    'The option is early exercisable, and unvested shares acquired on exercise remain subject to a repurchase right that lapses as they vest.',
]


def _fill(s, award, **more):
    noun = award.noun
    return s.format(noun=noun, Noun=noun[0].upper() + noun[1:], was='were' if award.plural else 'was',
                    **{'is': 'are' if award.plural else 'is'}, **more)


def wrap(rng, body, award, anchor, slots, grant, expiration, shares=None):
    """Puts the schedule `body` (sentences ending in '.') among other sentences."""
    from words import date_text
    import datetime as dt
    names, before, after = [], [], []
    if 'granted' not in body and 'awarded' not in body and not anchor.intro and rng.random() < 0.12:
        sentences = GRANT_SENTENCE_OPTION if award.option else GRANT_SENTENCE_RSU
        said = rng.choice(sentences).format(grant=date_text(grant), n='{:,}'.format(shares))
        if rng.random() < 0.25:
            after.append(said)
            names.append('grant sentence with its date, after')
        else:
            before.append(said)
            names.append('grant sentence with its date')
    elif anchor.kind != 'grant' and 'granted on' not in body and rng.random() < 0.15:
        before.append(_fill(rng.choice(GRANTED), award, grant=date_text(grant)))
        names.append('grant date stated')
    elif 'granted' not in body and 'awarded' not in body and not anchor.intro and rng.random() < 0.08:
        body, said = grant_date_before_verb(rng, body, award, grant, anchor.kind in ('grant', 'stated'))
        if said:
            names.append(said)
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
    if award.option and rng.random() < 0.08:
        after.append('The exercise price of the option is $%d.%02d per share, the closing price of the Issuer\'s common stock on the date of grant.'
                     % (rng.randint(2, 180), rng.randint(0, 99)))
        names.append('exercise price')
    if expiration and rng.random() < 0.12:
        after.append(rng.choice(EXPIRATION).format(exp=date_text(dt.date.fromisoformat(expiration))))
        names.append('expiration')
    if not award.option and rng.random() < 0.2:
        after.append(rng.choice(SETTLEMENT))
        names.append('settlement')
    if not award.option and rng.random() < 0.06:
        after.append(rng.choice(DEFERRAL))
        names.append('deferral')
    if rng.random() < 0.06:
        after.append(rng.choice(SALE_OR_WITHHOLDING))
        names.append('sale or withholding')
    if award.option and rng.random() < 0.06:
        before.append(rng.choice(EARLY_EXERCISE))
        names.append('early exercise')
    slots['surroundings'] = '+'.join(names) if names else 'none'
    return ' '.join(before + [body] + after)


def grant_date_before_verb(rng, body, award, grant, event_allowed):
    """'The option vests ...' -> 'The option was granted on G and vests ...' / 'The RSUs were awarded on G,
    vesting ...' / '... granted in connection with the Reporting Person's commencement of employment on E, and vest
    ...': the grant's (or an event's) date told before the verb is the subject's, not a vesting date."""
    from words import date_text
    import datetime as dt
    lead = award.noun[0].upper() + award.noun[1:] + ' '
    if not body.startswith(lead):
        return body, None
    rest = body[len(lead):]
    verb = rest.split(' ')[0]
    if verb not in ('vest', 'vests', 'will', 'shall'):
        return body, None
    was = 'were' if award.plural else 'was'
    v = rng.randrange(3)
    if v == 0:
        return '%s%s granted on %s and %s' % (lead, was, date_text(grant), rest), 'grant date before the verb'
    if v == 1 and verb in ('vest', 'vests') and not rest.startswith(verb + ' and become'):
        return ('%s%s %s on %s, vesting%s' % (lead, was, rng.choice(['granted', 'awarded']), date_text(grant),
                                               rest[len(verb):])), 'granted on G, vesting ...'
    if not event_allowed:
        return body, None
    event = grant - dt.timedelta(days=rng.randint(0, 20))
    return ("%s%s granted in connection with the Reporting Person's commencement of employment on %s, and %s" % (
        lead, was, date_text(event), rest)), 'event date before the verb'


def wrap_negative(rng, text, slots):
    names = []
    if rng.random() < 0.2:
        text = rng.choice(PRE_RSU) + ' ' + text
        names.append('award sentence')
    slots['surroundings'] = '+'.join(names) if names else 'none'
    return text
