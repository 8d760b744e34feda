#!/usr/bin/python3
"""Metamorphic probe for silently wrong schedules: edits whose effect on the schedule is known without an oracle.

    scripts/metamorphic_probe.py build/vest [--generate N] [--seeds 9,777] [--sample K] [-v] [--examples K]

Every line of every corpus (scripts/accuracy.py's sets; with --generate also N generator lines per seed)
that the interpreter reads exactly (a dated answer equal to the line's expectation) is edited, and the
edited texts go through `vest parse --jsonl` in one call:

- a MEANING-CHANGING edit (monthly -> quarterly, "first anniversary" -> "second anniversary", a
  percentage changed, a timing proviso or a contingent clause added, a second vesting statement in a
  sentence that looks like surroundings ...) must give another answer or be refused: the SAME answer
  means a word that matters was ignored;
- a MEANING-PRESERVING edit (a surroundings sentence added, "will vest" -> "shall vest", "three (3)" ->
  "three", "December 16, 2014" -> "Dec. 16, 2014", a set-aside sentence moved ...) must give the same
  answer or be refused: ANOTHER answer is a schedule that changed for words that do not matter.

Either failure is a silent hole. Refused = kind `unrecognized` with no tranches. Prints per edit: the
mutants, refused, the expected outcome, holes; with -v every hole. --sample K keeps every K-th corpus
line (the cheap ctest). Exits 1 when any edit has a hole."""
import argparse
import collections
import json
import os
import random
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import accuracy  # noqa: E402

MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
MONTH_RE = '(?:' + '|'.join(MONTHS) + ')'
DATE_RE = re.compile(r'\b(' + MONTH_RE + r') (\d{1,2}), (\d{4})\b')


def iso_to_words(iso):
    y, m, d = (int(x) for x in iso.split('-'))
    return '%s %d, %d' % (MONTHS[m - 1], d, y)


def sub1(pattern, repl, flags=0):
    """An edit replacing the first match of pattern (None when nothing matches)."""
    rx = re.compile(pattern, flags)
    return lambda text, row: rx.sub(repl, text, count=1)


def first_sentence_end(text):
    """Index of the '.' ending the first sentence (outside parentheses), or len(text)."""
    depth = 0
    for i, c in enumerate(text):
        depth += (c == '(') - (c == ')')
        if c == '.' and depth == 0 and (i + 1 == len(text) or (text[i + 1] == ' ' and i + 2 < len(text)
                                                                 and text[i + 2].isupper())):
            if not re.search(r'(\b[A-Z]|\bNo|\bInc|\bCo|\bDec|\bSept?|\bJan|\bFeb|\bAug|\bOct|\bNov)$', text[:i]):
                return i
    return len(text)


def insert_clause(clause):
    """An edit inserting ", <clause>" before the first sentence's period (none when clause gives None)."""
    def edit(text, row):
        c = clause(row)
        if c is None:
            return text
        i = first_sentence_end(text)
        return text[:i] + ', ' + c + text[i:]
    return edit


def append_sentence(sentence, before=False):
    def edit(text, row):
        s = sentence(row) if callable(sentence) else sentence
        if s is None:
            return text
        return s + ' ' + text if before else text.rstrip() + ('' if text.rstrip().endswith('.') else '.') + ' ' + s
    return edit


def last_date_words(row):
    tranches = row['expect'].get('tranches', [])
    return iso_to_words(tranches[-1]['date']) if len(tranches) >= 2 else None


def after_last_tranche(row):
    """A year after the last tranche: a date the schedule does not have (on the last date, "the unvested portion"
    would absorb an added statement and the schedule could stay the same)."""
    y, m, d = row['expect']['tranches'][-1]['date'].split('-')
    return iso_to_words('%d-%s-%s' % (int(y) + 1, m, '28' if (m, d) == ('02', '29') else d))


def vests_within_a_year(row):
    """Some shares vest less than a year after the grant date (and after it): a one-year cliff changes that."""
    tranches, grant = row['expect'].get('tranches', []), row.get('grant_date')
    if not tranches or not grant:
        return False
    y, m, d = grant.split('-')
    return grant < tranches[0]['date'] < '%d-%s-%s' % (int(y) + 1, m, d)


