'use strict';
// The command bar scripts (spm_/commands/commands.js) and their dialog pages in headless Chromium, in
// English and Chinese, against Web API rows shaped like the local organisation's: confirmation first,
// progress while the call runs, then the answer, or the API's own (bilingual) message.
const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const server = require('./support/server');
const { launch, open, screenshot } = require('./support/browser');
const { FakeWebApi } = require('./support/webapi');
const F = require('./support/fixtures');

const HOST = '/host/commands.html';
const REFUSED_EN = "[SPM-STM-002] Commission statement 'Zhang Wei · FY2026-Q1': 'Open → Approved' may be done only by Manager/Admin, and you are none. Ask someone in that role.";
const REFUSED_ZH = '[SPM-STM-002] 佣金对账单“Zhang Wei · FY2026-Q1”：“Open → Approved”只能由 Manager/Admin 执行，而您是 none。请联系具有该角色的人员。';
const TEAM = 'a0000000-0000-4000-8000-00000000000a';
const TEAM_TARGET = 'b0000000-0000-4000-8000-00000000000b';
const KPISET = 'c5000000-0000-4000-8000-00000000000c';

let web;
let browser;

before(async () => { web = await server.start(); browser = await launch(); });
after(async () => { await browser?.close(); await web?.close(); });

function tables(languageId) {
  return {
    ...F.statementTables(languageId),
    spm_target: [
      {
        spm_targetid: TEAM_TARGET, spm_name: 'East team revenue FY2026-Q1', spm_targetvalue: 300000, [`spm_targetvalue${F.FV}`]: '300,000.00',
        _ownerid_value: TEAM, [`_ownerid_value${F.FV}`]: 'East team', '_ownerid_value@Microsoft.Dynamics.CRM.lookuplogicalname': 'team',
        statecode: 0,
      },
      {
        spm_targetid: 'b1000000-0000-4000-8000-000000000001', spm_name: 'Wang Fang revenue FY2026-Q1', spm_targetvalue: 120000,
        _ownerid_value: F.ID.rep, _spm_parenttargetid_value: TEAM_TARGET, statecode: 0,
      },
    ],
    teammembership: [
      { teammembershipid: 'd0000000-0000-4000-8000-000000000001', teamid: TEAM, systemuserid: F.ID.rep },
      { teammembershipid: 'd0000000-0000-4000-8000-000000000002', teamid: TEAM, systemuserid: F.ID.peer },
    ],
    systemuser: [
      { systemuserid: F.ID.rep, fullname: 'Wang Fang', _parentsystemuserid_value: F.ID.manager, isdisabled: false },
      { systemuserid: F.ID.peer, fullname: 'Zhang Wei', _parentsystemuserid_value: F.ID.manager, isdisabled: false },
    ],
  };
}

async function openHost(options = {}) {
  const webApi = options.webApi || new FakeWebApi(tables(options.languageId));
  const opened = await open(browser, web, options.url || HOST, { userId: F.ID.manager, baseCurrencyId: F.ID.cny, ...options, webApi });
  await opened.page.waitForFunction(() => window.SalesPerf && (window.SalesPerf.Commands || window.SalesPerf.Dialog));
  return { ...opened, webApi };
}

async function finish(opened) {
  assert.equal(opened.webApi.fatal, undefined, 'the fake Web API refused a query');
  assert.deepEqual(opened.errors.map(String), [], 'no script errors and no outside requests');
  await opened.context.close();
}

const log = (page) => page.evaluate(() => window.__spmXrmLog || []);
const dialogText = (page, kind) => page.locator(`.fake-dialog[data-kind="${kind}"] [data-field="text"]`).textContent();
const click = (page, kind, action) => page.locator(`.fake-dialog[data-kind="${kind}"] button[data-action="${action}"]`).click();
const outcome = (page) => page.evaluate(() => window.FakeCommandBar.done);

