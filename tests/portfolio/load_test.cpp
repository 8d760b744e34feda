// Loaders: RFC 4180 CSV, JSON Lines, schedule parameters, errors with FILE:LINE:COLUMN.
#include "engine/portfolio/generate.hpp"
#include "engine/portfolio/load.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

using namespace vest;
using namespace vest::portfolio;

namespace {

const char* kHeader = "id,holder,issuer,security,grant_date,shares,schedule,expiration\n";

Portfolio load_csv(const std::string& csv, LoadReport& report, bool strict = false) {
  Loader l(LoadOptions{strict});
  l.load(csv, "book.csv", InputFormat::csv);
  report = l.report();
  return std::move(l).take();
}

}  // namespace

TEST(ParseFixed, AcceptsFilingNumbersExactly) {
  EXPECT_EQ(parse_fixed("58,824"), 588240000);
  EXPECT_EQ(parse_fixed("47.5"), 475000);
  EXPECT_EQ(parse_fixed("1234.5678"), 12345678);
  EXPECT_EQ(parse_fixed("1,234,567.25"), 12345672500);
  EXPECT_EQ(parse_fixed("0.10000"), 1000);  // trailing zeros beyond 4 decimals are exact
  EXPECT_FALSE(parse_fixed("1.23456"));     // not representable: rejected, not rounded
  EXPECT_FALSE(parse_fixed("12,34"));
  EXPECT_FALSE(parse_fixed("1e5"));
  EXPECT_FALSE(parse_fixed("-3"));
  EXPECT_FALSE(parse_fixed("99999999999999999999"));
  EXPECT_EQ(fixed_to_string(std::int64_t{475000}), "47.5");
  EXPECT_EQ(fixed_to_string(std::int64_t{588240000}), "58824");
}

TEST(ScheduleParameters, SeedOptionShape) {
  const Date anchor = *parse_iso_date("2013-12-16");
  auto segs = parse_schedule_parameters("25% at +12m; rest every 1m x36 from +13m", anchor);
  ASSERT_TRUE(segs) << segs.diagnostics().front().message;
  ScheduleSpec spec;
  spec.total_shares = Amount(200000);
  spec.segments = segs.value();
  auto s = build_schedule(spec);
  ASSERT_TRUE(s);
  ASSERT_EQ(s->tranches().size(), 37u);
  EXPECT_EQ(to_iso(s->tranches()[0].date), "2014-12-16");
  EXPECT_EQ(s->tranches()[0].shares, Amount(50000));
  EXPECT_EQ(to_iso(s->tranches()[1].date), "2015-01-16");
  EXPECT_EQ(s->tranches()[1].shares, Amount(4166));
  EXPECT_EQ(to_iso(s->tranches()[36].date), "2017-12-16");
}

TEST(ScheduleParameters, ErrorsQuoteTheWords) {
  auto r = parse_schedule_parameters("all every fortnight", *parse_iso_date("2020-01-01"));
  ASSERT_FALSE(r);
  EXPECT_NE(r.diagnostics().front().message.find("every 1m x36"), std::string::npos);
  auto r2 = parse_schedule_parameters("most at +12m", *parse_iso_date("2020-01-01"));
  ASSERT_FALSE(r2);
  EXPECT_NE(r2.diagnostics().front().message.find("\"most\""), std::string::npos);
}

