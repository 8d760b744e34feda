"""Portfolios: many grants at once, through ``engine/portfolio`` (what
``vest portfolio`` runs): as-of totals, vesting calendars, tranche tables.

Figures are exact: int64 shares when every value is whole, else
``decimal.Decimal`` (the portfolio keeps shares in units of 1/10,000).

>>> import vest, pandas as pd
>>> book = vest.Portfolio.from_frame(pd.DataFrame({
...     "id": ["g1", "g2"], "holder": ["Ann", "Bob"], "issuer": ["Acme", "Acme"],
...     "grant_date": ["2024-01-01", "2024-03-01"], "shares": [4800, "100.5"],
...     "schedule": ["all every 1m x48 cliff 12", "all at +12m"]}))
>>> book.as_of("2025-06-30", group_by="issuer")[["grants", "total", "vested", "unvested"]]
         grants      total     vested  unvested
issuer
Acme          2  4900.5000  1800.5000      3100
(total)       2  4900.5000  1800.5000      3100
"""
import csv
import io
import os
import warnings

import numpy as np
import pandas as pd

import _vest

from . import _values
from .errors import FileError, InputWarning

__all__ = ["Portfolio"]

# Columns the loader reads (engine/portfolio/load.hpp) and the aliases it accepts.
_COLUMNS = ["id", "holder", "issuer", "security", "grant_date", "shares", "schedule", "footnote", "policy",
            "vesting_start", "expiration", "exercise_price", "exercised", "termination_date", "early_exercise"]
_ALIASES = {"text": "footnote", "owner": "holder", "reporting_owner": "holder", "security_title": "security",
            "transaction_date": "grant_date"}
_DATES = {"grant_date", "vesting_start", "expiration", "termination_date"}
_NUMBERS = {"shares", "exercise_price", "exercised"}
_FIGURES = ["total", "vested", "unvested", "contingent", "forfeited", "exercisable"]


def _cell(name, value):
    if _values.is_missing(value):
        return ""
    if name in _DATES:
        return _values.iso(value)
    if name in _NUMBERS:
        return _values.number(value, name)
    if isinstance(value, (bool, np.bool_)):
        return "true" if value else "false"
    return str(value)


def _frame_csv(frame):
    """The frame as the loader's CSV: known columns (aliases mapped), exact texts."""
    chosen = {}
    for col in frame.columns:
        name = col if col in _COLUMNS else _ALIASES.get(col)
        if name is not None and name not in chosen:
            chosen[name] = col
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    names = list(chosen)
    writer.writerow(names)
    columns = [[_cell(n, v) for v in frame[chosen[n]].tolist()] for n in names]
    writer.writerows(zip(*columns))
    return buffer.getvalue()


def _totals(rows, keys, key_name, total_row):
    data = {"grants": [r[0] for r in rows] + [total_row[0]]}
    for i, name in enumerate(_FIGURES, start=1):
        data[name] = _values.fixed_column([r[i] for r in rows] + [total_row[i]])
    data["expired_grants"] = [r[7] for r in rows] + [total_row[7]]
    frame = pd.DataFrame(data, index=pd.Index(list(keys) + ["(total)"], name=key_name))
    frame["grants"] = frame["grants"].astype(np.int64)
    frame["expired_grants"] = frame["expired_grants"].astype(np.int64)
    return frame


