#include "engine/filings/edgar_xml.hpp"

#include "engine/core/utf8.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <cstring>

namespace vest::filings {

namespace {

// Maps byte offsets of the original file to 1-based line numbers.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n') newlines_.push_back(i);
  }
  std::size_t line_of(std::size_t offset) const {
    return static_cast<std::size_t>(std::lower_bound(newlines_.begin(), newlines_.end(), offset) - newlines_.begin()) + 1;
  }

 private:
  std::vector<std::size_t> newlines_;
};

bool iequals_prefix(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) != std::tolower(static_cast<unsigned char>(prefix[i])))
      return false;
  return true;
}

std::size_t ifind(std::string_view hay, std::string_view needle, std::size_t from = 0) {
  if (needle.empty() || hay.size() < needle.size()) return std::string_view::npos;
  for (std::size_t i = from; i + needle.size() <= hay.size(); ++i)
    if (iequals_prefix(hay.substr(i), needle)) return i;
  return std::string_view::npos;
}

// Calls f(node, depth) on every node below `root` in document order
// (pre-order), without recursion; stops at and returns the first node for
// which f returns true.
template <class F>
pugi::xml_node for_each_descendant(const pugi::xml_node& root, F&& f) {
  pugi::xml_node n = root.first_child();
  std::size_t depth = 1;
  while (n) {
    if (f(n, depth)) return n;
    if (n.first_child()) {
      n = n.first_child();
      ++depth;
      continue;
    }
    while (n != root && !n.next_sibling()) {
      n = n.parent();
      --depth;
    }
    if (n == root) break;
    n = n.next_sibling();
  }
  return {};
}

// The first node nested deeper than `limit` levels below the document, if any.
pugi::xml_node too_deep(const pugi::xml_document& doc, std::size_t limit) {
  return for_each_descendant(doc, [limit](const pugi::xml_node&, std::size_t depth) { return depth > limit; });
}

// A document whose XML declaration says ISO-8859-1 (or Latin-1, or
// windows-1252) and whose bytes are not UTF-8: decoded as Latin-1 rather than
// turned into U+FFFD. Everything else is read as UTF-8.
bool declares_latin1(std::string_view content) {
  const auto decl = ifind(content.substr(0, 4096), "<?xml");
  if (decl == std::string_view::npos) return false;
  const auto end = content.find("?>", decl);
  const auto header = content.substr(decl, end == std::string_view::npos ? 200 : end - decl);
  const bool latin1 = ifind(header, "iso-8859-1") != std::string_view::npos || ifind(header, "latin1") != std::string_view::npos ||
                      ifind(header, "windows-1252") != std::string_view::npos;
  return latin1 && find_invalid_utf8(content).has_value();
}

