"""Filings: ``vest.read_filings`` (EDGAR ownership XML, SEC insider data-set
folders or zips, PDF-to-text Forms; folders of any of these) and
``vest.tranches`` (one row per grant × tranche), as ``vest filing`` reads them.

>>> import vest
>>> g = vest.read_filings("../shared/seeds/")
>>> g[["security", "grant_date", "shares", "tranches"]]
                      security grant_date  shares  tranches
0                 Common Stock 2013-02-15   58824         2
1                 Common Stock 2013-02-15   ...
2  Stock Option (right to buy) 2013-12-16  200000        37
"""
import os
import warnings

import numpy as np
import pandas as pd

import _vest

from . import _values
from .errors import InputWarning
from .footnotes import parse_many

__all__ = ["read_filings", "read_part", "read_tranches_part", "tranches", "write_csv", "write_csv_part", "GRANT_COLUMNS",
           "TRANCHE_COLUMNS"]

# The columns of `vest filing --format csv` (with as_of: vested ... expired), then the
# interpreter's context and where the grant is.
GRANT_COLUMNS = ["source", "accession", "owner", "issuer", "ticker", "security", "code", "grant_date", "shares",
                 "kind", "tranches", "first_vest", "last_vest"]
AS_OF_COLUMNS = ["as_of", "vested", "unvested", "contingent", "exercisable", "expired"]
CONTEXT_COLUMNS = ["text", "is_option", "expiration", "exercise_price", "line", "award", "warnings"]
# `vest filing --tranches --format csv`, plus vests_on and the grant's row label.
TRANCHE_COLUMNS = ["grant", "source", "accession", "owner", "issuer", "security", "grant_date", "tranche_date",
                   "vests_on", "shares", "cumulative", "percent"]


def _paths(paths):
    if isinstance(paths, (str, bytes)) or hasattr(paths, "__fspath__"):
        paths = [paths]
    return [os.fspath(p) for p in paths]


def _errors_frame(diagnostics):
    return pd.DataFrame([{k: d[k] for k in ("file", "line", "column", "code", "message", "text")} for d in diagnostics],
                        columns=["file", "line", "column", "code", "message", "text"])


def read_filings(paths, as_of=None, *, threads=0, tranches=False):
    """Grants from filings: one row per grant, the columns of ``vest filing
    --format csv`` (``as_of`` adds vested, unvested, contingent, exercisable,
    expired), then the interpreter's context (text, is_option, expiration,
    exercise_price) and the row's line, award flag and warnings.

    Shares are exact (int64 when whole, else Fractions); dates are datetime64.
    An input that cannot be read is listed in ``attrs["errors"]`` (file, line,
    column, code, message, text) with an ``InputWarning``; the rest is read.
    Runs with the GIL released, the filings' footnotes interpreted on
    ``threads`` threads (0: every core; the rows are the same for any number).
    ``tranches=True`` also puts ``vest.tranches(frame)`` in ``attrs["tranches"]``,
    taken from the same interpretation (the footnotes are not read twice).

    >>> import vest
    >>> g = vest.read_filings(["../shared/seeds/"], as_of="2015-06-30")
    >>> g.loc[2, ["security", "vested", "unvested", "exercisable"]].tolist()
    ['Stock Option (right to buy)', 75000, 125000, 75000]
    >>> import warnings
    >>> with warnings.catch_warnings(record=True):
    ...     bad = vest.read_filings("no/such/folder")
    >>> len(bad), bad.attrs["errors"].code.tolist()
    (0, ['cannot_open'])
    """
    frame, diagnostics = read_part(paths, as_of, threads=threads, tranches=tranches)
    if diagnostics:
        warnings.warn("%d input(s) could not be read (attrs['errors'] lists them; the rest was read): %s"
                      % (len(diagnostics), diagnostics[0]["text"]), InputWarning, stacklevel=2)
    return frame


