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
      "setup.intro": "SalesPerf updates targets and commission when an opportunity is won or lost, when an order is fulfilled or cancelled and when a lead is qualified. The steps that do this (on Win, Lose, FulfillSalesOrder, CancelSalesOrder and QualifyLead) cannot travel in the solution file, because the ids of those messages are not public; Complete setup registers them in this organisation by message name. Running it again is safe, for example after an upgrade.",
      "setup.complete": "Setup is complete: every SalesPerf step is registered.",
      "setup.incomplete": "Setup is incomplete: wins and orders do not update targets or commission until these steps are registered.",
      "setup.missing": "Steps not registered yet",
      "setup.run": "Complete setup",
      "setup.confirm": "Register the SalesPerf steps on Win, Lose, FulfillSalesOrder, CancelSalesOrder and QualifyLead in this organisation now?",
      "setup.confirmYes": "Register the steps",
      "setup.cancel": "Cancel",
      "setup.running": "Registering the steps…",
      "setup.result": "Result",
      "setup.registered": "Registered now",
      "setup.alreadyRegistered": "Already registered",
      "setup.none": "None",
      "setup.failed": "Setup could not be completed: {0}",
      "setup.statusError": "The setup status could not be read: {0}",
      "command.ok": "OK",
      "command.cancel": "Cancel",
      "command.save": "Save",
      "command.close": "Close",
      "command.working": "Working…",
      "command.failed": "The request failed.",
      "command.rowDone": "✓ {0}: done",
      "command.rowRefused": "✗ {0}: {1}",
      "command.recalculate.title": "Recalculate",
      "command.recalculate.confirmOwner": "Recalculate the targets and open statements of {0} in {1} from their source records?",
      "command.recalculate.confirmPeriod": "Recalculate every target and open statement of {0} from their source records? Large periods take several steps.",
      "command.recalculate.progress": "Recalculating…",
      "command.recalculate.progressSlices": "Recalculating… {0} targets done, {1} to go",
      "command.recalculate.done": "Recalculated {0} targets and {1} commission statements.",
      "command.review.title": "Start review cycle",
      "command.review.confirm": "Create the draft performance reviews of {0} for everyone with an active scorecard you can see?",
      "command.review.progress": "Creating reviews…",
      "command.review.done": "{0} reviews created for {1} (reviews that already existed are kept).",
      "command.kpiset.title": "Apply KPI set",
      "command.kpiset.confirm": "Apply the KPI set {0} to {1} for {2}? The scorecard and one target per KPI are created or reused.",
      "command.kpiset.progress": "Applying the KPI set…",
      "command.kpiset.done": "{0} applied to {1} for {2}. Set the target values on the new targets.",
      "command.approve.title": "Approve statements",
      "command.approve.confirm": "Approve {0} commission statement(s)? Approved statements keep their amounts.",
      "command.approve.progress": "Approving {0} statement(s)…",
      "command.approve.summary": "{0} approved, {1} refused.",
      "command.paid.title": "Mark paid",
      "command.paid.confirm": "Mark {0} approved commission statement(s) as paid? Paid is final.",
      "command.paid.progress": "Marking {0} statement(s) paid…",
      "command.paid.summary": "{0} marked paid, {1} refused.",
      "command.dispute.title": "Dispute statement",
      "command.dispute.reason": "Reason for the dispute",
      "command.dispute.hint": "Say which line or amount is wrong and why; your manager sees this text. At most 1,000 characters.",
      "command.dispute.reasonRequired": "Enter the reason for the dispute.",
      "command.dispute.done": "The statement is disputed. Your manager settles the dispute.",
      "command.decompose.title": "Decompose target",
      "command.decompose.periodType": "Split into",
      "command.decompose.month": "Months",
      "command.decompose.quarter": "Quarters",
      "command.decompose.half": "Half years",
      "command.decompose.weights": "Seasonal weights (optional)",
      "command.decompose.weightsHint": "Percentages in date order, separated by commas, adding up to 100. Leave empty for an even split.",
      "command.decompose.done": "Decomposed: {0} child targets created (existing ones were updated).",
      "command.allocate.title": "Allocate to team",
      "command.allocate.caption": "Split of the target {0}",
      "command.allocate.member": "Member",
      "command.allocate.share": "Share",
      "command.allocate.mode": "Enter shares as",
      "command.allocate.byAmount": "Amounts",
      "command.allocate.byPercent": "Percents",
      "command.allocate.noMembers": "This owner has no team members or direct reports to allocate to.",
      "command.allocate.empty": "Enter a share for at least one member.",
      "command.allocate.done": "Allocated to {0} members: {1} member targets created (existing ones were updated).",
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
      "setup.intro": "商机赢单或丢单、订单履行或取消以及潜在顾客授予资格时，销售绩效会更新目标和佣金。执行这些更新的步骤（Win、Lose、FulfillSalesOrder、CancelSalesOrder 和 QualifyLead 上的步骤）无法随解决方案文件一起导入，因为这些消息的 ID 并未公开；“完成设置”会按消息名称在本组织中注册这些步骤。可以安全地再次运行，例如在升级之后。",
      "setup.complete": "设置已完成：所有销售绩效步骤均已注册。",
      "setup.incomplete": "设置尚未完成：在注册以下步骤之前，赢单和订单不会更新目标或佣金。",
      "setup.missing": "尚未注册的步骤",
      "setup.run": "完成设置",
      "setup.confirm": "现在在本组织中注册 Win、Lose、FulfillSalesOrder、CancelSalesOrder 和 QualifyLead 上的销售绩效步骤吗？",
      "setup.confirmYes": "注册步骤",
      "setup.cancel": "取消",
      "setup.running": "正在注册步骤…",
      "setup.result": "结果",
      "setup.registered": "本次注册",
      "setup.alreadyRegistered": "已存在",
      "setup.none": "无",
      "setup.failed": "无法完成设置：{0}",
      "setup.statusError": "无法读取设置状态：{0}",
      "command.ok": "确定",
      "command.cancel": "取消",
      "command.save": "保存",
      "command.close": "关闭",
      "command.working": "正在处理…",
      "command.failed": "请求失败。",
      "command.rowDone": "✓ {0}：已完成",
      "command.rowRefused": "✗ {0}：{1}",
      "command.recalculate.title": "重新计算",
      "command.recalculate.confirmOwner": "是否根据来源记录重新计算 {0} 在 {1} 的目标和未结对账单？",
      "command.recalculate.confirmPeriod": "是否根据来源记录重新计算 {0} 的所有目标和未结对账单？数据量大的周期会分多步完成。",
      "command.recalculate.progress": "正在重新计算…",
      "command.recalculate.progressSlices": "正在重新计算… 已完成 {0} 个目标，剩余 {1} 个",
      "command.recalculate.done": "已重新计算 {0} 个目标和 {1} 张佣金对账单。",
      "command.review.title": "启动评估周期",
      "command.review.confirm": "是否为 {0} 中您可见的、拥有活动计分卡的所有人创建草稿绩效评估？",
      "command.review.progress": "正在创建评估…",
      "command.review.done": "已为 {1} 创建 {0} 份评估（已有的评估保持不变）。",
      "command.kpiset.title": "应用 KPI 集",
      "command.kpiset.confirm": "是否将 KPI 集 {0} 应用于 {1}（{2}）？将创建或复用计分卡，并为每个 KPI 创建或复用一个目标。",
      "command.kpiset.progress": "正在应用 KPI 集…",
      "command.kpiset.done": "已将 {0} 应用于 {1}（{2}）。请为新目标填写目标值。",
      "command.approve.title": "批准对账单",
      "command.approve.confirm": "是否批准 {0} 张佣金对账单？批准后金额不再变化。",
      "command.approve.progress": "正在批准 {0} 张对账单…",
      "command.approve.summary": "已批准 {0} 张，被拒绝 {1} 张。",
      "command.paid.title": "标记为已支付",
      "command.paid.confirm": "是否将 {0} 张已批准的佣金对账单标记为已支付？已支付为最终状态。",
      "command.paid.progress": "正在将 {0} 张对账单标记为已支付…",
      "command.paid.summary": "已标记 {0} 张为已支付，被拒绝 {1} 张。",
      "command.dispute.title": "对账单有异议",
      "command.dispute.reason": "异议原因",
      "command.dispute.hint": "请说明哪一条明细或哪个金额有误及原因；您的经理会看到此内容。最多 1,000 个字符。",
      "command.dispute.reasonRequired": "请输入异议原因。",
      "command.dispute.done": "对账单已标记为有争议，将由您的经理处理。",
      "command.decompose.title": "分解目标",
      "command.decompose.periodType": "分解为",
      "command.decompose.month": "月",
      "command.decompose.quarter": "季度",
      "command.decompose.half": "半年",
      "command.decompose.weights": "季节权重（可选）",
      "command.decompose.weightsHint": "按日期顺序填写百分比，以逗号分隔，合计为 100。留空则平均分解。",
      "command.decompose.done": "分解完成：创建了 {0} 个下级目标（已有的目标已更新）。",
      "command.allocate.title": "分配给团队",
      "command.allocate.caption": "目标 {0} 的分配",
      "command.allocate.member": "成员",
      "command.allocate.share": "份额",
      "command.allocate.mode": "份额输入方式",
      "command.allocate.byAmount": "金额",
      "command.allocate.byPercent": "百分比",
      "command.allocate.noMembers": "该负责人没有可分配的团队成员或直接下属。",
      "command.allocate.empty": "请至少为一名成员输入份额。",
      "command.allocate.done": "已分配给 {0} 名成员：创建了 {1} 个成员目标（已有的目标已更新）。",
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

  /*
   * A text the engine stores in both languages (statement and line traces, target calculation traces): the English
   * line, a line break, the Chinese line. The reader's line; a text of one line (written before both were stored) as is.
   */
  function storedLine(text, code) {
    if (typeof text !== "string") { return text; }
    var cut = text.indexOf("\n");
    if (cut < 0) { return text; }
    return code === "zh" ? text.slice(cut + 1) : text.slice(0, cut);
  }

  /* A translator for one language: t(key, arg0, arg1, …), choice(table.column, value, fallback), stored(bilingual text). */
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
      },
      stored: function (text) {
        return storedLine(text, lang.code);
      }
    };
  }

  SalesPerf.I18n = { forLanguage: forLanguage, language: language };
})(this);
