// A fake formContext / executionContext of a model-driven form (getAttribute, addOnChange,
// fireOnChange, ui.setFormNotification, ui.clearFormNotification, data.entity.getId), wired to the
// two inputs of opportunity-form.html so that a test can type as a person would.
(function () {
  'use strict';
  var notifications = {};
  var registered = {};

  function draw() {
    var box = document.getElementById('notifications');
    box.textContent = '';
    Object.keys(notifications).forEach(function (id) {
      var n = notifications[id];
      var div = document.createElement('div');
      div.setAttribute('role', n.level === 'INFO' ? 'status' : 'alert');
      div.setAttribute('data-level', n.level);
      div.setAttribute('data-id', id);
      div.textContent = n.message;
      box.appendChild(div);
    });
  }

  function Attribute(name, input, kind) {
    var handlers = [];
    var self = this;
    this.getName = function () { return name; };
    this.getValue = function () {
      if (input.value === '') { return null; }
      if (kind === 'date') {
        var p = input.value.split('-');
        return new Date(Number(p[0]), Number(p[1]) - 1, Number(p[2]));   /* a date field: local midnight */
      }
      return Number(input.value);
    };
    this.setValue = function (value) {
      if (value === null || value === undefined) { input.value = ''; return; }
      if (kind === 'date') {
        var d = value;
        input.value = d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
      } else { input.value = String(value); }
    };
    this.addOnChange = function (handler) { handlers.push(handler); registered[name] = handlers.length; };
    this.removeOnChange = function (handler) {
      handlers = handlers.filter(function (h) { return h !== handler; });
      registered[name] = handlers.length;
    };
    this.fireOnChange = function () {
      return Promise.all(handlers.map(function (h) { return h(executionContext); }));
    };
    input.addEventListener('change', function () { window.FakeForm.lastChange = self.fireOnChange(); });
  }

  var entityId = '';
  var attributes = {
    estimatedvalue: new Attribute('estimatedvalue', document.getElementById('estimatedvalue'), 'number'),
    estimatedclosedate: new Attribute('estimatedclosedate', document.getElementById('estimatedclosedate'), 'date')
  };

  var formContext = {
    getAttribute: function (name) { return attributes[name] || null; },
    data: { entity: { getId: function () { return entityId; }, getEntityName: function () { return 'opportunity'; } } },
    ui: {
      getFormType: function () { return entityId ? 2 : 1; },
      setFormNotification: function (message, level, uniqueId) {
        notifications[uniqueId] = { message: message, level: level };
        draw();
        return true;
      },
      clearFormNotification: function (uniqueId) {
        var had = uniqueId in notifications;
        delete notifications[uniqueId];
        draw();
        return had;
      }
    }
  };
  var executionContext = { getFormContext: function () { return formContext; }, getEventSource: function () { return null; } };

  window.FakeForm = {
    executionContext: executionContext,
    formContext: formContext,
    notifications: notifications,
    registered: registered,
    // { id: '{GUID}' or '', estimatedvalue: 20000, estimatedclosedate: '2026-02-20' }
    setUp: function (record) {
      entityId = record.id || '';
      attributes.estimatedvalue.setValue(record.estimatedvalue === undefined ? null : record.estimatedvalue);
      if (record.estimatedclosedate) {
        var p = record.estimatedclosedate.split('-');
        attributes.estimatedclosedate.setValue(new Date(Number(p[0]), Number(p[1]) - 1, Number(p[2])));
      } else { attributes.estimatedclosedate.setValue(null); }
    }
  };
})();
