#!/usr/bin/python3
"""The bad-input corpus: one folder per class of broken or hostile input.

Usage: run_badinput.py VEST_BINARY [CORPUS_DIR] [-k SUBSTRING] [-v]

Each folder tests/badinput/<class-name>/ holds the input file(s) and case.json:

  {"args": ["portfolio", "{dir}/book.csv", "--as-of", "2025-06-30"],
   "stdin": "<file name in the folder>",          (optional: fed to standard input)
   "exit": 1,                                      (expected exit status)
   "error_code": "bad_csv" | null,                 (a code expected on stderr as "[code]" or "code")
   "stderr_contains": ["..."],                     (substrings of stderr)
   "stdout_contains": ["..."],                     (good records that must still come out)
   "stdout_not_contains": ["..."],                 (optional: what must not come out)
   "stdout_valid_json": true | false,              (stdout parses as JSON, or as JSON lines when
                                                    "stdout_jsonl": true)
   "stdout_lines": N,                              (optional: exact number of stdout lines)
   "timeout": 60}                                  (optional, seconds; a hang is a failure)

"{dir}" in args is the case folder. Every case also checks that the program
neither crashed (killed by a signal, or exit status >= 128) nor hung.
Python 3 standard library only.
"""
import json
import os
import subprocess
import sys


def check_case(vest, folder):
    with open(os.path.join(folder, "case.json"), encoding="utf-8") as f:
        case = json.load(f)
    args = [a.replace("{dir}", folder) for a in case["args"]]
    stdin = None
    if case.get("stdin"):
        with open(os.path.join(folder, case["stdin"]), "rb") as f:
            stdin = f.read()
    try:
        feed = {"input": stdin} if stdin is not None else {"stdin": subprocess.DEVNULL}
        run = subprocess.run([vest] + args, capture_output=True, timeout=case.get("timeout", 60), **feed)
    except subprocess.TimeoutExpired:
        return ["hung: no exit within %ss" % case.get("timeout", 60)]
    out = run.stdout.decode("utf-8", errors="replace")
    err = run.stderr.decode("utf-8", errors="replace")
    problems = []
    if run.returncode < 0 or run.returncode >= 128:
        problems.append("crashed: exit status %d" % run.returncode)
    if "exit" in case and run.returncode != case["exit"]:
        problems.append("exit status %d, expected %d" % (run.returncode, case["exit"]))
    code = case.get("error_code")
    if code and "[%s]" % code not in err and '"%s"' % code not in out and code not in err:
        problems.append("error code %r not on stderr" % code)
    for s in case.get("stderr_contains", []):
        if s not in err:
            problems.append("stderr lacks %r" % s)
    for s in case.get("stdout_contains", []):
        if s not in out:
            problems.append("stdout lacks %r" % s)
    for s in case.get("stdout_not_contains", []):
        if s in out:
            problems.append("stdout has %r" % s)
    if "stdout_lines" in case and out.count("\n") != case["stdout_lines"]:
        problems.append("stdout has %d lines, expected %d" % (out.count("\n"), case["stdout_lines"]))
    if case.get("stdout_valid_json"):
        try:
            # Strict UTF-8: invalid bytes in the output are a failure.
            text = run.stdout.decode("utf-8")
            if case.get("stdout_jsonl"):
                for n, line in enumerate(text.splitlines(), 1):
                    json.loads(line)
            else:
                json.loads(text)
        except (UnicodeDecodeError, ValueError) as e:
            problems.append("stdout is not valid JSON: %s" % e)
    if problems:
        problems.append("stderr was: " + err[:600].replace("\n", "\n    "))
    return problems


def main(argv):
    verbose = "-v" in argv
    argv = [a for a in argv if a != "-v"]
    only = None
    if "-k" in argv:
        i = argv.index("-k")
        only = argv[i + 1]
        del argv[i:i + 2]
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    vest = os.path.abspath(argv[1])
    corpus = os.path.abspath(argv[2] if len(argv) > 2 else os.path.dirname(os.path.abspath(__file__)))
    cases = sorted(d for d in os.listdir(corpus) if os.path.isfile(os.path.join(corpus, d, "case.json")))
    if only:
        cases = [c for c in cases if only in c]
    failed = 0
    for name in cases:
        problems = check_case(vest, os.path.join(corpus, name))
        if problems:
            failed += 1
            print("FAIL %s\n  %s" % (name, "\n  ".join(problems)))
        elif verbose:
            print("ok   %s" % name)
    print("%d bad-input cases, %d failed" % (len(cases), failed))
    return 1 if failed or not cases else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
