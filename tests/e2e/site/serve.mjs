// Serves the browser tests' pages on 127.0.0.1 and proxies /rpc/<chainId> to the local Hardhat
// nodes, so pages talk to one same-origin server. Only loopback addresses are ever used.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

import { RPC_PORTS, SITE_PORT as PORT } from './ports.mjs';

const bundle = async (entry) =>
  (await build({ entryPoints: [new URL(entry, import.meta.url).pathname], bundle: true, write: false, format: 'esm', target: 'es2022' })).outputFiles[0].text;

const scripts = { '/dapp.js': await bundle('./dapp.ts'), '/hostile.js': await bundle('./hostile.ts'), '/probe.js': await bundle('./probe.ts') };
const page = (title, script, body = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${body}${script ? `<script type="module" src="${script}"></script>` : ''}</body></html>`;
const pages = {
  '/dapp.html': page('Test dApp', '/dapp.js'),
  '/hostile.html': page('Hostile page', '/hostile.js', '<button id="attack">attack</button>'),
  '/plain.html': page('Plain page', null),
  // A page that inspects its wallet providers closely (see probe.ts).
  '/probe.html': page('Probe page', '/probe.js'),
  // A page that declares, at its top level, the names a bundler might leave on window.
  '/globals.html': page('Globals page', null, `<script>let providerObserver = 'page'; const pageRelay = 'page'; document.body.dataset.ran = String(providerObserver === 'page' && pageRelay === 'page');</script>`),
};

async function proxy(req, res, chainId) {
  const port = RPC_PORTS[chainId];
  if (!port) return void res.writeHead(404).end();
  const chunks = [];
  for await (const c of req) chunks.push(c);
  const upstream = await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: Buffer.concat(chunks) });
  res.writeHead(upstream.status, { 'content-type': 'application/json' }).end(await upstream.text());
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const rpc = url.pathname.match(/^\/rpc\/(\d+)$/);
  if (rpc && req.method === 'POST') return void proxy(req, res, rpc[1]).catch(() => res.writeHead(502).end());
  if (scripts[url.pathname]) return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(scripts[url.pathname]);
  // A DefiLlama-shaped catalog for the opt-in refresh, served with CORS as the real API is.
  if (url.pathname === '/defillama-protocols.json') {
    const body = readFileSync(new URL('../../fixtures/defillama-protocols.json', import.meta.url));
    return void res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }).end(body);
  }
  if (pages[url.pathname]) return void res.writeHead(200, { 'content-type': 'text/html' }).end(pages[url.pathname]);
  res.writeHead(404).end('not found');
}).listen(PORT, '127.0.0.1', () => console.log(`test site on http://127.0.0.1:${PORT}`));
