'use strict';
// The opportunity form script in headless Chromium, inside a fake model-driven form: the estimate
// notification after load and after the amount or close date change, in English and Chinese, and
// a warning (never a broken form) when the custom API fails.
const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const server = require('./support/server');
const { launch, open, screenshot } = require('./support/browser');
const { FakeWebApi } = require('./support/webapi');
const F = require('./support/fixtures');

const HOST = '/host/opportunity-form.html';
const RECORD = { id: `{${F.ID.opportunity.toUpperCase()}}`, estimatedvalue: 20000, estimatedclosedate: '2026-02-20' };
let web;
let browser;

before(async () => { web = await server.start(); browser = await launch(); });
after(async () => { await browser?.close(); await web?.close(); });

// The custom API answers like the worked example of docs/domain.md: 1,100 at 112.5 % attainment.
function estimating(answer = { Commission: 1100, Attainment: 112.5, Trace: '5,000.00 × 4 % + 15,000.00 × 6 % = 1,100.00' }) {
  const webApi = new FakeWebApi({ transactioncurrency: F.currencies() });
  webApi.onExecute('spm_EstimateCommission', typeof answer === 'function' ? answer : () => answer);
  return webApi;
}

async function openForm(options = {}) {
  const webApi = options.webApi || estimating();
  const opened = await open(browser, web, HOST, { userId: F.ID.rep, baseCurrencyId: F.ID.cny, ...options, webApi });
  await opened.page.evaluate((record) => window.FakeForm.setUp(record), options.record || RECORD);
  return { ...opened, webApi };
}

function onLoad(page) {
  return page.evaluate(() => window.SalesPerf.Opportunity.onLoad(window.FakeForm.executionContext).then(() => 'done'));
}

async function notification(page) {
  return page.evaluate(() => {
    const n = window.FakeForm.notifications[window.SalesPerf.Opportunity.NOTIFICATION_ID];
    return n ? { message: n.message, level: n.level } : null;
  });
}

// A person types a new value into a field and leaves it (the browser fires change): the form runs
// the field's OnChange handlers.
async function change(page, field, value) {
  await page.evaluate(() => { window.FakeForm.lastChange = null; });
  await page.locator(`#${field}`).fill(value);
  await page.locator(`#${field}`).blur();
  await page.waitForFunction(() => window.FakeForm.lastChange !== null);
  await page.evaluate(() => window.FakeForm.lastChange);
}

async function finish(opened) {
  assert.equal(opened.webApi.fatal, undefined, 'the fake Web API refused a call');
  assert.deepEqual(opened.errors.map(String), [], 'no script errors and no outside requests');
  await opened.context.close();
}

