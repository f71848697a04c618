/*
 * spm_/commands/commands.data.js — what the command bar buttons send to the organisation.
 * One job: build the custom API requests (Xrm.WebApi.online.execute) and the statement status changes
 * (Xrm.WebApi.updateRecord) the buttons make, and hand back the APIs' answers. No rule is decided here:
 * the plug-ins check every call and answer with their bilingual message.
 */
(function (root) {
  "use strict";

  var SalesPerf = root.SalesPerf = root.SalesPerf || {};
  var X = SalesPerf.Xrm;

  var ACTION = 0;
  var ENTITY = 5;
  var PRIMITIVE = 1;
  var STATEMENT = "spm_commissionstatement";

  /* The statuses of spm_commissionstatement (docs/domain.md; statecode 1 only for Paid). */
  var STATUS = { open: 1, approved: 100000000, disputed: 100000001, paid: 2 };

  /* A table row as a custom API parameter: { "@odata.type", <table>id }. */
  function entity(table, id) {
    var value = { "@odata.type": "Microsoft.Dynamics.CRM." + table };
    value[table + "id"] = X.guid(id);
    return value;
  }

  /* An unbound custom API request: parameters { name: { value, type, table? } } (table for a row, "" for any table). */
  function ApiRequest(operationName, parameters) {
    var types = {};
    Object.keys(parameters).forEach(function (name) {
      var p = parameters[name];
      if (p.value === undefined || p.value === null || p.value === "") { return; }
      this[name] = p.value;
      types[name] = p.table !== undefined
        ? { typeName: "mscrm." + (p.table || "crmbaseentity"), structuralProperty: ENTITY }
        : { typeName: p.type, structuralProperty: PRIMITIVE };
    }, this);
    this.getMetadata = function () {
      return { boundParameter: null, operationType: ACTION, operationName: operationName, parameterTypes: types };
    };
  }

  function row(table, id) { return id ? { value: entity(table, id), table: table } : {}; }

  /* An owner (systemuser or team) of any table: the parameter's type is crmbaseentity. */
  function owner(ref) { return ref ? { value: entity(ref.entityType, ref.id), table: "" } : {}; }

  function create(xrm) {
    function execute(name, parameters) {
      return new Promise(function (resolve) {
        resolve(xrm.WebApi.online.execute(new ApiRequest(name, parameters)));
      }).then(X.responseBody);
    }

    /*
     * spm_Recalculate, slice after slice: while the answer says IsDone = false it is called again with its NextCursor.
     * An API without slices answers without IsDone: that one call did everything. onSlice(answer) follows progress.
     */
    function recalculate(scope, onSlice) {
      var totals = { targets: 0, statements: 0, calls: 0 };
      function slice(cursor) {
        return execute("spm_Recalculate", {
          Period: row("spm_period", scope.periodId),
          Owner: owner(scope.owner),
          Cursor: { value: cursor, type: "Edm.String" }
        }).then(function (answer) {
          totals.calls += 1;
          totals.targets += Number(answer.Targets) || 0;
          totals.statements += Number(answer.Statements) || 0;
          if (onSlice) { onSlice(answer, totals); }
          return answer.IsDone === false && answer.NextCursor ? slice(answer.NextCursor) : totals;
        });
      }
      return slice(null);
    }

    return {
      recalculate: recalculate,

      /* spm_DecomposeTarget: { Created }. */
      decompose: function (targetId, periodType, weights) {
        return execute("spm_DecomposeTarget", {
          Target: row("spm_target", targetId),
          PeriodType: { value: periodType, type: "Edm.Int32" },
          Weights: { value: weights, type: "Edm.String" }
        });
      },

      /* spm_AllocateTarget with [{ owner, value } | { owner, percent }]: { Created }. */
      allocate: function (targetId, allocations) {
        return execute("spm_AllocateTarget", {
          Target: row("spm_target", targetId),
          Allocations: { value: JSON.stringify(allocations), type: "Edm.String" }
        });
      },

      /* spm_ApplyKpiSet: { Scorecard }. */
      applyKpiSet: function (ownerRef, periodId, kpiSetId) {
        return execute("spm_ApplyKpiSet", {
          Owner: owner(ownerRef),
          Period: row("spm_period", periodId),
          KpiSet: row("spm_kpiset", kpiSetId)
        });
      },

      /* spm_StartReviewCycle: { Created }. */
      startReviewCycle: function (periodId) {
        return execute("spm_StartReviewCycle", { Period: row("spm_period", periodId) });
      },

      /* Names and statuses of statements, for the per-row report of a bulk change. */
      statements: function (ids) {
        return Promise.resolve(xrm.WebApi.retrieveMultipleRecords(STATEMENT,
          "?$select=spm_name,statuscode&$filter=" + X.anyOf("spm_commissionstatementid", ids)))
          .then(function (result) { return (result && result.entities) || []; });
      },

      /* One statement's status change, as a Dataverse update (the statement guard checks role and change). */
      approve: function (id) { return xrm.WebApi.updateRecord(STATEMENT, X.guid(id), { statuscode: STATUS.approved }); },
      dispute: function (id, reason) {
        return xrm.WebApi.updateRecord(STATEMENT, X.guid(id), { statuscode: STATUS.disputed, spm_disputereason: reason });
      },
      markPaid: function (id) { return xrm.WebApi.updateRecord(STATEMENT, X.guid(id), { statecode: 1, statuscode: STATUS.paid }); }
    };
  }

  SalesPerf.CommandData = { create: create, ApiRequest: ApiRequest, STATUS: STATUS };
})(this);
