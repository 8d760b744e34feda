"""vest.Portfolio answers what `vest portfolio` answers, exactly."""
import csv
import decimal
import io

import numpy as np
import pandas as pd
import pytest

import vest
from conftest import run_vest


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    path = tmp_path_factory.mktemp("book") / "book.csv"
    run_vest("gen-portfolio", "--grants", "20000", "--seed", "11", "-o", path)
    return path


def rows(text):
    return list(csv.DictReader(io.StringIO(text)))


def test_as_of_by_issuer_matches_cli(book):
    cli = rows(run_vest("portfolio", book, "--as-of", "2026-06-30", "--group-by", "issuer", "--format", "csv"))
    got = vest.Portfolio.from_csv(book).as_of("2026-06-30", group_by="issuer")
    assert len(got) == len(cli)
    for want in cli:
        key = "(total)" if want["key"] == "(total)" else want["key"]
        line = got.loc[key]
        assert int(line.grants) == int(want["grants"])
        for c in ("total", "vested", "unvested", "contingent", "forfeited", "exercisable"):
            assert decimal.Decimal(str(line[c])) == decimal.Decimal(want[c]), (key, c)


def test_calendar_and_tranches_match_cli(book):
    p = vest.Portfolio.from_csv(book, keep_order=True)
    cli = rows(run_vest("portfolio", book, "--calendar", "quarter", "--from", "2025-01-01", "--to", "2027-12-31",
                        "--format", "csv"))
    cal = p.calendar("quarter", "2025-01-01", "2027-12-31")
    assert [decimal.Decimal(r["shares"]) for r in cli] == [decimal.Decimal(str(v)) for v in cal.shares]
    t = p.tranches()
    cli_t = rows(run_vest("portfolio", book, "--tranches"))
    assert len(t) == len(cli_t)
    for i in (0, 1, len(t) // 2, len(t) - 1):
        assert t.id[i] == cli_t[i]["id"] and t.date[i].date().isoformat() == cli_t[i]["date"]
        assert decimal.Decimal(str(t.shares[i])) == decimal.Decimal(cli_t[i]["shares"])


def test_from_frame_equals_from_csv(book):
    frame = pd.read_csv(book, dtype=str, keep_default_na=False)
    a = vest.Portfolio.from_csv(book).as_of("2027-01-01", group_by="holder")
    b = vest.Portfolio.from_frame(frame).as_of("2027-01-01", group_by="holder")
    pd.testing.assert_frame_equal(a.sort_index(), b.sort_index())


def test_bad_rows_are_errors_with_locations_and_good_rows_load():
    frame = pd.DataFrame({"id": ["a", "b", "c"], "shares": ["100", "-5", "10"],
                          "grant_date": ["2020-01-01", "2020-01-01", "2020-02-30"],
                          "schedule": ["all at +1y"] * 3})
    with pytest.warns(vest.InputWarning):
        p = vest.Portfolio.from_frame(frame)
    assert len(p) == 1 and p.report["rejected"] == 2
    assert p.errors.line.tolist() == [3, 4] and all(p.errors.code)
    assert p.errors.text[0].startswith("<frame>:3:")


def test_fractional_shares_are_decimals_never_floats():
    p = vest.Portfolio.from_frame(pd.DataFrame({"shares": ["10.5"], "grant_date": ["2020-01-01"],
                                                "schedule": ["all every 1y x2"]}))
    totals = p.as_of("2030-01-01")
    assert totals.total.dtype == object and totals.total.iloc[0] == decimal.Decimal("10.5")
    with pytest.raises(TypeError):
        vest.Portfolio.from_frame(pd.DataFrame({"shares": [10.25], "grant_date": ["2020-01-01"],
                                                "schedule": ["all at +1y"]}))
