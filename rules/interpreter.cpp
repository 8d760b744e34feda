// The interpreter: footnote text → Interpretation, as a pipeline of named passes
// (passes.hpp lists them and their files; rules/README.md describes them).
//
// Sentences are classified before any schedule is read: a sentence is a
// schedule sentence when it has a vesting verb and timing words; everything a
// schedule sentence says must be understood, or the whole answer is
// `unrecognized` with the span not understood (never a partial schedule).
#include "rules/compiled_rules.hpp"
#include "rules/passes.hpp"

#include <algorithm>

namespace vest::rules {

std::string_view to_string(Kind k) {
  switch (k) {
    case Kind::time_based: return "time_based";
    case Kind::immediate: return "immediate";
    case Kind::performance: return "performance";
    case Kind::mixed: return "mixed";
    case Kind::not_vesting: return "not_vesting";
    case Kind::unrecognized: return "unrecognized";
  }
  return "unrecognized";
}

std::string debug_nodes(std::string_view text) {
  const Compiled& comp = compiled();
  const Normalized norm = normalize(text);
  std::vector<Node> nodes = tokenize(norm);
  Context ctx;
  std::vector<Item> pool;
  apply_item_rules(nodes, pool, ctx);
  static const char* names[] = {"portion", "when", "when_list", "cadence", "count", "over", "through", "until_full",
                                "thereafter", "start", "day_policy", "vest_verb", "immediate", "exercisable_now",
                                "condition", "definition", "performance", "not_vesting", "represents_vesting", "header"};
  std::string out;
  for (const auto& n : nodes) {
    const std::string_view t = std::string_view(norm.text).substr(n.b, n.e - n.b);
    if (n.kind == NK::item) {
      out += "[" + std::string(names[static_cast<int>(n.itype)]) + " <" + comp.rules[pool[n.payload].rule]->name + "> " +
             std::string(t) + "] ";
    } else {
      out += std::string(t) + " ";
    }
  }
  return out;
}

namespace {

// Per-thread working buffers of `interpret`: they keep their capacity from
// one call to the next (nothing else survives a call), so that repeated
// large inputs do not fault in fresh pages each time; above about a 1.5 MB
// input (~35 MB of buffers) the memory is released after the call.
struct Scratch {
  Normalized norm;
  std::vector<Node> nodes;
  std::vector<Item> pool;
  std::vector<std::uint32_t> item_nodes;  // node indices of the items, in order
  std::vector<std::uint32_t> punct_nodes;  // node indices of the punctuation, in order
  Sentences sentences;                     // split_sentences
  StatementSet read;                       // read_statements
};

constexpr std::size_t kKeepBytes = std::size_t{3} << 20;  // normalised text (orig: 4 bytes each)
constexpr std::size_t kKeepItems = std::size_t{1} << 14;
constexpr std::size_t kKeepStatements = std::size_t{1} << 10;  // ~400 KB

// After a very large input: the buffers that grew past what is kept are released. (Out of line and cold: it runs
// after a ~1.5 MB input, and its code between the hot passes was fetched on every call.)
[[gnu::cold, gnu::noinline]] void release_large(Scratch& s) {
  if (s.norm.text.capacity() > kKeepBytes) s.norm = Normalized{};
  if (s.nodes.capacity() > kKeepNodes) std::vector<Node>().swap(s.nodes);
  if (s.item_nodes.capacity() > kKeepNodes) std::vector<std::uint32_t>().swap(s.item_nodes);
  if (s.punct_nodes.capacity() > kKeepNodes) std::vector<std::uint32_t>().swap(s.punct_nodes);
  if (s.pool.capacity() > kKeepItems) std::vector<Item>().swap(s.pool);
  if (s.sentences.sentences.capacity() > kKeepItems) s.sentences = Sentences{};
  if (s.read.statements.capacity() > kKeepStatements || s.read.used_items.capacity() > kKeepItems ||
      s.read.used_nodes.capacity() > kKeepItems || s.read.roles.capacity() > kKeepItems ||
      s.read.statement_words.capacity() > kKeepItems || s.read.preambles.capacity() > kKeepItems)
    s.read = StatementSet{};
}

struct ScratchLease {
  Scratch& s;
  explicit ScratchLease(Scratch& sc) : s(sc) { s.pool.clear(); }
  ~ScratchLease() {
    s.pool.clear();
    if (s.norm.text.capacity() > kKeepBytes || s.nodes.capacity() > kKeepNodes ||
        s.item_nodes.capacity() > kKeepNodes || s.punct_nodes.capacity() > kKeepNodes ||
        s.pool.capacity() > kKeepItems || s.sentences.sentences.capacity() > kKeepItems ||
        s.read.statements.capacity() > kKeepStatements || s.read.used_items.capacity() > kKeepItems ||
        s.read.used_nodes.capacity() > kKeepItems || s.read.roles.capacity() > kKeepItems ||
        s.read.statement_words.capacity() > kKeepItems || s.read.preambles.capacity() > kKeepItems)
      release_large(s);
  }
  ScratchLease(const ScratchLease&) = delete;
  ScratchLease& operator=(const ScratchLease&) = delete;
};

// (Out of line: a second reading is rare, and the message's building was code fetched on every reading.)
[[gnu::cold, gnu::noinline]] void warn_thirds(PassState& state, std::uint32_t b, std::uint32_t e) {
  state.warning("assumption", "\"" + state.quote(b, e) + "\" and the figures beside it do not add up to the grant as "
                "written; read as exact thirds, they do", b, e);
}

// One reading of the footnote. With `thirds`, rounded thirds ("33.3%") are read as exact thirds, and the answer says so;
// a footnote with none is then not read again (unrecognized, no diagnostics: the first reading stands).
Interpretation interpret_once(std::string_view text, const GrantContext& gc, bool thirds) {
  Interpretation out;
  thread_local Scratch scratch;
  ScratchLease lease(scratch);
  normalize_into(text, scratch.norm);
  tokenize_into(scratch.norm, scratch.nodes);
  std::optional<std::pair<std::uint32_t, std::uint32_t>> third;
  if (thirds && !(third = read_rounded_thirds(scratch.nodes))) return out;
  Context ctx;
  ctx.original = text;
  ctx.orig = scratch.norm.orig.data();
  ctx.text = scratch.norm.text;
  ctx.grant = gc.grant_date;
  scratch.pool.reserve(scratch.nodes.size() / 4 + 8);
  const Present& present = apply_item_rules(scratch.nodes, scratch.pool, ctx);

  PassState state(text, scratch.norm, gc, scratch.nodes, scratch.pool, ctx, out);
  state.words_held = present.words;
  read_stated_dates(state);
  pick_alternative_dates(state, scratch.nodes);
  Sentences& sentences = scratch.sentences;
  split_sentences(scratch.norm, scratch.nodes, scratch.item_nodes, scratch.punct_nodes, sentences);
  state.item_nodes = scratch.item_nodes;
  state.punct_nodes = scratch.punct_nodes;
  split_off_surroundings(state, sentences);
  StatementSet& read = scratch.read;
  read_statements(state, sentences, read);
  collect_conditions(state);
  if (settle_unscheduled(state, read, sentences.words)) {
    // The answers settled here have no dates, so no word of a schedule can be left unread, except beside
    // not_vesting: a vesting stated in a sentence set aside (unrecognized and performance answers already name
    // every vesting they saw: refused, or contingent as a whole).
    if (out.kind == Kind::not_vesting) {
      account_for_not_a_schedule(state, sentences, read);
      if (state.failed) mark_unrecognized_on_errors(out);
    }
    return out;
  }

  AssembledSpec assembled = assemble_spec(state, read, sentences.words);
  if (state.failed) {
    mark_unrecognized_on_errors(out);
    return out;
  }
  if (read.statements.size() == 1 && state.prev_end) {
    assembled.first_base = state.prev_base;
    assembled.first_months = state.prev_months;
  }
  read.used_items.insert(read.used_items.end(), assembled.used_items.begin(), assembled.used_items.end());
  cross_check(state, read, assembled);
  if (!state.failed)
    if (auto policy = read_stated_rounding(state, sentences, read, assembled.total_dates);
        policy && stated_rounding_matters(assembled.spec, state.gc.shares))
      assembled.spec.policy = *policy;
  if (!state.failed) account_for_salient_words(state, sentences, read);
  if (state.failed) {
    mark_unrecognized_on_errors(out);
    return out;
  }
  if (thirds) [[unlikely]]
    warn_thirds(state, third->first, third->second);
  finish_schedule(state, std::move(assembled.spec));
  return out;
}

bool has_error(const Interpretation& r, std::string_view code) {
  for (const auto& d : r.diagnostics)
    if (d.severity == Severity::error && d.code == code) return true;
  return false;
}

}  // namespace

Interpretation interpret(std::string_view text, const GrantContext& gc) {
  compiled();  // the registry (and its word table) is built before any text is tokenised
  Interpretation first = interpret_once(text, gc, false);
  // "33.3%, 33.3% and the remaining 33.3%": refused as written (the remainder would be 33.4%); a reader takes thirds.
  // Only an answer that then has no error at all replaces the refusal.
  // (One named answer returned on every path: it is built in the caller's place, where returning one of two answers
  // moved it, ~1 KB of code run on every footnote.)
  if (first.kind == Kind::unrecognized && has_error(first, "cross_check_failed")) {
    Interpretation second = interpret_once(text, gc, true);
    const bool clean = std::none_of(second.diagnostics.begin(), second.diagnostics.end(),
                                    [](const Diagnostic& d) { return d.severity == Severity::error; });
    if (clean && second.kind != Kind::unrecognized) first = std::move(second);
  }
  return first;
}

}  // namespace vest::rules