std::string latin1_to_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x80) {
      out += ch;
    } else {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

struct Reader {
  const std::string& source;
  const LineIndex& lines;
  std::size_t base;  // offset of the XML document inside the file
  Filing& filing;

  std::size_t line_of(const pugi::xml_node& n) const {
    const auto off = n.offset_debug();
    return off < 0 ? 0 : lines.line_of(base + static_cast<std::size_t>(off));
  }

  void warn(const pugi::xml_node& n, std::string field, std::string code, std::string message) {
    filing.diagnostics.push_back(
        Diagnostic::warning(std::move(code), std::move(message), {source, line_of(n), 0, std::move(field), {}}));
  }

  // The text of <name><value>...</value></name>, or of <name> itself when it has no <value>.
  static std::string value_text(const pugi::xml_node& parent, const char* name) {
    const auto node = parent.child(name);
    if (!node) return {};
    const auto v = node.child("value");
    return std::string(trim(v ? v.text().get() : node.text().get()));
  }

  std::optional<Amount> amount(const pugi::xml_node& parent, const char* name, Row* row = nullptr) {
    const std::string t = value_text(parent, name);
    if (t.empty()) return std::nullopt;
    auto a = parse_filing_amount(t);
    if (!a && row) {
      // A share count the filing states but vest cannot read: no grant over it.
      const auto n = parent.child(name);
      row->problems.push_back(Diagnostic::error("unreadable_shares", "cannot read the share count \"" + t + "\" of " + name,
                                                {source, line_of(n), 0, name, {}}));
    } else if (!a) {
      warn(parent.child(name), name, "unreadable_amount", "cannot read the amount \"" + t + "\" of " + name);
    }
    return a;
  }

  std::optional<Date> date(const pugi::xml_node& parent, const char* name) {
    const std::string t = value_text(parent, name);
    if (t.empty()) return std::nullopt;
    auto d = parse_filing_date(t);
    if (!d) warn(parent.child(name), name, "unreadable_date", "cannot read the date \"" + t + "\" of " + name);
    return d;
  }

  static bool flag(const pugi::xml_node& parent, const char* name) {
    const std::string t = value_text(parent, name);
    return t == "1" || t == "true" || t == "TRUE" || t == "True";
  }

  // Every <footnoteId id=".."/> under `node`, attributed to the element that
  // holds it, in document order. A loop, not recursion: depth costs no stack.
  static void collect_footnotes(const pugi::xml_node& node, std::vector<FootnoteRef>& out) {
    for_each_descendant(node, [&](const pugi::xml_node& n, std::size_t) {
      if (n.type() != pugi::node_element || std::strcmp(n.name(), "footnoteId") != 0) return false;
      const std::string id(trim(n.attribute("id").value()));
      if (id.empty()) return false;
      const auto holder = n.parent();
      std::string field = holder.name();
      if (field == "value") field = holder.parent().name();
      out.push_back({std::move(field), id});
      return false;
    });
  }

  Row row(const pugi::xml_node& n, bool derivative, bool holding) {
    Row r;
    r.derivative = derivative;
    r.holding = holding;
    r.line = line_of(n);
    r.security = value_text(n, "securityTitle");
    if (derivative) r.exercise_price = amount(n, "conversionOrExercisePrice");
    r.transaction_date = date(n, "transactionDate");
    r.deemed_execution_date = date(n, "deemedExecutionDate");
    if (const auto coding = n.child("transactionCoding")) {
      r.form_type = value_text(coding, "transactionFormType");
      r.code = value_text(coding, "transactionCode");
      r.equity_swap = flag(coding, "equitySwapInvolved");
    }
    if (holding) r.form_type = value_text(n, "transactionFormType");
    if (const auto amounts = n.child("transactionAmounts")) {
      r.shares = amount(amounts, "transactionShares", &r);
      r.price = amount(amounts, "transactionPricePerShare");
      r.acquired_disposed = value_text(amounts, "transactionAcquiredDisposedCode");
    }
    if (derivative) {
      r.exercise_date = date(n, "exerciseDate");
      r.expiration_date = date(n, "expirationDate");
      if (const auto u = n.child("underlyingSecurity")) {
        r.underlying_security = value_text(u, "underlyingSecurityTitle");
        r.underlying_shares = amount(u, "underlyingSecurityShares", &r);
      }
    }
    if (const auto post = n.child("postTransactionAmounts")) r.owned_after = amount(post, "sharesOwnedFollowingTransaction", &r);
    if (const auto nature = n.child("ownershipNature")) {
      r.direct_indirect = value_text(nature, "directOrIndirectOwnership");
      r.nature_of_ownership = value_text(nature, "natureOfOwnership");
    }
    collect_footnotes(n, r.footnotes);
    return r;
  }

  void owner(const pugi::xml_node& n) {
    ReportingOwner o;
    const auto id = n.child("reportingOwnerId");
    o.cik = std::string(trim(id.child("rptOwnerCik").text().get()));
    o.name = std::string(trim(id.child("rptOwnerName").text().get()));
    const auto rel = n.child("reportingOwnerRelationship");
    o.is_director = flag(rel, "isDirector");
    o.is_officer = flag(rel, "isOfficer");
    o.is_ten_percent_owner = flag(rel, "isTenPercentOwner");
    o.is_other = flag(rel, "isOther");
    o.officer_title = value_text(rel, "officerTitle");
    o.other_text = value_text(rel, "otherText");
    if (o.name.empty()) warn(n, "rptOwnerName", "missing_owner_name", "reporting owner without a name");
    filing.owners.push_back(std::move(o));
  }

  void document(const pugi::xml_node& doc) {
    filing.schema_version = value_text(doc, "schemaVersion");
    filing.form = value_text(doc, "documentType");
    filing.period_of_report = date(doc, "periodOfReport");
    filing.date_of_original_submission = date(doc, "dateOfOriginalSubmission");
    const auto issuer = doc.child("issuer");
    filing.issuer.cik = value_text(issuer, "issuerCik");
    filing.issuer.name = value_text(issuer, "issuerName");
    filing.issuer.ticker = value_text(issuer, "issuerTradingSymbol");
    for (const auto& o : doc.children("reportingOwner")) owner(o);
    for (const auto& table : {std::pair{"nonDerivativeTable", false}, std::pair{"derivativeTable", true}}) {
      const auto t = doc.child(table.first);
      for (const auto& child : t.children()) {
        const std::string name = child.name();
        if (name == "nonDerivativeTransaction" || name == "derivativeTransaction")
          filing.rows.push_back(row(child, table.second, false));
        else if (name == "nonDerivativeHolding" || name == "derivativeHolding")
          filing.rows.push_back(row(child, table.second, true));
      }
    }
    for (const auto& f : doc.child("footnotes").children("footnote")) {
      Footnote fn;
      fn.id = std::string(trim(f.attribute("id").value()));
      // Footnotes may contain markup in a few old filings; take all text.
      std::string text;
      for (const auto& t : f.select_nodes(".//text()")) text += t.node().value();
      fn.text = std::string(trim(text));
      fn.line = line_of(f);
      if (fn.id.empty()) {
        warn(f, "footnote", "footnote_without_id", "a footnote has no id and cannot be referenced");
        continue;
      }
      if (filing.footnote(fn.id))
        warn(f, fn.id, "duplicate_footnote", "footnote " + fn.id + " is defined twice; the first is used");
      else
        filing.footnotes.push_back(std::move(fn));
    }
    filing.remarks = value_text(doc, "remarks");
    for (const auto& s : doc.children("ownerSignature")) {
      Signature sig;
      sig.name = std::string(trim(s.child("signatureName").text().get()));
      sig.date = parse_filing_date(s.child("signatureDate").text().get());
      filing.signatures.push_back(std::move(sig));
    }
    // References to footnotes that do not exist.
    for (const auto& r : filing.rows)
      for (const auto& ref : r.footnotes)
        if (!filing.footnote(ref.id))
          filing.diagnostics.push_back(Diagnostic::warning(
              "undefined_footnote", "row references footnote " + ref.id + " on " + ref.field + " but the filing does not define it",
              {source, r.line, 0, ref.field, {}}));
  }
};

}  // namespace