def plan_sentence(row):
    tranches = row['expect'].get('tranches', [])
    if not tranches:
        return None
    return ("Under the Reporting Person's Rule 10b5-1 trading plan, 50%% of the units vest on %s."
            % after_last_tranche(row))


def second_statement(prefix):
    def sentence(row):
        tranches = row['expect'].get('tranches', [])
        if not tranches:
            return None
        return prefix + ', 50%% of the shares vest on %s.' % after_last_tranche(row)
    return sentence


def swap_words(pairs):
    """An edit swapping the first word of the text found among pairs (a -> b, first match wins)."""
    rx = re.compile(r'\b(' + '|'.join(re.escape(a) for a, _ in pairs) + r')\b')
    table = dict(pairs)
    return lambda text, row: rx.sub(lambda m: table[m.group(1)], text, count=1)


def change_percent(text, row):
    def bump(m):
        n = float(m.group(1))
        new = n + 5 if n <= 50 else n - 5
        return ('%g' % new) + m.group(2)
    return re.sub(r'\b(\d+(?:\.\d+)?)(%| percent)', bump, text, count=1)


FRACTIONS = [('one-third', 'one-fourth'), ('one-fourth', 'one-third'), ('one-quarter', 'one-third'),
             ('one-half', 'one-third'), ('1/3', '1/4'), ('1/4', '1/3'), ('1/36', '1/48'), ('1/48', '1/36'),
             ('1/12', '1/16'), ('1/16', '1/12'), ('1/3rd', '1/4th'), ('1/4th', '1/3rd'), ('1/36th', '1/48th'),
             ('1/48th', '1/36th'), ('one-third', 'one-fourth')]


def abbreviate_date(text, row):
    return DATE_RE.sub(lambda m: '%s. %s, %s' % (m.group(1)[:3] if m.group(1) != 'September' else 'Sept',
                                                  m.group(2), m.group(3)) if m.group(1) not in ('May', 'June', 'July')
                       else m.group(0), text)


def change_tranche_date(text, row, day):
    """A date written in words that is one of the expected tranches' dates, its day or its year changed in every
    mention (a date of something else beside it, "earned on D", may not matter; the tranche's date does)."""
    dates = {t['date'] for t in row['expect'].get('tranches', [])}
    for m in DATE_RE.finditer(text):
        iso = '%s-%02d-%02d' % (m.group(3), MONTHS.index(m.group(1)) + 1, int(m.group(2)))
        if iso in dates:
            new = ('%s %d, %s' % (m.group(1), int(m.group(2)) % 28 + 1, m.group(3)) if day
                   else '%s %s, %d' % (m.group(1), m.group(2), int(m.group(3)) + 1))
            return text.replace(m.group(0), new)
    return text


def move_last_sentence_first(text, row):
    """A trailing sentence with nothing of the schedule (no vest word, number, date or sequence word) moved first."""
    parts = re.split(r'(?<=\.) (?=[A-Z])', text.strip())
    if len(parts) < 2:
        return text
    last = parts[-1]
    if re.search(r'\d|vest|exercisab|thereafter|remain|forego|above|such|this|these|Date|'
                 r'anniversar|month|quarter|annual|year', last, re.I):
        return text
    return ' '.join([last] + parts[:-1])


# A cadence word as the cadence ("annual installments", "vest annually"), not a name ("annual equity program",
# "quarterly bonus", "Quarterly Vesting Date").
AS_CADENCE = (r'(?= (?:installments?|instalments?|increments?|tranches?|basis|anniversar\w*|periods?|thereafter|on|'
              r'beginning|commencing|over|until|through|following|after|from|in|at|for)\b|[,.;])')

