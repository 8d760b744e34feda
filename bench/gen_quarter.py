#!/usr/bin/python3
"""Writes a synthetic SEC insider-transactions data set (the FORM345 zip of one
quarter) of realistic size: by default 60,000 filings and about 160,000
footnotes, drawn from the phrasings of the shared corpora with varied dates and
share counts.

    bench/gen_quarter.py -o /tmp/2031q1_form345.zip [--filings 60000] [--seed 1]

Each filing is a Form 4 with one reporting owner and one to three award rows
(code A: stock, RSUs, or an option in Table II with an exercise price and an
expiration), each row referencing its vesting footnote on TRANS_SHARES_FN (a
derivative row on EXCERCISE_DATE_FN); most filings add a non-vesting footnote
(weighted-average prices, tax withholding) and a withholding row (code F).
Footnote texts come from ../shared/corpus (dev and labelled lines); every
year in a text and in its row is shifted by one random offset, so each filing
states a consistent, different schedule. The table headers are those of
tests/filings/fixtures/dataset (the SEC's column names), written as TSV into
the zip, so `vest filing` reads it as it reads a real quarter.
"""
import argparse
import datetime
import io
import json
import pathlib
import random
import re
import zipfile

ROOT = pathlib.Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "filings" / "fixtures" / "dataset"
CORPUS = ROOT.parent / "shared" / "corpus"
TABLES = ["SUBMISSION", "REPORTINGOWNER", "NONDERIV_TRANS", "NONDERIV_HOLDING", "DERIV_TRANS", "DERIV_HOLDING",
          "FOOTNOTES"]
