/*
 * spm_/commands/decompose.js — the Decompose target dialog: the type of the child periods and, optionally,
 * seasonal weights (percentages in date order); spm_DecomposeTarget checks them (they must add up to 100)
 * and creates or re-splits the child targets.
 */
(function (root) {
  "use strict";

  var SalesPerf = root.SalesPerf;
  var Dom = SalesPerf.Dom;

  /* spm_period.spm_periodtype of the child periods (docs/domain.md). */
  var TYPES = [{ value: 100000003, key: "command.decompose.month" }, { value: 100000002, key: "command.decompose.quarter" }, { value: 100000001, key: "command.decompose.half" }];

  function draw(i18n) {
    var type = Dom.el("select", { id: "spm-periodtype", name: "periodtype" },
      TYPES.map(function (t) { return Dom.el("option", { value: String(t.value), text: i18n.t(t.key) }); }));
    var weights = Dom.el("input", { id: "spm-weights", name: "weights", type: "text", inputmode: "decimal", placeholder: "25, 25, 25, 25" });
    return {
      node: Dom.el("div", {}, [
        Dom.el("div", { className: "spm-field" }, [Dom.el("label", { "for": "spm-periodtype", text: i18n.t("command.decompose.periodType") }), type]),
        Dom.el("div", { className: "spm-field" }, [
          Dom.el("label", { "for": "spm-weights", text: i18n.t("command.decompose.weights") }), weights,
          Dom.el("p", { className: "spm-hint", text: i18n.t("command.decompose.weightsHint") })
        ])
      ]),
      values: function () { return { periodType: Number(type.value), weights: weights.value.trim() }; }
    };
  }

  SalesPerf.Dialog.start({
    container: "spm-dialog",
    titleKey: "command.decompose.title",
    load: function (xrm, id) {
      return xrm.WebApi.retrieveRecord("spm_target", id, "?$select=spm_name").then(function (row) { return { name: row.spm_name }; });
    },
    draw: draw,
    submit: function (xrm, id, values) { return SalesPerf.CommandData.create(xrm).decompose(id, values.periodType, values.weights); },
    done: function (i18n, answer) { return i18n.t("command.decompose.done", Number(answer.Created) || 0); }
  });
})(this);
