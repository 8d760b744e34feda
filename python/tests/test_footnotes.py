"""vest.parse and vest.parse_many give what `vest parse --jsonl` gives, exactly."""
import datetime
import decimal
import fractions
import json
import threading
import time

import numpy as np
import pandas as pd
import pytest

import vest
from conftest import run_vest


def dev_corpus(shared):
    return [json.loads(l, parse_float=decimal.Decimal) for l in (shared / "corpus" / "footnotes-dev.jsonl").read_text().splitlines()
            if l.strip()]


def cli_lines(lines):
    text = "\n".join(json.dumps({k: (str(l[k]) if isinstance(l[k], decimal.Decimal) else l[k])
                                 for k in ("id", "text", "grant_date", "shares", "expiration") if k in l})
                     for l in lines)
    return [json.loads(l) for l in run_vest("parse", "--jsonl", "-", input=text).splitlines()]


def exact(v):
    return fractions.Fraction(str(v)) if not isinstance(v, str) else fractions.Fraction(v)


def test_parse_matches_cli_on_dev_corpus(shared):
    lines = dev_corpus(shared)
    for line, cli in zip(lines, cli_lines(lines)):
        f = vest.parse(line["text"], line.get("grant_date"), line.get("shares"), line.get("expiration"))
        assert f.kind == cli["kind"], line["id"]
        got = [(d.date().isoformat(), fractions.Fraction(s)) for d, s in zip(f.tranches.date, f.tranches.shares)]
        want = [(t["date"], exact(t["shares"])) for t in cli["tranches"]]
        assert got == want, line["id"]
        assert fractions.Fraction(f.contingent_shares) == exact(cli["contingent_shares"]), line["id"]
        assert [(r, list(s), t) for r, s, t in f.explain.itertuples(index=False)] == \
               [(e["rule"], e["span"], e["text"]) for e in cli["explain"]], line["id"]


def test_parse_many_keeps_input_order_and_equals_parse(shared):
    lines = dev_corpus(shared) * 5
    frame = pd.DataFrame(lines)[["id", "text", "grant_date", "shares", "expiration"]]
    frame.index = pd.RangeIndex(1000, 1000 + len(frame))
    r = vest.parse_many(frame)
    assert list(r.index) == list(frame.index)
    t = vest.tranches(r)
    for label, line in zip(frame.index, lines):
        one = vest.parse(line["text"], line.get("grant_date"), line.get("shares"), line.get("expiration"))
        assert r.loc[label, "kind"] == one.kind
        mine = t[t["index"] == label]
        assert mine.shares.tolist() == one.tranches.shares.tolist()
        assert list(mine.date) == list(one.tranches.date)


def test_share_columns_are_int64_when_whole_and_fractions_otherwise():
    f = vest.parse("The shares vest in three equal annual installments beginning on March 1, 2021.",
                   shares=100)
    assert f.tranches.shares.dtype == np.int64
    g = vest.schedule("2020-01-01", "47.5", installments=3, period="1y", policy="fractional")
    shares = g.tranches().shares
    assert shares.dtype == object and all(isinstance(v, fractions.Fraction) for v in shares)
    assert sum(shares) == fractions.Fraction(95, 2)
    assert f.tranches.date.dtype.kind == "M"


def test_bad_rows_go_to_errors_and_good_rows_stay():
    df = pd.DataFrame({"text": ["Fully vested on the date of grant.", "Fully vested on the date of grant.",
                                "The shares vest upon the blue moon in accordance with schedule Q.", None],
                       "grant_date": ["2020-01-01", "2020-02-31", "2020-01-01", "2020-01-01"],
                       "shares": [10, 10, 10, 10]})
    with pytest.warns(vest.InputWarning):
        r = vest.parse_many(df)
    assert r.kind.tolist()[0] == "immediate" and r.error[0] is None
    assert r.kind[1] == "unrecognized" and "2020-02-31" in r.error[1]
    errors = r.attrs["errors"]
    assert set(errors["index"]) == {1, 2, 3}
    assert "invalid_input" in errors.code.tolist()


def test_floats_are_refused_unless_whole():
    assert vest.parse("Fully vested on the date of grant.", "2020-01-01", 10.0).tranches.shares.tolist() == [10]
    with pytest.raises(TypeError, match="not exact"):
        vest.parse("Fully vested on the date of grant.", "2020-01-01", 10.5)


def test_input_errors_are_vest_errors_with_code():
    with pytest.raises(vest.InputError) as e:
        vest.parse("Fully vested.", grant_date="2020-13-01")
    assert e.value.code == "invalid_input" and isinstance(e.value, vest.Error)


