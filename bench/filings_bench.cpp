// Filing readers: documents per second on one core.
//
//   BM_Parse_EdgarXml     the Snowflake Form 4 (15 rows, 16 footnotes), parse only
//   BM_Parse_PdfText      the Sonus RSA seed (pipe tables, broken dates)
//   BM_Parse_DataSetTsv   a synthetic data set of N filings (the fixture's two
//                         filings repeated under new accession numbers), both passes
//   BM_ExtractGrants_Xml  rows to grants with the real interpreter (374Water)
//
// Machine: 2-core VM shared with three other engineers' builds; RelWithDebInfo.
// Last results (2026-11-22, CPU time):
//   BM_Parse_EdgarXml          0.29 ms   3,500 filings/s   73 MB/s
//   BM_Parse_PdfText           0.24 ms   4,200 filings/s
//   BM_Parse_DataSetTsv/5000   0.50 s    20,000 filings/s (10,000 filings, both passes)
//   BM_ExtractGrants_Xml       1.55 ms   645 filings/s (before reusing the single-footnote interpretation)
// Memory: `vest filing` on an 82 MB synthetic data set (80,000 filings, FOOTNOTES in
// reverse order) peaks at 30 MB RSS (Debug build).
#include "engine/filings/dataset_tsv.hpp"
#include "engine/filings/edgar_xml.hpp"
#include "engine/filings/grants.hpp"
#include "engine/filings/pdf_text.hpp"

#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

namespace fs = std::filesystem;
using namespace vest;
using namespace vest::filings;

// bench/CMakeLists.txt names the source tree and the shared folder beside it.
const std::string source_dir = VEST_SOURCE_DIR;
const std::string shared_dir = VEST_SHARED_DIR;
const std::string fixtures_dir = source_dir + "/tests/filings/fixtures";

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void BM_Parse_EdgarXml(benchmark::State& state) {
  const std::string text = slurp(shared_dir + "/corpus/form4-xml/snowflake-SNOW-2022-12-13-scarpelli.xml");
  for (auto _ : state) {
    auto r = read_edgar_xml(text, "snowflake.xml");
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}
BENCHMARK(BM_Parse_EdgarXml);

void BM_Parse_PdfText(benchmark::State& state) {
  const std::string text = slurp(shared_dir + "/seeds/form4-sonus-2013-02-15-rsa.txt");
  for (auto _ : state) {
    auto r = read_pdf_text(text, "seed.txt");
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Parse_PdfText);

// Writes the fixture data set with every filing repeated `copies` times.
fs::path synthetic_dataset(int copies) {
  const fs::path dir = fs::temp_directory_path() / ("vest-bench-dataset-" + std::to_string(copies));
  if (fs::exists(dir / "SUBMISSION.tsv")) return dir;
  fs::create_directories(dir);
  for (const auto& e : fs::directory_iterator(fixtures_dir + "/dataset")) {
    std::ifstream in(e.path());
    std::ofstream out(dir / e.path().filename());
    std::string header, line;
    std::getline(in, header);
    out << header << '\n';
    std::vector<std::string> rows;
    while (std::getline(in, line)) rows.push_back(line);
    for (int k = 0; k < copies; ++k)
      for (const auto& r : rows) {
        const auto tab = r.find('\t');
        out << r.substr(0, tab) << '-' << k << r.substr(tab) << '\n';
      }
  }
  return dir;
}

void BM_Parse_DataSetTsv(benchmark::State& state) {
  const fs::path dir = synthetic_dataset(static_cast<int>(state.range(0)));
  std::size_t filings = 0;
  for (auto _ : state) {
    read_dataset_dir(dir, [&](Result<Filing>&& f) { filings += f.ok(); });
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(filings));
  state.counters["filings"] = static_cast<double>(filings) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_Parse_DataSetTsv)->Arg(5000)->Unit(benchmark::kMillisecond);

void BM_ExtractGrants_Xml(benchmark::State& state) {
  const std::string text = slurp(shared_dir + "/corpus/form4-xml/374water-SCWO-2025-04-30-melkote.xml");
  const auto filing = read_edgar_xml(text, "374water.xml");
  for (auto _ : state) {
    auto g = extract_grants(filing.value(), rules::interpret);
    benchmark::DoNotOptimize(g);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ExtractGrants_Xml);

}  // namespace

BENCHMARK_MAIN();
