// SPDX-License-Identifier: GPL-3.0-or-later
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

// Ghostery fuses "||domain^" filters when enableOptimizations is on (its
// default, and what its published figures use). Both configurations run:
// the default one for speed, the other as the agreement check, since the
// fusion loses some domains (e.g. "||9898mb.com^" hides "||9898o8.com^").
function run(label, enableOptimizations, out) {
  const t0 = process.hrtime.bigint();
  const engine = FiltersEngine.parse(domains.map((d) => `||${d}^`).join('\n'), {
    loadCosmeticFilters: false,
    loadNetworkFilters: true,
    enableOptimizations,
    debug: false,
  });
  console.log(`${label}_build_ms: ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(0)}`);

  const decide = (url) => engine.match(Request.fromRawDetails({ url, type: 'main_frame' })).match;

  // Warm the JIT on the first queries, as the C side warms its caches.
  for (let i = 0; i < Math.min(20000, urls.length); i++) decide(urls[i]);

  const times = new Float64Array(urls.length);
  const answers = Buffer.alloc(urls.length);
  for (let i = 0; i < urls.length; i++) {
    const start = process.hrtime.bigint();
    const match = decide(urls[i]);
    times[i] = Number(process.hrtime.bigint() - start);
    answers[i] = match ? 0x31 : 0x30;
  }
  writeFileSync(out, answers);

  times.sort();
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  console.log(`${label}_median_ns_url: ${at(0.5).toFixed(0)}`);
  console.log(`${label}_p99_ns_url: ${at(0.99).toFixed(0)}`);
  console.log(`${label}_rss_mb: ${(process.memoryUsage().rss / 1048576).toFixed(1)}`);
}

run('ghostery', true, outPath);
if (global.gc) global.gc();
run('ghostery_unoptimized', false, `${outPath}.unoptimized`);
