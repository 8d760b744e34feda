#!/usr/bin/python3
"""One table of the interpreter's accuracy on every corpus the project has.

usage: scripts/accuracy.py [VEST_BINARY] [--generate N] [--seeds 9,777]

Runs `vest parse --jsonl` once per set: ../shared/corpus/*.jsonl, every
tests/rules/holdout*/ and tests/rules/paraphrases set, then (with --generate)
the generator of tests/rules/generated at each seed. Per set it prints
exact / refused / wrong kind / wrong schedule, with the verdicts of
corpus_eval.py: exact is the expected kind and tranches (and the expected
error, where one is named); a refusal where one is expected is exact.
A wrong schedule gives dates or amounts other than the expected ones; a
wrong kind gives none (a kind without dates, or an error asking for input).
The exit status is 1 when any set has a wrong schedule."""
import argparse
import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, 'tests', 'rules', 'generated'))
import run_generated  # noqa: E402  (verdicts and the one `vest parse --jsonl` call)

COLUMNS = ('exact', 'refused', 'wrong kind', 'wrong schedule')


def corpus_sets():
    shared = sorted(glob.glob(os.path.join(ROOT, '..', 'shared', 'corpus', '*.jsonl')))
    natural = lambda p: [int(t) if t.isdigit() else t for t in re.split(r'(\d+)', p)]  # holdout2 before holdout10
    ours = sorted(glob.glob(os.path.join(ROOT, 'tests', 'rules', '*', '*.jsonl')), key=natural)
    return [p for p in shared + ours if '/generated/' not in p]


def verdict(row, got):
    exp = row['expect']
    want = [(t['date'], t['shares']) for t in exp.get('tranches', [])]
    have = [(t['date'], t['shares']) for t in got.get('tranches', [])]
    errors_ok = not got.get('errors') or (exp.get('error') and any(
        exp['error'] in e['message'] or exp['error'] in e['code'] for e in got['errors']))
    if got.get('kind') == exp['kind'] and have == want and errors_ok:
        return 'exact'
    if got.get('kind') == 'unrecognized' and not have:
        return 'exact' if exp['kind'] == 'unrecognized' else 'refused'
    return 'wrong schedule' if have and have != want else 'wrong kind'


def score(vest, rows):
    counts = dict.fromkeys(COLUMNS, 0)
    for row, got in zip(rows, run_generated.run_vest(vest, rows)):
        counts[verdict(row, got)] += 1
    return counts


def print_row(name, n, counts):
    pct = 100.0 * counts['exact'] / n if n else 0.0
    print('%-50s %6d %6d %6.1f%% %7d %10d %14d' % (name, n, counts['exact'], pct, counts['refused'],
                                                   counts['wrong kind'], counts['wrong schedule']))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('vest', nargs='?', default=os.path.join(ROOT, 'build', 'vest'))
    ap.add_argument('--generate', type=int, default=0, help='also run N generated lines per seed')
    ap.add_argument('--seeds', default='9,777')
    args = ap.parse_args()
    print('%-50s %6s %6s %7s %7s %10s %14s' % ('set', 'lines', 'exact', '', 'refused', 'wrong kind', 'wrong schedule'))
    wrong = 0
    for path in corpus_sets():
        rows = [json.loads(l) for l in open(path) if l.strip()]
        counts = score(args.vest, rows)
        wrong += counts['wrong schedule']
        print_row(os.path.relpath(path, ROOT), len(rows), counts)
    if args.generate:
        import random
        import generate  # tests/rules/generated/generate.py
        generate.oracle.self_check()
        for seed in (int(s) for s in args.seeds.split(',')):
            rng = random.Random(seed)
            rows = [generate.make_case(rng, i + 1) for i in range(args.generate)]
            counts = score(args.vest, rows)
            wrong += counts['wrong schedule']
            print_row('generated, seed %d' % seed, len(rows), counts)
    return 1 if wrong else 0


if __name__ == '__main__':
    sys.exit(main())
