#!/usr/bin/python3
"""Python-layer benchmarks beside the C++ ones (pytest-benchmark is not in Debian).

    PYTHONPATH=build/python bench/python_bench.py [--rounds 3] [--skip-portfolio] [--skip-quarter]

1. parse_many over the dev corpus (48 footnotes, repeated to 24,000 rows) per
   footnote, interleaved with `rules_bench --benchmark_filter=BM_Interpret_Corpus$`
   (one core); target: within 1.5x of the C++ figure per footnote.
2. Portfolio.as_of on 10M grants (the generator's 1M-grant book loaded ten times,
   as bench/portfolio_bench.cpp repeats it) interleaved with
   `portfolio_bench --benchmark_filter=BM_AsOf_Portfolio/10$`; target: within 1.2x.
3. A synthetic quarter (bench/gen_quarter.py: 60,000 filings) through
   `vest filing --tranches --format csv` with --threads 1 and every core (wall
   time, CPU time, peak memory)
   and through vest.dask.read_filings + vest.tranches on a 2-worker LocalCluster.
Each round prints wall times; the machine is shared, so compare within a round.

Where parse_many's time went (2026-12-07, branch pyspeed; load 7-10 throughout, so
the decisions rest on perf samples and callgrind counts, which do not depend on it):
- What is measured is the same: the 48 dev footnotes with grant date and shares
  (this script passed expirations too until then; the C++ bench does not: no
  measurable difference), no explain, no JSON. parse_many does more per footnote
  by contract: it reads the context from text (parse_iso_date, Amount::parse;
  ~1% of its time), keeps each footnote's answer (tranches with cumulative
  sums, conditions, warnings, errors) and builds pandas frames from it.
- The engine runs the same in the module as in rules_bench: `perf record -e
  cpu-clock` samples of every vest::rules/engine function agree within a few %.
- Before: per 24,000 footnotes, the frame step (pandas) took 2.8 us/footnote of
  CPU: object columns came out of C++ as lists, so pandas ran numpy.array over
  each and then copied every column into its blocks. And the share columns of
  the tranche table were lists of 143,000 Python ints (one fractional grant in
  the corpus makes the column exact objects): with them the interpreter's
  arenas were freed and mapped again on every call, ~6,000 page faults per call
  (0.25/footnote, 1.3-2 us/footnote of system time in a paravirtualised VM where
  a fault is expensive), and ~1,900 cpu-clock samples of int allocation/free
  per 288,000 footnotes.
- Now: object columns are object ndarrays filled in C++ (pandas takes them as
  they are, frames are built with copy=False), a repeated share int is one
  object, input cells are read as views, the engine's static libraries are
  linked into the module with --exclude-libs,ALL (no PLT between them). Frame
  step 2.8 -> 0.2 us/footnote; steady-state page faults per call 6,000 -> 0;
  whole-process instructions per footnote (callgrind, dev x21 minus dev x1,
  two calls each) 82.2k -> 72.3k, of which rules::interpret 59.5k, against
  56.0k per interpret in rules_bench (1.47x -> 1.29x). perf samples per
  footnote, each process's total over its engine samples: 1.37x -> 1.25x
  (1.27x after merging main). CPU time, interleaved rounds: medians 1.59-1.89x
  -> 1.21-1.35x at load 7-10 (see README, Python section).
- What is left (perf, per 100 samples of engine code; rules_bench has ~11 of
  libc malloc/memmove/free, parse_many ~41: the Python interpreter 15 (making
  and freeing the result's objects: 48,000 per-row lists, Fractions, arrays;
  the cyclic GC is not it: gc.disable() changes nothing measurable), malloc/free
  7.4, the binding 5.8, libc memory 3.8, TLS 3.5, kernel 3.4): interpret_row 3.5 (copying the
  answer into the batch buffers), __tls_get_addr 2.8 (the engine's
  thread_local scratch through the general-dynamic TLS model of a dlopen'ed
  module: 42 call sites in build_resolved, 19 in each of allocate_exact and
  expand_segments, whose IPA clones re-derive the address; -mtls-dialect=gnu2
  for the module build would turn these into TLS-descriptor calls, not tried:
  it recompiles every library), the Python objects of the previous result
  being freed (48,000 per-row lists, object arrays) ~4, the columns 1.3.
- The first call of a process pays page faults for the heap and arenas
  (0.5/footnote, ~5 us/footnote of system time); a fresh worker thread of an
  all-cores call starts with cold thread_local scratch.
"""
import argparse
import decimal
import json
import pathlib
import subprocess
import tempfile
import time

import pandas as pd

import vest
from bench_util import BUILD, ROOT, load_avg, local_cluster, run_measured, write_quarter

CORPUS = ROOT.parent / "shared" / "corpus" / "footnotes-dev.jsonl"


def cpp_benchmark(binary, pattern):
    out = subprocess.run([str(BUILD / "bench" / binary), "--benchmark_filter=" + pattern, "--benchmark_format=json"],
                         capture_output=True, text=True, check=True, cwd=BUILD).stdout  # rules_bench finds ../../shared
    return json.loads(out)["benchmarks"]