def test_parse_many_releases_the_gil(shared):
    lines = dev_corpus(shared) * 400
    ticks = []
    stop = threading.Event()

    def ticker():
        while not stop.is_set():
            ticks.append(time.perf_counter())
            time.sleep(0.001)

    t = threading.Thread(target=ticker, daemon=True)
    t.start()
    try:
        start = time.perf_counter()
        vest.parse_many(pd.DataFrame(lines)[["text", "grant_date", "shares"]], threads=1)
        end = time.perf_counter()
    finally:
        stop.set()
        t.join()
    during = [x for x in ticks if start < x < end]
    # With the GIL held for the whole C++ run the ticker could not run during it.
    assert len(during) >= 3, (len(during), end - start)


def _same_frames(a, b):
    pd.testing.assert_frame_equal(a, b)
    for key in ("tranches", "errors"):
        pd.testing.assert_frame_equal(a.attrs[key], b.attrs[key])


def test_parse_many_reads_every_column_type_as_parse_does():
    # The bulk reader takes int64 and datetime64 columns whole and str/int/None
    # values in place; other types go through the same converters as vest.parse.
    text = "The shares vest in four equal annual installments beginning on March 1, 2021."
    as_texts = pd.DataFrame({"text": [text] * 6,
                             "grant_date": ["2020-03-01"] * 5 + [None],
                             "shares": ["1000", "47.5", "10/3", "2,000", "1000", "1000"]})
    typed = pd.DataFrame({"text": [text] * 6,
                          "grant_date": pd.to_datetime(["2020-03-01"] * 5 + [None]),
                          "shares": [1000, decimal.Decimal("47.5"), fractions.Fraction(10, 3), "2,000",
                                     np.int64(1000), 1000.0]})
    ints = pd.DataFrame({"text": [text] * 2, "grant_date": [datetime.date(2020, 3, 1)] * 2,
                         "shares": np.array([1000, 7], dtype=np.int64)})
    a, b = vest.parse_many(as_texts), vest.parse_many(typed)
    _same_frames(a, b)
    assert sum(vest.tranches(a).shares.tolist()[4:8]) == fractions.Fraction(95, 2)
    assert fractions.Fraction(25, 2) in vest.tranches(a).shares.tolist()[4:8]
    assert vest.tranches(a).shares.dtype == object  # a fraction in the column: exact objects, never float
    c = vest.parse_many(ints)
    assert vest.tranches(c).shares.dtype == np.int64 and c.total.tolist() == [1000, 7]
    for label, row in typed.iterrows():
        one = vest.parse(row.text, row.grant_date if not pd.isna(row.grant_date) else None, row.shares)
        assert a.kind[label] == one.kind
        assert vest.tranches(a).query("index == @label").shares.tolist() == one.tranches.shares.tolist()


def test_parse_many_object_columns_hold_plain_python_values():
    # Object columns leave C++ as object arrays (ints shared between equal values,
    # texts shared between rows): what a cell holds is still a plain int, Fraction,
    # str or a list of its own.
    text = "The option vests in 4 equal annual installments, subject to continued service."
    r = vest.parse_many(pd.DataFrame({"text": [text] * 3, "grant_date": ["2020-01-15"] * 3,
                                      "shares": [1000, fractions.Fraction(10, 3), 1000]}))
    t = vest.tranches(r)
    whole, fractional = t[t["index"] != 1].shares.tolist(), t[t["index"] == 1].shares.tolist()
    assert [type(v) for v in whole] == [int] * 8 and whole == [250] * 8
    assert {type(v) for v in fractional} == {int, fractions.Fraction} and sum(fractional) == fractions.Fraction(10, 3)
    assert r.kind.tolist() == ["time_based"] * 3 and all(type(k) is str for k in r.kind)
    assert [type(c) for c in r.conditions] == [list] * 3 and r.conditions[0] == r.conditions[1]
    r.conditions[0].append("mine")  # each row's list is its own
    assert r.conditions[1] != r.conditions[0]


def test_parse_many_refuses_inexact_values_and_reads_missing_ones_as_absent():
    with pytest.raises(TypeError, match="not exact"):
        vest.parse_many(pd.DataFrame({"text": ["Fully vested."], "shares": [10.5]}))
    r = vest.parse_many(pd.DataFrame({"text": ["Fully vested on the date of grant.", np.nan],
                                      "grant_date": pd.Series(["2020-01-01", pd.NaT], dtype=object),
                                      "shares": [np.nan, 5]}))
    assert r.kind.tolist() == ["immediate", "unrecognized"]
    assert r.total.tolist() == [None, None]  # no share count: no schedule; a missing text is an input error
    assert r.error[1] == "text is missing"


def test_parse_many_is_the_same_on_one_and_all_threads(shared):
    frame = pd.DataFrame(dev_corpus(shared) * 3)[["text", "grant_date", "shares", "expiration"]]
    one = vest.parse_many(frame, threads=1, explain=True, percent=True)
    every = vest.parse_many(frame, threads=0, explain=True, percent=True)
    _same_frames(one, every)
    pd.testing.assert_frame_equal(one.attrs["explain"], every.attrs["explain"])
