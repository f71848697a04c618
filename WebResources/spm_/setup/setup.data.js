/*
 * spm_/setup/setup.data.js — the two setup custom APIs, called through Xrm.WebApi.online.execute.
 * One job: ask the organisation whether setup is complete (spm_GetSetupStatus, a function any user may
 * call) and run Complete setup (spm_CompleteSetup, an action for System Administrators and SalesPerf
 * Admins). It passes on the APIs' answers; what a step is and how it is registered is the plug-in's.
 */
(function (root) {
  "use strict";

  var SalesPerf = root.SalesPerf = root.SalesPerf || {};
  var X = SalesPerf.Xrm;

  var OPERATION = { action: 0, "function": 1 };

  /* The request object execute takes for an unbound custom API without request parameters. */
  function UnboundRequest(operationName, operationType) {
    this.getMetadata = function () {
      return { boundParameter: null, operationType: operationType, operationName: operationName, parameterTypes: {} };
    };
  }

  /* "a\nb\n" → ["a", "b"]: the APIs list names one per line. */
  function lines(text) {
    return String(text || "").split(/\r?\n/).map(function (line) { return line.trim(); }).filter(Boolean);
  }

  function create(xrm) {
    function execute(operationName, operationType) {
      return new Promise(function (resolve) {
        resolve(xrm.WebApi.online.execute(new UnboundRequest(operationName, operationType)));
      }).then(X.responseBody);
    }

    return {
      /* { isComplete, missing: [step names] } from spm_GetSetupStatus (GET …/spm_GetSetupStatus()). */
      status: function () {
        return execute("spm_GetSetupStatus", OPERATION["function"]).then(function (answer) {
          return { isComplete: answer.IsComplete === true, missing: lines(answer.Missing) };
        });
      },

      /* { registered, alreadyRegistered: [step names], summary } from spm_CompleteSetup (POST …/spm_CompleteSetup). */
      complete: function () {
        return execute("spm_CompleteSetup", OPERATION.action).then(function (answer) {
          return {
            registered: lines(answer.Registered),
            alreadyRegistered: lines(answer.AlreadyRegistered),
            summary: answer.Summary || ""
          };
        });
      }
    };
  }

  SalesPerf.SetupData = { create: create, UnboundRequest: UnboundRequest };
})(this);