YEAR = re.compile(r"\b(19[89]\d|20[0-4]\d)\b")
MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
NAMES = ["Smith", "Johnson", "Lee", "Garcia", "Chen", "Patel", "Nguyen", "Brown", "Kim", "Muller", "Rossi", "Silva"]
FIRST = ["Anna", "Ben", "Carla", "David", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jon", "Kemal", "Lucia"]


def headers():
    return {t: (FIXTURE / (t + ".tsv")).read_text().splitlines()[0].split("\t") for t in TABLES}


def corpus():
    lines = []
    for name in ("footnotes-dev.jsonl", "footnotes-labelled.jsonl"):
        for line in (CORPUS / name).read_text().splitlines():
            if line.strip():
                lines.append(json.loads(line))
    vesting = [l for l in lines if (l.get("expect") or {}).get("kind") != "not_vesting" and l.get("grant_date")]
    other = [l["text"] for l in lines if (l.get("expect") or {}).get("kind") == "not_vesting"]
    return vesting, other


def shift_years(text, delta):
    return YEAR.sub(lambda m: str(int(m.group(1)) + delta), text)


def sec_date(iso):
    d = datetime.date.fromisoformat(iso)
    return "%02d-%s-%d" % (d.day, MONTHS[d.month - 1], d.year)


def shifted(iso, delta):
    d = datetime.date.fromisoformat(iso)
    try:
        return d.replace(year=d.year + delta).isoformat()
    except ValueError:  # Feb 29
        return d.replace(year=d.year + delta, day=28).isoformat()


def row(header, values):
    return "\t".join(str(values.get(c, "")).replace("\t", " ").replace("\n", " ") for c in header)


def generate(out, filings, seed, split=1):
    """Writes `out` (or, with split K, K zips out-1.zip ... out-K.zip holding
    consecutive slices of the same filings)."""
    rnd = random.Random(seed)
    h = headers()
    vesting, other = corpus()
    parts = []
    for _ in range(split):
        part = {t: io.StringIO() for t in TABLES}
        for t in TABLES:
            part[t].write("\t".join(h[t]) + "\n")
        parts.append(part)
    footnotes = 0
    for n in range(filings):
        buffers = parts[n * split // filings]
        accession = "%010d-31-%06d" % (1000000 + n % 5000, n)
        issuer_cik = "%010d" % (2000000 + n % 3000)
        delta = rnd.randint(-6, 6)
        rows = rnd.choice([1, 1, 2, 2, 3, 3])
        notes = []
        period = None
        for k in range(rows):
            src = rnd.choice(vesting)
            fid = "F%d" % (len(notes) + 1)
            notes.append((fid, shift_years(src["text"], delta)))
            grant = shifted(src["grant_date"], delta)
            period = period or grant
            shares = rnd.choice([rnd.randint(1, 2000) * 25, rnd.randint(100, 500000), src.get("shares") or 1000])
            values = {"ACCESSION_NUMBER": accession, "TRANS_DATE": sec_date(grant), "TRANS_FORM_TYPE": "4",
                      "TRANS_CODE": "A", "EQUITY_SWAP_INVOLVED": "0", "TRANS_SHARES": shares,
                      "TRANS_PRICEPERSHARE": "0", "TRANS_ACQUIRED_DISP_CD": "A",
                      "SHRS_OWND_FOLWNG_TRANS": int(float(shares)) + rnd.randint(0, 100000),
                      "DIRECT_INDIRECT_OWNERSHIP": "D"}
            if src.get("expiration"):
                values.update({"SECURITY_TITLE": "Stock Option (right to buy)", "DERIV_TRANS_SK": k + 1,
                               "CONV_EXERCISE_PRICE": "%d.%02d" % (rnd.randint(1, 300), rnd.randint(0, 99)),
                               "EXPIRATION_DATE": sec_date(shifted(src["expiration"], delta)),
                               "EXCERCISE_DATE_FN": fid, "UNDLYNG_SEC_TITLE": "Common Stock",
                               "UNDLYNG_SEC_SHARES": shares, "TRANS_SHARES_FN": fid})
                buffers["DERIV_TRANS"].write(row(h["DERIV_TRANS"], values) + "\n")
            else:
                values.update({"SECURITY_TITLE": rnd.choice(["Common Stock", "Restricted Stock Units",
                                                             "Class A Common Stock"]),
                               "NONDERIV_TRANS_SK": k + 1, "TRANS_SHARES_FN": fid})
                buffers["NONDERIV_TRANS"].write(row(h["NONDERIV_TRANS"], values) + "\n")
        if other and rnd.random() < 0.7:
            fid = "F%d" % (len(notes) + 1)
            notes.append((fid, shift_years(rnd.choice(other), delta)))
            buffers["NONDERIV_TRANS"].write(row(h["NONDERIV_TRANS"], {
                "ACCESSION_NUMBER": accession, "NONDERIV_TRANS_SK": rows + 1, "SECURITY_TITLE": "Common Stock",
                "TRANS_DATE": sec_date(period), "TRANS_FORM_TYPE": "4", "TRANS_CODE": "F", "EQUITY_SWAP_INVOLVED": "0",
                "TRANS_SHARES": rnd.randint(10, 5000), "TRANS_PRICEPERSHARE": "%d.%02d" % (rnd.randint(1, 300), 50),
                "TRANS_PRICEPERSHARE_FN": fid, "TRANS_ACQUIRED_DISP_CD": "D",
                "SHRS_OWND_FOLWNG_TRANS": rnd.randint(1000, 90000), "DIRECT_INDIRECT_OWNERSHIP": "D"}) + "\n")
        for fid, text in notes:
            buffers["FOOTNOTES"].write(row(h["FOOTNOTES"], {"ACCESSION_NUMBER": accession, "FOOTNOTE_ID": fid,
                                                            "FOOTNOTE_TXT": text}) + "\n")
        footnotes += len(notes)
        buffers["SUBMISSION"].write(row(h["SUBMISSION"], {
            "ACCESSION_NUMBER": accession, "FILING_DATE": sec_date(period), "PERIOD_OF_REPORT": sec_date(period),
            "DOCUMENT_TYPE": "4", "ISSUERCIK": issuer_cik, "ISSUERNAME": "Issuer %d Inc" % (n % 3000),
            "ISSUERTRADINGSYMBOL": "T%04d" % (n % 3000)}) + "\n")
        buffers["REPORTINGOWNER"].write(row(h["REPORTINGOWNER"], {
            "ACCESSION_NUMBER": accession, "RPTOWNERCIK": "%010d" % (3000000 + n % 40000),
            "RPTOWNERNAME": "%s %s" % (rnd.choice(NAMES), rnd.choice(FIRST)),
            "RPTOWNER_RELATIONSHIP": rnd.choice(["Officer", "Director", "Director,Officer"]),
            "RPTOWNER_TITLE": rnd.choice(["CEO", "CFO", "EVP", "General Counsel", ""])}) + "\n")
    out = pathlib.Path(out)
    for i, part in enumerate(parts):
        name = out if split == 1 else out.with_name("%s-%d%s" % (out.stem, i + 1, out.suffix))
        with zipfile.ZipFile(name, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as z:
            for t in TABLES:
                z.writestr(t + ".tsv", part[t].getvalue())
    return filings, footnotes


def main():
    a = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    a.add_argument("-o", "--output", required=True)
    a.add_argument("--filings", type=int, default=60000)
    a.add_argument("--seed", type=int, default=1)
    a.add_argument("--split", type=int, default=1, help="write K zips (OUT-1.zip ...) of consecutive filings")
    args = a.parse_args()
    n, f = generate(args.output, args.filings, args.seed, args.split)
    print("%s: %d filings, %d footnotes" % (args.output, n, f))


if __name__ == "__main__":
    main()
