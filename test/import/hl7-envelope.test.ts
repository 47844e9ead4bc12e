import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/import/hl7/analyse.js';
import { parseEr7, unescapeEr7 } from '../../src/import/hl7/er7.js';
import { importHl7 } from '../../src/import/hl7/import.js';
import { fixtures, readTree, repoRoot, tempDir, type Spec } from './helpers.js';

const batch = join(fixtures, 'synthetic/hl7-batch/winpath-results-batch.hl7');
const msh = (apps: string) => `MSH|^~\\&|${apps}|20240101120000||ADT^A01|1|P|2.4`;

describe('HL7v2 batch envelopes, padded segments and escaped names', () => {
  it('splits a batch file into its messages and leaves the envelope out of them', () => {
    const text = [
      'FHS|^~\\&|LAB|RXX',
      'BHS|^~\\&|LAB|RXX',
      msh('LAB|RXX|EPR|RXX'),
      'PID|1||1^^^RXX',
      'BTS|1',
      'BHS|^~\\&|LAB|RXX',
      msh('LAB|RXX|EPR|RXX'),
      'PID|1||2^^^RXX',
      'BTS|1',
      'FTS|2',
    ].join('\r');
    const messages = parseEr7(text);
    expect(messages.map((m) => m.segments.map((s) => s.id))).toEqual([
      ['MSH', 'PID'],
      ['MSH', 'PID'],
    ]);
    expect(messages.every((m) => m.batched)).toBe(true);
    expect(parseEr7(`${msh('A|B|C|D')}\rPID|1`)[0]!.batched).toBe(false);
  });

  it('reads each message of a batch whose line breaks became spaces', () => {
    const text = `FHS|^~\\&|LAB BHS|^~\\&|LAB ${msh('LAB|RXX|EPR|RXX')} PID|1||1^^^RXX ${msh('LAB|RXX|EPR|RXX')} PID|1||2^^^RXX BTS|2 FTS|1`;
    const messages = parseEr7(text);
    expect(messages.map((m) => m.segments.map((s) => s.id))).toEqual([
      ['MSH', 'PID'],
      ['MSH', 'PID'],
    ]);
    expect(messages.every((m) => m.batched && m.spaceSeparated)).toBe(true);
  });

  it('does not call empty trailing fields a missing segment boundary', () => {
    const padded = `${msh('PAS|RXX|EPR|RXX')}|||||||||||||||||||\rPID|1||123^^^X||${'|'.repeat(45)}\rPV1|1|I||`;
    const [, diagnostics] = analyseText('padded.hl7', padded);
    expect(diagnostics).toEqual([]);
    // a field that really carries a segment id in the middle is still caught
    const [, glued] = analyseText('glued.hl7', `${msh('PAS|RXX|EPR|RXX')}\rPID|1||123^^^X|ABTQ1|1|x`);
    expect(glued.map((d) => d.code)).toEqual(['import-hl7-segment-boundary']);
  });

  it('decodes escape sequences in sending and receiving application and facility', () => {
    const sep = parseEr7(msh('A|B|C|D'))[0]!.separators;
    expect(unescapeEr7('ST\\S\\MARY\\F\\S \\T\\ \\R\\ \\E\\', sep)).toBe('ST^MARY|S & ~ \\');
    expect(unescapeEr7('A\\X41\\B\\H\\C\\N\\\\.br\\D', sep)).toBe('AABC D');
    const [[shape]] = analyseText('x.hl7', msh('WIN\\T\\PATH|ST\\S\\MARY\\F\\S|E\\E\\PR|RXX'));
    expect(shape).toMatchObject({
      sendingApp: 'WIN&PATH',
      sendingFacility: 'ST^MARY|S',
      receivingApp: 'E\\PR',
      receivingFacility: 'RXX',
    });
  });

  it('names an application with no namespace id by its universal id', () => {
    const [[shape]] = analyseText('x.hl7', msh('^2.16.840.1.113883.3.72^ISO|RXX|EPR|RXX'));
    expect(shape!.sendingApp).toBe('2.16.840.1.113883.3.72');
  });

  it('drafts a batch file as one feed of its messages, named with the decoded sender', () => {
    const t = tempDir();
    try {
      const s = importHl7([relative(repoRoot, batch)], { outDir: t.dir, cwd: repoRoot });
      expect(s.found).toBe(2);
      expect(s.diagnostics).toEqual([]);
      const texts = readTree(t.dir);
      expect([...texts.keys()]).toEqual(['hl7-win-path-to-epr.yaml']);
      const text = texts.get('hl7-win-path-to-epr.yaml')!;
      const data = parse(text) as Spec;
      expect(data.source.system).toBe('WIN&PATH');
      expect(data.protocol.messages).toEqual(['ORU^R01']);
      expect(text).toContain('2 of the samples came in HL7 batch files');
      expect(text).toContain('Segments seen: MSH OBR OBX PID.');
    } finally {
      t.done();
    }
  });

  it("drafts the sender's character set from MSH-18, and claims none when the samples disagree or say nothing", () => {
    const withSet = (set: string) => `MSH|^~\\&|LAB|RXX|EPR|RXX|20240101120000||ORU^R01|1|P|2.4||||||${set}`;
    const draft = (messages: string[]) => {
      const t = tempDir();
      try {
        const file = join(t.dir, 'in.hl7');
        writeFileSync(file, messages.map((m) => `${m}\rPID|1||1^^^RXX`).join('\r'));
        importHl7([file], { outDir: join(t.dir, 'out'), cwd: t.dir });
        const text = [...readTree(join(t.dir, 'out')).values()][0]!;
        return { text, data: parse(text) as Spec };
      } finally {
        t.done();
      }
    };
    expect(analyseText('x', withSet('UNICODE UTF-8'))[0][0]!.charset).toBe('UNICODE UTF-8');
    const one = draft([withSet('8859/1'), withSet('8859/1')]);
    expect(one.data.source.characterSet).toBe('iso-8859-1');
    expect(one.text).toContain('characterSet: from MSH-18 (8859/1) in the samples.');
    const mixed = draft([withSet('8859/1'), withSet('UNICODE UTF-8')]);
    expect(mixed.data.source.characterSet).toBeUndefined();
    expect(mixed.text).toContain(
      'the samples name different character sets in MSH-18 (8859/1, UNICODE UTF-8)',
    );
    expect(draft([withSet('')]).data.source.characterSet).toBeUndefined();
    const bare = draft([withSet('UNICODE')]);
    expect(bare.data.source.characterSet).toBeUndefined();
    expect(bare.text).toContain('MSH-18 is UNICODE, which HL7 has deprecated because it names no encoding');
  });
});
