"""vest.schedule builds what `vest schedule` builds."""
import csv
import io

import pytest

import vest
from conftest import run_vest

SEED = dict(grant_date="2013-12-16", shares=200000, lumps=["2014-12-16:25%"], start="2014-12-16",
            installments=36, period="1m", exercise_price="2.91", expiration="2023-12-16")


def test_schedule_matches_cli():
    cli = list(csv.DictReader(io.StringIO(run_vest(
        "schedule", "--grant-date", "2013-12-16", "--shares", "200000", "--lump", "2014-12-16:25%",
        "--start", "2014-12-16", "--installments", "36", "--period", "1m", "--exercise-price", "2.91",
        "--expiration", "2023-12-16", "--format", "csv"))))
    t = vest.schedule(**SEED).tranches()
    assert len(cli) == len(t) == 37
    assert [r["date"] for r in cli] == [d.date().isoformat() for d in t.date]
    assert [int(r["shares"]) for r in cli] == t.shares.tolist()


def test_projection_and_events():
    p = vest.schedule(**SEED).as_of("2015-06-30")
    assert p.is_option and p.vested == p.exercisable and p.vested + p.unvested == 200000
    s = vest.schedule("2020-01-01", 1200, installments=12, period="1q", terminate="2021-01-01")
    assert s.as_of("2022-01-01").forfeited == 800


def test_bad_parameters_raise_input_error_and_bad_schedules_schedule_error():
    with pytest.raises(vest.InputError, match="period"):
        vest.schedule("2020-01-01", 100, installments=4, period="4 months")
    with pytest.raises(vest.ScheduleError) as e:
        vest.schedule("2020-01-01", 100, lumps=["2021-01-01:70%", "2022-01-01:70%"])
    assert e.value.code


# The parameters are read by the library's read_schedule_parameters, with the
# command line's range checks (issue 12: a Python copy of the parsing had none).
@pytest.mark.parametrize("window", ["2147483647d", "100000y", "12001m", "99999999999999999999d"])
def test_window_beyond_a_thousand_years_is_an_input_error(window):
    with pytest.raises(vest.InputError, match="window.*out of range"):
        vest.schedule("2020-01-01", 48000, installments=48, exercise_price="1", terminate="2021-01-01", window=window)


def test_a_thousand_year_window_is_kept_open():
    s = vest.schedule("2020-01-01", 48000, installments=48, exercise_price="1", terminate="2021-01-01", window="1000y")
    assert s.as_of("2030-01-01").exercisable == 12000


@pytest.mark.parametrize("kwargs, message", [
    (dict(installments=5301), "installments: 5301 is more than 5300"),
    (dict(installments=2 ** 70), "installments: .* is out of range"),
    (dict(installments=-5), "installments: -5 is negative"),
    (dict(installments=12, cliff=13), "cliff: 13 is more than the 12"),
    (dict(installments=12, first_step=2), "first_step: must be 0 or 1"),
    (dict(installments=12, period="5300000w"), "period: .* is out of range"),
    (dict(installments=12, window="90d"), "window: is an option term"),
])
def test_counts_and_periods_outside_their_range_are_input_errors(kwargs, message):
    with pytest.raises(vest.InputError, match=message):
        vest.schedule("2020-01-01", 48000, **kwargs)


def test_exercised_alone_is_an_option_checked_by_the_engine():
    with pytest.raises(vest.ScheduleError, match="negative"):
        vest.schedule("2020-01-01", 48000, installments=48, exercised=-5)
