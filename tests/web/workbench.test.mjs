// End-to-end test of the workbench page (`vest serve`) in Debian's headless
// Chromium, driven by puppeteer-core (which downloads no browser).
//
//   node workbench.test.mjs VEST_BINARY SHARED_DIR SCREENSHOT_DIR
//
// Pastes the seed option footnote (read from the seed filing), checks the
// tranche table and the as-of figures, hovers a tranche and checks the words
// that produced it are highlighted, uploads the corpus's EDGAR XML filings,
// pastes a footnote containing <script> and checks nothing ran, and saves
// screenshots. Exits non-zero on the first failed check.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

const [vest, shared, shots] = process.argv.slice(2).map((p) => resolve(p));
if (!vest || !shared || !shots) {
  console.error('usage: node workbench.test.mjs VEST_BINARY SHARED_DIR SCREENSHOT_DIR');
  process.exit(2);
}
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
const deadline = setTimeout(() => fail('the test took more than 90 s'), 90_000);
let server, browser, profile;

function fail(message) {
  console.error('FAIL: ' + message);
  cleanup();
  process.exit(1);
}
function check(condition, message) {
  if (!condition) fail(message);
  console.log('ok: ' + message);
}
function cleanup() {
  clearTimeout(deadline);
  if (browser) browser.process()?.kill('SIGKILL');
  if (server) server.kill('SIGTERM');
  // Chromium's helpers may still be writing the profile as it dies: retry, and never fail the test over it.
  if (profile) try { rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }); } catch { /* left in /tmp */ }
}

// The seed option's footnote, as the seed filing prints it ("1. 25% of ...").
const seedText = readFileSync(join(shared, 'seeds', 'form4-sonus-2013-12-16-option.txt'), 'utf8')
  .split('\n').find((l) => l.startsWith('1. 25%')).slice(3).trim();
const seedSentence = '25% of the shares underlying this option vests on December 16, 2014';

async function startServer() {
  server = spawn(vest, ['serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((ok, ko) => {
    let out = '';
    server.stdout.on('data', (d) => {
      out += d;
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) ok(m[1]);
    });
    server.on('exit', (code) => ko(new Error('vest serve exited with ' + code)));
  });
}

async function typeInto(page, selector, value) {
  await page.$eval(selector, (e, v) => { e.value = v; e.dispatchEvent(new Event('input', { bubbles: true })); }, value);
}

async function readFootnote(page, fields) {
  for (const [sel, v] of Object.entries(fields)) await typeInto(page, sel, v);
  const before = await page.evaluate(() => document.body.dataset.charted || '');
  await page.click('#fn-read');
  await page.waitForFunction((b) => (document.body.dataset.charted || '') !== b, { timeout: 20_000 }, before);
}

