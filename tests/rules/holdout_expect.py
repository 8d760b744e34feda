"""Expected schedules for the held-out footnote sets (holdout3, holdout4): the conventions of their
READMEs in one place, computed from the footnote text alone (never from rules/ or engine/ code).

Cumulative round-down over the whole grant (tranche k = floor(N*c_k) - floor(N*c_{k-1}), c_k the exact
cumulative fraction, the last tranche takes the rest, zero tranches dropped); month steps always from the
ORIGINAL anchor with the day clamped to month end. Exact arithmetic only (fractions.Fraction, Decimal).
"""
import calendar, collections, datetime as dt, difflib, glob, json, os, sys
from decimal import Decimal
from fractions import Fraction as F
from math import floor


def D(s): return dt.date.fromisoformat(s)


def rule_days(month_days, after, n, inclusive=False):
    """The first n days of a yearly calendar [(month, day | 'last')] after `after` (on or after if inclusive)."""
    out, y = [], D(after).year
    a = D(after)
    while len(out) < n:
        for m, d in sorted(month_days):
            day = calendar.monthrange(y, m)[1] if d == "last" else d
            x = dt.date(y, m, day)
            if (x >= a if inclusive else x > a) and len(out) < n:
                out.append(x)
        y += 1
    return out


MONTH_ENDS = [(m, "last") for m in range(1, 13)]
QUARTER_ENDS = [(3, "last"), (6, "last"), (9, "last"), (12, "last")]


def addm(d, k):
    y, m = divmod(d.month - 1 + k, 12); y += d.year; m += 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def sched(N, pts):
    """pts: [(date, cumulative Fraction)] -> tranches by cumulative round-down; last takes the rest."""
    out, prev = [], 0
    for i, (d, c) in enumerate(pts):
        cur = N if i == len(pts) - 1 else floor(N * c)
        if cur - prev:
            out.append({"date": d.isoformat(), "shares": cur - prev})
        prev = cur
    return out


def equal(N, anchor, n, step, first_offset):
    """n equal installments at anchor + (first_offset + i*step) months."""
    a = D(anchor)
    return sched(N, [(addm(a, first_offset + i * step), F(i + 1, n)) for i in range(n)])


def cliff_then(N, cliff_date, cliff_frac, n, step, rest_frac=None):
    """cliff_frac on cliff_date, then n installments every `step` months from the cliff date, each
    rest_frac/n (rest_frac defaults to 1 - cliff_frac)."""
    c0 = D(cliff_date)
    rest = (1 - cliff_frac) if rest_frac is None else rest_frac
    pts = [(c0, cliff_frac)] + [(addm(c0, step * k), cliff_frac + rest * F(k, n)) for k in range(1, n + 1)]
    return sched(N, pts)


def cumulative(N, pairs):
    """[(date, fraction of the grant)] in order -> cumulative round-down tranches."""
    acc, pts = F(0), []
    for d, f in pairs:
        acc += f
        pts.append((D(d), acc))
    assert acc == 1
    return sched(N, pts)


def stated(pairs):
    return [{"date": d, "shares": s} for d, s in pairs]


def dates_equal(N, dates):
    """equal shares on each listed date (cumulative round-down)."""
    return sched(N, [(D(d), F(i + 1, len(dates))) for i, d in enumerate(dates)])


def merged(lots):
    """several stated/ratable lots of one holding -> one schedule, same-date tranches summed, sorted by date."""
    acc = {}
    for tr in lots:
        for t in tr:
            acc[t["date"]] = acc.get(t["date"], 0) + t["shares"]
    return [{"date": d, "shares": acc[d]} for d in sorted(acc)]


# The kinds, as the held-out generators name them.
TB, IM, MX, NV, PF, UN = "time_based", "immediate", "mixed", "not_vesting", "performance", "unrecognized"


def lump_then_steps(N, first, f0, anchor, ks):
    """f0 of N on `first`, then the rest in equal parts on anchor + k months for k in ks."""
    ks = list(ks)
    n = len(ks)
    return sched(N, [(D(first), f0)] + [(addm(D(anchor), k), f0 + (1 - f0) * F(i + 1, n)) for i, k in enumerate(ks)])


def iso(days):
    return [d.isoformat() for d in days]


def num(x):
    """JSON number from an int / Decimal string (fractional share counts are stated in some filings)."""
    if isinstance(x, str):
        v = Decimal(x)
        return int(v) if v == v.to_integral_value() else float(v)
    return x