# Where an edit's effect is not known, the edit is not made (the probe's precision: these were its false alarms).
# An anniversary restated by a date ("March 9, 2026, the first anniversary of the vesting commencement date", the
# date governs) or one alternative of "the earlier / later of"; a percentage of an acceleration or of the target
# earned; a performance condition in a footnote whose performance was met (the clause restates it) or after an
# acceleration clause (it conditions the acceleration).
RESTATED_OR_ALTERNATIVE = re.compile(r'\d{4},? \(?the (first|second) anniversary|anniversary of [^.;]*\((the )?"|'
                                     r'(earlier|later) of', re.I)
ACCELERATION_OR_EARNED = re.compile(r'change (in|of) control|death|disability|accelerat|earned at|of target', re.I)
PERFORMANCE_MET = re.compile(r'certifi|earned|satisfied|were met|was met|achieved|accelerat', re.I)


def unless(rx, edit):
    return lambda text, row: text if rx.search(text) else edit(text, row)


NUMBER_WORDS = {'two': 2, 'three': 3, 'four': 4, 'five': 5, 'six': 6, 'eight': 8, 'ten': 10, 'twelve': 12,
                'sixteen': 16, 'twenty': 20, 'twenty-four': 24, 'thirty-six': 36, 'forty-eight': 48}

SURROUNDINGS = [
    'Each restricted stock unit represents a contingent right to receive one share of the Issuer\'s common stock.',
    'Vested shares will be delivered to the reporting person within 30 days following each vesting date.',
    'Vesting is subject to the reporting person\'s continued service with the Issuer through each vesting date.',
    'The award will vest in full upon the reporting person\'s death or disability.',
    'The Issuer will withhold shares to satisfy tax withholding obligations upon each vesting date.',
]