def read_part(paths, as_of=None, part=0, parts=1, *, threads=0, tranches=False):
    """(grants, diagnostics) of ``read_filings`` for share ``part`` of ``parts``
    of every data set's filings (contiguous, in SUBMISSION order; only part 0
    reports errors; any other input is read whole by part 0, by no other
    part): for one path, the frames of parts 0, 1, ... concatenated are
    ``read_filings(path)``'s. ``attrs["errors"]`` as there; no warning.

    >>> from vest.filings import read_part
    >>> [len(read_part("tests/filings/fixtures/dataset.zip", None, k, 2)[0]) for k in range(2)]
    [2, 2]
    """
    day = None if as_of is None else _values.day_number(as_of, "as_of")
    columns, diagnostics, _ = _vest.read_filings(_paths(paths), day, int(threads), int(part), int(parts), bool(tranches))
    frame = _grants_frame(columns, as_of)
    frame.attrs["errors"] = _errors_frame(diagnostics)
    if tranches:
        frame.attrs["tranches"] = _tranches_frame(frame, columns["tranches_of"])
    return frame, diagnostics


def read_tranches_part(paths, part=0, parts=1, *, threads=0):
    """(tranches, diagnostics): ``read_part(paths, None, part, parts,
    tranches=True)``'s ``attrs["tranches"]`` without the grants frame (the
    grant columns are never built: what a tranche row shows of its grant
    comes with it from the reader). ``grant`` is the grant's row label in
    ``read_part``'s frame. ``attrs["errors"]`` as there; no warning.

    >>> from vest.filings import read_part, read_tranches_part
    >>> t, _ = read_tranches_part("tests/filings/fixtures/dataset.zip", 1, 2)
    >>> t.equals(read_part("tests/filings/fixtures/dataset.zip", None, 1, 2, tranches=True)[0].attrs["tranches"])
    True
    """
    columns, diagnostics, _ = _vest.read_filings(_paths(paths), None, int(threads), int(part), int(parts), True, False)
    t = columns["tranches_of"]
    out = pd.DataFrame({"grant": t["row"], "source": t["source"], "accession": t["accession"], "owner": t["owner"],
                        "issuer": t["issuer"], "security": t["security"], "grant_date": _values.dates(t["grant_date"]),
                        "tranche_date": _values.dates(t["date"]), "vests_on": _values.dates(t["vests_on"]),
                        "shares": _values.exact_column(t["shares"]), "cumulative": _values.exact_column(t["cumulative"]),
                        "percent": t["percent"]})
    out.attrs["errors"] = _errors_frame(diagnostics)
    return out, diagnostics


def write_csv(paths, out, as_of=None, *, tranches=False, threads=0):
    """Writes to the file ``out`` the CSV ``vest filing --format csv`` prints
    for ``paths`` (``tranches=True``: ``--tranches``, one line per grant ×
    tranche; ``as_of``: ``--as-of``), the same bytes, by the engine's own
    writer with the GIL released: no row becomes a Python object, so memory
    stays what the CLI's is. The file appears whole or not at all. Returns the
    number of rows written (the header not counted). Inputs that cannot be read
    and grants refused for bad input (the CLI's errors on stderr) give an
    ``InputWarning``; the rest is written.

    >>> import vest, tempfile, os
    >>> out = os.path.join(tempfile.mkdtemp(), "tranches.csv")
    >>> vest.write_csv("../shared/seeds/", out, tranches=True)
    46
    >>> print(open(out).read().splitlines()[0])
    source,accession,owner,issuer,security,grant_date,tranche_date,shares,cumulative,percent
    """
    _, rows, diagnostics = write_csv_part(paths, out, as_of, tranches=tranches, threads=threads)
    if diagnostics:
        warnings.warn("%d error(s) in the input (the rest was written): %s" % (len(diagnostics), diagnostics[0]["text"]),
                      InputWarning, stacklevel=2)
    return rows


