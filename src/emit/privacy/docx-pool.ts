import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { EmitContext, EmitServices } from '../types.js';
import type { PrivacyDocument } from './document.js';
import { renderDocx } from './render-docx.js';

/**
 * Packs Word documents on worker threads when there are enough to pay for starting them (a
 * worker costs about the time of a few documents). The bytes are the same either way: the
 * writer's output depends only on the document and the build date, whatever thread made it.
 */
export interface DocxRenderer {
  render(doc: PrivacyDocument, date: Date | undefined): Promise<Uint8Array>;
  close(): Promise<void>;
}

declare module '../types.js' {
  interface EmitServices {
    docx?: DocxRenderer;
  }
}

/** Fewer documents than this are packed on the main thread. */
const poolFrom = 24;

const workerFile = fileURLToPath(new URL('./docx-worker.js', import.meta.url));

export function docxRenderer(ctx: EmitContext, expected: () => number): DocxRenderer {
  const services = ctx.services as EmitServices;
  if (!services.docx) {
    // The compiled worker exists only in the built package (not when sources run under a test
    // runner); GOVSPEC_WORKERS=0 keeps everything on the main thread.
    const workers = process.env.GOVSPEC_WORKERS === '0' ? false : existsSync(workerFile);
    const renderer = workers && expected() >= poolFrom ? pool(workerFile) : inline;
    services.docx = renderer;
    const earlier = services.close;
    services.close = async () => {
      try {
        await renderer.close();
      } finally {
        await earlier?.call(services);
      }
    };
  }
  return services.docx;
}

const inline: DocxRenderer = { render: renderDocx, close: async () => undefined };

function pool(file: string): DocxRenderer {
  const size = Math.max(1, Math.min(4, availableParallelism()));
  const workers: Worker[] = [];
  const pending = new Map<number, { resolve: (b: Uint8Array) => void; reject: (e: Error) => void }>();
  let next = 0;
  const start = (): Worker => {
    const worker = new Worker(file);
    worker.on('message', (m: { id: number; bytes?: Uint8Array; error?: string }) => {
      const job = pending.get(m.id);
      pending.delete(m.id);
      if (m.bytes) job?.resolve(new Uint8Array(m.bytes));
      else job?.reject(new Error(m.error ?? 'Word document packing failed'));
    });
    worker.on('error', (e) => {
      for (const job of pending.values()) job.reject(e);
      pending.clear();
    });
    return worker;
  };
  return {
    render(doc, date) {
      const id = next++;
      if (workers.length < size) workers.push(start());
      const worker = workers[id % workers.length]!;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, doc, ...(date ? { date: date.getTime() } : {}) });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
