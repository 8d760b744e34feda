"""The generator's own date-and-allocation oracle (shares no code with the engine).

A schedule is lumps plus at most a few series, all as exact fractions of the
whole grant (fractions.Fraction, never float):

  Lump(date, portion)
  Series(anchor, period_months, first_step, count, portion_each, day_rule)

Dates of a series are anchored: the k-th date is anchor + k*period months
(k = first_step .. first_step+count-1), never "previous date + period", with the
day clamped to the month's end (Jan 31 + 1 month = Feb 28/29, then Mar 31).
Day rules other than SAME_DAY pick, for each such month, a day by rule
(last day of the month); RULE_DATES series instead take the first `count` dates
of a fixed yearly calendar (quarter ends, "each January, April, July and
October" on a given day, "each February 15, May 15, ...") strictly after a
start date.

Allocation is cumulative round-down over the whole grant: with c_k the
cumulative fraction vested by the k-th date (all lumps and series merged in
date order), tranche k = floor(N*c_k) - floor(N*c_{k-1}); the last c is
exactly 1, so the tranches sum to N. Zero tranches are dropped (their shares
surface in the next tranche), as the engine's allocation documents.
"""
import calendar
import datetime as dt
from dataclasses import dataclass, field
from fractions import Fraction
from typing import List, Optional, Tuple


