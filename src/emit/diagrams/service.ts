import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { privacyCodes } from '../../rules/privacy/codes.js';
import type { EmitContext, EmitServices } from '../types.js';
import { MermaidPage, mermaidConfig, pngScale } from './browser.js';
import { pngProblem, svgProblem } from './verify.js';

/**
 * Diagram rendering for the whole build: one browser, started on the first diagram that needs
 * it and closed by the build through `services.close()`. A diagram is rendered at most once:
 * first the previous build's files are reused when their .mmd source is unchanged (the
 * committed renderings are the cache, so the pictures do not depend on the browser or fonts of
 * whoever builds next), then a content-addressed cache (.govspec-cache/diagrams, keyed by
 * SHA-256 of the source and the renderer settings), and only then the browser. A diagram that
 * none of them can give is reported by name when the build closes the service.
 */

export interface DiagramFiles {
  svg: Uint8Array;
  png: Uint8Array;
}

export interface DiagramStats {
  rendered: number;
  reusedPrevious: number;
  fromCache: number;
  failed: number;
  /** Diagrams left without a picture because no browser could start. */
  notDrawn: number;
}

export interface DiagramService {
  /**
   * SVG and PNG for a diagram whose source is emitted at `<folder>/<name>.mmd`. Undefined when
   * no browser is available (reported once per build) or rendering failed (reported).
   */
  render(folder: string, name: string, source: string): Promise<DiagramFiles | undefined>;
  readonly stats: DiagramStats;
  /**
   * True when the diagram was not drawn although its source is unchanged, because the earlier
   * rendering in the output is no longer what govspec wrote or is not whole: the writer then
   * leaves it out with a note (and check reports it) instead of treating it as a stray file.
   */
  previousUnusable(folder: string, name: string): boolean;
  close(): Promise<void>;
}

declare module '../types.js' {
  interface EmitServices {
    diagrams?: DiagramService;
    /** Releases what the services hold (the diagram browser). The build calls it once at the end. */
    close?(): Promise<void>;
    /**
     * Releases what only the current emitter needed (packing workers, say), so the memory is free
     * for the emitters after it. The build calls and clears it when each emitter is done.
     */
    emitterDone?(): Promise<void>;
  }
}

/** Changes whenever the renderer's output for the same source could change. */
const rendererKey = JSON.stringify({ mermaidConfig, pngScale, v: 1 });

export function diagramKey(source: string): string {
  return createHash('sha256').update(rendererKey).update('\u0000').update(source).digest('hex');
}

/** The build's diagram service, created on first use. */
export function diagramService(ctx: EmitContext): DiagramService {
  const services = ctx.services as EmitServices;
  if (!services.diagrams) {
    const previous = ctx.analysis.privacy?.previous;
    const service = createDiagramService({
      readPrevious: previous ? (p) => previous.read(p) : () => undefined,
      intact: (p, bytes) => ctx.previousIntact?.(p, bytes) ?? true,
      cacheDir: previous?.cacheDir,
      ...(ctx.writesNothing ? { cacheReadOnly: true } : {}),
      report: (reason, names) =>
        ctx.report(privacyCodes['privacy-diagrams-not-rendered'].at(undefined, reason, names)),
      failed: (name, detail) =>
        ctx.report(privacyCodes['privacy-diagram-failed'].at(undefined, name, detail)),
    });
    services.diagrams = service;
    const earlier = services.close;
    services.close = async () => {
      try {
        await service.close();
      } finally {
        await earlier?.call(services);
      }
    };
  }
  return services.diagrams;
}

export interface ServiceOptions {
  readPrevious(path: string): Uint8Array | undefined;
  /** Whether a previous file is still the one govspec wrote (default: yes). */
  intact?(path: string, bytes: Uint8Array): boolean;
  cacheDir?: string;
  /** Read renderings from the cache but store none. */
  cacheReadOnly?: boolean;
  /** Called once, on close, when no browser could be started: why, and the diagrams left without a picture. */
  report(reason: string, names: string[]): void;
  failed(name: string, detail: string): void;
  launch?: () => Promise<Pick<MermaidPage, 'render' | 'close'>>;
}

