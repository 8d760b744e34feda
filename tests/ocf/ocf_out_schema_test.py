#!/usr/bin/python3
"""`--format ocf` output validates against the OCF v1.2.0 JSON Schemas, offline.

Usage: ocf_out_schema_test.py VEST_BINARY SHARED_DIR SOURCE_DIR

Every schema under SHARED_DIR/ocf/schema is loaded into a RefResolver store
under its `$id` (https://schema.opencaptablecoalition.com/v/1.2.0/...), so no
$ref leaves the machine. Checked: the OCF samples themselves (the validator
works), `vest parse --jsonl --format ocf` over every corpus line,
`vest schedule --ocf ... --format ocf` for every sample terms object, and
`vest filing --format ocf` on the seeds: the VestingTermsFile, every vesting
(types/Vesting) and every TX_VESTING_START (objects/transactions/vesting/VestingStart).
Debian's python3-jsonschema (scripts/setup.sh installs it).
"""
import glob
import json
import os
import subprocess
import sys

import jsonschema

vest, shared, source = sys.argv[1:4]
schema_dir = os.path.join(shared, "ocf", "schema")
store = {}
for path in glob.glob(os.path.join(schema_dir, "**", "*.schema.json"), recursive=True):
    with open(path, encoding="utf-8") as f:
        s = json.load(f)
    store[s["$id"]] = s
BASE = "https://schema.opencaptablecoalition.com/v/1.2.0/"


def validator(rel):
    schema = store[BASE + rel]
    resolver = jsonschema.RefResolver(base_uri=schema["$id"], referrer=schema, store=store)
    return jsonschema.Draft7Validator(schema, resolver=resolver, format_checker=jsonschema.FormatChecker())


terms_file = validator("files/VestingTermsFile.schema.json")
vesting = validator("types/Vesting.schema.json")
vesting_start = validator("objects/transactions/vesting/VestingStart.schema.json")
failures = []


def check(v, instance, where):
    for e in v.iter_errors(instance):
        failures.append(f"{where}: {'/'.join(map(str, e.absolute_path))}: {e.message[:300]}")


def check_document(doc, where):
    check(terms_file, doc["vesting_terms_file"], where + " vesting_terms_file")
    for i in doc["issuances"]:
        assert isinstance(i.get("security_id"), str)
        for v in i["vestings"]:
            check(vesting, v, where + " " + i["security_id"] + " vesting")
        if "vesting_terms_id" in i:
            ids = [t["id"] for t in doc["vesting_terms_file"]["items"]]
            if i["vesting_terms_id"] not in ids:
                failures.append(f"{where}: {i['security_id']}: vesting_terms_id {i['vesting_terms_id']} not in the file")
        elif not i["warnings"]:
            failures.append(f"{where}: {i['security_id']}: no terms and no warning")
    for t in doc["transactions"]:
        check(vesting_start, t, where + " transaction")
    return len(doc["vesting_terms_file"]["items"]), len(doc["issuances"])


def run(args):
    p = subprocess.run([vest] + args, capture_output=True, text=True)
    if not p.stdout.strip():
        failures.append(f"vest {' '.join(args)}: no output (exit {p.returncode}): {p.stderr[:300]}")
        return None
    return json.loads(p.stdout)


# The samples validate (the store and the validator work).
samples = sorted(glob.glob(os.path.join(shared, "ocf", "samples", "VestingTerms*.ocf.json")))
for path in samples:
    with open(path, encoding="utf-8") as f:
        check(terms_file, json.load(f), os.path.basename(path))
# A document that must fail, so that the check can fail.
bad = {"file_type": "OCF_VESTING_TERMS_FILE", "items": [{"id": "x", "object_type": "VESTING_TERMS"}]}
if not list(terms_file.iter_errors(bad)):
    failures.append("the validator accepted a terms object without its required fields")

corpora = sorted(glob.glob(os.path.join(shared, "corpus", "*.jsonl")) +
                 glob.glob(os.path.join(source, "tests", "rules", "holdout*", "*.jsonl")))
terms = issuances = 0
for path in corpora:
    doc = run(["parse", "--jsonl", path, "--format", "ocf"])
    if doc:
        t, n = check_document(doc, os.path.relpath(path, source))
        terms += t
        issuances += n
for path in samples:
    with open(path, encoding="utf-8") as f:
        for item in json.load(f)["items"]:
            doc = run(["schedule", "--ocf", path, "--terms-id", item["id"], "--grant-date", "2021-01-30",
                       "--shares", "4800", "--format", "ocf"])
            if doc:
                check_document(doc, item["id"])
doc = run(["filing", os.path.join(shared, "seeds"), "--format", "ocf"])
if doc:
    check_document(doc, "seeds")

print(f"{len(corpora)} corpora: {issuances} grants, {terms} written as vesting terms; {len(samples)} sample files")
for f in failures[:40]:
    print("FAIL", f)
sys.exit(1 if failures or terms < 100 else 0)