bool looks_like_edgar_xml(std::string_view head) {
  return ifind(head, "<ownershipDocument") != std::string_view::npos ||
         (ifind(head, "<SEC-DOCUMENT>") != std::string_view::npos && ifind(head, "<XML>") != std::string_view::npos) ||
         (ifind(head, "<?xml") != std::string_view::npos);
}

Result<Filing> read_edgar_xml(std::string_view content, const std::string& source, const ReadLimits& limits) {
  Filing filing;
  filing.source = source;
  filing.format = SourceFormat::edgar_xml;
  std::string decoded, repaired;
  if (declares_latin1(content)) content = decoded = latin1_to_utf8(content);
  content = valid_utf8_text(content, repaired, source, filing.diagnostics);
  const LineIndex lines(content);

  // A full-text submission: take the accession number and the <XML> block.
  std::string_view xml = content;
  std::size_t base = 0;
  if (const auto x = ifind(content, "<XML>"); x != std::string_view::npos && ifind(content.substr(0, x), "<ownershipDocument") == std::string_view::npos) {
    const auto end = ifind(content, "</XML>", x);
    base = x + 5;
    xml = content.substr(base, end == std::string_view::npos ? std::string_view::npos : end - base);
    if (const auto a = ifind(content, "ACCESSION NUMBER:"); a != std::string_view::npos) {
      const auto eol = content.find('\n', a);
      filing.accession = std::string(trim(content.substr(a + 17, eol == std::string_view::npos ? eol : eol - a - 17)));
    }
  }

  pugi::xml_document doc;
  const auto parsed = doc.load_buffer(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!parsed) {
    const std::size_t off = base + static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, parsed.offset));
    return Result<Filing>::failure(Diagnostic::error(
        "xml_malformed", std::string("malformed XML: ") + parsed.description(), {source, lines.line_of(off), 0, "", {}}));
  }
  if (const auto deep = too_deep(doc, limits.max_xml_depth)) {
    const auto off = deep.offset_debug();
    return Result<Filing>::failure(Diagnostic::error(
        "xml_too_deep", "elements are nested more than " + std::to_string(limits.max_xml_depth) + " levels deep (--max-xml-depth); the file is not read",
        {source, off < 0 ? 0 : lines.line_of(base + static_cast<std::size_t>(off)), 0, deep.parent().name(), {}}));
  }
  const auto root = doc.document_element();
  if (std::strcmp(root.name(), "ownershipDocument") != 0) {
    return Result<Filing>::failure(Diagnostic::error(
        "not_ownership_document",
        std::string("not an EDGAR ownership document: the root element is <") + root.name() + ">, not <ownershipDocument>",
        {source, root.offset_debug() < 0 ? 0 : lines.line_of(base + static_cast<std::size_t>(root.offset_debug())), 0, "", {}}));
  }
  Reader reader{source, lines, base, filing};
  reader.document(root);
  if (filing.form.empty())
    filing.diagnostics.push_back(Diagnostic::warning("missing_document_type", "ownership document without <documentType>", {source, 0, 0, "documentType", {}}));
  return Result<Filing>(std::move(filing));
}

}  // namespace vest::filings
