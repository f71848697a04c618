/*
 * spm_/scorecard/scorecard.js — the scorecard page: which scorecard to show, and in what order
 * the reads and the drawing happen.
 *
 * Which scorecard:
 *  - on a scorecard form (typename=spm_scorecard&id=…): that scorecard;
 *  - otherwise (dashboard): the scorecards of the periods that contain today, as the caller may
 *    read them. The finest period (month, then quarter, then year) and the caller's own scorecard
 *    come first; a manager who can read their people's scorecards picks a person, anyone with
 *    more than one current period picks a period. On a user form (typename=systemuser&id=…), or
 *    with data=userid%3D…, that user's scorecard comes first instead of the caller's.
 *
 * Above the page, the setup banner (shared/setupbanner.js) says so when Complete setup has not run.
 */
(function (root) {
  "use strict";

  var SalesPerf = root.SalesPerf = root.SalesPerf || {};
  var X = SalesPerf.Xrm;
  var Dom = SalesPerf.Dom;
  var View = SalesPerf.ScorecardView;

  /* Today in the user's local calendar as an OData date literal (2026-02-14). */
  function today() {
    var d = new Date();
    function two(n) { return (n < 10 ? "0" : "") + n; }
    return d.getFullYear() + "-" + two(d.getMonth() + 1) + "-" + two(d.getDate());
  }

  function unique(values) {
    var seen = {};
    return values.filter(function (v) { if (!v || seen[v]) { return false; } seen[v] = true; return true; });
  }

  function Page(container, xrm, params) {
    var settings = X.userSettings(xrm);
    var i18n = SalesPerf.I18n.forLanguage(settings.languageId);
    var ctx = { i18n: i18n, fmt: SalesPerf.Format.forLocale(i18n.locale), currencySymbol: "" };
    var data = SalesPerf.ScorecardData.create(xrm);
    var state = { periods: [], scorecards: [], periodId: null, ownerId: null };
    var preferredOwner = params.typename === "systemuser" && params.id ? params.id : X.guid(params.userid) || settings.userId;
    var fixedScorecard = params.typename === "spm_scorecard" && params.id ? params.id : null;

    root.document.documentElement.lang = i18n.locale;
    root.document.title = i18n.t("scorecard.title");

    function fail(error) {
      Dom.showState(container, "error", i18n.t("scorecard.error", X.errorMessage(error, "?")), i18n.t("common.retry"), load);
    }

    function scorecardsOfPeriod(periodId) {
      return state.scorecards.filter(function (s) { return X.guid(s._spm_periodid_value) === periodId; });
    }

    function chooseOwner(periodId) {
      var cards = scorecardsOfPeriod(periodId);
      var own = cards.filter(function (s) { return X.guid(s._ownerid_value) === preferredOwner; })[0];
      return own ? preferredOwner : (cards[0] ? X.guid(cards[0]._ownerid_value) : null);
    }

    function selected() {
      return scorecardsOfPeriod(state.periodId).filter(function (s) {
        return X.guid(s._ownerid_value) === state.ownerId;
      })[0];
    }

    function periodOptions() {
      var withScorecards = unique(state.scorecards.map(function (s) { return X.guid(s._spm_periodid_value); }));
      var ordered = state.periods.filter(function (p) { return withScorecards.indexOf(X.guid(p.spm_periodid)) >= 0; });
      var options = ordered.map(function (p) { return { value: X.guid(p.spm_periodid), text: p.spm_name }; });
      withScorecards.forEach(function (id) {
        if (!options.some(function (o) { return o.value === id; })) {
          var s = state.scorecards.filter(function (c) { return X.guid(c._spm_periodid_value) === id; })[0];
          options.push({ value: id, text: X.formatted(s, "_spm_periodid_value") || id });
        }
      });
      return options;
    }

    function ownerOptions() {
      return scorecardsOfPeriod(state.periodId).map(function (s) {
        return { value: X.guid(s._ownerid_value), text: X.formatted(s, "_ownerid_value") || s.spm_name };
      });
    }

    function drawTargets(slot, scorecard) {
      Dom.showState(slot, "loading", i18n.t("common.loading"));
      return data.targetsOf(scorecard.spm_scorecardid).then(function (targets) {
        if (!targets.length) {
          Dom.showState(slot, "empty", i18n.t("scorecard.noTargets"));
          return;
        }
        var kpiIds = unique(targets.map(function (t) { return X.guid(t._spm_kpiid_value); }));
        return data.kpis(kpiIds).then(function (kpis) {
          var byId = {};
          kpis.forEach(function (k) { byId[X.guid(k.spm_kpiid)] = k; });
          Dom.clear(slot).setAttribute("aria-busy", "false");
          slot.appendChild(View.targetsTable(targets, byId, ctx));
        });
      });
    }

    function draw() {
      var scorecard = selected();
      if (!scorecard) {
        Dom.showState(container, "empty", i18n.t("scorecard.empty"));
        return Promise.resolve();
      }
      var owner = X.formatted(scorecard, "_ownerid_value") || "";
      var period = X.formatted(scorecard, "_spm_periodid_value") || "";
      Dom.clear(container).setAttribute("aria-busy", "false");
      container.appendChild(View.header(ctx, i18n.t("scorecard.title"),
        [owner, period].filter(Boolean).join(" · "),
        fixedScorecard ? [] : periodOptions(), fixedScorecard ? [] : ownerOptions(),
        { periodId: state.periodId, ownerId: state.ownerId },
        function (periodId) { state.periodId = periodId; state.ownerId = chooseOwner(periodId); draw(); },
        function (ownerId) { state.ownerId = ownerId; draw(); }));
      container.appendChild(View.summary(scorecard, ctx));
      var slot = SalesPerf.Dom.el("section", { "aria-live": "polite", "data-slot": "targets" });
      container.appendChild(slot);
      return drawTargets(slot, scorecard).catch(fail);
    }

    function loadScorecards() {
      if (fixedScorecard) {
        return data.scorecardById(fixedScorecard).then(function (cards) {
          state.periods = [];
          state.scorecards = cards;
          state.periodId = cards[0] ? X.guid(cards[0]._spm_periodid_value) : null;
          state.ownerId = cards[0] ? X.guid(cards[0]._ownerid_value) : null;
        });
      }
      return data.currentPeriods(today()).then(function (periods) {
        state.periods = periods;
        return data.scorecardsIn(periods.map(function (p) { return p.spm_periodid; }));
      }).then(function (cards) {
        state.scorecards = cards;
        var mine = periodOptions().filter(function (o) {
          return scorecardsOfPeriod(o.value).some(function (s) { return X.guid(s._ownerid_value) === preferredOwner; });
        })[0];
        var first = mine || periodOptions()[0];
        state.periodId = first ? first.value : null;
        state.ownerId = first ? chooseOwner(first.value) : null;
      });
    }

    function load() {
      Dom.showState(container, "loading", i18n.t("common.loading"));
      return Promise.all([loadScorecards(), X.currencySymbol(xrm, X.baseCurrencyId(xrm))])
        .then(function (results) { ctx.currencySymbol = results[1]; return draw(); })
        .catch(fail);
    }

    this.load = load;
    this.i18n = i18n;
  }

  function start() {
    var container = root.document.getElementById("spm-scorecard");
    var xrm = X.find(root);
    if (!xrm) {
      Dom.showState(container, "error", SalesPerf.I18n.forLanguage(1033).t("common.noXrm"));
      return Promise.resolve();
    }
    var page;
    try {
      page = new Page(container, xrm, X.pageParameters(root.location.search));
    } catch (e) {
      Dom.showState(container, "error", SalesPerf.I18n.forLanguage(1033).t("scorecard.error", X.errorMessage(e, "?")));
      return Promise.resolve();
    }
    var banner = SalesPerf.SetupBanner.show(root.document.getElementById("spm-setup-banner"), xrm, page.i18n);
    return Promise.all([page.load(), banner]);
  }

  SalesPerf.Scorecard = { start: start };
  root.document.addEventListener("DOMContentLoaded", function () {
    SalesPerf.Scorecard.ready = start();
  });
})(this);
