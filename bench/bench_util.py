"""What the Python benchmarks share: where the build is, the load beside each figure, one process
measured by /usr/bin/time, the synthetic quarter, and a 2-worker Dask LocalCluster."""
import os
import pathlib
import subprocess
import sys
import tempfile
import time
import warnings

ROOT = pathlib.Path(__file__).resolve().parents[1]
BUILD = pathlib.Path(os.environ.get("VEST_BUILD", ROOT / "build"))


def load_avg():
    return "%.1f" % os.getloadavg()[0]


def run_measured(cmd, stdout):
    """Wall seconds, CPU seconds (user + system) and peak RSS (MB) of one process, by /usr/bin/time
    (the rusage of a child forked from this Python would count the fork's pages too)."""
    with tempfile.NamedTemporaryFile("r") as times, open(stdout, "w") as out:
        t0 = time.perf_counter()
        p = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", "-o", times.name] + cmd, stdout=out,
                           stderr=subprocess.DEVNULL)
        wall = time.perf_counter() - t0
        if p.returncode not in (0, 1):
            raise RuntimeError("%s failed: %d" % (cmd, p.returncode))
        user, system, kb = times.read().split()
    return wall, float(user) + float(system), int(kb) / 1024


def write_quarter(path, *options):
    """bench/gen_quarter.py's synthetic quarter written to `path`; returns what it printed."""
    return subprocess.run([sys.executable, str(ROOT / "bench" / "gen_quarter.py"), "-o", str(path)] + list(options),
                          capture_output=True, text=True, check=True).stdout.strip()


def local_cluster():
    """A 2-worker, 1-thread-each LocalCluster on 127.0.0.1 (processes) and its client; close both."""
    import distributed
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # (the cluster's start-up warnings say nothing about vest)
        cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                           dashboard_address=None)
        client = distributed.Client(cluster)
    return cluster, client