class HeldOut:
    """The lines of one held-out set (ids <prefix>001, <prefix>002, ...) and the checks every set's
    lines pass before the JSONL is written: sizes, unique texts and ids, tranches that sum to the
    grant and run forward, no tranches where none are expected, no grant date on an error line."""

    def __init__(self, prefix, name):
        self.prefix, self.name, self.rows = prefix, name, []

    def add(self, text, kind, tr=(), gd=None, N=None, exp=None, src="", note=None, err=None, ex_imm=False, real=True):
        e = {"kind": kind, "tranches": list(tr)}
        if err:
            e["error"] = err
        if ex_imm:
            e["exercisable_immediately"] = True
        r = {"id": f"{self.prefix}{len(self.rows) + 1:03d}", "text": text}
        if gd: r["grant_date"] = gd
        if N is not None: r["shares"] = num(N)
        if exp: r["expiration"] = exp
        r["expect"] = e
        r["source"] = src if real else f"reconstructed (realistic, written for {self.name}; not a copy of a filing)"
        if note: r["note"] = note
        self.rows.append(r)

    def check(self, lo, hi):
        rows = self.rows
        assert lo <= len(rows) <= hi, len(rows)
        assert len({r["text"] for r in rows}) == len(rows), "duplicate text"
        assert len({r["id"] for r in rows}) == len(rows)
        for r in rows:
            e = r["expect"]
            if e["tranches"] and e["kind"] in ("time_based", "immediate", "mixed"):
                tot = sum(Decimal(str(t["shares"])) for t in e["tranches"])
                if e["kind"] != "mixed":
                    assert tot == Decimal(str(r["shares"])), (r["id"], tot, r["shares"])
                assert all(t["shares"] > 0 for t in e["tranches"]), r["id"]
                ds = [t["date"] for t in e["tranches"]]
                assert ds == sorted(ds) and len(set(ds)) == len(ds), r["id"]
            if e["kind"] in ("not_vesting", "performance", "unrecognized"):
                assert not e["tranches"], r["id"]
            if e.get("error"):
                assert not e["tranches"] and "grant_date" not in r, r["id"]
            if e["kind"] in ("time_based", "immediate") and not e.get("error"):
                assert e["tranches"] and "shares" in r, r["id"]

    def check_fresh(self, here, limit, verbose=False):
        """No line may be `limit` or more similar (difflib ratio) to a line of the dev corpus or of another
        held-out set: a held-out line must be new. Skipped when the dev corpus is absent."""
        dev = "/work/shared/corpus/footnotes-dev.jsonl"
        if not os.path.exists(dev):
            return
        others = []
        for p in [dev] + sorted(glob.glob(os.path.join(here, "..", "holdout*", "footnotes-*.jsonl"))):
            if os.path.abspath(p).startswith(here + os.sep):
                continue
            with open(p) as fh:
                others += [json.loads(l)["text"] for l in fh if l.strip()]
        bad = []
        for r in self.rows:
            best = max(difflib.SequenceMatcher(None, r["text"], o).ratio() for o in others)
            if verbose:
                print(r["id"], round(best, 3), r["text"][:60])
            if best >= limit:
                bad.append((r["id"], round(best, 3)))
        assert not bad, bad

    def check_fresh_beside_labelled_and_paraphrases(self, here, limit=0.9):
        """The written sets (holdout17 on) are also new beside the labelled corpus and the paraphrases, which
        check_fresh does not read (older sets hold real footnotes that are in the labelled corpus too)."""
        extra = ["/work/shared/corpus/footnotes-labelled.jsonl"] + sorted(glob.glob(os.path.join(here, "..", "paraphrases", "*.jsonl")))
        others = [json.loads(l)["text"] for p in extra if os.path.exists(p) for l in open(p) if l.strip()]
        close = [(r["id"], o[:60]) for r in self.rows for o in others
                 if difflib.SequenceMatcher(None, r["text"], o).ratio() >= limit]
        assert not close, close

    def write(self, path):
        with open(path, "w") as f:
            for r in self.rows:
                f.write(json.dumps(r) + "\n")

    def finish(self, here, lo, hi):
        """The tail every set's script shares: the checks (lo..hi lines), the freshness check (`-v` on the
        command line prints each line's nearest similarity), footnotes-<name>.jsonl written beside the
        script, and the count of lines per expected kind."""
        self.check(lo, hi)
        self.check_fresh(here, 0.9, verbose="-v" in sys.argv)
        self.write(os.path.join(here, f"footnotes-{self.name}.jsonl"))
        print(len(self.rows), dict(collections.Counter(r["expect"]["kind"] for r in self.rows)))
