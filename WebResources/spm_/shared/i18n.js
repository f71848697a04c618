/*
 * spm_/shared/i18n.js — the texts of the SalesPerf web resources in English (1033) and
 * Simplified Chinese (2052), and the choice labels of the data contract (docs/domain.md).
 * One job: turn a key (or a choice value) into the text a person reads in their language.
 */
(function (root) {
  "use strict";

  var SalesPerf = root.SalesPerf = root.SalesPerf || {};

  var LANGUAGES = {
    1033: { code: "en", locale: "en-US" },
    2052: { code: "zh", locale: "zh-CN" }
  };

  var TEXTS = {
    en: {
      "common.loading": "Loading…",
      "common.noValue": "No value",
      "common.retry": "Try again",
      "common.noXrm": "Open this page inside Dynamics 365: the Client API (Xrm) is not available here.",
      "common.lastCalculated": "Last calculated",
      "common.lastCalculatedAt": "Last calculated: {0}",

      "scorecard.title": "Scorecard",
      "scorecard.period": "Period",
      "scorecard.person": "Person",
      "scorecard.weightedScore": "Weighted score",
      "scorecard.rank": "Rank",
      "scorecard.kpi": "KPI",
      "scorecard.weight": "Weight",
      "scorecard.target": "Target",
      "scorecard.actual": "Actual",
      "scorecard.pace": "Expected to date",
      "scorecard.attainment": "Attainment",
      "scorecard.score": "Score",
      "scorecard.progress": "Progress",
      "scorecard.tableCaption": "KPIs of this scorecard: target, actual, pace, attainment and score as last calculated",
      "scorecard.barLabel": "Attainment {0}",
      "scorecard.empty": "No scorecard for the current period.",
      "scorecard.noTargets": "This scorecard has no active targets yet.",
      "scorecard.error": "The scorecard could not be loaded: {0}",

      "statement.title": "Commission statement",
      "statement.status": "Status",
      "statement.period": "Period",
      "statement.owner": "Sales rep",
      "statement.totals": "Totals",
      "statement.credit": "Credit",
      "statement.attainment": "Attainment",
      "statement.earned": "Earned",
      "statement.clawback": "Clawback",
      "statement.adjustment": "Adjustment",
      "statement.payable": "Payable",
      "statement.lines": "Lines",
      "statement.linesCaption": "Commission lines in order of transaction date, with how each amount came about",
      "statement.date": "Date",
      "statement.kind": "Kind",
      "statement.source": "Transaction",
      "statement.lineCredit": "Credit",
      "statement.split": "Split",
      "statement.rate": "Rate",
      "statement.amount": "Commission",
      "statement.trace": "How it was computed",
      "statement.statementTrace": "How the statement adds up",
      "statement.empty": "No commission statement found.",
      "statement.noLines": "This statement has no lines yet.",
      "statement.error": "The commission statement could not be loaded: {0}",

      "opportunity.estimate": "If you win this deal now: commission {0}, attainment {1}",
      "opportunity.estimateNoAttainment": "If you win this deal now: commission {0}",
      "opportunity.estimateFailed": "Commission estimate unavailable: {0}",
      "opportunity.unknownError": "the service did not answer",

      "setup.title": "Complete setup",
      "setup.intro": "SalesPerf updates targets and commission when an opportunity is won or lost and when an order is fulfilled or cancelled. The steps that do this (on Win, Lose, FulfillSalesOrder and CancelSalesOrder) cannot travel in the solution file, because the ids of those messages are not public; Complete setup registers them in this organisation by message name. Running it again is safe, for example after an upgrade.",
      "setup.complete": "Setup is complete: every SalesPerf step is registered.",
      "setup.incomplete": "Setup is incomplete: wins and orders do not update targets or commission until these steps are registered.",
      "setup.missing": "Steps not registered yet",
      "setup.run": "Complete setup",
      "setup.confirm": "Register the SalesPerf steps on Win, Lose, FulfillSalesOrder and CancelSalesOrder in this organisation now?",
      "setup.confirmYes": "Register the steps",
      "setup.cancel": "Cancel",
      "setup.running": "Registering the steps…",
      "setup.result": "Result",
      "setup.registered": "Registered now",
      "setup.alreadyRegistered": "Already registered",
      "setup.none": "None",
      "setup.failed": "Setup could not be completed: {0}",
      "setup.statusError": "The setup status could not be read: {0}",
      "setup.incompleteBanner": "Setup is incomplete: wins and orders do not update targets or commission until an administrator runs Complete setup (Configuration area)."
    },
    zh: {
      "common.loading": "正在加载…",
      "common.noValue": "无值",
      "common.retry": "重试",
      "common.noXrm": "请在 Dynamics 365 中打开此页面：此处无法使用客户端 API (Xrm)。",
      "common.lastCalculated": "上次计算",
      "common.lastCalculatedAt": "上次计算：{0}",

      "scorecard.title": "计分卡",
      "scorecard.period": "周期",
      "scorecard.person": "人员",
      "scorecard.weightedScore": "加权得分",
      "scorecard.rank": "排名",
      "scorecard.kpi": "指标",
      "scorecard.weight": "权重",
      "scorecard.target": "目标",
      "scorecard.actual": "实际",
      "scorecard.pace": "至今应达成",
      "scorecard.attainment": "达成率",
      "scorecard.score": "得分",
      "scorecard.progress": "进度",
      "scorecard.tableCaption": "此计分卡的指标：上次计算的目标、实际、进度、达成率和得分",
      "scorecard.barLabel": "达成率 {0}",
      "scorecard.empty": "当前周期没有计分卡。",
      "scorecard.noTargets": "此计分卡还没有有效的目标。",
      "scorecard.error": "无法加载计分卡：{0}",

      "statement.title": "佣金对账单",
      "statement.status": "状态",
      "statement.period": "周期",
      "statement.owner": "销售代表",
      "statement.totals": "合计",
      "statement.credit": "业绩金额",
      "statement.attainment": "达成率",
      "statement.earned": "应得佣金",
      "statement.clawback": "追回金额",
      "statement.adjustment": "调整金额",
      "statement.payable": "应付金额",
      "statement.lines": "明细",
      "statement.linesCaption": "按交易日期排列的佣金明细及每笔金额的计算过程",
      "statement.date": "交易日期",
      "statement.kind": "类型",
      "statement.source": "交易",
      "statement.lineCredit": "业绩金额",
      "statement.split": "拆分比例",
      "statement.rate": "费率",
      "statement.amount": "佣金金额",
      "statement.trace": "计算过程",
      "statement.statementTrace": "对账单汇总过程",
      "statement.empty": "未找到佣金对账单。",
      "statement.noLines": "此对账单还没有明细。",
      "statement.error": "无法加载佣金对账单：{0}",

      "opportunity.estimate": "如果现在赢得此商机：佣金 {0}，达成率 {1}",
      "opportunity.estimateNoAttainment": "如果现在赢得此商机：佣金 {0}",
      "opportunity.estimateFailed": "无法估算佣金：{0}",
      "opportunity.unknownError": "服务没有响应",

      "setup.title": "完成设置",
      "setup.intro": "商机赢单或丢单、订单履行或取消时，销售绩效会更新目标和佣金。执行这些更新的步骤（Win、Lose、FulfillSalesOrder 和 CancelSalesOrder 上的步骤）无法随解决方案文件一起导入，因为这些消息的 ID 并未公开；“完成设置”会按消息名称在本组织中注册这些步骤。可以安全地再次运行，例如在升级之后。",
      "setup.complete": "设置已完成：所有销售绩效步骤均已注册。",
      "setup.incomplete": "设置尚未完成：在注册以下步骤之前，赢单和订单不会更新目标或佣金。",
      "setup.missing": "尚未注册的步骤",
      "setup.run": "完成设置",
      "setup.confirm": "现在在本组织中注册 Win、Lose、FulfillSalesOrder 和 CancelSalesOrder 上的销售绩效步骤吗？",
      "setup.confirmYes": "注册步骤",
      "setup.cancel": "取消",
      "setup.running": "正在注册步骤…",
      "setup.result": "结果",
      "setup.registered": "本次注册",
      "setup.alreadyRegistered": "已存在",
      "setup.none": "无",
      "setup.failed": "无法完成设置：{0}",
      "setup.statusError": "无法读取设置状态：{0}",
      "setup.incompleteBanner": "设置尚未完成：在管理员运行“完成设置”（“配置”区域）之前，赢单和订单不会更新目标或佣金。"
    }
  };

  /* Choice labels by contract value (docs/domain.md section 2; Solution/Tables/*.json). */
  var CHOICES = {
    "spm_commissionline.spm_kind": {
      100000000: { en: "Earning", zh: "佣金" },
      100000001: { en: "Clawback", zh: "追回" },
      100000002: { en: "Adjustment", zh: "调整" }
    },
    "spm_commissionstatement.statuscode": {
      1: { en: "Open", zh: "未结" },
      100000000: { en: "Approved", zh: "已批准" },
      100000001: { en: "Disputed", zh: "有争议" },
      2: { en: "Paid", zh: "已支付" }
    }
  };

  function language(languageId) {
    return LANGUAGES[languageId] || LANGUAGES[1033];
  }

  function fill(template, args) {
    return template.replace(/\{(\d+)\}/g, function (match, index) {
      var value = args[Number(index)];
      return value === undefined || value === null ? "" : String(value);
    });
  }

  /* A translator for one language: t(key, arg0, arg1, …), choice(table.column, value, fallback). */
  function forLanguage(languageId) {
    var lang = language(languageId);
    var texts = TEXTS[lang.code];
    return {
      code: lang.code,
      locale: lang.locale,
      t: function (key) {
        var template = Object.prototype.hasOwnProperty.call(texts, key) ? texts[key] : TEXTS.en[key];
        if (template === undefined) {
          return key;
        }
        return fill(template, Array.prototype.slice.call(arguments, 1));
      },
      choice: function (column, value, fallback) {
        var labels = CHOICES[column] && CHOICES[column][value];
        if (labels) {
          return labels[lang.code];
        }
        return fallback === undefined || fallback === null ? String(value) : String(fallback);
      }
    };
  }

  SalesPerf.I18n = { forLanguage: forLanguage, language: language };
})(this);
