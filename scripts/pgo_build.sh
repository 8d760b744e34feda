#!/usr/bin/env bash
# Profile-guided build of vest in BUILD_DIR (default ./build): builds instrumented programs
# (VEST_PGO=GENERATE), trains them on the held-out footnote sets under tests/rules/ (never on the dev
# corpus the benchmark times), then rebuilds with the profile (VEST_PGO=USE). Extra arguments are CMake
# -D options for both configurations; TARGETS (default "vest") are the targets built at the end.
#   scripts/pgo_build.sh build-pgo -DVEST_BUILD_BENCH=ON        # then build-pgo/bench/rules_bench
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-build}
shift || true
targets=${TARGETS:-vest}
jobs=$(nproc)

cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DVEST_PGO=GENERATE "$@" >/dev/null
find "$dir" -name '*.gcda' -delete  # (a profile from an older build would mismatch)
cmake --build "$dir" -j"$jobs" --target vest
n=0
for f in tests/rules/holdout*/*.jsonl tests/rules/paraphrases/*.jsonl; do
  # (Exit 1 means some footnotes were refused, as these sets expect; 2 or a crash stops the build.)
  status=0
  "$dir/vest" parse --jsonl "$f" --explain >/dev/null 2>&1 || status=$?
  ((status <= 1)) || { echo "pgo_build: vest failed ($status) on $f" >&2; exit 1; }
  n=$((n + $(wc -l <"$f")))
done
echo "pgo_build: trained on $n footnotes" >&2
cmake -S . -B "$dir" -DVEST_PGO=USE "$@" >/dev/null
# shellcheck disable=SC2086  # (a list of targets)
cmake --build "$dir" -j"$jobs" --target $targets
