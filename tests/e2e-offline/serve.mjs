// A plain static server for the offline test: serves a folder under a sub-path
// (node tests/e2e-offline/serve.mjs <folder> <port> <sub-path>), like any web
// host would, with nothing Astro-specific. Everything outside the sub-path is 404.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

const [folder = 'offline/downhill', port = '4339', subPath = '/workshop/downhill/'] = process.argv.slice(2);
const root = path.resolve(folder);
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.json': 'application/json', '.png': 'image/png' };

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let rel = decodeURIComponent(url.pathname);
  if (!rel.startsWith(subPath)) return void res.writeHead(404).end('not under ' + subPath);
  rel = rel.slice(subPath.length);
  let file = path.resolve(root, rel);
  if (file !== root && !file.startsWith(root + path.sep)) return void res.writeHead(403).end();
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!existsSync(file)) return void res.writeHead(404).end('not found');
  res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
}).listen(Number(port), '127.0.0.1');
