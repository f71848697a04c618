/*
 * spm_/statement/statement.view.js — the statement's markup: status, the stored totals, one row
 * per line with its trace, and the statement's own trace. Totals are the statement record's
 * stored fields, never sums of the lines drawn here.
 */
(function (root) {
  "use strict";

  var SalesPerf = root.SalesPerf = root.SalesPerf || {};
  var el = SalesPerf.Dom.el;
  var X = SalesPerf.Xrm;

  function stored(value) { return value === null || value === undefined ? "" : String(value); }

  function header(statement, ctx) {
    var t = ctx.i18n.t;
    var status = statement.statuscode;
    var label = ctx.i18n.choice("spm_commissionstatement.statuscode", status, X.formatted(statement, "statuscode"));
    var subtitle = [X.formatted(statement, "_ownerid_value"), X.formatted(statement, "_spm_periodid_value")]
      .filter(Boolean).join(" · ");
    return el("header", { className: "spm-header" }, [
      el("div", {}, [
        el("h1", { id: "spm-title", text: t("statement.title") }),
        el("p", { className: "spm-subtitle", "data-field": "subtitle", text: subtitle || statement.spm_name || "" })
      ]),
      el("p", {}, [
        el("span", { className: "visually-hidden", text: t("statement.status") + ": " }),
        el("span", {
          className: "spm-badge spm-badge--" + status, "data-field": "statuscode", "data-value": stored(status), text: label
        })
      ])
    ]);
  }

  function card(label, field, value, text, extraClass) {
    return el("div", { className: "spm-card" + (extraClass ? " " + extraClass : "") }, [
      el("dt", { text: label }),
      el("dd", { "data-field": field, "data-value": stored(value) }, [text])
    ]);
  }

  function totals(statement, ctx) {
    var t = ctx.i18n.t;
    var fmt = ctx.fmt;
    var sym = ctx.currencySymbol;
    return el("section", { "aria-labelledby": "spm-totals" }, [
      el("h2", { id: "spm-totals", text: t("statement.totals") }),
      el("dl", { className: "spm-cards" }, [
        card(t("statement.credit"), "spm_creditamount", statement.spm_creditamount, fmt.money(statement.spm_creditamount, sym)),
        card(t("statement.attainment"), "spm_attainmentpercent", statement.spm_attainmentpercent,
          fmt.percent(statement.spm_attainmentpercent)),
        card(t("statement.earned"), "spm_earnedamount", statement.spm_earnedamount, fmt.money(statement.spm_earnedamount, sym)),
        card(t("statement.clawback"), "spm_clawbackamount", statement.spm_clawbackamount,
          fmt.money(statement.spm_clawbackamount, sym)),
        card(t("statement.adjustment"), "spm_adjustmentamount", statement.spm_adjustmentamount,
          fmt.money(statement.spm_adjustmentamount, sym)),
        card(t("statement.payable"), "spm_payableamount", statement.spm_payableamount,
          fmt.money(statement.spm_payableamount, sym), "spm-card--total")
      ])
    ]);
  }

  function cell(field, value, text, className) {
    return el("td", { className: className || "num", "data-field": field, "data-value": stored(value) }, [text]);
  }

  function source(line) {
    return X.formatted(line, "_spm_opportunityid_value") || X.formatted(line, "_spm_salesorderid_value") ||
      X.formatted(line, "_spm_paymentid_value") || line.spm_name || "";
  }

  function lineRow(line, ctx) {
    var fmt = ctx.fmt;
    var sym = ctx.currencySymbol;
    var kind = ctx.i18n.choice("spm_commissionline.spm_kind", line.spm_kind, X.formatted(line, "spm_kind"));
    return el("tr", { "data-line": line.spm_commissionlineid }, [
      cell("spm_transactiondate", line.spm_transactiondate, fmt.date(line.spm_transactiondate), "nowrap"),
      cell("spm_kind", line.spm_kind, kind, "nowrap spm-kind--" + line.spm_kind),
      el("th", { scope: "row", "data-field": "source" }, [source(line)]),
      cell("spm_creditamount", line.spm_creditamount, fmt.money(line.spm_creditamount, sym)),
      cell("spm_splitpercent", line.spm_splitpercent, fmt.percent(line.spm_splitpercent, 1)),
      cell("spm_ratepercent", line.spm_ratepercent, fmt.percent(line.spm_ratepercent, 2)),
      cell("spm_commissionamount", line.spm_commissionamount, fmt.money(line.spm_commissionamount, sym)),
      cell("spm_trace", line.spm_trace, ctx.i18n.stored(line.spm_trace) || fmt.noValue, "trace")
    ]);
  }

  function linesTable(lines, ctx) {
    var t = ctx.i18n.t;
    function th(key, numeric) { return el("th", { scope: "col", className: numeric ? "num" : "", text: t(key) }); }
    return el("div", { className: "spm-table-wrap" }, [
      el("table", { className: "spm-table" }, [
        el("caption", { text: t("statement.linesCaption") }),
        el("thead", {}, [el("tr", {}, [
          th("statement.date"), th("statement.kind"), th("statement.source"), th("statement.lineCredit", true),
          th("statement.split", true), th("statement.rate", true), th("statement.amount", true), th("statement.trace")
        ])]),
        el("tbody", {}, lines.map(function (line) { return lineRow(line, ctx); }))
      ])
    ]);
  }

  function statementTrace(statement, ctx) {
    if (!statement.spm_trace) { return null; }
    return el("section", { "aria-labelledby": "spm-statement-trace" }, [
      el("h2", { id: "spm-statement-trace", text: ctx.i18n.t("statement.statementTrace") }),
      el("pre", { className: "spm-trace-block", "data-field": "statement-trace", text: ctx.i18n.stored(statement.spm_trace) })
    ]);
  }

  function footnote(statement, ctx) {
    var calculated = X.formatted(statement, "spm_lastcalculatedon");
    if (!calculated) { return null; }
    return el("p", { className: "spm-footnote", "data-field": "spm_lastcalculatedon" },
      [ctx.i18n.t("common.lastCalculatedAt", calculated)]);
  }

  SalesPerf.StatementView = {
    header: header,
    totals: totals,
    linesTable: linesTable,
    statementTrace: statementTrace,
    footnote: footnote
  };
})(this);
