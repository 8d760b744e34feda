#!/usr/bin/python3
"""Writes the `vest filing` cases of the bad-input corpus (tests/badinput/filing-*/):
one small input per class of hostile or broken filing, and its case.json
(expected exit, error code on stderr, good records that must still come out).
Run from the repository root after changing a case; the outputs are committed
(zips are a few KB, written here rather than kept as opaque fixtures).

    tests/badinput/make_filing_cases.py
"""
import io
import json
import os
import shutil
import zipfile

ROOT = "tests/badinput"
FIXTURE = "tests/filings/fixtures"
TABLES = ["SUBMISSION", "REPORTINGOWNER", "NONDERIV_TRANS", "NONDERIV_HOLDING", "DERIV_TRANS", "DERIV_HOLDING", "FOOTNOTES"]

FORM4 = """<?xml version="1.0"?>
<ownershipDocument>
<documentType>4</documentType>
<issuer><issuerCik>0000123456</issuerCik><issuerName>{issuer}</issuerName><issuerTradingSymbol>ACME</issuerTradingSymbol></issuer>
<reportingOwner><reportingOwnerId><rptOwnerName>Doe Jane</rptOwnerName></reportingOwnerId>
<reportingOwnerRelationship><isOfficer>1</isOfficer></reportingOwnerRelationship></reportingOwner>
<nonDerivativeTable><nonDerivativeTransaction>
<securityTitle><value>Common Stock</value></securityTitle>
<transactionDate><value>2020-01-15</value></transactionDate>
<transactionCoding><transactionCode>A</transactionCode></transactionCoding>
<transactionAmounts><transactionShares><value>{shares}</value>{extra}<footnoteId id="F1"/></transactionShares>
<transactionAcquiredDisposedCode><value>A</value></transactionAcquiredDisposedCode></transactionAmounts>
</nonDerivativeTransaction></nonDerivativeTable>
<footnotes><footnote id="F1">{footnote}</footnote></footnotes>
</ownershipDocument>
"""
SCHEDULE = "The shares vest in four equal annual installments beginning on January 15, 2021."


def form4(issuer="Acme Inc", shares="4000", extra="", footnote=SCHEDULE):
    return FORM4.format(issuer=issuer, shares=shares, extra=extra, footnote=footnote)


def table(name):
    with open(f"{FIXTURE}/dataset/{name}.tsv", encoding="utf-8") as f:
        return f.read()


