/**
 * The explorer as an integration specialist meets it: headless Chromium (Debian's, driven by
 * playwright-core; no downloaded browser) opens the gateway's root, runs the saved caseload
 * example, and sees data. Every request the page makes is recorded: none may leave localhost,
 * because agency networks are often closed and the explorer must work offline.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePopulation } from '../../adapters/synthetic/generate.js';
import { SHOWCASE_CASEWORKER_ID } from '../../gateway/src/explorer/example-operations.js';
import { skipUnlessAvailable } from '../support/availability.js';
import { expectOnlyDenials } from '../support/denials.js';
import { startInProcessHub, type InProcessHub } from '../support/in-process-hub.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const skip = skipUnlessAvailable('Chromium', {
  available: existsSync(CHROMIUM),
  howToGet: 'run `apt-get install -y chromium` (or set CHROMIUM_PATH)',
});

/** Flags for a closed network: no background calls home, no first-run, no sandbox as root. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function isLocal(url: string): boolean {
  if (url.startsWith('blob:') || url.startsWith('data:') || url === 'about:blank') return true;
  const { hostname } = new URL(url);
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

describe.skipIf(skip)('explorer in Chromium', () => {
  let hub: InProcessHub;
  let browser: Browser;

  beforeAll(async () => {
    hub = await startInProcessHub({ population: generatePopulation() });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  });

  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('runs the caseload example with no request leaving localhost', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));

    // The schema must be loaded (introspection done) before running the example means anything.
    const introspected = page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && r.request().postData()?.includes('IntrospectionQuery') === true,
    );
    await page.goto(hub.gateway.url, { waitUntil: 'load' });
    const runButton = page.locator('.graphiql-execute-button');
    await runButton.waitFor({ state: 'visible', timeout: 30_000 });
    await introspected;

    const caseloadResponse = page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && r.request().postData()?.includes('query Caseload') === true,
    );
    await runButton.click();
    const body = await (await caseloadResponse).json();
    expectOnlyDenials(body.errors);
    expect(body.data.caseworker.caseworkerId).toBe(SHOWCASE_CASEWORKER_ID);
    expect(body.data.caseworker.caseload.length).toBeGreaterThan(0);
    // The tab's preset header asks for the query plan, so a specialist sees which subgraphs ran.
    expect(String(body.extensions?.__queryPlanExperimental)).toMatch(/Fetch\(service: "identity"\)/);

    // And the person at the screen sees it: the result pane shows the answer's first lines (the
    // editor renders only what is in view; denials for children without a DV release come first).
    const firstKey = Object.keys(body)[0];
    await expect.poll(async () => page.locator('.graphiql-response').innerText(), { timeout: 15_000 }).toContain(`"${firstKey}"`);
    // Monaco renders spaces as no-break spaces and wraps long lines: compare with spaces collapsed.
    const collapse = (text: string) => text.replace(/[\s\u00a0]+/g, ' ');
    const shown = collapse(await page.locator('.graphiql-response').innerText());
    expect(shown).toContain(collapse(body.errors ? body.errors[0].message : SHOWCASE_CASEWORKER_ID));

    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => !isLocal(url))).toEqual([]);
    await context.close();
  });
});
