"""vest.read_filings and vest.tranches give what `vest filing --format csv` gives."""
import csv
import io
import subprocess
import warnings

import pandas as pd
import pytest

import vest
from conftest import run_vest, vest_binary


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


@pytest.mark.parametrize("parts", [2, 3, 7])
def test_data_set_parts_concatenate_to_the_whole(small_quarter, shared, parts):
    # A data set read in contiguous parts (what vest.dask does to spread a quarter
    # over workers) gives the same rows, in the same order, as one read.
    from vest.filings import read_part
    whole, whole_errors = read_part(small_quarter, tranches=True)
    frames, errors = [], []
    for k in range(parts):
        frame, diagnostics = read_part(small_quarter, None, k, parts, tranches=True)
        assert k == 0 or not diagnostics
        # Another input (not a data set) is read whole by part 0, by no other part.
        assert len(read_part(shared / "seeds", None, k, parts)[0]) == (3 if k == 0 else 0)
        frames.append(frame)
        errors += diagnostics
    assert len(whole) > 300 and [len(f) > 0 for f in frames] == [True] * parts
    tranches = [f.attrs.pop("tranches").drop(columns="grant") for f in frames]
    want = whole.attrs.pop("tranches")
    pd.testing.assert_frame_equal(want, vest.tranches(whole))
    for f in frames + [whole]:
        f.attrs.clear()  # frames in attrs would make concat compare them
    pd.testing.assert_frame_equal(pd.concat(frames, ignore_index=True), whole)
    assert errors == whole_errors
    pd.testing.assert_frame_equal(pd.concat(tranches, ignore_index=True), want.drop(columns="grant"))


def test_data_set_parts_report_errors_once():
    from vest.filings import read_part
    path = "tests/filings/fixtures/dataset-bad"
    whole, whole_errors = read_part(path)
    assert whole_errors
    parts = [read_part(path, None, k, 3) for k in range(3)]
    assert parts[0][1] == whole_errors and not parts[1][1] and not parts[2][1]
    for f in [whole] + [f for f, _ in parts]:
        f.attrs.clear()
    pd.testing.assert_frame_equal(pd.concat([f for f, _ in parts], ignore_index=True), whole)


def test_tranches_only_read_is_identical_and_exact(fractional_data_set, small_quarter):
    # read_tranches_part (vest.dask.read_tranches' tasks: no grant frame) gives
    # read_part(tranches=True)'s tranche rows and vest.tranches' values, and a
    # fractional grant stays exact: Fractions where a value is fractional, ints
    # elsewhere, never a float, the tranches summing to the grant.
    import fractions
    from vest.filings import read_part, read_tranches_part
    for path, parts in ((fractional_data_set, 2), (small_quarter, 3)):
        for k in range(parts):
            want = read_part(path, None, k, parts, tranches=True)[0]
            got, _ = read_tranches_part(path, k, parts)
            pd.testing.assert_frame_equal(got, want.attrs["tranches"])
            for column in ("shares", "cumulative", "percent"):
                assert list(map(type, got[column])) == list(map(type, want.attrs["tranches"][column]))
        whole = read_part(path, tranches=True)[0]
        expected = vest.tranches(whole)
        pd.testing.assert_frame_equal(whole.attrs["tranches"], expected)
    t, _ = read_tranches_part(fractional_data_set)
    grant = read_part(fractional_data_set)[0]
    half = grant.index[grant.shares.map(lambda s: isinstance(s, fractions.Fraction))]
    assert list(grant.shares[half]) == [fractions.Fraction(117649, 2)]
    rows = t[t.grant == half[0]]
    assert t.shares.dtype == object and not any(isinstance(v, float) for v in t.shares)
    assert any(isinstance(v, fractions.Fraction) for v in rows.shares) and any(type(v) is int for v in t.shares)
    assert sum(rows.shares) == rows.cumulative.iloc[-1] == fractions.Fraction(117649, 2)


def test_write_csv_is_the_clis_csv(shared, fractional_data_set, tmp_path):
    # vest.write_csv writes the CLI's bytes (grant lines with --as-of, tranche
    # lines; a fractional award's shares), warns about what it could not read,
    # and a file it cannot write is an OSError naming it, with nothing left behind.
    paths = [str(shared / "seeds"), str(fractional_data_set), str(tmp_path / "missing")]
    for flags, kwargs in [(["--as-of", "2015-06-30"], {"as_of": "2015-06-30"}), (["--tranches"], {"tranches": True})]:
        want = subprocess.run([vest_binary(), "filing", *paths, "--format", "csv", *flags], capture_output=True).stdout
        with pytest.warns(vest.InputWarning, match="missing"):
            rows = vest.write_csv(paths, tmp_path / "out.csv", **kwargs)
        got = (tmp_path / "out.csv").read_bytes()
        assert got == want and rows == got.count(b"\n") - 1
    assert b"58824.5" in got
    with pytest.raises(OSError, match="no-such-folder/out.csv: cannot write"):
        vest.write_csv(paths[:1], tmp_path / "no-such-folder" / "out.csv")
    with pytest.raises(ValueError):
        vest.write_csv(paths[:1], tmp_path / "x.csv", as_of="2015-06-30", tranches=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fractional", "out.csv"]
