/*
 * spm_/commands/commands.js — the functions the SalesPerf command bar buttons call (Solution/Ribbons).
 * One job: the order of a command — ask, confirm, show progress, call, then report the answer or the
 * API's own (bilingual) message. Form buttons receive the form context (PrimaryControl); home-grid
 * buttons the selected ids and the grid (SelectedControlSelectedItemIds, SelectedControl).
 * Loaded after spm_/shared/i18n.js, spm_/shared/xrm.js, spm_/setup/setup.data.js and commands.data.js.
 */
(function (root) {
  "use strict";

  var SalesPerf = root.SalesPerf = root.SalesPerf || {};
  var X = SalesPerf.Xrm;

  function xrm() { return X.find(root); }

  function texts(client) {
    var languageId = 1033;
    try { languageId = client.Utility.getGlobalContext().userSettings.languageId; } catch (e) { /* English */ }
    return SalesPerf.I18n.forLanguage(languageId);
  }

  function recordId(formContext) { return X.guid(formContext.data.entity.getId()); }

  function recordName(formContext) {
    try { return formContext.data.entity.getPrimaryAttributeValue() || ""; } catch (e) { return ""; }
  }

  /* The first row of a lookup column of the form: { id, name, entityType }, or null. */
  function lookup(formContext, column) {
    var attribute = formContext.getAttribute(column);
    var value = attribute && attribute.getValue();
    return value && value.length ? { id: X.guid(value[0].id), name: value[0].name, entityType: value[0].entityType } : null;
  }

  function refreshForm(formContext) {
    try { return Promise.resolve(formContext.data.refresh(false)); } catch (e) { return Promise.resolve(); }
  }

  function refreshGrid(grid) {
    try { if (grid && grid.refresh) { grid.refresh(); } } catch (e) { /* nothing to refresh */ }
  }

  /*
   * confirm → progress → work → alert(report) or error dialog(the service's message). Resolves with
   * { done, result } or { done: false } when cancelled or refused; never rejects (a command must not break the bar).
   */
  function run(client, t, step) {
    return Promise.resolve(client.Navigation.openConfirmDialog({
      title: step.title, text: step.confirm, confirmButtonLabel: t.t("command.ok"), cancelButtonLabel: t.t("command.cancel")
    })).then(function (answer) {
      if (!answer || !answer.confirmed) { return { done: false }; }
      client.Utility.showProgressIndicator(step.progress);
      return new Promise(function (resolve) { resolve(step.work()); }).then(function (result) {
        client.Utility.closeProgressIndicator();
        return Promise.resolve(client.Navigation.openAlertDialog({ title: step.title, text: step.report(result), confirmButtonLabel: t.t("command.ok") }))
          .then(function () { return { done: true, result: result }; });
      }, function (error) {
        client.Utility.closeProgressIndicator();
        return Promise.resolve(client.Navigation.openErrorDialog({ message: X.errorMessage(error, t.t("command.failed")) }))
          .then(function () { return { done: false, error: X.errorMessage(error, "") }; });
      });
    });
  }

  function recalculate(formContext, scope, confirmText) {
    var client = xrm();
    var t = texts(client);
    var data = SalesPerf.CommandData.create(client);
    return run(client, t, {
      title: t.t("command.recalculate.title"),
      confirm: confirmText,
      progress: t.t("command.recalculate.progress"),
      work: function () {
        return data.recalculate(scope, function (answer, totals) {
          if (answer.IsDone === false) {
            client.Utility.showProgressIndicator(t.t("command.recalculate.progressSlices", totals.targets, answer.Remaining === undefined ? "?" : answer.Remaining));
          }
        });
      },
      report: function (totals) { return t.t("command.recalculate.done", totals.targets, totals.statements); }
    }).then(function (outcome) { return outcome.done ? refreshForm(formContext).then(function () { return outcome; }) : outcome; });
  }

  /* Opens a SalesPerf dialog page with the record; refreshes the form when it closes. */
  function openDialog(formContext, page, titleKey, id) {
    var client = xrm();
    var t = texts(client);
    return Promise.resolve(client.Navigation.navigateTo(
      { pageType: "webresource", webresourceName: page, data: "id=" + id },
      { target: 2, position: 1, width: { value: 640, unit: "px" }, height: { value: 560, unit: "px" }, title: t.t(titleKey) }))
      .then(function () { return formContext ? refreshForm(formContext) : undefined; }, function () { return undefined; });
  }

  /* Per statement: approve/dispute/pay in turn, then one report naming every row and what happened to it. */
  function eachStatement(ids, grid, verb, change, client) {
    var t = texts(client);
    var data = SalesPerf.CommandData.create(client);
    var list = (ids || []).map(X.guid);
    if (!list.length) { return Promise.resolve({ done: false }); }
    return run(client, t, {
      title: t.t("command." + verb + ".title"),
      confirm: t.t("command." + verb + ".confirm", list.length),
      progress: t.t("command." + verb + ".progress", list.length),
      work: function () {
        return data.statements(list).then(function (rows) {
          var names = {};
          rows.forEach(function (r) { names[X.guid(r.spm_commissionstatementid)] = r.spm_name; });
          var results = [];
          return list.reduce(function (previous, id) {
            return previous.then(function () {
              return Promise.resolve(change(data, id)).then(function () {
                results.push({ id: id, name: names[id] || id, ok: true });
              }, function (error) {
                results.push({ id: id, name: names[id] || id, ok: false, message: X.errorMessage(error, t.t("command.failed")) });
              });
            });
          }, Promise.resolve()).then(function () { return results; });
        });
      },
      report: function (results) {
        var ok = results.filter(function (r) { return r.ok; }).length;
        return [t.t("command." + verb + ".summary", ok, results.length - ok)].concat(results.map(function (r) {
          return r.ok ? t.t("command.rowDone", r.name) : t.t("command.rowRefused", r.name, r.message);
        })).join("\n");
      }
    }).then(function (outcome) { refreshGrid(grid); return outcome; });
  }

  function formStatement(formContext, verb, change) {
    var client = xrm();
    return eachStatement([recordId(formContext)], null, verb, change, client)
      .then(function (outcome) { return outcome.done ? refreshForm(formContext).then(function () { return outcome; }) : outcome; });
  }

  var approve = function (data, id) { return data.approve(id); };
  var markPaid = function (data, id) { return data.markPaid(id); };

  SalesPerf.Commands = {
    /* spm_target form: Decompose target (dialog page: period type and weights). */
    decomposeTarget: function (formContext) {
      return openDialog(formContext, "spm_/commands/decompose.html", "command.decompose.title", recordId(formContext));
    },

    /* spm_target form: Allocate to team (dialog page: the split grid). */
    allocateTarget: function (formContext) {
      return openDialog(formContext, "spm_/commands/allocate.html", "command.allocate.title", recordId(formContext));
    },

    /* spm_target form: recalculate this target's owner in its period. */
    recalculateTarget: function (formContext) {
      var t = texts(xrm());
      var period = lookup(formContext, "spm_periodid");
      var owner = lookup(formContext, "ownerid");
      return recalculate(formContext, { periodId: period && period.id, owner: owner },
        t.t("command.recalculate.confirmOwner", owner ? owner.name : "", period ? period.name : ""));
    },

    /* spm_period form: recalculate every target and open statement of the period. */
    recalculatePeriod: function (formContext) {
      var t = texts(xrm());
      return recalculate(formContext, { periodId: recordId(formContext) }, t.t("command.recalculate.confirmPeriod", recordName(formContext)));
    },

    /* spm_period form: Start review cycle. */
    startReviewCycle: function (formContext) {
      var client = xrm();
      var t = texts(client);
      var data = SalesPerf.CommandData.create(client);
      var name = recordName(formContext);
      return run(client, t, {
        title: t.t("command.review.title"),
        confirm: t.t("command.review.confirm", name),
        progress: t.t("command.review.progress"),
        work: function () { return data.startReviewCycle(recordId(formContext)); },
        report: function (answer) { return t.t("command.review.done", Number(answer.Created) || 0, name); }
      });
    },

    /* spm_kpiset form: Apply KPI set — pick the owner (user or team) and the period, then apply. */
    applyKpiSet: function (formContext) {
      var client = xrm();
      var t = texts(client);
      var data = SalesPerf.CommandData.create(client);
      var setName = recordName(formContext);
      var picked = {};
      return Promise.resolve(client.Utility.lookupObjects({ entityTypes: ["systemuser", "team"], defaultEntityType: "systemuser", allowMultiSelect: false }))
        .then(function (owners) {
          if (!owners || !owners.length) { return null; }
          picked.owner = { id: X.guid(owners[0].id), name: owners[0].name, entityType: owners[0].entityType };
          return client.Utility.lookupObjects({ entityTypes: ["spm_period"], defaultEntityType: "spm_period", allowMultiSelect: false });
        })
        .then(function (periods) {
          if (!periods || !periods.length) { return { done: false }; }
          picked.period = { id: X.guid(periods[0].id), name: periods[0].name };
          return run(client, t, {
            title: t.t("command.kpiset.title"),
            confirm: t.t("command.kpiset.confirm", setName, picked.owner.name, picked.period.name),
            progress: t.t("command.kpiset.progress"),
            work: function () { return data.applyKpiSet(picked.owner, picked.period.id, recordId(formContext)); },
            report: function () { return t.t("command.kpiset.done", setName, picked.owner.name, picked.period.name); }
          });
        });
    },

    /* spm_period home grid: Complete setup (administrators; the API refuses anyone else). */
    completeSetup: function (selectedIds, grid) {
      var client = xrm();
      var t = texts(client);
      return run(client, t, {
        title: t.t("setup.title"),
        confirm: t.t("setup.confirm"),
        progress: t.t("setup.running"),
        work: function () { return SalesPerf.SetupData.create(client).complete(); },
        report: function (answer) { return answer.summary; }
      }).then(function (outcome) { refreshGrid(grid); return outcome; });
    },

    /* Statement form and grid: Approve (one or many), Dispute (dialog page with the reason), Mark paid. */
    approveStatement: function (formContext) { return formStatement(formContext, "approve", approve); },
    approveStatements: function (selectedIds, grid) { return eachStatement(selectedIds, grid, "approve", approve, xrm()); },
    markStatementPaid: function (formContext) { return formStatement(formContext, "paid", markPaid); },
    markStatementsPaid: function (selectedIds, grid) { return eachStatement(selectedIds, grid, "paid", markPaid, xrm()); },
    disputeStatement: function (formContext) {
      return openDialog(formContext, "spm_/commands/dispute.html", "command.dispute.title", recordId(formContext));
    },
    disputeSelectedStatement: function (selectedIds, grid) {
      return openDialog(null, "spm_/commands/dispute.html", "command.dispute.title", X.guid((selectedIds || [])[0]))
        .then(function () { refreshGrid(grid); });
    }
  };
})(this);
