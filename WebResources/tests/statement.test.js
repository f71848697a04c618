'use strict';
// The commission statement page in headless Chromium: lines with their traces, stored totals, status.
const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const server = require('./support/server');
const { launch, open, screenshot } = require('./support/browser');
const { FakeWebApi } = require('./support/webapi');
const F = require('./support/fixtures');

const PAGE = '/WebResources/spm_/statement/statement.html';
const ON_FORM = `${PAGE}?typename=spm_commissionstatement&id=%7B${F.ID.statement.toUpperCase()}%7D&orglcid=1033`;
let web;
let browser;

before(async () => { web = await server.start(); browser = await launch(); });
after(async () => { await browser?.close(); await web?.close(); });

async function openStatement(options = {}) {
  const webApi = options.webApi || new FakeWebApi(F.statementTables(options.languageId, options.status));
  const opened = await open(browser, web, options.url || ON_FORM, {
    userId: F.ID.rep, baseCurrencyId: F.ID.cny, ...options, webApi,
  });
  await opened.page.waitForFunction(() => window.SalesPerf && window.SalesPerf.Statement && window.SalesPerf.Statement.ready);
  await opened.page.evaluate(() => window.SalesPerf.Statement.ready);
  return { ...opened, webApi };
}

async function finish(opened) {
  assert.equal(opened.webApi.fatal, undefined, 'the fake Web API refused a query');
  assert.deepEqual(opened.errors.map(String), [], 'no script errors and no outside requests');
  await opened.context.close();
}

async function lines(page) {
  return page.locator('tbody tr').evaluateAll((rows) => rows.map((tr) => {
    const out = {};
    tr.querySelectorAll('[data-field]').forEach((cell) => {
      out[cell.getAttribute('data-field')] = { text: cell.textContent.trim(), value: cell.getAttribute('data-value') };
    });
    return out;
  }));
}

async function totals(page) {
  return page.locator('dd[data-field]').evaluateAll((dds) => Object.fromEntries(dds.map((dd) => [
    dd.getAttribute('data-field'), { text: dd.textContent.trim(), value: dd.getAttribute('data-value') }])));
}

// A trace as stored (Commission/StoredTrace.cs): the English line, a line break, the Chinese line.
const english = (stored) => stored.split('\n')[0];
const chinese = (stored) => stored.split('\n')[1];

const TOTAL_FIELDS = ['spm_creditamount', 'spm_attainmentpercent', 'spm_earnedamount', 'spm_clawbackamount',
  'spm_adjustmentamount', 'spm_payableamount'];

