// Runs a node script in this process and writes its peak resident memory (KiB) to a file on exit:
//   node bench/rss.js OUT_FILE SCRIPT [ARGS...]
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [outFile, script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], resolve(script), ...args];
process.on('exit', () => writeFileSync(outFile, String(process.resourceUsage().maxRSS)));
await import(pathToFileURL(resolve(script)).href);
