// The html report in a real browser (Debian's chromium, driven by playwright-core): marks,
// filters and keyboard on the seed article, hostile input that must run and load nothing, and
// a 10,000-pair report that must stay responsive. Skipped, with a note, where there is no chromium.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES_BY_ID } from '../../src/check/index.js';
import { FORMATTERS } from '../../src/report/index.js';
import { cli, scratchDir } from '../support/cli.js';
import { generatedReport, HOSTILE, hostileArticle } from './fixtures.js';
import { SEED } from '../support/seed.js';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = new URL('../../reports/', import.meta.url).pathname;
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`html report browser test skipped: no ${CHROMIUM} (install it with: apt-get install -y chromium)`);

/** A page with everything it tried recorded: requests, dialogs, console errors, uncaught errors. */
interface OpenedPage {
  page: Page;
  requests: string[];
  dialogs: string[];
  errors: string[];
}

/** Writes the html report of `input` with the built command line; returns its path. */
function htmlReportOf(input: string): string {
  const output = join(scratchDir(), 'report.html');
  const result = cli([input, '--format', 'html', '--output', output]);
  expect(result.stderr).toBe('');
  expect([0, 1]).toContain(result.code);
  return output;
}

describe.skipIf(!haveChromium)('html report in Chromium', { timeout: 60_000 }, () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(file: string, colorScheme: 'light' | 'dark' = 'light'): Promise<OpenedPage> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, colorScheme });
    const opened: OpenedPage = { page, requests: [], dialogs: [], errors: [] };
    page.on('request', (request) => opened.requests.push(request.url()));
    page.on('dialog', (dialog) => {
      opened.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('console', (message) => {
      if (message.type() === 'error') opened.errors.push(message.text());
    });
    page.on('pageerror', (error) => opened.errors.push(error.message));
    await page.goto(`file://${file}`);
    return opened;
  }

  describe('the seed article', () => {
    let opened: OpenedPage;
    beforeAll(async () => {
      opened = await open(htmlReportOf(SEED));
    });
    afterAll(async () => {
      await opened?.page.close();
    });
    const fourLayers = () => opened.page.locator('article.pair', { has: opened.page.locator('.lines', { hasText: 'source line 26 · target line 28' }) });

    it('runs its script under the policy, with no error and no request but the file', async () => {
      expect(await opened.page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(true);
      expect(opened.errors).toEqual([]);
      expect(opened.requests).toEqual([expect.stringMatching(/^file:\/\/.*report\.html$/)]);
    });

    it('marks the four-layer pair with its findings', async () => {
      const pair = fourLayers();
      await expect.poll(() => pair.count()).toBe(1);
      expect(await pair.locator('.finding[data-rule="length-anomaly"]').isVisible()).toBe(true);
      if (RULES_BY_ID.has('missing-list-items')) {
        const missing = await pair.locator('.side.source mark.list-missing').allInnerTexts();
        expect(missing.join(' ')).toMatch(/第三层是模型层[^]*第四层是应用层/);
        expect(await pair.locator('.finding[data-rule="missing-list-items"]').isVisible()).toBe(true);
      }
      mkdirSync(SCREENSHOTS, { recursive: true });
      await pair.screenshot({ path: join(SCREENSHOTS, 'html-report-four-layers.png') });
      await opened.page.emulateMedia({ colorScheme: 'dark' });
      await pair.screenshot({ path: join(SCREENSHOTS, 'html-report-four-layers-dark.png') });
      await opened.page.emulateMedia({ colorScheme: 'light' });
      // From the top, so that the sticky toolbar sits where a reader first sees it.
      await opened.page.evaluate(() => window.scrollTo(0, 0));
      await opened.page.screenshot({ path: join(SCREENSHOTS, 'html-report-seed.png'), fullPage: true });
    });

    it('hides the unpaired blocks\' findings when info is filtered out, and shows them again', async () => {
      const { page } = opened;
      const unpairedFindings = page.locator('.item.unpaired .finding');
      expect(await unpairedFindings.count()).toBeGreaterThan(0);
      const info = page.locator('input[data-filter="severity"][value="info"]');
      await info.uncheck();
      expect(await page.locator('.item.unpaired .finding:visible').count()).toBe(0);
      expect(await page.locator('.finding[data-severity="warning"]:visible').count()).toBeGreaterThan(0);
      expect(await page.locator('#nav-status').innerText()).toMatch(/^\d+ of \d+ findings shown$/);
      await info.check();
      expect(await page.locator('.item.unpaired .finding:visible').count()).toBe(await unpairedFindings.count());
    });

    it('filters by rule, in the notes and in the chart', async () => {
      const { page } = opened;
      const rule = page.locator('input[data-filter="rule"][value="length-anomaly"]');
      await page.locator('.filter-menu > summary').click();
      await rule.uncheck();
      expect(await fourLayers().locator('.finding[data-rule="length-anomaly"]').isVisible()).toBe(false);
      expect(await page.locator('.length-chart .anomaly.is-filtered').count()).toBe(await page.locator('.length-chart .anomaly').count());
      await rule.check();
      expect(await page.locator('.length-chart .anomaly.is-filtered').count()).toBe(0);
    });

    it('jumps from finding to finding with j and k', async () => {
      const { page } = opened;
      await page.locator('h1').click();
      await page.keyboard.press('j');
      await page.keyboard.press('j');
      const second = await page.evaluate(() => document.activeElement?.classList.contains('is-current') && document.activeElement.textContent);
      expect(second).toBeTruthy();
      expect(await page.locator('#nav-status').innerText()).toMatch(/^Finding 2 of \d+: /);
      await page.keyboard.press('k');
      expect(await page.locator('#nav-status').innerText()).toMatch(/^Finding 1 of \d+: /);
      expect(await page.locator('.finding.is-current').count()).toBe(1);
    });
  });

  it('shows hostile input as text, runs none of it and loads nothing', async () => {
    const article = join(scratchDir(), 'hostile.md');
    writeFileSync(article, hostileArticle());
    const opened = await open(htmlReportOf(article));
    const { page } = opened;
    // Exercise the script on the hostile page too: filters, keys, every fold open.
    await page.locator('input[data-filter="severity"][value="info"]').uncheck();
    await page.locator('input[data-filter="severity"][value="info"]').check();
    await page.keyboard.press('j');
    await page.evaluate(() => document.querySelectorAll('details').forEach((fold) => (fold.open = true)));
    await page.waitForTimeout(200);

    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(opened.dialogs).toEqual([]);
    expect(opened.errors).toEqual([]);
    expect(opened.requests).toEqual([`file://${page.url().slice('file://'.length)}`]);
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toMatch(/^default-src 'none'; style-src 'sha256-[^']+'; script-src 'sha256-[^']+'/);
    expect(await page.locator('main img, main iframe, main textarea, main a[href^="javascript"], main link').count()).toBe(0);
    const text = await page.locator('main').innerText();
    for (const payload of HOSTILE) expect(text).toContain(payload);
    await page.screenshot({ path: join(SCREENSHOTS, 'html-report-hostile.png'), fullPage: true });
    await page.close();
  });

  it('stays responsive at 10,000 pairs', async () => {
    const report = generatedReport(10_000);
    const file = join(scratchDir(), 'large.html');
    writeFileSync(file, FORMATTERS.get('html')!.render(report, { rules: [], failOn: 'error', color: false }));
    const started = performance.now();
    const opened = await open(file);
    const loaded = performance.now() - started;
    const { page } = opened;
    const filtering = await page.evaluate(() => {
      const box = document.querySelector<HTMLInputElement>('input[data-filter="severity"][value="warning"]')!;
      const before = performance.now();
      box.click();
      return performance.now() - before;
    });
    await page.locator('h1').click();
    const jumping = await page.evaluate(async () => {
      const before = performance.now();
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
      await new Promise(requestAnimationFrame);
      return performance.now() - before;
    });
    console.info(`10,000-pair html report in Chromium: load ${Math.round(loaded)} ms, filter ${Math.round(filtering)} ms, jump ${Math.round(jumping)} ms`);
    expect(opened.errors).toEqual([]);
    expect(await page.locator('.finding:visible').count()).toBe(report.findings.filter((finding) => finding.severity !== 'warning').length);
    expect(loaded).toBeLessThan(15_000);
    expect(filtering).toBeLessThan(1_000);
    expect(jumping).toBeLessThan(1_000);
    await page.close();
  });
});
