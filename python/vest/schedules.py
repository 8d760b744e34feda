"""Exact schedules: ``vest.schedule(...)`` from explicit parameters (what
``vest schedule`` takes), and the ``Schedule`` every parse returns.

>>> import vest
>>> s = vest.schedule("2013-12-16", 200000, lumps=["2014-12-16:25%"], start="2014-12-16",
...                   installments=36, period="1m", exercise_price="2.91", expiration="2023-12-16")
>>> t = s.tranches()
>>> len(t), t.shares.dtype, int(t.shares.sum())
(37, dtype('int64'), 200000)
>>> s.as_of("2015-06-30").vested
75000
"""
import dataclasses
import datetime
import typing

import pandas as pd

import _vest

from . import _values
from .errors import InputError, ScheduleError

__all__ = ["Schedule", "Projection", "schedule"]


@dataclasses.dataclass(frozen=True)
class Projection:
    """A schedule as of a day: exact shares vested, unvested, contingent,
    forfeited and (options) exercisable; the next vesting day and its shares.

    >>> import vest
    >>> p = vest.schedule("2020-01-01", 1000, installments=4, period="1y").as_of("2022-06-30")
    >>> (p.vested, p.unvested, p.next_vest, p.next_vest_shares)
    (500, 500, datetime.date(2023, 1, 1), 250)
    """
    as_of: datetime.date
    total: typing.Any
    vested: typing.Any
    unvested: typing.Any
    contingent: typing.Any
    forfeited: typing.Any
    exercisable: typing.Any  # None for a grant that is not an option
    is_option: bool
    expired: bool
    next_vest: typing.Optional[datetime.date]
    next_vest_shares: typing.Any

    @classmethod
    def _from(cls, d):
        d = dict(d)
        d["as_of"] = _values.to_date(d["as_of"])
        d["next_vest"] = _values.to_date(d["next_vest"])
        return cls(**d)


class Schedule:
    """An exact vesting schedule built (and validated) by the engine.

    ``tranches()`` is a DataFrame (date, vests_on, shares, cumulative,
    forfeited) whose shares sum exactly to ``total``; ``as_of(date)`` is a
    ``Projection``; ``contingent`` lists (shares, condition) with no date.

    >>> import vest
    >>> s = vest.schedule("2021-03-31", 100, installments=3, period="1m")
    >>> s.tranches()[["date", "shares", "cumulative"]]
            date  shares  cumulative
    0 2021-04-30      33          33
    1 2021-05-31      33          66
    2 2021-06-30      34         100
    """

    def __init__(self, native):
        self._s = native

    @property
    def total(self):
        """The grant's shares (int or Fraction)."""
        return self._s.total

    @property
    def contingent(self):
        """[(shares, condition)] of the portions with no date until an event."""
        return list(self._s.contingent)

    @property
    def contingent_total(self):
        return self._s.contingent_total

    @property
    def policy(self):
        return self._s.policy

    def tranches(self):
        """The tranche table: one row per tranche, exact shares.

        >>> import vest
        >>> vest.schedule("2020-01-01", 10, installments=3, period="1y", policy="fractional").tranches().shares.tolist()
        [Fraction(10, 3), Fraction(10, 3), Fraction(10, 3)]
        """
        c = self._s.tranches()
        return pd.DataFrame({
            "date": _values.dates(c["date"]),
            "vests_on": _values.dates(c["vests_on"]),
            "shares": _values.exact_column(c["shares"]),
            "cumulative": _values.exact_column(c["cumulative"]),
            "forfeited": pd.array(c["forfeited"], dtype=bool),
        })

    def as_of(self, date):
        """The projection as of ``date`` (str, datetime.date or datetime64).

        >>> import vest
        >>> vest.schedule("2020-01-01", 1000, installments=4, period="1y").as_of("2021-01-01").vested
        250
        """
        return Projection._from(self._s.project(_values.day_number(date, "as_of")))

    def __repr__(self):
        return "<vest.Schedule %s shares, %d tranches>" % (self.total, len(self._s.tranches()["date"]))


def _portions(items, what):
    out = []
    for item in items or ():
        if isinstance(item, str):
            out.append(item)
        else:
            first, second = item
            if what == "lumps":
                out.append("%s:%s" % (_values.iso(first), _portion_text(second)))
            else:
                out.append("%s:%s" % (_portion_text(first), second))
    return out


def _portion_text(p):
    if isinstance(p, str):
        return p
    return _values.number(p, "portion")


def schedule(grant_date, shares, *, lumps=(), installments=0, start=None, period="1m", first_step=1, cliff=0,
             day_policy="vesting_start_day", contingent=(), policy="cumulative_round_down", exercise_price=None,
             expiration=None, early_exercise=False, exercised=None, window=None, terminate=None, accelerate=()):
    """A schedule from explicit parameters, as ``vest schedule`` builds it.

    - ``lumps``: ``"DATE:PORTION"`` strings or ``(date, portion)`` pairs; a
      portion is ``"25%"``, ``"1/4"``, a share count or ``"rest"``.
    - ``installments`` equal installments every ``period`` (``1m 3m 1q 1y 2w
      30d``) from ``start`` (default the grant date), ``first_step`` 1 (one
      period after start) or 0, installments 1..``cliff`` paid together,
      ``day_policy`` vesting_start_day | last_day_of_month |
      first_day_of_month | vesting_start_day_minus_one | day:N.
    - ``contingent``: ``"PORTION:CONDITION"`` or ``(portion, condition)``.
    - ``policy``: the allocation policy (cumulative_round_down, ...).
    - Options: ``exercise_price``, ``expiration``, ``early_exercise``,
      ``exercised``, ``window`` (post-termination, ``90d``).
    - Events: ``terminate`` (a date), ``accelerate`` (``"DATE[:full|SHARES|PCT%]"``).

    Raises ``InputError`` for parameters it cannot read and ``ScheduleError``
    when the engine's factory refuses the schedule.

    >>> import vest
    >>> s = vest.schedule("2020-01-15", 4800, installments=48, period="1m", cliff=12, terminate="2022-01-15")
    >>> p = s.as_of("2023-01-01")
    >>> (p.vested, p.forfeited)
    (2400, 2400)
    >>> vest.schedule("2020-01-15", 100, lumps=["2021-01-15:60%", "2022-01-15:60%"])
    Traceback (most recent call last):
    ...
    vest.errors.ScheduleError: ...
    """
    params = {
        "grant_date": _values.iso(grant_date) or "",
        "shares": _values.number(shares) or "",
        "lumps": _portions(lumps, "lumps"),
        "installments": int(installments or 0),
        "start": _values.iso(start),
        "period": period,
        "first_step": int(first_step),
        "cliff": int(cliff or 0),
        "day_policy": day_policy,
        "contingent": _portions(contingent, "contingent"),
        "policy": policy,
        "exercise_price": _values.number(exercise_price, "exercise_price"),
        "expiration": _values.iso(expiration),
        "early_exercise": bool(early_exercise),
        "exercised": _values.number(exercised, "exercised"),
        "window": window,
        "terminate": _values.iso(terminate),
        "accelerate": list(accelerate or ()),
    }
    native, diagnostics = _vest.build_schedule(params)
    if native is None:
        bad_parameter = all(d["code"] == "invalid_parameter" for d in diagnostics)
        raise (InputError if bad_parameter else ScheduleError).from_diagnostics(diagnostics)
    return Schedule(native)
