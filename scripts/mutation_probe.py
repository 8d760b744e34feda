#!/usr/bin/python3
"""Mutates every time-based line of every corpus (scripts/accuracy.py's sets) and reports what the
interpreter makes of the mutants: a probe for silent failures, not a score.

    scripts/mutation_probe.py build/vest [-v]

Mutations: drop the anchor ("of the grant date"), make the verb a state ("shall be vested"), drop the
verb, "become exercisable" for "vest", drop a date's year. For each, the kinds the mutants got; with
-v every mutant read as `not_vesting` (a footnote that states vesting should be refused instead) and
every "drop the anchor" mutant whose schedule differs from the original's expected one (the anchor
dropped was the grant date, so the schedule should be the same or refused; not where the drop leaves "anniversary
thereafter", which then names the date before). Exits 1 on the latter:
that is a silently wrong schedule.
"""
import collections
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import accuracy  # noqa: E402

MUTATIONS = {
    'drop_anchor': lambda t: re.sub(r' of (the )?(date of grant|grant date)', '', t),
    'state_verb': lambda t: re.sub(r'\b(will vest|shall vest|vest|vests)\b', 'shall be vested', t, count=1),
    'drop_verb': lambda t: re.sub(r'\b(will vest|shall vest|vests|vest)\b', '', t, count=1),
    'exercisable': lambda t: re.sub(r'\b(will vest|vests|vest)\b', 'become exercisable', t, count=1),
    'drop_year': lambda t: re.sub(r'(\w+ \d{1,2}), (\d{4})', r'\1', t, count=1),
}


def mutants():
    for path in accuracy.corpus_sets():
        for line in open(path):
            if not line.strip():
                continue
            row = json.loads(line)
            if row['expect']['kind'] != 'time_based':
                continue
            for name, mutate in MUTATIONS.items():
                text = mutate(row['text'])
                if text != row['text']:
                    yield name, row, text


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    verbose = '-v' in sys.argv[2:]
    rows = list(mutants())
    inputs = ''.join(json.dumps({k: v for k, v in {'text': t, 'grant_date': r.get('grant_date'),
                                                    'shares': r.get('shares')}.items() if v is not None}) + '\n'
                     for _, r, t in rows)
    out = subprocess.run([sys.argv[1], 'parse', '--jsonl', '-'], input=inputs, capture_output=True, text=True,
                         check=False).stdout.splitlines()
    kinds, wrong = collections.Counter(), 0
    for (name, row, text), answer in zip(rows, out):
        got = json.loads(answer)
        kinds[(name, got['kind'])] += 1
        have = [(t['date'], t['shares']) for t in got['tranches']]
        want = [(t['date'], t['shares']) for t in row['expect'].get('tranches', [])]
        # ("... on each quarterly anniversary of the grant date thereafter" after a lump on a stated date loses its anchor
        # to "anniversary thereafter": anniversaries of that date, rightly; the mutant no longer means the original.)
        retold = re.search(r'anniversar(y|ies) thereafter', text) and not re.search(r'anniversar(y|ies) thereafter', row['text'])
        if name == 'drop_anchor' and have and have != want and not retold:
            wrong += 1
            print('WRONG SCHEDULE', row['id'], text)
        elif verbose and got['kind'] == 'not_vesting' and name != 'drop_verb':
            print('not_vesting', name, row['id'], text[:160])
    for name in MUTATIONS:
        print('%-12s %s' % (name, ', '.join('%s %d' % (k, n) for (m, k), n in sorted(kinds.items()) if m == name)))
    sys.exit(1 if wrong else 0)


if __name__ == '__main__':
    main()
