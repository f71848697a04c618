/*
 * spm_/shared/dom.js — building the pages' markup without innerHTML (stored text such as a trace
 * is shown as text, never parsed), and the loading / empty / error states every page shares.
 */
(function (root) {
  "use strict";

  var SalesPerf = root.SalesPerf = root.SalesPerf || {};
  var doc = root.document;

  /* el("td", { className: "num", "data-field": "x" }, ["text", childNode]) */
  function el(tag, attributes, children) {
    var node = doc.createElement(tag);
    var attrs = attributes || {};
    Object.keys(attrs).forEach(function (name) {
      var value = attrs[name];
      if (value === undefined || value === null || value === false) { return; }
      if (name === "className") { node.className = value; }
      else if (name === "text") { node.textContent = value; }
      else if (name === "style") { Object.keys(value).forEach(function (k) { node.style[k] = value[k]; }); }
      else if (name.indexOf("on") === 0 && typeof value === "function") { node.addEventListener(name.slice(2), value); }
      else { node.setAttribute(name, value === true ? "" : String(value)); }
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined || child === false) { return; }
      node.appendChild(typeof child === "string" ? doc.createTextNode(child) : child);
    });
    return node;
  }

  function clear(node) {
    while (node.firstChild) { node.removeChild(node.firstChild); }
    return node;
  }

  /* One message in place of the content: kind is "loading", "empty" or "error". */
  function showState(container, kind, text, retryLabel, onRetry) {
    clear(container);
    container.setAttribute("aria-busy", kind === "loading" ? "true" : "false");
    var box = el("div", {
      className: "spm-state spm-state--" + kind,
      role: kind === "error" ? "alert" : "status",
      "data-state": kind
    }, [el("p", { text: text })]);
    if (kind === "error" && onRetry) {
      box.appendChild(el("button", { type: "button", className: "spm-button", onclick: onRetry, text: retryLabel }));
    }
    container.appendChild(box);
    return box;
  }

  SalesPerf.Dom = { el: el, clear: clear, showState: showState };
})(this);
