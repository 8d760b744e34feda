#!/usr/bin/python3
"""Who at an issuer has shares vesting in the next 90 days, from a folder of filings.

    PYTHONPATH=build/python examples/python/vesting_soon.py ../shared/seeds/ --issuer sonus --as-of 2015-06-30

Reads every filing (EDGAR XML, SEC data-set zips, PDF-to-text) with
vest.read_filings, keeps the issuer's grants, expands them to tranches with
vest.tranches and prints, per owner and security, the shares that vest in
(as_of, as_of + days]. Exact share counts; a footnote vest did not understand
is listed as such, never guessed.
"""
import argparse
import datetime
import sys

import pandas as pd

import vest


def main(argv=None):
    a = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    a.add_argument("paths", nargs="+", help="filings: files or folders")
    a.add_argument("--issuer", required=True, help="issuer name, ticker or CIK (case-insensitive substring)")
    a.add_argument("--as-of", default=datetime.date.today().isoformat(), help="YYYY-MM-DD (default today)")
    a.add_argument("--days", type=int, default=90)
    args = a.parse_args(argv)

    grants = vest.read_filings(args.paths)
    needle = args.issuer.lower()
    mine = grants[grants.issuer.str.lower().str.contains(needle, regex=False) | (grants.ticker.str.lower() == needle)]
    not_understood = mine[mine.kind == "unrecognized"]
    start = pd.Timestamp(args.as_of)
    end = start + pd.Timedelta(days=args.days)
    t = vest.tranches(mine)
    soon = t[(t.vests_on > start) & (t.vests_on <= end)]
    print("%s: %d grant(s) in %d filing(s); vesting after %s through %s:"
          % (args.issuer, len(mine), mine.source.nunique(), start.date(), end.date()))
    if soon.empty:
        print("  nobody")
    else:
        table = (soon.groupby(["owner", "security"], sort=True)
                 .agg(tranches=("shares", "size"), shares=("shares", "sum"), first=("vests_on", "min"))
                 .reset_index())
        table["first"] = table["first"].dt.date
        print(table.to_string(index=False))
    for _, g in not_understood.iterrows():
        print("  not understood: %s, %s (%s line %d)" % (g.owner, g.security, g.source, g.line))
    return 0


if __name__ == "__main__":
    sys.exit(main())
