'use strict';
// The columns each table offers through the Web API, read from the solution source
// (Solution/Tables/*.json, Solution/SystemTables/*.json): the data contract of docs/domain.md.
// The fake Web API refuses any other column, so a page that names a column the solution does not
// have fails its test here instead of in an organisation.
const fs = require('node:fs');
const path = require('node:path');

const SOLUTION = path.resolve(__dirname, '..', '..', '..', 'Solution');
const cache = new Map();

function load(table) {
  for (const dir of ['Tables', 'SystemTables']) {
    const file = path.join(SOLUTION, dir, `${table}.json`);
    if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8'));
  }
  throw new Error(`table ${table} is not in the solution source (${SOLUTION})`);
}

function columnsOf(table) {
  if (cache.has(table)) return cache.get(table);
  const def = load(table);
  const columns = new Set([`${table}id`, 'statecode', 'statuscode', 'createdon', 'modifiedon', 'versionnumber']);
  let money = false;
  for (const c of def.columns) {
    if (c.type === 'Lookup') columns.add(`_${c.name}_value`);
    else columns.add(c.name);
    if (c.type === 'Money') { money = true; columns.add(`${c.name}_base`); }
  }
  if (def.ownership === 'UserOwned' || def.ownership === 'TeamOwned') columns.add('_ownerid_value');
  if (money) { columns.add('_transactioncurrencyid_value'); columns.add('exchangerate'); }
  cache.set(table, columns);
  return columns;
}

function assertColumns(table, names) {
  const known = columnsOf(table);
  const unknown = names.filter((n) => !known.has(n));
  if (unknown.length) throw new Error(`${table} has no column ${unknown.join(', ')}`);
}

module.exports = { columnsOf, assertColumns };