class Portfolio:
    """A book of grants loaded by the engine (CSV, JSON Lines, the JSON of
    ``vest filing``, or a DataFrame with the same columns: id, holder,
    issuer, security, grant_date, shares, schedule or footnote, policy,
    vesting_start, expiration, exercise_price, exercised, termination_date,
    early_exercise — see engine/portfolio/load.hpp).

    Bad rows are not loaded and are listed in ``errors`` (file, line,
    column, code, message, text) with an ``InputWarning``; ``report`` counts
    loaded, rejected and not-understood grants. Grants are kept in (shape,
    anchor) order for fast aggregates (``keep_order=True`` keeps the file's).
    """

    def __init__(self, book):
        self._book = book
        report = book.report
        self.report = {k: v for k, v in report.items() if k != "diagnostics"}
        self.errors = pd.DataFrame([{k: d[k] for k in ("file", "line", "column", "code", "message", "text")}
                                    for d in report["diagnostics"]],
                                   columns=["file", "line", "column", "code", "message", "text"])
        if report["rejected"] or report["not_understood"]:
            warnings.warn("%d grant(s) rejected, %d not understood (Portfolio.errors lists them; the rest loaded)%s"
                          % (report["rejected"], report["not_understood"],
                             ": " + report["diagnostics"][0]["text"] if report["diagnostics"] else ""),
                          InputWarning, stacklevel=3)

    @classmethod
    def from_csv(cls, path, *, strict=False, keep_order=False):
        """Loads a CSV (or .jsonl, or `vest filing` .json) file, or a list of
        them (one book, in the order given).

        >>> import vest
        >>> vest.Portfolio.from_csv("no/such.csv")
        Traceback (most recent call last):
        ...
        vest.errors.FileError: no/such.csv: error: cannot open no/such.csv [cannot_read]
        """
        paths = [os.fspath(p) for p in ([path] if isinstance(path, (str, bytes)) or hasattr(path, "__fspath__")
                                        else path)]
        book = _vest.Book.load(paths, [], strict, keep_order)
        if not book.complete and book.report["loaded"] == 0 and book.report["rejected"] == 0:
            raise FileError.from_diagnostics(book.report["diagnostics"] or [
                {"severity": "error", "code": "cannot_open", "message": "cannot open", "file": paths[0], "line": 0,
                 "column": 0, "field": "", "span": None,
                 "text": "%s: error: cannot open [cannot_open]" % paths[0]}])
        return cls(book)

    @classmethod
    def from_frame(cls, frame, *, name="<frame>", strict=False, keep_order=False):
        """Loads a DataFrame (its columns as in the CSV; ``text``/``owner``
        are read as footnote/holder, so a ``vest.read_filings`` frame loads).
        Errors name ``<frame>:LINE`` where line 2 is the frame's first row."""
        book = _vest.Book.load([], [(_frame_csv(frame), name)], strict, keep_order)
        return cls(book)

    def __len__(self):
        return len(self._book)

    def _partial(self, date, group_by=None, threads=0):
        """(keys, rows, total) in fixed-point ints: exact partial sums to reduce across partitions."""
        day = _values.day_number(date, "as_of")
        return self._book.as_of(day, group_by or "none", int(threads))

    def as_of(self, date, group_by=None, *, threads=0):
        """Totals as of ``date``: grants, total, vested, unvested, contingent,
        forfeited, exercisable, expired_grants; one row per holder, issuer or
        security with ``group_by``, and a ``(total)`` row.

        >>> import vest, pandas as pd
        >>> b = vest.Portfolio.from_frame(pd.DataFrame({"shares": [1000], "grant_date": ["2020-01-01"],
        ...                                             "schedule": ["all every 1y x4"]}))
        >>> b.as_of("2022-01-01").loc["(total)", ["vested", "unvested"]].tolist()
        [500, 500]
        """
        keys, rows, total = self._partial(date, group_by, threads)
        return _totals(rows, keys, group_by or "", total)

    def calendar(self, unit, start, end, per_issuer=False, *, threads=0):
        """Shares vesting per ``unit`` (day, week, month, quarter, year) between
        ``start`` and ``end`` (inclusive): start, end, shares; with
        ``per_issuer`` one row per issuer × bucket (issuer, start, end, shares).

        >>> import vest, pandas as pd
        >>> b = vest.Portfolio.from_frame(pd.DataFrame({"shares": [1000], "grant_date": ["2020-01-01"],
        ...                                             "schedule": ["all every 1y x4"]}))
        >>> b.calendar("year", "2021-01-01", "2022-12-31")
               start        end  shares
        0 2021-01-01 2021-12-31     250
        1 2022-01-01 2022-12-31     250
        """
        c = self._book.calendar(unit, _values.day_number(start, "start"), _values.day_number(end, "end"),
                                bool(per_issuer), int(threads))
        if not per_issuer:
            return pd.DataFrame({"start": _values.dates(c["start"]), "end": _values.dates(c["end"]),
                                 "shares": _values.fixed_column(c["shares"])})
        n = len(c["start"])
        issuers = np.repeat(np.array(c["issuers"], dtype=object), n)
        shares = [v for row in c["issuer_shares"] for v in row]
        return pd.DataFrame({"issuer": issuers,
                             "start": _values.dates(np.tile(np.asarray(c["start"]), len(c["issuers"]))),
                             "end": _values.dates(np.tile(np.asarray(c["end"]), len(c["issuers"]))),
                             "shares": _values.fixed_column(shares)})

    def tranches(self):
        """One row per grant × tranche (id, holder, issuer, security, date,
        vests_on, shares, cumulative, forfeited), as ``vest portfolio --tranches``.

        >>> import vest, pandas as pd
        >>> b = vest.Portfolio.from_frame(pd.DataFrame({"id": ["a"], "shares": [10], "grant_date": ["2020-01-01"],
        ...                                             "schedule": ["all every 1y x3"]}))
        >>> b.tranches()[["id", "date", "shares", "cumulative"]]
          id       date  shares  cumulative
        0  a 2021-01-01       3           3
        1  a 2022-01-01       3           6
        2  a 2023-01-01       4          10
        """
        t = self._book.tranches()
        g = self._book.grants()
        grant = t["grant"]
        ids = np.array(g["id"], dtype=object)[grant]

        def names(codes, table):
            return pd.Categorical.from_codes(np.asarray(codes, dtype=np.int64)[grant], categories=pd.Index(table))

        return pd.DataFrame({
            "id": ids,
            "holder": names(g["holder"], g["holders"]),
            "issuer": names(g["issuer"], g["issuers"]),
            "security": names(g["security"], g["securities"]),
            "date": _values.dates(t["date"]),
            "vests_on": _values.dates(t["vests_on"]),
            "shares": _values.fixed_column(t["shares"]),
            "cumulative": _values.fixed_column(t["cumulative"]),
            "forfeited": t["forfeited"],
        })

    def __repr__(self):
        return "<vest.Portfolio %d grants, %d rejected>" % (len(self), self.report["rejected"])