describe('opportunity form: commission estimate', () => {
  test('on load it calls spm_EstimateCommission with the form\'s values and the custom API\'s metadata', async () => {
    const s = await openForm();
    assert.equal(await onLoad(s.page), 'done');
    const calls = s.webApi.callsTo('spm_EstimateCommission');
    assert.equal(calls.length, 1);
    assert.deepEqual(calls[0].argument.metadata, {
      boundParameter: null,
      operationType: 0,
      operationName: 'spm_EstimateCommission',
      parameterTypes: {
        Opportunity: { typeName: 'mscrm.opportunity', structuralProperty: 5 },
        Amount: { typeName: 'Edm.Decimal', structuralProperty: 1 },
        CloseDate: { typeName: 'Edm.DateTimeOffset', structuralProperty: 1 },
      },
    });
    const { params } = calls[0].argument;
    assert.deepEqual(params.Opportunity, { '@odata.type': 'Microsoft.Dynamics.CRM.opportunity', opportunityid: F.ID.opportunity });
    assert.equal(params.Amount, 20000);
    assert.equal(params.CloseDate, '2026-02-19T16:00:00.000Z', 'the close date as the form holds it (local midnight, UTC+8)');
    await finish(s);
  });

  test('it shows "If you win this deal now: commission ¥1,100.00, attainment 112.5 %" as an information notification', async () => {
    const s = await openForm();
    await onLoad(s.page);
    assert.deepEqual(await notification(s.page),
      { message: 'If you win this deal now: commission ¥1,100.00, attainment 112.5 %', level: 'INFO' });
    assert.equal(await s.page.getByRole('status').textContent(), 'If you win this deal now: commission ¥1,100.00, attainment 112.5 %');
    await screenshot(s.page, 'opportunity-en');
    await finish(s);
  });

  test('changing the amount or the close date asks again with the unsaved values and updates the notification', async () => {
    const webApi = estimating((params) => ({ Commission: params.Amount === 30000 ? 1700 : 1100, Attainment: params.Amount === 30000 ? 119.17 : 112.5 }));
    const s = await openForm({ webApi });
    await onLoad(s.page);
    await change(s.page, 'estimatedvalue', '30000');
    assert.deepEqual(await notification(s.page),
      { message: 'If you win this deal now: commission ¥1,700.00, attainment 119.2 %', level: 'INFO' });
    await change(s.page, 'estimatedclosedate', '2026-03-31');
    const calls = webApi.callsTo('spm_EstimateCommission');
    assert.equal(calls.length, 3);
    assert.equal(calls[1].argument.params.Amount, 30000);
    assert.equal(calls[2].argument.params.CloseDate, '2026-03-30T16:00:00.000Z');
    await finish(s);
  });

  test('onLoad twice (after a save) registers each OnChange handler once', async () => {
    const s = await openForm();
    await onLoad(s.page);
    await onLoad(s.page);
    assert.deepEqual(await s.page.evaluate(() => window.FakeForm.registered), { estimatedvalue: 1, estimatedclosedate: 1 });
    await finish(s);
  });

  test('in Chinese (2052) the notification is Chinese', async () => {
    const s = await openForm({ languageId: 2052 });
    await onLoad(s.page);
    assert.deepEqual(await notification(s.page), { message: '如果现在赢得此商机：佣金 ¥1,100.00，达成率 112.5%', level: 'INFO' });
    await screenshot(s.page, 'opportunity-zh');
    await finish(s);
  });

  test('an API failure shows a warning with the service message, and the form keeps working', async () => {
    let fail = true;
    const webApi = estimating((params) => {
      if (fail) throw { message: 'No commission plan is assigned to you for FY2026-Q1.', errorCode: 2147220891 };
      return { Commission: 1100, Attainment: 112.5 };
    });
    const s = await openForm({ webApi });
    assert.equal(await onLoad(s.page), 'done', 'onLoad resolves: the form is not broken');
    assert.deepEqual(await notification(s.page), {
      message: 'Commission estimate unavailable: No commission plan is assigned to you for FY2026-Q1.', level: 'WARNING',
    });
    assert.equal(await s.page.getByRole('alert').textContent(), 'Commission estimate unavailable: No commission plan is assigned to you for FY2026-Q1.');
    await screenshot(s.page, 'opportunity-failure-en');
    fail = false;
    await change(s.page, 'estimatedvalue', '25000');
    assert.equal((await notification(s.page)).level, 'INFO');
    await finish(s);
  });

  test('a failure in Chinese, and a custom API that is not there, are warnings too', async () => {
    const webApi = new FakeWebApi({ transactioncurrency: F.currencies() });       // spm_EstimateCommission not registered
    const s = await openForm({ webApi, languageId: 2052 });
    await onLoad(s.page);
    assert.deepEqual(await notification(s.page), {
      message: "无法估算佣金：Resource not found for the segment 'spm_EstimateCommission'.", level: 'WARNING',
    });
    await finish(s);
  });

  test('an execute that throws at once, or an answer without a commission, still only warns', async () => {
    const throwing = await openForm({ executeThrows: 'Xrm.WebApi.online is not available offline' });
    assert.equal(await onLoad(throwing.page), 'done');
    assert.deepEqual(await notification(throwing.page), {
      message: 'Commission estimate unavailable: Xrm.WebApi.online is not available offline', level: 'WARNING',
    });
    await finish(throwing);

    const empty = await openForm({ webApi: estimating({}) });
    await onLoad(empty.page);
    assert.deepEqual(await notification(empty.page), {
      message: 'Commission estimate unavailable: the service did not answer', level: 'WARNING',
    });
    await finish(empty);
  });

  test('without an attainment (no quota) it shows the commission alone', async () => {
    const s = await openForm({ webApi: estimating({ Commission: 320, Attainment: null }) });
    await onLoad(s.page);
    assert.equal((await notification(s.page)).message, 'If you win this deal now: commission ¥320.00');
    await finish(s);
  });

  test('a new, unsaved opportunity is not estimated', async () => {
    const s = await openForm({ record: { id: '', estimatedvalue: 5000 } });
    await onLoad(s.page);
    assert.equal(s.webApi.callsTo('spm_EstimateCommission').length, 0);
    assert.equal(await notification(s.page), null);
    await finish(s);
  });

  test('a slow answer to an earlier change does not overwrite the answer to the latest one', async () => {
    let releaseFirst;
    const firstHeld = new Promise((resolve) => { releaseFirst = resolve; });
    const webApi = estimating(async (params) => {
      if (params.Amount === 10000) { await firstHeld; return { Commission: 400, Attainment: 103.3 }; }
      return { Commission: 1100, Attainment: 112.5 };
    });
    const s = await openForm({ webApi, record: { ...RECORD, estimatedvalue: 10000 } });
    const slow = onLoad(s.page);                                  // asks with 10,000 and waits
    while (webApi.callsTo('spm_EstimateCommission').length < 1) await new Promise((r) => setTimeout(r, 10));
    await change(s.page, 'estimatedvalue', '20000');              // asks with 20,000, answered at once
    releaseFirst();
    await slow;
    assert.equal((await notification(s.page)).message, 'If you win this deal now: commission ¥1,100.00, attainment 112.5 %');
    await finish(s);
  });
});
