"""Footnotes: ``vest.parse`` (one, explained) and ``vest.parse_many`` (a
batch on all cores with the GIL released, like ``vest parse --jsonl``).

>>> import vest
>>> f = vest.parse("25% of the shares underlying this option vests on December 16, 2014. "
...                "The remaining 75% of the shares underlying this option will then vest in equal "
...                "monthly increments for the following 36 months through December 16, 2017.",
...                grant_date="2013-12-16", shares=200000)
>>> f.kind, len(f.tranches), f.tranches.shares.sum()
('time_based', 37, 200000)
"""
import warnings

import numpy as np
import pandas as pd

import _vest

from . import _values
from .errors import InputError, InputWarning
from .schedules import Schedule

__all__ = ["Footnote", "parse", "parse_many"]


class Footnote:
    """What the interpreter read in one footnote.

    Attributes: ``kind`` (time_based, immediate, performance, mixed,
    not_vesting, unrecognized), ``tranches`` (DataFrame: date, shares,
    cumulative; empty without a share count), ``contingent_shares``,
    ``exercisable_immediately``, ``conditions`` (DataFrame: kind, text),
    ``warnings`` and ``errors`` (lists of the CLI's message lines),
    ``diagnostics`` (dicts with code, message, span...), ``explain``
    (DataFrame: rule, span, text — which rule read which characters),
    ``schedule`` (a ``vest.Schedule`` or None) and ``as_of(date)``.

    >>> import vest
    >>> f = vest.parse("The shares vest in four equal annual installments beginning on March 1, 2021.",
    ...                shares=1000)
    >>> f.tranches
            date  shares  cumulative
    0 2021-03-01     250         250
    1 2022-03-01     250         500
    2 2023-03-01     250         750
    3 2024-03-01     250        1000
    >>> f.as_of("2022-12-31").vested
    500
    >>> f.explain.columns.tolist()
    ['rule', 'span', 'text']
    """

    def __init__(self, text, native):
        self.text = text
        self.kind = native["kind"]
        self.schedule = Schedule(native["schedule"]) if native["schedule"] is not None else None
        self.exercisable_immediately = native["exercisable_immediately"]
        self.diagnostics = native["diagnostics"]
        self.warnings = [d["text"] for d in self.diagnostics if d["severity"] == "warning"]
        self.errors = [d["text"] for d in self.diagnostics if d["severity"] == "error"]
        if native["failed"] and not self.errors:
            self.errors = ["error: %s: no schedule [unrecognized]" % self.kind]
        self.conditions = pd.DataFrame(native["conditions"], columns=["kind", "text"])
        self.explain = pd.DataFrame([(r, (b, e), t) for r, b, e, t in native["explain"]],
                                    columns=["rule", "span", "text"])

    @property
    def tranches(self):
        if self.schedule is None:
            return pd.DataFrame({"date": _values.dates([]), "shares": np.array([], dtype=np.int64),
                                 "cumulative": np.array([], dtype=np.int64)})
        return self.schedule.tranches()[["date", "shares", "cumulative"]]

    @property
    def contingent_shares(self):
        return self.schedule.contingent_total if self.schedule is not None else 0

    def as_of(self, date):
        """The schedule's ``vest.Projection`` as of ``date``; ``vest.Error`` when
        there is no schedule (the footnote was not understood, or no shares)."""
        if self.schedule is None:
            from .errors import Error
            raise Error("no schedule: " + ("; ".join(self.errors) or "no share count given"),
                        code="no_schedule")
        return self.schedule.as_of(date)

    def __repr__(self):
        return "<vest.Footnote %s, %d tranches>" % (self.kind, len(self.tranches))


def parse(text, grant_date=None, shares=None, expiration=None, *, is_option=False, exercise_price=None):
    """Interprets one footnote with its grant's context, as ``vest parse`` does.

    ``grant_date``/``expiration``: 'YYYY-MM-DD', ``datetime.date`` or
    datetime64; ``shares``: int, str, Decimal or Fraction (a float only if
    whole). Bad arguments raise ``vest.InputError``; a footnote the rules do
    not understand is not an exception: ``kind`` is ``unrecognized`` and
    ``errors`` says why.

    >>> import vest
    >>> vest.parse("Fully vested on the date of grant.", grant_date="2020-05-01", shares="47.5").tranches
            date shares cumulative
    0 2020-05-01   95/2       95/2
    >>> vest.parse("Weighted average price.").kind
    'not_vesting'
    """
    native = _vest.interpret(str(text), _values.iso(grant_date), _values.number(shares), _values.iso(expiration),
                             bool(is_option), _values.number(exercise_price, "exercise_price"))
    if native["problems"]:
        raise InputError("; ".join(native["problems"]), code="invalid_input")
    return Footnote(text, native)


_INPUTS = ("text", "grant_date", "shares", "expiration", "is_option", "exercise_price")


def _text_or_none(value):
    return None if _values.is_missing(value) else str(value)


# How a value of another type than str, int or None becomes engine text
# (called from C++ only for such values: Decimal, Fraction, date objects...).
_CONVERTERS = {
    "text": _text_or_none,
    "grant_date": _values.iso,
    "expiration": _values.iso,
    "shares": lambda v: _values.number(v, "shares"),
    "exercise_price": lambda v: _values.number(v, "exercise_price"),
}
_NAT = np.iinfo(np.int64).min