def case(name, files, args, exit_code, error_code=None, stderr=(), stdout=(), valid_json=True):
    d = os.path.join(ROOT, name)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    for rel, content in files.items():
        path = os.path.join(d, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if isinstance(content, tuple) and content[0] == "symlink":
            os.symlink(content[1], path)
            continue
        with open(path, "wb") as f:
            f.write(content if isinstance(content, bytes) else content.encode("utf-8", "surrogateescape"))
    spec = {"args": args, "exit": exit_code, "error_code": error_code, "stderr_contains": list(stderr),
            "stdout_contains": list(stdout), "stdout_valid_json": valid_json}
    with open(os.path.join(d, "case.json"), "w") as f:
        json.dump(spec, f, indent=2)
        f.write("\n")


def zip_bytes(members, compress=zipfile.ZIP_DEFLATED):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", compression=compress) as z:
        for name, content in members:
            z.writestr(name, content)
    return b.getvalue()


def dataset_files(folder="dataset", change=None):
    files = {}
    for t in TABLES:
        content = table(t)
        if change and t in change:
            content = change[t](content)
        files[f"{folder}/{t}.tsv"] = content
    return files


def drop_column(tsv, column):
    lines = tsv.split("\n")
    idx = lines[0].split("\t").index(column)
    return "\n".join("\t".join(c for i, c in enumerate(line.split("\t")) if i != idx) if line else line for line in lines)


JSON = ["--format", "json"]
XML_ARGS = ["filing", "{dir}/input.xml"] + JSON
DS_ARGS = ["filing", "{dir}/dataset"] + JSON
ZIP_ARGS = ["filing", "{dir}/input.zip"] + JSON

# --- classes fixed in issue 12 -------------------------------------------------
case("filing-invalid-utf8-xml", {"input.xml": form4(issuer="Acme\udcff Inc").encode("utf-8", "surrogateescape")},
     XML_ARGS, 0, None, [], ["invalid_utf8", "Acme\ufffd Inc", '"shares":1000'])
case("filing-invalid-utf8-dataset",
     {**dataset_files(change={"SUBMISSION": lambda s: s.replace("SONUS", "SONUS\udcfe")})},
     DS_ARGS, 0, None, [], ["invalid_utf8", "SONUS\ufffd NETWORKS", "374Water"])
case("filing-invalid-utf8-pdf-text",
     {"input.txt": open("../shared/seeds/form4-sonus-2013-12-16-option.txt", encoding="utf-8").read().replace("vests", "vests\udcc0", 1).encode("utf-8", "surrogateescape")},
     ["filing", "{dir}/input.txt"] + JSON, 0, None, [], ["invalid_utf8", "SONUS"])
case("filing-xml-deep-nesting", {"input.xml": form4(extra="<a>" * 300 + "</a>" * 300)},
     XML_ARGS, 1, "xml_too_deep", ["input.xml:11", "--max-xml-depth"], ['"errors"'])
case("filing-xml-unreadable-shares", {"input.xml": form4(shares="1e400")},
     XML_ARGS, 1, "unreadable_shares", ["input.xml:11", "transactionShares"], ['"kind":"unrecognized"'])
case("filing-xml-nan-shares", {"input.xml": form4(shares="NaN")},
     XML_ARGS, 1, "unreadable_shares", ["transactionShares"], ['"kind":"unrecognized"'])
case("filing-dataset-missing-column", dataset_files(change={"NONDERIV_TRANS": lambda s: drop_column(s, "TRANS_SHARES")}),
     DS_ARGS, 1, "missing_column", ["NONDERIV_TRANS.tsv", "TRANS_SHARES"], ["374Water", "Stock options"])
case("filing-dataset-missing-footnote-text", dataset_files(change={"FOOTNOTES": lambda s: drop_column(s, "FOOTNOTE_TXT")}),
     DS_ARGS, 1, "missing_column", ["FOOTNOTES.tsv", "FOOTNOTE_TXT"], ["374Water"])
zip_members = [(f"q1/{t}.tsv", table(t)) for t in TABLES] + [("old/submission.TSV", table("SUBMISSION"))]
case("filing-zip-duplicate-table", {"input.zip": zip_bytes(zip_members)},
     ZIP_ARGS, 1, "duplicate_table", ["q1/SUBMISSION.tsv", "old/submission.TSV"], ["374Water", "SONUS"])
case("filing-zip-bomb", {"input.zip": zip_bytes([(f"{t}.tsv", table(t)) for t in TABLES] + [("OWNER_SIGNATURE.tsv", "A" * 2_000_000)])},
     ZIP_ARGS + ["--zip-max-member-bytes", "1000000"], 1, "zip_member_too_large", ["OWNER_SIGNATURE.tsv", "--zip-max-member-bytes"], ["374Water", "SONUS"])
case("filing-zip-total-cap", {"input.zip": zip_bytes([(f"{t}.tsv", table(t)) for t in TABLES])},
     ZIP_ARGS + ["--zip-max-total-bytes", "3000"], 1, "zip_too_large", ["--zip-max-total-bytes"], [])
case("filing-dataset-huge-row",
     dataset_files(change={"FOOTNOTES": lambda s: s.rstrip("\n") + "\n0001209191-13-011234\tF9\t" + "x" * 5000 + "\n"}),
     DS_ARGS + ["--max-row-bytes", "2000"], 1, "row_too_long", ["FOOTNOTES.tsv:", "--max-row-bytes"], ["374Water", "SONUS"])
case("filing-dataset-error-flood",
     dataset_files(change={"FOOTNOTES": lambda s: s.rstrip("\n") + "\n" + "broken\n" * 300}),
     DS_ARGS, 1, "too_many_errors", ["200 more row errors"], ["374Water", "SONUS"])
case("filing-symlink-loop", {"input/a.xml": form4(), "input/self1": ("symlink", "."), "input/self2": ("symlink", ".")},
     ["filing", "{dir}/input"] + JSON, 0, None, ["link_loop"], ['"shares":1000'])

# --- classes that already held before issue 12 ------------------------------------
LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
"""
case("filing-billion-laughs", {"input.xml": LAUGHS + form4(issuer="&lol9;").split("\n", 1)[1]},
     XML_ARGS, 0, None, [], ['"shares":1000'])
XXE = '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
case("filing-xxe", {"input.xml": XXE + form4(issuer="&xxe;").split("\n", 1)[1]},
     XML_ARGS, 0, None, [], ['"shares":1000'])
case("filing-zip-path-traversal", {"input.zip": zip_bytes([(f"../../../tmp/{t}.tsv", table(t)) for t in TABLES])},
     ZIP_ARGS, 0, None, [], ["374Water", "SONUS"])
case("filing-crlf-xml", {"input.xml": form4().replace("\n", "\r\n")}, XML_ARGS, 0, None, [], ['"shares":1000'])
case("filing-crlf-dataset", dataset_files(change={t: (lambda s: s.replace("\n", "\r\n")) for t in TABLES}),
     DS_ARGS, 0, None, [], ["374Water", "SONUS"])
case("filing-bom-xml", {"input.xml": "\ufeff" + form4()}, XML_ARGS, 0, None, [], ['"shares":1000'])
case("filing-bom-dataset", dataset_files(change={t: (lambda s: "\ufeff" + s) for t in TABLES}),
     DS_ARGS, 0, None, [], ["374Water", "SONUS"])
case("filing-truncated-xml", {"input.xml": form4()[:700]}, XML_ARGS, 1, "xml_malformed", ["input.xml:"], ['"errors"'])
case("filing-truncated-zip", {"input.zip": zip_bytes([(f"{t}.tsv", table(t)) for t in TABLES])[:1500]},
     ZIP_ARGS, 1, None, ["input.zip"], [])
case("filing-empty-file", {"input.xml": ""}, XML_ARGS, 1, "unrecognized_format", ["input.xml"], [])
case("filing-empty-dataset-table", dataset_files(change={"FOOTNOTES": lambda s: ""}),
     DS_ARGS, 1, "empty_table", ["FOOTNOTES.tsv"], ["374Water"])
print("written")