# name: (expectation, edit). 'differ': the answer must change or be refused; 'same': it must not change
# unless refused; 'review': reported, not judged (the edit may or may not change the meaning).
EDITS = {
    # ---- meaning-changing
    'cadence monthly->quarterly': ('differ', sub1(r'(?<!-)\bmonthly\b' + AS_CADENCE, 'quarterly')),
    'cadence quarterly->annual': ('differ', sub1(r'(?<!-)\bquarterly\b' + AS_CADENCE, 'annual')),
    'cadence annual->quarterly': ('differ', sub1(r'(?<!-)\bannual(ly)?\b' + AS_CADENCE, lambda m: 'quarterly')),
    'cadence each month->each quarter': ('differ', sub1(r'\beach (calendar )?month\b', r'each \1quarter')),
    'anniversary first->second': ('differ', unless(RESTATED_OR_ALTERNATIVE, sub1(r'\bfirst anniversary\b', 'second anniversary'))),
    'anniversary second->third': ('differ', unless(RESTATED_OR_ALTERNATIVE, sub1(r'\bsecond anniversary\b', 'third anniversary'))),
    'percent changed': ('differ', unless(ACCELERATION_OR_EARNED, change_percent)),
    'fraction changed': ('differ', swap_words(FRACTIONS)),
    'count changed': ('differ', swap_words([('three', 'four'), ('four', 'five'), ('twelve', 'sixteen'),
                                            ('sixteen', 'twelve'), ('thirty-six', 'forty-eight'),
                                            ('forty-eight', 'thirty-six'), ('(3)', '(4)'), ('(4)', '(5)')])),
    'day rule last->15th': ('differ', sub1(r'\blast day of (each|every|the) ', r'15th day of \1 ')),
    'day rule first->15th': ('differ', sub1(r'\bfirst day of (each|every|the) ', r'15th day of \1 ')),
    'tranche date: day changed': ('differ', lambda t, r: change_tranche_date(t, r, day=True)),
    'tranche date: year changed': ('differ', lambda t, r: change_tranche_date(t, r, day=False)),
    'proviso: no shares before last date': ('differ', insert_clause(
        lambda r: last_date_words(r) and 'provided that no shares shall vest before %s' % last_date_words(r))),
    'proviso sentence: not before last date': ('differ', append_sentence(
        lambda r: last_date_words(r) and 'Notwithstanding the foregoing, no shares will vest before %s.'
        % last_date_words(r))),
    'proviso: one-year cliff': ('review', insert_clause(lambda r: 'subject to a one-year cliff')),
    # (review: a cliff counted from a vesting commencement or hire date the footnote names, with the first
    # installment a year after it, changes nothing; the probe cannot tell that anchor without an oracle)
    'proviso: one-year cliff, first tranche within a year': ('review', insert_clause(
        lambda r: 'subject to a one-year cliff' if vests_within_a_year(r) else None)),
    'contingent: upon achievement': ('differ', unless(PERFORMANCE_MET, insert_clause(
        lambda r: 'subject to the achievement of the performance goals established by the Compensation Committee'))),
    'contingent: shareholder approval': ('differ', append_sentence(
        'Vesting of the award is subject to shareholder approval of the amendment to the Plan.')),
    'contingent sentence: performance': ('differ', append_sentence(
        'The number of shares that vest will be determined based on the achievement of performance goals.')),
    'second statement: 10b5-1 plan': ('differ', append_sentence(plan_sentence)),
    'second statement: settlement': ('differ', append_sentence(second_statement('Upon settlement of the units'))),
    'second statement: merger': ('differ', append_sentence(second_statement('In connection with the merger'))),
    'second statement: withholding': ('differ', append_sentence(second_statement(
        'To satisfy tax withholding obligations'))),
    'thereafter dropped': ('review', sub1(r',? thereafter\b', '')),
    'tense will vest->vested': ('review', sub1(r'\b(will|shall) vest\b', 'vested')),
    # ---- meaning-preserving
    'surroundings after: settlement': ('same', append_sentence(SURROUNDINGS[1])),
    'surroundings after: continued service': ('same', append_sentence(SURROUNDINGS[2])),
    'surroundings after: death or disability': ('same', append_sentence(SURROUNDINGS[3])),
    'surroundings after: withholding': ('same', append_sentence(SURROUNDINGS[4])),
    'surroundings before: unit definition': ('same', append_sentence(SURROUNDINGS[0], before=True)),
    'surroundings before: continued service': ('same', append_sentence(SURROUNDINGS[2], before=True)),
    'surroundings after: option expiration': ('same', append_sentence(
        lambda r: r.get('expiration') and 'The option expires on %s.' % iso_to_words(r['expiration']))),
    'noun RSUs<->restricted stock units': ('same', swap_words([('restricted stock units', 'RSUs'),
                                                               ('RSUs', 'restricted stock units')])),
    'noun option<->stock option': ('same', sub1(r'\b(this|the) option\b', r'\1 stock option')),
    'noun underlying<->subject to': ('same', swap_words([('underlying', 'subject to'),
                                                        ('subject to the option', 'underlying the option')])),
    'words "three (3)"->"three"': ('same', sub1(r'\b([a-z-]+) \((\d+)\)', r'\1')),
    'words number->digits': ('same', lambda t, r: re.sub(
        r'\b(' + '|'.join(NUMBER_WORDS) + r') (equal|annual|quarterly|monthly|successive|substantially)\b',
        lambda m: '%d %s' % (NUMBER_WORDS[m.group(1)], m.group(2)), t, count=1)),
    'words digits->number': ('same', lambda t, r: re.sub(
        r'\b(\d+) (equal|annual|quarterly|monthly|successive|substantially)\b',
        lambda m: '%s %s' % ({v: k for k, v in NUMBER_WORDS.items()}.get(int(m.group(1)), m.group(1)),
                             m.group(2)), t, count=1)),
    'verb will vest->shall vest': ('same', swap_words([('will vest', 'shall vest'), ('shall vest', 'will vest')])),
    'verb will vest->vests': ('same', sub1(r'\b(will|shall) vest\b', 'vests')),
    'verb will vest->will become vested': ('same', sub1(r'\b(will|shall) vest\b', r'\1 become vested')),
    'verb vest->become vested': ('same', sub1(r'\b(?<!will )(?<!shall )vest\b', 'become vested')),
    'date abbreviated': ('same', abbreviate_date),
    'sentence order: trailing set-aside sentence first': ('same', move_last_sentence_first),
}


def key(got):
    return got.get('kind'), [(t['date'], t['shares']) for t in got.get('tranches', [])]


