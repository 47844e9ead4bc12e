// Benchmarks (not tests): `npm run bench`. Writes figures to stdout as Markdown; copy into bench/RESULTS.md.
// Usage: node bench/run.js [sizes...]   e.g. node bench/run.js 100 1000 5000
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsYaml from 'js-yaml';
import { parse as yamlParse } from 'yaml';
import { compile } from '../dist/pipeline/compile.js';
import { generate } from '../dist/pipeline/generate.js';
import { FsHost } from '../dist/core/host.js';
import { writeOutput } from '../dist/emit/writer.js';
import { FsEmitCache } from '../dist/emit/cache.js';
import { writeEstate } from './synthetic.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const runs = sizes.length ? sizes : [100, 1000, 5000];
// Builds are measured without diagram rendering (that has its own benchmark, bench/diagrams.js).
process.env.GOVSPEC_CHROMIUM = '/nonexistent/chromium';

function time(fn, reps = 3) {
  const samples = [];
  let value;
  for (let i = 0; i < reps; i++) {
    const t = process.hrtime.bigint();
    value = fn();
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return [samples[Math.floor(samples.length / 2)], value];
}

async function timeAsync(fn) {
  const t = process.hrtime.bigint();
  const value = await fn();
  return [Number(process.hrtime.bigint() - t) / 1e6, value];
}

const ms = (x) => `${x.toFixed(0)} ms`;
const rows = [];
let peakRss = 0;
const sampleRss = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));

for (const n of runs) {
  const dir = join(root, 'bench', 'out', `estate-${n}`);
  const files = writeEstate(dir, n, root);
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const [jsYamlMs] = time(() => texts.map((t) => jsYaml.load(t)));
  const [yamlMs] = time(() => texts.map((t) => yamlParse(t)));
  const host = () => new FsHost(dir);
  const [validateMs, result] = time(() => compile({ host: host(), asOf: '2026-11-25', skipAnalysis: true }));
  sampleRss();
  const [fullCompileMs] = time(() => compile({ host: host(), asOf: '2026-11-25' }), 1);
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const out = join(dir, 'generated');
  const env = { SOURCE_DATE_EPOCH: '1764028800' };
  const cacheDir = join(dir, '.govspec-cache', 'emit');
  const build = () => generate({ host: host(), fallbackAsOf: '', env, cache: new FsEmitCache(cacheDir) });
  const [buildMs, built] = await timeAsync(build);
  sampleRss();
  if (built.files) writeOutput(out, built.files);
  // Rebuild after one spec changes: edit one title.
  const one = files[Math.floor(files.length / 2)];
  writeFileSync(one, readFileSync(one, 'utf8').replace(/^title: (.*)$/m, 'title: $1 (edited)'));
  const [rebuildMs, rebuilt] = await timeAsync(build);
  const changed = rebuilt.files ? writeOutput(out, rebuilt.files) : undefined;
  const [noopMs, again] = await timeAsync(build);
  const noop = again.files ? writeOutput(out, again.files) : undefined;
  sampleRss();
  rows.push({
    n,
    jsYamlMs,
    yamlMs,
    validateMs,
    fullCompileMs,
    errors,
    buildMs,
    rebuildMs,
    noopMs,
    changed,
    noop,
    files: built.files?.length ?? 0,
  });
  console.error(`done ${n}`);
}

const startup = [];
for (let i = 0; i < 5; i++) {
  const t = process.hrtime.bigint();
  execFileSync(process.execPath, [join(root, 'bin', 'run.js'), '--version']);
  startup.push(Number(process.hrtime.bigint() - t) / 1e6);
}
startup.sort((a, b) => a - b);

console.log(
  `Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`,
);
console.log(
  '| specs | js-yaml parse (floor) | yaml parse | validate | validate / floor | compile incl. derivation | full build (no diagrams) | rebuild after 1 edit | files rewritten | no-op rebuild | files written by no-op |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(
    `| ${r.n} | ${ms(r.jsYamlMs)} | ${ms(r.yamlMs)} | ${ms(r.validateMs)} | ${(r.validateMs / r.jsYamlMs).toFixed(2)}x | ${ms(r.fullCompileMs)} | ${ms(r.buildMs)} (${r.files} files) | ${ms(r.rebuildMs)} | ${r.changed ? r.changed.written.length : 'n/a'} | ${ms(r.noopMs)} | ${r.noop ? r.noop.written.length : 'n/a'} |`,
  );
}
const big = rows.find((r) => r.n === 5000);
const mid = rows.find((r) => r.n === 1000);
if (big && mid)
  console.log(
    `\nScaling validate(5000)/validate(1000): ${(big.validateMs / mid.validateMs).toFixed(2)}; build: ${(big.buildMs / mid.buildMs).toFixed(2)}`,
  );
console.log(
  `Peak RSS: ${(peakRss / 2 ** 20).toFixed(0)} MB. \`govspec --version\` start-up (median of 5): ${ms(startup[2])}.`,
);
