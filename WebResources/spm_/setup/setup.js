/*
 * spm_/setup/setup.js — the Complete setup page (app "Sales Performance", Configuration area): whether
 * setup is complete, and the button that runs it.
 *
 * Order: read spm_GetSetupStatus and draw it; on "Complete setup" ask for confirmation, show progress,
 * call spm_CompleteSetup, show what it registered and what was already there, then read the status
 * again. A failure (for example a caller who is neither System Administrator nor SalesPerf Admin)
 * shows the API's own message, which is in English and Chinese, and the button stays usable.
 */
(function (root) {
  "use strict";

  var SalesPerf = root.SalesPerf = root.SalesPerf || {};
  var X = SalesPerf.Xrm;
  var Dom = SalesPerf.Dom;
  var View = SalesPerf.SetupView;

  function Page(container, xrm) {
    var i18n = SalesPerf.I18n.forLanguage(X.userSettings(xrm).languageId);
    var data = SalesPerf.SetupData.create(xrm);
    var slots = {};

    root.document.documentElement.lang = i18n.locale;
    root.document.title = i18n.t("setup.title");

    function showStatus(state) {
      Dom.clear(slots.status).appendChild(View.status(state, i18n));
    }

    function showButton() {
      var button = View.runButton(i18n, confirm);
      Dom.clear(slots.actions).appendChild(button);
      return button;
    }

    function run() {
      Dom.clear(slots.actions);
      Dom.clear(slots.result).appendChild(View.progress(i18n));
      container.setAttribute("aria-busy", "true");
      return data.complete().then(function (answer) {
        Dom.clear(slots.result).appendChild(View.result(answer, i18n));
        return data.status().then(showStatus, function () { /* the answer above already says what happened */ });
      }, function (error) {
        Dom.clear(slots.result).appendChild(View.failure(i18n.t("setup.failed", X.errorMessage(error, "?"))));
      }).then(function () {
        container.setAttribute("aria-busy", "false");
        showButton();
      });
    }

    function confirm() {
      Dom.clear(slots.actions).appendChild(View.confirmation(i18n,
        function () { SalesPerf.Setup.running = run(); },
        function () { showButton().focus(); }));
      slots.actions.querySelector("[data-action='confirm']").focus();
    }

    function draw(state) {
      Dom.clear(container).setAttribute("aria-busy", "false");
      container.appendChild(View.header(i18n));
      slots.status = container.appendChild(Dom.el("section", { "aria-live": "polite", "data-slot": "status" }));
      slots.actions = container.appendChild(Dom.el("div", { className: "spm-actions", "data-slot": "actions" }));
      slots.result = container.appendChild(Dom.el("div", { "aria-live": "polite", "data-slot": "result" }));
      showStatus(state);
      showButton();
    }

    function load() {
      Dom.showState(container, "loading", i18n.t("common.loading"));
      return data.status().then(draw, function (error) {
        Dom.showState(container, "error", i18n.t("setup.statusError", X.errorMessage(error, "?")), i18n.t("common.retry"), load);
      });
    }

    this.load = load;
  }

  function start() {
    var container = root.document.getElementById("spm-setup");
    var xrm = X.find(root);
    if (!xrm) {
      Dom.showState(container, "error", SalesPerf.I18n.forLanguage(1033).t("common.noXrm"));
      return Promise.resolve();
    }
    var page;
    try {
      page = new Page(container, xrm);
    } catch (e) {
      Dom.showState(container, "error", SalesPerf.I18n.forLanguage(1033).t("setup.statusError", X.errorMessage(e, "?")));
      return Promise.resolve();
    }
    return page.load();
  }

  SalesPerf.Setup = { start: start };
  root.document.addEventListener("DOMContentLoaded", function () {
    SalesPerf.Setup.ready = start();
  });
})(this);
