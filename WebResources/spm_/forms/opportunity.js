/*
 * spm_/forms/opportunity.js — the opportunity form's commission estimate.
 *
 * Form events (register in the opportunity main form, "Pass execution context as first parameter"):
 *   OnLoad: SalesPerf.Opportunity.onLoad
 * onLoad adds its own OnChange handlers to estimatedvalue and estimatedclosedate.
 * Needs the form libraries spm_/shared/i18n.js, spm_/shared/format.js and spm_/shared/xrm.js (any order:
 * they are read when the form loads, not when this file loads).
 *
 * It calls the custom API spm_EstimateCommission with the form's current (possibly unsaved) amount
 * and close date, and shows the answer as a form notification. The commission and attainment are the
 * API's own numbers: nothing is computed here. Any failure becomes a warning notification; the form
 * keeps working.
 */
(function (root) {
  "use strict";

  var SalesPerf = root.SalesPerf = root.SalesPerf || {};

  var NOTIFICATION_ID = "spm_commissionestimate";
  var WATCHED = ["estimatedvalue", "estimatedclosedate"];

  /* The request object Xrm.WebApi.online.execute takes for the unbound custom API spm_EstimateCommission. */
  function EstimateCommissionRequest(opportunityId, amount, closeDate) {
    this.Opportunity = { "@odata.type": "Microsoft.Dynamics.CRM.opportunity", opportunityid: opportunityId };
    if (amount !== null && amount !== undefined) { this.Amount = amount; }
    if (closeDate) { this.CloseDate = closeDate; }
  }
  EstimateCommissionRequest.prototype.getMetadata = function () {
    return {
      boundParameter: null,
      operationType: 0,
      operationName: "spm_EstimateCommission",
      parameterTypes: {
        Opportunity: { typeName: "mscrm.opportunity", structuralProperty: 5 },
        Amount: { typeName: "Edm.Decimal", structuralProperty: 1 },
        CloseDate: { typeName: "Edm.DateTimeOffset", structuralProperty: 1 }
      }
    };
  };

  var sequence = 0;
  var currencyCache = {};

  function xrm() { return root.Xrm; }

  function translator() {
    var languageId = 1033;
    try { languageId = xrm().Utility.getGlobalContext().userSettings.languageId; } catch (e) { /* English */ }
    return SalesPerf.I18n.forLanguage(languageId);
  }

  function baseCurrencySymbol() {
    var id = SalesPerf.Xrm.baseCurrencyId(xrm());
    if (!currencyCache[id]) {
      currencyCache[id] = SalesPerf.Xrm.currencySymbol(xrm(), id);
    }
    return currencyCache[id];
  }

  function valueOf(formContext, name) {
    var attribute = formContext.getAttribute(name);
    return attribute ? attribute.getValue() : null;
  }

  function notify(formContext, text, level) {
    try {
      formContext.ui.setFormNotification(text, level, NOTIFICATION_ID);
    } catch (e) {
      /* a form without notifications: nothing to show, nothing to break */
    }
  }

  function clear(formContext) {
    try { formContext.ui.clearFormNotification(NOTIFICATION_ID); } catch (e) { /* nothing shown */ }
  }

  function describe(answer, symbol, i18n) {
    var fmt = SalesPerf.Format.forLocale(i18n.locale);
    var commission = fmt.money(answer.Commission, symbol);
    if (fmt.isMissing(answer.Attainment)) {
      return i18n.t("opportunity.estimateNoAttainment", commission);
    }
    return i18n.t("opportunity.estimate", commission, fmt.percent(answer.Attainment, 1));
  }

  /* Asks for an estimate and shows it; the promise always resolves (tests and callers may wait on it). */
  function estimate(formContext) {
    var mine = ++sequence;
    var i18n;
    try {
      i18n = translator();
      var id = formContext.data.entity.getId();
      if (!id) {
        clear(formContext);                     /* a new, unsaved opportunity: nothing to estimate yet */
        return Promise.resolve();
      }
      var request = new EstimateCommissionRequest(SalesPerf.Xrm.guid(id),
        valueOf(formContext, "estimatedvalue"), valueOf(formContext, "estimatedclosedate"));
      return Promise.all([xrm().WebApi.online.execute(request).then(SalesPerf.Xrm.responseBody), baseCurrencySymbol()])
        .then(function (results) {
          if (mine !== sequence) { return; }    /* a later change already asked again */
          var answer = results[0];
          if (!answer || SalesPerf.Format.isMissing(answer.Commission)) {
            throw { message: i18n.t("opportunity.unknownError") };
          }
          notify(formContext, describe(answer, results[1], i18n), "INFO");
        })
        .catch(function (error) {
          if (mine !== sequence) { return; }
          notify(formContext, i18n.t("opportunity.estimateFailed",
            SalesPerf.Xrm.errorMessage(error, i18n.t("opportunity.unknownError"))), "WARNING");
        });
    } catch (error) {
      try {
        i18n = i18n || SalesPerf.I18n.forLanguage(1033);
        notify(formContext, i18n.t("opportunity.estimateFailed",
          (error && error.message) || i18n.t("opportunity.unknownError")), "WARNING");
      } catch (e) { /* never break the form */ }
      return Promise.resolve();
    }
  }

  function onChange(executionContext) {
    return estimate(executionContext.getFormContext());
  }

  function onLoad(executionContext) {
    var formContext;
    try {
      formContext = executionContext.getFormContext();
      WATCHED.forEach(function (name) {
        var attribute = formContext.getAttribute(name);
        if (attribute) {
          attribute.removeOnChange(onChange);     /* onLoad runs again after a save: register once */
          attribute.addOnChange(onChange);
        }
      });
    } catch (e) {
      return Promise.resolve();
    }
    return estimate(formContext);
  }

  SalesPerf.Opportunity = {
    onLoad: onLoad,
    onChange: onChange,
    EstimateCommissionRequest: EstimateCommissionRequest,
    NOTIFICATION_ID: NOTIFICATION_ID
  };
})(this);
