import { basename, dirname } from 'node:path';
import type { Diagnostic } from '../../core/diagnostics.js';
import { importCodes } from '../codes.js';
import { emptyExport, type Component, type EngineExport, type Link } from '../engine/graph.js';
import type { LoadedFile } from '../loaded.js';
import { SecretScanner } from '../secrets/scan.js';
import type { InventoryItem } from '../summary.js';
import { isList, keyedText, leaves, parseTcl, TclError, type TclValue } from './tcl.js';
import { siteGraph, type Thread } from './threads.js';

/**
 * Cloverleaf sites: NetConfig files (Tcl keyed lists: "protocol <thread> { ... }" blocks), a
 * dump of thread bodies printed without their names, and the port listing that walks every
 * site (reported as an inventory: it holds connections, not routes). Threads route by TRXID
 * to destination threads; a thread sending to a local port another thread listens on feeds it.
 */
export function readCloverleaf(files: LoadedFile[]): {
  exports: EngineExport[];
  inventory: InventoryItem[];
  diagnostics: Diagnostic[];
} {
  const inventory: InventoryItem[] = [];
  const diagnostics: Diagnostic[] = [];
  const sites: Array<{ threads: Thread[]; file: string; scanner: SecretScanner }> = [];
  for (const f of files) {
    const text = new TextDecoder('utf-8').decode(f.bytes);
    if (/port listing/i.test(f.what)) {
      const rows = portListing(text, f.display);
      inventory.push(...rows);
      diagnostics.push(
        importCodes['import-inventory-only'].at(
          { file: f.display, line: 1, column: 1 },
          'Cloverleaf port listing',
          rows.length,
          'it lists connections, not the routes between them',
        ),
      );
      continue;
    }
    let top: TclValue[];
    try {
      top = parseTcl(text.replace(/\n<[!a-zA-Z][\s\S]*$/, '\n'));
    } catch (e) {
      const line = e instanceof TclError ? e.line : 1;
      diagnostics.push(
        importCodes['import-engine-unreadable'].at(
          { file: f.display, line, column: 1 },
          'Cloverleaf NetConfig',
          e instanceof Error ? e.message : String(e),
        ),
      );
      continue;
    }
    const site = /NetConfig$/i.test(f.display)
      ? basename(dirname(f.path))
      : basename(f.path).replace(/\.[^.]+$/, '');
    const threads = namedThreads(top, site);
    const scanner = new SecretScanner(f.display, 'cloverleaf');
    for (const t of threads)
      for (const l of leaves(t.body))
        scanner.setting(l.key, l.value, `${t.name}.${l.path}`, l.line, { component: `thread "${t.name}"` });
    sites.push({ threads, file: f.display, scanner });
  }
  const exports: EngineExport[] = [];
  const all: Component[] = [];
  for (const s of sites) {
    const exp = emptyExport(
      'cloverleaf',
      s.threads.some((t) => t.inferredName) ? 'thread configuration dump' : 'NetConfig',
      s.file,
    );
    exp.configuration = `site ${s.threads[0]?.site ?? basename(s.file)}`;
    const { components, links } = siteGraph(s.threads, s.file);
    exp.components = components;
    exp.links = links;
    exp.secrets.push(...s.scanner.records);
    exp.diagnostics.push(...s.scanner.diagnostics());
    if (s.threads.length === 0)
      exp.diagnostics.push(
        importCodes['import-engine-no-flows'].at(
          { file: s.file, line: 1, column: 1 },
          'Cloverleaf NetConfig',
          'no protocol (thread) blocks',
        ),
      );
    all.push(...components);
    exports.push(exp);
  }
  // Threads that send to localhost on a port a thread of any site here listens on feed it.
  for (const exp of exports) {
    for (const link of loopbacks(exp.components, all)) {
      for (const other of exports)
        if (other === exp || other.components.some((c) => c.key === link.to)) other.links.push(link);
    }
  }
  return { exports, inventory, diagnostics };
}

/** "protocol NAME { ... }" blocks; a dump of bare bodies is split where AUTOSTART starts again. */
function namedThreads(top: TclValue[], site: string): Thread[] {
  const threads: Thread[] = [];
  for (let i = 0; i < top.length; i++) {
    if (top[i] === 'protocol' && typeof top[i + 1] === 'string' && isList(top[i + 2])) {
      const body = top[i + 2] as { items: TclValue[]; line: number };
      threads.push({ name: top[i + 1] as string, site, body, line: body.line });
      i += 2;
    }
  }
  if (threads.length > 0) return threads;
  // A dump: top-level {KEY value} elements, one thread after another, keys in order.
  let current: TclValue[] = [];
  const flush = () => {
    if (current.length === 0) return;
    const body = { items: current, line: (current[0] as { line: number }).line };
    const name =
      keyedText(body, 'SAVEMSGS', 'INFILE') ||
      keyedText(body, 'SAVEMSGS', 'OUTFILE') ||
      `${keyedText(body, 'PROCESSNAME') ?? 'thread'} ${threads.length + 1}`;
    threads.push({ name, site, body, line: body.line, inferredName: true });
    current = [];
  };
  for (const v of top) {
    if (!isList(v) || typeof v.items[0] !== 'string') continue;
    if (v.items[0] === 'AUTOSTART') flush();
    current.push(v);
  }
  flush();
  return threads;
}

function loopbacks(mine: Component[], all: Component[]): Link[] {
  const links: Link[] = [];
  for (const c of mine) {
    const e = c.endpoint;
    if (!e || e.listens || !e.port || !/^(localhost|127\.0\.0\.1)$/i.test(e.host ?? '')) continue;
    for (const l of all)
      if (l !== c && l.endpoint?.listens && l.endpoint.port === e.port)
        links.push({ from: c.key, to: l.key, network: true, how: `loopback port ${e.port}` });
  }
  return links;
}

/** Rows of the port listing (one table per site): thread, host (or Listening) and port. */
function portListing(html: string, file: string): InventoryItem[] {
  const out: InventoryItem[] = [];
  let site = '';
  const lines = html.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const h = /<h1>([^<]+)<\/h1>/i.exec(lines[i]!);
    if (h) site = h[1]!.split('/').filter(Boolean).pop() ?? h[1]!;
    for (const m of lines[i]!.matchAll(/<td>([^<]*)<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td>/gi)) {
      const [, name, host, port] = m;
      const listening = /^listening$/i.test(host!.trim());
      out.push({
        file,
        line: i + 1,
        kind: listening ? 'Cloverleaf thread listening' : 'Cloverleaf thread connecting out',
        name: `${site ? `${site}/` : ''}${name!.trim()}`,
        where: listening ? `port ${port!.trim()}` : `${host!.trim()}:${port!.trim()}`,
      });
    }
  }
  return out;
}