describe('command bar (English)', () => {
  test('bulk approve: confirmation, progress, then per row what was approved and what was refused, with the refusal message', async () => {
    const s = await openHost();
    s.webApi.onUpdate('spm_commissionstatement', (id) => {
      if (id === F.ID.statementPeer) throw { message: REFUSED_EN };
    });
    await s.page.evaluate(({ a, b }) => window.FakeCommandBar.run(window.SalesPerf.Commands.approveStatements([a, b], window.FakeCommandBar.grid)),
      { a: F.ID.statement, b: F.ID.statementPeer });
    assert.equal(await dialogText(s.page, 'confirm'), 'Approve 2 commission statement(s)? Approved statements keep their amounts.');
    assert.equal(s.webApi.calls.filter((c) => c.operation === 'updateRecord').length, 0, 'nothing changes before the confirmation');
    await screenshot(s.page, 'commands-approve-confirm-en');
    await click(s.page, 'confirm', 'confirm');
    await s.page.locator('.fake-dialog[data-kind="alert"]').waitFor();
    assert.equal(await dialogText(s.page, 'alert'), `1 approved, 1 refused.\n✓ Wang Fang · FY2026-Q1: done\n✗ Zhang Wei · FY2026-Q1: ${REFUSED_EN}`);
    await screenshot(s.page, 'commands-approve-report-en');
    await click(s.page, 'alert', 'ok');
    const result = await outcome(s.page);
    assert.equal(result.done, true);
    const updates = s.webApi.calls.filter((c) => c.operation === 'updateRecord');
    assert.deepEqual(updates.map((c) => [c.argument.id, c.argument.data]), [
      [F.ID.statement, { statuscode: 100000000 }], [F.ID.statementPeer, { statuscode: 100000000 }],
    ]);
    const kinds = (await log(s.page)).map((e) => e.kind);
    assert.deepEqual(kinds, ['confirmDialog', 'showProgressIndicator', 'closeProgressIndicator', 'alertDialog']);
    assert.equal(await s.page.evaluate(() => window.FakeCommandBar.gridRefreshed), 1);
    await finish(s);
  });

  test('recalculate drives the sliced API to the end: each call passes the previous NextCursor until IsDone', async () => {
    const s = await openHost();
    const answers = [
      { Targets: 500, Statements: 0, IsDone: false, NextCursor: 'slice-2', Remaining: 700 },
      { Targets: 700, Statements: 12, IsDone: true, NextCursor: '', Remaining: 0 },
    ];
    // The second slice answers only after the screenshot of the progress the first one reported.
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    s.webApi.onExecute('spm_Recalculate', async () => {
      const answer = answers.shift();
      if (answers.length === 0) await held;
      return answer;
    });
    await s.page.evaluate(({ period }) => window.FakeCommandBar.run(window.SalesPerf.Commands.recalculatePeriod(
      window.FakeCommandBar.formContext(period, 'FY2026-Q1'))), { period: F.ID.q1 });
    assert.equal(await dialogText(s.page, 'confirm'), 'Recalculate every target and open statement of FY2026-Q1 from their source records? Large periods take several steps.');
    await click(s.page, 'confirm', 'confirm');
    const progressBox = s.page.locator('#fake-progress', { hasText: '500 targets done' });
    await progressBox.waitFor();
    assert.equal(await progressBox.textContent(), 'Recalculating… 500 targets done, 700 to go');
    await screenshot(s.page, 'commands-recalculate-progress-en');
    release();
    await s.page.locator('.fake-dialog[data-kind="alert"]').waitFor();
    assert.equal(await dialogText(s.page, 'alert'), 'Recalculated 1200 targets and 12 commission statements.');
    await click(s.page, 'alert', 'ok');
    await outcome(s.page);
    const calls = s.webApi.callsTo('spm_Recalculate');
    assert.deepEqual(calls.map((c) => c.argument.params), [
      { Period: { '@odata.type': 'Microsoft.Dynamics.CRM.spm_period', spm_periodid: F.ID.q1 } },
      { Period: { '@odata.type': 'Microsoft.Dynamics.CRM.spm_period', spm_periodid: F.ID.q1 }, Cursor: 'slice-2' },
    ]);
    assert.deepEqual(calls[1].argument.metadata.parameterTypes.Cursor, { typeName: 'Edm.String', structuralProperty: 1 });
    assert.equal(calls[0].argument.metadata.operationType, 0);
    const progress = (await log(s.page)).filter((e) => e.kind === 'showProgressIndicator').map((e) => e.detail);
    assert.deepEqual(progress, ['Recalculating…', 'Recalculating… 500 targets done, 700 to go']);
    assert.equal(await s.page.evaluate(() => window.FakeCommandBar.refreshed), 1);
    await finish(s);
  });

  test('recalculate on an API without slices (no IsDone) is one call; a refusal shows the API message as an error', async () => {
    const s = await openHost();
    s.webApi.onExecute('spm_Recalculate', () => ({ Targets: 3, Statements: 1 }));
    await s.page.evaluate(({ period, owner }) => window.FakeCommandBar.run(window.SalesPerf.Commands.recalculateTarget(
      window.FakeCommandBar.formContext('b1000000-0000-4000-8000-000000000001', 'Wang Fang revenue', {
        spm_periodid: { id: period, name: 'FY2026-Q1', entityType: 'spm_period' },
        ownerid: { id: owner, name: 'Wang Fang', entityType: 'systemuser' },
      }))), { period: F.ID.q1, owner: F.ID.rep });
    assert.equal(await dialogText(s.page, 'confirm'), 'Recalculate the targets and open statements of Wang Fang in FY2026-Q1 from their source records?');
    await click(s.page, 'confirm', 'confirm');
    await s.page.locator('.fake-dialog[data-kind="alert"]').waitFor();
    assert.equal(await dialogText(s.page, 'alert'), 'Recalculated 3 targets and 1 commission statements.');
    await click(s.page, 'alert', 'ok');
    await outcome(s.page);
    const [call] = s.webApi.callsTo('spm_Recalculate');
    assert.deepEqual(call.argument.params.Owner, { '@odata.type': 'Microsoft.Dynamics.CRM.systemuser', systemuserid: F.ID.rep });
    assert.deepEqual(call.argument.metadata.parameterTypes.Owner, { typeName: 'mscrm.crmbaseentity', structuralProperty: 5 });
    assert.equal(s.webApi.callsTo('spm_Recalculate').length, 1);

    const message = "Principal user (Id=…) is missing prvWritespm_target privilege";
    s.webApi.onExecute('spm_Recalculate', () => { throw { message }; });
    await s.page.evaluate(({ period }) => window.FakeCommandBar.run(window.SalesPerf.Commands.recalculatePeriod(
      window.FakeCommandBar.formContext(period, 'FY2026-Q1'))), { period: F.ID.q1 });
    await click(s.page, 'confirm', 'confirm');
    await s.page.locator('.fake-dialog[data-kind="error"]').waitFor();
    assert.equal(await dialogText(s.page, 'error'), message);
    await screenshot(s.page, 'commands-recalculate-refused-en');
    await click(s.page, 'error', 'ok');
    assert.equal((await outcome(s.page)).done, false);
    await finish(s);
  });

  test('apply KPI set: the owner and period are picked, then spm_ApplyKpiSet gets them with the set', async () => {
    const s = await openHost({
      lookups: [
        [{ id: `{${F.ID.rep.toUpperCase()}}`, name: 'Wang Fang', entityType: 'systemuser' }],
        [{ id: F.ID.q1, name: 'FY2026-Q1', entityType: 'spm_period' }],
      ],
    });
    s.webApi.onExecute('spm_ApplyKpiSet', () => ({ Scorecard: { spm_scorecardid: "5c000000-0000-4000-8000-000000000001" } }));
    await s.page.evaluate(({ set }) => window.FakeCommandBar.run(window.SalesPerf.Commands.applyKpiSet(
      window.FakeCommandBar.formContext(set, 'Account executive'))), { set: KPISET });
    assert.equal(await dialogText(s.page, 'confirm'), 'Apply the KPI set Account executive to Wang Fang for FY2026-Q1? The scorecard and one target per KPI are created or reused.');
    await click(s.page, 'confirm', 'confirm');
    await s.page.locator('.fake-dialog[data-kind="alert"]').waitFor();
    await click(s.page, 'alert', 'ok');
    await outcome(s.page);
    const [call] = s.webApi.callsTo('spm_ApplyKpiSet');
    assert.deepEqual(call.argument.params, {
      Owner: { '@odata.type': 'Microsoft.Dynamics.CRM.systemuser', systemuserid: F.ID.rep },
      Period: { '@odata.type': 'Microsoft.Dynamics.CRM.spm_period', spm_periodid: F.ID.q1 },
      KpiSet: { '@odata.type': 'Microsoft.Dynamics.CRM.spm_kpiset', spm_kpisetid: KPISET },
    });
    const pickers = (await log(s.page)).filter((e) => e.kind === 'lookupObjects').map((e) => e.detail.entityTypes);
    assert.deepEqual(pickers, [['systemuser', 'team'], ['spm_period']]);
    await finish(s);
  });

  test('mark paid sends statecode 1 with statuscode Paid; start review cycle reports the reviews created', async () => {
    const s = await openHost();
    await s.page.evaluate(({ id }) => window.FakeCommandBar.run(window.SalesPerf.Commands.markStatementsPaid([id], window.FakeCommandBar.grid)), { id: F.ID.statement });
    await click(s.page, 'confirm', 'confirm');
    await s.page.locator('.fake-dialog[data-kind="alert"]').waitFor();
    assert.equal(await dialogText(s.page, 'alert'), '1 marked paid, 0 refused.\n✓ Wang Fang · FY2026-Q1: done');
    await click(s.page, 'alert', 'ok');
    await outcome(s.page);
    assert.deepEqual(s.webApi.calls.find((c) => c.operation === 'updateRecord').argument.data, { statecode: 1, statuscode: 2 });

    s.webApi.onExecute('spm_StartReviewCycle', () => ({ Created: 3 }));
    await s.page.evaluate(({ period }) => window.FakeCommandBar.run(window.SalesPerf.Commands.startReviewCycle(
      window.FakeCommandBar.formContext(period, 'FY2026-Q1'))), { period: F.ID.q1 });
    await click(s.page, 'confirm', 'confirm');
    await s.page.locator('.fake-dialog[data-kind="alert"]').waitFor();
    assert.equal(await dialogText(s.page, 'alert'), '3 reviews created for FY2026-Q1 (reviews that already existed are kept).');
    await click(s.page, 'alert', 'ok');
    await outcome(s.page);
    assert.deepEqual(s.webApi.callsTo('spm_StartReviewCycle')[0].argument.params, { Period: { '@odata.type': 'Microsoft.Dynamics.CRM.spm_period', spm_periodid: F.ID.q1 } });
    await finish(s);
  });

  test('dispute and decompose open their dialog pages with the record id', async () => {
    const s = await openHost();
    await s.page.evaluate(({ id }) => window.FakeCommandBar.run(window.SalesPerf.Commands.disputeStatement(window.FakeCommandBar.formContext(id, 'x'))), { id: F.ID.statement });
    await s.page.waitForFunction(() => (window.__spmXrmLog || []).some((e) => e.kind === 'navigateTo'));
    const nav = (await log(s.page)).find((e) => e.kind === 'navigateTo').detail;
    assert.deepEqual(nav.pageInput, { pageType: 'webresource', webresourceName: 'spm_/commands/dispute.html', data: `id=${F.ID.statement}` });
    assert.equal(nav.navigationOptions.target, 2);
    assert.equal(nav.navigationOptions.title, 'Dispute statement');
    await s.page.evaluate(() => window.__spmCloseNavigation());
    await outcome(s.page);
    assert.equal(await s.page.evaluate(() => window.FakeCommandBar.refreshed), 1, 'the form is read again when the dialog closes');
    await finish(s);
  });
});

