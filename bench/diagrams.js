#!/usr/bin/env node
// Diagram rendering benchmark (not a test). Renders N distinct data-flow diagrams (default 50)
// in ONE browser page, as `govspec build` does, and compares with one `mmdc` process per
// diagram (mermaid-cli's command line), run on the first M diagrams (default 10) and
// extrapolated to N. Needs `npm run compile` first and a Chromium (GOVSPEC_CHROMIUM or
// /usr/bin/chromium).
//
//   node bench/diagrams.js [--count 50] [--mmdc 10]
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { MermaidPage, browserPath, mermaidConfig } = await import(join(root, 'dist/emit/diagrams/browser.js'));
const { integrationDiagram } = await import(join(root, 'dist/emit/diagrams/flow-diagram.js'));

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const count = arg('count', 50);
const mmdcCount = Math.min(arg('mmdc', 10), count);
const out = join(root, 'bench/out/diagrams');
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'batch'), { recursive: true });
mkdirSync(join(out, 'mmdc'), { recursive: true });

// Distinct, realistic diagrams: vary systems, organisations, engines, transports and items.
const engines = ['mirth', 'rhapsody', 'ensemble', 'cloverleaf', 'bespoke', 'none'];
const transports = ['mllp', 'https', 'sftp', 'mesh', 'file', 'database'];
const classes = ['identifier', 'personal', 'health', 'special', 'operational', 'pseudonymised'];
const config = {
  organisation: { name: 'Benchmark Hospitals NHS Trust', ods: 'ZZB', role: 'deploying-organisation' },
};
const diagrams = Array.from({ length: count }, (_, n) => {
  const external = n % 3 === 0;
  const integration = {
    id: `bench-flow-${n}`,
    title: `Benchmark flow ${n}: system ${n} to system ${n + 1}`,
    source: { system: `Source system ${n}`, supplier: `Supplier ${n % 7}`, org: 'ZZB' },
    target: external
      ? { system: `Partner system ${n}`, org: `Y${String(10000 + n)}`, orgName: `Partner organisation ${n}` }
      : { system: `Target system ${n}`, org: 'ZZB' },
    engine: { kind: engines[n % engines.length], channel: `CHANNEL_${n}` },
    protocol: {
      standard: n % 2 ? 'hl7v2' : 'fhir',
      version: n % 2 ? '2.4' : 'R4',
      messages: n % 2 ? ['ADT^A01', 'ADT^A08'] : undefined,
      resources: n % 2 ? undefined : ['Patient', 'Encounter'],
    },
    transport: {
      kind: transports[n % transports.length],
      network: external ? 'hscn' : 'internal',
      encryption: n % 5 ? 'tls' : 'none',
    },
    data: {
      subjects: ['patients'],
      items: classes
        .slice(0, 2 + (n % 5))
        .map((c, k) => ({ name: `Item ${k}`, class: c, freeText: k === 3 })),
      attachments: [],
    },
  };
  return { name: integration.id, source: integrationDiagram(integration, config) };
});
for (const d of diagrams) writeFileSync(join(out, `${d.name}.mmd`), d.source);

// 1. One browser, one page, mermaid loaded once: SVG and PNG for every diagram.
const t0 = performance.now();
const page = await MermaidPage.launch(browserPath());
const launched = performance.now();
for (const d of diagrams) {
  const r = await page.render(`bench-${d.name}`, d.source);
  writeFileSync(join(out, 'batch', `${d.name}.svg`), r.svg);
  writeFileSync(join(out, 'batch', `${d.name}.png`), r.png);
}
await page.close();
const batchMs = performance.now() - t0;
const launchMs = launched - t0;

// 2. One mmdc process per diagram (SVG only: less work than the batch, which also makes a PNG).
const puppeteerConfig = join(out, 'puppeteer.json');
writeFileSync(
  puppeteerConfig,
  JSON.stringify({ executablePath: browserPath(), args: ['--no-sandbox', '--disable-gpu'] }),
);
const mermaidConfigFile = join(out, 'mermaid.json');
writeFileSync(mermaidConfigFile, JSON.stringify(mermaidConfig));
const mmdc = join(root, 'node_modules/.bin/mmdc');
const t1 = performance.now();
for (const d of diagrams.slice(0, mmdcCount)) {
  const r = spawnSync(
    mmdc,
    [
      '-q',
      '-p',
      puppeteerConfig,
      '-c',
      mermaidConfigFile,
      '-i',
      join(out, `${d.name}.mmd`),
      '-o',
      join(out, 'mmdc', `${d.name}.svg`),
    ],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) {
    console.error(`mmdc failed on ${d.name}: ${r.stderr}`);
    process.exit(1);
  }
}
const mmdcMs = performance.now() - t1;
const mmdcPer = mmdcMs / mmdcCount;
const mmdcTotal = mmdcPer * count;

const result = {
  machine: {
    cores: cpus().length,
    cpu: cpus()[0]?.model,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    loadAverage1m: Number(loadavg()[0].toFixed(2)),
  },
  diagrams: count,
  batch: {
    totalMs: Math.round(batchMs),
    launchMs: Math.round(launchMs),
    perDiagramMs: Math.round((batchMs - launchMs) / count),
    outputs: 'SVG + PNG',
  },
  mmdc: {
    measured: mmdcCount,
    measuredMs: Math.round(mmdcMs),
    perDiagramMs: Math.round(mmdcPer),
    extrapolatedMs: Math.round(mmdcTotal),
    outputs: 'SVG',
  },
  speedup: Number((mmdcTotal / batchMs).toFixed(1)),
};
writeFileSync(join(out, 'result.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
