// Work on several threads, results in the order it was submitted, in bounded memory.
//
// A stream of items (the filings of a quarter, as the reader produces them) is
// handed to `submit` one by one. Worker threads run `work` on them in any
// order; `consume` sees the results strictly in submission order, always on the
// thread that calls submit/finish (so it may write to stdout without locks).
// At most `window` items are in flight (submitted and not yet consumed): when
// the window is full, `submit` waits for the oldest result and consumes it
// first. Memory is therefore O(window) items, whatever the length of the stream.
//
// With threads <= 1 nothing is started: `submit` runs work and consume at once,
// which is the single-threaded program exactly. Since consume always runs in
// submission order, the output is the same for any number of threads.
//
// Example:
//   OrderedPool<int, std::string> pool(2, 8, [](int& n) { return std::to_string(n * n); },
//                                      [&](std::string&& s) { out += s + " "; });
//   for (int i = 1; i <= 4; ++i) pool.submit(i);
//   pool.finish();  // out == "1 4 9 16 "
//
// An exception thrown by `work` is rethrown by submit/finish when its item's
// turn to be consumed comes (after every earlier result was consumed).
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace vest {

template <class In, class Out>
class OrderedPool {
 public:
  using Work = std::function<Out(In&)>;
  using Consume = std::function<void(Out&&)>;

  OrderedPool(unsigned threads, std::size_t window, Work work, Consume consume)
      : window_(window < 1 ? 1 : window), work_(std::move(work)), consume_(std::move(consume)) {
    if (threads <= 1) return;
    for (unsigned t = 0; t < threads; ++t) workers_.emplace_back([this] { run_worker(); });
  }
  OrderedPool(const OrderedPool&) = delete;
  OrderedPool& operator=(const OrderedPool&) = delete;
  ~OrderedPool() { stop(); }

  void submit(In item) {
    if (workers_.empty()) {
      consume_(work_(item));
      return;
    }
    consume_ready();
    while (in_flight() >= window_) consume_front();
    {
      std::lock_guard lock(mutex_);
      slots_.push_back(Slot{std::move(item), {}, {}, false});
    }
    work_ready_.notify_one();
  }

  // Waits for every item submitted and consumes the results still pending.
  void finish() {
    while (in_flight() > 0) consume_front();
  }

 private:
  struct Slot {
    In in;
    std::optional<Out> out;
    std::exception_ptr error;
    bool done = false;
  };

  std::size_t in_flight() {
    std::lock_guard lock(mutex_);
    return slots_.size();
  }

  // Consumes the oldest result, waiting for it if needed. The slot is removed
  // under the lock (its worker no longer touches it), consumed outside it.
  void consume_front() {
    std::optional<Out> out;
    std::exception_ptr error;
    {
      std::unique_lock lock(mutex_);
      if (slots_.empty()) return;
      result_ready_.wait(lock, [this] { return slots_.front().done; });
      out = std::move(slots_.front().out);
      error = slots_.front().error;
      slots_.pop_front();
      ++consumed_;
    }
    if (error) std::rethrow_exception(error);
    consume_(std::move(*out));
  }

  void consume_ready() {
    for (;;) {
      {
        std::lock_guard lock(mutex_);
        if (slots_.empty() || !slots_.front().done) return;
      }
      consume_front();
    }
  }

  void run_worker() {
    for (;;) {
      Slot* slot = nullptr;
      {
        std::unique_lock lock(mutex_);
        work_ready_.wait(lock, [this] { return stopping_ || started_ < consumed_ + slots_.size(); });
        if (stopping_) return;
        // std::deque keeps references to its elements valid across push_back and pop_front.
        slot = &slots_[started_ - consumed_];
        ++started_;
      }
      std::optional<Out> out;
      std::exception_ptr error;
      try {
        out.emplace(work_(slot->in));
      } catch (...) {
        error = std::current_exception();
      }
      {
        std::lock_guard lock(mutex_);
        slot->out = std::move(out);
        slot->error = error;
        slot->done = true;
      }
      result_ready_.notify_all();
    }
  }

  void stop() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    work_ready_.notify_all();
    for (auto& t : workers_) t.join();
    workers_.clear();
  }

  const std::size_t window_;
  const Work work_;
  const Consume consume_;
  std::mutex mutex_;
  std::condition_variable work_ready_, result_ready_;
  std::deque<Slot> slots_;    // in flight, oldest first
  std::size_t consumed_ = 0;  // sequence number of slots_.front()
  std::size_t started_ = 0;   // sequence number of the next item no worker has taken
  bool stopping_ = false;
  std::vector<std::thread> workers_;  // last: started after everything they use
};

}  // namespace vest
