'use strict';
// The Complete setup page (app "Sales Performance", Configuration area) in headless Chromium: the status from
// spm_GetSetupStatus, the confirmation, the progress, and the answer or the failure of spm_CompleteSetup.
const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const server = require('./support/server');
const { launch, open, screenshot } = require('./support/browser');
const { FakeWebApi } = require('./support/webapi');
const F = require('./support/fixtures');

const PAGE = '/WebResources/spm_/setup/setup.html';
// The plug-in's messages are bilingual (English, then Chinese), and the page shows them as they come.
const DENIED = 'Only a System Administrator or a SalesPerf Admin may run Complete setup. 只有系统管理员或销售绩效管理员可以运行“完成设置”。';
let web;
let browser;

before(async () => { web = await server.start(); browser = await launch(); });
after(async () => { await browser?.close(); await web?.close(); });

async function openSetup(options = {}) {
  const webApi = options.webApi || F.withSetup(new FakeWebApi({}), options.setup);
  const opened = await open(browser, web, PAGE, { userId: F.ID.manager, ...options, webApi });
  const frame = opened.page;
  await frame.waitForFunction(() => window.SalesPerf && window.SalesPerf.Setup && window.SalesPerf.Setup.ready);
  await frame.evaluate(() => window.SalesPerf.Setup.ready);
  return { ...opened, frame, webApi };
}

async function finish(opened) {
  assert.equal(opened.webApi.fatal, undefined, 'the fake Web API refused a query');
  assert.deepEqual(opened.errors.map(String), [], 'no script errors and no outside requests');
  await opened.context.close();
}

const listed = (frame, field) => frame.locator(`[data-field="${field}"] li`).allTextContents();

async function runSetup(frame, run, confirm) {
  await frame.getByRole('button', { name: run, exact: true }).click();
  await frame.getByRole('alertdialog').getByRole('button', { name: confirm }).click();
  await frame.locator('[data-state="result"], [data-state="failed"]').waitFor();
  await frame.evaluate(() => window.SalesPerf.Setup.running);
}

