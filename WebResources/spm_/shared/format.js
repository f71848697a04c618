/*
 * spm_/shared/format.js — how stored values are written for a person, in their locale.
 * One job: turn a stored number, date or choice into text. It never computes a business value:
 * what it is given is what was stored (docs/style.md, "Web resources … do no business maths").
 */
(function (root) {
  "use strict";

  var SalesPerf = root.SalesPerf = root.SalesPerf || {};

  /* spm_kpi.spm_unit */
  var UNIT = { Amount: 100000000, Count: 100000001, Percent: 100000002, Days: 100000003 };

  var NO_VALUE = "—";

  function isMissing(value) {
    return value === null || value === undefined || value === "" || isNaN(Number(value));
  }

  function formatter(locale) {
    var cache = {};
    function numberFormat(minDigits, maxDigits) {
      var key = minDigits + ":" + maxDigits;
      if (!cache[key]) {
        cache[key] = new Intl.NumberFormat(locale, {
          minimumFractionDigits: minDigits,
          maximumFractionDigits: maxDigits,
          useGrouping: true
        });
      }
      return cache[key];
    }
    var percentSpace = /^zh/.test(locale) ? "" : " ";
    var daysSuffix = /^zh/.test(locale) ? " 天" : " d";

    var api = {
      locale: locale,
      noValue: NO_VALUE,
      isMissing: isMissing,

      /* 1234.5 → "1,234.50" with exactly `digits` decimals (default 2). */
      number: function (value, digits) {
        if (isMissing(value)) { return NO_VALUE; }
        var d = digits === undefined ? 2 : digits;
        return numberFormat(d, d).format(Number(value));
      },

      /* 4.94 → "4.94", 10 → "10": up to `maxDigits` decimals, none when not needed. */
      count: function (value, maxDigits) {
        if (isMissing(value)) { return NO_VALUE; }
        return numberFormat(0, maxDigits === undefined ? 2 : maxDigits).format(Number(value));
      },

      /* A stored number of percent (112.5 means 112.5 %) → "112.5 %" (en) / "112.5%" (zh). */
      percent: function (value, digits) {
        if (isMissing(value)) { return NO_VALUE; }
        var d = digits === undefined ? 1 : digits;
        return numberFormat(d, d).format(Number(value)) + percentSpace + "%";
      },

      /* -500 with "¥" → "-¥500.00"; no symbol known → "-500.00". */
      money: function (value, symbol) {
        if (isMissing(value)) { return NO_VALUE; }
        var n = Number(value);
        var text = numberFormat(2, 2).format(Math.abs(n));
        return (n < 0 ? "-" : "") + (symbol || "") + text;
      },

      days: function (value) {
        if (isMissing(value)) { return NO_VALUE; }
        return numberFormat(0, 1).format(Number(value)) + daysSuffix;
      },

      /* A stored value of a KPI in its unit (spm_kpi.spm_unit). */
      byUnit: function (value, unit, currencySymbol) {
        switch (Number(unit)) {
          case UNIT.Amount: return api.money(value, currencySymbol);
          case UNIT.Count: return api.count(value, 2);
          case UNIT.Percent: return api.percent(value, 1);
          case UNIT.Days: return api.days(value);
          default: return api.count(value, 2);
        }
      },

      /* A date-only value as the Web API returns it ("2026-02-14", or with a time part) → a local date text. */
      date: function (value) {
        if (!value) { return NO_VALUE; }
        var match = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(value));
        if (!match) { return String(value); }
        var utc = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
        return new Intl.DateTimeFormat(locale, {
          year: "numeric", month: "short", day: "numeric", timeZone: "UTC"
        }).format(utc);
      }
    };
    return api;
  }

  SalesPerf.Format = { forLocale: formatter, UNIT: UNIT, NO_VALUE: NO_VALUE, isMissing: isMissing };
})(this);
