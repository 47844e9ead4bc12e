/**
 * DPIA sections are packed on worker threads with a bounded heap each. A worker that stops (out
 * of its memory, or killed) loses no document: what it held, and everything after, is packed on
 * the main thread, with the same bytes.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packingPool } from '../../src/emit/privacy/docx-pool.js';
import type { PrivacyDocument } from '../../src/emit/privacy/document.js';
import { renderDocx } from '../../src/emit/privacy/render-docx.js';

const workerFile = fileURLToPath(new URL('../../dist/emit/privacy/docx-worker.js', import.meta.url));
const date = new Date(Date.UTC(2026, 4, 1, 12, 0, 0));

function document(n: number): PrivacyDocument {
  return {
    title: `DPIA data-flow section ${n}`,
    subtitle: `Integration ${n}`,
    footer: `Section ${n}`,
    organisation: 'Test Trust (fictional)',
    control: [['Spec version', `1.${n}.0`]],
    blocks: [
      { kind: 'heading', level: 1, text: 'Flows' },
      { kind: 'paragraph', text: `Flow number ${n} carries demographics.` },
      { kind: 'table', headers: ['Item', 'Class'], rows: [['NHS number', 'identifier']] },
    ],
    orientation: 'portrait',
    folder: 'privacy',
  };
}

describe.skipIf(!existsSync(workerFile))(
  'packing on worker threads (needs the compiled worker: npm run compile)',
  () => {
    it('gives the bytes the main thread gives', async () => {
      const pool = packingPool(workerFile);
      try {
        const docs = [1, 2, 3, 4, 5].map(document);
        const packed = await Promise.all(docs.map((d) => pool.render(d, date)));
        for (const [i, d] of docs.entries()) expect(packed[i]).toEqual(await renderDocx(d, date));
      } finally {
        await pool.close();
      }
    });

    it('packs on the main thread whatever a worker could not, when it runs out of memory', async () => {
      // A heap far too small to start: every worker stops at once.
      const pool = packingPool(workerFile, { maxOldGenerationSizeMb: 1, maxYoungGenerationSizeMb: 1 });
      try {
        const docs = [1, 2, 3].map(document);
        const packed = await Promise.all(docs.map((d) => pool.render(d, date)));
        for (const [i, d] of docs.entries()) expect(packed[i]).toEqual(await renderDocx(d, date));
        // And what comes after.
        expect(await pool.render(document(9), date)).toEqual(await renderDocx(document(9), date));
      } finally {
        await pool.close();
      }
    });
  },
);