def bench_parse_many(rounds):
    lines = [json.loads(l, parse_float=decimal.Decimal) for l in CORPUS.read_text().splitlines() if l.strip()]
    # The C++ bench's context: grant date and shares (rules_bench.cpp load() reads no expiration).
    frame = pd.DataFrame(lines * 500)[["text", "grant_date", "shares"]].astype(object)
    frame = frame.where(frame.notna(), None)
    print("== parse_many: %d footnotes (dev corpus x500) vs BM_Interpret_Corpus (48 per iteration, one core)"
          % len(frame))
    # The first call of a process runs on cold memory (the heap, the interpreter's scratch and the batch
    # buffers are mapped then); Google Benchmark's figure is a warm loop, so the rounds compare warm calls
    # and the first call is shown on its own.
    t0, c0 = time.perf_counter(), time.process_time()
    vest.parse_many(frame, threads=1)
    print("  first call in the process, 1 thread (load %s): %.2f us/footnote wall, %.2f CPU"
          % (load_avg(), (time.perf_counter() - t0) / len(frame) * 1e6, (time.process_time() - c0) / len(frame) * 1e6))
    for r in range(rounds):
        b = cpp_benchmark("rules_bench", "BM_Interpret_Corpus$")[0]
        unit = {"ns": 1e-3, "us": 1, "ms": 1e3}[b["time_unit"]]
        cpp_wall, cpp_cpu = b["real_time"] / 48 * unit, b["cpu_time"] / 48 * unit
        wall, cpu = {}, {}
        for threads in (1, 0):
            t0, c0 = time.perf_counter(), time.process_time()
            vest.parse_many(frame, threads=threads)
            wall[threads] = (time.perf_counter() - t0) / len(frame) * 1e6
            cpu[threads] = (time.process_time() - c0) / len(frame) * 1e6
        print("  round %d (load %s): C++ %.2f us/footnote wall, %.2f CPU | parse_many 1 thread %.2f wall (%.2fx), "
              "%.2f CPU (%.2fx) | all cores %.2f wall (%.2fx)"
              % (r + 1, load_avg(), cpp_wall, cpp_cpu, wall[1], wall[1] / cpp_wall, cpu[1], cpu[1] / cpp_cpu,
                 wall[0], wall[0] / cpp_wall))


def bench_portfolio(rounds, tmp):
    book = tmp / "book1m.csv"
    subprocess.run([str(BUILD / "vest"), "gen-portfolio", "--grants", "1000000", "--seed", "1", "-o", str(book)],
                   check=True, capture_output=True)
    t0 = time.perf_counter()
    p = vest.Portfolio.from_csv([book] * 10)
    print("== Portfolio.as_of: %d grants (loaded in %.1f s) vs BM_AsOf_Portfolio/10M" % (len(p), time.perf_counter() - t0))
    for r in range(rounds):
        b = cpp_benchmark("portfolio_bench", "BM_AsOf_Portfolio/10")[0]
        unit = {"ns": 1e-6, "us": 1e-3, "ms": 1}[b["time_unit"]]
        cpp_ms = b["real_time"] * unit
        times = []
        for _ in range(5):
            t0 = time.perf_counter()
            p.as_of("2025-06-30")
            times.append((time.perf_counter() - t0) * 1e3)
        best = min(times)
        print("  round %d (load %s): C++ %.1f ms wall; Portfolio.as_of best of 5 %.1f ms (%.2fx), median %.1f ms"
              % (r + 1, load_avg(), cpp_ms, best, best / cpp_ms, sorted(times)[2]))


def bench_quarter(rounds, tmp):
    zip_path = tmp / "2031q1_form345.zip"
    out = write_quarter(zip_path)
    write_quarter(tmp / "half.zip", "--split", "2")
    print("== quarter: " + out)
    cluster, client = local_cluster()
    import vest.dask
    try:
        for r in range(rounds):
            csv_path = tmp / "tranches.csv"
            runs = {}
            for threads in (1, 0):
                runs[threads] = run_measured([str(BUILD / "vest"), "filing", str(zip_path), "--tranches", "--format",
                                              "csv", "--threads", str(threads)], csv_path)
            rows = sum(1 for _ in open(csv_path)) - 1
            t0 = time.perf_counter()
            counts = vest.dask.read_filings([zip_path]).map_partitions(
                lambda g: pd.DataFrame({"n": [len(vest.tranches(g))], "grants": [len(g)]})).compute()
            one = time.perf_counter() - t0
            t0 = time.perf_counter()
            counts2 = vest.dask.read_filings([tmp / "half-1.zip", tmp / "half-2.zip"]).map_partitions(
                lambda g: pd.DataFrame({"n": [len(vest.tranches(g))], "grants": [len(g)]})).compute()
            two = time.perf_counter() - t0
            print("  round %d (load %s): vest filing --tranches --format csv: 1 thread %.2f s wall, %.2f s CPU, "
                  "peak RSS %.0f MB; every core %.2f s wall, %.2f s CPU, peak RSS %.0f MB; %d tranche rows;"
                  " vest.dask (1 zip, 1 partition) %.2f s, %d rows; (2 half zips on 2 workers) %.2f s, %d rows"
                  % ((r + 1, load_avg()) + runs[1] + runs[0] + (rows, one, counts.n.sum(), two, counts2.n.sum())))
    finally:
        client.close()
        cluster.close()


def main():
    a = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    a.add_argument("--rounds", type=int, default=3)
    a.add_argument("--skip-parse", action="store_true")
    a.add_argument("--skip-portfolio", action="store_true")
    a.add_argument("--skip-quarter", action="store_true")
    args = a.parse_args()
    with tempfile.TemporaryDirectory() as d:
        tmp = pathlib.Path(d)
        if not args.skip_parse:
            bench_parse_many(args.rounds)
        if not args.skip_quarter:
            bench_quarter(args.rounds, tmp)
        if not args.skip_portfolio:
            bench_portfolio(args.rounds, tmp)


if __name__ == "__main__":
    main()
