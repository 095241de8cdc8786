// Serves the LinkedIn stand-in for trying it by hand: npx tsx e2e/standin/preview.ts
import { createServer } from 'node:http';
import { standinHtml } from './serve.ts';

const HOST = '127.0.0.1';
const PORT = 4700;

// Every path gets the page, so a reload after its in-page navigation (/mynetwork/) still works.
createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  response.end(standinHtml());
}).listen(PORT, HOST, () => {
  const base = `http://${HOST}:${PORT}/feed/`;
  console.log(`LinkedIn stand-in on ${base}`);
  console.log(`  e.g. ${base}?ui=sdui&lang=sv   ${base}?shareActive=true&paste=1   ${base}?maxBytes=100000`);
});
