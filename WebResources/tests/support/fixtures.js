'use strict';
// Stored rows for the tests, shaped like Dataverse Web API rows: lookups as _x_value with their
// FormattedValue and lookuplogicalname annotations, choices as numbers with their labels, numbers as
// stored (the engine's values: the pages must show these, never recompute them).
// Each call returns fresh rows, so a test may change them.

const FV = '@OData.Community.Display.V1.FormattedValue';
const LN = '@Microsoft.Dynamics.CRM.lookuplogicalname';

const ID = {
  rep: '11111111-1111-4111-8111-111111111111',
  peer: '22222222-2222-4222-8222-222222222222',
  manager: '33333333-3333-4333-8333-333333333333',
  cny: 'c0c0c0c0-0000-4000-8000-000000000001',
  fy2026: 'f1000000-0000-4000-8000-000000002026',
  q1: 'f1000000-0000-4000-8000-000000000261',
  q2: 'f1000000-0000-4000-8000-000000000262',
  m02: 'f1000000-0000-4000-8000-000000002602',
  fy2025q4: 'f1000000-0000-4000-8000-000000000254',
  scRepQ1: '5c000000-0000-4000-8000-000000000001',
  scRepFy: '5c000000-0000-4000-8000-000000000002',
  scPeerQ1: '5c000000-0000-4000-8000-000000000003',
  scRepQ2: '5c000000-0000-4000-8000-000000000004',
  kpi: {
    revenue: 'a1000000-0000-4000-8000-000000000001',
    newCustomers: 'a1000000-0000-4000-8000-000000000002',
    winRate: 'a1000000-0000-4000-8000-000000000003',
    cycle: 'a1000000-0000-4000-8000-000000000004',
    margin: 'a1000000-0000-4000-8000-000000000005',
  },
  statement: '57000000-0000-4000-8000-000000000001',
  statementOld: '57000000-0000-4000-8000-000000000002',
  statementPeer: '57000000-0000-4000-8000-000000000003',
  opportunity: '0e000000-0000-4000-8000-000000000001',
};

const NAMES = { [ID.rep]: 'Wang Fang', [ID.peer]: 'Zhang Wei', [ID.manager]: 'Chen Jing' };
const UNIT = { Amount: 100000000, Count: 100000001, Percent: 100000002, Days: 100000003 };

function lookup(column, id, name, table) {
  return { [`_${column}_value`]: id, [`_${column}_value${FV}`]: name, [`_${column}_value${LN}`]: table };
}
function owner(id) { return lookup('ownerid', id, NAMES[id], 'systemuser'); }
function calculated(languageId) {
  return {
    spm_lastcalculatedon: '2026-02-14T01:05:00Z',
    [`spm_lastcalculatedon${FV}`]: languageId === 2052 ? '2026/2/14 9:05' : '2/14/2026 9:05 AM',
  };
}

function period(id, code, type, start, end) {
  return {
    spm_periodid: id, spm_name: code, spm_code: code, spm_periodtype: type, spm_startdate: start, spm_enddate: end,
  };
}

function periods() {
  return [
    period(ID.fy2026, 'FY2026', 100000000, '2026-01-01', '2026-12-31'),
    period(ID.q1, 'FY2026-Q1', 100000002, '2026-01-01', '2026-03-31'),
    period(ID.q2, 'FY2026-Q2', 100000002, '2026-04-01', '2026-06-30'),
    period(ID.m02, 'FY2026-M02', 100000003, '2026-02-01', '2026-02-28'),
    period(ID.fy2025q4, 'FY2025-Q4', 100000002, '2025-10-01', '2025-12-31'),
  ];
}

function kpis() {
  const kpi = (id, code, name, unit, direction = 100000000) => ({
    spm_kpiid: id, spm_code: code, spm_name: name, spm_unit: unit, spm_direction: direction,
  });
  return [
    kpi(ID.kpi.revenue, 'NEWREV', 'New revenue', UNIT.Amount),
    kpi(ID.kpi.newCustomers, 'NEWCUST', 'New customers', UNIT.Count),
    kpi(ID.kpi.winRate, 'WINRATE', 'Win rate', UNIT.Percent),
    kpi(ID.kpi.cycle, 'CYCLE', 'Sales cycle', UNIT.Days, 100000001),
    kpi(ID.kpi.margin, 'GMPCT', 'Gross margin %', UNIT.Percent),
  ];
}

