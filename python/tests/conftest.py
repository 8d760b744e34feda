"""Shared fixtures: the `vest` binary (to compare with the CLI) and the shared data."""
import os
import pathlib
import shutil
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


def vest_binary():
    path = os.environ.get("VEST_BINARY") or str(ROOT / "build" / "vest")
    if not os.path.exists(path):
        pytest.skip("the vest binary is not built (VEST_BINARY)")
    return path


def run_vest(*args, input=None, check=True):
    """The CLI's stdout (exit status 1 means some input was bad: still a result)."""
    p = subprocess.run([vest_binary(), *map(str, args)], input=input, capture_output=True, text=True)
    if check and p.returncode not in (0, 1):
        raise AssertionError("vest %s: %s" % (" ".join(map(str, args)), p.stderr))
    return p.stdout


@pytest.fixture(scope="session")
def shared():
    if not SHARED.exists():
        pytest.skip("../shared is not here")
    return SHARED


@pytest.fixture(scope="session")
def small_quarter(tmp_path_factory):
    """A synthetic data-set zip of 300 filings (bench/gen_quarter.py), for splitting a data set into parts."""
    if not SHARED.exists():
        pytest.skip("../shared is not here")
    path = tmp_path_factory.mktemp("quarter") / "small_form345.zip"
    subprocess.run(["/usr/bin/python3", str(ROOT / "bench" / "gen_quarter.py"), "-o", str(path), "--filings", "300",
                    "--seed", "4"], check=True, capture_output=True)
    return path


@pytest.fixture()
def fractional_data_set(tmp_path):
    """The data-set fixture with a fractional award (58824.5 shares), as a folder."""
    folder = tmp_path / "fractional"
    shutil.copytree(ROOT / "tests" / "filings" / "fixtures" / "dataset", folder)
    table = folder / "NONDERIV_TRANS.tsv"
    table.write_text(table.read_text().replace("\t58824\t", "\t58824.5\t"))
    return folder
