'use strict';
// The web resources as the packer ships them: names, types, references between them, no network.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'webresources.json'), 'utf8')).webResources;
const TYPE_BY_EXTENSION = { '.html': 1, '.css': 2, '.js': 3 };

function filesUnder(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    return d.isDirectory() ? filesUnder(full) : [full];
  });
}
const files = filesUnder(path.join(ROOT, 'spm_')).map((f) => path.relative(ROOT, f).split(path.sep).join('/')).sort();

test('webresources.json lists exactly the files under spm_/, each with the type of its extension', () => {
  assert.deepEqual(manifest.map((w) => w.name).sort(), files);
  for (const w of manifest) {
    assert.equal(w.type, TYPE_BY_EXTENSION[path.extname(w.name)], w.name);
    assert.ok(w.displayName.en && w.displayName.zh && w.description.en && w.description.zh, `${w.name}: labels in en and zh`);
  }
});

test('names carry the publisher prefix and only the characters Dataverse allows in a web resource name', () => {
  for (const name of files) {
    assert.match(name, /^spm_\//, name);
    assert.match(name, /^[A-Za-z0-9_./-]+$/, name);
  }
});

test('every script and style an HTML page loads is a web resource of the solution, by relative path', () => {
  for (const page of files.filter((f) => f.endsWith('.html'))) {
    const html = fs.readFileSync(path.join(ROOT, page), 'utf8');
    const refs = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+)"/g)].map((m) => m[1]);
    assert.ok(refs.length > 0, page);
    for (const ref of refs) {
      assert.doesNotMatch(ref, /^(\/|[a-z]+:)/i, `${page}: ${ref} must be relative`);
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(page), ref));
      assert.ok(files.includes(target), `${page}: ${ref} → ${target} is not a web resource`);
    }
  }
});

test('no web resource reaches outside the organisation (no CDN, no absolute URL)', () => {
  for (const name of files) {
    const text = fs.readFileSync(path.join(ROOT, name), 'utf8');
    assert.doesNotMatch(text, /(https?:)?\/\/[a-z0-9-]+\.[a-z]{2,}/i, name);
  }
});

test('English and Chinese have the same text keys', () => {
  global.window = {};
  const source = fs.readFileSync(path.join(ROOT, 'spm_/shared/i18n.js'), 'utf8');
  new Function(source).call(global.window);
  const { I18n } = global.window.SalesPerf;
  const keys = [...source.matchAll(/^\s+"([a-z]+(?:\.[A-Za-z]+)+)":/gm)].map((m) => m[1]);
  const unique = [...new Set(keys)];
  assert.equal(keys.length, unique.length * 2, 'each key once in en and once in zh');
  const en = I18n.forLanguage(1033);
  const zh = I18n.forLanguage(2052);
  for (const key of unique) {
    assert.notEqual(en.t(key), key, key);
    assert.notEqual(zh.t(key), en.t(key), `${key} is translated`);
  }
  assert.equal(I18n.forLanguage(1036).locale, 'en-US', 'other languages fall back to English');
  delete global.window;
});