function scorecard(id, ownerId, periodId, periodName, weighted, rank, languageId) {
  return {
    spm_scorecardid: id,
    spm_name: `${NAMES[ownerId]} · ${periodName}`,
    spm_weightedscore: weighted,
    [`spm_weightedscore${FV}`]: weighted === null ? undefined : String(weighted),
    spm_rank: rank,
    statecode: 0,
    statuscode: 1,
    ...owner(ownerId),
    ...lookup('spm_periodid', periodId, periodName, 'spm_period'),
    ...calculated(languageId),
  };
}

function scorecards(languageId = 1033) {
  return [
    scorecard(ID.scPeerQ1, ID.peer, ID.q1, 'FY2026-Q1', 112.25, 1, languageId),
    scorecard(ID.scRepQ1, ID.rep, ID.q1, 'FY2026-Q1', 106, 2, languageId),
    scorecard(ID.scRepFy, ID.rep, ID.fy2026, 'FY2026', 24.6, 3, languageId),
    scorecard(ID.scRepQ2, ID.rep, ID.q2, 'FY2026-Q2', null, null, languageId),
  ];
}

let targetSeq = 0;
function target(scorecardId, ownerId, periodId, kpiKey, kpiName, v) {
  targetSeq += 1;
  return {
    spm_targetid: `7a000000-0000-4000-8000-${String(targetSeq).padStart(12, '0')}`,
    spm_name: `${NAMES[ownerId]} · ${kpiName}`,
    ...lookup('spm_kpiid', ID.kpi[kpiKey], kpiName, 'spm_kpi'),
    ...lookup('spm_scorecardid', scorecardId, 'scorecard', 'spm_scorecard'),
    ...lookup('spm_periodid', periodId, 'period', 'spm_period'),
    ...owner(ownerId),
    statecode: v.inactive ? 1 : 0,
    statuscode: v.inactive ? 2 : 1,
    spm_weight: v.weight,
    spm_targetvalue: v.target,
    [`spm_targetvalue${FV}`]: v.target.toLocaleString('en-US', { minimumFractionDigits: 2 }),
    spm_actualvalue: v.actual,
    spm_expectedtodatevalue: v.pace,
    spm_attainmentpercent: v.attainment,
    spm_scorepercent: v.score,
  };
}

// The worked "hunter" scorecard of docs/domain.md section 4 (weighted score 106), plus a KPI with
// no value yet. The sales-cycle row is lower-is-better: its stored attainment (120) is not
// actual ÷ target (83.3), so a page that recomputed it would show the wrong number.
function targets() {
  targetSeq = 0;
  const rep = (key, name, v) => target(ID.scRepQ1, ID.rep, ID.q1, key, name, v);
  return [
    rep('revenue', 'New revenue', { weight: 50, target: 100000, actual: 120000, pace: 49438.2, attainment: 120, score: 120 }),
    rep('newCustomers', 'New customers', { weight: 20, target: 10, actual: 8, pace: 4.94, attainment: 80, score: 80 }),
    rep('winRate', 'Win rate', { weight: 15, target: 25, actual: 20, pace: null, attainment: 80, score: 80 }),
    rep('cycle', 'Sales cycle', { weight: 15, target: 60, actual: 50, pace: null, attainment: 120, score: 120 }),
    rep('margin', 'Gross margin %', { weight: 10, target: 30, actual: null, pace: null, attainment: null, score: null }),
    rep('revenue', 'Old revenue', { weight: 5, target: 1, actual: 1, pace: 1, attainment: 100, score: 100, inactive: true }),
    target(ID.scRepFy, ID.rep, ID.fy2026, 'revenue', 'New revenue',
      { weight: 100, target: 400000, actual: 120000, pace: 49315.07, attainment: 30, score: 0 }),
    target(ID.scPeerQ1, ID.peer, ID.q1, 'revenue', 'New revenue',
      { weight: 100, target: 80000, actual: 150000, pace: 39550.56, attainment: 187.5, score: 150 }),
  ];
}

function currencies() {
  return [{
    transactioncurrencyid: ID.cny, currencyname: 'Yuan Renminbi', isocurrencycode: 'CNY', currencysymbol: '¥', currencyprecision: 2,
  }];
}

const STATUS = { Open: 1, Approved: 100000000, Disputed: 100000001, Paid: 2 };
const STATUS_EN = { 1: 'Open', 100000000: 'Approved', 100000001: 'Disputed', 2: 'Paid' };
const KIND = { Earning: 100000000, Clawback: 100000001, Adjustment: 100000002 };

function money(column, value) {
  return {
    [column]: value,
    [`${column}_base`]: value,
    [`${column}${FV}`]: `${value < 0 ? '-' : ''}¥${Math.abs(value).toLocaleString('en-US', { minimumFractionDigits: 2 })}`,
  };
}