def _column(values, key):
    """One input column as the engine reads it in bulk: int64 day numbers for a
    datetime column (NaT: the smallest int64), int64 for an integer column,
    a bool array for is_option, else the objects themselves."""
    if key == "is_option":
        return (values.notna() & values.fillna(False).astype(bool)).to_numpy(dtype=bool)
    kind = values.dtype.kind
    if key in ("grant_date", "expiration") and kind == "M":
        if getattr(values.dt, "tz", None) is not None:
            values = values.dt.tz_localize(None)
        return values.to_numpy(dtype="datetime64[D]").view(np.int64)
    if key in ("shares", "exercise_price") and kind == "i":
        return values.to_numpy(dtype=np.int64)
    return values.to_numpy(dtype=object)


def _columns(data, names):
    """Input columns for ``_vest.interpret_many`` (None where absent)."""
    if isinstance(data, pd.DataFrame):
        frame = data
    else:
        rows = [r if isinstance(r, dict) else {names["text"]: r} for r in data]
        frame = pd.DataFrame(rows)
    out = {}
    for key in _INPUTS:
        col = names[key]
        values = frame[col] if col is not None and col in frame.columns else None
        if key == "text" and values is None:
            raise InputError('no text column "%s" (text=... names it)' % col, code="invalid_input")
        out[key] = None if values is None else _column(values, key)
    return frame.index, out


def parse_many(data, text="text", grant_date="grant_date", shares="shares", expiration="expiration",
               is_option="is_option", exercise_price="exercise_price", *, threads=0, explain=False, percent=False):
    """Interprets many footnotes on all cores (the GIL released), one result row
    per input row, in input order (the frame's index is kept).

    ``data``: a DataFrame (column names given by the keyword arguments;
    missing columns are absent context), or an iterable of footnote strings
    or of dicts. Columns out: kind, tranches (count), first_vest, last_vest,
    total, contingent_shares, exercisable_immediately, conditions, warnings,
    error (the first error, None when the row was understood). Bad rows are
    kept (kind 'unrecognized') and listed in ``attrs["errors"]`` (row, code,
    message, span) with an ``InputWarning``; ``attrs["tranches"]`` holds one
    row per footnote × tranche (``vest.tranches(result)``; ``percent=True``
    adds the cumulative percentage as ``vest filing`` prints it), and with
    ``explain=True`` ``attrs["explain"]`` the derivations.

    >>> import pandas as pd, vest
    >>> df = pd.DataFrame({"text": ["The option vests in 4 equal annual installments.",
    ...                             "Fully vested on the date of grant."],
    ...                    "grant_date": ["2020-01-15", "2020-01-15"], "shares": [1000, 10]})
    >>> r = vest.parse_many(df)
    >>> r[["kind", "tranches", "first_vest", "last_vest", "total"]]
             kind  tranches first_vest  last_vest  total
    0  time_based         4 2021-01-15 2024-01-15   1000
    1   immediate         1 2020-01-15 2020-01-15     10
    >>> vest.tranches(r).shares.tolist()
    [250, 250, 250, 250, 10]
    """
    names = dict(text=text, grant_date=grant_date, shares=shares, expiration=expiration, is_option=is_option,
                 exercise_price=exercise_price)
    index, columns = _columns(data, names)
    c = _vest.interpret_many(columns, int(threads), bool(explain), bool(percent), _CONVERTERS)
    return _frame(index, c, explain, percent)


def _frame(index, c, explain, percent=False):
    has = np.asarray(c["has_schedule"], dtype=bool)
    total = _values.exact_column(c["total"])
    contingent = _values.exact_column(c["contingent_shares"])
    if not has.all():  # no schedule: None, not 0
        total, contingent = np.array(total, dtype=object), np.array(contingent, dtype=object)
        total[~has] = None
        contingent[~has] = None
    # copy=False: the columns are fresh arrays made for this result (pandas
    # would otherwise copy each into its blocks).
    errors = pd.DataFrame({k: c["errors"][k] for k in ("row", "code", "message", "span")}, copy=False)
    if len(errors):
        errors.insert(0, "index", index[errors["row"].to_numpy()])
    frame = pd.DataFrame({
        "kind": c["kind"],
        "tranches": c["tranche_count"],
        "first_vest": _values.dates(c["first_vest"]),
        "last_vest": _values.dates(c["last_vest"]),
        "total": total,
        "contingent_shares": contingent,
        "exercisable_immediately": c["exercisable_immediately"],
        "conditions": c["conditions"],
        "warnings": c["warnings"],
        "error": c["error"],
    }, index=index, copy=False)
    t = c["tranches"]
    rows = t["row"]
    tranches = pd.DataFrame({
        "index": index[rows] if len(rows) else pd.Index([], dtype=index.dtype),
        "date": _values.dates(t["date"]),
        "vests_on": _values.dates(t["vests_on"]),
        "shares": _values.exact_column(t["shares"]),
        "cumulative": _values.exact_column(t["cumulative"]),
    }, copy=False)
    if percent:
        tranches["percent"] = t["percent"]
    frame.attrs["tranches"] = tranches
    frame.attrs["errors"] = errors
    if explain:
        x = c["explain"]
        frame.attrs["explain"] = pd.DataFrame({"index": index[x["row"]] if len(x["row"]) else [],
                                               "rule": x["rule"], "span": list(zip(x["begin"].tolist(), x["end"].tolist())),
                                               "text": x["text"]}, copy=False)
    failed_inputs = errors[errors.code == "invalid_input"] if len(errors) else errors
    if len(failed_inputs):
        warnings.warn("%d row(s) could not be read (attrs['errors'] lists them; the rest was parsed): %s"
                      % (failed_inputs["index"].nunique(), failed_inputs["message"].iloc[0]), InputWarning,
                      stacklevel=3)
    return frame
