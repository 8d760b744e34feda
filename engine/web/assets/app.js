// The vest workbench page. Everything it shows comes from the JSON API under
// /api/; all text is put in the page with textContent (never as markup), so a
// footnote containing <script> shows as text. Share counts are kept as the
// exact text the server wrote (JSON.parse keeps each number's source), never
// rounded through floating point.
'use strict';

const $ = (id) => document.getElementById(id);

// JSON with every number kept as its source text ("4166", "47.5").
function parseExact(text) {
  return JSON.parse(text, (key, value, context) =>
    typeof value === 'number' && context && typeof context.source === 'string' ? context.source : value);
}

function grouped(amount) {
  const s = String(amount);
  const m = /^(-?)(\d+)(.*)$/.exec(s);
  if (!m) return s;
  return m[1] + m[2].replace(/\B(?=(\d{3})+(?!\d))/g, ',') + m[3];
}

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c);
  return e;
}

async function post(url, body, isJson) {
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    body: isJson ? JSON.stringify(body) : body,
    headers: isJson ? { 'Content-Type': 'application/json' } : {},
  });
  return { res, ms: performance.now() - started };
}

function errorText(d) {
  // file:line:column: message [code], as the command line prints diagnostics.
  const where = [d.file, d.line, d.column].filter((x) => x !== undefined && x !== '' && x !== '0').join(':');
  return (where ? where + ': ' : '') + (d.field ? d.field + ': ' : '') + d.message + (d.code ? ' [' + d.code + ']' : '');
}

// ---- tabs ----
const views = ['footnote', 'filing', 'portfolio'];
function show(view) {
  for (const v of views) {
    $('tab-' + v).setAttribute('aria-selected', String(v === view));
    $('view-' + v).hidden = v !== view;
  }
}
for (const v of views) $('tab-' + v).addEventListener('click', () => show(v));

// ---- footnote view ----
// UTF-8 byte offsets (the server's spans) to indices into the JS string.
function byteIndex(text) {
  const map = [0];
  let i = 0;
  for (const ch of text) {
    const bytes = new TextEncoder().encode(ch).length;
    for (let k = 1; k < bytes; k++) map.push(i);
    i += ch.length;
    map.push(i);
  }
  return map;
}

let current = null; // {text, result}

