"""The Python examples run on the shared filings and give the engine's numbers."""
import os
import subprocess
import sys

from conftest import ROOT

EXAMPLES = ROOT / "examples" / "python"


def run(script, *args):
    env = dict(os.environ)
    p = subprocess.run([sys.executable, str(EXAMPLES / script), *map(str, args)], capture_output=True, text=True,
                       env=env, cwd=ROOT)
    return p.returncode, p.stdout, p.stderr


def test_vesting_soon_on_the_seed_filings(shared):
    code, out, err = run("vesting_soon.py", shared / "seeds", "--issuer", "sonus", "--as-of", "2015-06-30")
    assert code == 0, err
    # The seed option vests 1/48 of 200,000 monthly (4,166 or 4,167 shares) on the 16th: July, August, September.
    assert "Stock Option" in out and "12500" in out.replace(",", "")


def test_vesting_soon_with_nobody(shared):
    code, out, err = run("vesting_soon.py", shared / "seeds", shared / "corpus" / "form4-xml",
                         "--issuer", "no such issuer", "--as-of", "2015-06-30")
    assert code == 0 and "nobody" in out, err


def test_book_by_issuer():
    code, out, err = run("book_by_issuer.py", EXAMPLES / "book.csv", "--as-of", "2025-06-30")
    assert code == 0, err
    assert "Sonus Networks" in out and "Acme Corp" in out and "(total)" in out
