#include "engine/filings/grants.hpp"

#include <algorithm>
#include <cctype>

namespace vest::filings {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool states_schedule(rules::Kind k) {
  return k == rules::Kind::time_based || k == rules::Kind::immediate || k == rules::Kind::performance ||
         k == rules::Kind::mixed;
}

// An unrecognised footnote on a row that is not an award still makes the row a
// grant when it speaks of vesting: better an honest "unrecognized" grant than a
// schedule silently dropped.
bool speaks_of_vesting(std::string_view text) {
  const std::string t = lower(text);
  return t.find("vest") != std::string::npos || t.find("exercisable") != std::string::npos;
}

std::string describe_row(const Row& r) {
  std::string s = r.derivative ? "Table II " : "Table I ";
  s += r.holding ? "holding" : "transaction";
  if (!r.code.empty()) s += " (code " + r.code + ")";
  if (!r.security.empty()) s += " of " + r.security;
  return s;
}

bool same_context(const rules::GrantContext& a, const rules::GrantContext& b) {
  return a.grant_date == b.grant_date && a.shares == b.shares && a.expiration == b.expiration &&
         a.is_option == b.is_option && a.exercise_price == b.exercise_price;
}

// The interpretations of one filing by (text, context), so that rows sharing
// a footnote and a context read it once. Only texts that may be asked for
// again are kept (a footnote referenced by one row is moved out, not copied).
class FilingMemo {
 public:
  explicit FilingMemo(const InterpretFn& interpret) : interpret_(interpret) {}

  rules::Interpretation get(std::string_view text, const rules::GrantContext& context, bool asked_again) {
    for (const auto& m : kept_)
      if (m.text == text && same_context(m.context, context)) return m.result;
    auto result = interpret_(text, context);
    if (asked_again) kept_.push_back({std::string(text), context, result});
    return result;
  }

 private:
  struct Kept {
    std::string text;
    rules::GrantContext context;
    rules::Interpretation result;
  };
  const InterpretFn& interpret_;
  std::vector<Kept> kept_;
};

}  // namespace

rules::Kind NoteKinds::kind(const std::string& text, const InterpretFn& interpret) {
  if (const auto it = kinds_.find(text); it != kinds_.end()) return it->second;
  const rules::Kind k = interpret(text, rules::GrantContext{}).kind;
  if (kinds_.size() >= capacity_) kinds_.clear();
  kinds_.emplace(text, k);
  return k;
}

bool is_option_title(std::string_view security_title) {
  const std::string t = lower(security_title);
  if (t.find("restricted") != std::string::npos || t.find("rsu") != std::string::npos ||
      t.find("stock unit") != std::string::npos)
    return false;
  return t.find("option") != std::string::npos || t.find("right to buy") != std::string::npos ||
         t.find("sar") == 0 || t.find("warrant") != std::string::npos;
}

rules::GrantContext grant_context(const Row& row) {
  rules::GrantContext c;
  c.grant_date = row.transaction_date;
  if (row.derivative) {
    if (row.underlying_shares && !row.underlying_shares->is_zero())
      c.shares = row.underlying_shares;
    else if (!row.holding)
      c.shares = row.shares;
    else
      c.shares = row.owned_after;
    c.expiration = row.expiration_date;
    c.is_option = is_option_title(row.security);
    if (c.is_option && row.exercise_price && !row.exercise_price->is_zero()) c.exercise_price = row.exercise_price;
  } else {
    c.shares = row.holding ? row.owned_after : row.shares;
  }
  return c;
}

std::optional<FootnoteSpan> locate(const Grant& grant, Span span) {
  for (const auto& p : grant.parts) {
    if (span.begin >= p.offset && span.end <= p.offset + p.length)
      return FootnoteSpan{p.id, Span{span.begin - p.offset, span.end - p.offset}};
  }
  return std::nullopt;
}

