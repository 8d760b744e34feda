// One entry point for every kind of filing input: a file or a folder, the
// format detected from the content, never from the name.
//
//   EDGAR ownership XML (or a full-text .txt submission embedding it)  -> edgar_xml.hpp
//   Form 3/4/5 converted from PDF to text                              -> pdf_text.hpp
//   SEC insider-transactions data set: its folder or its .zip          -> dataset_tsv.hpp
//   any other folder: every file in it (and below), in name order
//
// Walking folders: a symbolic link is followed unless it leads to a folder
// already walked (a loop, or the same folder twice), which is skipped with a
// warning; FIFOs, sockets and devices found in a folder are skipped with a
// warning (reading a FIFO could block forever); at most ReadLimits::max_files
// files are read. A FIFO or process substitution named on the command line
// (`<(...)`) is read once, into memory, up to ReadLimits::max_file_bytes.
//
// Each filing read is handed to `sink` as soon as it is complete, so a whole
// quarter streams through in bounded memory. A file that cannot be read (or a
// data-set row that is broken) reaches `sink` as a failed Result carrying the
// error with file and line; the rest of the input is still read.
#pragma once

#include "engine/filings/dataset_tsv.hpp"
#include "engine/filings/filing.hpp"
#include "engine/filings/limits.hpp"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <vector>

namespace vest::filings {

enum class InputKind { edgar_xml, pdf_text, dataset_dir, dataset_zip, folder, unknown };

std::string_view to_string(InputKind k);

// Looks at the path (folder or file) and the first bytes of a file.
InputKind detect_input(const std::filesystem::path& path);

struct ReadOptions {
  // Called now and then with (bytes done, bytes total, what) while a large input is read.
  std::function<void(std::uint64_t, std::uint64_t, std::string_view)> progress;
  // Called with warnings about the walk itself (skipped links and special files).
  std::function<void(const Diagnostic&)> warn;
  ReadLimits limits;
  // Which share of each data set's filings to read (all of them by default).
  DatasetPart part;
};

using FilingSink = std::function<void(Result<Filing>&&)>;

void read_input(const std::filesystem::path& path, const FilingSink& sink, const ReadOptions& options = {});
// Several inputs as one walk: a folder reached twice is read once, and
// max_files counts across all of them.
void read_inputs(const std::vector<std::filesystem::path>& paths, const FilingSink& sink, const ReadOptions& options = {});

// The same for one document already in memory (an upload): EDGAR XML, a
// PDF-to-text form or a data-set zip, detected from the content. `name` only
// labels diagnostics and filings; nothing is opened by that name and nothing
// is written to disk.
void read_memory(std::string_view content, const std::string& name, const FilingSink& sink);

}  // namespace vest::filings
