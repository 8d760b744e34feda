// Surroundings: the sentences filings put around a schedule that state no schedule of their own —
// acceleration, continued-service provisos, option terms, settlement, what the award is. A sentence is
// set aside as one (with its reason in `explain`) only when its words name the class AND nothing in it
// could time or size a vesting beyond what the class allows (table below); otherwise it is read as before.
#include "rules/passes.hpp"

#include <algorithm>
#include <array>
#include <optional>

namespace vest::rules {

namespace {

// Item types every class may hold: they say that or how something vests, never when or how much.
constexpr std::uint64_t kRemarkItems = bit(IT::vest_verb) | bit(IT::immediate) | bit(IT::exercisable_now) |
                                       bit(IT::condition) | bit(IT::definition) | bit(IT::header);

struct SurroundingClass {
  Surrounding kind;
  std::string_view reason;  // the explain line ("set aside: ...")
  // Word beginnings (normalised, lower case) any one of which names the class.
  std::vector<std::string_view> signs;
  std::uint64_t also_items;  // item types allowed beyond kRemarkItems
  bool numbers;              // bare numbers, money amounts ("$12.34 per share", "within 30 days")
  bool dates;                // dates (an option's expiration)
  bool other_counts = false; // share counts of another award ("an option to purchase 40,000 shares of Target stock")
  std::vector<std::string_view> also_signs = {};  // when not empty: one of these must be named too
};

// The classes, in the order they are tried. Examples (tests: the surroundings family's examples):
//   acceleration  "All unvested shares will vest in full upon the Reporting Person's death or disability."
//                 "In the event of a change in control, 100% of the unvested shares will vest."
//   proviso       "In each case, vesting is contingent on the Reporting Person remaining in service through the
//                 applicable vesting date." "The option is early exercisable, and unvested shares acquired on exercise
//                 remain subject to a repurchase right that lapses as they vest."
//   option terms  "The option expires on March 25, 2035." "The option has a term of ten years from the date of
//                 grant." "The exercise price is $42.17 per share, the closing price on the date of grant."
//   settlement    "Vested shares will be issued as soon as practicable following each vesting date, and in any
//                 event within 60 days."
//   conversion    "Each unvested Target restricted stock unit was assumed by the Issuer and converted into 0.8 Issuer
//                 restricted stock units." "Received in the merger in exchange for an option to purchase 40,000 shares
//                 of Target common stock."
//   trading plan  "Sales of shares to cover tax withholding obligations upon each vesting will be made pursuant to a Rule
//                 10b5-1 trading plan adopted by the Reporting Person on March 2, 2026."
//   transfer      "The shares may not be transferred until the Company has repaid its obligations under the TARP
//   restriction   Capital Purchase Program." "Shares acquired on exercise are subject to a one-year holding period."
//   past period   "Deferred stock units granted in lieu of cash board fees for the quarter ended March 31, 2024."
//                 (a date the period "ended" on: what the award pays for, never when it vests)
//   award         "Represents restricted stock units granted as part of the Issuer's annual equity program."
//                 "Represents an option granted in connection with the Reporting Person's appointment as an officer."
const std::vector<SurroundingClass>& classes() {
  static const std::vector<SurroundingClass> all = {
      {Surrounding::acceleration, "set aside: acceleration (not a vesting date)",
       {"accelerat", "change in control", "change of control", "death", "disability", "retirement", "without cause",
        "good reason", "qualifying termination"},
       bit(IT::portion) | bit(IT::thereafter), true, false},  // ("100% of the then-unvested units")
      {Surrounding::proviso, "set aside: continued-service proviso",
       {"continued service", "continuous service", "continued employment", "continuous employment",
        "remaining in service", "remains in service", "remaining employed", "remains employed",
        "remaining a service provider", "continues to provide services", "continued status", "remained in",
        "remain in service", "remain in the"},
       bit(IT::portion), false, false},
      // An early-exercise remark says vesting goes on as scheduled (a proviso on the schedule, not one of its own).
      {Surrounding::proviso, "set aside: continued-service proviso",
       {"lapses as they vest", "lapses as the shares vest", "lapse as they vest", "before they vest", "before it vests",
        "right to repurchase unvested"},
       0, false, false},
      {Surrounding::option_terms, "set aside: option terms: expiration, term, exercise price (not vesting)",
       {"expire", "expiration", "exercise price", "term of", "year term", "maximum term", "option term",
        "option will terminate", "option shall terminate", "option terminates", "options will terminate"},
       bit(IT::when) | bit(IT::when_list) | bit(IT::over) | bit(IT::through) | bit(IT::performance), true, true},
      {Surrounding::settlement, "set aside: settlement (when vested shares are delivered, not when they vest)",
       {"settled", "settlement", "delivered", "delivery", "issued", "distributed", "paid out", "payable", "defer"},
       bit(IT::start) | bit(IT::thereafter) | bit(IT::over) | bit(IT::cadence) | bit(IT::count), true, false},
      // A sentence that states no vesting and names a trading plan: its dates are the plan's (adoption, sales).
      {Surrounding::trading_plan, "set aside: a Rule 10b5-1 trading plan (sales, not vesting)",
       {"10b5-1", "trading plan", "sell-to-cover", "sell to cover"},
       bit(IT::not_vesting) | bit(IT::when), true, true},
      // When vested shares may be sold or transferred (a bank's TARP restriction, a holding period): words only,
      // never a date or a size ("may not be sold until March 1, 2027" is not set aside).
      {Surrounding::transfer_restriction, "set aside: a restriction on transfer or sale (not vesting)",
       {"not be transferred", "not be sold", "not be transferable", "not transferable", "nontransferable",
        "non-transferable", "restrictions on transfer", "transfer restrictions", "holding period", "required to hold"},
       bit(IT::not_vesting), false, false},
      // A past period the award pays for or reports on ("fees for the quarter ended March 31, 2024", "the fiscal
      // year ended December 31, 2024"): its date is the period's end. Only in a sentence with no vesting statement.
      {Surrounding::past_period, "set aside: a past period the award pays for (its end is not a vesting date)",
       {"quarter ended", "quarter ending", "quarters ended", "month ended", "months ended", "year ended",
        "period ended"},
       bit(IT::cadence) | bit(IT::when), true, true},
      {Surrounding::award, "set aside: what the award is",
       {"represents", "reflects", "granted", "grant of", "award", "each restricted stock unit", "each rsu",
        "right to receive", "incentive stock option", "inducement"},
       bit(IT::cadence), false, false},  // "the Issuer's annual equity program": no verb, no size, no date
      // "Includes 45 dividend equivalent units credited on the underlying RSUs, which vest on the same schedule as the
      // RSUs": part of the grant's count, vesting with it (its count a bare number; never a date, a size or a cadence,
      // and only with "same schedule" / "same terms": "..., which vested immediately" is not set aside).
      {Surrounding::award, "set aside: dividend equivalents counted in the award, vesting on its schedule",
       {"dividend equivalent"}, bit(IT::not_vesting), true, false, false,
       {"same schedule", "same vesting schedule", "same terms", "same vesting terms"}},
      {Surrounding::conversion, "set aside: a merger's conversion or assumption of the award (not vesting)",
       {"merger", "assumed", "in exchange for", "converted into", "exchange ratio", "conversion ratio"},
       // (counts, ratios, "converted", the acquired company's "Target" stock or its PSUs' level; never a date)
       bit(IT::portion) | bit(IT::not_vesting) | bit(IT::performance), true, false, true},
  };
  return all;
}

// A sign at a word start in [b, e) of the normalised text.
bool names(std::string_view text, std::uint32_t b, std::uint32_t e, std::string_view sign) {
  const std::string_view s = text.substr(b, e - b);
  for (std::size_t at = s.find(sign); at != std::string_view::npos; at = s.find(sign, at + 1)) {
    const char before = at == 0 ? (b == 0 ? ' ' : text[b - 1]) : s[at - 1];
    if (!(before >= 'a' && before <= 'z')) return true;
  }
  return false;
}

// "100% of the unvested shares", "all", "remaining in service" (no size): a portion that dates nothing.
bool whole_or_unsized(const Item& it) {
  return (it.pkind == Item::PortionKind::fraction && it.fraction == Fraction(1)) ||
         (it.pkind == Item::PortionKind::remainder && !it.stated);
}

// What a sentence holds that a class may not allow, gathered in one walk over its nodes (eleven classes ask).
struct Holdings {
  std::uint64_t items = 0;      // item types beyond kRemarkItems
  bool sized_portion = false;   // a portion with a size that is no share count ("25% of the shares")
  bool share_count = false;     // a portion sized in shares ("40,000 shares")
  bool absolute_when = false;   // a when item on a stated date
  bool dates = false;           // date and month-day nodes
  bool numbers = false;         // numbers, fractions, percentages and ordinals other than years
};

Holdings holdings(const PassState& a, const Sentence& s) {
  Holdings h;
  for (std::size_t i = s.b; i < s.e; ++i) {
    const Node& n = a.nodes[i];
    switch (n.kind) {
      case NK::item: {
        const Item& it = a.pool[n.payload];
        if (bit(it.type) & kRemarkItems) break;
        h.items |= bit(it.type);
        if (it.type == IT::portion && !whole_or_unsized(it)) {
          if (it.pkind == Item::PortionKind::shares) h.share_count = true;
          else h.sized_portion = true;
        }
        if (it.type == IT::when && it.when.ref == When::Ref::absolute) h.absolute_when = true;
        break;
      }
      case NK::date:
      case NK::month_day: h.dates = true; break;
      case NK::number:
      case NK::fraction:
      case NK::percent:
      case NK::ordinal:
        if (!is_year(n)) h.numbers = true;
        break;
      default: break;
    }
  }
  return h;
}

// Nothing in the sentence beyond what the class allows.
bool holds_only(const Holdings& h, const SurroundingClass& c) {
  return !(h.items & ~c.also_items) && !h.sized_portion && (!h.share_count || c.other_counts) &&
         ((!h.absolute_when && !h.dates) || c.dates) && (!h.numbers || c.numbers);
}

// The pairs of bytes that begin a word in [b, e) of the normalised text (as names() reads a word start), as a
// 1024-bit set: a sign whose first two bytes are not in it is named nowhere there, and its search is skipped.
struct WordStarts {
  std::array<std::uint64_t, 16> bits{};
  static unsigned key(unsigned char c0, unsigned char c1) { return (c0 * 31u + c1) & 1023u; }
  void add(unsigned char c0, unsigned char c1) { bits[key(c0, c1) >> 6] |= std::uint64_t{1} << (key(c0, c1) & 63u); }
  bool may_name(std::string_view sign) const {
    if (sign.size() < 2) return true;
    const unsigned k = key(static_cast<unsigned char>(sign[0]), static_cast<unsigned char>(sign[1]));
    return (bits[k >> 6] >> (k & 63u)) & 1u;
  }
};

WordStarts word_starts(std::string_view text, std::uint32_t b, std::uint32_t e) {
  WordStarts w;
  for (std::uint32_t p = b; p + 1 < e; ++p) {
    const char before = p == 0 ? ' ' : text[p - 1];
    if (!(before >= 'a' && before <= 'z')) w.add(static_cast<unsigned char>(text[p]), static_cast<unsigned char>(text[p + 1]));
  }
  return w;
}

}  // namespace

Surrounding classify_surrounding(const PassState& a, const Sentence& s, Surrounding only) {
  if (s.e <= s.b) return Surrounding::none;
  const std::uint32_t b = a.nodes[s.b].b, e = a.nodes[s.e - 1].e;
  // (What the sentence holds first: it usually rules out most classes, and is cheaper than searching the text for
  // every sign; then only the signs that may begin a word there are searched.)
  const Holdings h = holdings(a, s);
  std::optional<WordStarts> starts;
  const auto named = [&](std::string_view sign) {
    if (!starts) starts = word_starts(a.norm.text, b, e);
    return starts->may_name(sign) && names(a.norm.text, b, e, sign);
  };
  for (const SurroundingClass& c : classes()) {
    if (only != Surrounding::none && c.kind != only) continue;
    if (!holds_only(h, c)) continue;
    for (std::string_view sign : c.signs) {
      if (!named(sign)) continue;
      if (c.also_signs.empty() || std::any_of(c.also_signs.begin(), c.also_signs.end(), named)) return c.kind;
    }
  }
  return Surrounding::none;
}

std::string_view reason(Surrounding k) {
  for (const SurroundingClass& c : classes())
    if (c.kind == k) return c.reason;
  return "";
}

void set_aside_surrounding(PassState& a, const Sentence& s, Surrounding k) {
  const std::uint32_t b = a.nodes[s.b].b, e = a.nodes[s.e - 1].e;
  a.explain(reason(k), b, e);  // (a literal: explain keeps the view)
  if (k != Surrounding::option_terms || !names(a.norm.text, b, e, "expir")) return;
  // "The option expires on March 2, 2035": the expiration the input gives must be this one.
  for (std::size_t i = s.b; i < s.e; ++i) {
    const Node& n = a.nodes[i];
    if (n.kind != NK::item || (n.itype != IT::when && n.itype != IT::when_list)) continue;
    const Item& it = a.pool[n.payload];
    // ("on October 5, 2027, ten years after the date of grant": the date, then what it is.)
    const When& w = n.itype == IT::when || it.whens.empty() ? it.when : it.whens.front();
    if (w.ref != When::Ref::absolute || w.months || w.days) continue;
    if (a.gc.expiration && *a.gc.expiration != w.date)
      a.warning("expiration_mismatch",
                "the footnote says the option expires on " + to_iso(w.date) + " but the expiration given is " +
                    to_iso(*a.gc.expiration) + "; the expiration given is used",
                it.b, it.e);
    else if (!a.gc.expiration && !a.stated_expiration) {
      a.stated_expiration = w.date;
      a.warning("expiration_from_footnote", "the option's expiration " + to_iso(w.date) + " is read from the footnote",
                it.b, it.e);
    }
    return;
  }
}

}  // namespace vest::rules

