#!/usr/bin/env bash
# Builds and runs every test: a warnings-as-errors release build (tests, and
# benchmarks compiled), the same tests again under AddressSanitizer +
# UndefinedBehaviorSanitizer in a non-UTC time zone, then every libFuzzer
# target for 8 s under ASan/UBSan. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

scripts/setup.sh --deps-only

echo "== release build and tests (${SECONDS}s into the run)"
# VEST_BUILD_PYTHON explicitly: the first README command configures build/ without tests, which
# caches the Python module as off, and the pytest suite would then silently not run.
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DVEST_WERROR=ON -DVEST_BUILD_TESTS=ON -DVEST_BUILD_BENCH=ON \
  -DVEST_BUILD_PYTHON=ON >/dev/null
cmake --build build -j"$jobs"
(cd build && ctest --output-on-failure -j"$jobs")

if command -v chromium >/dev/null && command -v npm >/dev/null; then
  echo "== workbench page in headless Chromium (${SECONDS}s into the run)"
  (cd tests/web && npm ci --no-audit --no-fund --loglevel=error)
  node tests/web/workbench.test.mjs build/vest ../shared build/web
fi

echo "== ASan + UBSan tests, TZ=America/New_York (${SECONDS}s into the run)"
# -O1 -g1: line tables for sanitizer reports at a fraction of -O2 -g's compile time.
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" \
  -DVEST_WERROR=ON -DVEST_SANITIZE=ON \
  -DVEST_BUILD_TESTS=ON -DVEST_BUILD_BENCH=OFF >/dev/null
cmake --build build-asan -j"$jobs"
(cd build-asan && TZ=America/New_York ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --output-on-failure -j"$jobs")

# Every libFuzzer target (tests/<place>/fuzz_*.cpp, defined under VEST_FUZZ in
# CMakeLists.txt) for 8 s each under ASan/UBSan (a smoke run: CI stays under 25 minutes), from its seed corpus
# (tests/fuzz/seeds/<target>/) plus what earlier runs found (build-fuzz/corpus/<target>/).
# scripts/fuzz.sh runs the long campaign.
echo "== libFuzzer: every fuzz_* target, 8 s each (${SECONDS}s into the run)"
# -O1 -g1 as in the sanitizer stage: less compile time, and these runs are short smoke runs.
CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" \
  -DVEST_FUZZ=ON -DVEST_SANITIZE=ON \
  -DVEST_BUILD_TESTS=OFF -DVEST_BUILD_BENCH=OFF >/dev/null
fuzz_targets=$(scripts/fuzz.sh --list)
cmake --build build-fuzz -j"$jobs" --target $fuzz_targets
for t in $fuzz_targets; do
  scripts/fuzz.sh --no-build 8 "$t" 2>&1 | tail -n 4
done
echo "== all passed in ${SECONDS}s"