FilingGrants extract_grants(const Filing& filing, const InterpretFn& interpret, NoteKinds* note_kinds) {
  FilingGrants out;
  std::vector<std::string> used;  // footnotes that became part of a schedule
  FilingMemo memo(interpret);
  // How many rows reference each footnote: only those referenced twice are worth keeping in the memo.
  std::vector<std::vector<std::string>> row_ids;
  std::unordered_map<std::string, int> references;
  for (const auto& row : filing.rows)
    for (const auto& id : row_ids.emplace_back(row.footnote_ids())) ++references[id];

  for (std::size_t i = 0; i < filing.rows.size(); ++i) {
    const Row& row = filing.rows[i];
    const rules::GrantContext context = grant_context(row);
    const auto& ids = row_ids[i];

    // Classify each referenced footnote on its own.
    std::vector<const Footnote*> candidates;
    std::optional<rules::Interpretation> single;  // reused when one footnote is the whole schedule
    bool any_schedule = false, any_vesting_words = false;
    for (const auto& id : ids) {
      const Footnote* f = filing.footnote(id);
      if (!f) continue;
      auto alone = memo.get(f->text, context, references[id] > 1);
      if (alone.kind == rules::Kind::not_vesting) continue;
      const rules::Kind kind = alone.kind;
      candidates.push_back(f);
      any_schedule = any_schedule || states_schedule(kind);
      any_vesting_words = any_vesting_words || (kind == rules::Kind::unrecognized && speaks_of_vesting(f->text));
      if (candidates.size() == 1) single = std::move(alone);
    }
    if (!row.is_award() && !any_schedule && !any_vesting_words) {
      for (const auto& d : row.problems) out.warnings.push_back(Diagnostic::warning(d.code, d.message, d.where));
      continue;
    }

    Grant g;
    g.row = i;
    g.award = row.is_award();
    g.context = context;
    g.footnote_ids = ids;
    const SourceLocation where{filing.source, row.line, 0, "", {}};
    if (!g.award)
      g.warnings.push_back(Diagnostic::warning(
          "not_an_award_row",
          describe_row(row) + " is not an award (code A) but its footnotes speak of vesting; the shares are those the row reports, not necessarily the whole award",
          where));
    if (row.derivative && row.underlying_shares && row.shares && *row.underlying_shares != *row.shares && !row.holding)
      g.warnings.push_back(Diagnostic::warning(
          "underlying_differs",
          "the row reports " + row.shares->to_string() + " derivative securities over " +
              row.underlying_shares->to_string() + " underlying shares; the schedule uses the underlying shares",
          where));
    if (!context.shares)
      g.warnings.push_back(Diagnostic::warning("no_share_count", describe_row(row) + " states no share count", where));

    for (const Footnote* f : candidates) {
      if (!g.text.empty()) g.text += "\n\n";
      g.parts.push_back({f->id, g.text.size(), f->text.size()});
      g.text += f->text;
      g.vesting_footnote_ids.push_back(f->id);
      if (std::find(used.begin(), used.end(), f->id) == used.end()) used.push_back(f->id);
    }
    if (g.text.empty()) {
      g.interpretation.kind = rules::Kind::unrecognized;
      g.interpretation.diagnostics.push_back(Diagnostic::error(
          "no_vesting_footnote",
          ids.empty() ? describe_row(row) + " has no footnote: the filing states no vesting schedule"
                      : describe_row(row) + " references only footnotes that state no vesting schedule",
          where));
    } else if (candidates.size() == 1) {
      g.interpretation = std::move(*single);  // same text, same context
    } else {
      const bool shared = std::all_of(candidates.begin(), candidates.end(),
                                      [&](const Footnote* f) { return references[f->id] > 1; });
      g.interpretation = memo.get(g.text, context, shared);
    }
    if (!row.problems.empty()) {
      // A share count stated but unreadable: refuse the grant rather than
      // schedule a number that is not the filing's.
      g.interpretation = rules::Interpretation{};
      g.interpretation.kind = rules::Kind::unrecognized;
      g.interpretation.diagnostics = row.problems;
      out.errors.insert(out.errors.end(), row.problems.begin(), row.problems.end());
    }
    out.grants.push_back(std::move(g));
  }

  NoteKinds this_filing;
  NoteKinds& kinds = note_kinds ? *note_kinds : this_filing;
  for (const auto& f : filing.footnotes) {
    if (std::find(used.begin(), used.end(), f.id) != used.end()) continue;
    out.notes.push_back({f.id, f.text, kinds.kind(f.text, interpret)});
  }
  return out;
}

}  // namespace vest::filings
