"""Scale-out on Dask's distributed scheduler (``import vest.dask``).

- ``read_filings(paths)``: a Dask DataFrame, one partition per input (a
  data-set quarter zip or folder, a folder of XML, a file), each read by
  ``vest.read_filings`` on a worker.
- ``parse_many(ddf, ...)``: ``vest.parse_many`` on every partition.
- ``as_of(ddf, date, group_by=None)``: every partition loaded as a
  ``vest.Portfolio`` on a worker, its exact partial totals (integers in
  1/10,000 share) summed across partitions, converted once at the end:
  identical to one ``Portfolio.as_of`` over everything, never a float.

Dask retries the tasks of a worker that dies; the tasks are pure, so a
result is complete and identical whatever the failures were.

>>> import vest.dask, pandas as pd, dask.dataframe as dd
>>> book = pd.DataFrame({"issuer": ["A", "B", "A"], "shares": [1000, 10, "0.5"],
...                      "grant_date": ["2020-01-01"] * 3, "schedule": ["all every 1y x4"] * 3})
>>> vest.dask.as_of(dd.from_pandas(book, npartitions=2), "2022-01-01", group_by="issuer",
...                 scheduler="sync")[["grants", "vested", "unvested"]]
         grants  vested  unvested
issuer                           
A             2     500  500.5000
B             1       5    5.0000
(total)       3     505  505.5000
"""
import os
import warnings

import dask
import dask.dataframe as dd
import pandas as pd

from . import filings as _filings
from . import footnotes as _footnotes
from . import portfolio as _portfolio
from . import _values
from .errors import InputWarning

__all__ = ["read_filings", "parse_many", "as_of", "partitions_of"]


def partitions_of(paths):
    """The inputs, one per partition: each path as given (a file, a data-set
    zip or folder, a folder of XML: one ``read_filings`` call each)."""
    if isinstance(paths, (str, bytes)) or hasattr(paths, "__fspath__"):
        paths = [paths]
    return [os.fspath(p) for p in paths]


def _read_one(path, as_of):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", InputWarning)  # errors travel in attrs and in errors()
        frame = _filings.read_filings([path], as_of=as_of)
    errors = frame.attrs.get("errors")
    frame.attrs = {}
    frame["partition_errors"] = len(errors) if errors is not None else 0
    return frame


def read_filings(paths, as_of=None):
    """A Dask DataFrame of grants, one partition per input path (columns of
    ``vest.read_filings`` plus ``partition_errors``: how many inputs of that
    partition could not be read; ``vest.read_filings`` on the path lists them).

    >>> import vest.dask
    >>> ddf = vest.dask.read_filings(["../shared/seeds/", "../shared/corpus/form4-xml/"])
    >>> ddf.npartitions
    2
    >>> len(ddf.compute(scheduler="sync")) == len(vest.read_filings(["../shared/seeds/",
    ...                                                              "../shared/corpus/form4-xml/"]))
    True
    """
    parts = partitions_of(paths)
    meta = _read_one_meta(as_of)
    delayed = [dask.delayed(_read_one, pure=True)(p, as_of) for p in parts]
    return dd.from_delayed(delayed, meta=meta, verify_meta=False)


def _read_one_meta(as_of):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        empty = _filings.read_filings([], as_of=as_of)
    empty.attrs = {}
    empty["partition_errors"] = pd.Series([], dtype="int64")
    for c in ("shares", "exercise_price", "vested", "unvested", "contingent", "exercisable"):
        if c in empty.columns:
            empty[c] = empty[c].astype(object)
    return empty


def _parse_partition(part, kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", InputWarning)
        out = _footnotes.parse_many(part, **kwargs)
    out.attrs = {}
    return out


def parse_many(ddf, **kwargs):
    """``vest.parse_many`` on every partition of a Dask DataFrame (the same
    keyword arguments; ``threads`` defaults to the worker's cores). Rows keep
    their partition and index; ``error`` says which rows failed.

    >>> import vest.dask, pandas as pd, dask.dataframe as dd
    >>> df = pd.DataFrame({"text": ["Fully vested on the date of grant."] * 4, "grant_date": ["2020-01-01"] * 4,
    ...                    "shares": [1, 2, 3, 4]})
    >>> vest.dask.parse_many(dd.from_pandas(df, npartitions=2)).total.sum().compute(scheduler="sync")
    10
    """
    meta = _parse_partition(ddf._meta, kwargs)
    for c in ("total", "contingent_shares"):
        meta[c] = meta[c].astype(object)
    return ddf.map_partitions(_parse_partition, kwargs, meta=meta)


def _partial(part, day, group_by):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", InputWarning)
        book = _portfolio.Portfolio.from_frame(part)
    keys, rows, total = book._partial(day, group_by)
    return dict(zip(keys, rows)), total, book.report["rejected"], book.report["not_understood"]


def _combine(partials, group_by):
    groups, total = {}, [0] * 8
    rejected = not_understood = 0
    for part_groups, part_total, r, n in partials:
        for key, row in part_groups.items():
            acc = groups.setdefault(key, [0] * 8)
            for i, v in enumerate(row):
                acc[i] += v
        for i, v in enumerate(part_total):
            total[i] += v
        rejected += r
        not_understood += n
    keys = sorted(groups)
    frame = _portfolio._totals([groups[k] for k in keys], keys, group_by or "", total)
    frame.attrs["rejected"] = rejected
    frame.attrs["not_understood"] = not_understood
    return frame


def as_of(ddf, date, group_by=None, compute=True, **compute_kwargs):
    """Portfolio totals as of ``date`` over a Dask DataFrame of grants (the
    columns of ``vest.Portfolio.from_frame``), reduced exactly across
    partitions. Computed now (``compute_kwargs`` go to ``dask.compute``), or
    with ``compute=False`` a ``dask.delayed`` to compute (``client.compute``).
    Groups come in key order; ``attrs`` counts rejected and not-understood rows.
    """
    day = _values.iso(date)
    _values.day_number(day, "as_of")  # a bad date fails here, not on a worker
    partials = [dask.delayed(_partial, pure=True)(p, day, group_by) for p in ddf.to_delayed()]
    total = dask.delayed(_combine, pure=True)(partials, group_by)
    if not compute:
        return total
    (result,) = dask.compute(total, **compute_kwargs)
    return result
