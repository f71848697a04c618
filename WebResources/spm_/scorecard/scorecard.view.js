/*
 * spm_/scorecard/scorecard.view.js — the scorecard's markup: the pickers, the summary (weighted
 * score, rank, last calculated) and one row per KPI with a bar. It shows stored values only; the
 * bar's length is the stored attainment drawn on a 0–150 % scale (a drawing scale, not a score).
 */
(function (root) {
  "use strict";

  var SalesPerf = root.SalesPerf = root.SalesPerf || {};
  var el = SalesPerf.Dom.el;
  var X = SalesPerf.Xrm;

  var BAR_SCALE_MAX = 150;

  /* Each shown number keeps its stored value in data-value, so what is drawn can be checked against it. */
  function valueCell(field, stored, text) {
    return el("td", {
      className: "num",
      "data-field": field,
      "data-value": stored === null || stored === undefined ? "" : String(stored)
    }, [text]);
  }

  function bar(attainment, ctx) {
    var missing = ctx.fmt.isMissing(attainment);
    var drawn = missing ? 0 : Math.min(Math.max(Number(attainment), 0), BAR_SCALE_MAX);
    var text = missing ? ctx.i18n.t("common.noValue") : ctx.i18n.t("scorecard.barLabel", ctx.fmt.percent(attainment));
    var fillClass = "spm-bar__fill" + (!missing && Number(attainment) >= 100 ? " spm-bar__fill--over" : "");
    return el("div", {
      className: "spm-bar",
      role: "meter",
      "aria-valuemin": 0,
      "aria-valuemax": BAR_SCALE_MAX,
      "aria-valuenow": drawn,
      "aria-valuetext": text,
      "aria-label": text,
      "data-attainment": missing ? "" : String(attainment)
    }, [
      el("div", { className: fillClass, style: { width: (drawn * 100 / BAR_SCALE_MAX) + "%" } }),
      el("div", { className: "spm-bar__goal", "aria-hidden": "true", style: { left: (100 * 100 / BAR_SCALE_MAX) + "%" } })
    ]);
  }

  function picker(id, label, options, selected, onChange) {
    var select = el("select", { id: id, name: id }, options.map(function (o) {
      return el("option", { value: o.value, selected: o.value === selected, text: o.text });
    }));
    select.addEventListener("change", function () { onChange(select.value); });
    return el("label", { "for": id }, [label, select]);
  }

  /* periods: [{ value, text }], owners: [{ value, text }]; a picker with one choice is left out. */
  function header(ctx, title, subtitle, periods, owners, selection, onPeriod, onOwner) {
    var pickers = el("div", { className: "spm-pickers" });
    if (periods.length > 1) {
      pickers.appendChild(picker("spm-period", ctx.i18n.t("scorecard.period"), periods, selection.periodId, onPeriod));
    }
    if (owners.length > 1) {
      pickers.appendChild(picker("spm-owner", ctx.i18n.t("scorecard.person"), owners, selection.ownerId, onOwner));
    }
    return el("header", { className: "spm-header" }, [
      el("div", {}, [
        el("h1", { id: "spm-title", text: title }),
        el("p", { className: "spm-subtitle", "data-field": "subtitle", text: subtitle })
      ]),
      pickers
    ]);
  }

  function card(label, field, stored, text, extraClass) {
    return el("div", { className: "spm-card" + (extraClass ? " " + extraClass : "") }, [
      el("dt", { text: label }),
      el("dd", { "data-field": field, "data-value": stored === null || stored === undefined ? "" : String(stored) }, [text])
    ]);
  }

  function summary(scorecard, ctx) {
    var t = ctx.i18n.t;
    var calculated = X.formatted(scorecard, "spm_lastcalculatedon");
    return el("dl", { className: "spm-cards", "aria-label": t("scorecard.title") }, [
      card(t("scorecard.weightedScore"), "spm_weightedscore", scorecard.spm_weightedscore,
        ctx.fmt.number(scorecard.spm_weightedscore, 2), "spm-card--total"),
      card(t("scorecard.rank"), "spm_rank", scorecard.spm_rank, ctx.fmt.count(scorecard.spm_rank, 0)),
      card(t("common.lastCalculated"), "spm_lastcalculatedon", scorecard.spm_lastcalculatedon,
        calculated || ctx.fmt.noValue)
    ]);
  }

  function targetRow(target, kpi, ctx) {
    var fmt = ctx.fmt;
    var unit = kpi ? kpi.spm_unit : undefined;
    var name = X.formatted(target, "_spm_kpiid_value") || (kpi && kpi.spm_name) || target.spm_name;
    return el("tr", { "data-target": target.spm_targetid, "data-kpi": kpi ? kpi.spm_code : "" }, [
      el("th", { scope: "row", "data-field": "kpi" }, [name]),
      valueCell("spm_weight", target.spm_weight, fmt.count(target.spm_weight, 2)),
      valueCell("spm_targetvalue", target.spm_targetvalue, fmt.byUnit(target.spm_targetvalue, unit, ctx.currencySymbol)),
      valueCell("spm_actualvalue", target.spm_actualvalue, fmt.byUnit(target.spm_actualvalue, unit, ctx.currencySymbol)),
      valueCell("spm_expectedtodatevalue", target.spm_expectedtodatevalue,
        fmt.byUnit(target.spm_expectedtodatevalue, unit, ctx.currencySymbol)),
      valueCell("spm_attainmentpercent", target.spm_attainmentpercent, fmt.percent(target.spm_attainmentpercent)),
      valueCell("spm_scorepercent", target.spm_scorepercent, fmt.number(target.spm_scorepercent, 1)),
      el("td", { "data-field": "bar" }, [bar(target.spm_attainmentpercent, ctx)])
    ]);
  }

  function targetsTable(targets, kpisById, ctx) {
    var t = ctx.i18n.t;
    function th(key, numeric) { return el("th", { scope: "col", className: numeric ? "num" : "" , text: t(key) }); }
    return el("div", { className: "spm-table-wrap" }, [
      el("table", { className: "spm-table", "aria-describedby": "spm-title" }, [
        el("caption", { text: t("scorecard.tableCaption") }),
        el("thead", {}, [el("tr", {}, [
          th("scorecard.kpi"), th("scorecard.weight", true), th("scorecard.target", true), th("scorecard.actual", true),
          th("scorecard.pace", true), th("scorecard.attainment", true), th("scorecard.score", true), th("scorecard.progress")
        ])]),
        el("tbody", {}, targets.map(function (target) {
          return targetRow(target, kpisById[X.guid(target._spm_kpiid_value)], ctx);
        }))
      ])
    ]);
  }

  SalesPerf.ScorecardView = {
    BAR_SCALE_MAX: BAR_SCALE_MAX,
    header: header,
    summary: summary,
    targetsTable: targetsTable
  };
})(this);
