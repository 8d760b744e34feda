#!/usr/bin/python3
"""Feeds a generated set to `vest parse --jsonl -` and scores it.

usage: run_generated.py VEST_BINARY SET.jsonl [--examples K] [--families] [--fail-on-wrong-schedule]
                        [--min-exact PCT] [--write-failures OUT.jsonl]
       run_generated.py VEST_BINARY --generate N [--seed S] ...   (generates the set in memory)

Verdicts per line:
  exact           kind and tranches as expected, no errors
  refused         kind `unrecognized` and no tranches (allowed: the rules said they did not understand)
  wrong kind      the expected tranches, but another kind (or errors beside them)
  wrong schedule  not refused, and tranches other than the expected ones: dates or amounts
                  that differ, or a dated schedule lost (`not_vesting`, `performance`)
                  without a refusal: a silently wrong result
For a negative (expected `not_vesting`), `not_vesting` is exact, a refusal is
refused, and any tranche is a wrong schedule.
Prints the totals, then per slot value (the "families"), then up to K example
texts of each wrong-schedule family. With --fail-on-wrong-schedule the exit
status is 1 when any line is a wrong schedule (refusals are allowed); with --min-exact also when
fewer than PCT% of the lines are exact. A line that must be refused (expected `unrecognized`) is exact
when refused.
--write-failures writes every line that is not exact, in the corpus format
with its verdict and vest's answer ("got"), for corpus_eval.py or a test."""
import argparse
import collections
import json
import os
import subprocess
import sys

VERDICTS = ('exact', 'refused', 'wrong kind', 'wrong schedule')


def verdict(row, got):
    exp = row['expect']
    want = [(t['date'], t['shares']) for t in exp.get('tranches', [])]
    have = [(t['date'], t['shares']) for t in got.get('tranches', [])]
    if got.get('kind') == exp['kind'] and have == want and not got.get('errors'):
        return 'exact'
    if exp['kind'] == 'unrecognized' and got.get('kind') == 'unrecognized' and not have:
        return 'exact'  # a line that must be refused, refused
    if got.get('kind') == 'unrecognized' and not have:
        return 'refused'
    if have != want:
        return 'wrong schedule'
    return 'wrong kind'


def run_vest(vest, rows):
    inp = ''.join(json.dumps({k: r.get(k) for k in ('id', 'text', 'grant_date', 'shares', 'expiration')}) + '\n'
                  for r in rows)
    proc = subprocess.run([vest, 'parse', '--jsonl', '-'], input=inp, capture_output=True, text=True)
    out = [json.loads(l) for l in proc.stdout.splitlines() if l.strip()]
    if len(out) != len(rows):
        sys.exit('vest parse --jsonl printed %d lines for %d inputs (exit %d): %s' % (
            len(out), len(rows), proc.returncode, proc.stderr[:500]))
    return out


def first_difference(row, got):
    want = [(t['date'], t['shares']) for t in row['expect'].get('tranches', [])]
    have = [(t['date'], t['shares']) for t in got.get('tranches', [])]
    for i, (w, h) in enumerate(zip(want, have)):
        if w != h:
            return 'tranche %d: expected %s %s, got %s %s' % (i, w[0], w[1], h[0], h[1])
    return 'expected %d tranches, got %d (%s)' % (len(want), len(have), 'kind ' + got.get('kind', '?'))


def family_key(row):
    s = row['slots']
    if s['shape'] == 'negative':
        return 'negative: ' + s['negative']
    if s['shape'] == 'must be refused':
        return 'must be refused: ' + s['refuse']
    key = '%s / %s' % (s['shape'], s.get('series', ''))
    if s.get('day_rule') not in (None, 'same day', 'none'):
        key += ' / on rule dates'
    if s.get('anchor') in ('hire', 'event'):
        key += ' / from a hire date' if s['anchor'] == 'hire' else ' / from an effective, closing or appointment date'
    if s.get('lumps'):
        key += ' / ' + s['lumps']
    return key


