#!/usr/bin/python3
"""A quarter through vest.dask on a 2-worker LocalCluster, beside `vest filing` (not in ctest).

    PYTHONPATH=build/python bench/dask_quarter_bench.py [--zip Q.zip] [--rounds 3] [--parts 2,4]

The quarter is bench/gen_quarter.py's (60,000 filings, ~162,000 footnotes;
written to a temporary folder unless --zip names one). Each round, interleaved:
  cli      `vest filing Q.zip --tranches --format csv` (every core) to a file:
           wall, CPU (user+sys) and peak RSS by /usr/bin/time;
  (the Dask rows give wall time and the CPU of the two workers plus this
  process, which holds the client and the scheduler: at high load the CPU
  figure is the one to compare with the CLI's)
  tranches vest.dask.read_tranches(Q.zip, parts=P): every tranche row computed
           on the workers, counted there (the rows stay where they were made,
           as the CLI's stay in its file);
  csv      vest.dask.to_csv(Q.zip, parts=P, tranches=True): each partition
           written to a tranche CSV by its worker with the engine's own CSV
           writer (the rows never become pandas frames; the CLI's output as a
           folder of part files, checked byte for byte against the CLI's file);
  pandas-csv (--pandas-csv) read_tranches(...).to_csv(...): the same files
           written by pandas on the workers (the path before vest.dask.to_csv);
  gather   the same, the whole tranche frame brought back to the client;
  old      (--old) vest.dask.read_filings with one partition per input, then
           vest.tranches per partition (the path measured before: the footnotes
           read twice, the quarter on one worker).
The cluster is distributed.LocalCluster(n_workers=2, threads_per_worker=1,
processes=True) on 127.0.0.1, a new one for each Dask row, started and warmed
up (vest imported on every worker) off the clock, so that the peak RSS
printed beside the row (each worker's, MB) is that path's alone.

Figures (quiet: /work/helpers/quiet.sh, 2026-12-07 08:55 and 09:07 UTC, 6 rounds,
--zip Q --parts 2 --pandas-csv, 819,700 tranche rows on every path; the load
printed, 3.1-8.0, is the 1-minute average falling from before the stop):
  cli            3.35-3.78 s wall, 6.0-6.6 s CPU, 29 MB
  csv/2          3.43-3.87 s wall, 6.8-7.6 s CPU, the CLI's bytes in every
                 round; worker peak RSS 116 MB each (a worker with vest, pandas
                 and distributed imported and nothing run: ~102 MB)
  pandas-csv/2   5.12-6.57 s wall, 9.9-12.0 s CPU, 273-278 MB (the path before)
  tranches/2     3.29-3.70 s wall (counted on the workers), 273-278 MB
  gather/2       4.66-5.52 s wall, 273-282 MB
(peak RSS from the 09:07 rounds and the first 08:55 round: the 08:55 run's
later rounds read ru_maxrss, inherited from the client.) The machine is shared: compare within a
round, and read the load printed beside it.
"""
import argparse
import os
import pathlib
import sys
import tempfile
import time

from bench_util import BUILD, load_avg, local_cluster, run_measured, write_quarter

sys.path.insert(0, str(BUILD / "python"))

import distributed  # noqa: E402
import pandas as pd  # noqa: E402

import vest  # noqa: E402
import vest.dask  # noqa: E402


def run_cli(zip_path, out):
    wall, cpu, mb = run_measured([str(BUILD / "vest"), "filing", str(zip_path), "--tranches", "--format", "csv"], out)
    rows = sum(1 for _ in open(out)) - 1
    return wall, cpu, mb, rows


def process_cpu():
    return sum(os.times()[:2])  # user + system of the calling process


def timed(f, client):
    """Wall seconds, CPU seconds of the workers + this client (the scheduler runs in this process), result."""
    before = sum(client.run(process_cpu).values()) + process_cpu()
    t0 = time.perf_counter()
    r = f()
    wall = time.perf_counter() - t0
    return wall, sum(client.run(process_cpu).values()) + process_cpu() - before, r


def count_rows(part):
    return pd.DataFrame({"rows": [len(part)]})


class FreshCluster:
    """A new LocalCluster (bench_util.local_cluster) with vest imported on its
    workers, for one row: its workers' peak RSS is that row's alone (Client.restart
    proved unreliable here: restarted workers did not come back)."""

    def __enter__(self):
        self.cluster, client = local_cluster()
        client.run(lambda: __import__("vest.dask") and None)
        return client

    def __exit__(self, *exc):
        distributed.get_client().close()
        self.cluster.close()


