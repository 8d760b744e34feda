#include "engine/filings/reader.hpp"

#include "engine/filings/dataset_tsv.hpp"
#include "engine/filings/edgar_xml.hpp"
#include "engine/filings/pdf_text.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

namespace vest::filings {

namespace fs = std::filesystem;

std::string_view to_string(InputKind k) {
  switch (k) {
    case InputKind::edgar_xml: return "edgar_xml";
    case InputKind::pdf_text: return "pdf_text";
    case InputKind::dataset_dir: return "dataset_dir";
    case InputKind::dataset_zip: return "dataset_zip";
    case InputKind::folder: return "folder";
    case InputKind::unknown: return "unknown";
  }
  return "unknown";
}

namespace {

std::string head_of(const fs::path& p, std::size_t n) {
  std::ifstream in(p, std::ios::binary);
  std::string buf(n, '\0');
  in.read(buf.data(), static_cast<std::streamsize>(n));
  buf.resize(static_cast<std::size_t>(in.gcount()));
  return buf;
}

Diagnostic error_at(const fs::path& p, std::string code, std::string message) {
  return Diagnostic::error(std::move(code), std::move(message), {p.string(), 0, 0, "", {}});
}

InputKind detect_content(std::string_view head) {
  if (head.size() >= 4 && head.compare(0, 4, "PK\x03\x04") == 0) return InputKind::dataset_zip;
  if (looks_like_edgar_xml(head)) return InputKind::edgar_xml;
  if (looks_like_form_text(head)) return InputKind::pdf_text;
  return InputKind::unknown;
}

}  // namespace

InputKind detect_input(const fs::path& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) return is_dataset_dir(path) ? InputKind::dataset_dir : InputKind::folder;
  return detect_content(head_of(path, 1 << 16));
}

namespace {

// One walk over the inputs of a command: the folders seen (by device and
// inode, so a link loop is noticed) and the number of files read.
class Walk {
 public:
  Walk(const FilingSink& sink, const ReadOptions& options) : sink_(sink), options_(options) {}

  void read(const fs::path& path, bool named_by_user) {
    if (stopped_) return;
    std::error_code ec;
    const auto link = fs::symlink_status(path, ec);
    if (ec || !fs::exists(link)) {
      fail(path, "no_such_file", "no such file or folder");
      return;
    }
    const auto st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      warn(path, "dangling_link", "symbolic link to nothing; skipped");
      return;
    }
    if (fs::is_directory(st)) return folder(path, fs::is_symlink(link));
    if (!fs::is_regular_file(st)) {
      if (named_by_user) return special_file(path);
      warn(path, "special_file", "not a regular file (FIFO, socket or device); skipped");
      return;
    }
    if (++files_ > options_.limits.max_files) {
      fail(path, "too_many_files", "more than " + std::to_string(options_.limits.max_files) +
                                       " files in the inputs (--max-files); this file and the rest are not read");
      stopped_ = true;
      return;
    }
    regular_file(path, fs::file_size(path, ec));
  }

 private:
  void fail(const fs::path& p, std::string code, std::string message) { sink_(Result<Filing>::failure(error_at(p, std::move(code), std::move(message)))); }
  void warn(const fs::path& p, std::string code, std::string message) {
    if (options_.warn) options_.warn(Diagnostic::warning(std::move(code), std::move(message), {p.string(), 0, 0, "", {}}));
  }