def refused(got):
    return got.get('kind') == 'unrecognized' and not got.get('tranches')


def run(vest, rows):
    inp = ''.join(json.dumps({k: v for k, v in r.items() if k in ('text', 'grant_date', 'shares', 'expiration')
                              and v is not None}) + '\n' for r in rows)
    proc = subprocess.run([vest, 'parse', '--jsonl', '-'], input=inp, capture_output=True, text=True)
    out = [json.loads(l) for l in proc.stdout.splitlines() if l.strip()]
    if len(out) != len(rows):
        sys.exit('vest parse --jsonl printed %d lines for %d inputs: %s' % (len(out), len(rows), proc.stderr[:400]))
    return out


def source_rows(args):
    for path in accuracy.corpus_sets():
        name = os.path.relpath(path, accuracy.ROOT)
        for n, line in enumerate(open(path)):
            if line.strip() and n % args.sample == 0:
                row = json.loads(line)
                row['set'] = name
                yield row
    if args.generate:
        sys.path.insert(0, os.path.join(accuracy.ROOT, 'tests', 'rules', 'generated'))
        import generate
        for seed in (int(s) for s in args.seeds.split(',')):
            rng = random.Random(seed)
            for i in range(args.generate):
                row = generate.make_case(rng, i + 1)
                row['set'] = 'generated seed %d' % seed
                yield row


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('vest')
    ap.add_argument('--generate', type=int, default=0)
    ap.add_argument('--seeds', default='9,777')
    ap.add_argument('--sample', type=int, default=1)
    ap.add_argument('--examples', type=int, default=3, help='holes printed per edit (all with -v)')
    ap.add_argument('-v', action='store_true')
    args = ap.parse_args()

    rows = list(source_rows(args))
    base = run(args.vest, rows)
    exact = [(r, g) for r, g in zip(rows, base)
             if g.get('tranches') and key(g) == (r['expect']['kind'], [(t['date'], t['shares'])
                                                                      for t in r['expect'].get('tranches', [])])
             and not g.get('errors')]
    mutants = []
    for row, got in exact:
        for name, (_, edit) in EDITS.items():
            text = edit(row['text'], row)
            if text and text != row['text']:
                mutants.append((name, row, got, dict(row, text=text)))
    answers = run(args.vest, [m[3] for m in mutants])

    stats = collections.defaultdict(collections.Counter)
    holes = collections.defaultdict(list)
    for (name, row, got, mutant), answer in zip(mutants, answers):
        expectation = EDITS[name][0]
        s = stats[name]
        s['mutants'] += 1
        if refused(answer):
            s['refused'] += 1
            continue
        same = key(answer) == key(got)
        s['same' if same else 'changed'] += 1
        if (expectation == 'differ' and same) or (expectation == 'same' and not same):
            s['holes'] += 1
            holes[name].append((row, mutant['text'], got, answer))
    print('%d lines read exactly (of %d), %d mutants' % (len(exact), len(rows), len(mutants)))
    print('%-48s %7s %7s %7s %7s %7s  %s' % ('edit', 'mutants', 'refused', 'same', 'changed', 'HOLES', 'expect'))
    total = 0
    for name, (expectation, _) in EDITS.items():
        s = stats[name]
        if expectation != 'review':
            total += s['holes']
        print('%-48s %7d %7d %7d %7d %7s  %s' % (name, s['mutants'], s['refused'], s['same'], s['changed'],
                                                 s['holes'] if expectation != 'review' else '-', expectation))
    print('silent holes: %d' % total)
    for name, items in holes.items():
        if EDITS[name][0] == 'review':
            continue
        for row, text, got, answer in items[:None if args.v else args.examples]:
            print('\nHOLE [%s] %s %s\n  text: %s\n  before: %s %s\n  after:  %s %s' % (
                name, row['set'], row.get('id', ''), text, got['kind'], key(got)[1][:4],
                answer['kind'], key(answer)[1][:4]))
    return 1 if total else 0


if __name__ == '__main__':
    sys.exit(main())