def days_in_month(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def add_months(d: dt.date, months: int) -> dt.date:
    """d + months, day clamped to the last day of the target month."""
    index = d.year * 12 + (d.month - 1) + months
    y, m = divmod(index, 12)
    m += 1
    return dt.date(y, m, min(d.day, days_in_month(y, m)))


def month_end(d: dt.date) -> dt.date:
    return dt.date(d.year, d.month, days_in_month(d.year, d.month))


def is_month_end(d: dt.date) -> bool:
    return d.day == days_in_month(d.year, d.month)


SAME_DAY = 'same_day'      # anchor + k*period months, clamped
LAST_DAY = 'last_day'      # last day of the month of anchor + k*period
RULE_DATES = 'rule_dates'  # first `count` dates of a yearly calendar after `start`


@dataclass(frozen=True)
class Lump:
    date: dt.date
    portion: Fraction


@dataclass(frozen=True)
class Series:
    anchor: dt.date
    period_months: int
    first_step: int
    count: int
    portion_each: Fraction
    day_rule: str = SAME_DAY
    # RULE_DATES only: (month, day) pairs, day 31 meaning "last day"; and the
    # date the series starts strictly after.
    calendar_days: Tuple[Tuple[int, int], ...] = ()
    start_after: Optional[dt.date] = None

    def dates(self) -> List[dt.date]:
        if self.day_rule == RULE_DATES:
            return rule_dates_after(self.calendar_days, self.start_after, self.count)
        out = []
        for k in range(self.first_step, self.first_step + self.count):
            d = add_months(self.anchor, k * self.period_months)
            out.append(month_end(d) if self.day_rule == LAST_DAY else d)
        return out


def rule_dates_after(days: Tuple[Tuple[int, int], ...], start: dt.date, count: int) -> List[dt.date]:
    """The first `count` dates of the yearly calendar `days` strictly after `start`."""
    out = []
    year = start.year
    while len(out) < count:
        for m, d in sorted(days):
            day = min(d, days_in_month(year, m))
            candidate = dt.date(year, m, day)
            if candidate > start and len(out) < count:
                out.append(candidate)
        year += 1
    return out


QUARTER_ENDS = ((3, 31), (6, 30), (9, 30), (12, 31))


@dataclass
class Schedule:
    shares: int
    lumps: List[Lump] = field(default_factory=list)
    series: List[Series] = field(default_factory=list)

    def portions(self) -> List[Tuple[dt.date, Fraction]]:
        items = [(l.date, l.portion) for l in self.lumps]
        for s in self.series:
            items += [(d, s.portion_each) for d in s.dates()]
        items.sort(key=lambda x: x[0])
        return items

    def partial_tranches(self) -> List[Tuple[str, int]]:
        """Tranches of a schedule whose portions sum below 1 (the rest contingent): each must be whole."""
        out = []
        for d, p in self.portions():
            amount = self.shares * p
            if amount.denominator != 1:
                raise ValueError('dated part %s of %d shares is not whole' % (p, self.shares))
            out.append((d.isoformat(), amount.numerator))
        return out

    def tranches(self) -> List[Tuple[str, int]]:
        items = self.portions()
        dates = [d for d, _ in items]
        if len(set(dates)) != len(dates):
            raise ValueError('two portions on one date: %s' % dates)
        total = sum(p for _, p in items)
        if total != 1:
            raise ValueError('portions sum to %s, not 1' % total)
        out, cumulative, previous = [], Fraction(0), 0
        for d, p in items:
            cumulative += p
            whole = (self.shares * cumulative.numerator) // cumulative.denominator
            if whole - previous > 0:
                out.append((d.isoformat(), whole - previous))
            previous = whole
        assert previous == self.shares
        return out


def self_check() -> None:
    """Hand-worked cases (run by `generate.py --self-check`)."""
    assert add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)
    assert add_months(dt.date(2023, 1, 31), 1) == dt.date(2023, 2, 28)
    assert add_months(dt.date(2023, 1, 31), 2) == dt.date(2023, 3, 31)
    assert add_months(dt.date(2024, 2, 29), 48) == dt.date(2028, 2, 29)
    assert add_months(dt.date(2024, 2, 29), 12) == dt.date(2025, 2, 28)
    # The seed option (README): 200,000 shares, 25% on 2014-12-16, then 36 monthly.
    seed = Schedule(200000, [Lump(dt.date(2014, 12, 16), Fraction(1, 4))],
                    [Series(dt.date(2013, 12, 16), 1, 13, 36, Fraction(3, 4) / 36)])
    t = seed.tranches()
    assert t[0] == ('2014-12-16', 50000) and t[1] == ('2015-01-16', 4166) and t[2] == ('2015-02-16', 4167)
    assert t[-1] == ('2017-12-16', 4167) and len(t) == 37 and sum(s for _, s in t) == 200000
    # d001 of the dev corpus: 757,576 shares, 25% on 2026-03-31, the balance on month ends.
    d001 = Schedule(757576, [Lump(dt.date(2026, 3, 31), Fraction(1, 4))],
                    [Series(dt.date(2025, 3, 31), 1, 13, 36, Fraction(3, 4) / 36, LAST_DAY)])
    t = d001.tranches()
    assert t[:3] == [('2026-03-31', 189394), ('2026-04-30', 15782), ('2026-05-31', 15783)]
    assert t[-1] == ('2029-03-31', 15783) and t[11] == ('2027-02-28', 15783)
    # 18 shares in four equal tranches: 4 5 4 5 (allocation.hpp's example).
    four = Schedule(18, [], [Series(dt.date(2020, 1, 1), 12, 1, 4, Fraction(1, 4))])
    assert [s for _, s in four.tranches()] == [4, 5, 4, 5]
    # Quarter ends after a cliff on June 30: Sep 30, Dec 31 (not Dec 30).
    assert rule_dates_after(QUARTER_ENDS, dt.date(2025, 6, 30), 2) == [dt.date(2025, 9, 30), dt.date(2025, 12, 31)]
    # Anchored stepping from Jun 30 gives Dec 30 (the difference the rule makes).
    assert add_months(dt.date(2025, 6, 30), 6) == dt.date(2025, 12, 30)
    # A day of the year without a year, 'on March 1 of each year beginning in 2026': the rule's days from 2026.
    assert rule_dates_after(((3, 1),), dt.date(2026, 2, 28), 3) == [dt.date(2026, 3, 1), dt.date(2027, 3, 1), dt.date(2028, 3, 1)]
    # An unequal list, 34%, 33% and 33% of 1,000: cumulative round-down gives exactly the stated sizes.
    listed = Schedule(1000, [Lump(dt.date(2026, 3, 20), Fraction(34, 100)), Lump(dt.date(2027, 3, 20), Fraction(33, 100)),
                             Lump(dt.date(2028, 3, 20), Fraction(33, 100))])
    assert [s for _, s in listed.tranches()] == [340, 330, 330]
