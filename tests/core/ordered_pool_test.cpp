#include "engine/core/ordered_pool.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace vest {
namespace {

TEST(OrderedPool, HeaderExample) {
  std::string out;
  OrderedPool<int, std::string> pool(2, 8, [](int& n) { return std::to_string(n * n); },
                                     [&](std::string&& s) { out += s + " "; });
  for (int i = 1; i <= 4; ++i) pool.submit(i);
  pool.finish();
  EXPECT_EQ(out, "1 4 9 16 ");
}

TEST(OrderedPool, ResultsComeInSubmissionOrderWhateverTheWorkTakes) {
  for (unsigned threads : {1u, 2u, 3u, 8u}) {
    std::vector<int> seen;
    OrderedPool<int, int> pool(
        threads, 5,
        [](int& n) {
          // Later items often finish first.
          std::this_thread::sleep_for(std::chrono::microseconds((n * 7919) % 13 * 50));
          return n * 2;
        },
        [&](int&& v) { seen.push_back(v); });
    for (int i = 0; i < 300; ++i) pool.submit(i);
    pool.finish();
    ASSERT_EQ(seen.size(), 300u) << threads << " threads";
    for (int i = 0; i < 300; ++i) ASSERT_EQ(seen[static_cast<std::size_t>(i)], 2 * i) << threads << " threads";
  }
}

TEST(OrderedPool, NeverHoldsMoreThanTheWindow) {
  std::atomic<int> alive{0}, most{0};
  const std::size_t window = 4;
  OrderedPool<int, int> pool(
      3, window,
      [&](int& n) {
        const int now = ++alive;
        for (int m = most; now > m && !most.compare_exchange_weak(m, now);) {
        }
        return n;
      },
      [&](int&&) { --alive; });
  for (int i = 0; i < 1000; ++i) pool.submit(i);
  pool.finish();
  EXPECT_EQ(alive, 0);
  EXPECT_LE(most.load(), static_cast<int>(window));
}

TEST(OrderedPool, OneThreadRunsEachItemAtOnceOnTheCallingThread) {
  const auto caller = std::this_thread::get_id();
  std::vector<int> seen;
  OrderedPool<int, int> pool(
      1, 4,
      [&](int& n) {
        EXPECT_EQ(std::this_thread::get_id(), caller);
        return n;
      },
      [&](int&& v) { seen.push_back(v); });
  pool.submit(1);
  EXPECT_EQ(seen, std::vector<int>{1});  // consumed before submit returned
  pool.submit(2);
  EXPECT_EQ(seen, (std::vector<int>{1, 2}));
}

TEST(OrderedPool, AnErrorInTheWorkIsRethrownInItsTurn_AfterEveryEarlierResult) {
  std::vector<int> seen;
  OrderedPool<int, int> pool(
      2, 8,
      [](int& n) {
        if (n == 5) throw std::runtime_error("item 5");
        return n;
      },
      [&](int&& v) { seen.push_back(v); });
  try {
    for (int i = 0; i < 20; ++i) pool.submit(i);
    pool.finish();
    FAIL() << "no exception";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "item 5");
  }
  EXPECT_EQ(seen, (std::vector<int>{0, 1, 2, 3, 4}));
}

}  // namespace
}  // namespace vest