  void folder(const fs::path& path, bool via_link) {
    struct stat sb {};
    if (::stat(path.c_str(), &sb) != 0) {
      fail(path, "read_failed", "cannot read the folder");
      return;
    }
    if (!seen_.insert({sb.st_dev, sb.st_ino}).second) {
      warn(path, via_link ? "link_loop" : "folder_seen", via_link ? "symbolic link to a folder already read (a loop); skipped" : "folder already read; skipped");
      return;
    }
    if (is_dataset_dir(path)) {
      read_dataset_dir(path, sink_, options_.progress, options_.limits, options_.part);
      return;
    }
    std::vector<fs::path> entries;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(path, ec)) entries.push_back(e.path());
    if (ec) fail(path, "read_failed", "cannot list the folder: " + ec.message());
    std::sort(entries.begin(), entries.end());
    for (const auto& e : entries) read(e, false);
  }

  void regular_file(const fs::path& path, std::uintmax_t size) {
    const auto kind = detect_content(head_of(path, 1 << 16));
    if (kind == InputKind::dataset_zip) return read_dataset_zip(path, sink_, options_.progress, options_.limits, options_.part);
    if (kind == InputKind::unknown) return unknown(path);
    if (size > options_.limits.max_file_bytes) {
      fail(path, "file_too_large", "the file is " + std::to_string(size) + " bytes, above the limit of " +
                                       std::to_string(options_.limits.max_file_bytes) + " (--max-file-bytes)");
      return;
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    if (!in) {
      fail(path, "read_failed", "cannot read the file");
      return;
    }
    parse_text(path, s.str());
  }

  // A FIFO or /dev/fd/N named on the command line: read once, then detected.
  void special_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::string content;
    std::vector<char> block(1 << 16);
    while (in.read(block.data(), static_cast<std::streamsize>(block.size())) || in.gcount() > 0) {
      content.append(block.data(), static_cast<std::size_t>(in.gcount()));
      if (content.size() > options_.limits.max_file_bytes) {
        fail(path, "file_too_large", "more than " + std::to_string(options_.limits.max_file_bytes) + " bytes (--max-file-bytes); not read");
        return;
      }
    }
    const auto kind = detect_content(std::string_view(content).substr(0, 1 << 16));
    if (kind == InputKind::dataset_zip) return read_dataset_zip_bytes(content, path.string(), sink_, options_.limits);
    if (kind == InputKind::unknown) return unknown(path);
    parse_text(path, content);
  }

  void parse_text(const fs::path& path, const std::string& text) {
    const bool xml = looks_like_edgar_xml(std::string_view(text).substr(0, 1 << 16));
    sink_(xml ? read_edgar_xml(text, path.string(), options_.limits) : read_pdf_text(text, path.string()));
  }

  void unknown(const fs::path& path) {
    const auto name = path.filename().string();
    std::string hint;
    if (name.size() > 4 && (name.ends_with(".tsv") || name.ends_with(".TSV")))
      hint = " (a table of an SEC data set? pass the folder that holds SUBMISSION.tsv)";
    sink_(Result<Filing>::failure(Diagnostic::error(
        "unrecognized_format", "not an EDGAR ownership XML, a Form 3/4/5 text, or an SEC insider-transactions data set" + hint,
        {path.string(), 1, 0, "", {}})));
  }

  const FilingSink& sink_;
  const ReadOptions& options_;
  std::set<std::pair<dev_t, ino_t>> seen_;
  std::uint64_t files_ = 0;
  bool stopped_ = false;
};

}  // namespace

void read_input(const fs::path& path, const FilingSink& sink, const ReadOptions& options) {
  Walk(sink, options).read(path, true);
}

void read_inputs(const std::vector<fs::path>& paths, const FilingSink& sink, const ReadOptions& options) {
  Walk walk(sink, options);
  for (const auto& p : paths) walk.read(p, true);
}

void read_memory(std::string_view content, const std::string& name, const FilingSink& sink) {
  const std::string_view head = content.substr(0, 1 << 16);
  if (head.starts_with("PK\x03\x04")) return read_dataset_zip_bytes(content, name, sink);
  if (looks_like_edgar_xml(head)) return sink(read_edgar_xml(content, name));
  if (looks_like_form_text(head)) return sink(read_pdf_text(content, name));
  sink(Result<Filing>::failure(Diagnostic::error(
      "unrecognized_format", "not an EDGAR ownership XML, a Form 3/4/5 text, or an SEC insider-transactions data-set zip",
      {name, 1, 0, "", {}})));
}

}  // namespace vest::filings
