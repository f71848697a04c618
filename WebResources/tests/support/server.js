'use strict';
// A static file server on 127.0.0.1 and a free port, for the browser tests.
//   /WebResources/<name>  → WebResources/<name>   (the web resources, at the path Dataverse serves them)
//   /host/<file>          → WebResources/tests/host/<file>   (test hosts: a dashboard frame, a fake form)
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const MOUNTS = [
  { prefix: '/WebResources/', dir: ROOT, only: /^spm_\// },
  { prefix: '/host/', dir: path.join(ROOT, 'tests', 'host'), only: /^[\w.-]+$/ },
];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

function resolve(urlPath) {
  for (const mount of MOUNTS) {
    if (!urlPath.startsWith(mount.prefix)) continue;
    const rest = decodeURIComponent(urlPath.slice(mount.prefix.length));
    if (!mount.only.test(rest) || rest.split('/').includes('..')) return null;
    return path.join(mount.dir, rest);
  }
  return null;
}

function start() {
  const server = http.createServer((req, res) => {
    const file = resolve(new URL(req.url, 'http://127.0.0.1').pathname);
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
      'cache-control': 'no-store',
    });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      ok({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}

module.exports = { start };
