/*
 * spm_/scorecard/scorecard.data.js — the Web API reads of the scorecard page.
 * One job: ask Dataverse for stored rows (periods, scorecards, targets, KPIs). Row-level security
 * decides whose rows come back: a rep reads their own, a manager also their people's.
 */
(function (root) {
  "use strict";

  var SalesPerf = root.SalesPerf = root.SalesPerf || {};
  var X = SalesPerf.Xrm;

  var SCORECARD_COLUMNS = "spm_scorecardid,spm_name,spm_weightedscore,spm_rank,spm_lastcalculatedon,_ownerid_value,_spm_periodid_value";
  var TARGET_COLUMNS = "spm_targetid,spm_name,_spm_kpiid_value,spm_weight,spm_targetvalue,spm_actualvalue," +
    "spm_expectedtodatevalue,spm_attainmentpercent,spm_scorepercent";

  function rows(result) { return (result && result.entities) || []; }

  function create(xrm) {
    var api = xrm.WebApi;
    return {
      /* Periods whose dates (inclusive) contain the given day, finest first (month before quarter before year). */
      currentPeriods: function (isoDay) {
        return api.retrieveMultipleRecords("spm_period",
          "?$select=spm_periodid,spm_name,spm_code,spm_periodtype,spm_startdate,spm_enddate" +
          "&$filter=spm_startdate le " + isoDay + " and spm_enddate ge " + isoDay +
          "&$orderby=spm_periodtype desc,spm_startdate desc").then(rows);
      },

      /* Active scorecards of those periods that the caller may read, best rank first. */
      scorecardsIn: function (periodIds) {
        if (!periodIds.length) { return Promise.resolve([]); }
        return api.retrieveMultipleRecords("spm_scorecard",
          "?$select=" + SCORECARD_COLUMNS +
          "&$filter=statecode eq 0 and " + X.anyOf("_spm_periodid_value", periodIds) +
          "&$orderby=spm_rank asc,spm_name asc").then(rows);
      },

      /* One scorecard (the page on a scorecard form). */
      scorecardById: function (scorecardId) {
        return api.retrieveMultipleRecords("spm_scorecard",
          "?$select=" + SCORECARD_COLUMNS + "&$filter=spm_scorecardid eq " + X.guid(scorecardId)).then(rows);
      },

      /* The active targets that make up one scorecard, heaviest weight first. */
      targetsOf: function (scorecardId) {
        return api.retrieveMultipleRecords("spm_target",
          "?$select=" + TARGET_COLUMNS +
          "&$filter=_spm_scorecardid_value eq " + X.guid(scorecardId) + " and statecode eq 0" +
          "&$orderby=spm_weight desc,spm_name asc").then(rows);
      },

      /* The KPIs of those targets, for their unit (amount, count, percent, days). */
      kpis: function (kpiIds) {
        if (!kpiIds.length) { return Promise.resolve([]); }
        return api.retrieveMultipleRecords("spm_kpi",
          "?$select=spm_kpiid,spm_name,spm_code,spm_unit,spm_direction" +
          "&$filter=" + X.anyOf("spm_kpiid", kpiIds)).then(rows);
      }
    };
  }

  SalesPerf.ScorecardData = { create: create };
})(this);
