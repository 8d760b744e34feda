#!/usr/bin/env python3
"""Severity view of the holdout run: exact / correct(refused) / refused(miss) / wrong-kind / WRONG-SCHEDULE.
usage (from repo root): python3 tests/rules/holdout/classify.py [VEST [CORPUS]]  (default build-holdout/vest, this folder's corpus)"""
import json,subprocess,collections,sys
rows=[json.loads(l) for l in open(sys.argv[2] if len(sys.argv)>2 else 'tests/rules/holdout/footnotes-holdout.jsonl')]
inp='\n'.join(json.dumps({k:r.get(k) for k in ('id','text','grant_date','shares','expiration')}) for r in rows)
out=subprocess.run([sys.argv[1] if len(sys.argv)>1 else 'build-holdout/vest','parse','--jsonl','-'],input=inp,capture_output=True,text=True).stdout.splitlines()
st=collections.defaultdict(collections.Counter)
for r,l in zip(rows,out):
    g=json.loads(l); e=r['expect']; k=e['kind']
    gt=[(t['date'],t['shares']) for t in g['tranches']]; et=[(t['date'],t['shares']) for t in e.get('tranches',[])]
    exact = g['kind']==k and gt==et and g['exercisable_immediately']==e.get('exercisable_immediately',False) and ((e.get('error') and any(e['error'] in x['message'] or e['error'] in x['code'] for x in g['errors'])) or (not e.get('error') and not g['errors']))
    if k=='unrecognized' and not gt and (g['kind']=='unrecognized' or g['errors']): v='correct(refused)'
    elif exact: v='exact'
    elif gt and gt!=et: v='WRONG-SCHEDULE'
    elif gt==et and gt: v='wrong-kind/flag-only(same tranches)'
    elif not gt and (g['kind']=='unrecognized' or g['errors']): v='refused(miss)'
    else: v='wrong-kind(no schedule)'
    st[k][v]+=1
    if v not in('exact','correct(refused)'): print(f"{r['id']} [{v}] exp {k} got {g['kind']} err={[x['code'] for x in g['errors']]}")
for k in sorted(st): print(k, dict(st[k]))
