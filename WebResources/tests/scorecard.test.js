'use strict';
// The scorecard page in headless Chromium, as a rep and a manager see it.
const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const server = require('./support/server');
const { launch, open, screenshot } = require('./support/browser');
const { FakeWebApi } = require('./support/webapi');
const F = require('./support/fixtures');

const PAGE = '/WebResources/spm_/scorecard/scorecard.html';
let web;
let browser;

before(async () => { web = await server.start(); browser = await launch(); });
after(async () => { await browser?.close(); await web?.close(); });

async function openScorecard(options = {}) {
  const webApi = options.webApi || new FakeWebApi(F.scorecardTables(options.languageId));
  const opened = await open(browser, web, options.url || PAGE, {
    userId: F.ID.rep, baseCurrencyId: F.ID.cny, ...options, webApi,
  });
  let frame = opened.page;
  if (options.frame) {
    frame = await (await opened.page.waitForSelector('iframe')).contentFrame();
    await frame.waitForURL(/scorecard\.html/);
  }
  await frame.waitForFunction(() => window.SalesPerf && window.SalesPerf.Scorecard && window.SalesPerf.Scorecard.ready);
  await frame.evaluate(() => window.SalesPerf.Scorecard.ready);
  return { ...opened, frame, webApi };
}

async function finish(opened) {
  assert.equal(opened.webApi.fatal, undefined, 'the fake Web API refused a query');
  assert.deepEqual(opened.errors.map(String), [], 'no script errors and no outside requests');
  await opened.context.close();
}

// What a row shows: { field: { text, value } } for every cell with data-field.
async function rowOf(frame, kpiCode) {
  return frame.locator(`tr[data-kpi="${kpiCode}"]`).evaluate((tr) => {
    const out = {};
    tr.querySelectorAll('[data-field]').forEach((cell) => {
      out[cell.getAttribute('data-field')] = { text: cell.textContent.trim(), value: cell.getAttribute('data-value') };
    });
    return out;
  });
}

const STORED = ['spm_weight', 'spm_targetvalue', 'spm_actualvalue', 'spm_expectedtodatevalue', 'spm_attainmentpercent', 'spm_scorepercent'];
const stored = (v) => (v === null || v === undefined ? '' : String(v));