def report(rows, outs, examples, show_families, stream):
    total = collections.Counter()
    per_slot = collections.defaultdict(collections.Counter)
    wrong = collections.defaultdict(list)
    refused_fam = collections.Counter()
    for row, got in zip(rows, outs):
        v = verdict(row, got)
        total[v] += 1
        for slot, value in row['slots'].items():
            per_slot[(slot, value)][v] += 1
        if v == 'wrong schedule':
            wrong[family_key(row)].append((row, got))
        if v == 'refused':
            refused_fam[family_key(row)] += 1
    n = len(rows)
    pct = lambda c: 100.0 * c / n if n else 0.0
    print('generated footnotes: %d lines' % n, file=stream)
    print('  ' + '   '.join('%s %d (%.1f%%)' % (v, total[v], pct(total[v])) for v in VERDICTS), file=stream)
    if show_families:
        print('\nper slot value (exact / refused / wrong kind / wrong schedule):', file=stream)
        for slot in sorted({k[0] for k in per_slot}):
            print('  [%s]' % slot, file=stream)
            for (s, value), c in sorted(per_slot.items(), key=lambda kv: (-sum(kv[1].values()), kv[0][1])):
                if s != slot:
                    continue
                m = sum(c.values())
                print('    %-62s %5d  exact %5.1f%%  refused %4d  wrong kind %3d  wrong schedule %3d' % (
                    value[:62], m, 100.0 * c['exact'] / m, c['refused'], c['wrong kind'], c['wrong schedule']),
                    file=stream)
    if refused_fam and show_families:
        print('\nrefused, by shape / series form:', file=stream)
        for fam, c in refused_fam.most_common():
            print('  %5d  %s' % (c, fam), file=stream)
    if wrong:
        print('\nWRONG SCHEDULES by shape / series form (%d lines):' % total['wrong schedule'], file=stream)
        for fam, items in sorted(wrong.items(), key=lambda kv: -len(kv[1])):
            print('\n  %s: %d' % (fam, len(items)), file=stream)
            for row, got in items[:examples]:
                print('    %s grant_date %s shares %s: %s' % (row['id'], row['grant_date'], row['shares'], row['text']),
                      file=stream)
                print('      slots %s' % json.dumps(row['slots']), file=stream)
                print('      %s' % first_difference(row, got), file=stream)
    return total


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('vest')
    ap.add_argument('set', nargs='?')
    ap.add_argument('--generate', type=int, help='generate this many lines instead of reading SET')
    ap.add_argument('--seed', type=int, default=9)
    ap.add_argument('--examples', type=int, default=3)
    ap.add_argument('--families', action='store_true', help='print figures per slot value')
    ap.add_argument('--fail-on-wrong-schedule', action='store_true')
    ap.add_argument('--write-failures', metavar='OUT.jsonl', help='write the lines that are not exact here')
    ap.add_argument('--min-exact', type=float, metavar='PCT',
                    help='fail when fewer than PCT%% of the lines are exact (the ctest floor: exactness must not slip)')
    args = ap.parse_args()
    if args.generate:
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        import random
        import generate
        generate.oracle.self_check()
        rng = random.Random(args.seed)
        rows = [generate.make_case(rng, i + 1) for i in range(args.generate)]
    elif args.set:
        rows = [json.loads(l) for l in open(args.set) if l.strip()]
    else:
        ap.error('give SET.jsonl or --generate N')
    outs = run_vest(args.vest, rows)
    total = report(rows, outs, args.examples, args.families, sys.stdout)
    if args.write_failures:
        with open(args.write_failures, 'w') as out:
            for row, got in zip(rows, outs):
                v = verdict(row, got)
                if v != 'exact':
                    keep = {k: got.get(k) for k in ('kind', 'tranches', 'errors')}
                    out.write(json.dumps(dict(row, verdict=v, got=keep)) + '\n')
    failed = False
    if args.fail_on_wrong_schedule and total['wrong schedule']:
        print('\nFAIL: %d wrong schedules (refusals are allowed, wrong schedules are not)' % total['wrong schedule'])
        failed = True
    exact_pct = 100.0 * total['exact'] / len(rows) if rows else 0.0
    if args.min_exact is not None and exact_pct < args.min_exact:
        print('\nFAIL: %.1f%% exact, below the floor of %.1f%%' % (exact_pct, args.min_exact))
        failed = True
    if failed:
        sys.exit(1)


if __name__ == '__main__':
    main()