describe('Complete setup (English)', () => {
  test('before setup the page says it is incomplete and lists every step not registered yet', async () => {
    const s = await openSetup();
    const { frame } = s;
    assert.equal(await frame.locator('h1').textContent(), 'Complete setup');
    assert.equal(await frame.evaluate(() => document.title), 'Complete setup');
    const status = frame.locator('[data-slot="status"] [data-state="incomplete"]');
    assert.equal(await status.locator('p').textContent(),
      'Setup is incomplete: wins and orders do not update targets or commission until these steps are registered.');
    assert.deepEqual(await listed(frame, 'missing'), F.SETUP_STEPS);
    assert.match(await frame.locator('[data-field="intro"]').textContent(), /Win, Lose, FulfillSalesOrder, CancelSalesOrder and QualifyLead/);
    // a function without parameters: GET …/spm_GetSetupStatus()
    const [call] = s.webApi.callsTo('spm_GetSetupStatus');
    assert.deepEqual(call.argument, {
      metadata: { boundParameter: null, operationType: 1, operationName: 'spm_GetSetupStatus', parameterTypes: {} }, params: {},
    });
    assert.equal(s.webApi.callsTo('spm_CompleteSetup').length, 0, 'opening the page registers nothing');
    await screenshot(s.page, 'setup-en-incomplete');
    await finish(s);
  });

  test('Complete setup asks first, shows progress, then lists what it registered and the status turns complete', async () => {
    const webApi = F.withSetup(new FakeWebApi({}));
    let release;
    const registering = new Promise((resolve) => { release = resolve; });
    const complete = webApi.handlers.get('spm_CompleteSetup');
    webApi.onExecute('spm_CompleteSetup', async (params, metadata) => { await registering; return complete(params, metadata); });
    const s = await openSetup({ webApi });
    const { frame } = s;

    await frame.getByRole('button', { name: 'Complete setup', exact: true }).click();
    const dialog = frame.getByRole('alertdialog');
    assert.equal(await dialog.locator('p').textContent(),
      'Register the SalesPerf steps on Win, Lose, FulfillSalesOrder, CancelSalesOrder and QualifyLead in this organisation now?');
    assert.equal(s.webApi.callsTo('spm_CompleteSetup').length, 0, 'nothing runs before the confirmation');
    await screenshot(s.page, 'setup-en-confirm');
    await dialog.getByRole('button', { name: 'Register the steps' }).click();

    const progress = frame.locator('[data-state="running"]');
    await progress.waitFor();
    assert.equal(await progress.locator('p').textContent(), 'Registering the steps…');
    assert.equal(await frame.getByRole('button').count(), 0, 'no second run while the first one is under way');
    assert.equal(await frame.locator('#spm-setup').getAttribute('aria-busy'), 'true');
    release();

    await frame.locator('[data-state="result"]').waitFor();
    await frame.evaluate(() => window.SalesPerf.Setup.running);
    assert.equal(await frame.locator('[data-field="summary"]').textContent(), '5 steps registered, 0 already there.');
    assert.deepEqual(await listed(frame, 'registered'), F.SETUP_STEPS);
    assert.equal(await frame.locator('[data-field="alreadyRegistered"] [data-empty]').textContent(), 'None');
    assert.equal(await frame.locator('[data-slot="status"] [data-state="complete"] p').textContent(),
      'Setup is complete: every SalesPerf step is registered.');
    // an unbound action without parameters: POST …/spm_CompleteSetup with {}
    assert.deepEqual(s.webApi.callsTo('spm_CompleteSetup').map((c) => c.argument), [{
      metadata: { boundParameter: null, operationType: 0, operationName: 'spm_CompleteSetup', parameterTypes: {} }, params: {},
    }]);
    assert.equal(s.webApi.callsTo('spm_GetSetupStatus').length, 2, 'the status is read again after the run');
    assert.equal(await frame.locator('#spm-setup').getAttribute('aria-busy'), 'false');
    await screenshot(s.page, 'setup-en-registered');
    await finish(s);
  });

  test('Cancel on the confirmation runs nothing and gives the button back', async () => {
    const s = await openSetup();
    await s.frame.getByRole('button', { name: 'Complete setup', exact: true }).click();
    await s.frame.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
    assert.equal(await s.frame.getByRole('alertdialog').count(), 0);
    assert.ok(await s.frame.getByRole('button', { name: 'Complete setup', exact: true }).isVisible());
    assert.equal(s.webApi.callsTo('spm_CompleteSetup').length, 0);
    await finish(s);
  });

  test('after setup the page says it is complete, and running it again finds every step already there', async () => {
    const s = await openSetup({ setup: { complete: true } });
    const { frame } = s;
    assert.equal(await frame.locator('[data-slot="status"] [data-state="complete"] p').textContent(),
      'Setup is complete: every SalesPerf step is registered.');
    assert.equal(await frame.locator('[data-field="missing"]').count(), 0);
    await screenshot(s.page, 'setup-en-complete');

    await runSetup(frame, 'Complete setup', 'Register the steps');
    assert.equal(await frame.locator('[data-field="summary"]').textContent(), '0 steps registered, 5 already there.');
    assert.equal(await frame.locator('[data-field="registered"] [data-empty]').textContent(), 'None');
    assert.deepEqual(await listed(frame, 'alreadyRegistered'), F.SETUP_STEPS);
    await finish(s);
  });

  test('a refused run shows the API\'s bilingual message, leaves the status as it was and keeps the button', async () => {
    const webApi = F.withSetup(new FakeWebApi({}));
    webApi.fail('spm_CompleteSetup', DENIED, 2147220891);
    const s = await openSetup({ webApi });
    const { frame } = s;
    await runSetup(frame, 'Complete setup', 'Register the steps');
    const alert = frame.getByRole('alert');
    assert.equal(await alert.locator('p').textContent(), `Setup could not be completed: ${DENIED}`);
    assert.equal(await frame.locator('[data-state="result"]').count(), 0);
    assert.equal(await frame.locator('[data-slot="status"] [data-state="incomplete"]').count(), 1);
    assert.ok(await frame.getByRole('button', { name: 'Complete setup', exact: true }).isEnabled());
    await screenshot(s.page, 'setup-en-failed');

    webApi.recover('spm_CompleteSetup');
    await runSetup(frame, 'Complete setup', 'Register the steps');
    assert.equal(await frame.getByRole('alert').count(), 0);
    assert.deepEqual(await listed(frame, 'registered'), F.SETUP_STEPS);
    await finish(s);
  });

  test('an organisation without the status API shows the service message and Try again', async () => {
    const webApi = new FakeWebApi({});
    const s = await openSetup({ webApi });
    assert.equal(await s.frame.getByRole('alert').locator('p').textContent(),
      "The setup status could not be read: Resource not found for the segment 'spm_GetSetupStatus'.");
    F.withSetup(webApi);
    await s.frame.getByRole('button', { name: 'Try again' }).click();
    await s.frame.locator('[data-state="incomplete"]').waitFor();
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

describe('Complete setup (Simplified Chinese)', () => {
  const summary = (created, already) => `已注册 ${created} 个步骤，${already} 个已存在。`;

  test('status, confirmation and result follow languageId 2052', async () => {
    const s = await openSetup({ languageId: 2052, setup: { summary } });
    const { frame } = s;
    assert.equal(await frame.evaluate(() => document.documentElement.lang), 'zh-CN');
    assert.equal(await frame.locator('h1').textContent(), '完成设置');
    assert.equal(await frame.locator('[data-state="incomplete"] p').textContent(),
      '设置尚未完成：在注册以下步骤之前，赢单和订单不会更新目标或佣金。');
    assert.equal(await frame.locator('[data-field="missing"] h2').textContent(), '尚未注册的步骤');
    assert.deepEqual(await listed(frame, 'missing'), F.SETUP_STEPS);
    await screenshot(s.page, 'setup-zh-incomplete');

    await frame.getByRole('button', { name: '完成设置', exact: true }).click();
    const dialog = frame.getByRole('alertdialog');
    assert.equal(await dialog.locator('p').textContent(),
      '现在在本组织中注册 Win、Lose、FulfillSalesOrder、CancelSalesOrder 和 QualifyLead 上的销售绩效步骤吗？');
    assert.equal(await dialog.getByRole('button', { name: '取消' }).count(), 1);
    await dialog.getByRole('button', { name: '注册步骤' }).click();
    await frame.locator('[data-state="result"]').waitFor();
    await frame.evaluate(() => window.SalesPerf.Setup.running);

    assert.equal(await frame.locator('[data-field="summary"]').textContent(), '已注册 5 个步骤，0 个已存在。');
    assert.deepEqual(await frame.locator('[data-state="result"] h2').allTextContents(), ['结果', '本次注册', '已存在']);
    assert.deepEqual(await listed(frame, 'registered'), F.SETUP_STEPS);
    assert.equal(await frame.locator('[data-field="alreadyRegistered"] [data-empty]').textContent(), '无');
    assert.equal(await frame.locator('[data-state="complete"] p').textContent(), '设置已完成：所有销售绩效步骤均已注册。');
    await screenshot(s.page, 'setup-zh-registered');
    await finish(s);
  });

  test('a refused run shows the API\'s bilingual message in the Chinese page', async () => {
    const webApi = F.withSetup(new FakeWebApi({}));
    webApi.fail('spm_CompleteSetup', DENIED, 2147220891);
    const s = await openSetup({ languageId: 2052, webApi });
    await runSetup(s.frame, '完成设置', '注册步骤');
    assert.equal(await s.frame.getByRole('alert').locator('p').textContent(), `无法完成设置：${DENIED}`);
    await screenshot(s.page, 'setup-zh-failed');
    await finish(s);
  });
});