TEST(LoadCsv, BadRowsAreReportedWithFileLineColumnAndTheRestLoads) {
  const std::string csv = std::string(kHeader) +
                          "a,H,I,Common,2020-01-15,1000,all every 1y x4,\n"        // line 2 ok
                          "b,H,I,Common,2023-02-30,1000,all every 1y x4,\n"        // line 3: bad date, column 14
                          "c,H,I,Common,2020-01-15,12x,all every 1y x4,\n"         // line 4: bad shares, column 25
                          "d,H,I,Common,2020-01-15,100,all every fortnight,\n"     // line 5: bad schedule, column 29
                          "e,\"H \"1\",I,Common,2020-01-15,100,all at +0d,\n"      // line 6: bad quoting, column 7
                          "f,H,I,Common,2020-01-15,100\n"                          // line 7: too few fields
                          "g,\"Holder, with comma\",I,Common,2020-01-15,\"1,500\",all at +12m,\n";  // line 8 ok
  LoadReport rep;
  const Portfolio p = load_csv(csv, rep);
  EXPECT_EQ(rep.loaded, 2u);
  EXPECT_EQ(rep.rejected, 5u);
  ASSERT_EQ(rep.diagnostics.size(), 5u);
  auto where = [&](std::size_t k) {
    const auto& d = rep.diagnostics[k];
    return d.where.file + ":" + std::to_string(d.where.line) + ":" + std::to_string(d.where.column) + " " + d.code;
  };
  EXPECT_EQ(where(0), "book.csv:3:14 bad_date");
  EXPECT_EQ(where(1), "book.csv:4:25 bad_shares");
  EXPECT_EQ(where(2), "book.csv:5:29 bad_schedule");
  EXPECT_EQ(where(3), "book.csv:6:7 bad_csv");
  EXPECT_EQ(where(4).substr(0, 11), "book.csv:7:");
  EXPECT_EQ(format(rep.diagnostics[0]).substr(0, 14), "book.csv:3:14:");
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p.id(1), "g");
  EXPECT_EQ(p.holders[p.holder[1]], "Holder, with comma");
  EXPECT_EQ(p.shares[1], 15000000);
}

TEST(LoadCsv, QuotedFieldsFollowRfc4180) {
  const std::string csv = std::string(kHeader) +
                          "\"x\"\"1\",\"two\nlines\",I,Common,2020-01-15,10,all at +0d,\r\n"
                          "y,H,I,Common,2020-01-15,10,all at +0d,\r\n";
  LoadReport rep;
  const Portfolio p = load_csv(csv, rep);
  ASSERT_EQ(rep.loaded, 2u) << (rep.diagnostics.empty() ? "" : format(rep.diagnostics[0]));
  EXPECT_EQ(p.id(0), "x\"1");
  EXPECT_EQ(p.holders[p.holder[0]], "two\nlines");
  EXPECT_EQ(p.id(1), "y");
}

TEST(LoadCsv, LineNumbersCountLineBreaksInsideQuotes) {
  const std::string csv = std::string(kHeader) + "a,\"multi\nline\",I,C,2020-01-15,10,all at +0d,\n" + "b,H,I,C,2020-13-01,10,all at +0d,\n";
  LoadReport rep;
  load_csv(csv, rep);
  ASSERT_EQ(rep.diagnostics.size(), 1u);
  EXPECT_EQ(rep.diagnostics[0].where.line, 4u);
  EXPECT_EQ(rep.diagnostics[0].where.column, 9u);
}

// Plain records take a one-pass splitter that stores no locations; a record with a ""
// escape or a quoted line break takes the general one. Both must name the same column.
TEST(LoadCsv, BothSplittersReportTheSameLineAndColumn) {
  const std::string rows[] = {
      "b,H,I,C,\"2023-02-30\",10,all at +0d,\n",            // quoted bad date: the column of its opening quote
      "c,H,I,C,2020-01-15,,all at +0d,\n",                   // empty shares
      "d,\"H\",I,C,2020-01-15,\"\",all at +0d,\n",         // quoted empty shares
      "e,H,I,C,2020-01-15,10,\"all every fortnight\",\n",     // quoted bad schedule
      "f,H,I,C,2020-01-15,10,all at +0d,2020-01-1x\n",        // last field
  };
  for (const auto& row : rows) {
    // The same row after a plain record and after one with a "" escape on a line of its own.
    LoadReport plain, escaped;
    load_csv(std::string(kHeader) + "a,H,I,C,2020-01-15,10,all at +0d,\n" + row, plain);
    std::string general = row;
    general.replace(0, 1, "\"x\"\"\"");  // id x" (same width as the row's own id plus 4)
    load_csv(std::string(kHeader) + "a,H,I,C,2020-01-15,10,all at +0d,\n" + general, escaped);
    ASSERT_EQ(plain.diagnostics.size(), 1u) << row;
    ASSERT_EQ(escaped.diagnostics.size(), 1u) << row;
    EXPECT_EQ(plain.diagnostics[0].where.line, 3u) << row;
    EXPECT_EQ(escaped.diagnostics[0].where.line, 3u) << row;
    EXPECT_EQ(plain.diagnostics[0].where.column + 4, escaped.diagnostics[0].where.column) << row;
    EXPECT_EQ(plain.diagnostics[0].code, escaped.diagnostics[0].code) << row;
  }
  // A one-column file: "" alone on a line is a blank line in both.
  LoadReport one;
  load_csv("shares\n\"\"\n", one);
  EXPECT_EQ(one.loaded, 0u);
  EXPECT_EQ(one.rejected, 0u);
}

