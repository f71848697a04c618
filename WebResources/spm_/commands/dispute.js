/*
 * spm_/commands/dispute.js — the Dispute dialog of a commission statement: the reason (required, at most
 * 1,000 characters), then one update that moves the statement to Disputed and stores the reason with it
 * (the statement guard accepts the reason only together with that move, docs/domain-rules.md "App").
 */
(function (root) {
  "use strict";

  var SalesPerf = root.SalesPerf;
  var Dom = SalesPerf.Dom;
  var MAX = 1000;

  function draw(i18n) {
    var reason = Dom.el("textarea", { id: "spm-reason", name: "reason", rows: "6", maxlength: String(MAX), required: true, "aria-required": "true" });
    return {
      node: Dom.el("div", { className: "spm-field" }, [
        Dom.el("label", { "for": "spm-reason", text: i18n.t("command.dispute.reason") }),
        reason,
        Dom.el("p", { className: "spm-hint", text: i18n.t("command.dispute.hint") })
      ]),
      values: function () {
        var text = reason.value.trim();
        return text ? { reason: text } : { problem: i18n.t("command.dispute.reasonRequired") };
      }
    };
  }

  SalesPerf.Dialog.start({
    container: "spm-dialog",
    titleKey: "command.dispute.title",
    load: function (xrm, id) {
      return xrm.WebApi.retrieveRecord("spm_commissionstatement", id, "?$select=spm_name,statuscode")
        .then(function (row) { return { name: row.spm_name }; });
    },
    draw: draw,
    submit: function (xrm, id, values) { return SalesPerf.CommandData.create(xrm).dispute(id, values.reason); },
    done: function (i18n) { return i18n.t("command.dispute.done"); }
  });
})(this);
