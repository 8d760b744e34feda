"""Scale-out on Dask's distributed scheduler (``import vest.dask``).

- ``read_filings(paths, parts=None)``: a Dask DataFrame, ``parts``
  partitions per data set (its filings split into contiguous shares, read by
  the native reader on the workers) and one per other input (a folder of
  XML, a file); the partitions in order are ``vest.read_filings``' rows.
- ``read_tranches(paths, parts=None)``: the same partitions, one row per
  grant × tranche (``vest.tranches``), from the same interpretation.
- ``to_csv(paths, filename, parts=None)``: the CSV of ``vest filing --format
  csv`` (``tranches=True``: ``--tranches``), one file per partition of
  ``read_filings``, each written by its worker with the engine's own writer
  (the rows never become pandas frames); in order, the files are the CLI's output.
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

__all__ = ["read_filings", "read_tranches", "to_csv", "parse_many", "as_of", "partitions_of"]


def _is_data_set(path):
    """True when ``path`` is (or, unreadable here, may be) an SEC data set: a
    zip or a folder holding SUBMISSION.tsv. The workers read the paths; where
    the client cannot, the path is split anyway (the extra parts are empty)."""
    if os.path.isdir(path):
        return any(n.upper() == "SUBMISSION.TSV" for n in os.listdir(path))
    try:
        with open(path, "rb") as f:
            return f.read(4) == b"PK\x03\x04"
    except OSError:
        return True


def _default_parts():
    """The cluster's worker threads when a distributed client is active, else 1."""
    try:
        import distributed
        client = distributed.get_client()
    except (ImportError, ValueError):
        return 1
    return max(1, sum(client.nthreads().values()))


def partitions_of(paths, parts=1):
    """The partitions: (path, part, parts) for each input, ``parts`` of them
    for a data set (zip or folder), one for any other input (a file, a folder
    of XML). Reading them in order gives ``vest.read_filings(paths)``.

    >>> import vest.dask
    >>> vest.dask.partitions_of(["../shared/seeds/", "tests/filings/fixtures/dataset.zip"], parts=2)
    [('../shared/seeds/', 0, 1), ('tests/filings/fixtures/dataset.zip', 0, 2), ('tests/filings/fixtures/dataset.zip', 1, 2)]
    """
    if isinstance(paths, (str, bytes)) or hasattr(paths, "__fspath__"):
        paths = [paths]
    out = []
    for p in (os.fspath(p) for p in paths):
        n = max(1, int(parts)) if _is_data_set(p) else 1
        out.extend((p, k, n) for k in range(n))
    return out


def _read_one(path, part, parts, as_of, threads, tranches=False):
    if tranches:
        frame, _ = _filings.read_tranches_part([path], part, parts, threads=threads)
        frame.attrs = {}
        return frame
    frame, _ = _filings.read_part([path], as_of, part, parts, threads=threads)
    errors = frame.attrs.get("errors")
    frame.attrs = {}
    frame["partition_errors"] = len(errors) if errors is not None else 0
    return frame


def read_filings(paths, as_of=None, parts=None, threads=0):
    """A Dask DataFrame of grants (columns of ``vest.read_filings`` plus
    ``partition_errors``: how many inputs of that partition could not be
    read; ``vest.read_filings`` on the path lists them).

    A data set (a quarter's zip or folder) is split into ``parts`` partitions
    of contiguous filings (default: the worker threads of the active
    distributed client, else 1), so that one quarter runs on every worker;
    every other input is one partition. Each part decompresses and indexes
    the whole data set, then reads and interprets only its filings. Rows
    are in ``vest.read_filings`` order, each partition's index from 0;
    ``threads``: native threads per task (0: every core of the worker).

    >>> import vest.dask
    >>> ddf = vest.dask.read_filings(["../shared/seeds/", "../shared/corpus/form4-xml/"])
    >>> ddf.npartitions
    2
    >>> len(ddf.compute(scheduler="sync")) == len(vest.read_filings(["../shared/seeds/",
    ...                                                              "../shared/corpus/form4-xml/"]))
    True
    >>> vest.dask.read_filings("tests/filings/fixtures/dataset.zip", parts=3).npartitions
    3
    """
    parts = partitions_of(paths, _default_parts() if parts is None else parts)
    meta = _read_one_meta(as_of)
    delayed = [dask.delayed(_read_one, pure=True)(p, k, n, as_of, threads) for p, k, n in parts]
    return dd.from_delayed(delayed, meta=meta, verify_meta=False)


