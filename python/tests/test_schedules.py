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
