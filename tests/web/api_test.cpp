// engine/web/api.hpp: the workbench API answers with the CLI's JSON, read
// from memory. (The page itself is tested in Chromium: workbench.test.mjs.)
#include "engine/web/api.hpp"

#include "engine/core/projection.hpp"
#include "engine/core/schedule_json.hpp"
#include "engine/filings/filing_json.hpp"
#include "engine/filings/reader.hpp"
#include "engine/portfolio/portfolio_json.hpp"
#include "rules/interpretation_json.hpp"
#include "rules/option_inference.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

namespace vest::web {
namespace {

const std::string seed_text =
    "25% of the shares underlying this option vests on December 16, 2014. The remaining 75% of the shares underlying "
    "this option will then vest in equal monthly increments for the following 36 months through December 16, 2017.";

std::string file_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

nlohmann::json seed_request() {
  return {{"text", seed_text}, {"grant_date", "2013-12-16"}, {"shares", "200000"}, {"is_option", true},
          {"expiration", "2023-12-16"}, {"as_of", "2015-06-30"}};
}

TEST(Parse, AnswersWithTheParseJsonOfTheCli) {
  const Reply r = parse(seed_request().dump());
  ASSERT_EQ(r.status, 200) << r.body;
  auto j = nlohmann::json::parse(r.body);
  rules::GrantContext c;
  c.grant_date = parse_iso_date("2013-12-16");
  c.shares = Amount(200000);
  c.expiration = parse_iso_date("2023-12-16");
  const auto in = rules::interpret_grant(seed_text, c, true);
  nlohmann::json cli = rules::to_json(in);
  cli["as_of"] = projection_json(project(*in.schedule, *parse_iso_date("2015-06-30")));
  for (auto& t : j["tranches"]) t.erase("spans");  // the API's addition
  EXPECT_EQ(j, cli);
  EXPECT_EQ(j["as_of"]["vested"], 75000);
  EXPECT_EQ(j["as_of"]["exercisable"], 75000);
  EXPECT_EQ(j["tranches"].size(), 37u);
}

TEST(Parse, EachTrancheNamesTheCharactersThatProducedIt) {
  const auto j = nlohmann::json::parse(parse(seed_request().dump()).body);
  const auto& first = j["tranches"][0]["spans"];
  ASSERT_FALSE(first.empty());
  EXPECT_EQ(first[0], nlohmann::json({0, 67}));
  EXPECT_EQ(seed_text.substr(0, 67), "25% of the shares underlying this option vests on December 16, 2014");
  EXPECT_EQ(j["tranches"][1]["spans"][0], nlohmann::json({69, 220}));
}

TEST(Parse, BadFieldsAre400NamingTheField) {
  const Reply r = parse(R"({"text": "25% vests on May 1, 2021", "shares": "many", "grant_date": "2021-02-30"})");
  EXPECT_EQ(r.status, 400);
  const auto j = nlohmann::json::parse(r.body);
  ASSERT_EQ(j["errors"].size(), 2u);
  EXPECT_EQ(j["errors"][0]["field"], "grant_date");
  EXPECT_EQ(j["errors"][1]["field"], "shares");
  EXPECT_EQ(parse("not json").status, 400);
  EXPECT_EQ(parse(R"({"shares": 5})").status, 400);
  EXPECT_EQ(parse(R"({"text": "x", "is_option": "yes"})").status, 400);
}

TEST(Parse, WithoutIsOptionTheOptionIsInferredAsTheCliDoes) {
  nlohmann::json request = seed_request();
  request.erase("is_option");
  request.erase("expiration");
  const auto j = nlohmann::json::parse(parse(request.dump()).body);
  EXPECT_EQ(j["as_of"]["exercisable"], 75000);  // "the shares underlying this option"
  bool inferred = false;
  for (const auto& w : j["warnings"]) inferred |= w["code"] == "option_inferred";
  EXPECT_TRUE(inferred) << j["warnings"].dump();
}

TEST(Parse, FractionalSharesAreReadExactly) {
  const auto j = nlohmann::json::parse(parse(R"({"text": "50% vests on May 1, 2021 and 50% on May 1, 2022", "shares": 47.5})").body);
  ASSERT_EQ(j["tranches"].size(), 2u) << j.dump();
  // Whole shares first (cumulative round down), the fraction stays in the last tranche.
  EXPECT_EQ(j["tranches"][0]["shares"], 23);
  EXPECT_EQ(json_amount(*Amount::parse("24.5")), j["tranches"][1]["shares"]);
}

TEST(ParseChart, DrawsTheScheduleOrSays422) {
  const Reply chart = parse_chart(seed_request().dump());
  EXPECT_EQ(chart.status, 200);
  EXPECT_EQ(chart.content_type, "image/svg+xml");
  EXPECT_NE(chart.body.find("vested 75,000 · unvested 125,000 · exercisable 75,000"), std::string::npos);
  const Reply refused = parse_chart(R"({"text": "The blue moon vests the option", "shares": 10})");
  EXPECT_EQ(refused.status, 422);
  EXPECT_TRUE(nlohmann::json::parse(refused.body)["tranches"].empty());
}

// The CLI's `vest filing --format json` objects for a path, read from disk.
nlohmann::json cli_filings(const std::string& path, const filings::ViewOptions& view) {
  nlohmann::json list = nlohmann::json::array();
  filings::read_input(path, [&](Result<filings::Filing>&& r) {
    if (!r) return list.push_back(filings::failed_input_json(r.diagnostics()));
    list.push_back(filings::filing_json(r.value(), filings::extract_grants(r.value(), rules::interpret), view));
  });
  return list;
}

nlohmann::json without_web_fields(nlohmann::json filings) {
  for (auto& f : filings)
    if (f.contains("grants"))
      for (auto& g : f["grants"]) {
        g.erase("text");
        g.erase("is_option");
      }
  return filings;
}

TEST(Filing, AnUploadReadsAsTheSameFileDoesOnTheCommandLine) {
  const std::string path = VEST_SHARED_DIR "/corpus/form4-xml/snowflake-SNOW-2022-12-13-scarpelli.xml";
  const Reply r = filing({{path, file_text(path)}}, "2024-06-30");
  ASSERT_EQ(r.status, 200);
  const auto j = nlohmann::json::parse(r.body);
  filings::ViewOptions view;
  view.as_of = parse_iso_date("2024-06-30");
  EXPECT_EQ(without_web_fields(j["filings"]), cli_filings(path, view));
  EXPECT_FALSE(j["filings"][0]["grants"][0]["text"].get<std::string>().empty());
}

TEST(Filing, ADataSetZipIsReadInMemory) {
  const std::string path = VEST_FIXTURES_DIR "/dataset.zip";
  const Reply r = filing({{path, file_text(path)}}, "");
  const auto j = nlohmann::json::parse(r.body);
  ASSERT_EQ(j["filings"].size(), 2u);
  EXPECT_EQ(without_web_fields(j["filings"]), cli_filings(path, {}));
}

TEST(Filing, AMalformedUploadGetsFileAndLine) {
  const Reply r = filing({{"broken.xml", "<?xml version=\"1.0\"?>\n<ownershipDocument>\n<issuer><issuerCik>1</issuer>\n"}}, "");
  const auto j = nlohmann::json::parse(r.body);
  const auto& e = j["filings"][0]["errors"][0];
  EXPECT_EQ(e["file"], "broken.xml");
  EXPECT_EQ(e["line"], 3);
  const Reply unknown = filing({{"notes.txt", "hello"}}, "");
  EXPECT_EQ(nlohmann::json::parse(unknown.body)["filings"][0]["errors"][0]["code"], "unrecognized_format");
  EXPECT_EQ(filing({}, "").status, 400);
  EXPECT_EQ(filing({{"a.xml", "x"}}, "someday").status, 400);
}

const std::string book =
    "id,holder,issuer,grant_date,shares,schedule\n"
    "g1,Ann,Acme,2024-01-01,1000,all every 1m x4\n"
    "g2,Bob,Globex,2024-01-01,47.5,all at +1m\n"
    "g3,Cid,Acme,2024-01-01,12,sometimes\n";

TEST(Portfolio, AsOfTotalsAreTheCliJsonPlusItsDiagnostics) {
  PortfolioQuery q;
  q.as_of = "2024-03-15";
  const Reply r = portfolio({{"book.csv", book}}, q);
  ASSERT_EQ(r.status, 200) << r.body;
  auto j = nlohmann::json::parse(r.body);
  portfolio::Loader loader;
  loader.load(book, "book.csv", portfolio::InputFormat::csv);
  const auto report = loader.report();
  auto p = std::move(loader).take();
  portfolio::cluster(p);
  const portfolio::AsOfQuery query(p, *parse_iso_date("2024-03-15"));
  const auto cli = nlohmann::json::parse(
      portfolio::as_of_json(p, report, *parse_iso_date("2024-03-15"), portfolio::GroupBy::issuer, query.run(portfolio::GroupBy::issuer)));
  ASSERT_EQ(j["diagnostics"].size(), 1u);
  EXPECT_EQ(j["diagnostics"][0]["file"], "book.csv");
  EXPECT_EQ(j["diagnostics"][0]["line"], 4);
  j.erase("diagnostics");
  EXPECT_EQ(j, cli);
  EXPECT_EQ(j["totals"]["vested"], 547.5);  // 500 of g1 (2 of 4 months) + all of g2
}

TEST(Portfolio, CalendarAndItsChart) {
  PortfolioQuery q;
  q.calendar = "month";
  q.from = "2024-01-01";
  q.to = "2024-06-30";
  q.per_issuer = true;
  const auto j = nlohmann::json::parse(portfolio({{"book.csv", book}}, q).body);
  EXPECT_EQ(j["buckets"].size(), 6u);
  EXPECT_EQ(j["buckets"][1]["shares"], 297.5);
  const Reply chart = portfolio_chart({{"book.csv", book}}, q);
  EXPECT_EQ(chart.content_type, "image/svg+xml");
  // February, stacked by issuer: Acme's 250 and Globex's 47.5, exact.
  EXPECT_NE(chart.body.find("data-series=\"Globex\" data-shares=\"47.5\""), std::string::npos);
  EXPECT_NE(chart.body.find("data-series=\"Acme\" data-shares=\"250\""), std::string::npos);
  q.to = "2023-01-01";
  EXPECT_EQ(portfolio({{"book.csv", book}}, q).status, 400);
}

}  // namespace
}  // namespace vest::web
