#!/usr/bin/env bash
# Builds and runs every test: a warnings-as-errors release build (tests, and
# benchmarks compiled), the same tests again under AddressSanitizer +
# UndefinedBehaviorSanitizer in a non-UTC time zone (clang), then every libFuzzer
# target of that same build for 8 s. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

scripts/setup.sh --deps-only

echo "== release build and tests (${SECONDS}s into the run)"
# VEST_BUILD_PYTHON explicitly: the first README command configures build/ without tests, which
# caches the Python module as off, and the pytest suite would then silently not run. VEST_PGO=OFF
# likewise: that command's profile-guided build caches USE (the tests need no profile).
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DVEST_WERROR=ON -DVEST_BUILD_TESTS=ON -DVEST_BUILD_BENCH=ON \
  -DVEST_BUILD_PYTHON=ON -DVEST_PGO=OFF >/dev/null
cmake --build build -j"$jobs"
(cd build && ctest --output-on-failure -j"$jobs")

if command -v chromium >/dev/null && command -v npm >/dev/null; then
  echo "== workbench page in headless Chromium (${SECONDS}s into the run)"
  (cd tests/web && npm ci --no-audit --no-fund --loglevel=error)
  node tests/web/workbench.test.mjs build/vest ../shared build/web
fi

echo "== ASan + UBSan tests, TZ=America/New_York (${SECONDS}s into the run)"
# One sanitizer build serves the tests and the fuzz smoke runs: clang, ASan + UBSan, and
# libFuzzer's coverage instrumentation (-fsanitize=fuzzer-no-link, which the sanitizer
# runtime satisfies in the test programs). Two builds (GCC for the tests, clang for the
# fuzzers) compiled every library twice and took CI over 25 minutes.
# -O1 -g1: line tables for sanitizer reports at a fraction of -O2 -g's compile time.
CXX=clang++ cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" \
  -DVEST_WERROR=ON -DVEST_SANITIZE=ON -DVEST_FUZZ=ON \
  -DVEST_BUILD_TESTS=ON -DVEST_BUILD_BENCH=OFF >/dev/null
cmake --build build-asan -j"$jobs"
(cd build-asan && TZ=America/New_York ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --output-on-failure -j"$jobs")

# Every libFuzzer target (tests/<place>/fuzz_*.cpp, defined under VEST_FUZZ in
# CMakeLists.txt), built above, for 8 s each (a smoke run: CI stays under 25 minutes),
# from its seed corpus (tests/fuzz/seeds/<target>/) plus what earlier runs found
# (build-asan/corpus/<target>/). scripts/fuzz.sh runs the long campaign in build-fuzz/.
echo "== libFuzzer: every fuzz_* target, 8 s each (${SECONDS}s into the run)"
for t in $(scripts/fuzz.sh --list); do
  VEST_FUZZ_DIR=build-asan scripts/fuzz.sh --no-build 8 "$t" 2>&1 | tail -n 4
done
echo "== all passed in ${SECONDS}s"
