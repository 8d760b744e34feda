#include "native/part_reader.hpp"

#include "engine/filings/reader.hpp"

#include <filesystem>
#include <utility>

namespace vest::python {

namespace {

void read_one(const std::string& path, unsigned part, unsigned parts, const filings::FilingSink& sink) {
  const auto kind = filings::detect_input(path);
  const bool data_set = kind == filings::InputKind::dataset_zip || kind == filings::InputKind::dataset_dir;
  if (!data_set && part != 0) return;
  filings::ReadOptions options;
  if (data_set) options.part = {part, parts};
  filings::read_input(path, sink, options);
}

}  // namespace

void read_batches(const std::vector<std::string>& paths, unsigned part, unsigned parts,
                  const std::function<void(Batch&&)>& submit) {
  Batch pending;
  const std::size_t batch_size = 16;
  const filings::FilingSink sink = [&](Result<filings::Filing>&& r) {
    if (r)
      pending.push_back({std::move(r).value(), {}});
    else
      pending.push_back({std::nullopt, r.diagnostics()});
    if (pending.size() >= batch_size) submit(std::exchange(pending, {}));
  };
  for (const auto& p : paths) {
    if (!std::filesystem::exists(p)) {
      if (part == 0) pending.push_back({std::nullopt, {Diagnostic::error("cannot_open", "no such file or folder", {p, 0, 0, {}, {}})}});
      continue;
    }
    read_one(p, part, parts, sink);
  }
  if (!pending.empty()) submit(std::exchange(pending, {}));
}

}  // namespace vest::python