namespace vest::rules {

// "The restricted stock units were granted fully vested and will be settled in shares on March 5, 2026",
// "fully vested upon grant and will be delivered on March 11, 2019": in a sentence that vests the grant at
// once, a date after a settlement word (since the item before it) is when shares are delivered, never a
// vesting date. Such a date (on or after the grant date) leaves its clause and is set aside with its word.
void set_aside_settlement_dates(PassState& a, const Sentence& s, std::vector<Clause>& clauses, StatementSet& read) {
  static const std::vector<std::uint16_t> settles = {intern("settled"),   intern("settle"),   intern("settlement"),
                                                     intern("delivered"), intern("delivery"), intern("deliver"),
                                                     intern("paid"),      intern("payable"),  intern("distributed"),
                                                     intern("issued")};
  static const std::vector<std::uint16_t> expires = {intern("expire"), intern("expires"), intern("expiring")};
  if (!a.grant) return;
  // Nothing is set aside without an expiration word, or a settlement word after a vesting at once: then the
  // clauses only lose the ones left empty (below), and the words need not be looked at one by one.
  auto vests_at_once = [&] {
    for (const std::uint32_t i : a.items_in(s.b, s.e))
      if (a.pool[a.nodes[i].payload].type == IT::immediate && !a.pool[a.nodes[i].payload].status_only) return true;
    return false;
  };
  if (!a.may_hold(expires) && !(a.may_hold(settles) && vests_at_once())) {
    std::erase_if(clauses, [](const Clause& cl) { return cl.items.empty(); });
    return;
  }
  auto of_option = [&] { return names(a.norm.text, a.nodes[s.b].b, a.nodes[s.e - 1].e, "option"); };
  bool immediate_before = false;
  constexpr std::size_t kNone = ~std::size_t{0};
  std::size_t settle_word = kNone;  // node index of a settlement word since the last item
  std::size_t expire_word = kNone;  // of "expires"
  // An item out of its clause (a clause left empty is dropped below), accounted for.
  auto take_out = [&](std::uint32_t item) {
    for (Clause& cl : clauses) {
      const auto at = std::find(cl.items.begin(), cl.items.end(), static_cast<std::size_t>(item));
      if (at == cl.items.end()) continue;
      cl.items.erase(at);
      cl.mask = 0;
      for (std::size_t idx : cl.items) cl.mask |= bit(a.pool[idx].type);
    }
    read.used_items.push_back(item);
  };
  // After an option's expiration was taken out, the rest of its part ("or twelve months after the Reporting Person
  // ceases to serve as a director") is the expiration's too, up to ';' or a vest verb.
  bool in_expiration = false;
  auto use_node = [&](std::size_t i) {
    const auto w = static_cast<std::uint32_t>(i);
    read.used_nodes.insert(std::upper_bound(read.used_nodes.begin(), read.used_nodes.end(), w), w);
  };
  auto among = [](const std::vector<std::uint16_t>& ids, std::uint16_t id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
  };
  // "fully vested and will be settled on the earlier of March 1, 2028 or the Reporting Person's separation from
  // service": after a settlement word, "the earlier / later of" and its alternatives (dates, events) are the
  // delivery's, up to ';' or a vest verb; any other item (an amount, a cadence) ends the part.
  bool in_settlement = false;
  for (std::size_t i = s.b; i < s.e; ++i) {
    const Node& n = a.nodes[i];
    if (in_settlement) {
      // (a "settlement" date before the grant date is not this grant's delivery: left in its clause, refused)
      const bool before_grant = n.kind == NK::item && n.itype == IT::when &&
                                a.pool[n.payload].when.ref == When::Ref::absolute && a.pool[n.payload].when.date < *a.grant;
      const bool date_or_alternative = n.kind == NK::item && !before_grant &&
                                       (n.itype == IT::when || n.itype == IT::when_list || n.itype == IT::condition);
      if ((n.kind == NK::punct && n.punct == ';') || (n.kind == NK::item && !date_or_alternative)) {
        in_settlement = false;
      } else {
        if (n.kind != NK::item) use_node(i);
        else take_out(n.payload);
        continue;
      }
    }
    if (in_expiration) {
      if ((n.kind == NK::punct && n.punct == ';') || (n.kind == NK::item && n.itype == IT::vest_verb)) {
        in_expiration = false;
      } else {
        if (n.kind != NK::item) use_node(i);
        else if (n.itype == IT::when || n.itype == IT::over || n.itype == IT::cadence || n.itype == IT::count) take_out(n.payload);
        continue;
      }
    }
    if (n.kind == NK::word) {
      // (A settlement word only counts after the immediate item: that item resets it.)
      if (immediate_before && among(settles, n.wid)) settle_word = i;
      if (among(expires, n.wid)) expire_word = i;
      continue;
    }
    if (n.kind != NK::item) continue;
    const Item& it = a.pool[n.payload];
    const bool settlement_date = immediate_before && settle_word != kNone && it.type == IT::when &&
                                 it.when.ref == When::Ref::absolute && !it.when.months && !it.when.days &&
                                 it.when.date >= *a.grant;
    // "... on each of the first, second and third anniversaries of the date of grant and expires seven years
    // from the date of grant": what follows "expires" is the option's term, in any schedule sentence.
    // (Of an option only: "the RSUs vest when the lock-up expires on <date>" dates a vesting.)
    const bool expiration = expire_word != kNone && (it.type == IT::when || it.type == IT::over) &&
                            (a.gc.is_option || a.gc.expiration || of_option());
    if (it.type == IT::immediate && !it.status_only) immediate_before = true;
    if (expiration) {
      take_out(n.payload);
      a.explain("set aside: option terms: expiration, term, exercise price (not vesting)", a.nodes[expire_word].b, n.e);
      expire_word = kNone;
      in_expiration = true;
      continue;
    }
    // "will expire on the earlier of June 30, 2035 or ...": the connective between "expire" and its date.
    if (expire_word != kNone && it.type == IT::condition && it.tag == Tag::earlier_of) continue;
    expire_word = kNone;
    if (immediate_before && settle_word != kNone && it.type == IT::condition &&
        (it.tag == Tag::earlier_of || it.tag == Tag::later_of)) {
      take_out(n.payload);
      use_node(settle_word);
      a.explain("set aside: a settlement at the earlier / later of dates or events, after a grant vested at once (not a vesting date)",
                a.nodes[settle_word].b, n.e);
      settle_word = kNone;
      in_settlement = true;
      continue;
    }
    if (!settlement_date) {
      settle_word = kNone;
      continue;
    }
    take_out(n.payload);
    const auto w = static_cast<std::uint32_t>(settle_word);
    read.used_nodes.insert(std::upper_bound(read.used_nodes.begin(), read.used_nodes.end(), w), w);
    a.explain("set aside: a settlement date after a grant vested at once (not a vesting date)", a.nodes[settle_word].b, n.e);
    settle_word = kNone;
  }
  std::erase_if(clauses, [](const Clause& cl) { return cl.items.empty(); });
}

}  // namespace vest::rules

