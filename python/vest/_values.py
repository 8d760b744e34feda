"""Values between Python and the engine, exactly (internal).

In: dates become ISO text and numbers exact text ("47.5", "10/3"), so that the
engine's own parsers read them and its messages apply. A float is accepted
only when it is a whole number (exact); otherwise TypeError: share counts are
never floating point. Out: share columns are int64 when every value is whole,
else object columns of ints and ``fractions.Fraction`` (engine amounts) or
``decimal.Decimal`` (portfolio fixed point, 1/10,000 share); date columns are
pandas datetime64 holding whole days (pandas has no datetime64[D] dtype: it
stores them as datetime64[ns]); scalars are ``datetime.date``.
"""
import datetime
import decimal
import fractions
import math
import numbers

import numpy as np
import pandas as pd

import _vest

SHARE_SCALE = _vest.SHARE_SCALE
EPOCH = datetime.date(1970, 1, 1)


def is_missing(value):
    if value is None or value is pd.NaT:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    if isinstance(value, np.datetime64) and np.isnat(value):
        return True
    return False


def iso(value):
    """Date-like (str, date, datetime, numpy/pandas timestamps) -> 'YYYY-MM-DD' text or None."""
    if is_missing(value):
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, np.datetime64):
        return str(value.astype("datetime64[D]"))
    raise TypeError("not a date: %r (use 'YYYY-MM-DD', datetime.date or a datetime64)" % (value,))


def number(value, what="shares"):
    """Exact number -> text the engine reads ('47.5', '10/3'), or None."""
    if is_missing(value):
        return None
    if isinstance(value, bool):
        raise TypeError("%s: %r is not a number" % (what, value))
    if isinstance(value, str):
        return value
    if isinstance(value, numbers.Integral):
        return str(int(value))
    if isinstance(value, decimal.Decimal):
        return format(value, "f")
    if isinstance(value, fractions.Fraction):
        return str(value.numerator) if value.denominator == 1 else "%d/%d" % (value.numerator, value.denominator)
    if isinstance(value, numbers.Real) and float(value).is_integer():
        return str(int(value))
    raise TypeError("%s: %r is a float and not exact; pass an int, str, decimal.Decimal or fractions.Fraction"
                    % (what, value))


def day_number(value, what="date"):
    text = iso(value)
    if text is None:
        raise TypeError("%s is required" % what)
    try:
        return (datetime.date.fromisoformat(text) - EPOCH).days
    except ValueError:
        from .errors import InputError
        raise InputError('%s: "%s" is not a valid YYYY-MM-DD date' % (what, text), code="invalid_input") from None


def to_date(days):
    return None if days is None else EPOCH + datetime.timedelta(days=int(days))


def exact_column(values):
    """The engine's column (int64 array, or list of ints/Fractions/None) as array-like for pandas."""
    if isinstance(values, np.ndarray):
        return values
    return np.array(values, dtype=object) if len(values) else np.array([], dtype=np.int64)


def dates(days_array):
    """datetime64[D] array (or day numbers) -> pandas datetime column."""
    arr = np.asarray(days_array)
    if arr.dtype.kind != "M":
        arr = arr.astype("int64").astype("datetime64[D]")
    return pd.DatetimeIndex(arr.astype("datetime64[ns]"))


def fixed_column(units):
    """Portfolio fixed point (1/10,000 share) -> int64 shares when all whole, else Decimals."""
    arr = np.asarray(units, dtype=object if not isinstance(units, np.ndarray) else units.dtype)
    if arr.dtype != object:
        if not len(arr) or not (arr % SHARE_SCALE).any():
            return arr // SHARE_SCALE
        return np.array([decimal.Decimal(int(v)).scaleb(-4) for v in arr], dtype=object)
    if all(int(v) % SHARE_SCALE == 0 for v in arr):
        whole = [int(v) // SHARE_SCALE for v in arr]
        if all(-2**63 <= v < 2**63 for v in whole):
            return np.array(whole, dtype=np.int64)
        return np.array(whole, dtype=object)
    return np.array([decimal.Decimal(int(v)).scaleb(-4) for v in arr], dtype=object)


def fixed_scalar(units):
    units = int(units)
    return units // SHARE_SCALE if units % SHARE_SCALE == 0 else decimal.Decimal(units).scaleb(-4)