TEST(LoadCsv, StrictStopsAtTheFirstBadRow) {
  const std::string csv = std::string(kHeader) + "a,H,I,C,2020-02-30,10,all at +0d,\nb,H,I,C,2020-01-15,10,all at +0d,\n";
  LoadReport rep;
  Loader l(LoadOptions{true});
  EXPECT_FALSE(l.load(csv, "book.csv", InputFormat::csv));
  EXPECT_EQ(l.report().rejected, 1u);
  EXPECT_EQ(l.report().loaded, 0u);
}

TEST(LoadJsonLines, ReadsFlatObjectsAndKeepsNumbersExact) {
  const std::string jsonl =
      "{\"id\": \"a\", \"holder\": \"H\", \"grant_date\": \"2020-01-15\", \"shares\": 47.5, \"schedule\": \"all every 1y x4\"}\n"
      "{\"id\": \"b\", \"grant_date\": \"2020-01-15\", \"shares\": 0.1, \"schedule\": \"all at +0d\"}\n"
      "{\"id\": \"c\", \"grant_date\": \"2020-01-15\" \"shares\": 1}\n"
      "{\"id\": \"d\", \"grant_date\": \"2020-01-15\", \"shares\": \"x\", \"schedule\": \"all at +0d\"}\n";
  Loader l;
  l.load(jsonl, "book.jsonl", InputFormat::jsonl);
  const auto rep = l.report();
  EXPECT_EQ(rep.loaded, 2u);
  EXPECT_EQ(rep.rejected, 2u);
  ASSERT_EQ(rep.diagnostics.size(), 2u);
  EXPECT_EQ(rep.diagnostics[0].where.line, 3u);
  EXPECT_EQ(rep.diagnostics[0].code, "bad_json");
  EXPECT_EQ(rep.diagnostics[1].where.line, 4u);
  EXPECT_EQ(rep.diagnostics[1].where.column, 41u);  // the "shares" key
  const Portfolio p = std::move(l).take();
  EXPECT_EQ(p.shares[0], 475000);
  EXPECT_EQ(p.shares[1], 1000);
}

TEST(LoadFilingJson, ReadsGrantsOfFilings) {
  const std::string json = R"({"filings": [{"issuer": {"name": "Sonus"}, "owner": "Jane Roe", "grants": [
      {"id": "g1", "grant_date": "2013-12-16", "shares": 200000, "schedule": "25% at +12m; rest every 1m x36 from +13m",
       "expiration": "2023-12-16", "exercise_price": "2.91"}]}]})";
  Loader l;
  l.load(json, "f.json", InputFormat::filing_json);
  EXPECT_EQ(l.report().loaded, 1u);
  const Portfolio p = std::move(l).take();
  EXPECT_EQ(p.issuers[p.issuer[0]], "Sonus");
  EXPECT_EQ(p.holders[p.holder[0]], "Jane Roe");
}

