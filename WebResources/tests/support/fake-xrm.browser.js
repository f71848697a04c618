// Runs in the page before its scripts (playwright addInitScript): a fake of the parts of the
// Dynamics 365 Client API the web resources use. Data comes from the Node-side FakeWebApi through
// the exposed function __spmWebApi; settings from window.__spmFakeConfig, read when used (a reused
// page gets a new config script before each navigation, and the last one wins).
(function () {
  'use strict';
  function config() { return window.__spmFakeConfig || {}; }
  if (window.__spmFakeStatic && window.__spmFakeStatic.xrmInParentOnly && window !== window.top) { return; }

  function call(operation, name, argument) {
    return window.__spmWebApi(operation, name, argument).then(function (answer) {
      if (answer && answer.error) { return Promise.reject(answer.error); }
      return answer.result;
    });
  }

  function plain(value) {
    if (value instanceof Date) { return value.toISOString(); }
    return value;
  }

  window.Xrm = {
    WebApi: {
      retrieveMultipleRecords: function (entityLogicalName, options, maxPageSize) {
        return call('retrieveMultipleRecords', entityLogicalName, options || '');
      },
      retrieveRecord: function (entityLogicalName, id, options) {
        return call('retrieveRecord', entityLogicalName, { id: id, options: options || '' });
      },
      online: {
        execute: function (request) {
          if (config().executeThrows) { throw new Error(config().executeThrows); }
          var metadata = request.getMetadata();
          var params = {};
          Object.keys(request).forEach(function (key) {
            if (typeof request[key] !== 'function') { params[key] = plain(request[key]); }
          });
          return call('execute', metadata.operationName, { metadata: metadata, params: params }).then(function (body) {
            return { ok: true, status: 200, statusText: 'OK', json: function () { return Promise.resolve(body); } };
          });
        }
      }
    },
    Utility: {
      getGlobalContext: function () {
        var cfg = config();
        return {
          userSettings: {
            languageId: cfg.languageId || 1033,
            userId: cfg.userId,
            userName: cfg.userName || 'Test User'
          },
          organizationSettings: {
            baseCurrencyId: cfg.baseCurrencyId,
            baseCurrency: cfg.baseCurrencyId ? { id: cfg.baseCurrencyId, entityType: 'transactioncurrency', name: 'Yuan Renminbi' } : null
          }
        };
      }
    }
  };
})();