function renderHighlight(text, result) {
  const box = $('fn-highlight');
  box.replaceChildren();
  const map = byteIndex(text);
  const bytes = map.length - 1;
  const marks = [];
  for (const s of result.explain || []) marks.push({ b: +s.span[0], e: +s.span[1], kind: 'read', note: s.rule });
  for (const d of result.errors || []) if (d.span) marks.push({ b: +d.span[0], e: +d.span[1], kind: 'error', note: d.message });
  const cuts = new Set([0, bytes]);
  for (const m of marks) {
    cuts.add(Math.max(0, Math.min(bytes, m.b)));
    cuts.add(Math.max(0, Math.min(bytes, m.e)));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  for (let k = 0; k + 1 < sorted.length; k++) {
    const b = sorted[k], e = sorted[k + 1];
    const covering = marks.filter((m) => m.b <= b && e <= m.e);
    const seg = el('span', { class: 'seg', text: text.slice(map[b], map[e]) });
    seg.dataset.begin = b;
    seg.dataset.end = e;
    const kinds = new Set(covering.map((m) => m.kind));
    for (const kind of kinds) seg.classList.add(kind);
    if (covering.length) seg.title = covering.map((m) => (m.kind === 'error' ? 'not understood: ' : 'rule: ') + m.note).join('\n');
    box.append(seg);
  }
}

function highlightTranche(spans) {
  for (const seg of $('fn-highlight').children) {
    const b = +seg.dataset.begin, e = +seg.dataset.end;
    seg.classList.toggle('active', !!spans && spans.some((s) => +s[0] <= b && e <= +s[1] && b < e));
  }
}

// The characters behind a tranche: its own "spans" when the parse JSON has
// them (the server adds them from the schedule's provenance).
function trancheSpans(result, i) {
  const t = result.tranches[i];
  if (!t || !Array.isArray(t.spans)) return [];
  // [begin, end] pairs; {"begin", "end"} or {"span": [b, e]} objects read the same.
  return t.spans.map((s) => (Array.isArray(s) ? s : Array.isArray(s.span) ? s.span : [s.begin, s.end]));
}

function renderFigures(result) {
  const box = $('fn-figures');
  box.replaceChildren();
  const a = result.as_of;
  if (!a) return;
  const items = [['as of', a.date], ['vested', grouped(a.vested)], ['unvested', grouped(a.unvested)]];
  if (a.contingent !== '0') items.push(['contingent', grouped(a.contingent)]);
  const option = $('fn-option').checked || (result.warnings || []).some((w) => w.code === 'option_inferred');
  if (option) items.push(['exercisable', grouped(a.exercisable)]);
  for (const [k, v] of items) {
    const dd = el('dd', { text: v });
    dd.id = 'fig-' + k.replace(/ /g, '-');
    box.append(el('div', {}, el('dt', { text: k }), dd));
  }
}

function renderTable(result) {
  const body = $('fn-table').querySelector('tbody');
  body.replaceChildren();
  const asOf = result.as_of ? result.as_of.date : null;
  result.tranches.forEach((t, i) => {
    const status = asOf ? (t.date <= asOf ? 'vested' : 'unvested') : '';
    const row = el('tr', { tabindex: '0' },
      el('td', { class: 'num', text: String(i + 1) }), el('td', { text: t.date }),
      el('td', { class: 'num', text: grouped(t.shares) }), el('td', { text: status }));
    row.dataset.date = t.date;
    row.dataset.index = i;
    const on = () => { row.classList.add('active'); highlightTranche(trancheSpans(result, i)); };
    const off = () => { row.classList.remove('active'); highlightTranche(null); };
    row.addEventListener('mouseenter', on);
    row.addEventListener('focus', on);
    row.addEventListener('mouseleave', off);
    row.addEventListener('blur', off);
    body.append(row);
  });
}

function renderList(id, items, text) {
  const ul = $(id);
  ul.replaceChildren(...items.map((x) => el('li', { text: text(x) })));
}

function footnoteRequest() {
  // Unchecked: the server infers it from the words, as `vest parse` does without --option.
  const req = { text: $('fn-text').value };
  if ($('fn-option').checked) req.is_option = true;
  for (const [key, id] of [['grant_date', 'fn-grant-date'], ['shares', 'fn-shares'], ['expiration', 'fn-expiration'], ['as_of', 'fn-as-of']])
    if ($(id).value.trim()) req[key] = $(id).value.trim();
  return req;
}

let chartUrl = null;
async function showChart(img, req) {
  const { res } = await post('/api/chart/parse', req, true);
  if (!res.ok) { img.hidden = true; return; }
  const svg = await res.text();
  const desc = new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('desc');
  img.alt = desc ? desc.textContent : 'vesting chart';
  if (img === $('fn-chart') && chartUrl) URL.revokeObjectURL(chartUrl);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  if (img === $('fn-chart')) chartUrl = url;
  img.src = url;
  img.hidden = false;
}

async function readFootnote(event) {
  if (event) event.preventDefault();
  const req = footnoteRequest();
  if (!req.text.trim()) { $('fn-status').textContent = 'Paste a footnote first.'; return; }
  $('fn-status').textContent = 'Reading…';
  const { res, ms } = await post('/api/parse', req, true);
  const result = parseExact(await res.text());
  if (!res.ok) {
    $('fn-result').hidden = true;
    $('fn-status').textContent = (result.errors || []).map(errorText).join('\n') || 'HTTP ' + res.status;
    return;
  }
  current = { text: req.text, result };
  $('fn-result').hidden = false;
  $('fn-kind').textContent = result.kind.replace(/_/g, ' ');
  $('fn-immediately').textContent = result.exercisable_immediately ? '(exercisable immediately)' : '';
  renderHighlight(req.text, result);
  renderFigures(result);
  renderTable(result);
  renderList('fn-errors', result.errors || [], errorText);
  renderList('fn-warnings', result.warnings || [], errorText);
  renderList('fn-conditions', result.conditions || [], (c) => 'condition ' + c.kind.replace(/_/g, ' ') + ': ' + c.text);
  $('fn-status').textContent = result.tranches.length + ' tranche(s) in ' + ms.toFixed(0) + ' ms' +
    (result.errors.length ? ' — not understood: ' + result.errors.map((e) => e.message).join('; ') : '');
  document.body.dataset.parsed = String(Date.now());
  $('fn-chart').closest('figure').hidden = !result.tranches.length;
  if (result.tranches.length) await showChart($('fn-chart'), req);
  document.body.dataset.charted = String(Date.now());
}
$('fn-form').addEventListener('submit', readFootnote);
$('fn-as-of').addEventListener('change', () => { if (current) readFootnote(); });

// ---- filing view ----
function openGrant(g, asOf) {
  $('fn-text').value = g.text || '';
  $('fn-grant-date').value = g.grant_date || '';
  $('fn-shares').value = g.shares === null || g.shares === undefined ? '' : String(g.shares);
  $('fn-expiration').value = g.expiration || '';
  $('fn-option').checked = !!g.is_option;
  if (asOf) $('fn-as-of').value = asOf;
  show('footnote');
  readFootnote();
}

function renderFiling(f, asOf, charts) {
  const box = el('article', { class: 'filing' });
  if (!f.grants) {
    box.append(el('h3', { text: f.source || 'upload' }));
    box.append(el('ul', { class: 'errors' }, ...f.errors.map((d) => el('li', { text: errorText(d) }))));
    return box;
  }
  const issuer = f.issuer.name + (f.issuer.ticker ? ' (' + f.issuer.ticker + ')' : '');
  box.append(el('h3', { text: issuer + ' · Form ' + f.form }));
  box.append(el('p', { text: f.source + ' · ' + f.owners.map((o) => o.name + (o.relationship ? ' (' + o.relationship + ')' : '')).join('; ') }));
  const head = ['security', 'grant date', 'shares', 'kind', 'tranches'];
  if (asOf) head.push('vested', 'unvested', 'exercisable');
  head.push('');
  const table = el('table', { class: 'grants' }, el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col', text: h })))));
  const body = el('tbody');
  const chartBox = el('div', { class: 'grant-charts' });
  for (const g of f.grants) {
    const cells = [g.security, g.grant_date || '', g.shares === null ? '' : grouped(g.shares), g.kind.replace(/_/g, ' '), String(g.tranches.length)];
    if (asOf) cells.push(...(g.as_of ? [grouped(g.as_of.vested), grouped(g.as_of.unvested), g.is_option ? grouped(g.as_of.exercisable) : ''] : ['', '', '']));
    const open = el('button', { type: 'button', class: 'open', text: 'Open' });
    open.addEventListener('click', () => openGrant(g, asOf));
    body.append(el('tr', {}, ...cells.map((c, i) => el('td', { class: i >= 2 && i !== 3 ? 'num' : '', text: c })), el('td', {}, open)));
    if (g.tranches.length && charts.left > 0) {
      charts.left--;
      const img = el('img', { alt: '' });
      chartBox.append(img);
      showChart(img, { text: g.text, grant_date: g.grant_date, shares: String(g.shares), expiration: g.expiration, is_option: !!g.is_option, as_of: asOf || undefined });
    }
  }
  table.append(body);
  box.append(table, chartBox);
  const problems = [...(f.errors || []), ...(f.warnings || [])];
  if (problems.length) box.append(el('ul', { class: 'warnings' }, ...problems.map((d) => el('li', { text: errorText(d) }))));
  return box;
}

async function readFilings() {
  const files = $('filing-files').files;
  if (!files.length) return;
  const form = new FormData();
  for (const f of files) form.append('file', f, f.name);
  const asOf = $('filing-as-of').value;
  $('filing-status').textContent = 'Reading ' + files.length + ' file(s)…';
  const { res, ms } = await post('/api/filing' + (asOf ? '?as_of=' + encodeURIComponent(asOf) : ''), form, false);
  const out = parseExact(await res.text());
  const results = $('filing-results');
  results.replaceChildren();
  if (!res.ok) { $('filing-status').textContent = out.errors.map(errorText).join('\n'); return; }
  const charts = { left: 12 };
  for (const f of out.filings) results.append(renderFiling(f, asOf, charts));
  const grants = out.filings.reduce((n, f) => n + (f.grants ? f.grants.length : 0), 0);
  $('filing-status').textContent = out.filings.length + ' filing(s), ' + grants + ' grant(s) in ' + ms.toFixed(0) + ' ms';
  document.body.dataset.filed = String(Date.now());
}
$('filing-files').addEventListener('change', readFilings);
$('filing-as-of').addEventListener('change', readFilings);

// ---- portfolio view ----
async function readPortfolio() {
  const files = $('portfolio-files').files;
  if (!files.length) return;
  const form = () => { const f = new FormData(); for (const x of files) f.append('file', x, x.name); return f; };
  const asOf = $('portfolio-as-of').value, from = $('portfolio-from').value, to = $('portfolio-to').value;
  const results = $('portfolio-results');
  results.replaceChildren();
  $('portfolio-status').textContent = 'Loading…';
  const q = new URLSearchParams({ as_of: asOf, group_by: $('portfolio-group').value });
  const { res, ms } = await post('/api/portfolio?' + q, form(), false);
  const out = parseExact(await res.text());
  if (!res.ok) { $('portfolio-status').textContent = out.errors.map(errorText).join('\n'); return; }
  const cols = ['grants', 'total', 'vested', 'unvested', 'contingent', 'forfeited', 'exercisable'];
  const table = el('table', {}, el('caption', { text: 'As of ' + out.as_of + ': ' + out.grants + ' grants, ' + out.rejected + ' rejected, ' + out.not_understood + ' not understood' }),
    el('thead', {}, el('tr', {}, el('th', { text: out.group_by }), ...cols.map((c) => el('th', { class: 'num', text: c })))));
  const body = el('tbody');
  const row = (key, t) => el('tr', {}, el('td', { text: key }), ...cols.map((c) => el('td', { class: 'num', text: grouped(t[c]) })));
  for (const g of out.groups) body.append(row(g.key, g));
  body.append(row('total', out.totals));
  table.append(body);
  results.append(table);
  if (out.diagnostics.length) results.append(el('ul', { class: 'warnings' }, ...out.diagnostics.slice(0, 50).map((d) => el('li', { text: errorText(d) }))));
  $('portfolio-status').textContent = out.grants + ' grant(s) in ' + ms.toFixed(0) + ' ms';
  if (from && to) {
    const cq = new URLSearchParams({ calendar: $('portfolio-unit').value, from, to, per_issuer: $('portfolio-per-issuer').checked ? '1' : '0' });
    const chart = await post('/api/chart/portfolio?' + cq, form(), false);
    if (chart.res.ok) {
      const svg = await chart.res.text();
      const img = el('img', { alt: 'Calendar of shares vesting' });
      img.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
      results.append(el('figure', { class: 'chart' }, img));
    }
  }
  document.body.dataset.portfolio = String(Date.now());
}
for (const id of ['portfolio-files', 'portfolio-as-of', 'portfolio-group', 'portfolio-unit', 'portfolio-from', 'portfolio-to', 'portfolio-per-issuer'])
  $(id).addEventListener('change', readPortfolio);

// Sensible defaults: today as the as-of date, the next five years for the calendar.
const today = new Date().toISOString().slice(0, 10);
for (const id of ['fn-as-of', 'filing-as-of', 'portfolio-as-of']) $(id).value = today;
$('portfolio-from').value = today.slice(0, 4) + '-01-01';
$('portfolio-to').value = String(+today.slice(0, 4) + 4) + '-12-31';