describe('command bar (Chinese)', () => {
  test('bulk approve in Chinese: the report names each row and quotes the Chinese refusal; Cancel changes nothing', async () => {
    const s = await openHost({ languageId: 2052 });
    s.webApi.onUpdate('spm_commissionstatement', (id) => {
      if (id === F.ID.statementPeer) throw { message: REFUSED_ZH };
    });
    await s.page.evaluate(({ a, b }) => window.FakeCommandBar.run(window.SalesPerf.Commands.approveStatements([a, b], window.FakeCommandBar.grid)),
      { a: F.ID.statement, b: F.ID.statementPeer });
    assert.equal(await dialogText(s.page, 'confirm'), '是否批准 2 张佣金对账单？批准后金额不再变化。');
    await click(s.page, 'confirm', 'cancel');
    assert.equal((await outcome(s.page)).done, false);
    assert.equal(s.webApi.calls.filter((c) => c.operation === 'updateRecord').length, 0);

    await s.page.evaluate(({ a, b }) => window.FakeCommandBar.run(window.SalesPerf.Commands.approveStatements([a, b], window.FakeCommandBar.grid)),
      { a: F.ID.statement, b: F.ID.statementPeer });
    await click(s.page, 'confirm', 'confirm');
    await s.page.locator('.fake-dialog[data-kind="alert"]').waitFor();
    assert.equal(await dialogText(s.page, 'alert'), `已批准 1 张，被拒绝 1 张。\n✓ Wang Fang · FY2026-Q1：已完成\n✗ Zhang Wei · FY2026-Q1：${REFUSED_ZH}`);
    await screenshot(s.page, 'commands-approve-report-zh');
    await click(s.page, 'alert', 'ok');
    await outcome(s.page);
    await finish(s);
  });

  test('complete setup refused for a non-administrator shows the API message; recalculation progress in Chinese', async () => {
    const s = await openHost({ languageId: 2052 });
    const message = '[SPM-SET-001] 用户“Chen Jing”不是系统管理员或 SalesPerf 管理员。';
    s.webApi.onExecute('spm_CompleteSetup', () => { throw { message }; });
    await s.page.evaluate(() => window.FakeCommandBar.run(window.SalesPerf.Commands.completeSetup([], window.FakeCommandBar.grid)));
    await click(s.page, 'confirm', 'confirm');
    await s.page.locator('.fake-dialog[data-kind="error"]').waitFor();
    assert.equal(await dialogText(s.page, 'error'), message);
    await click(s.page, 'error', 'ok');
    await outcome(s.page);

    const answers = [{ Targets: 10, Statements: 0, IsDone: false, NextCursor: 'c', Remaining: 5 }, { Targets: 5, Statements: 2, IsDone: true }];
    s.webApi.onExecute('spm_Recalculate', () => answers.shift());
    await s.page.evaluate(({ period }) => window.FakeCommandBar.run(window.SalesPerf.Commands.recalculatePeriod(
      window.FakeCommandBar.formContext(period, 'FY2026-Q1'))), { period: F.ID.q1 });
    await click(s.page, 'confirm', 'confirm');
    await s.page.locator('.fake-dialog[data-kind="alert"]').waitFor();
    assert.equal(await dialogText(s.page, 'alert'), '已重新计算 15 个目标和 2 张佣金对账单。');
    await screenshot(s.page, 'commands-recalculate-done-zh');
    await click(s.page, 'alert', 'ok');
    await outcome(s.page);
    await finish(s);
  });
});