namespace vest::rules {

// No item or clause rules: the examples of the set-asides above (tests/rules/examples_test.cpp runs them).
namespace {

// A sentence set aside as a whole may not hide a vesting statement of its own or a condition that changes the
// schedule; what only surrounds one stands.
std::vector<Example> hidden_statement_examples() {
  return {
      // A sentence set aside as a whole may not hide a vesting statement of its own or a condition that changes the
      // schedule (account_for_salient_words.cpp, account_for_set_aside_sentences) ...
      {"The RSUs vest in four equal annual installments beginning on March 1, 2026. Under the Reporting Person's Rule "
       "10b5-1 trading plan, 50% of the units vest on March 1, 2029.",
       "2025-03-01", "400", "unrecognized", "", "a vesting statement", false},
      {"Each restricted stock unit represents a contingent right to receive one share of common stock, subject to the "
       "achievement of the performance goals established by the Compensation Committee. The RSUs vest in four equal "
       "annual installments beginning on March 1, 2026.",
       "2025-03-01", "400", "unrecognized", "", "changes the schedule", false},
      {"The RSUs were granted on March 1, 2025, provided that no shares shall vest before March 1, 2028. The RSUs vest in "
       "four equal annual installments beginning on March 1, 2026.",
       "2025-03-01", "400", "unrecognized", "", "not accounted for", false},
      {"The RSUs vest in four equal annual installments beginning on March 1, 2026. Vesting of the award is subject to "
       "shareholder approval of the amendment to the Plan.",
       "2025-03-01", "400", "unrecognized", "", "not accounted for", false},
      // ... while a plan that sells shares as they vest, a service proviso or a plan approved in the past stand.
      {"The RSUs vest in four equal annual installments beginning on March 1, 2026. Under the Reporting Person's Rule "
       "10b5-1 trading plan, shares will be sold as they vest to cover taxes.",
       "2025-03-01", "400", "time_based", "2026-03-01=100 2027-03-01=100 2028-03-01=100 2029-03-01=100", "", false},
      {"Each restricted stock unit represents a contingent right to receive one share of common stock, subject to the "
       "Reporting Person's continued service. The RSUs vest in four equal annual installments beginning on March 1, 2026.",
       "2025-03-01", "400", "time_based", "2026-03-01=100 2027-03-01=100 2028-03-01=100 2029-03-01=100", "", false},
  };
}

// Dividend equivalents counted in the row ("Includes ...", "including ..."): their own dates are part of the row,
// refused unless a statement of the schedule reads them (account_for_salient_words.cpp). Not counted in it, the row
// is the award alone and their dates are another's (set aside, as before).
std::vector<Example> dividend_equivalent_examples() {
  return {
      // dividend equivalents counted in the award, on its schedule ("same schedule" required; a date of their own refused)
      {"Includes 60 dividend equivalent rights that accrued on the RSUs and vest on the same schedule. The RSUs vest in "
       "three equal annual installments beginning on February 1, 2026.",
       "2025-02-01", "3060", "time_based", "2026-02-01=1020 2027-02-01=1020 2028-02-01=1020", "", false},
      {"Includes 60 dividend equivalent rights credited on the RSUs. The RSUs vest in three equal annual installments "
       "beginning on February 1, 2026.", "2025-02-01", "3060", "unrecognized", "", "not accounted", false},
      {"Includes 60 dividend equivalent rights that vest on March 1, 2026. The RSUs vest in three equal annual "
       "installments beginning on February 1, 2026.", "2025-02-01", "3060", "unrecognized", "", "not accounted", false},
      {"Includes 60 dividend equivalent rights that accrued on the RSUs and vest on the same schedule as the RSUs, with the "
       "last third on March 1, 2029. The RSUs vest in three equal annual installments beginning on February 1, 2026.",
       "2025-02-01", "3060", "unrecognized", "", "includes dividend equivalents", false},
      {"The RSUs vest in three equal annual installments beginning on February 1, 2026. Includes 60 dividend equivalent "
       "rights, which will be paid on March 1, 2029.",
       "2025-02-01", "3060", "unrecognized", "", "includes dividend equivalents", false},
      {"The RSUs, including the dividend equivalent rights, vest in three equal annual installments beginning on February "
       "1, 2026. Dividend equivalents will be paid on March 1, 2029.",
       "2025-02-01", "3060", "unrecognized", "", "includes dividend equivalents", false},
      {"The RSUs vest in three equal annual installments beginning on February 1, 2026. Dividend equivalents on the RSUs "
       "will be paid on March 1, 2029.",
       "2025-02-01", "3000", "time_based", "2026-02-01=1000 2027-02-01=1000 2028-02-01=1000", "", false},
      {"The RSUs, including the dividend equivalent rights, vest in three equal annual installments beginning on February "
       "1, 2026.",
       "2025-02-01", "3060", "time_based", "2026-02-01=1020 2027-02-01=1020 2028-02-01=1020", "", false},
  };
}

// A trailing acceleration after ", and any / all <words> will" (split_off_surroundings.cpp).
std::vector<Example> trailing_acceleration_examples() {
  return {
      // ... also after ", and any / all <words> will": the whole unvested grant on an event is an acceleration; a
      // part of it, or a date, is not set aside (gen26, holdout24 h060)
      {"The options vest in four equal installments on each of the first four anniversaries of the grant date, and any "
       "unvested options will become fully vested upon the optionee's retirement after age 65.",
       "2025-03-01", "4", "time_based", "2026-03-01=1 2027-03-01=1 2028-03-01=1 2029-03-01=1", "", false},
      {"The options vest in four equal installments on each of the first four anniversaries of the grant date, and any "
       "unvested options will vest on March 1, 2027 if the optionee retires after age 65.",
       "2025-03-01", "4", "unrecognized", "", "not understood", false},
      {"The options vest in four equal installments on each of the first four anniversaries of the grant date, and all "
       "options will vest in 2027 upon the optionee's retirement.",
       "2025-03-01", "4", "unrecognized", "", "not accounted for", false},
      // ", and will vest earlier upon <event>": vesting sooner than scheduled is an acceleration (gen30, holdout27
      // H27-017); a sized part or a date after "earlier" is not set aside.
      {"The shares will vest in full on May 20, 2026, the first anniversary of the grant date, subject to continued "
       "service through such date, and will vest earlier upon a Change in Control.",
       "2025-05-20", "10", "time_based", "2026-05-20=10", "", false},
      {"The RSUs vest in two equal annual installments beginning on March 1, 2026, and will vest sooner upon the "
       "Reporting Person's death or disability.",
       "2025-03-01", "10", "time_based", "2026-03-01=5 2027-03-01=5", "", false},
      {"The RSUs vest in two equal annual installments beginning on March 1, 2026, and 50% will vest earlier upon a "
       "change in control.",
       "2025-03-01", "10", "unrecognized", "", "not understood", false},
      {"The RSUs vest in two equal annual installments beginning on March 1, 2026, and will vest earlier on March 1, "
       "2027 upon a change in control.",
       "2025-03-01", "10", "unrecognized", "", "not understood", false},
      // ", and, if not previously vested, will vest in full upon <event>": a parenthetical between "and" and the verb
      // (holdout28 H28-054); a date, or a part sized, after it stays in the clause (and its "if" refuses it).
      {"The LTIP Units will vest in three equal installments on the first three anniversaries of the grant date, and, if "
       "not previously vested, will vest in full upon a Change of Control.",
       "2020-02-03", "9", "time_based", "2021-02-03=3 2022-02-03=3 2023-02-03=3", "", false},
      {"The LTIP Units will vest in three equal installments on the first three anniversaries of the grant date, and, if "
       "not previously vested, will vest on June 1, 2030.",
       "2020-02-03", "9", "unrecognized", "", "not understood", false},
      {"The LTIP Units will vest in three equal installments on the first three anniversaries of the grant date, and, if "
       "not previously vested, the remaining units will vest in full upon a Change of Control.",
       "2020-02-03", "9", "unrecognized", "", "not understood", false},
  };
}

// The numbers of a citation ("Nasdaq Listing Rule 5635(c)(4)", "Section 409A") name a rule of law
// (account_for_salient_words.cpp, `cited`); a bare number or one after another word is not set aside.
std::vector<Example> citation_examples() {
  return {
      {"The option was granted as an inducement material to the Reporting Person's entering into employment in "
       "accordance with Nasdaq Listing Rule 5635(c)(4). The option vests in four equal annual installments beginning on "
       "the first anniversary of the grant date.",
       "2022-04-18", "4", "time_based", "2023-04-18=1 2024-04-18=1 2025-04-18=1 2026-04-18=1", "", false},
      {"The RSUs are intended to comply with Section 409A of the Internal Revenue Code and vest in two equal annual "
       "installments beginning on March 1, 2026.",
       "2025-03-01", "10", "time_based", "2026-03-01=5 2027-03-01=5", "", false},
      {"The option was granted as an inducement in accordance with Nasdaq Listing 5635(c)(4). The option vests in four "
       "equal annual installments beginning on the first anniversary of the grant date.",
       "2022-04-18", "4", "unrecognized", "", "not accounted", false},
      {"The option vests in four equal annual installments beginning on the first anniversary of the grant date, as "
       "permitted by Nasdaq Listing Rule 5635(c) and 3 more.",
       "2022-04-18", "4", "unrecognized", "", "not accounted", false},
      // Only the parts of the citation itself: a letter or roman numeral written against its number or parenthesis
      // ("409A", "(c)", "(iv)"), never a short word of prose after it ("or 3", "to 3", "in 3").
      {"The option vests in four equal annual installments beginning on the first anniversary of the grant date, as "
       "permitted by Nasdaq Listing Rule 5635(c) or 3 more.",
       "2022-04-18", "4", "unrecognized", "", "not accounted", false},
      {"The option vests in four equal annual installments beginning on the first anniversary of the grant date, as "
       "permitted by Section 16 to 3 more.",
       "2022-04-18", "4", "unrecognized", "", "not accounted", false},
      {"The option was granted as an inducement under Nasdaq Listing Rule 5635(c)(iv) and Section 16b-3. The option vests "
       "in four equal annual installments beginning on the first anniversary of the grant date.",
       "2022-04-18", "4", "time_based", "2023-04-18=1 2024-04-18=1 2025-04-18=1 2026-04-18=1", "", false},
  };
}

// A discretion over the settlement's form beside a schedule (refuse_unmodelled_words.cpp, `settlement_discretion`).
std::vector<Example> settlement_discretion_examples() {
  return {
      // A discretion over the settlement's form (refuse_unmodelled_words.cpp: after a settlement word, no vest verb
      // between; gen30, holdout27 H27-013); a discretion over vesting is still refused.
      {"The phantom units vest in one-third increments on each anniversary of the grant date over a three-year period and "
       "will be settled in common units or cash, at the discretion of the general partner, upon vesting.",
       "2013-11-18", "3", "time_based", "2014-11-18=1 2015-11-18=1 2016-11-18=1", "", false},
      {"The phantom units vest in one-third increments on each anniversary of the grant date over a three-year period or "
       "earlier at the discretion of the general partner.",
       "2013-11-18", "3", "unrecognized", "", "not understood", false},
      {"The phantom units will be settled in common units and vest in one-third increments on each anniversary of the "
       "grant date over a three-year period, at the discretion of the general partner.",
       "2013-11-18", "3", "unrecognized", "", "not understood", false},
  };
}

}  // namespace

Family surroundings_family() {
  Family f;
  f.name = "surroundings";
  f.examples = {
      // a trading plan's dates are the plan's (its adoption, its sales)
      {"The restricted stock units vest in three equal annual installments beginning on the first anniversary of the "
       "grant date. Sales of shares to cover tax withholding obligations upon each vesting will be made pursuant to a Rule "
       "10b5-1 trading plan adopted by the Reporting Person on March 2, 2026.",
       "2026-02-25", "3", "time_based", "2027-02-25=1 2028-02-25=1 2029-02-25=1", "", false},
      // acceleration
      {"The RSUs vest in three equal annual installments beginning on March 1, 2026. Upon the Reporting Person's death "
       "or disability, all unvested RSUs shall immediately vest.",
       "2025-03-01", "3", "time_based", "2026-03-01=1 2027-03-01=1 2028-03-01=1", "", false},
      {"One-half of the units vest on each of May 1, 2026 and May 1, 2027. If the Reporting Person's service is terminated "
       "without cause, 100% of the then-unvested units will vest.",
       "2025-05-01", "10", "time_based", "2026-05-01=5 2027-05-01=5", "", false},
      {"All unvested shares will vest in full upon a change in control of the Issuer.", "2025-03-01", "10", "unrecognized", "",
       "not understood", false},
      // provisos
      {"The award vests on January 15, 2027. The vesting of the award is conditioned upon the Reporting Person's continued "
       "employment through the vesting date.",
       "2025-01-15", "10", "time_based", "2027-01-15=10", "", false},
      {"The restricted shares vest on June 1, 2027. In all cases, vesting requires that the Reporting Person be remaining in "
       "service on that date.",
       "2025-06-01", "10", "time_based", "2027-06-01=10", "", false},
      // option terms
      {"The option vests on June 30, 2026. The option has an exercise price of $12.50 per share and expires on June 29, 2035.",
       "2025-06-30", "10", "time_based", "2026-06-30=10", "", false},
      {"The option becomes exercisable on September 1, 2026. The option has a maximum term of seven years.", "2025-09-01", "4",
       "time_based", "2026-09-01=4", "", false},
      // an option term with a vesting word in it is read as a schedule sentence, never set aside
      {"The option vests on March 1, 2026. The option expires on March 1, 2035, and vests 25% on each anniversary.",
       "2025-03-01", "8", "unrecognized", "", "vests", false},
      // settlement
      {"The units vest in two equal annual installments beginning on April 1, 2026. Vested units are payable in shares "
       "within 30 days after each vesting date.",
       "2025-04-01", "10", "time_based", "2026-04-01=5 2027-04-01=5", "", false},
      {"The restricted stock units were granted fully vested and will be delivered to the Reporting Person on January 2, "
       "2027.",
       "2025-12-10", "5", "immediate", "2025-12-10=5", "", false},
      // a "settlement" date before the grant date is not a delivery of this grant: not understood
      {"The RSUs were fully vested on the date of grant and will be settled on March 1, 2024.", "2025-03-01", "10",
       "unrecognized", "", "not understood", false},
      // ... also "on the earlier of" dates and events (the settlement's alternatives, not the vesting's)
      {"The RSUs are fully vested and will be settled on the earlier of March 1, 2028 or the Reporting Person's "
       "separation from service.", "2025-03-03", "15", "immediate", "2025-03-03=15", "", false},
      {"Each unit is fully vested as of the grant date and will be settled in one share upon the earlier of (i) January "
       "15, 2029, (ii) the Reporting Person's separation from service, or (iii) a change in control.",
       "2026-01-15", "8", "immediate", "2026-01-15=8", "", false},
      {"The units vested immediately upon grant; settlement will occur on the earlier of the Reporting Person's "
       "termination of Board service or June 1, 2030.", "2025-06-01", "6", "immediate", "2025-06-01=6", "", false},
      {"The RSUs are fully vested and will be settled upon the earlier of the Reporting Person's separation from service "
       "or a change in control.", "2025-03-10", "5", "immediate", "2025-03-10=5", "", false},
      {"The RSUs were fully vested on the date of grant and will be settled on the earlier of March 1, 2024 or a change "
       "in control.", "2025-03-01", "10", "unrecognized", "", "not understood", false},
      {"The RSUs vest on March 1, 2026 and will be settled on the earlier of March 11, 2026 or the Reporting Person's "
       "separation from service.", "2025-03-01", "10", "unrecognized", "", "not understood", false},
      // a settlement date beside a schedule that does not vest at once is never set aside
      {"The RSUs vest on March 1, 2026 and will be settled on March 11, 2026.", "2025-03-01", "10", "unrecognized", "",
       "not understood", false},
      // the same, as the trailing part of the schedule's sentence (split_off_surroundings.cpp)
      {"The units vest in two equal annual installments beginning on April 1, 2026; vested units will be issued within "
       "30 days following each vesting date.",
       "2025-04-01", "10", "time_based", "2026-04-01=5 2027-04-01=5", "", false},
      {"The units vest in three equal annual installments on the first three anniversaries of the grant date, and will be "
       "settled in shares as soon as practicable following each vesting date.",
       "2025-04-01", "3", "time_based", "2026-04-01=1 2027-04-01=1 2028-04-01=1", "", false},
      {"The RSUs vest in full on the third anniversary of the grant date, except that vesting will accelerate upon the "
       "Reporting Person's death or disability.",
       "2025-03-01", "10", "time_based", "2028-03-01=10", "", false},
      // a trailing part that dates or sizes something is never split off
      {"The RSUs vest on March 1, 2026; vested units will be settled on March 11, 2026.", "2025-03-01", "10",
       "unrecognized", "", "does not say how much", false},
      {"The RSUs vest in four equal annual installments beginning on March 1, 2026, except that the final installment will "
       "vest upon a change in control.",
       "2025-03-01", "4", "unrecognized", "", "not understood", false},
      // a sentence that states only the span is the preamble of the schedule after it, cross-checked against it
      {"The shares vest over three years. One-third of the shares vest on each anniversary of the grant date.", "2025-03-01",
       "3", "time_based", "2026-03-01=1 2027-03-01=1 2028-03-01=1", "", false},
      {"The shares vest over two years. One-third of the shares vest on each of the first three anniversaries of the grant "
       "date.",
       "2025-03-01", "3", "unrecognized", "", "does not match", false},
      {"The RSUs vest over three years. Vested RSUs will be settled within 30 days.", "2025-03-01", "3", "unrecognized", "",
       "no schedule", false},
      // an option's expiration inside the schedule's sentence
      {"The option becomes exercisable as to one-half of the shares on each of the first two anniversaries of the date "
       "of grant and expires ten years from the date of grant.",
       "2025-02-03", "4", "time_based", "2026-02-03=2 2027-02-03=2", "", false},
      // a merger's conversion or assumption of the award, beside its schedule
      {"Pursuant to the Merger Agreement, each unvested Target restricted stock unit was assumed by the Issuer and "
       "converted into 0.8 Issuer restricted stock units. The converted units vest on each of May 1, 2026 and May 1, 2027.",
       "2025-05-01", "10", "time_based", "2026-05-01=5 2027-05-01=5", "", false},
      {"Received in the merger in exchange for an option to purchase 40,000 shares of Target common stock. The option, as "
       "assumed, vests in four equal annual installments beginning on March 3, 2026.",
       "2025-03-03", "12000", "time_based", "2026-03-03=3000 2027-03-03=3000 2028-03-03=3000 2029-03-03=3000", "", false},
      // a conversion sentence with a date of its own is never set aside
      {"The RSUs vest on March 1, 2027. Each Target RSU was converted into 0.8 Issuer RSUs on March 1, 2026.", "2025-03-01",
       "10", "unrecognized", "", "not accounted", false},
      // an expiration with alternatives inside the schedule's sentence
      {"This option vested in its entirety on the grant date and will expire on the earlier of June 30, 2035 or twelve "
       "months after the Reporting Person ceases to serve as a director.",
       "2025-07-01", "400", "immediate", "2025-07-01=400", "", false},
      // the option's term inside the schedule's sentence
      {"This option has a term of seven years and vests in two equal annual installments commencing on the first "
       "anniversary of the date of grant.",
       "2024-09-16", "20", "time_based", "2025-09-16=10 2026-09-16=10", "", false},
      {"The option has a ten-year term and becomes exercisable in two equal annual installments beginning on the first "
       "anniversary of the grant date.",
       "2024-09-16", "20", "time_based", "2025-09-16=10 2026-09-16=10", "", false},
      // a vesting term is the schedule's span, never set aside
      {"The RSUs have a vesting term of three years and vest in two equal annual installments beginning on the first "
       "anniversary of the grant date.",
       "2024-09-16", "20", "unrecognized", "", "not accounted", false},
      // a restriction on transfer after the schedule (words only; with a date of its own it stays and is refused)
      {"The restricted stock vests in two equal annual installments beginning on the first anniversary of the grant date; "
       "however, the shares may not be transferred until the Issuer has repaid its TARP obligations.",
       "2009-06-01", "10", "time_based", "2010-06-01=5 2011-06-01=5", "", false},
      {"The shares vest on March 1, 2026. Vested shares may not be sold until the Reporting Person leaves the Board.",
       "2025-03-01", "10", "time_based", "2026-03-01=10", "", false},
      {"The shares vest on March 1, 2026. Vested shares may not be transferred until March 1, 2027.", "2025-03-01", "10",
       "unrecognized", "", "not understood", false},
      {"The shares vest on March 1, 2026; however, 50% of the shares may not be sold until the first anniversary of the "
       "vesting date.", "2025-03-01", "10", "unrecognized", "", "not understood", false},
      // a past period's end beside an award vested at once (in a sentence with no vesting statement)
      {"Represents shares received in lieu of the cash retainer for the quarter ended September 30, 2025. The shares were "
       "fully vested upon issuance.", "2025-10-01", "300", "immediate", "2025-10-01=300", "", false},
      // ... never in a sentence that vests, nor beside a schedule of later dates ("thereafter" may count from its end)
      {"The units granted for the quarter ended March 31, 2026 vest on March 31, 2027.", "2026-04-01", "10", "unrecognized",
       "", "not understood", false},
      {"Restricted stock units granted for the quarter ended March 31, 2026. The units vest in four equal quarterly "
       "installments thereafter.", "2026-04-01", "8", "unrecognized", "", "not accounted", false},
      {"Deferred stock units granted in lieu of cash board fees for the quarter ended June 30, 2025. The units vest on "
       "June 30, 2026.", "2025-07-01", "40", "unrecognized", "", "not accounted", false},
      // award descriptions
      {"Represents restricted stock units awarded under the Issuer's annual long-term incentive program. The units vest on "
       "August 15, 2026.",
       "2025-08-15", "6", "time_based", "2026-08-15=6", "", false},
  };
  for (auto part : {hidden_statement_examples, trailing_acceleration_examples, dividend_equivalent_examples,
                    citation_examples, settlement_discretion_examples})
    for (auto& e : part()) f.examples.push_back(std::move(e));
  return f;
}

}  // namespace vest::rules
