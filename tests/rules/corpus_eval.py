#!/usr/bin/env python3
"""Prints exact / unrecognized / wrong per expected kind for a JSONL corpus.

usage: tests/rules/corpus_eval.py VEST_BINARY CORPUS.jsonl [-v]
Runs `vest parse --jsonl` once and compares kind, tranches, exercisable_immediately
and the expected error substring (see tests/rules/corpus_test.cpp for the same
comparison as a GoogleTest)."""
import json, subprocess, sys, collections

vest, corpus = sys.argv[1], sys.argv[2]
verbose = '-v' in sys.argv
rows = [json.loads(l) for l in open(corpus) if l.strip()]
inp = '\n'.join(json.dumps({k: r.get(k) for k in ('id', 'text', 'grant_date', 'shares', 'expiration')}) for r in rows)
out = subprocess.run([vest, 'parse', '--jsonl', '-'], input=inp, capture_output=True, text=True).stdout.splitlines()
stats = collections.defaultdict(collections.Counter)
for r, line in zip(rows, out):
    got, exp = json.loads(line), r['expect']
    kind = exp['kind']
    ok = got['kind'] == kind
    ok = ok and [(t['date'], t['shares']) for t in got['tranches']] == [(t['date'], t['shares']) for t in exp.get('tranches', [])]
    ok = ok and got['exercisable_immediately'] == exp.get('exercisable_immediately', False)
    if exp.get('error'):
        ok = ok and any(exp['error'] in e['message'] or exp['error'] in e['code'] for e in got['errors'])
    else:
        ok = ok and not got['errors']
    verdict = 'exact' if ok else ('unrecognized' if got['kind'] == 'unrecognized' else 'wrong')
    stats[kind][verdict] += 1
    if verbose and not ok:
        print(r['id'], verdict, 'expected', kind, 'got', got['kind'], got['errors'][:2], got['tranches'][:3])
total = collections.Counter()
for kind in sorted(stats):
    c = stats[kind]; total.update(c)
    print(f"{kind:14s} exact {c['exact']:3d}  unrecognized {c['unrecognized']:3d}  wrong {c['wrong']:3d}")
print(f"{'all':14s} exact {total['exact']:3d}  unrecognized {total['unrecognized']:3d}  wrong {total['wrong']:3d}")