describe('scorecard (English)', () => {
  test('a rep sees their scorecard of the current quarter: weighted score, rank and every KPI as stored', async () => {
    const s = await openScorecard();
    const { frame } = s;
    assert.equal(await frame.locator('h1').textContent(), 'Scorecard');
    assert.equal(await frame.locator('[data-field="subtitle"]').textContent(), 'Wang Fang · FY2026-Q1');
    assert.equal(await frame.locator('dd[data-field="spm_weightedscore"]').textContent(), '106.00');
    assert.equal(await frame.locator('dd[data-field="spm_rank"]').textContent(), '2');
    assert.equal(await frame.locator('dd[data-field="spm_lastcalculatedon"]').textContent(), '2/14/2026 9:05 AM');
    assert.equal(await frame.evaluate(() => document.documentElement.lang), 'en-US');

    const revenue = await rowOf(frame, 'NEWREV');
    assert.equal(revenue.kpi.text, 'New revenue');
    assert.equal(revenue.spm_weight.text, '50');
    assert.equal(revenue.spm_targetvalue.text, '¥100,000.00');
    assert.equal(revenue.spm_actualvalue.text, '¥120,000.00');
    assert.equal(revenue.spm_expectedtodatevalue.text, '¥49,438.20');
    assert.equal(revenue.spm_attainmentpercent.text, '120.0 %');
    assert.equal(revenue.spm_scorepercent.text, '120.0');

    const customers = await rowOf(frame, 'NEWCUST');
    assert.deepEqual([customers.spm_targetvalue.text, customers.spm_actualvalue.text, customers.spm_expectedtodatevalue.text],
      ['10', '8', '4.94']);
    const winRate = await rowOf(frame, 'WINRATE');
    assert.deepEqual([winRate.spm_targetvalue.text, winRate.spm_actualvalue.text, winRate.spm_expectedtodatevalue.text],
      ['25.0 %', '20.0 %', '—']);
    const cycle = await rowOf(frame, 'CYCLE');
    assert.deepEqual([cycle.spm_targetvalue.text, cycle.spm_actualvalue.text], ['60 d', '50 d']);
    await finish(s);
  });

  test('every number on the page is the stored field (a lower-is-better KPI is not recomputed)', async () => {
    const s = await openScorecard();
    const expected = F.targets().filter((t) => t._spm_scorecardid_value === F.ID.scRepQ1 && t.statecode === 0);
    const rows = await s.frame.locator('tbody tr').count();
    assert.equal(rows, expected.length, 'one row per active target of the scorecard (the inactive one is left out)');
    for (const t of expected) {
      const shown = await s.frame.locator(`tr[data-target="${t.spm_targetid}"]`).evaluate((tr) => {
        const out = {};
        tr.querySelectorAll('[data-field][data-value]').forEach((c) => { out[c.getAttribute('data-field')] = c.getAttribute('data-value'); });
        return out;
      });
      for (const field of STORED) assert.equal(shown[field], stored(t[field]), `${t.spm_name}: ${field}`);
    }
    // 50 ÷ 60 would be 83.3 %; the engine stored 120 (lower is better) and that is what is shown.
    assert.equal((await rowOf(s.frame, 'CYCLE')).spm_attainmentpercent.text, '120.0 %');
    assert.equal(await s.frame.locator('dd[data-field="spm_weightedscore"]').getAttribute('data-value'), '106');
    await finish(s);
  });

  test('each bar is as long as the stored attainment on a 0–150 % scale, and a KPI without a value has none', async () => {
    const s = await openScorecard();
    const bars = await s.frame.locator('[role="meter"]').evaluateAll((meters) => meters.map((m) => ({
      attainment: m.getAttribute('data-attainment'),
      ratio: m.firstElementChild.getBoundingClientRect().width / m.getBoundingClientRect().width,
      label: m.getAttribute('aria-valuetext'),
    })));
    assert.equal(bars.length, 5);
    for (const bar of bars) {
      const expected = bar.attainment === '' ? 0 : Math.min(Number(bar.attainment), 150) / 150;
      assert.ok(Math.abs(bar.ratio - expected) < 0.01, `bar for ${bar.attainment}: ${bar.ratio} vs ${expected}`);
    }
    assert.deepEqual(bars.map((b) => b.label),
      ['Attainment 120.0 %', 'Attainment 80.0 %', 'Attainment 120.0 %', 'Attainment 80.0 %', 'No value']);
    const margin = await rowOf(s.frame, 'GMPCT');
    assert.deepEqual([margin.spm_actualvalue.text, margin.spm_attainmentpercent.text, margin.spm_scorepercent.text], ['—', '—', '—']);
    await screenshot(s.page, 'scorecard-en');
    await finish(s);
  });

  test('it asks only for the periods that contain today and their active scorecards, by logical name', async () => {
    const s = await openScorecard();
    const periodQuery = s.webApi.callsTo('spm_period')[0].argument;
    assert.match(periodQuery, /\$filter=spm_startdate le 2026-02-14 and spm_enddate ge 2026-02-14/);
    const scorecardQuery = s.webApi.callsTo('spm_scorecard')[0].argument;
    assert.match(scorecardQuery, /statecode eq 0/);
    for (const id of [F.ID.fy2026, F.ID.q1, F.ID.m02]) assert.ok(scorecardQuery.includes(`_spm_periodid_value eq ${id}`), id);
    assert.ok(!scorecardQuery.includes(F.ID.q2), 'next quarter is not current');
    assert.match(s.webApi.callsTo('spm_target')[0].argument, new RegExp(`_spm_scorecardid_value eq ${F.ID.scRepQ1} and statecode eq 0`));
    assert.deepEqual(s.webApi.callsTo('transactioncurrency').map((c) => c.argument.id), [F.ID.cny]);
    await finish(s);
  });

  test('a manager picks a person and a period; the page shows that scorecard as stored', async () => {
    const s = await openScorecard({ userId: F.ID.manager });
    const { frame } = s;
    // the manager has no scorecard of their own: the best-ranked person of the finest period comes first
    assert.equal(await frame.locator('[data-field="subtitle"]').textContent(), 'Zhang Wei · FY2026-Q1');
    assert.deepEqual(await frame.getByLabel('Person').locator('option').allTextContents(), ['Zhang Wei', 'Wang Fang']);
    assert.deepEqual(await frame.getByLabel('Period').locator('option').allTextContents(), ['FY2026-Q1', 'FY2026']);
    const peer = await rowOf(frame, 'NEWREV');
    assert.equal(peer.spm_attainmentpercent.text, '187.5 %');
    assert.equal(await frame.locator('[role="meter"]').getAttribute('aria-valuenow'), '150', 'the bar stops at the end of its scale');

    await frame.getByLabel('Person').selectOption({ label: 'Wang Fang' });
    await frame.locator('dd[data-field="spm_weightedscore"]', { hasText: '106.00' }).waitFor();
    await frame.locator('tr[data-kpi="CYCLE"]').waitFor();
    assert.equal(await frame.locator('tbody tr').count(), 5);

    await frame.getByLabel('Period').selectOption({ label: 'FY2026' });
    await frame.locator('dd[data-field="spm_weightedscore"]', { hasText: '24.60' }).waitFor();
    await frame.locator('tbody tr').first().waitFor();
    const year = await rowOf(frame, 'NEWREV');
    assert.deepEqual([year.spm_targetvalue.text, year.spm_attainmentpercent.text, year.spm_scorepercent.text],
      ['¥400,000.00', '30.0 %', '0.0']);
    await finish(s);
  });

  test('a rep with one scorecard sees no pickers', async () => {
    const tables = F.scorecardTables();
    tables.spm_scorecard = tables.spm_scorecard.filter((c) => c.spm_scorecardid === F.ID.scRepQ1);
    const s = await openScorecard({ webApi: new FakeWebApi(tables) });
    assert.equal(await s.frame.locator('select').count(), 0);
    await finish(s);
  });

  test('on a scorecard form it shows that scorecard, whoever owns it', async () => {
    const s = await openScorecard({ url: `${PAGE}?typename=spm_scorecard&id=%7B${F.ID.scPeerQ1.toUpperCase()}%7D` });
    assert.equal(await s.frame.locator('[data-field="subtitle"]').textContent(), 'Zhang Wei · FY2026-Q1');
    assert.equal(await s.frame.locator('dd[data-field="spm_weightedscore"]').textContent(), '112.25');
    assert.equal(await s.frame.locator('select').count(), 0);
    assert.equal(s.webApi.callsTo('spm_period').length, 0);
    await finish(s);
  });

  test('framed in a dashboard, it reads parent.Xrm', async () => {
    const s = await openScorecard({ url: `/host/dashboard.html#${encodeURIComponent('spm_/scorecard/scorecard.html')}`, xrmInParentOnly: true, frame: true });
    assert.equal(await s.frame.evaluate(() => typeof window.Xrm), 'undefined');
    assert.equal(await s.frame.locator('dd[data-field="spm_weightedscore"]').textContent(), '106.00');
    await finish(s);
  });

  test('no scorecard in the current period: an empty state says so', async () => {
    const tables = F.scorecardTables();
    tables.spm_scorecard = [];
    const s = await openScorecard({ webApi: new FakeWebApi(tables) });
    const state = s.frame.locator('[data-state="empty"]');
    assert.equal(await state.getAttribute('role'), 'status');
    assert.equal((await state.textContent()).trim(), 'No scorecard for the current period.');
    await finish(s);
  });

  test('a scorecard without active targets says so under its score', async () => {
    const tables = F.scorecardTables();
    tables.spm_target = [];
    const s = await openScorecard({ webApi: new FakeWebApi(tables) });
    assert.equal(await s.frame.locator('dd[data-field="spm_weightedscore"]').textContent(), '106.00');
    assert.equal((await s.frame.locator('[data-state="empty"]').textContent()).trim(), 'This scorecard has no active targets yet.');
    await finish(s);
  });

  test('a failed read shows an alert with the service message, and Try again recovers', async () => {
    const webApi = new FakeWebApi(F.scorecardTables());
    webApi.fail('spm_target', 'Principal user is missing prvReadspm_target privilege.');
    const s = await openScorecard({ webApi });
    const alert = s.frame.getByRole('alert');
    assert.equal((await alert.locator('p').textContent()),
      'The scorecard could not be loaded: Principal user is missing prvReadspm_target privilege.');
    webApi.recover('spm_target');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await s.frame.locator('tr[data-kpi="NEWREV"]').waitFor();
    assert.equal(await s.frame.getByRole('alert').count(), 0);
    await finish(s);
  });

  test('outside Dynamics 365 (no Xrm) it explains instead of failing', async () => {
    const opened = await open(browser, web, PAGE, { noXrm: true });
    await opened.page.getByRole('alert').waitFor();
    assert.match(await opened.page.getByRole('alert').textContent(), /Open this page inside Dynamics 365/);
    assert.deepEqual(opened.errors.map(String), []);
    await opened.context.close();
  });
});

