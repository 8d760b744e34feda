#!/usr/bin/env bash
# The full generated-footnote campaign: 20,000 lines (seed 9) by default through
# `vest parse --jsonl`, figures overall and per slot value, three example texts
# of each wrong-schedule family. Exit status 1 when any schedule is wrong.
#   usage: tests/rules/generated/run_campaign.sh [VEST_BINARY] [COUNT] [SEED] [REPORT_FILE]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
vest="${1:-$here/../../../build/vest}"
count="${2:-20000}"
seed="${3:-9}"
report="${4:-/dev/stdout}"
/usr/bin/python3 "$here/run_generated.py" "$vest" --generate "$count" --seed "$seed" --families --examples 3 \
  --fail-on-wrong-schedule >"$report"