def write_csv_part(paths, out, as_of=None, part=0, parts=1, *, tranches=False, header=True, threads=0):
    """(filings read, rows written, error diagnostics) of ``write_csv`` for
    share ``part`` of ``parts`` of every data set (as ``read_part``; a part
    writes the header only if ``header``): the files of parts 0, 1, ... (the
    header in the first only) concatenated are ``write_csv(paths)``'s. No warning.

    >>> from vest.filings import write_csv_part
    >>> import tempfile, os
    >>> d = tempfile.mkdtemp()
    >>> [write_csv_part("tests/filings/fixtures/dataset.zip", os.path.join(d, str(k)), None, k, 2,
    ...                 header=k == 0)[:2] for k in range(2)]
    [(1, 2), (1, 2)]
    """
    if tranches and as_of is not None:
        raise ValueError("as_of applies to grant lines (tranches=False), not to tranches")
    day = None if as_of is None else _values.day_number(as_of, "as_of")
    diagnostics, filings_read, rows = _vest.write_filings_csv(_paths(paths), os.fspath(out), int(part), int(parts),
                                                              bool(tranches), day, bool(header), int(threads))
    return filings_read, rows, diagnostics


def _tranches_frame(grants, t):
    """vest.tranches(grants)'s frame from the native tranche columns (row = the grant's position)."""
    rows = np.asarray(t["row"], dtype=np.int64)
    out = pd.DataFrame({"grant": grants.index.to_numpy()[rows]})
    ident = grants[["source", "accession", "owner", "issuer", "security", "grant_date"]].take(rows).reset_index(drop=True)
    out = pd.concat([out, ident], axis=1)
    out["tranche_date"] = _values.dates(t["date"])
    out["vests_on"] = _values.dates(t["vests_on"])
    out["shares"] = _values.exact_column(t["shares"])
    out["cumulative"] = _values.exact_column(t["cumulative"])
    out["percent"] = np.array(t["percent"], dtype=object)
    return out


def _grants_frame(c, as_of):
    out = {}
    for name in GRANT_COLUMNS + (AS_OF_COLUMNS if as_of is not None else []) + CONTEXT_COLUMNS:
        if name == "as_of":
            out[name] = pd.to_datetime(np.full(len(c["source"]), np.datetime64(_values.iso(as_of), "D")))
        elif name in ("grant_date", "first_vest", "last_vest", "expiration"):
            out[name] = _values.dates(c[name])
        elif name in ("shares", "vested", "unvested", "contingent", "exercisable", "exercise_price"):
            out[name] = _values.exact_column(c[name])
        elif name in ("tranches", "line"):
            out[name] = np.asarray(c[name], dtype=np.int64)
        elif name in ("is_option", "award"):
            out[name] = np.asarray(c[name], dtype=bool)
        else:
            out[name] = c[name]
    return pd.DataFrame(out)


def tranches(grants):
    """One row per grant × tranche: ``vest filing --tranches`` (grant, source,
    accession, owner, issuer, security, grant_date, tranche_date, vests_on,
    shares, cumulative, percent) for a frame from ``read_filings`` (filtered
    or not: the grants are interpreted again from their context, which gives
    the same schedules), or the footnote × tranche rows of a ``parse_many``
    result. ``grant`` is the grant's index label.

    >>> import vest
    >>> g = vest.read_filings("../shared/seeds/")
    >>> t = vest.tranches(g[g.security.str.contains("Option")])
    >>> t[["tranche_date", "shares", "cumulative", "percent"]].head(2)
      tranche_date  shares  cumulative percent
    0   2014-12-16   50000       50000      25
    1   2015-01-16    4166       54166   27.08
    """
    if "tranches" in grants.attrs and "source" not in grants.columns:
        return grants.attrs["tranches"]
    parsed = parse_many(grants, text="text", grant_date="grant_date", shares="shares", expiration="expiration",
                        is_option="is_option", exercise_price="exercise_price", percent=True)
    t = parsed.attrs["tranches"]
    labels = t["index"]
    ident = grants.loc[labels, ["source", "accession", "owner", "issuer", "security", "grant_date"]].reset_index(drop=True)
    out = pd.DataFrame({"grant": labels.to_numpy()})
    out = pd.concat([out, ident], axis=1)
    out["tranche_date"] = t["date"].to_numpy()
    out["vests_on"] = t["vests_on"].to_numpy()
    out["shares"] = t["shares"].to_numpy()
    out["cumulative"] = t["cumulative"].to_numpy()
    out["percent"] = t["percent"].to_numpy()
    return out