export function createDiagramService(options: ServiceOptions): DiagramService {
  const unusable = new Set<string>();
  const stats: DiagramStats = { rendered: 0, reusedPrevious: 0, fromCache: 0, failed: 0, notDrawn: 0 };
  const memo = new Map<string, Promise<DiagramFiles | undefined>>();
  let browser: Promise<Pick<MermaidPage, 'render' | 'close'> | undefined> | undefined;
  let noBrowser: string | undefined;
  const notDrawn = new Set<string>();
  const launch = options.launch ?? (() => MermaidPage.launch());

  function startBrowser() {
    browser ??= launch().catch((e: unknown) => {
      noBrowser = e instanceof Error ? e.message.split('\n')[0]! : String(e);
      return undefined;
    });
    return browser;
  }

  async function produce(
    folder: string,
    name: string,
    source: string,
    key: string,
  ): Promise<DiagramFiles | undefined> {
    const base = `${folder}/${name}`;
    const prevSource = options.readPrevious(`${base}.mmd`);
    let unusablePrevious = false;
    if (prevSource && new TextDecoder().decode(prevSource) === source) {
      const svg = options.readPrevious(`${base}.svg`);
      const png = options.readPrevious(`${base}.png`);
      unusablePrevious = svg !== undefined || png !== undefined;
      // Carried over only when still what govspec wrote and whole; otherwise rendered again.
      const intact = options.intact ?? (() => true);
      if (svg && png && intact(`${base}.svg`, svg) && intact(`${base}.png`, png) && usable({ svg, png })) {
        stats.reusedPrevious += 1;
        return { svg, png };
      }
    }
    const cached = readCache(options.cacheDir, key);
    if (cached) {
      stats.fromCache += 1;
      return cached;
    }
    const page = await startBrowser();
    if (!page) {
      stats.notDrawn += 1;
      notDrawn.add(base);
      if (unusablePrevious) unusable.add(base);
      return undefined;
    }
    try {
      const out = await page.render(`govspec-${key.slice(0, 16)}`, source);
      const files = { svg: new TextEncoder().encode(out.svg), png: out.png };
      stats.rendered += 1;
      if (!options.cacheReadOnly) writeCache(options.cacheDir, key, files);
      return files;
    } catch (e) {
      stats.failed += 1;
      if (unusablePrevious) unusable.add(base);
      options.failed(name, e instanceof Error ? e.message.split('\n')[0]! : String(e));
      return undefined;
    }
  }

  return {
    stats,
    previousUnusable: (folder, name) => unusable.has(`${folder}/${name}`),
    render(folder, name, source) {
      const key = diagramKey(source);
      let result = memo.get(key);
      if (!result) {
        result = produce(folder, name, source, key);
        memo.set(key, result);
      }
      return result;
    },
    async close() {
      const page = await browser;
      browser = undefined;
      await page?.close();
      if (noBrowser !== undefined && notDrawn.size > 0) options.report(noBrowser, [...notDrawn].sort());
      notDrawn.clear();
    },
  };
}

function usable(files: DiagramFiles): boolean {
  return svgProblem(files.svg) === undefined && pngProblem(files.png) === undefined;
}

function readCache(dir: string | undefined, key: string): DiagramFiles | undefined {
  if (!dir) return undefined;
  try {
    const svg = readFileSync(join(dir, `${key}.svg`));
    const png = readFileSync(join(dir, `${key}.png`));
    const files = { svg: new Uint8Array(svg), png: new Uint8Array(png) };
    return usable(files) ? files : undefined;
  } catch {
    return undefined;
  }
}

/** Best effort: a cache that cannot be written only costs a render next time. */
function writeCache(dir: string | undefined, key: string, files: DiagramFiles): void {
  if (!dir) return;
  try {
    mkdirSync(dir, { recursive: true });
    for (const [ext, bytes] of [
      ['svg', files.svg],
      ['png', files.png],
    ] as const) {
      const tmp = join(dir, `${key}.${ext}.${process.pid}.tmp`);
      writeFileSync(tmp, bytes);
      renameSync(tmp, join(dir, `${key}.${ext}`));
    }
  } catch {
    // ignored on purpose
  }
}
