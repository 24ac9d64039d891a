// nc-bench-ghostery.mjs — the same queries through @ghostery/adblocker
//
// Usage: node nc-bench-ghostery.mjs DOMAINS QUERIES OUT
//   DOMAINS: one domain per line, turned into "||domain^" filters
//   QUERIES: one URL per line
//   OUT:     written with one byte per query, "1" blocked, "0" not
// Prints "name: value" lines. Run by nc-bench-policy; not a test.
import { readFileSync, writeFileSync } from 'node:fs';
import { FiltersEngine, Request } from '@ghostery/adblocker';

const [domainsPath, queriesPath, outPath] = process.argv.slice(2);
const domains = readFileSync(domainsPath, 'utf8').split('\n').filter((d) => d.length > 0);
const urls = readFileSync(queriesPath, 'utf8').split('\n').filter((u) => u.length > 0);

let t0 = process.hrtime.bigint();
const engine = FiltersEngine.parse(domains.map((d) => `||${d}^`).join('\n'), {
  loadCosmeticFilters: false,
  loadNetworkFilters: true,
  debug: false,
});
console.log(`ghostery_build_ms: ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(0)}`);

const decide = (url) => engine.match(Request.fromRawDetails({ url, type: 'main_frame' })).match;

// Warm the JIT on the first queries, as the C side warms its caches.
for (let i = 0; i < Math.min(20000, urls.length); i++) decide(urls[i]);

const times = new Float64Array(urls.length);
const out = Buffer.alloc(urls.length);
for (let i = 0; i < urls.length; i++) {
  const start = process.hrtime.bigint();
  const match = decide(urls[i]);
  times[i] = Number(process.hrtime.bigint() - start);
  out[i] = match ? 0x31 : 0x30;
}
writeFileSync(outPath, out);

times.sort();
const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
console.log(`ghostery_median_ns_url: ${at(0.5).toFixed(0)}`);
console.log(`ghostery_p99_ns_url: ${at(0.99).toFixed(0)}`);
console.log(`ghostery_rss_mb: ${(process.memoryUsage().rss / 1048576).toFixed(1)}`);