function statement(id, ownerId, periodId, periodName, v, languageId = 1033) {
  return {
    spm_commissionstatementid: id,
    spm_name: `${NAMES[ownerId]} · ${periodName}`,
    ...owner(ownerId),
    ...lookup('spm_periodid', periodId, periodName, 'spm_period'),
    ...lookup('transactioncurrencyid', ID.cny, 'Yuan Renminbi', 'transactioncurrency'),
    statecode: v.status === STATUS.Paid ? 1 : 0,
    statuscode: v.status,
    [`statuscode${FV}`]: STATUS_EN[v.status],
    createdon: v.createdon,
    ...money('spm_creditamount', v.credit),
    spm_attainmentpercent: v.attainment,
    ...money('spm_earnedamount', v.earned),
    ...money('spm_clawbackamount', v.clawback),
    ...money('spm_adjustmentamount', v.adjustment),
    ...money('spm_payableamount', v.payable),
    spm_trace: v.trace,
    ...calculated(languageId),
  };
}

// Statement and line traces are stored as the engine writes them (Plugins/SalesPerf.Plugins/Commission/StoredTrace.cs):
// the English line, a line break, the Chinese line. The older FY2025-Q4 statement keeps a one-language trace (written
// before both were stored), which the page shows as it is.
function bilingual(english, chinese) {
  return `${english}\n${chinese}`;
}

// Statement totals are deliberately not the sums of the lines drawn (the earning lines add up to
// 6,900.00 but the plan's payout cap stops earned at 6,000.00): the page must show the stored fields.
function statements(languageId = 1033, status = STATUS.Open) {
  return [
    statement(ID.statement, ID.rep, ID.q1, 'FY2026-Q1', {
      status, createdon: '2026-01-02T00:00:00Z', credit: 165000, attainment: 110, earned: 6000, clawback: -500,
      adjustment: 50, payable: 5550,
      trace: bilingual('Earning lines 6,900.00, capped at 6,000.00 by the plan\'s payout cap; clawback -500.00; adjustment 50.00; payable 5,550.00.',
        '佣金明细合计 6,900.00，受计划佣金上限限制为 6,000.00；追回 -500.00；调整 50.00；应付 5,550.00。'),
    }, languageId),
    statement(ID.statementOld, ID.rep, ID.fy2025q4, 'FY2025-Q4', {
      status: STATUS.Paid, createdon: '2025-10-02T00:00:00Z', credit: 90000, attainment: 75, earned: 2700, clawback: 0,
      adjustment: 0, payable: 2700, trace: 'Earning lines 2,700.00; payable 2,700.00.',
    }, languageId),
    statement(ID.statementPeer, ID.peer, ID.q1, 'FY2026-Q1', {
      status: STATUS.Open, createdon: '2026-01-03T00:00:00Z', credit: 1, attainment: 1, earned: 1, clawback: 0,
      adjustment: 0, payable: 1, trace: 'peer',
    }, languageId),
  ];
}

let lineSeq = 0;
function line(statementId, v) {
  lineSeq += 1;
  const row = {
    spm_commissionlineid: `11e00000-0000-4000-8000-${String(lineSeq).padStart(12, '0')}`,
    spm_name: v.name,
    ...lookup('spm_commissionstatementid', statementId, 'statement', 'spm_commissionstatement'),
    spm_kind: v.kind,
    [`spm_kind${FV}`]: Object.keys(KIND).find((k) => KIND[k] === v.kind),
    spm_transactiondate: v.date,
    createdon: `${v.date}T08:00:00Z`,
    ...money('spm_creditamount', v.credit),
    spm_splitpercent: v.split,
    spm_ratepercent: v.rate,
    ...money('spm_commissionamount', v.amount),
    spm_trace: v.trace,
  };
  if (v.opportunity) Object.assign(row, lookup('spm_opportunityid', v.opportunity.id, v.opportunity.name, 'opportunity'));
  return row;
}

