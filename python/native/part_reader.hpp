// Share `part` of `parts` of the inputs' filings, read on the calling thread
// and handed in batches to `threads` workers, the results consumed in input
// order (OrderedPool: a few batches in memory, the same output for any number
// of threads). What _vest.read_filings and _vest.write_filings_csv share; call
// it with the GIL released.
#pragma once

#include "engine/core/diagnostic.hpp"
#include "engine/core/ordered_pool.hpp"
#include "engine/filings/filing.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace vest::python {

// A filing as read, or an input that could not be read, in input order.
struct Event {
  std::optional<filings::Filing> filing;
  Diagnostics errors;
};
using Batch = std::vector<Event>;

// Every data set (zip or folder) contributes its part `part` of `parts`
// (filings::DatasetPart); any other input is read whole by part 0 and skipped
// by the others, so that reading parts 0..parts-1 in turn gives what one read
// gives. A missing path is an error event (of part 0).
void read_batches(const std::vector<std::string>& paths, unsigned part, unsigned parts,
                  const std::function<void(Batch&&)>& submit);

template <class Out>
void read_ordered(const std::vector<std::string>& paths, unsigned part, unsigned parts, unsigned threads,
                  std::function<Out(Batch&)> work, std::function<void(Out&&)> consume) {
  OrderedPool<Batch, Out> pool(threads, 4 * std::size_t{threads}, std::move(work), std::move(consume));
  read_batches(paths, part, parts, [&](Batch&& b) { pool.submit(std::move(b)); });
  pool.finish();
}

}  // namespace vest::python