describe('commission statement (English)', () => {
  test('the lines show kind, transaction, credit, split, rate, commission and the trace, by transaction date', async () => {
    const s = await openStatement();
    const { page } = s;
    assert.equal(await page.locator('h1').textContent(), 'Commission statement');
    assert.equal(await page.locator('[data-field="subtitle"]').textContent(), 'Wang Fang · FY2026-Q1');
    const rows = await lines(page);
    assert.deepEqual(rows.map((r) => [r.spm_transactiondate.text, r.spm_kind.text, r.source.text, r.spm_creditamount.text,
      r.spm_splitpercent.text, r.spm_ratepercent.text, r.spm_commissionamount.text]), [
      ['Jan 20, 2026', 'Earning', 'Northwind renewal', '¥145,000.00', '—', '4.00 %', '¥5,800.00'],
      ['Feb 14, 2026', 'Earning', 'Contoso expansion', '¥20,000.00', '50.0 %', '5.50 %', '¥1,100.00'],
      ['Mar 2, 2026', 'Clawback', 'Adatum upgrade', '-¥12,500.00', '—', '4.00 %', '-¥500.00'],
      ['Mar 5, 2026', 'Adjustment', 'Q1 new-logo SPIFF', '¥0.00', '—', '—', '¥50.00'],
    ]);
    const contoso = F.lines().find((l) => l.spm_name === 'Contoso expansion');
    assert.equal(rows[1].spm_trace.text, english(contoso.spm_trace), 'the trace answers "why is my payout 1,100?"');
    assert.match(rows[1].spm_trace.text, /^Deal 40,000\.00 .* 5,000\.00 × 4 % \+ 15,000\.00 × 6 % = 1,100\.00\.$/);
    assert.equal(rows[1].spm_trace.value, contoso.spm_trace, 'the cell keeps the stored text, both languages');
    for (const row of rows) {
      const stored = F.lines().find((l) => english(l.spm_trace) === row.spm_trace.text);
      for (const f of ['spm_creditamount', 'spm_splitpercent', 'spm_ratepercent', 'spm_commissionamount', 'spm_kind', 'spm_transactiondate']) {
        assert.equal(row[f].value, stored[f] === null ? '' : String(stored[f]), `${stored.spm_name}: ${f}`);
      }
    }
    assert.match(s.webApi.callsTo('spm_commissionline')[0].argument,
      new RegExp(`_spm_commissionstatementid_value eq ${F.ID.statement}&\\$orderby=spm_transactiondate asc,createdon asc`));
    await finish(s);
  });

  test('the totals are the statement record\'s stored fields, not sums of the lines', async () => {
    const s = await openStatement();
    const shown = await totals(s.page);
    const record = F.statements()[0];
    for (const f of TOTAL_FIELDS) assert.equal(shown[f].value, String(record[f]), f);
    assert.deepEqual(TOTAL_FIELDS.map((f) => shown[f].text),
      ['¥165,000.00', '110.0 %', '¥6,000.00', '-¥500.00', '¥50.00', '¥5,550.00']);
    // the earning lines add up to 6,900.00; the plan's payout cap stopped earned at 6,000.00
    const earningSum = F.lines().filter((l) => l.spm_kind === F.KIND.Earning).reduce((a, l) => a + l.spm_commissionamount, 0);
    assert.notEqual(earningSum, record.spm_earnedamount);
    assert.equal(await s.page.locator('[data-field="statement-trace"]').textContent(), english(record.spm_trace));
    assert.doesNotMatch(await s.page.locator('[data-field="statement-trace"]').textContent(), /应付/);
    assert.equal((await s.page.locator('[data-field="spm_lastcalculatedon"]').textContent()), 'Last calculated: 2/14/2026 9:05 AM');
    await screenshot(s.page, 'statement-en');
    await finish(s);
  });

  test('the status label follows statuscode: Open, Approved, Disputed, Paid', async () => {
    for (const [name, value] of Object.entries(F.STATUS)) {
      const s = await openStatement({ status: value });
      const badge = s.page.locator('[data-field="statuscode"]');
      assert.equal(await badge.textContent(), name);
      assert.equal(await badge.getAttribute('data-value'), String(value));
      await finish(s);
    }
  });

  test('on a dashboard it shows the caller\'s open statement (open before paid)', async () => {
    const s = await openStatement({ url: PAGE });
    assert.equal(await s.page.locator('dd[data-field="spm_payableamount"]').textContent(), '¥5,550.00');
    const query = s.webApi.callsTo('spm_commissionstatement')[0].argument;
    assert.match(query, new RegExp(`_ownerid_value eq ${F.ID.rep}&\\$orderby=statecode asc,createdon desc&\\$top=1`));
    await finish(s);
  });

  test('a statement chosen with data=statementid opens that statement', async () => {
    const url = `${PAGE}?data=${encodeURIComponent(`statementid=${F.ID.statementOld}`)}`;
    const s = await openStatement({ url });
    assert.equal(await s.page.locator('[data-field="statuscode"]').textContent(), 'Paid');
    assert.equal(await s.page.locator('dd[data-field="spm_payableamount"]').textContent(), '¥2,700.00');
    assert.equal((await s.page.locator('[data-state="empty"]').textContent()).trim(), 'This statement has no lines yet.');
    assert.equal(await s.page.locator('[data-field="statement-trace"]').textContent(), 'Earning lines 2,700.00; payable 2,700.00.',
      'a trace stored in one language (before both were stored) is shown as it is');
    await finish(s);
  });

  test('no statement: an empty state; a failed read: an alert with the service message', async () => {
    const none = await openStatement({ url: PAGE, userId: F.ID.manager });
    assert.equal((await none.page.locator('[data-state="empty"]').textContent()).trim(), 'No commission statement found.');
    await finish(none);

    const webApi = new FakeWebApi(F.statementTables());
    webApi.fail('spm_commissionline', 'Principal user is missing prvReadspm_commissionline privilege.');
    const failed = await openStatement({ webApi });
    assert.equal(await failed.page.getByRole('alert').locator('p').textContent(),
      'The commission statement could not be loaded: Principal user is missing prvReadspm_commissionline privilege.');
    webApi.recover('spm_commissionline');
    await failed.page.getByRole('button', { name: 'Try again' }).click();
    await failed.page.locator('tbody tr').first().waitFor();
    assert.equal(await failed.page.locator('tbody tr').count(), 4);
    await finish(failed);
  });

  test('an unknown currency leaves the symbol out rather than failing', async () => {
    const tables = F.statementTables();
    tables.transactioncurrency = [];
    const s = await openStatement({ webApi: new FakeWebApi(tables) });
    assert.equal(await s.page.locator('dd[data-field="spm_payableamount"]').textContent(), '5,550.00');
    await finish(s);
  });
});

