import { describe, expect, it } from 'vitest';
import { readCharset } from '../../src/import/draft/character-set.js';

/** Engine charset settings read as the spec's characterSet values. */
describe('character sets named by engine settings', () => {
  it.each([
    ['UTF-8', 'utf-8'],
    ['utf8', 'utf-8'],
    ['UNICODE UTF-8', 'utf-8'],
    ['ISO-8859-1', 'iso-8859-1'],
    ['8859/1', 'iso-8859-1'],
    ['Latin1', 'iso-8859-1'],
    ['ISO8859_15', 'iso-8859-15'],
    ['windows-1252', 'windows-1252'],
    ['Cp1252', 'windows-1252'],
    ['US-ASCII', 'ascii'],
    ['UTF-16LE', 'utf-16'],
    ['Cp037', 'ebcdic'],
    ['UCS2-BE', 'utf-16'],
    ['@UTF8', 'utf-8'],
    ['Shift_JIS', 'other'],
  ])('%s is %s', (raw, set) => {
    expect(readCharset(raw)).toEqual({ kind: 'stated', characterSet: set, raw });
  });

  it.each(['DEFAULT_ENCODING', 'Default', 'Native', 'Auto', 'Binary', 'RAW'])(
    '%s is the server default',
    (raw) => {
      expect(readCharset(raw)).toEqual({ kind: 'default', raw });
    },
  );

  it.each([undefined, '', '  ', '${charset}'])('%j says nothing', (raw) => {
    expect(readCharset(raw)).toEqual({ kind: 'none' });
  });
});