describe('scorecard (Simplified Chinese)', () => {
  test('labels, numbers and dates follow languageId 2052', async () => {
    const s = await openScorecard({ languageId: 2052 });
    const { frame } = s;
    assert.equal(await frame.evaluate(() => document.documentElement.lang), 'zh-CN');
    assert.equal(await frame.locator('h1').textContent(), '计分卡');
    assert.deepEqual(await frame.locator('thead th').allTextContents(),
      ['指标', '权重', '目标', '实际', '至今应达成', '达成率', '得分', '进度']);
    assert.deepEqual(await frame.locator('.spm-card dt').allTextContents(), ['加权得分', '排名', '上次计算']);
    assert.equal(await frame.locator('dd[data-field="spm_weightedscore"]').textContent(), '106.00');
    assert.equal(await frame.locator('dd[data-field="spm_lastcalculatedon"]').textContent(), '2026/2/14 9:05');
    const revenue = await rowOf(frame, 'NEWREV');
    assert.deepEqual([revenue.spm_targetvalue.text, revenue.spm_expectedtodatevalue.text, revenue.spm_attainmentpercent.text],
      ['¥100,000.00', '¥49,438.20', '120.0%']);
    assert.equal((await rowOf(frame, 'CYCLE')).spm_actualvalue.text, '50 天');
    assert.equal(await frame.locator('[role="meter"]').last().getAttribute('aria-valuetext'), '无值');
    await screenshot(s.page, 'scorecard-zh');
    await finish(s);
  });

  test('empty and error states are in Chinese too', async () => {
    const tables = F.scorecardTables(2052);
    tables.spm_scorecard = [];
    const empty = await openScorecard({ languageId: 2052, webApi: new FakeWebApi(tables) });
    assert.equal((await empty.frame.locator('[data-state="empty"]').textContent()).trim(), '当前周期没有计分卡。');
    await finish(empty);

    const webApi = new FakeWebApi(F.scorecardTables(2052));
    webApi.fail('spm_period', '网络错误');
    const failed = await openScorecard({ languageId: 2052, webApi });
    assert.equal(await failed.frame.getByRole('alert').locator('p').textContent(), '无法加载计分卡：网络错误');
    assert.equal(await failed.frame.getByRole('button').textContent(), '重试');
    await finish(failed);
  });
});

