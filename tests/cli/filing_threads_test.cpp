// `vest filing --threads N` writes exactly what --threads 1 writes: stdout and
// stderr byte for byte, and the exit status, for every output format, over
// inputs that mix readable filings, broken ones and warnings; and over a
// generated quarter large enough that many batches are in flight at once.
#include "run_command.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

using vest::testing::run_vest;

namespace {

const std::string kShared = VEST_SHARED_DIR;
const std::string kFixtures = VEST_FIXTURES_DIR;

// XML, a PDF-to-text folder, a data-set folder and zip, a data set with
// broken rows, and a path that does not exist.
const std::string kMixedInputs = kShared + "/seeds/ " + kShared + "/corpus/form4-xml/ " + kFixtures + "/xml/ " +
                                 kFixtures + "/text/ " + kFixtures + "/dataset/ " + kFixtures + "/dataset.zip " +
                                 kFixtures + "/dataset-bad/ /no/such/input";

void expect_same_for_threads(const std::string& args) {
  const auto one = run_vest(args + " --threads 1");
  ASSERT_FALSE(one.out.empty()) << args;
  for (const char* n : {"2", "7"}) {
    const auto many = run_vest(args + " --threads " + n);
    EXPECT_EQ(many.status, one.status) << args << " --threads " << n;
    EXPECT_EQ(many.out, one.out) << args << " --threads " << n;
    EXPECT_EQ(many.err, one.err) << args << " --threads " << n;
  }
}

TEST(VestFilingThreads, EveryFormatIsByteIdenticalForOneAndManyThreads) {
  for (const std::string format : {"table", "csv", "json", "ocf"})
    expect_same_for_threads("filing " + kMixedInputs + " --format " + format);
  expect_same_for_threads("filing " + kMixedInputs + " --format csv --as-of 2015-06-30");
  expect_same_for_threads("filing " + kMixedInputs + " --format csv --tranches");
}

TEST(VestFilingThreads, StandardInputIsNamedAsWithOneThread) {
  const std::string args = "filing - " + kFixtures + "/dataset/ --format csv";
  const std::string zip = vest::testing::read_file(kFixtures + "/dataset.zip");
  const auto one = run_vest(args + " --threads 1", zip);
  const auto many = run_vest(args + " --threads 3", zip);
  EXPECT_EQ(many.out, one.out);
  EXPECT_EQ(many.err, one.err);
  EXPECT_EQ(many.status, one.status);
}

TEST(VestFilingThreads, AGeneratedQuarterIsByteIdenticalForOneAndManyThreads) {
  char dir_template[] = "/tmp/vest-threads-XXXXXX";
  const std::string dir = mkdtemp(dir_template);
  const std::string zip = dir + "/quarter.zip";
  const std::string gen = std::string("/usr/bin/python3 ") + VEST_SOURCE_DIR + "/bench/gen_quarter.py -o " + zip +
                          " --filings 1500 --seed 7 >/dev/null";
  if (std::system(gen.c_str()) != 0) {
    std::filesystem::remove_all(dir);
    GTEST_SKIP() << "cannot run bench/gen_quarter.py with /usr/bin/python3";
  }
  expect_same_for_threads("filing " + zip + " --format csv --tranches");
  expect_same_for_threads("filing " + zip + " --format json");
  std::filesystem::remove_all(dir);
}

}  // namespace
