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
import warnings

import pandas as pd

import _vest

from . import _values
from .errors import InputError, ScheduleError, ScheduleWarning

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

    def __init__(self, native, warnings=()):
        self._s = native
        self.warnings = list(warnings)

    @property
    def total(self):
        """The grant's shares (int or Fraction)."""
        return self._s.total

    @property
    def contingent(self):
        """[(shares, condition)] of the portions with no date until an event."""
        return list(self._s.contingent)

    @property
    def conditions(self):
        """[(kind, text)] the schedule records without changing its dates
        (``earlier_of_event``: an event that could still come first)."""
        return list(self._s.conditions)

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


def _when(value):
    """A day as the engine reads it (WHEN): a date object becomes ISO text; a
    str (a date, an event id, "ipo+6m", "earlier-of(2026-01-01,cic)") is kept."""
    return _values.iso(value)


def _portions(items, what):
    out = []
    for item in items or ():
        if isinstance(item, str):
            out.append(item)
        else:
            first, second = item
            if what == "lumps":
                out.append("%s:%s" % (_when(first), _portion_text(second)))
            else:
                out.append("%s:%s" % (_portion_text(first), second))
    return out


def _portion_text(p):
    if isinstance(p, str):
        return p
    return _values.number(p, "portion")


def _day_list(value):
    """earlier_of / later_of: "WHEN,WHEN" or a sequence of WHENs."""
    if value is None or isinstance(value, str):
        return value
    return ",".join(_when(v) for v in value)


def _then_items(items):
    """then: "COUNTxPERIOD[:PORTION]" strings or (count, period[, portion]) tuples."""
    out = []
    for item in items or ():
        if isinstance(item, str):
            out.append(item)
        else:
            count, period, *portion = item
            out.append("%dx%s" % (count, period) + (":%s" % _portion_text(portion[0]) if portion else ""))
    return out


def _event_items(events):
    """events / event_deadlines: {id: date}, or "ID:DATE" strings or (id, date) pairs."""
    if events is None:
        return []
    if isinstance(events, str):
        events = [events]
    pairs = events.items() if isinstance(events, dict) else events
    return [item if isinstance(item, str) else "%s:%s" % (item[0], _values.iso(item[1])) for item in pairs]


def schedule(grant_date, shares, *, lumps=(), installments=0, start=None, period="1m", first_step=1, cliff=0,
             day_policy="vesting_start_day", contingent=(), policy="cumulative_round_down", exercise_price=None,
             expiration=None, early_exercise=False, exercised=None, window=None, terminate=None, accelerate=(),
             then=(), anchor_event=None, earlier_of=None, later_of=None, double_trigger=None, events=None,
             event_deadlines=None):
    """A schedule from explicit parameters, as ``vest schedule`` builds it
    (every option of ``vest schedule`` but ``--ocf``; the same reader,
    engine/core/schedule_parameters, reads both, with the same limits).

    - ``lumps``: ``"WHEN:PORTION"`` strings or ``(when, portion)`` pairs; a
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

    Statements that wait for events or for each other (``--then``,
    ``--anchor-event`` ... on the command line). WHEN — in ``lumps``,
    ``start``, ``double_trigger`` and the items of ``earlier_of`` /
    ``later_of`` — is a date, an event id, either plus a period (``"ipo+6m"``),
    or ``"earlier-of(WHEN,...)"`` / ``"later-of(WHEN,...)"``:

    - ``then``: statements each starting where the previous one ended,
      ``"COUNTxPERIOD[:PORTION]"`` or ``(count, period[, portion])``
      (portion defaults to ``"rest"``): ``["1x12m:25%", "36x1m:rest"]``.
    - ``anchor_event``: an event id the installments (or the first ``then``)
      count from; ``earlier_of`` / ``later_of``: WHENs (a list, or
      ``"a,b"``) the installments start on the earlier / later of.
    - ``double_trigger``: WHEN; nothing vests before it, installments due
      earlier vest on it.
    - ``events``: what occurred, ``{"ipo": "2022-06-30"}`` (or ``"ipo:2022-06-30"``
      items); ``event_deadlines``: ``{"ipo": "2028-01-15"}``: unless the event
      occurs by then, what waits for it is forfeited that day. An event that
      has not occurred leaves what waits for it contingent (``contingent``);
      naming an event no statement waits for is an ``InputError``.

    ``conditions`` lists what the schedule records without changing its dates
    (EARLIER OF with an event still pending); the engine's warnings (an event
    after its deadline) are in ``warnings`` and issued as ``vest.ScheduleWarning``.

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

    Double trigger: monthly vesting held until an IPO, then catching up.

    >>> s = vest.schedule("2021-01-15", 4800, installments=48, double_trigger="ipo", events={"ipo": "2022-06-30"})
    >>> t = s.tranches()
    >>> t.vests_on.iloc[0].date(), int(t.shares.iloc[0]), int(t.shares.iloc[-1])
    (datetime.date(2022, 6, 30), 1700, 100)
    >>> vest.schedule("2021-01-15", 4800, installments=48, double_trigger="ipo").contingent
    [(4800, 'ipo')]

    Chained statements, and an event anchor that has not occurred yet:

    >>> vest.schedule("2021-01-31", 4800, then=["1x12m:25%", "36x1m:rest"]).tranches().shares.tolist()[:3]
    [1200, 100, 100]
    >>> s = vest.schedule("2021-01-31", 4800, anchor_event="ipo", installments=48, cliff=12)
    >>> s.as_of("2023-06-30").contingent
    4800
    >>> vest.schedule("2022-01-01", 300, earlier_of=["2024-01-31", "hire"], installments=3).conditions
    [('earlier_of_event', ...)]
    >>> vest.schedule("2022-01-01", 900, lumps=["earlier-of(2026-01-01,cic)"], events={"ipo": "2025-03-10"})
    Traceback (most recent call last):
    ...
    vest.errors.InputError: error: events: no statement waits for event "ipo" [invalid_parameter]
    """
    params = {
        "grant_date": _values.iso(grant_date) or "",
        "shares": _values.number(shares) or "",
        "lumps": _portions(lumps, "lumps"),
        "installments": int(installments or 0),
        "start": _when(start),
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
        "then": _then_items(then),
        "anchor_event": anchor_event,
        "earlier_of": _day_list(earlier_of),
        "later_of": _day_list(later_of),
        "double_trigger": _when(double_trigger),
        "events": _event_items(events),
        "event_deadlines": _event_items(event_deadlines),
    }
    native, diagnostics = _vest.build_schedule(params)
    if native is None:
        bad_parameter = all(d["code"] == "invalid_parameter" for d in diagnostics)
        raise (InputError if bad_parameter else ScheduleError).from_diagnostics(diagnostics)
    for d in diagnostics:
        warnings.warn(d["text"], ScheduleWarning, stacklevel=2)
    return Schedule(native, [d["text"] for d in diagnostics])
