#include "engine/web/api.hpp"

#include "engine/chart/calendar_chart.hpp"
#include "engine/chart/grant_chart.hpp"
#include "engine/core/projection.hpp"
#include "engine/core/schedule_json.hpp"
#include "engine/filings/filing_json.hpp"
#include "engine/filings/reader.hpp"
#include "engine/portfolio/portfolio_json.hpp"
#include "rules/interpretation_json.hpp"
#include "rules/option_inference.hpp"

#include <nlohmann/json.hpp>

#include <optional>

namespace vest::web {

Reply error_reply(int status, std::string_view code, std::string_view message, std::string_view field) {
  nlohmann::json e{{"code", code}, {"message", message}};
  if (!field.empty()) e["field"] = field;
  return {status, "application/json", nlohmann::json{{"errors", {e}}}.dump()};
}

namespace {

struct Problems {
  nlohmann::json list = nlohmann::json::array();
  void add(std::string field, std::string message) { list.push_back({{"code", "invalid_input"}, {"message", message}, {"field", field}}); }
  Reply reply() const { return {400, "application/json", nlohmann::json{{"errors", list}}.dump()}; }
};

std::optional<Date> date_field(const nlohmann::json& j, const char* key, Problems& problems) {
  if (!j.contains(key) || j[key].is_null() || (j[key].is_string() && j[key].get<std::string>().empty())) return std::nullopt;
  if (j[key].is_string())
    if (auto d = parse_iso_date(j[key].get<std::string>())) return d;
  problems.add(key, std::string(key) + " is not a YYYY-MM-DD date: " + j[key].dump());
  return std::nullopt;
}

std::optional<Amount> amount_field(const nlohmann::json& j, const char* key, Problems& problems) {
  if (!j.contains(key) || j[key].is_null() || (j[key].is_string() && j[key].get<std::string>().empty())) return std::nullopt;
  const auto& v = j[key];
  std::optional<Amount> a;
  if (v.is_number_integer()) a = Amount(v.get<std::int64_t>());
  else if (v.is_string()) a = Amount::parse(v.get<std::string>());
  else if (v.is_number_float()) a = Amount::parse(v.dump());  // the decimal as written, read exactly
  if (!a || a->is_negative() || a->is_zero()) {
    problems.add(key, std::string(key) + " is not a positive number: " + v.dump());
    return std::nullopt;
  }
  return a;
}

// A parse request: the footnote, its grant's context and the as-of date.
struct ParseRequest {
  std::string text;
  rules::GrantContext context;
  std::optional<bool> is_option;  // absent: inferred (rules/option_inference.hpp), as `vest parse` does
  std::optional<Date> as_of;
};

std::optional<ParseRequest> read_parse_request(std::string_view body, Reply& error) {
  const auto j = nlohmann::json::parse(body, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    error = error_reply(400, "invalid_json", "the request body is not a JSON object");
    return std::nullopt;
  }
  Problems problems;
  ParseRequest r;
  if (!j.contains("text") || !j["text"].is_string()) problems.add("text", "\"text\" is missing or not a string");
  else r.text = j["text"].get<std::string>();
  r.context.grant_date = date_field(j, "grant_date", problems);
  r.context.expiration = date_field(j, "expiration", problems);
  r.context.shares = amount_field(j, "shares", problems);
  r.context.exercise_price = amount_field(j, "exercise_price", problems);
  if (j.contains("is_option") && !j["is_option"].is_null()) {
    if (j["is_option"].is_boolean()) r.is_option = j["is_option"].get<bool>();
    else problems.add("is_option", "is_option is not true or false: " + j["is_option"].dump());
  }
  r.as_of = date_field(j, "as_of", problems);
  if (!problems.list.empty()) {
    error = problems.reply();
    return std::nullopt;
  }
  return r;
}

// The characters that produced each tranche, from the schedule's provenance,
// unless the interpreter's JSON already carries them.
void add_tranche_spans(nlohmann::json& parsed, const rules::Interpretation& in) {
  if (!in.schedule || !parsed["tranches"].is_array()) return;
  auto& tranches = parsed["tranches"];
  const auto ts = in.schedule->tranches();
  const auto provenance = in.schedule->provenance();
  for (std::size_t i = 0; i < tranches.size() && i < ts.size(); ++i) {
    if (tranches[i].contains("spans")) continue;
    nlohmann::json spans = nlohmann::json::array();
    for (std::size_t source : ts[i].sources)
      if (source < provenance.size())
        for (const auto& s : provenance[source].spans) spans.push_back({s.begin, s.end});
    tranches[i]["spans"] = std::move(spans);
  }
}

}  // namespace

Reply parse(std::string_view body) {
  Reply error;
  const auto request = read_parse_request(body, error);
  if (!request) return error;
  const auto in = rules::interpret_grant(request->text, request->context, request->is_option);
  nlohmann::json j = rules::to_json(in);
  if (request->as_of && in.schedule) j["as_of"] = projection_json(project(*in.schedule, *request->as_of));
  add_tranche_spans(j, in);
  return {200, "application/json", j.dump()};
}

Reply parse_chart(std::string_view body) {
  Reply error;
  const auto request = read_parse_request(body, error);
  if (!request) return error;
  const auto in = rules::interpret_grant(request->text, request->context, request->is_option);
  if (!in.schedule) return {422, "application/json", rules::to_json(in).dump()};
  chart::GrantChartOptions o;
  o.as_of = request->as_of;
  return {200, "image/svg+xml", chart::grant_chart(*in.schedule, o)};
}

Reply filing(const std::vector<Upload>& uploads, std::string_view as_of) {
  filings::ViewOptions view;
  if (!as_of.empty() && !(view.as_of = parse_iso_date(as_of)))
    return error_reply(400, "invalid_input", "as_of is not a YYYY-MM-DD date: \"" + std::string(as_of) + "\"", "as_of");
  if (uploads.empty()) return error_reply(400, "no_file", "no file was uploaded", "file");
  nlohmann::json list = nlohmann::json::array();
  const filings::FilingSink sink = [&](Result<filings::Filing>&& r) {
    if (!r) {
      list.push_back(filings::failed_input_json(r.diagnostics()));
      return;
    }
    const auto grants = filings::extract_grants(r.value(), rules::interpret);
    nlohmann::json j = filings::filing_json(r.value(), grants, view);
    for (std::size_t k = 0; k < grants.grants.size() && k < j["grants"].size(); ++k) {
      j["grants"][k]["text"] = grants.grants[k].text;
      j["grants"][k]["is_option"] = grants.grants[k].context.is_option;
    }
    list.push_back(std::move(j));
  };
  for (const auto& u : uploads) filings::read_memory(u.content, u.name, sink);
  return {200, "application/json", nlohmann::json{{"filings", std::move(list)}}.dump()};
}

namespace {

struct LoadedPortfolio {
  portfolio::Portfolio book;
  portfolio::LoadReport report;
};

std::optional<LoadedPortfolio> load_uploads(const std::vector<Upload>& uploads, Reply& error) {
  if (uploads.empty()) {
    error = error_reply(400, "no_file", "no file was uploaded", "file");
    return std::nullopt;
  }
  portfolio::Loader loader;
  for (const auto& u : uploads)
    loader.load(u.content, u.name, portfolio::detect_format(u.name, std::string_view(u.content).substr(0, 4096)));
  LoadedPortfolio out{{}, loader.report()};
  out.book = std::move(loader).take();
  return out;
}

nlohmann::json diagnostics_json(const Diagnostics& ds) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& d : ds) {
    nlohmann::json j = diagnostic_json(d);
    j["severity"] = d.severity == Severity::error ? "error" : "warning";
    list.push_back(std::move(j));
  }
  return list;
}

