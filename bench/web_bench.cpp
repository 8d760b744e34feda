// Benchmarks of engine/web: what the workbench's API costs per request, without
// the socket (the end-to-end HTTP figures are in the README, measured with curl).
//
//   BM_Parse_SeedFootnote        /api/parse for the seed option footnote (interpret, JSON, spans)
//   BM_ParseChart_SeedFootnote   /api/chart/parse: the same footnote's SVG
//   BM_Filing_1000Grants         /api/filing for one generated EDGAR XML with 1,000
//                                option grants, each with its own vesting footnote
//
// `web_bench --write-filing=FILE` writes the generated 1,000-grant filing (for
// timing the upload through `vest serve` with curl) and exits.
//
// Machine: 2 shared cores (load ~2-7 from other sessions), 2026-12-06, Release -O2:
//   BM_Parse_SeedFootnote          ~0.13 ms
//   BM_ParseChart_SeedFootnote     ~0.35 ms
//   BM_Filing_1000Grants           ~95 ms   (see the README for the latest figures)
#include "engine/web/api.hpp"

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include <cstring>
#include <fstream>
#include <iostream>

namespace {

const char* const months[] = {"January", "February", "March", "April", "May", "June",
                              "July", "August", "September", "October", "November", "December"};

// A Form 4 with `grants` option awards, each with its own footnote; the
// phrasings alternate between the seed's shape and an annual one.
std::string generated_filing(int grants) {
  std::string rows, notes;
  for (int i = 0; i < grants; ++i) {
    const int year = 2015 + i % 10, month = i % 12, day = 1 + i % 28;
    char date[16];
    std::snprintf(date, sizeof date, "%04d-%02d-%02d", year, month + 1, day);
    const std::string when = std::string(months[month]) + " " + std::to_string(day) + ", ";
    const std::string id = "F" + std::to_string(i + 1);
    const std::string shares = std::to_string(1000 * (1 + i % 97) + i);
    std::string text = i % 2 == 0
        ? "25% of the shares underlying this option vests on " + when + std::to_string(year + 1) +
              ". The remaining 75% of the shares underlying this option will then vest in equal monthly increments for "
              "the following 36 months through " + when + std::to_string(year + 4) + "."
        : "The option vests in four equal annual installments beginning on " + when + std::to_string(year + 1) +
              ", subject to continued service.";
    rows += "<derivativeTransaction><securityTitle><value>Stock Option (right to buy)</value></securityTitle>"
            "<conversionOrExercisePrice><value>12.5</value></conversionOrExercisePrice>"
            "<transactionDate><value>" + std::string(date) + "</value></transactionDate>"
            "<transactionCoding><transactionFormType>4</transactionFormType><transactionCode>A</transactionCode>"
            "<equitySwapInvolved>false</equitySwapInvolved></transactionCoding>"
            "<transactionAmounts><transactionShares><value>" + shares + "</value></transactionShares>"
            "<transactionPricePerShare><value>0</value></transactionPricePerShare>"
            "<transactionAcquiredDisposedCode><value>A</value></transactionAcquiredDisposedCode></transactionAmounts>"
            "<exerciseDate><footnoteId id=\"" + id + "\"/></exerciseDate>"
            "<expirationDate><value>" + std::to_string(year + 10) + std::string(date + 4) + "</value></expirationDate>"
            "<underlyingSecurity><underlyingSecurityTitle><value>Common Stock</value></underlyingSecurityTitle>"
            "<underlyingSecurityShares><value>" + shares + "</value></underlyingSecurityShares></underlyingSecurity>"
            "<postTransactionAmounts><sharesOwnedFollowingTransaction><value>" + shares +
            "</value></sharesOwnedFollowingTransaction></postTransactionAmounts>"
            "<ownershipNature><directOrIndirectOwnership><value>D</value></directOrIndirectOwnership></ownershipNature>"
            "</derivativeTransaction>\n";
    notes += "<footnote id=\"" + id + "\">" + text + "</footnote>\n";
  }
  return "<?xml version=\"1.0\"?>\n<ownershipDocument><schemaVersion>X0508</schemaVersion><documentType>4</documentType>"
         "<periodOfReport>2025-04-30</periodOfReport><issuer><issuerCik>0000000001</issuerCik><issuerName>Bench Corp</issuerName>"
         "<issuerTradingSymbol>BNCH</issuerTradingSymbol></issuer><reportingOwner><reportingOwnerId><rptOwnerCik>0000000002"
         "</rptOwnerCik><rptOwnerName>Doe Jane</rptOwnerName></reportingOwnerId><reportingOwnerRelationship><isOfficer>true"
         "</isOfficer><officerTitle>CEO</officerTitle></reportingOwnerRelationship></reportingOwner>\n<derivativeTable>\n" +
         rows + "</derivativeTable>\n<footnotes>\n" + notes + "</footnotes></ownershipDocument>\n";
}

const std::string seed_request = nlohmann::json{
    {"text", "25% of the shares underlying this option vests on December 16, 2014. The remaining 75% of the shares "
             "underlying this option will then vest in equal monthly increments for the following 36 months through "
             "December 16, 2017."},
    {"grant_date", "2013-12-16"}, {"shares", "200000"}, {"is_option", true}, {"expiration", "2023-12-16"},
    {"as_of", "2015-06-30"}}.dump();

void BM_Parse_SeedFootnote(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(vest::web::parse(seed_request));
}
BENCHMARK(BM_Parse_SeedFootnote)->Unit(benchmark::kMicrosecond);

void BM_ParseChart_SeedFootnote(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(vest::web::parse_chart(seed_request));
}
BENCHMARK(BM_ParseChart_SeedFootnote)->Unit(benchmark::kMicrosecond);

void BM_Filing_1000Grants(benchmark::State& state) {
  const std::vector<vest::web::Upload> uploads{{"bench.xml", generated_filing(1000)}};
  std::size_t bytes = 0;
  for (auto _ : state) {
    const auto r = vest::web::filing(uploads, "2020-06-30");
    bytes = r.body.size();
    benchmark::DoNotOptimize(r);
  }
  state.counters["reply_bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_Filing_1000Grants)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i)
    if (std::strncmp(argv[i], "--write-filing=", 15) == 0) {
      std::ofstream(argv[i] + 15, std::ios::binary) << generated_filing(1000);
      return 0;
    }
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  return 0;
}
