// Time each emitter of one build over a synthetic estate: node bench/profile-emitters.js [count]
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { generate } from '../dist/pipeline/generate.js';
import { FsHost } from '../dist/core/host.js';
import { FsEmitCache } from '../dist/emit/cache.js';
import { writeEstate } from './synthetic.js';

process.env.GOVSPEC_CHROMIUM = '/nonexistent/chromium';
const root = fileURLToPath(new URL('..', import.meta.url));
const n = Number(process.argv[2] ?? 100);
const dir = join(root, 'bench', 'out', `profile-${n}`);
writeEstate(dir, n, root);
const cache = new FsEmitCache(join(dir, '.govspec-cache', 'emit'));
// With --warm, time a second build that finds every per-integration output in the cache.
if (process.argv.includes('--warm'))
  await generate({
    host: new FsHost(dir),
    fallbackAsOf: '',
    env: { SOURCE_DATE_EPOCH: '1764028800' },
    cache,
  });
let last = performance.now();
let label = 'load, validate and derive';
const times = [];
await generate({
  cache,
  host: new FsHost(dir),
  fallbackAsOf: '',
  env: { SOURCE_DATE_EPOCH: '1764028800' },
  progress: (message) => {
    const now = performance.now();
    times.push([label, now - last]);
    label = message;
    last = now;
  },
});
times.push([label, performance.now() - last]);
for (const [what, ms] of times) console.log(`${ms.toFixed(0).padStart(7)} ms  ${what}`);