struct CalendarQuery {
  portfolio::CalendarUnit unit;
  Date from, to;
};

std::optional<CalendarQuery> read_calendar_query(const PortfolioQuery& q, Reply& error) {
  const auto unit = portfolio::parse_calendar_unit(q.calendar);
  const auto from = parse_iso_date(q.from), to = parse_iso_date(q.to);
  if (!unit) error = error_reply(400, "invalid_input", "calendar must be day, week, month, quarter or year", "calendar");
  else if (!from || !to || *to < *from)
    error = error_reply(400, "invalid_input", "the calendar needs from and to dates (YYYY-MM-DD, from <= to)", "from");
  else return CalendarQuery{*unit, *from, *to};
  return std::nullopt;
}

}  // namespace

Reply portfolio(const std::vector<Upload>& uploads, const PortfolioQuery& q) {
  Reply error;
  std::optional<CalendarQuery> calendar;
  std::optional<Date> as_of;
  std::optional<portfolio::GroupBy> group;
  if (!q.calendar.empty()) {
    if (!(calendar = read_calendar_query(q, error))) return error;
  } else {
    if (!(as_of = parse_iso_date(q.as_of))) return error_reply(400, "invalid_input", "as_of is not a YYYY-MM-DD date", "as_of");
    if (!(group = portfolio::parse_group_by(q.group_by)))
      return error_reply(400, "invalid_input", "group_by must be holder, issuer, security or none", "group_by");
  }
  auto loaded = load_uploads(uploads, error);
  if (!loaded) return error;
  std::string text;
  if (calendar) {
    const auto c = portfolio::vesting_calendar(loaded->book, calendar->unit, calendar->from, calendar->to, q.per_issuer);
    text = portfolio::calendar_json(loaded->book, loaded->report, c, calendar->from, calendar->to, q.calendar, q.per_issuer);
  } else {
    portfolio::cluster(loaded->book);
    const portfolio::AsOfQuery query(loaded->book, *as_of);
    text = portfolio::as_of_json(loaded->book, loaded->report, *as_of, *group, query.run(*group));
  }
  auto j = nlohmann::ordered_json::parse(text);
  j["diagnostics"] = diagnostics_json(loaded->report.diagnostics);
  return {200, "application/json", j.dump()};
}

Reply portfolio_chart(const std::vector<Upload>& uploads, const PortfolioQuery& q) {
  Reply error;
  const auto calendar = read_calendar_query(q, error);
  if (!calendar) return error;
  auto loaded = load_uploads(uploads, error);
  if (!loaded) return error;
  const auto c = portfolio::vesting_calendar(loaded->book, calendar->unit, calendar->from, calendar->to, q.per_issuer);
  chart::CalendarChartOptions o;
  o.title = chart::calendar_title(q.calendar, calendar->from, calendar->to, loaded->book.size());
  return {200, "image/svg+xml", chart::calendar_chart(chart::calendar_data(c, loaded->book, calendar->unit, q.per_issuer), o)};
}

}  // namespace vest::web
