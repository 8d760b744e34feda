#!/usr/bin/env bash
# Resource tests (issue 12): memory stays bounded on inputs far larger than
# memory should hold. Each case generates its input under $WORK, runs the
# release `vest` under `/usr/bin/time -v`, prints the peak RSS and fails when it
# exceeds the case's stated bound. Not part of scripts/test.sh (minutes and GBs
# of disk); run by hand or in a nightly job:
#
#   scripts/resource_tests_filings.sh [build/vest]   (scripts/resource_tests.sh has the footnote and portfolio cases)
#
# Cases (add yours as a function and call it at the bottom):
#   dataset_zip_1gb       a data-set zip with a 1 GB FOOTNOTES member        bound 300 MB
#   dataset_zip_huge_row  one 512 MB row in a FOOTNOTES member (skipped:
#                         --max-row-bytes), the rest of the table read      bound 300 MB
set -euo pipefail
cd "$(dirname "$0")/.."
VEST=${1:-build/vest}
WORK=${WORK:-${TMPDIR:-/tmp}/vest-resource}
mkdir -p "$WORK"
failed=0

# measure NAME BOUND_MB COMMAND...: runs COMMAND (stdout to /dev/null), reports time and peak RSS.
measure() {
  local name=$1 bound_mb=$2
  shift 2
  local log="$WORK/$name.time"
  local rc=0
  /usr/bin/time -v "$@" >/dev/null 2>"$log" || rc=$?
  local rss_kb wall
  rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log")
  local rss_mb=$((rss_kb / 1024))
  printf '%-20s exit %d  wall %s  peak RSS %d MB  (bound %d MB)\n' "$name" "$rc" "$wall" "$rss_mb" "$bound_mb"
  if ((rss_mb > bound_mb)); then
    echo "  FAIL: peak RSS above the bound"
    failed=1
  fi
  if ((rc != 0 && rc != 1)); then
    echo "  FAIL: exit $rc"; tail -n 5 "$log"
    failed=1
  fi
}

# A 1 GB data-set member: the reader keeps 16 bytes per row plus one copy of
# each accession, never a table or a row beyond --max-row-bytes; the zip's
# tables go to unnamed temporary files. Bound: 300 MB (measured 74 MB, 2026-12-06).
dataset_zip_1gb() {
  local zip="$WORK/big-dataset.zip"
  [[ -f $zip ]] || /usr/bin/python3 scripts/make_big_dataset_zip.py "$zip" --bytes 1000000000
  measure dataset_zip_1gb 300 "$VEST" filing "$zip" --format json
  # Ctrl-C while the zip is read leaves nothing in the temporary folder.
  local tmp="$WORK/tmp"
  rm -rf "$tmp" && mkdir -p "$tmp"
  TMPDIR="$tmp" "$VEST" filing "$zip" --format json >/dev/null 2>&1 &
  local pid=$!
  sleep 3
  kill -INT "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [[ -n "$(ls -A "$tmp")" ]]; then
    echo "  FAIL: files left in TMPDIR after SIGINT: $(ls "$tmp")"
    failed=1
  else
    echo "  SIGINT after 3 s: nothing left in TMPDIR"
  fi
}

# One 512 MB line: refused at --max-row-bytes (4 MiB) while it is read, never
# held; the error names FOOTNOTES.tsv:2 and the other rows are still read.
dataset_zip_huge_row() {
  local zip="$WORK/huge-row.zip"
  [[ -f $zip ]] || /usr/bin/python3 scripts/make_big_dataset_zip.py "$zip" --bytes 20000000 --huge-row 536870912
  measure dataset_zip_huge_row 300 "$VEST" filing "$zip" --format json
  if ! grep -q 'FOOTNOTES.tsv:2: error: .*row_too_long' "$WORK/dataset_zip_huge_row.time"; then
    echo "  FAIL: no row_too_long error naming FOOTNOTES.tsv:2"
    failed=1
  fi
}

dataset_zip_1gb
dataset_zip_huge_row

exit $failed