def vm_hwm_kb():
    """This process's peak RSS (kB) since it started its program: VmHWM, not
    getrusage's ru_maxrss, which a spawned worker inherits from the process it
    was forked from (here the client, large after a gather)."""
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmHWM:"))


def peak_rss(client):
    """Each worker's peak RSS (MB) since it started, as "a/b"."""
    return "/".join("%.0f" % (kb / 1024) for kb in client.run(vm_hwm_kb).values())


def same_bytes(files, path):
    """True when the files concatenated are the file at `path`, byte for byte."""
    with open(path, "rb") as want:
        for f in files:
            with open(f, "rb") as part:
                while chunk := part.read(1 << 20):
                    if want.read(len(chunk)) != chunk:
                        return False
        return want.read(1) == b""


def old_path(zip_path):
    grants = vest.dask.read_filings([str(zip_path)], parts=1)
    return grants.map_partitions(lambda g: pd.DataFrame({"rows": [len(vest.tranches(g))]}),
                                 meta={"rows": "int64"}).compute().rows.sum()


def main():
    a = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    a.add_argument("--zip", help="a data-set zip (default: bench/gen_quarter.py's quarter, written to a temp folder)")
    a.add_argument("--rounds", type=int, default=3)
    a.add_argument("--parts", default="2,4", help="partitions per data set to try, comma-separated")
    a.add_argument("--old", action="store_true", help="also time the path before read_tranches (slow)")
    a.add_argument("--pandas-csv", action="store_true", help="also time the CSV written by pandas on the workers")
    args = a.parse_args()
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="vest-dask-bench-"))
    zip_path = pathlib.Path(args.zip) if args.zip else tmp / "2031q1_form345.zip"
    if not args.zip:
        print(write_quarter(zip_path))
    parts = [int(p) for p in args.parts.split(",")]
    for r in range(args.rounds):
        line = ["round %d (load %s)" % (r + 1, load_avg())]
        wall, cpu, mb, rows = run_cli(zip_path, tmp / "tranches.csv")
        line.append("cli %.2f s wall, %.2f s CPU, %.0f MB, %d rows" % (wall, cpu, mb, rows))
        for p in parts:
            with FreshCluster() as client:
                ddf = vest.dask.read_tranches(str(zip_path), parts=p)
                t, cpu, counts = timed(lambda: ddf.map_partitions(count_rows, meta={"rows": "int64"}).compute(), client)
                line.append("tranches/%d %.2f s wall, %.2f s CPU (%d rows), %s MB"
                            % (p, t, cpu, counts.rows.sum(), peak_rss(client)))
        with FreshCluster() as client:
            out = tmp / ("csv-%d" % r)
            t, cpu, files = timed(lambda: vest.dask.to_csv(str(zip_path), out / "part-*.csv", parts=parts[0],
                                                           tranches=True, header_first_partition_only=True), client)
            rows = sum(sum(1 for _ in open(f)) for f in files) - 1
            line.append("csv/%d %.2f s wall, %.2f s CPU (%d rows, %s the CLI's bytes), %s MB"
                        % (parts[0], t, cpu, rows, "=" if same_bytes(files, tmp / "tranches.csv") else "NOT",
                           peak_rss(client)))
        if args.pandas_csv:
            with FreshCluster() as client:
                out = tmp / ("pandas-csv-%d" % r)
                t, cpu, _ = timed(lambda: vest.dask.read_tranches(str(zip_path), parts=parts[0]).to_csv(
                    str(out / "part-*.csv"), index=False), client)
                rows = sum(sum(1 for _ in open(f)) - 1 for f in out.glob("part-*.csv"))
                line.append("pandas-csv/%d %.2f s wall, %.2f s CPU (%d rows), %s MB"
                            % (parts[0], t, cpu, rows, peak_rss(client)))
        with FreshCluster() as client:
            t, cpu, frame = timed(lambda: vest.dask.read_tranches(str(zip_path), parts=parts[0]).compute(), client)
            line.append("gather/%d %.2f s wall, %.2f s CPU (%d rows), %s MB"
                        % (parts[0], t, cpu, len(frame), peak_rss(client)))
            del frame
        if args.old:
            with FreshCluster() as client:
                t, cpu, n = timed(lambda: old_path(zip_path), client)
                line.append("old %.2f s wall, %.2f s CPU (%d rows), %s MB" % (t, cpu, n, peak_rss(client)))
        line.append("load after %s" % load_avg())
        print(" | ".join(line), flush=True)


if __name__ == "__main__":
    main()