def read_tranches(paths, parts=None, threads=0):
    """A Dask DataFrame with one row per grant × tranche (the columns of
    ``vest.tranches``), in the partitions of ``read_filings``: each task reads
    its filings and returns only their tranches, from the same interpretation
    (the footnotes are read once, as ``vest filing --tranches`` does; the
    grant columns are never built: ``vest.filings.read_tranches_part``). ``grant``
    is the grant's row label in its ``read_filings`` partition.

    >>> import vest, vest.dask
    >>> t = vest.dask.read_tranches("../shared/seeds/").compute(scheduler="sync")
    >>> t.equals(vest.tranches(vest.read_filings("../shared/seeds/")))
    True
    """
    parts = partitions_of(paths, _default_parts() if parts is None else parts)
    meta = _filings.read_tranches_part([])[0]
    meta.attrs = {}
    for c in ("shares", "cumulative"):
        meta[c] = meta[c].astype(object)
    delayed = [dask.delayed(_read_one, pure=True)(p, k, n, None, threads, True) for p, k, n in parts]
    return dd.from_delayed(delayed, meta=meta, verify_meta=False)


def _write_one(path, part, parts, out, as_of, tranches, header, threads):
    _, _, diagnostics = _filings.write_csv_part([path], out, as_of, part, parts, tranches=tranches, header=header,
                                                threads=threads)
    return out, diagnostics


def _output_names(filename, n, name_function):
    """dask.dataframe.to_csv's file names: a list of ``n``, a glob with one
    ``*`` (``name_function(i)``, default zero-padded so the names sort in
    partition order), or a folder (``<i>.part`` in it); absolute, since the
    workers write them."""
    if not isinstance(filename, (str, bytes)) and not hasattr(filename, "__fspath__"):
        names = [os.fspath(f) for f in filename]
        if len(names) != n:
            raise ValueError("%d file names for %d partitions" % (len(names), n))
    else:
        filename = os.fspath(filename)
        if filename.count("*") > 1:
            raise ValueError("filename holds more than one '*': %r" % filename)
        if "*" not in filename:
            filename = os.path.join(filename, "*.part")
        width = len(str(max(n - 1, 0)))
        name = name_function or (lambda i: str(i).zfill(width))
        names = [filename.replace("*", name(i)) for i in range(n)]
    names = [os.path.abspath(f) for f in names]
    for folder in {os.path.dirname(f) for f in names}:
        os.makedirs(folder, exist_ok=True)
    return names


def to_csv(paths, filename, parts=None, as_of=None, *, tranches=False, name_function=None,
           header_first_partition_only=False, threads=0, compute=True, **compute_kwargs):
    """Writes the CSV ``vest filing --format csv`` prints for ``paths``
    (``tranches=True``: ``--tranches``, one line per grant × tranche;
    ``as_of``: ``--as-of``), one file per partition of ``read_filings(paths,
    parts=parts)``, each written by the worker that reads it with the engine's
    own CSV writer (``vest.write_csv``): no row becomes a Python object, and
    nothing but file names and errors comes back to the client. Each file
    appears whole or not at all (a task retried after a worker died rewrites it).

    ``filename`` as in ``dask.dataframe.to_csv``: a name with one ``*``,
    replaced by ``name_function(i)`` (default: the partition number, zero-padded
    so that the names sort in order), a folder (``0.part``, ``1.part``, ...),
    or a list of one name per partition. Every file starts with the header
    unless ``header_first_partition_only``: then the files concatenated in
    order are, byte for byte, what ``vest filing --format csv`` prints (an
    empty partition writes an empty file).

    Returns the file names, after an ``InputWarning`` if inputs could not be
    read or grants were refused (the CLI's errors on stderr; the rest is
    written); ``compute_kwargs`` go to ``dask.compute``. With ``compute=False``:
    the delayed writes, one per partition, each computing to (file name,
    error diagnostics).

    >>> import vest, vest.dask, tempfile, os
    >>> d = tempfile.mkdtemp()
    >>> files = vest.dask.to_csv("tests/filings/fixtures/dataset.zip", os.path.join(d, "part-*.csv"), parts=2,
    ...                          tranches=True, header_first_partition_only=True, scheduler="sync")
    >>> [os.path.basename(f) for f in files]
    ['part-0.csv', 'part-1.csv']
    >>> one = os.path.join(d, "all.csv")
    >>> rows = vest.write_csv("tests/filings/fixtures/dataset.zip", one, tranches=True)
    >>> b"".join(open(f, "rb").read() for f in files) == open(one, "rb").read()
    True
    """
    if tranches and as_of is not None:
        raise ValueError("as_of applies to grant lines (tranches=False), not to tranches")
    if as_of is not None:
        _values.day_number(as_of, "as_of")  # a bad date fails here, not on a worker
    parts = partitions_of(paths, _default_parts() if parts is None else parts)
    names = _output_names(filename, len(parts), name_function)
    writes = [dask.delayed(_write_one, pure=False)(p, k, n, out, as_of, tranches,
                                                   i == 0 or not header_first_partition_only, threads)
              for i, ((p, k, n), out) in enumerate(zip(parts, names))]
    if not compute:
        return writes
    written = dask.compute(*writes, **compute_kwargs)
    diagnostics = [d for _, ds in written for d in ds]
    if diagnostics:
        warnings.warn("%d error(s) in the input (the rest was written): %s" % (len(diagnostics), diagnostics[0]["text"]),
                      InputWarning, stacklevel=2)
    return [out for out, _ in written]


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
