#!/usr/bin/env bash
# A fuzzing campaign over vest's libFuzzer targets (tests/<place>/fuzz_*.cpp).
#
#   scripts/fuzz.sh                      every target, 600 s each (builds build-fuzz first)
#   scripts/fuzz.sh 120 fuzz_portfolio_csv fuzz_parse_jsonl
#   scripts/fuzz.sh --list               the targets' names
#   scripts/fuzz.sh --no-build 15 T...   run only (scripts/test.sh builds them itself)
#   VEST_FUZZ_DIR=build-asan scripts/fuzz.sh --no-build ...   targets of another build
#
# Each target starts from its seed corpus (tests/fuzz/seeds/<target>/) and keeps
# what it finds in build-fuzz/corpus/<target>/ (reused by the next run); crashes,
# leaks and timeouts go to build-fuzz/findings/<target>/. Exits non-zero when any
# target found something. Needs clang (libFuzzer) and a 2-core machine's patience:
# targets run one after another, each on one core.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${VEST_FUZZ_DIR:-build-fuzz}

list_targets() {
  # A target per tests/<place>/fuzz_<name>.cpp that CMakeLists.txt defines.
  for f in tests/*/fuzz_*.cpp; do
    t=$(basename "$f" .cpp)
    if grep -qs "$t" CMakeLists.txt tests/*/CMakeLists.txt; then echo "$t"; fi
  done | sort -u
}

if [[ ${1:-} == --list ]]; then
  list_targets | tr '\n' ' '
  echo
  exit 0
fi
build=1
if [[ ${1:-} == --no-build ]]; then
  build=0
  shift
fi
seconds=${1:-600}
[[ $# -gt 0 ]] && shift
targets=("$@")
[[ ${#targets[@]} -eq 0 ]] && read -r -a targets <<<"$(list_targets | tr '\n' ' ')"

if [[ $build == 1 ]]; then
  CXX=clang++ cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVEST_FUZZ=ON -DVEST_SANITIZE=ON \
    -DVEST_BUILD_TESTS=OFF -DVEST_BUILD_BENCH=OFF >/dev/null
  cmake --build "$dir" -j"$(nproc)" --target "${targets[@]}"
fi

status=0
for t in "${targets[@]}"; do
  corpus=$dir/corpus/$t findings=$dir/findings/$t
  mkdir -p "$corpus" "$findings"
  seeds=()
  [[ -d tests/fuzz/seeds/$t ]] && seeds=(tests/fuzz/seeds/"$t")
  echo "== $t: ${seconds}s"
  # -rss_limit_mb: a reader that holds an input many times over is a finding too.
  if ! ASAN_OPTIONS=detect_leaks=1 "$dir/$t" -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
      -print_final_stats=1 -artifact_prefix="$findings/" "$corpus" "${seeds[@]}" >"$dir/$t.log" 2>&1; then
    status=1
    echo "$t: FOUND SOMETHING (see $dir/$t.log and $findings/)"
  fi
  grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb|^Done [0-9]+ runs" "$dir/$t.log" || tail -n 5 "$dir/$t.log"
done
exit $status
