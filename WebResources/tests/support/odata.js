'use strict';
// A small evaluator for the OData query options the pages send ($select, $filter, $orderby, $top),
// so that the fake Web API returns what Dataverse would return for the same query.
// $filter: eq ne lt le gt ge, and, or, not, parentheses; literals: numbers, GUIDs, dates, 'strings', null, true, false.

function tokenize(text) {
  const tokens = [];
  const re = /\s*(?:(\()|(\))|('(?:[^']|'')*')|([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?![\w-])|(\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?)|(-?\d+(?:\.\d+)?)|([A-Za-z_@.][\w.@]*))/y;
  let m;
  let pos = 0;
  while (pos < text.length) {
    re.lastIndex = pos;
    m = re.exec(text);
    if (!m || m[0].length === 0) {
      if (/^\s*$/.test(text.slice(pos))) break;
      throw new Error(`OData: cannot read "${text.slice(pos)}"`);
    }
    pos = re.lastIndex;
    if (m[1]) tokens.push({ t: '(' });
    else if (m[2]) tokens.push({ t: ')' });
    else if (m[3]) tokens.push({ t: 'lit', v: m[3].slice(1, -1).replace(/''/g, "'") });
    else if (m[4]) tokens.push({ t: 'lit', v: m[4].toLowerCase(), guid: true });
    else if (m[5]) tokens.push({ t: 'lit', v: m[5] });
    else if (m[6]) tokens.push({ t: 'lit', v: Number(m[6]) });
    else {
      const word = m[7];
      if (['eq', 'ne', 'lt', 'le', 'gt', 'ge'].includes(word)) tokens.push({ t: 'cmp', v: word });
      else if (word === 'and' || word === 'or' || word === 'not') tokens.push({ t: word });
      else if (word === 'null') tokens.push({ t: 'lit', v: null });
      else if (word === 'true' || word === 'false') tokens.push({ t: 'lit', v: word === 'true' });
      else tokens.push({ t: 'col', v: word });
    }
  }
  return tokens;
}

function parse(tokens, columns) {
  let i = 0;
  const peek = () => tokens[i];
  const take = (t) => {
    const tok = tokens[i];
    if (!tok || (t && tok.t !== t)) throw new Error(`OData: expected ${t} at token ${i}`);
    i += 1;
    return tok;
  };
  function primary() {
    const tok = peek();
    if (tok && tok.t === '(') { take('('); const e = or(); take(')'); return e; }
    if (tok && tok.t === 'not') { take('not'); const e = primary(); return (row) => !e(row); }
    const col = take('col').v;
    columns.add(col);
    const op = take('cmp').v;
    const lit = take('lit').v;
    return (row) => compare(row[col], op, lit);
  }
  function and() {
    let left = primary();
    while (peek() && peek().t === 'and') { take('and'); const l = left; const r = primary(); left = (row) => l(row) && r(row); }
    return left;
  }
  function or() {
    let left = and();
    while (peek() && peek().t === 'or') { take('or'); const l = left; const r = and(); left = (row) => l(row) || r(row); }
    return left;
  }
  const expr = or();
  if (i !== tokens.length) throw new Error('OData: unexpected tokens after the filter');
  return expr;
}

function normalise(value) {
  if (value === undefined) return null;
  if (typeof value === 'string' && /^[0-9a-f-]{36}$/i.test(value)) return value.toLowerCase();
  return value;
}

function compare(actual, op, literal) {
  const a = normalise(actual);
  const b = normalise(literal);
  if (op === 'eq') return a === b || (a !== null && b !== null && String(a) === String(b));
  if (op === 'ne') return !compare(actual, 'eq', literal);
  if (a === null || b === null) return false;
  const x = typeof b === 'number' ? Number(a) : String(a);
  const y = typeof b === 'number' ? b : String(b);
  switch (op) {
    case 'lt': return x < y;
    case 'le': return x <= y;
    case 'gt': return x > y;
    case 'ge': return x >= y;
    default: throw new Error(`OData: operator ${op}`);
  }
}

function parseOptions(options) {
  const text = (options || '').replace(/^\?/, '');
  const result = {};
  for (const part of text.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = part.slice(0, eq);
    const value = part.slice(eq + 1);
    if (!/^\$(select|filter|orderby|top|expand)$/.test(key)) throw new Error(`OData: unknown option ${key}`);
    result[key.slice(1)] = value;
  }
  return result;
}

// Runs a query over rows; returns { rows, columns } where columns lists every column it named.
function query(rows, options) {
  const o = parseOptions(options);
  const columns = new Set();
  if (o.expand) throw new Error('the fake does not expand navigation properties (the pages must not need them)');
  const select = o.select ? o.select.split(',') : null;
  (select || []).forEach((c) => columns.add(c));
  let out = rows.slice();
  if (o.filter) {
    const predicate = parse(tokenize(o.filter), columns);
    out = out.filter(predicate);
  }
  if (o.orderby) {
    const keys = o.orderby.split(',').map((k) => {
      const [col, dir] = k.trim().split(/\s+/);
      columns.add(col);
      return { col, desc: dir === 'desc' };
    });
    out.sort((r1, r2) => {
      for (const { col, desc } of keys) {
        const a = r1[col]; const b = r2[col];
        if (a === b) continue;
        if (a === undefined || a === null) return desc ? 1 : -1;
        if (b === undefined || b === null) return desc ? -1 : 1;
        const c = a < b ? -1 : 1;
        return desc ? -c : c;
      }
      return 0;
    });
  }
  if (o.top) out = out.slice(0, Number(o.top));
  return { rows: out, select, columns: [...columns] };
}

module.exports = { query, tokenize };
