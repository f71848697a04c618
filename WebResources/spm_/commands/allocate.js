/*
 * spm_/commands/allocate.js — the Allocate to team dialog: one row per member (the team's members when a
 * team owns the target, else the owner's direct reports), pre-filled with each member's current share
 * (their child target), edited as amounts or percents before saving; spm_AllocateTarget checks the split
 * (domain-rules "Allocation") and creates or updates the member targets. Members left empty get nothing.
 */
(function (root) {
  "use strict";

  var SalesPerf = root.SalesPerf;
  var X = SalesPerf.Xrm;
  var Dom = SalesPerf.Dom;

  function members(xrm, owner) {
    var read = owner.type === "team"
      ? xrm.WebApi.retrieveMultipleRecords("teammembership", "?$select=systemuserid&$filter=teamid eq " + owner.id)
        .then(function (r) { return r.entities.map(function (m) { return X.guid(m.systemuserid); }); })
        .then(function (ids) {
          return ids.length
            ? xrm.WebApi.retrieveMultipleRecords("systemuser", "?$select=fullname&$filter=" + X.anyOf("systemuserid", ids) + "&$orderby=fullname")
            : { entities: [] };
        })
      : xrm.WebApi.retrieveMultipleRecords("systemuser", "?$select=fullname&$filter=_parentsystemuserid_value eq " + owner.id + " and isdisabled eq false&$orderby=fullname");
    return Promise.resolve(read).then(function (r) {
      return r.entities.map(function (u) { return { id: X.guid(u.systemuserid), name: u.fullname }; });
    });
  }

  function load(xrm, id) {
    return xrm.WebApi.retrieveRecord("spm_target", id, "?$select=spm_name,spm_targetvalue,_ownerid_value").then(function (target) {
      var owner = { id: X.guid(target._ownerid_value), type: target["_ownerid_value@Microsoft.Dynamics.CRM.lookuplogicalname"] };
      return Promise.all([
        members(xrm, owner),
        xrm.WebApi.retrieveMultipleRecords("spm_target", "?$select=spm_targetvalue,_ownerid_value&$filter=_spm_parenttargetid_value eq " + id + " and statecode eq 0")
      ]).then(function (both) {
        var current = {};
        both[1].entities.forEach(function (child) { current[X.guid(child._ownerid_value)] = child.spm_targetvalue; });
        return {
          name: target.spm_name,
          total: target.spm_targetvalue,
          totalText: X.formatted(target, "spm_targetvalue") || String(target.spm_targetvalue),
          members: both[0].map(function (m) { return { id: m.id, name: m.name, value: current[m.id] }; })
        };
      });
    });
  }

  function draw(i18n, record) {
    var byPercent = Dom.el("input", { type: "radio", name: "mode", id: "spm-mode-percent", value: "percent" });
    var byAmount = Dom.el("input", { type: "radio", name: "mode", id: "spm-mode-amount", value: "value", checked: true });
    var inputs = record.members.map(function (m) {
      return Dom.el("input", { type: "number", step: "any", min: "0", "data-owner": m.id, "aria-label": m.name, value: m.value === undefined ? "" : String(m.value) });
    });
    var rows = record.members.map(function (m, i) {
      return Dom.el("tr", { "data-owner": m.id }, [Dom.el("th", { scope: "row", text: m.name }), Dom.el("td", {}, [inputs[i]])]);
    });
    var table = Dom.el("table", { className: "spm-table", "data-table": "split" }, [
      Dom.el("caption", { text: i18n.t("command.allocate.caption", record.totalText) }),
      Dom.el("thead", {}, [Dom.el("tr", {}, [Dom.el("th", { scope: "col", text: i18n.t("command.allocate.member") }), Dom.el("th", { scope: "col", text: i18n.t("command.allocate.share") })])]),
      Dom.el("tbody", {}, rows)
    ]);
    return {
      node: Dom.el("div", {}, [
        Dom.el("fieldset", { className: "spm-field spm-field--choice" }, [
          Dom.el("legend", { text: i18n.t("command.allocate.mode") }),
          byAmount, Dom.el("label", { "for": "spm-mode-amount", text: i18n.t("command.allocate.byAmount") }),
          byPercent, Dom.el("label", { "for": "spm-mode-percent", text: i18n.t("command.allocate.byPercent") })
        ]),
        record.members.length ? table : Dom.el("p", { className: "spm-state spm-state--empty", role: "status", "data-state": "empty", text: i18n.t("command.allocate.noMembers") })
      ]),
      values: function () {
        var key = byPercent.checked ? "percent" : "value";
        var allocations = inputs.filter(function (input) { return input.value !== ""; }).map(function (input) {
          var entry = { owner: input.getAttribute("data-owner") };
          entry[key] = Number(input.value);
          return entry;
        });
        return allocations.length ? { allocations: allocations } : { problem: i18n.t("command.allocate.empty") };
      }
    };
  }

  SalesPerf.Dialog.start({
    container: "spm-dialog",
    titleKey: "command.allocate.title",
    load: load,
    draw: draw,
    submit: function (xrm, id, values) { return SalesPerf.CommandData.create(xrm).allocate(id, values.allocations); },
    done: function (i18n, answer, values) { return i18n.t("command.allocate.done", values.allocations.length, Number(answer.Created) || 0); }
  });
})(this);