async function openDialog(page, options = {}) {
  const s = await openHost({ ...options, url: `/WebResources/spm_/commands/${page}` });
  return s;
}

async function ready(s) {
  await s.page.locator('form.spm-dialog').waitFor();
}

describe('dialog pages', () => {
  test('dispute: the reason is required, then status and reason go in one update; a refusal keeps the text for another try', async () => {
    const s = await openHost({ url: `/WebResources/spm_/commands/dispute.html?id=${F.ID.statement}`, userId: F.ID.rep });
    await ready(s);
    assert.equal(await s.page.locator('h1').textContent(), 'Dispute statement');
    assert.equal(await s.page.locator('[data-field="record"]').textContent(), 'Wang Fang · FY2026-Q1');
    await s.page.locator('[data-action="save"]').click();
    assert.equal(await s.page.locator('[data-state="invalid"]').textContent(), 'Enter the reason for the dispute.');
    assert.equal(s.webApi.calls.filter((c) => c.operation === 'updateRecord').length, 0);

    const refusal = "[SPM-STM-002] Commission statement 'Wang Fang · FY2026-Q1': 'Open → Disputed' may be done only by Rep, and you are Manager. Ask someone in that role.";
    s.webApi.onUpdate('spm_commissionstatement', () => { throw { message: refusal }; });
    await s.page.locator('#spm-reason').fill('The March Acme deal is paid at 5 %; my plan says 6 %.');
    await s.page.locator('[data-action="save"]').click();
    await s.page.locator('[data-state="failed"]').waitFor();
    assert.equal(await s.page.locator('[data-state="failed"]').textContent(), refusal);
    assert.equal(await s.page.locator('#spm-reason').inputValue(), 'The March Acme deal is paid at 5 %; my plan says 6 %.');

    s.webApi.onUpdate('spm_commissionstatement', () => {});
    await s.page.locator('[data-action="save"]').click();
    await s.page.locator('[data-state="done"]').waitFor();
    const last = s.webApi.calls.filter((c) => c.operation === 'updateRecord').pop();
    assert.deepEqual(last.argument.data, { statuscode: 100000001, spm_disputereason: 'The March Acme deal is paid at 5 %; my plan says 6 %.' });
    await screenshot(s.page, 'commands-dispute-done-en');
    await finish(s);
  });

  test('dispute in Chinese', async () => {
    const s = await openHost({ url: `/WebResources/spm_/commands/dispute.html?id=${F.ID.statement}`, userId: F.ID.rep, languageId: 2052 });
    await ready(s);
    assert.equal(await s.page.locator('h1').textContent(), '对账单有异议');
    await s.page.locator('[data-action="save"]').click();
    assert.equal(await s.page.locator('[data-state="invalid"]').textContent(), '请输入异议原因。');
    await s.page.locator('#spm-reason').fill('三月的 Acme 订单按 5% 计算，而我的方案是 6%。');
    await screenshot(s.page, 'commands-dispute-zh');
    await s.page.locator('[data-action="save"]').click();
    await s.page.locator('[data-state="done"]').waitFor();
    assert.equal(await s.page.locator('[data-state="done"]').textContent(), '对账单已标记为有争议，将由您的经理处理。');
    await finish(s);
  });

  test('decompose: period type and weights go to spm_DecomposeTarget; its refusal is shown as it came', async () => {
    const s = await openHost({ url: `/WebResources/spm_/commands/decompose.html?id=${TEAM_TARGET}` });
    await ready(s);
    const refusal = "[SPM-TGT-005] Target 'East team revenue FY2026-Q1': the seasonal weights must add up to 100 (they add up to 90).";
    let first = true;
    s.webApi.onExecute('spm_DecomposeTarget', () => {
      if (first) { first = false; throw { message: refusal }; }
      return { Created: 4 };
    });
    await s.page.locator('#spm-periodtype').selectOption('100000002');
    await s.page.locator('#spm-weights').fill('20, 20, 20, 30');
    await s.page.locator('[data-action="save"]').click();
    await s.page.locator('[data-state="failed"]').waitFor();
    assert.equal(await s.page.locator('[data-state="failed"]').textContent(), refusal);
    await s.page.locator('#spm-weights').fill('20, 20, 30, 30');
    await s.page.locator('[data-action="save"]').click();
    await s.page.locator('[data-state="done"]').waitFor();
    assert.equal(await s.page.locator('[data-state="done"]').textContent(), 'Decomposed: 4 child targets created (existing ones were updated).');
    const call = s.webApi.callsTo('spm_DecomposeTarget').pop();
    assert.deepEqual(call.argument.params, {
      Target: { '@odata.type': 'Microsoft.Dynamics.CRM.spm_target', spm_targetid: TEAM_TARGET }, PeriodType: 100000002, Weights: '20, 20, 30, 30',
    });
    assert.deepEqual(call.argument.metadata.parameterTypes.PeriodType, { typeName: 'Edm.Int32', structuralProperty: 1 });
    await screenshot(s.page, 'commands-decompose-en');
    await finish(s);
  });

  test('allocate: the team members with their current share, edited as percents before saving (Chinese)', async () => {
    const s = await openHost({ url: `/WebResources/spm_/commands/allocate.html?id=${TEAM_TARGET}`, languageId: 2052 });
    await ready(s);
    assert.equal(await s.page.locator('h1').textContent(), '分配给团队');
    assert.equal(await s.page.locator('caption').textContent(), '目标 300,000.00 的分配');
    const rows = await s.page.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th').textContent, tr.querySelector('input').value]));
    assert.deepEqual(rows, [['Wang Fang', '120000'], ['Zhang Wei', '']]);
    s.webApi.onExecute('spm_AllocateTarget', () => ({ Created: 1 }));
    await s.page.locator('#spm-mode-percent').check();
    await s.page.locator(`input[data-owner="${F.ID.rep}"]`).fill('60');
    await s.page.locator(`input[data-owner="${F.ID.peer}"]`).fill('40');
    await screenshot(s.page, 'commands-allocate-zh');
    await s.page.locator('[data-action="save"]').click();
    await s.page.locator('[data-state="done"]').waitFor();
    assert.equal(await s.page.locator('[data-state="done"]').textContent(), '已分配给 2 名成员：创建了 1 个成员目标（已有的目标已更新）。');
    const call = s.webApi.callsTo('spm_AllocateTarget')[0];
    assert.deepEqual(JSON.parse(call.argument.params.Allocations), [{ owner: F.ID.rep, percent: 60 }, { owner: F.ID.peer, percent: 40 }]);
    await finish(s);
  });
});