TEST(LoadFilingJson, ReadsTheTranchesThatVestFilingPrints) {
  // The shape of `vest filing --format json`: tranches and contingent shares per grant.
  const std::string json = R"({"filings": [{"issuer": {"name": "Sonus Networks"}, "owners": [{"name": "Jane Roe"}], "grants": [
      {"security": "Restricted Stock", "grant_date": "2013-02-15", "shares": 58824, "kind": "time_based",
       "tranches": [{"date": "2013-08-15", "shares": 29412}, {"date": "2014-02-15", "shares": 29412}], "contingent_shares": 0},
      {"security": "PSU", "grant_date": "2013-02-15", "shares": 47.5, "kind": "mixed",
       "tranches": [{"date": "2014-02-15", "shares": 23.75}], "contingent_shares": 23.75},
      {"security": "Common Stock", "grant_date": "2013-02-15", "shares": 100, "kind": "not_vesting", "tranches": []}]}]})";
  Loader l;
  l.load(json, "f.json", InputFormat::filing_json);
  EXPECT_EQ(l.report().loaded, 2u);
  EXPECT_EQ(l.report().not_understood, 1u);
  const Portfolio p = std::move(l).take();
  EXPECT_EQ(p.holders[p.holder[0]], "Jane Roe");
  const Figures a = AsOfQuery(p, *parse_iso_date("2013-12-31")).at(0);
  EXPECT_EQ(a.vested, 29412 * kScale);
  EXPECT_EQ(a.unvested, 29412 * kScale);
  const Figures b = AsOfQuery(p, *parse_iso_date("2014-03-01")).at(1);
  EXPECT_EQ(b.vested, 237500);
  EXPECT_EQ(b.contingent, 237500);
}

TEST(LoadCsv, GrantsOfOneShapeShareItAndCostThirtyTwoBytes) {
  std::string csv = kHeader;
  char row[160];
  for (int i = 0; i < 1000; ++i) {
    std::snprintf(row, sizeof row, "g%d,H%d,I,C,20%d-0%d-%d,%d,25%% at +12m; rest every 1m x36 from +13m,\n", i, i % 7,
                  10 + i % 15, 1 + i % 9, 10 + i % 19, 1 + i * 37);
    csv += row;
  }
  LoadReport rep;
  const Portfolio p = load_csv(csv, rep);
  EXPECT_EQ(rep.loaded, 1000u);
  EXPECT_EQ(p.shapes.size(), 1u);
  EXPECT_TRUE(p.extras.empty());
  EXPECT_EQ(p.compact_bytes() / p.size(), 32u);
}

namespace {

// Everything a load produces, as text, to compare one reader with two.
std::string load_dump(const std::string& csv, unsigned threads) {
  LoadOptions o;
  o.threads = threads;
  Loader l(o);
  l.load(csv, "big.csv", InputFormat::csv);
  std::string out;
  const LoadReport& r = l.report();
  out += std::to_string(r.loaded) + " " + std::to_string(r.rejected) + " " + std::to_string(r.not_understood) + " " +
         std::to_string(r.interpretations) + " " + std::to_string(r.cache_hits) + "\n";
  for (const auto& d : r.diagnostics) out += format(d) + "\n";
  const Portfolio p = std::move(l).take();
  for (std::size_t i = 0; i < p.size(); ++i) {
    out += std::string(p.id(i)) + "," + std::to_string(p.shares[i]) + "," + std::to_string(p.shape[i]) + "," +
           std::to_string(p.anchor[i]) + "," + p.holders[p.holder[i]] + "," + std::to_string(p.holder[i]) + "," +
           std::to_string(p.issuer[i]) + "," + std::to_string(p.security[i]) + ",";
    if (p.extra[i] != kNone) {
      const GrantExtra& e = p.extras[p.extra[i]];
      out += std::to_string(e.gate) + "/" + std::to_string(e.termination) + "/" + std::to_string(e.expiration) + "/" +
             std::to_string(e.vested_at_termination) + "/" + std::to_string(e.exercised);
    }
    out += "\n";
  }
  for (std::size_t s = 0; s < p.shapes.size(); ++s)
    out += p.shapes[s].key + " " + std::to_string(p.shape_lo[s]) + " " + std::to_string(p.shape_hi[s]) + "\n";
  out += std::to_string(p.holders.size()) + " " + std::to_string(p.issuers.size()) + " " + std::to_string(p.securities.size());
  return out;
}

}  // namespace

