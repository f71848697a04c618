/*
 * spm_/statement/statement.js — the commission statement page: which statement to show, and in
 * what order the reads and the drawing happen.
 *
 * Which statement: on a statement form (typename=spm_commissionstatement&id=…) that one; with
 * data=statementid%3D… that one; otherwise (dashboard) the caller's current statement, open
 * statements first, then the newest.
 *
 * Above the page, the setup banner (shared/setupbanner.js) says so when Complete setup has not run.
 */
(function (root) {
  "use strict";

  var SalesPerf = root.SalesPerf = root.SalesPerf || {};
  var X = SalesPerf.Xrm;
  var Dom = SalesPerf.Dom;
  var View = SalesPerf.StatementView;

  function Page(container, xrm, params) {
    var settings = X.userSettings(xrm);
    var i18n = SalesPerf.I18n.forLanguage(settings.languageId);
    var ctx = { i18n: i18n, fmt: SalesPerf.Format.forLocale(i18n.locale), currencySymbol: "" };
    var data = SalesPerf.StatementData.create(xrm);
    var statementId = params.typename === "spm_commissionstatement" && params.id ? params.id : X.guid(params.statementid);

    root.document.documentElement.lang = i18n.locale;
    root.document.title = i18n.t("statement.title");

    function fail(error) {
      Dom.showState(container, "error", i18n.t("statement.error", X.errorMessage(error, "?")), i18n.t("common.retry"), load);
    }

    function draw(statement, lines) {
      Dom.clear(container).setAttribute("aria-busy", "false");
      container.appendChild(View.header(statement, ctx));
      container.appendChild(View.totals(statement, ctx));
      var section = Dom.el("section", { "aria-labelledby": "spm-lines" }, [
        Dom.el("h2", { id: "spm-lines", text: i18n.t("statement.lines") })
      ]);
      if (lines.length) {
        section.appendChild(View.linesTable(lines, ctx));
      } else {
        Dom.showState(section.appendChild(Dom.el("div")), "empty", i18n.t("statement.noLines"));
      }
      container.appendChild(section);
      [View.statementTrace(statement, ctx), View.footnote(statement, ctx)].forEach(function (node) {
        if (node) { container.appendChild(node); }
      });
    }

    function load() {
      Dom.showState(container, "loading", i18n.t("common.loading"));
      var find = statementId ? data.statementById(statementId) : data.currentOf(settings.userId);
      return find.then(function (statements) {
        var statement = statements[0];
        if (!statement) {
          Dom.showState(container, "empty", i18n.t("statement.empty"));
          return null;
        }
        var currency = X.guid(statement._transactioncurrencyid_value) || X.baseCurrencyId(xrm);
        return Promise.all([data.linesOf(statement.spm_commissionstatementid), X.currencySymbol(xrm, currency)])
          .then(function (results) {
            ctx.currencySymbol = results[1];
            draw(statement, results[0]);
          });
      }).catch(fail);
    }

    this.load = load;
    this.i18n = i18n;
  }

  function start() {
    var container = root.document.getElementById("spm-statement");
    var xrm = X.find(root);
    if (!xrm) {
      Dom.showState(container, "error", SalesPerf.I18n.forLanguage(1033).t("common.noXrm"));
      return Promise.resolve();
    }
    var page;
    try {
      page = new Page(container, xrm, X.pageParameters(root.location.search));
    } catch (e) {
      Dom.showState(container, "error", SalesPerf.I18n.forLanguage(1033).t("statement.error", X.errorMessage(e, "?")));
      return Promise.resolve();
    }
    var banner = SalesPerf.SetupBanner.show(root.document.getElementById("spm-setup-banner"), xrm, page.i18n);
    return Promise.all([page.load(), banner]);
  }

  SalesPerf.Statement = { start: start };
  root.document.addEventListener("DOMContentLoaded", function () {
    SalesPerf.Statement.ready = start();
  });
})(this);