try {
  mkdirSync(shots, { recursive: true });
  const url = await startServer();
  profile = mkdtempSync(join(tmpdir(), 'vest-chromium-'));
  browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`],
  });
  const page = await browser.newPage();
  await page.setViewport({ width: 1300, height: 1100 });
  const dialogs = [], pageErrors = [];
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(url, { waitUntil: 'load' });

  // 1. The seed option footnote.
  await page.$eval('#fn-option', (e) => { e.checked = true; });
  const started = Date.now();
  await readFootnote(page, { '#fn-text': seedText, '#fn-grant-date': '2013-12-16', '#fn-shares': '200000',
    '#fn-expiration': '2023-12-16', '#fn-as-of': '2015-06-30' });
  console.log(`seed footnote: table and chart shown ${Date.now() - started} ms after the click`);
  check(await page.$eval('#fn-kind', (e) => e.textContent) === 'time based', 'kind is time based');
  check((await page.$$('#fn-table tbody tr')).length === 37, 'the tranche table has 37 rows');
  const figure = (id) => page.$eval(id, (e) => e.textContent);
  check(await figure('#fig-vested') === '75,000', 'vested as of 2015-06-30 is 75,000');
  check(await figure('#fig-unvested') === '125,000', 'unvested as of 2015-06-30 is 125,000');
  check(await figure('#fig-exercisable') === '75,000', 'exercisable as of 2015-06-30 is 75,000');
  check(await page.$eval('#fn-chart', (img) => img.complete && img.naturalWidth > 0), 'the chart is drawn');
  check((await page.$$('#fn-highlight .seg.read')).length > 0, 'the words the rules read are highlighted');

  // 2. Hovering the 2014-12-16 tranche highlights the words that produced it.
  await page.hover('#fn-table tbody tr[data-date="2014-12-16"]');
  const active = await page.$$eval('#fn-highlight .seg.active', (segs) => segs.map((s) => s.textContent).join(''));
  check(active === seedSentence, `hovering 2014-12-16 highlights "${active}"`);
  await page.screenshot({ path: join(shots, 'workbench-footnote.png') });
  await page.hover('#fn-table tbody tr[data-date="2015-01-16"]');
  const second = await page.$$eval('#fn-highlight .seg.active', (segs) => segs.map((s) => s.textContent).join(''));
  check(second.startsWith('The remaining 75%') && !second.includes('December 16, 2014'), 'hovering 2015-01-16 highlights the monthly sentence');
  // Keyboard users: focusing a row does the same.
  await page.focus('#fn-table tbody tr[data-date="2014-12-16"]');
  check((await page.$$eval('#fn-highlight .seg.active', (s) => s.map((x) => x.textContent).join(''))) === seedSentence, 'focusing the row highlights the same words');

  // 3. Uploading the corpus's EDGAR XML filings.
  const xmlDir = join(shared, 'corpus', 'form4-xml');
  const files = readdirSync(xmlDir).filter((f) => f.endsWith('.xml')).map((f) => join(xmlDir, f));
  await page.click('#tab-filing');
  await typeInto(page, '#filing-as-of', '2024-06-30');
  const input = await page.$('#filing-files');
  await input.uploadFile(...files);
  await page.waitForFunction(() => document.body.dataset.filed, { timeout: 30_000 });
  const filings = await page.$$('#filing-results .filing');
  check(filings.length === files.length, `${files.length} uploaded filings shown`);
  const grantRows = (await page.$$('#filing-results table.grants tbody tr')).length;
  check(grantRows > 0, `their grants are listed (${grantRows})`);
  check((await page.$$('#filing-results .errors li')).length === 0, 'no filing failed');
  await page.waitForFunction(() => [...document.querySelectorAll('.grant-charts img')].every((i) => i.complete && i.naturalWidth > 0), { timeout: 20_000 });
  await page.screenshot({ path: join(shots, 'workbench-filing.png'), fullPage: true });

  // 4. A portfolio: as-of totals by issuer, the bad row reported with its line, the calendar chart.
  await page.click('#tab-portfolio');
  await typeInto(page, '#portfolio-as-of', '2024-03-15');
  await typeInto(page, '#portfolio-from', '2024-01-01');
  await typeInto(page, '#portfolio-to', '2025-12-31');
  await page.$eval('#portfolio-per-issuer', (e) => { e.checked = true; });
  await (await page.$('#portfolio-files')).uploadFile(join(process.cwd(), 'tests', 'web', 'fixtures', 'book.csv'));
  await page.waitForFunction(() => document.body.dataset.portfolio, { timeout: 20_000 });
  const totals = await page.$$eval('#portfolio-results tbody tr', (rows) => rows.map((r) => [...r.cells].map((c) => c.textContent)));
  const acme = totals.find((r) => r[0] === 'Acme <Corp>');
  check(acme && acme[3] === '500', 'Acme <Corp> (escaped as text) has 500 vested on 2024-03-15');
  check(totals.find((r) => r[0] === 'total')[3] === '547.5', 'the portfolio total vested is exactly 547.5');
  check((await page.$eval('#portfolio-results .warnings', (e) => e.textContent)).includes('book.csv:5'), 'the bad row is reported as book.csv:5');
  await page.waitForFunction(() => { const i = document.querySelector('#portfolio-results figure img'); return i && i.complete && i.naturalWidth > 0; }, { timeout: 20_000 });
  await page.screenshot({ path: join(shots, 'workbench-portfolio.png'), fullPage: true });

  // 5. A footnote with a script in it shows as text and runs nothing.
  await page.click('#tab-footnote');
  const hostile = '<script>alert(1)</script> 25% vests on January 1, 2021 <img src=x onerror=alert(2)>';
  await readFootnote(page, { '#fn-text': hostile, '#fn-grant-date': '2020-01-01', '#fn-shares': '1000', '#fn-as-of': '2021-06-30' });
  const shown = await page.$eval('#fn-highlight', (e) => e.textContent);
  check(shown === hostile, 'the footnote shows as text, markup included');
  check((await page.$$('#fn-highlight script, #fn-highlight img')).length === 0, 'no element was made from the footnote');
  check(dialogs.length === 0, 'no script ran (no dialog opened)');
  check((await page.$$('#fn-highlight .seg.error')).length > 0, 'the refusal highlights the words not understood');
  check((await page.$eval('#fn-errors', (e) => e.textContent)).length > 0, 'and gives the reason');
  check(await page.$eval('#fn-chart', (img) => img.closest('figure').hidden), 'no chart is shown for a refusal');
  // 6. Limits: a request over the size limit gets a 413 that says so.
  const tooLarge = await page.evaluate(async () => {
    const r = await fetch('/api/parse', { method: 'POST', body: JSON.stringify({ text: 'x'.repeat(2 << 20) }) });
    return { status: r.status, body: await r.text() };
  });
  check(tooLarge.status === 413 && tooLarge.body.includes('limit'), 'an oversized request gets 413: ' + tooLarge.body);
  check(pageErrors.length === 0, 'no error in the page: ' + pageErrors.join('; '));
  await page.screenshot({ path: join(shots, 'workbench-refusal.png') });
  console.log('PASS: workbench in headless Chromium; screenshots in ' + shots);
  await browser.close();
  browser = null;
  cleanup();
  process.exit(0);
} catch (e) {
  fail(e.stack || String(e));
}
