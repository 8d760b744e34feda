"""vest.read_filings and vest.tranches give what `vest filing --format csv` gives."""
import csv
import io
import warnings

import pandas as pd
import pytest

import vest
from conftest import run_vest


def cli_rows(*args):
    return list(csv.DictReader(io.StringIO(run_vest("filing", *args, "--format", "csv"))))


def cell(v):
    if v is None or v is pd.NaT or (isinstance(v, float) and v != v):
        return ""
    if isinstance(v, pd.Timestamp):
        return v.date().isoformat()
    if isinstance(v, bool):
        return "yes" if v else "no"
    return str(v)


@pytest.mark.parametrize("folder", ["seeds", "corpus/form4-xml"])
def test_grants_match_cli(shared, folder):
    path = str(shared / folder)
    cli = cli_rows(path, "--as-of", "2016-06-30")
    g = vest.read_filings(path, as_of="2016-06-30")
    assert len(g) == len(cli) > 0
    for (_, row), want in zip(g.iterrows(), cli):
        for column, value in want.items():
            got = cell(row[column])
            if column in ("shares", "vested", "unvested", "contingent", "exercisable") and value:
                assert pd.eval(value) == pd.eval(got) if "/" in value else value == got, (column, value, got)
            else:
                assert got == value, (column, value, got)


def test_tranches_match_cli(shared):
    paths = [str(shared / "seeds"), str(shared / "corpus" / "form4-xml")]
    cli = cli_rows(*paths, "--tranches")
    t = vest.tranches(vest.read_filings(paths))
    assert len(t) == len(cli)
    for (_, row), want in zip(t.iterrows(), cli):
        assert row.tranche_date.date().isoformat() == want["tranche_date"]
        assert str(row.shares) == want["shares"] and str(row.cumulative) == want["cumulative"]
        assert row.percent == want["percent"] and row.owner == want["owner"]


def test_unreadable_inputs_are_errors_and_the_rest_is_read(shared, tmp_path):
    bad = tmp_path / "broken.xml"
    bad.write_text("<?xml version='1.0'?><ownershipDocument><issuer>")
    with pytest.warns(vest.InputWarning):
        g = vest.read_filings([str(shared / "seeds"), str(bad)])
    assert len(g) > 0
    errors = g.attrs["errors"]
    assert len(errors) == 1 and errors.file[0].endswith("broken.xml") and errors.code[0]
