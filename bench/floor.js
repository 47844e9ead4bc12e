// Floors for the benchmarks, each the least work its measure could cost, run as its own process:
//   node bench/floor.js parse DIR        parse every spec under DIR with js-yaml (what validate must do)
//   node bench/floor.js copy FROM TO     read every file under FROM and write it under TO (what a build must write)
// Prints nothing; bench/rss.js around it reports its peak memory.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import jsYaml from 'js-yaml';

const [what, from, to] = process.argv.slice(2);

function files(dir, keep) {
  const out = [];
  for (const name of readdirSync(dir, { recursive: true })) {
    const full = join(dir, name);
    if (keep(name) && statSync(full).isFile()) out.push(name);
  }
  return out;
}

if (what === 'parse') {
  const specs = (name) => /^specs\/.*\.yaml$/.test(name) || /^channels\/.*\.govspec\.yaml$/.test(name);
  for (const name of files(from, specs)) jsYaml.load(readFileSync(join(from, name), 'utf8'));
} else if (what === 'copy') {
  rmSync(to, { recursive: true, force: true });
  for (const name of files(from, () => true)) {
    mkdirSync(dirname(join(to, name)), { recursive: true });
    writeFileSync(join(to, name), readFileSync(join(from, name)));
  }
} else {
  process.exitCode = 2;
}
