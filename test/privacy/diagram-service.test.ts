import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDiagramService, diagramService } from '../../src/emit/diagrams/service.js';
import { tinyPng } from '../office/helpers.js';
import type { EmitContext, EmitServices } from '../../src/emit/types.js';

const enc = (s: string) => new TextEncoder().encode(s);
/** A whole 1x1 PNG: renderings are reused or cached only when they are whole pictures. */
const onePixelPng = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  ),
);
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function fakeBrowser() {
  const calls: string[] = [];
  let launches = 0;
  let closed = 0;
  return {
    calls,
    get launches() {
      return launches;
    },
    get closed() {
      return closed;
    },
    launch: async () => {
      launches += 1;
      return {
        render: async (_id: string, source: string) => {
          calls.push(source);
          return { svg: `<svg>${source.length}</svg>`, png: onePixelPng };
        },
        close: async () => {
          closed += 1;
        },
      };
    },
  };
}

describe('diagram service', () => {
  it('renders each distinct source once, starts the browser lazily, and closes it', async () => {
    const b = fakeBrowser();
    const service = createDiagramService({
      readPrevious: () => undefined,
      report: () => {},
      failed: () => {},
      launch: b.launch,
    });
    expect(b.launches).toBe(0);
    await Promise.all([
      service.render('d', 'a', 'flowchart A'),
      service.render('d', 'a-again', 'flowchart A'),
      service.render('d', 'b', 'flowchart B'),
    ]);
    expect(b.calls).toEqual(['flowchart A', 'flowchart B']);
    expect(b.launches).toBe(1);
    expect(service.stats.rendered).toBe(2);
    await service.close();
    expect(b.closed).toBe(1);
  });

  it('reuses the previous build files when the .mmd source is unchanged, then the cache, before the browser', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'govspec-cache-'));
    dirs.push(cacheDir);
    const previous: Record<string, Uint8Array> = {
      'd/x.mmd': enc('flowchart X'),
      'd/x.svg': enc('<svg>old</svg>'),
      'd/x.png': onePixelPng,
    };
    const b1 = fakeBrowser();
    const s1 = createDiagramService({
      readPrevious: (p) => previous[p],
      cacheDir,
      report: () => {},
      failed: () => {},
      launch: b1.launch,
    });
    expect(new TextDecoder().decode((await s1.render('d', 'x', 'flowchart X'))!.svg)).toBe('<svg>old</svg>');
    await s1.render('d', 'y', 'flowchart Y');
    expect(b1.calls).toEqual(['flowchart Y']);
    expect(s1.stats).toMatchObject({ reusedPrevious: 1, rendered: 1 });

    const b2 = fakeBrowser();
    const s2 = createDiagramService({
      readPrevious: () => undefined,
      cacheDir,
      report: () => {},
      failed: () => {},
      launch: b2.launch,
    });
    const y = await s2.render('d', 'y', 'flowchart Y');
    expect(new TextDecoder().decode(y!.svg)).toBe('<svg>11</svg>');
    expect(b2.launches).toBe(0);
    expect(s2.stats.fromCache).toBe(1);
  });

  it('reports once, when the build closes it, which diagrams no browser could draw', async () => {
    const reports: Array<[string, string[]]> = [];
    const service = createDiagramService({
      // An earlier build's files for 'same': its source, and whole renderings of it.
      readPrevious: (p) =>
        !p.startsWith('d/same.')
          ? undefined
          : p.endsWith('.mmd')
            ? enc('flowchart S')
            : p.endsWith('.png')
              ? tinyPng(2, 2, [0, 0, 0])
              : enc('<svg xmlns="http://www.w3.org/2000/svg"></svg>'),
      report: (r, names) => reports.push([r, names]),
      failed: () => {},
      launch: async () => {
        throw new Error('no browser at /usr/bin/chromium\nmore detail');
      },
    });
    expect(await service.render('d', 'b', 'flowchart B')).toBeUndefined();
    expect(await service.render('d', 'a', 'flowchart A')).toBeUndefined();
    // An unchanged diagram keeps its rendering: it is not reported.
    expect(await service.render('d', 'same', 'flowchart S')).toBeDefined();
    expect(reports).toEqual([]);
    await service.close();
    expect(reports).toEqual([['no browser at /usr/bin/chromium', ['d/a', 'd/b']]]);
    expect(service.stats).toMatchObject({ notDrawn: 2, reusedPrevious: 1 });
  });

  it('lives in the build services, created on first use, and chains onto an existing close hook', async () => {
    const order: string[] = [];
    const services: EmitServices = { close: async () => void order.push('earlier') };
    const ctx = { services, analysis: {}, report: () => {} } as unknown as EmitContext;
    const first = diagramService(ctx);
    expect(diagramService(ctx)).toBe(first);
    await services.close!();
    expect(order).toEqual(['earlier']);
  });
});
