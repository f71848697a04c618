'use strict';
// Headless Debian Chromium through playwright-core (no downloaded browser), and one helper that
// opens a page with the fake Xrm, a fixed clock and the user's language.
const path = require('node:path');
const fs = require('node:fs');
const { chromium } = require('playwright-core');

const EXECUTABLE = process.env.SPM_CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const FAKE_XRM = path.join(__dirname, 'fake-xrm.browser.js');
const SCREENS = process.env.SPM_SCREENS || path.resolve(__dirname, '..', '..', 'artifacts', 'screens');

function launch() {
  return chromium.launch({ executablePath: EXECUTABLE, args: ARGS, headless: true });
}

// A page per (browser, language) is kept and reused across tests: opening a page is the slow part
// of a test. Each open() gives it a fresh Web API, a fresh error list, a new config script and a new
// navigation, so no document state carries over. Unusual setups get a page of their own.
const pools = new WeakMap();

async function newPage(browser, server, languageId, options) {
  const context = await browser.newContext({
    viewport: { width: options.width || 1180, height: options.height || 760 },
    locale: languageId === 2052 ? 'zh-CN' : 'en-US',
    timezoneId: 'Asia/Shanghai',
  });
  context.setDefaultTimeout(options.timeout || 15000);
  const page = await context.newPage();
  const slot = { context, page, errors: [], webApi: null };
  page.on('pageerror', (e) => slot.errors.push(e));
  // Requests anywhere but the test server fail: the pages must need no network of their own.
  await context.route((u) => !u.href.startsWith(server.origin), (route) => {
    slot.errors.push(new Error(`request outside the test server: ${route.request().url()}`));
    return route.abort();
  });
  await page.clock.setFixedTime(new Date(options.today || '2026-02-14T09:30:00+08:00'));
  if (!options.noXrm) {
    await page.exposeFunction('__spmWebApi', (operation, name, argument) => slot.webApi.handle(operation, name, argument));
    await page.addInitScript({ content: `window.__spmFakeStatic = ${JSON.stringify({ xrmInParentOnly: !!options.xrmInParentOnly })};` });
    await page.addInitScript({ path: FAKE_XRM });
  }
  return slot;
}

// options: { languageId, userId, baseCurrencyId, today, xrmInParentOnly, noXrm, executeThrows, lookups, webApi }
// Returns { page, context: { close }, errors }.
async function open(browser, server, url, options = {}) {
  const languageId = options.languageId || 1033;
  const special = options.noXrm || options.xrmInParentOnly || options.today || options.width || options.height;
  let slot;
  if (special) {
    slot = await newPage(browser, server, languageId, options);
  } else {
    if (!pools.has(browser)) pools.set(browser, new Map());
    const pool = pools.get(browser);
    if (!pool.has(languageId)) pool.set(languageId, await newPage(browser, server, languageId, options));
    slot = pool.get(languageId);
  }
  slot.errors = [];
  slot.webApi = options.webApi;
  if (!options.noXrm) {
    const config = {
      languageId,
      userId: options.userId,
      baseCurrencyId: options.baseCurrencyId,
      executeThrows: options.executeThrows || null,
      lookups: options.lookups || null,
    };
    await slot.page.addInitScript({ content: `window.__spmFakeConfig = ${JSON.stringify(config)};` });
  }
  await slot.page.goto(server.origin + url);
  const { errors } = slot;
  return {
    page: slot.page,
    errors,
    context: { close: async () => { if (special) await slot.context.close(); } },
  };
}

async function screenshot(page, name) {
  fs.mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENS, `${name}.png`), fullPage: true });
}

module.exports = { launch, open, screenshot };
