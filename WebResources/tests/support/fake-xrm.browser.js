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

  /* What the page asked the client API for, in order: the tests read window.__spmXrmLog. */
  function log(kind, detail) {
    (window.__spmXrmLog = window.__spmXrmLog || []).push({ kind: kind, detail: detail === undefined ? null : JSON.parse(JSON.stringify(detail)) });
  }

  function progress(message) {
    var old = document.getElementById('fake-progress');
    if (old) { old.remove(); }
    if (message === null) { return; }
    var box = document.createElement('div');
    box.id = 'fake-progress';
    box.setAttribute('role', 'status');
    box.textContent = message;
    box.style.cssText = 'position:fixed;top:8px;right:8px;padding:8px 12px;background:#333;color:#fff;font:14px sans-serif;z-index:10';
    document.body.appendChild(box);
  }

  function dialog(kind, title, text, buttons) {
    log(kind + 'Dialog', { title: title, text: text });
    return new Promise(function (resolve) {
      var box = document.createElement('div');
      box.className = 'fake-dialog';
      box.setAttribute('role', kind === 'error' ? 'alertdialog' : 'dialog');
      box.setAttribute('data-kind', kind);
      box.style.cssText = 'position:fixed;left:10%;top:15%;width:70%;padding:16px;background:#fff;border:1px solid #888;box-shadow:0 4px 16px rgba(0,0,0,.3);font:14px sans-serif;white-space:pre-line;z-index:9';
      if (title) { var h = document.createElement('h2'); h.textContent = title; box.appendChild(h); }
      var p = document.createElement('p'); p.setAttribute('data-field', 'text'); p.textContent = text; box.appendChild(p);
      buttons.forEach(function (b) {
        var button = document.createElement('button');
        button.type = 'button';
        button.textContent = b.label;
        button.setAttribute('data-action', b.action);
        button.addEventListener('click', function () { box.remove(); resolve(b.value); });
        box.appendChild(button);
      });
      document.body.appendChild(box);
    });
  }

  window.Xrm = {
    WebApi: {
      retrieveMultipleRecords: function (entityLogicalName, options, maxPageSize) {
        return call('retrieveMultipleRecords', entityLogicalName, options || '');
      },
      retrieveRecord: function (entityLogicalName, id, options) {
        return call('retrieveRecord', entityLogicalName, { id: id, options: options || '' });
      },
      updateRecord: function (entityLogicalName, id, data) {
        return call('updateRecord', entityLogicalName, { id: id, data: data });
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
    /* Dialogs drawn into the page (so screenshots show them), answered by a click on their buttons. */
    Navigation: {
      openConfirmDialog: function (strings) {
        return dialog('confirm', strings.title, strings.text, [
          { label: strings.confirmButtonLabel || 'OK', action: 'confirm', value: { confirmed: true } },
          { label: strings.cancelButtonLabel || 'Cancel', action: 'cancel', value: { confirmed: false } }
        ]);
      },
      openAlertDialog: function (strings) {
        return dialog('alert', strings.title, strings.text, [{ label: strings.confirmButtonLabel || 'OK', action: 'ok', value: { returnValue: true } }]);
      },
      openErrorDialog: function (options) {
        return dialog('error', '', options.message, [{ label: 'OK', action: 'ok', value: {} }]);
      },
      navigateTo: function (pageInput, navigationOptions) {
        log('navigateTo', { pageInput: pageInput, navigationOptions: navigationOptions });
        return new Promise(function (resolve) { window.__spmCloseNavigation = resolve; });
      }
    },
    Utility: {
      showProgressIndicator: function (message) { log('showProgressIndicator', message); progress(message); },
      closeProgressIndicator: function () { log('closeProgressIndicator'); progress(null); },
      lookupObjects: function (options) {
        log('lookupObjects', options);
        var answers = config().lookups || [];
        var index = (window.__spmLookupIndex = (window.__spmLookupIndex || 0) + 1) - 1;
        return Promise.resolve(answers[index] || []);
      },
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
