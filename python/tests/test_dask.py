"""vest.dask on a real 2-process LocalCluster (127.0.0.1): results identical to
the single-process ones, and a worker killed mid-run loses nothing."""
import decimal
import json
import os
import signal
import subprocess
import time
import warnings

import pandas as pd
import pytest

import vest
import vest.dask
from conftest import run_vest, vest_binary

distributed = pytest.importorskip("distributed")
dd = pytest.importorskip("dask.dataframe")


@pytest.fixture(scope="module")
def client():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                           dashboard_address=None)
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    path = tmp_path_factory.mktemp("dask") / "book.csv"
    run_vest("gen-portfolio", "--grants", "120000", "--seed", "5", "-o", path)
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def test_read_filings_and_parse_many_identical(client, shared):
    paths = [str(shared / "seeds"), str(shared / "corpus" / "form4-xml")]
    local = vest.read_filings(paths)
    distributed_frame = vest.dask.read_filings(paths).compute().reset_index(drop=True)
    pd.testing.assert_frame_equal(distributed_frame.drop(columns="partition_errors"), local, check_dtype=False)
    lines = [json.loads(l, parse_float=decimal.Decimal)
             for l in (shared / "corpus" / "footnotes-dev.jsonl").read_text().splitlines() if l.strip()]
    frame = pd.DataFrame(lines)[["text", "grant_date", "shares", "expiration"]].astype(object)
    frame = frame.where(frame.notna(), None)
    one = vest.parse_many(frame)
    many = vest.dask.parse_many(dd.from_pandas(frame, npartitions=4)).compute()
    pd.testing.assert_frame_equal(many, one, check_dtype=False)


def test_as_of_identical_to_one_portfolio(client, book):
    want = vest.Portfolio.from_frame(book).as_of("2026-06-30", group_by="issuer")
    got = vest.dask.as_of(dd.from_pandas(book, npartitions=6), "2026-06-30", group_by="issuer")
    pd.testing.assert_frame_equal(got.sort_index(), want.sort_index())


def test_a_killed_worker_loses_nothing(client, book):
    want = vest.Portfolio.from_frame(book).as_of("2027-03-31", group_by="holder").sort_index()
    ddf = dd.from_pandas(book, npartitions=60)
    future = client.compute(vest.dask.as_of(ddf, "2027-03-31", group_by="holder", compute=False))
    pids = client.run(os.getpid)
    victim = None
    deadline = time.time() + 60
    while victim is None and time.time() < deadline and not future.done():
        processing = {w: len(tasks) for w, tasks in client.processing().items() if tasks}
        if processing:
            victim = max(processing, key=processing.get)
        else:
            time.sleep(0.02)
    assert victim is not None and not future.done(), "the run ended before a worker could be killed"
    os.kill(pids[victim], signal.SIGKILL)
    got = future.result(timeout=240).sort_index()
    pd.testing.assert_frame_equal(got, want)
    # The killed worker is gone (its nanny starts a new one).
    assert victim not in client.run(os.getpid) or client.run(os.getpid)[victim] != pids[victim]
    # The next tests count on both workers: wait until the replacement has joined (slow on a loaded machine).
    client.wait_for_workers(2, timeout=120)


def test_a_data_set_split_over_workers_is_identical(client, small_quarter):
    local = vest.read_filings(str(small_quarter))
    client.wait_for_workers(2, timeout=120)  # (a worker killed by another test may still be restarting)
    ddf = vest.dask.read_filings(str(small_quarter))  # parts: the client's worker threads (2)
    assert ddf.npartitions == 2
    got = vest.dask.read_filings(str(small_quarter), parts=3).compute().reset_index(drop=True)
    pd.testing.assert_frame_equal(got.drop(columns="partition_errors"), local, check_dtype=False)
    want = vest.tranches(local).drop(columns="grant")
    tranches = vest.dask.read_tranches(str(small_quarter), parts=3).compute().reset_index(drop=True)
    pd.testing.assert_frame_equal(tranches.drop(columns="grant"), want, check_dtype=False)


def test_read_tranches_exact_across_workers(client, fractional_data_set):
    # A data set with a fractional award, split over the two workers: the same
    # rows and exact values (Fractions, ints, never floats) as one process.
    want = vest.tranches(vest.read_filings(str(fractional_data_set))).drop(columns="grant")
    got = vest.dask.read_tranches(str(fractional_data_set), parts=2).compute().reset_index(drop=True)
    pd.testing.assert_frame_equal(got.drop(columns="grant"), want)
    assert list(map(type, got.shares)) == list(map(type, want.shares))
    assert any(type(v).__name__ == "Fraction" for v in got.shares)


def test_to_csv_writes_the_clis_csv(client, small_quarter, shared, tmp_path):
    # Each partition written by its worker with the engine's CSV writer: in
    # order, the files are byte for byte `vest filing --format csv`'s output
    # (tranche lines, grant lines with --as-of), a data set split over both
    # workers beside an input read whole.
    client.wait_for_workers(2, timeout=120)
    inputs = [str(small_quarter), str(shared / "seeds")]
    want = {}
    for name, flags, kwargs in [("tranches", ["--tranches"], {"tranches": True}),
                                ("as_of", ["--as-of", "2031-06-30"], {"as_of": "2031-06-30"})]:
        want[name] = subprocess.run([vest_binary(), "filing", *inputs, "--format", "csv", *flags],
                                    capture_output=True).stdout
        files = vest.dask.to_csv(inputs, tmp_path / name / "part-*.csv", parts=2, header_first_partition_only=True,
                                 **kwargs)
        assert [os.path.basename(f) for f in files] == ["part-0.csv", "part-1.csv", "part-2.csv"]
        assert b"".join(open(f, "rb").read() for f in files) == want[name]
        assert sorted(os.listdir(tmp_path / name)) == ["part-0.csv", "part-1.csv", "part-2.csv"]  # no partial file
    # By default every file has the header (each is a CSV on its own); a
    # missing input is a warning (split too: the client cannot tell it is not a
    # data set the workers can read), and the rest is still written.
    with pytest.warns(vest.InputWarning, match="no such file"):
        files = vest.dask.to_csv([str(small_quarter), str(tmp_path / "missing")], tmp_path / "each", parts=2,
                                 tranches=True)
    assert [os.path.basename(f) for f in files] == ["0.part", "1.part", "2.part", "3.part"]
    header, *lines = [open(f, "rb").read().split(b"\n", 1) for f in files]
    assert all(h == header[0] for h, _ in lines) and lines[1][1] == lines[2][1] == b""
    assert header[1] + lines[0][1] == b"".join(
        subprocess.run([vest_binary(), "filing", str(small_quarter), "--format", "csv", "--tranches"],
                       capture_output=True).stdout.split(b"\n", 1)[1:])
