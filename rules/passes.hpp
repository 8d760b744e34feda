// The interpreter's passes, in the order interpret() (interpreter.cpp) runs them:
//
//   normalize → tokenize                         text.cpp
//   (read_rounded_thirds, on a second reading)   read_rounded_thirds.cpp  "33.3%" as a third when figures fail to add up
//   apply_item_rules (reads definitions first)   apply_item_rules.cpp, read_definitions.cpp
//   read_stated_dates                            read_stated_dates.cpp   grant / vesting commencement dates
//   pick_alternative_dates                       pick_alternative_dates.cpp  "the earlier / later of" two computable dates
//   split_sentences                              split_sentences.cpp     sentences, the items in order
//   split_off_surroundings                       split_off_surroundings.cpp  a trailing remark becomes a sentence
//   read_statements, for each sentence:          read_statements.cpp
//     read_sentence_facts, is_schedule_sentence  classify_sentence.cpp   is it a schedule sentence?
//     read_clauses, take_preambles               read_clauses.cpp        clauses of a schedule sentence
//     pair_respectively                          pair_respectively.cpp   "<amounts> on <dates>, respectively"
//     refuse_unmodelled_words                    refuse_unmodelled_words.cpp
//     apply_clause_rules                         read_statements.cpp     clause → Statement
//   collect_conditions, settle_unscheduled       settle_unscheduled.cpp  answers with no schedule to assemble
//   assemble_spec (assemble_installments)        assemble_spec.cpp, assemble_installments.cpp
//   cross_check                                  cross_check.cpp         redundant statements agree
//   finish_schedule                              finish_schedule.cpp     option terms, build_schedule
//
// Each pass reads the PassState (pass_state.hpp) and the values the passes
// before it returned; these are those values.
#pragma once

