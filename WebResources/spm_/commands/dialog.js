/*
 * spm_/commands/dialog.js — the frame the SalesPerf dialog pages share (opened by a command bar button
 * with Xrm.Navigation.navigateTo, target 2): find Xrm, read the record id, load the record, draw the
 * page's fields, and on Save show progress, call, then the answer — or the API's own bilingual message,
 * with the fields kept for another try. Cancel closes the dialog and changes nothing.
 * A page calls SalesPerf.Dialog.start({ container, titleKey, load(xrm, id), draw(i18n, record), submit(values) }).
 */
(function (root) {
  "use strict";

  var SalesPerf = root.SalesPerf = root.SalesPerf || {};
  var X = SalesPerf.Xrm;
  var Dom = SalesPerf.Dom;

  function closeWindow() {
    try { root.close(); } catch (e) { /* the host closes the dialog */ }
  }

  function start(page) {
    var container = root.document.getElementById(page.container);
    var xrm = X.find(root);
    if (!xrm) {
      Dom.showState(container, "error", SalesPerf.I18n.forLanguage(1033).t("common.noXrm"));
      return Promise.resolve();
    }
    var i18n = SalesPerf.I18n.forLanguage(X.userSettings(xrm).languageId);
    var id = X.pageParameters(root.location.search).id;
    root.document.documentElement.lang = i18n.locale;
    root.document.title = i18n.t(page.titleKey);

    function draw(record) {
      var form = page.draw(i18n, record);
      var result = Dom.el("div", { "aria-live": "polite", "data-slot": "result" });
      var save = Dom.el("button", { type: "submit", className: "spm-button", "data-action": "save", text: i18n.t("command.save") });
      var cancel = Dom.el("button", { type: "button", className: "spm-button spm-button--secondary", "data-action": "cancel", text: i18n.t("command.cancel"), onclick: closeWindow });
      var element = Dom.el("form", { className: "spm-dialog", novalidate: true }, [
        Dom.el("h1", { text: i18n.t(page.titleKey) }),
        Dom.el("p", { className: "spm-subtitle", "data-field": "record", text: record.name }),
        form.node,
        Dom.el("div", { className: "spm-actions" }, [save, cancel]),
        result
      ]);
      element.addEventListener("submit", function (event) {
        event.preventDefault();
        var values = form.values();
        if (values.problem) {
          Dom.clear(result).appendChild(Dom.el("p", { className: "spm-state spm-state--error", role: "alert", "data-state": "invalid", text: values.problem }));
          return;
        }
        save.disabled = true;
        Dom.clear(result).appendChild(Dom.el("p", { className: "spm-state spm-state--loading", role: "status", "data-state": "progress", text: i18n.t("command.working") }));
        SalesPerf.Dialog.running = Promise.resolve().then(function () { return page.submit(xrm, id, values); }).then(function (answer) {
          Dom.clear(result).appendChild(Dom.el("p", { className: "spm-state", role: "status", "data-state": "done", text: page.done(i18n, answer, values) }));
          Dom.clear(element.querySelector(".spm-actions")).appendChild(
            Dom.el("button", { type: "button", className: "spm-button", "data-action": "close", text: i18n.t("command.close"), onclick: closeWindow }));
        }, function (error) {
          Dom.clear(result).appendChild(Dom.el("p", { className: "spm-state spm-state--error", role: "alert", "data-state": "failed", text: X.errorMessage(error, i18n.t("command.failed")) }));
          save.disabled = false;
        });
      });
      Dom.clear(container).setAttribute("aria-busy", "false");
      container.appendChild(element);
    }

    function load() {
      Dom.showState(container, "loading", i18n.t("common.loading"));
      return Promise.resolve().then(function () { return page.load(xrm, id); }).then(draw, function (error) {
        Dom.showState(container, "error", X.errorMessage(error, "?"), i18n.t("common.retry"), load);
      });
    }

    return load();
  }

  SalesPerf.Dialog = { start: start };
})(this);
