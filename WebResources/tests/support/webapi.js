'use strict';
// The fake Dataverse behind the fake Xrm.WebApi: fixture rows per table, shaped like Web API rows
// (annotations included), queried with the pages' own OData options. Runs in Node; the browser
// reaches it through an exposed function. Records every call so tests can check what was asked.
const { query } = require('./odata');
const { assertColumns } = require('./schema');

function project(row, table, select) {
  const out = { '@odata.etag': row['@odata.etag'] || 'W/"1"' };
  const keep = new Set(select || Object.keys(row).filter((k) => !k.includes('@')));
  keep.add(`${table}id`);
  for (const key of Object.keys(row)) {
    const base = key.split('@')[0];
    if (keep.has(base) && row[key] !== undefined) out[key] = row[key];
  }
  return out;
}

class FakeWebApi {
  constructor(tables = {}) {
    this.tables = tables;
    this.calls = [];
    this.failures = new Map();
    this.handlers = new Map();
    this.updateHandlers = new Map();
  }

  // handler(id, data, row) before an update of `table` is applied: throw { message } to refuse it as the server would.
  onUpdate(table, handler) { this.updateHandlers.set(table, handler); }

  // Every later call on `table` (or the custom API of that name) fails like Xrm.WebApi does.
  fail(name, message, errorCode = 2147746336) { this.failures.set(name, { message, errorCode }); }
  recover(name) { this.failures.delete(name); }
  // handler(params, metadata) → response body, or throws { message } / returns a Promise.
  onExecute(name, handler) { this.handlers.set(name, handler); }

  rows(table) { return this.tables[table] || []; }

  async handle(operation, name, argument) {
    this.calls.push({ operation, name, argument });
    try {
      if (this.failures.has(name)) return { error: this.failures.get(name) };
      if (operation === 'retrieveMultipleRecords') {
        const q = query(this.rows(name), argument);
        assertColumns(name, q.columns);
        return { result: { entities: q.rows.map((r) => project(r, name, q.select)) } };
      }
      if (operation === 'retrieveRecord') {
        const id = String(argument.id).toLowerCase();
        const q = query(this.rows(name), argument.options);
        assertColumns(name, q.columns);
        const row = this.rows(name).find((r) => String(r[`${name}id`]).toLowerCase() === id);
        if (!row) return { error: { message: `${name} With Id = ${id} Does Not Exist`, errorCode: 2147746336 } };
        return { result: project(row, name, q.select) };
      }
      if (operation === 'updateRecord') {
        const id = String(argument.id).toLowerCase();
        const row = this.rows(name).find((r) => String(r[`${name}id`]).toLowerCase() === id);
        if (!row) return { error: { message: `${name} With Id = ${id} Does Not Exist`, errorCode: 2147746336 } };
        assertColumns(name, Object.keys(argument.data));
        const handler = this.updateHandlers.get(name);
        if (handler) await handler(id, argument.data, row);
        Object.assign(row, argument.data);
        return { result: { entityType: name, id } };
      }
      if (operation === 'execute') {
        const handler = this.handlers.get(name);
        if (!handler) return { error: { message: `Resource not found for the segment '${name}'.`, errorCode: 2147746325 } };
        return { result: await handler(argument.params, argument.metadata) };
      }
      return { error: { message: `the fake has no ${operation}`, errorCode: 1 } };
    } catch (e) {
      // A query the fake (or the solution) cannot answer is the test's failure, not the page's error state.
      if (e && e.fatal !== false && e instanceof Error) {
        this.fatal = this.fatal || e;
        return { error: { message: `FAKE REFUSED: ${e.message}`, errorCode: 0 } };
      }
      return { error: { message: (e && e.message) || String(e), errorCode: (e && e.errorCode) || 2147220891 } };
    }
  }

  callsTo(name) { return this.calls.filter((c) => c.name === name); }
}

module.exports = { FakeWebApi };
