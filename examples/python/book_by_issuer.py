#!/usr/bin/python3
"""A portfolio's vested / unvested / exercisable shares by issuer, as of a date, from a CSV.

    PYTHONPATH=build/python examples/python/book_by_issuer.py examples/python/book.csv --as-of 2025-06-30

The CSV has the columns of `vest portfolio` (engine/portfolio/load.hpp):
id, holder, issuer, security, grant_date, shares, and a schedule (parameters
such as "25% at +12m; rest every 1m x36 from +13m") or a footnote. Rows vest
cannot read are reported with file:line:column and the rest is counted.
"""
import argparse
import sys
import warnings

import vest


def main(argv=None):
    a = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    a.add_argument("csv")
    a.add_argument("--as-of", required=True, help="YYYY-MM-DD")
    args = a.parse_args(argv)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", vest.InputWarning)  # listed below instead
        book = vest.Portfolio.from_csv(args.csv)
    for text in book.errors.text:
        print(text, file=sys.stderr)
    totals = book.as_of(args.as_of, group_by="issuer")
    print("as of %s: %d grants loaded, %d rejected" % (args.as_of, len(book), book.report["rejected"]))
    print(totals[["grants", "total", "vested", "unvested", "exercisable"]].to_string())
    return 1 if len(book.errors) else 0


if __name__ == "__main__":
    sys.exit(main())
