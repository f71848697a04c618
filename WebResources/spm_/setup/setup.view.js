/*
 * spm_/setup/setup.view.js — the Complete setup page's markup: the status (complete, or the steps not
 * registered yet), the button and its confirmation, the progress, the answer of spm_CompleteSetup
 * (what it registered, what was already there, its summary) and a failure with the API's message.
 */
(function (root) {
  "use strict";

  var SalesPerf = root.SalesPerf = root.SalesPerf || {};
  var el = SalesPerf.Dom.el;

  function header(i18n) {
    return el("header", { className: "spm-header" }, [
      el("div", {}, [
        el("h1", { id: "spm-title", text: i18n.t("setup.title") }),
        el("p", { className: "spm-subtitle", "data-field": "intro", text: i18n.t("setup.intro") })
      ])
    ]);
  }

  /* A named list of step names; "None" when it is empty. */
  function stepList(field, heading, names, i18n) {
    return el("div", { className: "spm-steps", "data-field": field }, [
      el("h2", { text: heading }),
      names.length
        ? el("ul", {}, names.map(function (name) { return el("li", { text: name }); }))
        : el("p", { className: "spm-subtitle", "data-empty": "true", text: i18n.t("setup.none") })
    ]);
  }

  /* status: { isComplete, missing }. */
  function status(state, i18n) {
    var box = el("div", {
      className: "spm-setup-status spm-setup-status--" + (state.isComplete ? "complete" : "incomplete"),
      role: "status",
      "data-state": state.isComplete ? "complete" : "incomplete"
    }, [el("p", { text: i18n.t(state.isComplete ? "setup.complete" : "setup.incomplete") })]);
    if (!state.isComplete && state.missing.length) {
      box.appendChild(stepList("missing", i18n.t("setup.missing"), state.missing, i18n));
    }
    return box;
  }

  function runButton(i18n, onRun) {
    return el("button", { type: "button", className: "spm-button", "data-action": "run", onclick: onRun, text: i18n.t("setup.run") });
  }

  function confirmation(i18n, onYes, onNo) {
    return el("div", {
      className: "spm-confirm",
      role: "alertdialog",
      "aria-modal": "false",
      "aria-labelledby": "spm-confirm-text",
      "data-state": "confirm"
    }, [
      el("p", { id: "spm-confirm-text", text: i18n.t("setup.confirm") }),
      el("div", { className: "spm-actions" }, [
        el("button", { type: "button", className: "spm-button", "data-action": "confirm", onclick: onYes, text: i18n.t("setup.confirmYes") }),
        el("button", { type: "button", className: "spm-button spm-button--secondary", "data-action": "cancel", onclick: onNo, text: i18n.t("setup.cancel") })
      ])
    ]);
  }

  function progress(i18n) {
    return el("div", { className: "spm-state spm-state--loading", role: "status", "data-state": "running" }, [
      el("p", { text: i18n.t("setup.running") }),
      el("progress", { "aria-label": i18n.t("setup.running") })
    ]);
  }

  /* answer: { registered, alreadyRegistered, summary } as spm_CompleteSetup gave them. */
  function result(answer, i18n) {
    return el("section", { className: "spm-setup-result", "aria-labelledby": "spm-result", "data-state": "result" }, [
      el("h2", { id: "spm-result", text: i18n.t("setup.result") }),
      el("p", { "data-field": "summary", text: answer.summary }),
      stepList("registered", i18n.t("setup.registered"), answer.registered, i18n),
      stepList("alreadyRegistered", i18n.t("setup.alreadyRegistered"), answer.alreadyRegistered, i18n)
    ]);
  }

  function failure(text) {
    return el("div", { className: "spm-state spm-state--error", role: "alert", "data-state": "failed" }, [el("p", { text: text })]);
  }

  SalesPerf.SetupView = {
    header: header,
    status: status,
    runButton: runButton,
    confirmation: confirmation,
    progress: progress,
    result: result,
    failure: failure
  };
})(this);
