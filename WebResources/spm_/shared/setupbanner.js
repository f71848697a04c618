/*
 * spm_/shared/setupbanner.js — the "setup is incomplete" banner of the scorecard and statement pages.
 * One job: ask spm_GetSetupStatus once and, when it answers IsComplete = false, say plainly that wins
 * and orders do not update targets or commission until an administrator runs Complete setup.
 *
 * When the status call itself fails (an older SalesPerf without the API, a network error) the banner
 * stays away and the page works as before: a page that cannot tell must not claim setup is incomplete,
 * and the status is a hint beside the stored numbers, never a reason to hide them.
 */
(function (root) {
  "use strict";

  var SalesPerf = root.SalesPerf = root.SalesPerf || {};
  var Dom = SalesPerf.Dom;

  /* Fills slot with the banner or leaves it empty; the promise always resolves (to true when shown). */
  function show(slot, xrm, i18n) {
    if (!slot) { return Promise.resolve(false); }
    return SalesPerf.SetupData.create(xrm).status().then(function (status) {
      Dom.clear(slot);
      if (status.isComplete) { return false; }
      slot.appendChild(Dom.el("div", {
        className: "spm-banner",
        role: "status",
        "data-banner": "setup-incomplete"
      }, [Dom.el("p", { text: i18n.t("setup.incompleteBanner") })]));
      return true;
    }, function () {
      Dom.clear(slot);
      return false;
    });
  }

  SalesPerf.SetupBanner = { show: show };
})(this);
