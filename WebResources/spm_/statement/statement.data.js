/*
 * spm_/statement/statement.data.js — the Web API reads of the commission statement page.
 * One job: ask Dataverse for the stored statement and its lines.
 */
(function (root) {
  "use strict";

  var SalesPerf = root.SalesPerf = root.SalesPerf || {};
  var X = SalesPerf.Xrm;

  var STATEMENT_COLUMNS = "spm_commissionstatementid,spm_name,spm_creditamount,spm_attainmentpercent,spm_earnedamount," +
    "spm_clawbackamount,spm_adjustmentamount,spm_payableamount,spm_trace,spm_lastcalculatedon,statecode,statuscode," +
    "_ownerid_value,_spm_periodid_value,_transactioncurrencyid_value";
  var LINE_COLUMNS = "spm_commissionlineid,spm_name,spm_kind,spm_transactiondate,spm_creditamount,spm_splitpercent," +
    "spm_ratepercent,spm_commissionamount,spm_trace,_spm_opportunityid_value,_spm_salesorderid_value,_spm_paymentid_value";

  function rows(result) { return (result && result.entities) || []; }

  function create(xrm) {
    var api = xrm.WebApi;
    return {
      /* One statement by id (the page on a statement form, or opened with data=statementid%3D…). */
      statementById: function (statementId) {
        return api.retrieveMultipleRecords("spm_commissionstatement",
          "?$select=" + STATEMENT_COLUMNS +
          "&$filter=spm_commissionstatementid eq " + X.guid(statementId)).then(rows);
      },

      /* The owner's current statement: open ones first, then the newest. */
      currentOf: function (ownerId) {
        return api.retrieveMultipleRecords("spm_commissionstatement",
          "?$select=" + STATEMENT_COLUMNS +
          "&$filter=_ownerid_value eq " + X.guid(ownerId) +
          "&$orderby=statecode asc,createdon desc&$top=1").then(rows);
      },

      /* Its lines in the order the engine processed them: transaction date, then creation. */
      linesOf: function (statementId) {
        return api.retrieveMultipleRecords("spm_commissionline",
          "?$select=" + LINE_COLUMNS +
          "&$filter=_spm_commissionstatementid_value eq " + X.guid(statementId) +
          "&$orderby=spm_transactiondate asc,createdon asc").then(rows);
      }
    };
  }

  SalesPerf.StatementData = { create: create };
})(this);
