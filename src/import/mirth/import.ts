import { hasErrors } from '../../core/diagnostics.js';
import { importCodes } from '../codes.js';
import { detectFormat } from '../formats/detect.js';
import { formatNames } from '../formats/names.js';
import { OutputFolder, type WriteOptions } from '../draft/apply.js';
import { blanksOf } from '../draft/blanks.js';
import { idFromName } from '../draft/ids.js';
import { displayPath, expandInputs, readInput } from '../inputs.js';
import { emptySummary, finishSummary, type ImportSummary } from '../summary.js';
import { defaultXmlLimits } from '../xml/safe-xml.js';
import type { ChannelFacts } from './channel.js';
import type { ChannelLink } from './naming.js';
import { readMirthExport, type MirthExport } from './read-export.js';
import { channelToDraft, type MirthContext } from './to-draft.js';

interface Found {
  channel: ChannelFacts;
  exp: MirthExport;
}

/**
 * Import Mirth exports (files or folders): one draft spec per channel. Files that fail are
 * reported and the rest still import. Existing specs are never overwritten.
 */
export function importMirth(inputs: string[], options: WriteOptions): ImportSummary {
  const summary = emptySummary('mirth', 'channels');
  const [files, inputProblems] = expandInputs(inputs, /\.xml$/i, options.cwd);
  summary.diagnostics.push(...inputProblems);
  summary.files.withErrors += inputProblems.length;

  const exports: MirthExport[] = [];
  for (const path of files) {
    const display = displayPath(path, options.cwd);
    const [bytes, readProblems] = readInput(path, display, defaultXmlLimits.maxBytes);
    const exp = bytes ? readMirthFile(display, bytes, summary) : undefined;
    if (!bytes) {
      summary.files.read += 1;
      summary.diagnostics.push(...readProblems);
      summary.files.withErrors += 1;
    }
    if (exp) exports.push(exp);
  }
  const folder = new OutputFolder(options);
  summary.diagnostics.push(...folder.diagnostics);
  draftMirth(exports, folder, summary);
  return finishSummary(summary);
}

/** Read one Mirth export into the summary's counts; undefined when it could not be read. */
export function readMirthFile(
  display: string,
  bytes: Uint8Array,
  summary: ImportSummary,
): MirthExport | undefined {
  summary.files.read += 1;
  // another engine's export given to the Mirth importer is named for what it is
  const found = detectFormat(display, bytes);
  if (found.format && found.format !== 'mirth') {
    summary.diagnostics.push(
      importCodes['import-format-mismatch'].at(
        { file: display, line: 1, column: 1 },
        found.what,
        formatNames.mirth,
      ),
    );
    summary.files.withErrors += 1;
    return undefined;
  }
  const [exp, problems] = readMirthExport(display, bytes);
  summary.diagnostics.push(...problems);
  if (hasErrors(problems)) summary.files.withErrors += 1;
  return exp;
}

/** Draft every channel of the exports, linking Channel Writers to the specs they feed. */
export function draftMirth(exports: MirthExport[], folder: OutputFolder, summary: ImportSummary): void {
  const found = dedupe(exports, summary);

  // Links let a Channel Writer name the spec of the channel it feeds, here or already on disk.
  const links = new Map<string, ChannelLink>();
  for (const spec of folder.index.specs) {
    const engine = spec.data['engine'] as Record<string, unknown> | undefined;
    if (engine?.['kind'] === 'mirth' && typeof engine['channelId'] === 'string') {
      links.set(engine['channelId'], { name: String(engine['channel'] ?? spec.id), specId: spec.id });
    }
  }
  const ids = found.map(({ channel }) => {
    const id = folder.idFor(
      idFromName(channel.name, 'channel'),
      channel.id ? `mirth:${channel.id}` : undefined,
    );
    if (channel.id) links.set(channel.id, { name: channel.name, specId: id });
    return id;
  });
  const writers = new Map<string, ChannelLink[]>();
  found.forEach(({ channel }, i) => {
    for (const d of channel.destinations) {
      if (d.kind !== 'channel-writer' || !d.endpoint.channelId || d.enabled === false) continue;
      const list = writers.get(d.endpoint.channelId) ?? [];
      if (!list.some((w) => w.specId === ids[i])) list.push({ name: channel.name, specId: ids[i]! });
      writers.set(d.endpoint.channelId, list);
    }
  });

  found.forEach(({ channel, exp }, i) => {
    for (const conn of [channel.source, ...channel.destinations]) {
      // a connector the export lacks altogether is reported as missing, not as unknown
      if (conn.kind !== 'unknown' || conn.transportName === '(none)') continue;
      summary.unknownConnectors.push({
        file: channel.file,
        channel: channel.name,
        connector: conn.role === 'source' ? 'source' : `destination "${conn.name}"`,
        type: conn.className ?? conn.transportName,
      });
    }
    const ctx: MirthContext = {
      displayFile: channel.file,
      shape: exp.shape,
      channels: links,
      writers,
      alerts: exp.alerts,
    };
    if (exp.dataPrunerEnabled !== undefined) ctx.dataPrunerEnabled = exp.dataPrunerEnabled;
    const draft = channelToDraft(channel, ids[i]!, ctx);
    const [outcome, problems] = folder.apply(draft, blanksOf(draft));
    summary.specs.push(outcome);
    summary.diagnostics.push(...problems);
  });
}

/** The same channel can arrive twice (a single export and a backup): keep the highest revision. */
function dedupe(exports: MirthExport[], summary: ImportSummary): Found[] {
  const byId = new Map<string, Found>();
  const found: Found[] = [];
  // groups named in one file (a group export, a backup) apply to the channel wherever it is
  const groups = new Map<string, Set<string>>();
  for (const exp of exports)
    for (const [id, names] of exp.groupsByChannel)
      for (const g of names) groups.set(id, (groups.get(id) ?? new Set()).add(g));
  for (const exp of exports)
    for (const channel of exp.channels) {
      const named = channel.id ? groups.get(channel.id) : undefined;
      if (named) channel.groups = [...new Set([...channel.groups, ...named])].sort();
    }
  for (const exp of exports) {
    summary.secretsWithheld.push(...exp.secrets);
    for (const channel of exp.channels) {
      summary.found += 1;
      const seen = channel.id ? byId.get(channel.id) : undefined;
      if (!seen) {
        const entry = { channel, exp };
        if (channel.id) byId.set(channel.id, entry);
        found.push(entry);
        continue;
      }
      const replace = (channel.revision ?? 0) > (seen.channel.revision ?? 0);
      const [kept, dropped] = replace ? [channel, seen.channel] : [seen.channel, channel];
      summary.diagnostics.push(
        importCodes['import-mirth-duplicate-channel'].at(
          { file: dropped.file, line: dropped.line, column: 1 },
          dropped.name,
          kept.file,
        ),
      );
      if (replace) {
        const entry = { channel, exp };
        found[found.indexOf(seen)] = entry;
        byId.set(channel.id!, entry);
      }
    }
  }
  return found;
}