describe('commission statement (Simplified Chinese)', () => {
  test('kinds, status, headings, dates and numbers in Chinese', async () => {
    const s = await openStatement({ languageId: 2052, status: F.STATUS.Approved });
    const { page } = s;
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
    assert.equal(await page.locator('[data-field="statuscode"]').textContent(), '已批准');
    assert.deepEqual(await page.locator('.spm-card dt').allTextContents(),
      ['业绩金额', '达成率', '应得佣金', '追回金额', '调整金额', '应付金额']);
    assert.deepEqual(await page.locator('thead th').allTextContents(),
      ['交易日期', '类型', '交易', '业绩金额', '拆分比例', '费率', '佣金金额', '计算过程']);
    const rows = await lines(page);
    assert.deepEqual(rows.map((r) => r.spm_kind.text), ['佣金', '佣金', '追回', '调整']);
    assert.equal(rows[0].spm_transactiondate.text, '2026年1月20日');
    assert.equal(rows[1].spm_splitpercent.text, '50.0%');
    const shown = await totals(page);
    assert.equal(shown.spm_payableamount.text, '¥5,550.00');
    assert.equal(shown.spm_attainmentpercent.text, '110.0%');
    assert.equal(await page.locator('h1').textContent(), '佣金对账单');
    assert.equal(await page.locator('[data-field="spm_lastcalculatedon"]').textContent(), '上次计算：2026/2/14 9:05');
    assert.deepEqual(rows.map((r) => r.spm_trace.text), F.lines()
      .sort((a, b) => a.spm_transactiondate.localeCompare(b.spm_transactiondate)).map((l) => chinese(l.spm_trace)),
    'every line trace in the reader\'s language, whatever language the owner reads');
    assert.equal(rows[1].spm_trace.text,
      '交易 40,000.00 × 拆分 50 % = 业绩 20,000.00（累计 145,000.00 → 165,000.00）。分段计提：5,000.00 × 4 % + 15,000.00 × 6 % = 1,100.00。');
    assert.equal(await page.locator('[data-field="statement-trace"]').textContent(),
      '佣金明细合计 6,900.00，受计划佣金上限限制为 6,000.00；追回 -500.00；调整 50.00；应付 5,550.00。');
    await screenshot(page, 'statement-zh');
    await finish(s);

    for (const [value, label] of [[F.STATUS.Open, '未结'], [F.STATUS.Disputed, '有争议'], [F.STATUS.Paid, '已支付']]) {
      const other = await openStatement({ languageId: 2052, status: value });
      assert.equal(await other.page.locator('[data-field="statuscode"]').textContent(), label);
      await finish(other);
    }
  });
});

// The statement page says the same as the scorecard while Complete setup has not run (spm_GetSetupStatus).
describe('commission statement: the setup banner', () => {
  const BANNER = '[data-banner="setup-incomplete"]';
  const withSetup = (languageId, setup) => F.withSetup(new FakeWebApi(F.statementTables(languageId)), setup);

  test('setup incomplete: a plain banner above the statement, which still shows its stored totals', async () => {
    const s = await openStatement({ webApi: withSetup(1033) });
    assert.equal((await s.page.locator(BANNER).textContent()).trim(),
      'Setup is incomplete: wins and orders do not update targets or commission until an administrator runs Complete setup (Configuration area).');
    assert.equal(await s.page.locator('dd[data-field="spm_payableamount"]').textContent(), '¥5,550.00');
    await screenshot(s.page, 'statement-en-setup-incomplete');
    await finish(s);
  });

  test('setup complete, or a status call that fails: no banner', async () => {
    const complete = await openStatement({ webApi: withSetup(1033, { complete: true }) });
    assert.equal(complete.webApi.callsTo('spm_GetSetupStatus').length, 1);
    assert.equal(await complete.page.locator(BANNER).count(), 0);
    await finish(complete);

    const webApi = new FakeWebApi(F.statementTables());
    webApi.fail('spm_GetSetupStatus', 'The service is unavailable.');
    const failed = await openStatement({ webApi });
    assert.equal(failed.webApi.callsTo('spm_GetSetupStatus').length, 1);
    assert.equal(await failed.page.locator(BANNER).count(), 0);
    assert.equal(await failed.page.getByRole('alert').count(), 0);
    assert.equal(await failed.page.locator('dd[data-field="spm_payableamount"]').textContent(), '¥5,550.00');
    await finish(failed);
  });

  test('the banner in Chinese', async () => {
    const s = await openStatement({ languageId: 2052, webApi: withSetup(2052) });
    assert.equal((await s.page.locator(BANNER).textContent()).trim(),
      '设置尚未完成：在管理员运行“完成设置”（“配置”区域）之前，赢单和订单不会更新目标或佣金。');
    await screenshot(s.page, 'statement-zh-setup-incomplete');
    await finish(s);
  });
});