#include "rules/pass_state.hpp"

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace vest::rules {

constexpr std::uint64_t bit(IT t) { return std::uint64_t{1} << static_cast<int>(t); }

// Items that time a vesting.
constexpr std::uint64_t kTimingItems = bit(IT::when) | bit(IT::when_list) | bit(IT::cadence) | bit(IT::count) |
                                       bit(IT::over) | bit(IT::through) | bit(IT::start) | bit(IT::day_policy) |
                                       bit(IT::immediate) | bit(IT::until_full);

// Per-thread scratch buffers keep their capacity from one call to the next,
// except after a very large input (more nodes than this).
constexpr std::size_t kKeepNodes = std::size_t{1} << 19;  // 20 MB of nodes

// ---- tokens
// Percent nodes that are a third or two thirds rounded ("33.3%", "66.67%") made exact thirds: the first one's span, if
// any (read_rounded_thirds.cpp; only on a second reading of a refused footnote, interpreter.cpp).
std::optional<std::pair<std::uint32_t, std::uint32_t>> read_rounded_thirds(std::vector<Node>& nodes);

// ---- item rules
struct Present;  // compiled_rules.hpp: the words, kinds and items a footnote holds
// "Quarterly Date" means each of February 28, May 31, August 31, and November 30: into ctx.named_dates.
void read_definitions(const std::vector<Node>& nodes, Context& ctx);
// "On February 10, 2026, the Committee certified ...", "... upon the Committee's certification ... on March 4, 2026":
// sets ctx.certified_on when the footnote tells one such date, on or before ctx.grant (read_certification_date.cpp).
void read_certification_date(const std::vector<Node>& nodes, Context& ctx);
// Runs the item rules level by level over `nodes` (rewritten in place), items into `pool`. Returns the word ids
// the footnote's tokens held (per-thread, valid until the next call): later passes skip work on words it lacks.
const Present& apply_item_rules(std::vector<Node>& nodes, std::vector<Item>& pool, Context& ctx);

// ---- dates the footnote states, wherever they are nested
void read_stated_dates(PassState& s);
// "the earlier / later of" two dates both computable from what is stated: one date (the nodes rewritten).
void pick_alternative_dates(PassState& s, std::vector<Node>& nodes);

// ---- sentences
struct Sentence {
  std::size_t b, e;  // node indices [b, e)
};
// Words of the whole footnote that later passes ask about.
struct FootnoteWords {
  bool vesting_word = false;        // "vest", "vesting", a vest verb, "earned" of a performance award
  bool certification_word = false;  // "certified", "satisfied"
  bool any_not_vesting = false;     // a not-a-schedule item anywhere
};
struct Sentences {
  std::vector<Sentence> sentences;
  FootnoteWords words;
};
// Splits at '.' outside parentheses (not after "Inc." and the like) into `out` (overwritten; its vector keeps its
// capacity: interpret() reuses one per thread); lists the item nodes in order into `item_nodes` and the punctuation
// nodes into `punct_nodes`.
void split_sentences(const Normalized& norm, const std::vector<Node>& nodes, std::vector<std::uint32_t>& item_nodes,
                     std::vector<std::uint32_t>& punct_nodes, Sentences& out);

// ---- statements
// What read_statements made of a sentence (account_for_salient_words reads it).
enum class SentenceRole : std::uint8_t {
  silent,        // no vesting statement read (no vest verb, or no timing): its salient words must be accounted for
  schedule,      // read clause by clause into statements
  contingent,    // contingent as a whole (performance)
  represents,    // "Represents the vesting of ...": the transaction itself
  set_aside,     // about something else (withholding, settlement, an exercise ...): a not-a-schedule sign
  unrecognized,  // an error was reported for it
};
// What the schedule sentences state.
struct StatementSet {
  std::vector<SentenceRole> roles;       // parallel to Sentences::sentences
  std::vector<std::uint32_t> used_items;  // pool indices a statement, preamble or cross-check read
  std::vector<std::uint32_t> used_nodes;  // node indices of tokens a statement read without an item (sorted)
  // The words of each clause that became a statement: nodes [b, e) (to the next clause, the first from
  // the sentence's start), and the statement's shape.
  struct StatementWords {
    std::size_t b, e;
    Statement::Shape shape;
  };
  std::vector<StatementWords> statement_words;
  std::vector<Statement> statements;
  std::vector<std::size_t> preambles;  // item indices: "over four years", "in three installments"
  std::vector<std::uint32_t> header_sizes;  // pool indices: a header's part size ("vest in 25% installments as follows:")
  std::vector<std::pair<std::uint32_t, std::uint32_t>> performance_sentences;  // contingent as a whole
  bool any_vesting_language = false;
  bool unrecognized = false;
  bool represents_vesting = false;  // "Represents the vesting of ..."
  std::uint32_t represents_b = 0, represents_e = 0;
  // A sentence that vests only on an event (acceleration) set aside: with no schedule beside it, the footnote
  // states vesting it does not date (unrecognized).
  std::optional<std::pair<std::uint32_t, std::uint32_t>> event_only;
  // A sentence said the performance condition was met ("that were earned at 112% of target ..."): later
  // sentences' "the earned units" name those units, not a condition still to be met.
  bool performance_met = false;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> met_performance;  // the performance words stated as met (spans)
  bool performance_definition = false;  // "the number of PSUs ... can be earned"
  std::optional<std::pair<std::uint32_t, std::uint32_t>> performance_definition_span;
};

// What one sentence holds, before it is read as a schedule (classify_sentence.cpp).
struct SentenceFacts {
  std::span<const std::uint32_t> items;  // the sentence's item nodes (PassState::items_in, looked up once)
  std::uint64_t mask = 0;             // bit per item type present
  bool vest_statement_words = false;  // "will vest", "vest on", "vests in" ...
  bool future_vest = false;           // "will vest", "shall become exercisable"
  bool nv_strong = false;             // a strong not-a-schedule sign ("acquired upon the exercise of")
  bool nv_only_weak = true;           // only weak hints ("converted", "sale")
  std::size_t first_nv = 0;           // node index of the first not-weak not-a-schedule item (or the end)
  std::size_t first_vest = 0;         // node index of the first vest verb (or the end)
  bool only_past_vesting = false;     // every vest verb is "vested", in the past
  bool settlement_words = false;      // "settled", "delivered", "deferral" ...: shares delivered, not vesting
  bool performance_past = false;      // "as certified previously", "was satisfied"
  std::vector<std::size_t> certification_dates;  // node indices of the certification's dates
  std::uint32_t sb = 0, se = 0;       // normalised span
};
SentenceFacts read_sentence_facts(const PassState& s, const Sentence& sentence);
// Whether the sentence states a schedule to read clause by clause; otherwise it was
// recorded (performance, represents-vesting, unrecognized) or is not about vesting.
// May clear the performance bit of `facts.mask` (a performance condition already met).
bool is_schedule_sentence(PassState& s, const Sentence& sentence, SentenceFacts& facts, const FootnoteWords& words,
                          StatementSet& read);
// The whole sentence is contingent.
void record_performance_sentence(PassState& s, StatementSet& read, std::uint32_t b, std::uint32_t e);

// The clauses of a schedule sentence (split at ';' and where a new portion or date begins, then
// trailing sizes and starts merged into the clause before them). Items a merge checked and dropped
// (the cadence of "..., with 1/12 vesting on each quarterly vesting date") go to `checked_items`.
// Into `clauses` (overwritten; it keeps its capacity: read_statements reuses one per thread).
void read_clauses(const PassState& s, const Sentence& sentence, const SentenceFacts& facts,
                  std::vector<std::uint32_t>& checked_items, std::vector<Clause>& clauses);
// Leading "over four years" / "in three installments" clauses: removed and kept as preambles.
void take_preambles(PassState& s, std::vector<Clause>& clauses, std::vector<std::size_t>& preambles);
// "<amounts> on <dates>, respectively": one dated portion per date, or nothing.
// Its trigger set: it reads only a sentence whose items are all of kPairableItems, among them one of kPairedDates (a
// list of dates, or a start the count steps from); with any other item, or neither, it declines, so read_statements
// does not call it (may_pair_respectively).
constexpr std::uint64_t kPairableItems = bit(IT::portion) | bit(IT::when_list) | bit(IT::vest_verb) | bit(IT::condition) |
                                         bit(IT::definition) | bit(IT::header) | bit(IT::exercisable_now) |
                                         bit(IT::cadence) | bit(IT::count) | bit(IT::start) | bit(IT::over);
constexpr std::uint64_t kPairedDates = bit(IT::when_list) | bit(IT::start);
inline bool may_pair_respectively(const std::vector<Node>& nodes, std::span<const std::uint32_t> sentence_items) {
  std::uint64_t types = 0;
  for (const std::uint32_t i : sentence_items) types |= bit(nodes[i].itype);
  return !(types & ~kPairableItems) && (types & kPairedDates);
}
std::optional<std::vector<Statement>> pair_respectively(const std::vector<Node>& nodes, std::size_t b, std::size_t e,
                                                        std::vector<Item>& pool);
// Words inside a clause that mean something the rules do not model ("or on", "unless", a year-less date...).
void refuse_unmodelled_words(PassState& s, const Sentence& sentence, const std::vector<Clause>& clauses, StatementSet& read);
// Every sentence, in order, into `read` (reset first; its vectors keep their capacity: interpret() reuses one
// per thread instead of allocating six vectors a footnote).
void read_statements(PassState& s, const Sentences& sentences, StatementSet& read);

// ---- surroundings: sentences about something around the schedule (surrounding_sentences.cpp)
enum class Surrounding : std::uint8_t { none, acceleration, proviso, option_terms, settlement, award, conversion, trading_plan,
                                        transfer_restriction, past_period };
// The class of a sentence whose words name one and that holds nothing (no portion, date, count ...) the class
// does not allow; none otherwise. The table of classes, with examples, is in surrounding_sentences.cpp.
// (`only`: try that class alone.)
Surrounding classify_surrounding(const PassState& s, const Sentence& sentence, Surrounding only = Surrounding::none);
std::string_view reason(Surrounding k);
// Records the set-aside in `explain`; an option's stated expiration is cross-checked with the input's
// (expiration_mismatch) or, when none is given, becomes the option's (expiration_from_footnote).
void set_aside_surrounding(PassState& s, const Sentence& sentence, Surrounding k);
// A sentence's trailing part after ';', ", except" or ", and will/shall/are/is" that is by itself a surrounding
// (settlement, acceleration, proviso, option terms) becomes a sentence of its own (split_off_surroundings.cpp).
void split_off_surroundings(const PassState& s, Sentences& sentences);
// In a sentence that vests the grant at once, a date after a settlement word ("granted fully vested and will be
// settled in shares on <date>") is the delivery's: taken out of its clause, set aside with that word.
void set_aside_settlement_dates(PassState& s, const Sentence& sentence, std::vector<Clause>& clauses, StatementSet& read);

// ---- answers without a schedule
// Conditions and exercisability, wherever they are stated.
void collect_conditions(PassState& s);
// Decides the answer when the statements leave nothing to assemble (not about vesting,
// unrecognized, performance as a whole...); returns true when s.out is final.
bool settle_unscheduled(PassState& s, StatementSet& read, const FootnoteWords& words);

// ---- assembly
// Portions stated so far, in statement order.
struct PortionTally {
  Fraction stated_sum;        // fractions of the grant
  bool stated_shares = false;
  Amount shares_sum;
  struct StatedRemainder {
    std::size_t statement;
    Fraction stated;
    std::uint32_t b, e;
  };
  std::vector<StatedRemainder> stated_remainders;  // "the remaining 75%": checked against what is left
  // "the remaining RSUs" with no size: what the portions before it leave, so some portion must come before it.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> bare_remainders;  // spans
  // What the portions so far leave of the grant (unknown with share counts and no grant size).
  std::optional<Fraction> remaining_after(const GrantContext& gc) const;
};
struct AssembledSpec {
  ScheduleSpec spec;
  PortionTally tally;
  bool any_contingent = false;
  std::int64_t total_dates = 0;     // for a preamble's "in three installments"
  std::optional<Date> first_base;   // for a preamble's "over four years"
  int first_months = 0;             // the months the first statement counted from first_base (0: a date of its own)
  std::vector<std::size_t> whole_spans;  // "over the four-year period ending D" in a later series: the award's span
  std::vector<std::uint32_t> used_items;  // items the assembly read beside the statements' own ("a one-year cliff")
};
// One statement being assembled into `seg`.
struct StatementAt {
  const StatementSet& read;
  std::size_t index;
  bool last;
  const Item* portion;  // its portion item, if any
  const Statement& statement() const { return read.statements[index]; }
};
// Sets seg.portion from the statement's portion (or its total, when the caller computed one).
void set_portion(PassState& s, PortionTally& tally, const StatementAt& at, Segment& seg,
                 std::optional<Fraction> total_fraction);
void assemble_installments(PassState& s, AssembledSpec& spec, const StatementAt& at, Segment& seg,
                           const FootnoteWords& words);
// Statements → spec segments (and the kind); errors leave s.failed set.
AssembledSpec assemble_spec(PassState& s, const StatementSet& read, const FootnoteWords& words);

// ---- cross-checks of the whole schedule: preambles, stated remainders, portions sum to the grant
void cross_check(PassState& s, const StatementSet& read, const AssembledSpec& assembled);

// ---- stated rounding (read_stated_rounding.cpp)
// The allocation policy a footnote's rounding words state ("rounded down ..., the rest on the final vesting
// date"), its words marked used; nothing when it states none or one the rules do not understand.
std::optional<AllocationPolicy> read_stated_rounding(PassState& s, const Sentences& sentences, StatementSet& read,
                                                     std::int64_t total_dates);
// Whether the policy can change any tranche of `spec` (not when every tranche is a whole number of shares).
bool stated_rounding_matters(const ScheduleSpec& spec, const std::optional<Amount>& shares);

// ---- safety: every salient word accounted for
// In a footnote whose answer has dates, every salient token (salient_words.hpp) must be consumed by an
// item a statement used, or lie in a sentence set aside with a reason (contingent, represents-vesting,
// not-a-schedule); anything else is an `unaccounted_word` error naming the token and its span. A sentence
// read as contingent as a whole may not hold a dated portion without a performance word (any kind).
void account_for_salient_words(PassState& s, const Sentences& sentences, StatementSet& read);  // sorts read.used_items
// A not-a-schedule answer is decided before the accounting (settle_unscheduled): a sentence set aside as about
// something else may still not state a vesting of its own ("Represents shares withheld for taxes upon the vesting
// of RSUs. Under the Reporting Person's Rule 10b5-1 trading plan, 50% of the units vest on May 19, 2023"):
// `unaccounted_word`, as beside a schedule.
void account_for_not_a_schedule(PassState& s, const Sentences& sentences, const StatementSet& read);

// ---- the answer
// Only a missing grant date keeps the kind (the schedule is known up to that one input).
void mark_unrecognized_on_errors(Interpretation& out);
// Option terms, allocation policy, conditions; builds the schedule when the grant size is known.
void finish_schedule(PassState& s, ScheduleSpec spec);

}  // namespace vest::rules