function lines() {
  lineSeq = 0;
  const s = ID.statement;
  return [
    // listed out of date order: the page asks for $orderby and must show them by transaction date
    line(s, {
      name: 'Adatum upgrade (reversal)', kind: KIND.Clawback, date: '2026-03-02', credit: -12500, split: null, rate: 4, amount: -500,
      opportunity: { id: '0e000000-0000-4000-8000-000000000003', name: 'Adatum upgrade' },
      trace: bilingual('Reopened 21 days after the win (clawback window 90 days): reverses the 500.00 paid on the approved FY2025-Q4 statement.',
        '赢单后第 21 天重新打开（追回期 90 天）：冲回已批准的 FY2025-Q4 对账单上支付的 500.00。'),
    }),
    line(s, {
      name: 'Northwind renewal', kind: KIND.Earning, date: '2026-01-20', credit: 145000, split: null, rate: 4, amount: 5800,
      opportunity: { id: '0e000000-0000-4000-8000-000000000002', name: 'Northwind renewal' },
      trace: bilingual('Credit 145,000.00 (cumulative 0.00 → 145,000.00). Band 0–150,000 at 4 %: 145,000.00 × 4 % = 5,800.00.',
        '业绩 145,000.00（累计 0.00 → 145,000.00）。区间 0–150,000 按 4 %：145,000.00 × 4 % = 5,800.00。'),
    }),
    line(s, {
      name: 'Contoso expansion', kind: KIND.Earning, date: '2026-02-14', credit: 20000, split: 50, rate: 5.5, amount: 1100,
      opportunity: { id: ID.opportunity, name: 'Contoso expansion' },
      trace: bilingual('Deal 40,000.00 × split 50 % = credit 20,000.00 (cumulative 145,000.00 → 165,000.00). Marginal: 5,000.00 × 4 % + 15,000.00 × 6 % = 1,100.00.',
        '交易 40,000.00 × 拆分 50 % = 业绩 20,000.00（累计 145,000.00 → 165,000.00）。分段计提：5,000.00 × 4 % + 15,000.00 × 6 % = 1,100.00。'),
    }),
    line(s, {
      name: 'Q1 new-logo SPIFF', kind: KIND.Adjustment, date: '2026-03-05', credit: 0, split: null, rate: null, amount: 50,
      trace: bilingual('Adjustment approved by Chen Jing: Q1 new-logo SPIFF.', '由陈静批准的调整：Q1 新客户奖励。'),
    }),
  ];
}

// The steps Complete setup registers (Plugins/SalesPerf.Plugins/Registration/SetupSteps.cs: the steps on Win, Lose,
// FulfillSalesOrder, CancelSalesOrder and QualifyLead), named as the plug-in catalogue names steps ("<type>: <message> of <table>").
const SETUP_STEPS = [
  'SalesPerf.Plugins.Closes.OpportunityClosePlugin: Win of opportunity',
  'SalesPerf.Plugins.Closes.OpportunityClosePlugin: Lose of opportunity',
  'SalesPerf.Plugins.Closes.SalesOrderClosePlugin: FulfillSalesOrder of salesorder',
  'SalesPerf.Plugins.Closes.SalesOrderClosePlugin: CancelSalesOrder of salesorder',
  'SalesPerf.Plugins.Attainment.LeadAttainmentPlugin: QualifyLead of lead',
];

// spm_GetSetupStatus answers as the contract says (IsComplete, Missing one name per line).
function setupStatus(missing) {
  return { IsComplete: missing.length === 0, Missing: missing.join('\n') };
}

// A fake organisation's setup: spm_GetSetupStatus answers from its state, spm_CompleteSetup registers what is missing.
function withSetup(webApi, { complete = false, summary } = {}) {
  const state = { registered: complete ? [...SETUP_STEPS] : [] };
  webApi.onExecute('spm_GetSetupStatus', () => setupStatus(SETUP_STEPS.filter((s) => !state.registered.includes(s))));
  webApi.onExecute('spm_CompleteSetup', () => {
    const already = SETUP_STEPS.filter((s) => state.registered.includes(s));
    const created = SETUP_STEPS.filter((s) => !state.registered.includes(s));
    state.registered = [...SETUP_STEPS];
    return {
      Registered: created.join('\n'),
      AlreadyRegistered: already.join('\n'),
      Summary: summary ? summary(created.length, already.length) : `${created.length} steps registered, ${already.length} already there.`,
    };
  });
  return webApi;
}

module.exports = {
  ID, NAMES, UNIT, STATUS, KIND, FV, SETUP_STEPS, setupStatus, withSetup,
  periods, kpis, scorecards, targets, currencies, statements, lines,
  scorecardTables: (languageId) => ({
    spm_period: periods(), spm_kpi: kpis(), spm_scorecard: scorecards(languageId), spm_target: targets(),
    transactioncurrency: currencies(),
  }),
  statementTables: (languageId, status) => ({
    spm_commissionstatement: statements(languageId, status), spm_commissionline: lines(), transactioncurrency: currencies(),
  }),
};
