/**
 * Serves dist/playground on 127.0.0.1 and drives it in headless Chromium: picks portable oxygen and a
 * date, fills the form with the bundled example patient, and reads the decision, which must be the
 * one the library gives in Node for the same facts; then refuses a value out of range. Saves a
 * screenshot (path: first argument, or $PLAYGROUND_SCREENSHOT, or /tmp/cnas-rules-playground.png).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { createEvaluator } from '../src/node.js';

const root = join(import.meta.dirname, '..');
const site = join(root, 'dist', 'playground');
const screenshot = process.argv[2] ?? process.env.PLAYGROUND_SCREENSHOT ?? '/tmp/cnas-rules-playground.png';
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[\\/])+/, '');
  const file = join(site, path.endsWith('/') ? `${path}index.html` : path);
  try {
    const body = readFileSync(file);
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;

const profile = mkdtempSync(join(tmpdir(), 'cnas-rules-chromium-'));
// A fresh profile each run (playwright passes it as --user-data-dir).
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1280, height: 1600 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const failures: string[] = [];
try {
  const page = await browser.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`http://127.0.0.1:${port}/?set=portable-oxygen`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });

  const asOf = '2025-03-10';
  await page.fill('#as-of', asOf);
  await page.dispatchEvent('#as-of', 'change');
  await page.waitForSelector('[data-fact="hasStationaryLtotIndication"] select');

  // Nothing known yet: undetermined, with missing facts listed.
  await page.waitForSelector('#outcome[data-outcome="undetermined"]');
  const missingBefore = await page.locator('#missing li').count();
  if (missingBefore === 0) failures.push('an empty form lists no missing facts');

  // The example patient, typed into the form as a user would.
  const facts = JSON.parse(readFileSync(join(root, 'examples', 'portable-oxygen-initial.json'), 'utf8')) as Record<string, unknown>;
  for (const [id, value] of Object.entries(facts)) {
    const field = page.locator(`[name="${id}"]`);
    if ((await field.evaluate((node) => node.tagName)) === 'SELECT') await field.selectOption(String(value));
    else await field.fill(String(value));
  }
  const expected = await createEvaluator().evaluate('portable-oxygen', facts as never, { asOf });
  await page.waitForSelector(`#outcome[data-outcome="${expected.outcome}"]`, { timeout: 10_000 }).catch(() => undefined);
  const shown = await page.getAttribute('#outcome', 'data-outcome');
  if (shown !== expected.outcome) failures.push(`the page shows ${shown}, the library in Node gives ${expected.outcome}`);
  for (const [id, criterion] of Object.entries(expected.criteria)) {
    const status = await page.getAttribute(`[data-criterion="${id}"]`, 'data-status');
    if (status !== criterion.status) failures.push(`criterion ${id}: the page shows ${status}, the library gives ${criterion.status}`);
  }
  const law = await page.locator('[data-criterion] blockquote').first().textContent();
  if (!law || law.length < 20) failures.push('the law text is not shown');
  await page.screenshot({ path: screenshot, fullPage: true });
  console.log(`playground: the example patient is ${shown} (${Object.keys(expected.criteria).length} criteria as in Node); screenshot ${screenshot}`);

  // A refused value is reported, not evaluated.
  await page.locator('[name="mmrcScore"]').fill('99');
  await page.waitForSelector('#outcome[data-outcome="refused"]', { timeout: 10_000 }).catch(() => failures.push('an mMRC score of 99 was not refused'));

  // Romanian labels.
  await page.selectOption('#lang', 'ro');
  const label = await page.textContent('#label-date');
  if (label !== 'Data deciziei') failures.push(`the Romanian page labels the date "${label}"`);
  if (pageErrors.length > 0) failures.push(`errors in the page: ${pageErrors.join('; ')}`);
} finally {
  await browser.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.error(`playground test failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('playground test passed');
