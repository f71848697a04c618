/*
 * spm_/shared/xrm.js — the pages' access to the Dynamics 365 Client API.
 * One job: find Xrm (this window or the hosting form/dashboard), read the user's settings and the
 * page's parameters, run small Web API reads that several pages share (a currency's symbol), and read
 * the body of a custom API's answer.
 */
(function (root) {
  "use strict";

  var SalesPerf = root.SalesPerf = root.SalesPerf || {};

  /* Xrm of this window, else of the parent (an HTML web resource in a form or dashboard). */
  function findXrm(win) {
    var w = win || root;
    if (w.Xrm && w.Xrm.WebApi) { return w.Xrm; }
    try {
      if (w.parent && w.parent !== w && w.parent.Xrm && w.parent.Xrm.WebApi) { return w.parent.Xrm; }
    } catch (e) {
      /* a parent on another origin: no Xrm there */
    }
    return null;
  }

  /* "{AB-CD}" → "ab-cd": the form OData filters take. */
  function guid(value) {
    return value ? String(value).replace(/[{}]/g, "").toLowerCase() : "";
  }

  function userSettings(xrm) {
    var settings = xrm.Utility.getGlobalContext().userSettings;
    return { languageId: settings.languageId, userId: guid(settings.userId), userName: settings.userName };
  }

  function baseCurrencyId(xrm) {
    var org = xrm.Utility.getGlobalContext().organizationSettings || {};
    if (org.baseCurrency && org.baseCurrency.id) { return guid(org.baseCurrency.id); }
    return guid(org.baseCurrencyId);
  }

  /*
   * The page's query string. A web resource in a form receives id and typename when "pass record
   * object-type code and unique identifier" is set, and its custom parameters URL-encoded in data.
   */
  function pageParameters(search) {
    var result = {};
    var params = new URLSearchParams(search || "");
    params.forEach(function (value, key) { result[key.toLowerCase()] = value; });
    if (result.data) {
      new URLSearchParams(result.data).forEach(function (value, key) {
        if (!(key.toLowerCase() in result)) { result[key.toLowerCase()] = value; }
      });
    }
    if (result.id) { result.id = guid(result.id); }
    return result;
  }

  /* The symbol of a currency ("¥"), or "" when unknown or unreadable: never fails the page. */
  function currencySymbol(xrm, currencyId) {
    if (!currencyId) { return Promise.resolve(""); }
    try {
      return Promise.resolve(xrm.WebApi.retrieveRecord("transactioncurrency", guid(currencyId), "?$select=currencysymbol"))
        .then(function (row) { return (row && row.currencysymbol) || ""; }, function () { return ""; });
    } catch (e) {
      return Promise.resolve("");
    }
  }

  /* "(_x_value eq a or _x_value eq b)" for a list of ids. */
  function anyOf(column, ids) {
    return "(" + ids.map(function (id) { return column + " eq " + guid(id); }).join(" or ") + ")";
  }

  /* The text of a rejected Web API call ({ errorCode, message } from Xrm.WebApi). */
  function errorMessage(error, fallback) {
    if (error && typeof error.message === "string" && error.message) { return error.message; }
    if (typeof error === "string" && error) { return error; }
    return fallback || "";
  }

  /*
   * The body of an Xrm.WebApi.online.execute answer: a fetch Response whose JSON holds the custom API's
   * response properties (a non-2xx answer is an error), or the body itself where a host hands it over parsed.
   */
  function responseBody(response) {
    if (response && typeof response.json === "function") {
      if (response.ok === false) {
        throw { message: "HTTP " + response.status };
      }
      return response.json();
    }
    return response || {};
  }

  /* The display name the Web API sends with a lookup or choice value. */
  function formatted(row, column) {
    return row ? row[column + "@OData.Community.Display.V1.FormattedValue"] : undefined;
  }

  SalesPerf.Xrm = {
    find: findXrm,
    guid: guid,
    userSettings: userSettings,
    baseCurrencyId: baseCurrencyId,
    pageParameters: pageParameters,
    currencySymbol: currencySymbol,
    anyOf: anyOf,
    errorMessage: errorMessage,
    responseBody: responseBody,
    formatted: formatted
  };
})(this);