TEST(LoadCsv, TwoReadersLoadExactlyWhatOneDoes) {
  for (unsigned footnotes : {0u, 2u}) {
    std::ostringstream g;
    GenerateOptions o;
    o.grants = 30000;
    o.seed = 3;
    o.footnote_percent = footnotes;
    o.with_bad_rows = true;
    generate_portfolio(g, o);
    const std::string csv = g.str();
    ASSERT_GT(csv.size(), std::size_t{2} << 20);
    const std::string one = load_dump(csv, 1);
    EXPECT_EQ(one, load_dump(csv, 2)) << "footnote_percent " << footnotes;
  }
}

TEST(LoadCsv, TwoReadersSplitOutsideQuotedLineBreaks) {
  std::string csv = kHeader;
  for (int i = 0; i < 40000; ++i)
    csv += "r" + std::to_string(i) + ",\"Holder\n" + std::to_string(i % 97) + "\",I,Common,2020-01-15,100,all every 1y x4,\n" +
           (i % 5000 == 7 ? "x,H,I,Common,2023-02-30,1000,all every 1y x4,\n" : "");
  ASSERT_GT(csv.size(), std::size_t{1} << 21);
  EXPECT_EQ(load_dump(csv, 1), load_dump(csv, 2));
}

// A row with an odd number of quotes early on flips the quote parity the split is
// chosen by, so the second reader starts inside a quoted line break: the first reader
// then runs past the split and reads the rest itself (a new record buffer each time).
TEST(LoadCsv, TwoReadersFallBackWhenTheSplitLandsInsideQuotes) {
  std::string csv = kHeader;
  csv += "bad,\"H \"1\",I,Common,2020-01-15,100,all at +0d,\n";
  for (int i = 0; i < 40000; ++i)
    csv += "r" + std::to_string(i) + ",\"Holder\n" + std::to_string(i % 97) + "\",I,Common,2020-01-15,100,all every 1y x4,\n";
  ASSERT_GT(csv.size(), std::size_t{1} << 21);
  const std::string one = load_dump(csv, 1);
  EXPECT_EQ(one, load_dump(csv, 2));
  EXPECT_EQ(one.substr(0, 8), "40000 1 ");
}

// load_file maps the file (mmap) where it can: the same grants and diagnostics as
// loading the text, a missing file is an error, an empty one loads nothing.
TEST(LoadFile, MappedFileLoadsWhatTheTextDoes) {
  std::ostringstream g;
  GenerateOptions o;
  o.grants = 3000;
  o.seed = 9;
  o.with_bad_rows = true;
  generate_portfolio(g, o);
  const std::string csv = g.str();
  const auto path = std::filesystem::temp_directory_path() / ("vest_load_test_" + std::to_string(::getpid()) + ".csv");
  {
    std::ofstream f(path, std::ios::binary);
    f << csv;
  }
  Loader from_file, from_text;
  EXPECT_EQ(from_file.load_file(path.string()), from_text.load(csv, path.string(), InputFormat::csv));
  ASSERT_EQ(from_file.report().diagnostics.size(), from_text.report().diagnostics.size());
  for (std::size_t k = 0; k < from_text.report().diagnostics.size(); ++k)
    EXPECT_EQ(format(from_file.report().diagnostics[k]), format(from_text.report().diagnostics[k]));
  const Portfolio a = std::move(from_file).take(), b = std::move(from_text).take();
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    ASSERT_EQ(a.id(i), b.id(i));
    ASSERT_EQ(a.shares[i], b.shares[i]);
    ASSERT_EQ(a.holders[a.holder[i]], b.holders[b.holder[i]]);
  }
  std::filesystem::remove(path);
  Loader missing;
  EXPECT_FALSE(missing.load_file(path.string()));
  { std::ofstream f(path, std::ios::binary); }
  Loader empty;
  empty.load_file(path.string());
  EXPECT_EQ(empty.size(), 0u);
  std::filesystem::remove(path);
}

