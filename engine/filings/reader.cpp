#include "engine/filings/reader.hpp"

#include "engine/filings/dataset_tsv.hpp"
#include "engine/filings/edgar_xml.hpp"
#include "engine/filings/pdf_text.hpp"

#include <algorithm>
#include <fstream>
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

}  // namespace

InputKind detect_input(const fs::path& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) return is_dataset_dir(path) ? InputKind::dataset_dir : InputKind::folder;
  const std::string head = head_of(path, 1 << 16);
  if (head.size() >= 4 && head.compare(0, 4, "PK\x03\x04") == 0) return InputKind::dataset_zip;
  if (looks_like_edgar_xml(head)) return InputKind::edgar_xml;
  if (looks_like_form_text(head)) return InputKind::pdf_text;
  return InputKind::unknown;
}

void read_input(const fs::path& path, const FilingSink& sink, const ReadOptions& options) {
  std::error_code ec;
  if (!fs::exists(path, ec)) {
    sink(Result<Filing>::failure(error_at(path, "no_such_file", "no such file or folder")));
    return;
  }
  switch (detect_input(path)) {
    case InputKind::dataset_dir: read_dataset_dir(path, sink, options.progress); return;
    case InputKind::dataset_zip: read_dataset_zip(path, sink, options.progress); return;
    case InputKind::folder: {
      std::vector<fs::path> entries;
      for (const auto& e : fs::directory_iterator(path, ec)) entries.push_back(e.path());
      std::sort(entries.begin(), entries.end());
      for (const auto& e : entries) read_input(e, sink, options);
      return;
    }
    case InputKind::edgar_xml:
    case InputKind::pdf_text: {
      std::ifstream in(path, std::ios::binary);
      std::ostringstream s;
      s << in.rdbuf();
      if (!in) {
        sink(Result<Filing>::failure(error_at(path, "read_failed", "cannot read the file")));
        return;
      }
      const std::string text = s.str();
      const auto kind = looks_like_edgar_xml(text.substr(0, 1 << 16)) ? InputKind::edgar_xml : InputKind::pdf_text;
      sink(kind == InputKind::edgar_xml ? read_edgar_xml(text, path.string()) : read_pdf_text(text, path.string()));
      return;
    }
    case InputKind::unknown: {
      const auto name = path.filename().string();
      std::string hint;
      if (name.size() > 4 && (name.ends_with(".tsv") || name.ends_with(".TSV")))
        hint = " (a table of an SEC data set? pass the folder that holds SUBMISSION.tsv)";
      sink(Result<Filing>::failure(Diagnostic::error(
          "unrecognized_format",
          "not an EDGAR ownership XML, a Form 3/4/5 text, or an SEC insider-transactions data set" + hint,
          {path.string(), 1, 0, "", {}})));
      return;
    }
  }
}

void read_memory(std::string_view content, const std::string& name, const FilingSink& sink) {
  const std::string_view head = content.substr(0, 1 << 16);
  if (head.starts_with("PK\x03\x04")) return read_dataset_zip_memory(content, name, sink);
  if (looks_like_edgar_xml(head)) return sink(read_edgar_xml(content, name));
  if (looks_like_form_text(head)) return sink(read_pdf_text(content, name));
  sink(Result<Filing>::failure(Diagnostic::error(
      "unrecognized_format", "not an EDGAR ownership XML, a Form 3/4/5 text, or an SEC insider-transactions data-set zip",
      {name, 1, 0, "", {}})));
}

}  // namespace vest::filings
