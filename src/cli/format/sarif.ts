import type { Diagnostic } from '../../core/diagnostics.js';
import { lookupCode } from '../../core/codes.js';
import { govspecVersion } from '../../pipeline/provenance.js';
import { jsonText, terminalText } from '../terminal-text.js';

const levels = { error: 'error', warning: 'warning', info: 'note' } as const;

/**
 * SARIF 2.1.0 for GitHub code scanning: one rule per code used, one result per diagnostic.
 * Diagnostics without a file are attached to the config file, since code scanning needs a location.
 */
export function sarif(diagnostics: readonly Diagnostic[], configFile: string): string {
  const ruleIds = [...new Set(diagnostics.map((d) => d.code))].sort();
  const rules = ruleIds.map((id) => {
    const def = lookupCode(id);
    return {
      id,
      name: id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
      shortDescription: { text: def?.title ?? id },
      fullDescription: { text: `${def?.title ?? id}. Run \`govspec explain ${id}\` for details.` },
      help: { text: `govspec explain ${id}` },
      defaultConfiguration: { level: levels[def?.severity ?? 'warning'] },
    };
  });
  const results = diagnostics.map((d) => {
    const loc = d.location ?? { file: configFile, line: 1, column: 1 };
    const region: Record<string, number> = { startLine: loc.line, startColumn: loc.column };
    if (loc.endLine && loc.endColumn && (loc.endLine > loc.line || loc.endColumn > loc.column)) {
      region.endLine = loc.endLine;
      region.endColumn = loc.endColumn;
    }
    return {
      ruleId: d.code,
      ruleIndex: ruleIds.indexOf(d.code),
      level: levels[d.severity],
      message: { text: terminalText(d.message) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: fileUri(loc.file), uriBaseId: '%SRCROOT%' },
            region,
          },
        },
      ],
    };
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'govspec', semanticVersion: govspecVersion, version: govspecVersion, rules },
        },
        originalUriBaseIds: {
          '%SRCROOT%': { description: { text: 'The folder holding govspec.config.yaml.' } },
        },
        results,
      },
    ],
  };
  return `${jsonText(JSON.stringify(log, null, 2))}\n`;
}

/** A relative URI reference for a repository path: each segment escaped, so "#" or "?" stay part of the name. */
function fileUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