// Issue 12 item 8: one unbalanced quote costs its own line, never the rows after it.
TEST(LoadCsv, AnUnbalancedQuoteCostsOnlyItsOwnLine) {
  std::string csv = "id,holder,issuer,grant_date,shares,schedule\n";
  for (int i = 1; i <= 10; ++i)
    csv += i == 2 ? "g2,\"Bob,Acme,2020-01-01,100,all at +12m\n"
                  : "g" + std::to_string(i) + ",H,Acme,2020-01-01,100,all at +12m\n";
  for (unsigned threads : {1u, 2u}) {
    Loader l(LoadOptions{false, threads});
    l.load(csv, "book.csv", InputFormat::csv);
    const LoadReport& r = l.report();
    EXPECT_EQ(r.loaded, 9u);
    EXPECT_EQ(r.rejected, 1u);
    ASSERT_EQ(r.diagnostics.size(), 1u);
    EXPECT_EQ(r.diagnostics[0].where.line, 3u);  // the line with the opening quote
    EXPECT_EQ(r.diagnostics[0].where.column, 4u);
  }
  // The quote closes on a later line before junk: still the opening line is named.
  LoadReport r;
  load_csv("id,holder,issuer,grant_date,shares,schedule\n"
           "g1,\"Bob,Acme,2020-01-01,100,all at +12m\n"
           "g2,Al,\"Acme, Inc\",2020-01-01,100,all at +12m\n"
           "g3,Al,Acme,2020-01-01,100,all at +12m\n",
           r);
  EXPECT_EQ(r.loaded, 2u);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].where.line, 2u);
  EXPECT_NE(r.diagnostics[0].message.find("unbalanced quote"), std::string::npos);
  // A real quoted line break still loads.
  load_csv("id,holder,issuer,grant_date,shares,schedule\ng1,\"Ann\nSmith\",Acme,2020-01-01,100,all at +12m\ng2,B,Acme,2020-01-01,1,all at +1m\n", r);
  EXPECT_EQ(r.loaded, 2u);
  EXPECT_EQ(r.rejected, 0u);
}

// Issue 12 item 9: a column named twice is an error naming it, not the last one silently.
TEST(LoadCsv, ADuplicatedHeaderColumnIsAnError) {
  LoadReport r;
  const Portfolio p = load_csv("id,holder,shares,issuer,shares,grant_date,schedule\ng1,A,5000,X,25,2020-01-01,all at +1m\n", r);
  EXPECT_EQ(p.size(), 0u);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].code, "duplicate_column");
  EXPECT_EQ(r.diagnostics[0].where.line, 1u);
  EXPECT_NE(r.diagnostics[0].message.find("\"shares\""), std::string::npos);
  load_csv("id,text,footnote,shares\n", r);
  EXPECT_EQ(r.diagnostics.at(0).code, "duplicate_column");
}

// Issue 12 item 20: a share count too large for a portfolio says so.
TEST(LoadCsv, HugeShareCountsAreOutOfRangeNotNotANumber) {
  LoadReport r;
  load_csv("id,grant_date,shares,schedule\ng1,2020-01-01,1000000000000000000000,all at +1m\ng2,2020-01-01,1.123456,all at +1m\n", r);
  ASSERT_EQ(r.diagnostics.size(), 2u);
  EXPECT_EQ(r.diagnostics[0].code, "shares_too_large");
  EXPECT_NE(r.diagnostics[1].message.find("more than 4 decimals"), std::string::npos);
}

// Issue 12 item 17: a footnote over the limit rejects its row with a clear error.
TEST(LoadCsv, FootnoteOverTheLimitIsRejected) {
  LoadOptions o;
  o.max_footnote_bytes = 20;
  Loader l(o);
  l.load("id,grant_date,shares,footnote\ng1,2020-01-01,10,All shares vest on March 1 2025 and that is a long footnote\n", "b.csv",
         InputFormat::csv);
  ASSERT_EQ(l.report().diagnostics.size(), 1u);
  EXPECT_EQ(l.report().diagnostics[0].code, "footnote_too_long");
}

// Issue 12 item 3: a folder is an error, not an abort.
TEST(LoadFile, AFolderIsCannotRead) {
  Loader l;
  EXPECT_FALSE(l.load_file(std::filesystem::temp_directory_path().string()));
  ASSERT_EQ(l.report().diagnostics.size(), 1u);
  EXPECT_EQ(l.report().diagnostics[0].code, "cannot_read");
}
