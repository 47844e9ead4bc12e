import type { CharacterSet } from '../../model/written.js';

/** What an engine's setting says about the character set a connection reads or writes. */
export type CharsetReading =
  | { kind: 'stated'; characterSet: CharacterSet; raw: string }
  | { kind: 'default'; raw: string }
  | { kind: 'none' };

const known: Array<[RegExp, CharacterSet]> = [
  [/^(utf-?8|unicode utf-8)$/, 'utf-8'],
  [/^(utf-?16(le|be)?|unicode|unicodebig|unicode utf-16|ucs-?2(-?[bl]e)?)$/, 'utf-16'],
  [/^(iso[-_ ]?8859[-_/]?1|8859\/1|latin-?1|l1|cp819|iso_8859-1:1987)$/, 'iso-8859-1'],
  [/^(iso[-_ ]?8859[-_/]?15|8859\/15|latin-?9)$/, 'iso-8859-15'],
  [/^(windows-?1252|cp-?1252|ansi)$/, 'windows-1252'],
  [/^(us-?ascii|ascii|iso646-us)$/, 'ascii'],
  [/^(ebcdic.*|cp0?37|ibm0?37|cp500|ibm500|cp1047|ibm1047)$/, 'ebcdic'],
];

/** Words engines use for "whatever the server's platform uses" or for no text decoding at all. */
const defaults = /^(default_encoding|default|system|auto|binary|raw|native)$/;

/**
 * A character set named by an engine setting (Mirth's charsetEncoding, an InterSystems adapter's
 * Charset, HL7 v2 MSH-18): the spec's value, "the server's default", or nothing said.
 */
export function readCharset(value: string | undefined): CharsetReading {
  const raw = value?.trim() ?? '';
  if (raw === '' || /^\$\{.*\}$/.test(raw)) return { kind: 'none' };
  // InterSystems names a translation table with a leading @ (@UTF8)
  const v = raw.toLowerCase().replace(/^@/, '');
  if (defaults.test(v)) return { kind: 'default', raw };
  for (const [re, set] of known) if (re.test(v)) return { kind: 'stated', characterSet: set, raw };
  return { kind: 'stated', characterSet: 'other', raw };
}

/**
 * A draft's characterSet for one end from the engine's setting, with the line its note carries:
 * nothing claimed when the setting leaves the choice to the server, and the reason said.
 */
export function characterSetDraft(
  raw: string | undefined,
  who: string,
  verb: 'reads' | 'writes',
  whenDefault: (raw: string) => string,
): { value: { characterSet?: CharacterSet }; lines: string[] } {
  const r = readCharset(raw);
  if (r.kind === 'stated')
    return {
      value: { characterSet: r.characterSet },
      lines:
        r.characterSet === 'other'
          ? [`characterSet: ${who} ${verb} text as ${r.raw}, which the spec has no name for`]
          : [],
    };
  if (r.kind === 'default')
    return {
      value: {},
      lines: [
        `characterSet: left blank: ${who} ${verb} text ${whenDefault(r.raw)}; set it and say which here`,
      ],
    };
  return { value: {}, lines: [] };
}