// Until an administrator runs Complete setup, wins and orders do not move targets: the page says so (spm_GetSetupStatus).
describe('scorecard: the setup banner', () => {
  const BANNER = '[data-banner="setup-incomplete"]';
  const withSetup = (languageId, setup) => F.withSetup(new FakeWebApi(F.scorecardTables(languageId)), setup);

  test('setup incomplete: a plain banner above the scorecard, which still shows every stored number', async () => {
    const s = await openScorecard({ webApi: withSetup(1033) });
    assert.equal((await s.frame.locator(BANNER).textContent()).trim(),
      'Setup is incomplete: wins and orders do not update targets or commission until an administrator runs Complete setup (Configuration area).');
    assert.equal(await s.frame.locator(BANNER).getAttribute('role'), 'status');
    assert.equal(await s.frame.locator('dd[data-field="spm_weightedscore"]').textContent(), '106.00');
    assert.equal(await s.frame.locator('tbody tr').count(), 5);
    assert.equal(s.webApi.callsTo('spm_GetSetupStatus').length, 1);
    assert.equal(s.webApi.callsTo('spm_CompleteSetup').length, 0, 'a rep\'s page never runs setup');
    await screenshot(s.page, 'scorecard-en-setup-incomplete');
    await finish(s);
  });

  test('setup complete: no banner', async () => {
    const s = await openScorecard({ webApi: withSetup(1033, { complete: true }) });
    assert.equal(s.webApi.callsTo('spm_GetSetupStatus').length, 1);
    assert.equal(await s.frame.locator(BANNER).count(), 0);
    assert.equal(await s.frame.locator('#spm-setup-banner').evaluate((slot) => slot.childElementCount), 0);
    await finish(s);
  });

  test('the status call fails (a SalesPerf without the API): no banner, and the page works as before', async () => {
    const webApi = new FakeWebApi(F.scorecardTables());
    webApi.fail('spm_GetSetupStatus', "Resource not found for the segment 'spm_GetSetupStatus'.", 2147746325);
    const s = await openScorecard({ webApi });
    assert.equal(s.webApi.callsTo('spm_GetSetupStatus').length, 1);
    assert.equal(await s.frame.locator(BANNER).count(), 0);
    assert.equal(await s.frame.getByRole('alert').count(), 0);
    assert.equal(await s.frame.locator('dd[data-field="spm_weightedscore"]').textContent(), '106.00');
    await finish(s);
  });

  test('the banner in Chinese', async () => {
    const s = await openScorecard({ languageId: 2052, webApi: withSetup(2052) });
    assert.equal((await s.frame.locator(BANNER).textContent()).trim(),
      '设置尚未完成：在管理员运行“完成设置”（“配置”区域）之前，赢单和订单不会更新目标或佣金。');
    assert.equal(await s.frame.locator('h1').textContent(), '计分卡');
    await screenshot(s.page, 'scorecard-zh-setup-incomplete');
    await finish(s);
  });
});
