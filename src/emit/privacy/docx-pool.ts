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
    const renderer = workers && expected() >= poolFrom ? packingPool(workerFile) : inline;
    services.docx = renderer;
    let closed: Promise<void> | undefined;
    const close = () => (closed ??= renderer.close());
    // The workers go when the emitter that started them is done: what they hold is not kept
    // through the rest of the build. An emitter after it starts its own renderer if it needs one.
    const done = services.emitterDone;
    services.emitterDone = async () => {
      try {
        await close();
        if (services.docx === renderer) delete services.docx;
      } finally {
        await done?.call(services);
      }
    };
    const earlier = services.close;
    services.close = async () => {
      try {
        await close();
      } finally {
        await earlier?.call(services);
      }
    };
  }
  return services.docx;
}

const inline: DocxRenderer = { render: renderDocx, close: async () => undefined };

/**
 * What a packing worker may hold: one document at a time needs a few megabytes, and a worker left
 * to grow as it likes keeps hundreds of megabytes of garbage over thousands of documents. At
 * 1,000 DPIA sections, 24 MB packs as fast as 64 MB did, and the process peaks about 40 MB lower;
 * a document too large for it is packed on the main thread (below).
 */
const workerLimits = { maxOldGenerationSizeMb: 24, maxYoungGenerationSizeMb: 4 };

interface Job {
  doc: PrivacyDocument;
  date: Date | undefined;
  worker: Worker;
  resolve: (b: Uint8Array) => void;
  reject: (e: Error) => void;
}

/**
 * Workers that pack documents; exported for its tests. A worker that stops (out of its memory, or
 * killed) loses nothing: its documents, and every one after, are packed on the main thread.
 */
export function packingPool(file: string, limits = workerLimits): DocxRenderer {
  const size = Math.max(1, Math.min(4, availableParallelism()));
  const workers: Worker[] = [];
  const pending = new Map<number, Job>();
  let lost = false;
  let next = 0;
  const onMain = (job: Job) => void renderDocx(job.doc, job.date).then(job.resolve, job.reject);
  const stopped = (worker: Worker) => {
    lost = true;
    for (const [id, job] of pending) {
      if (job.worker !== worker) continue;
      pending.delete(id);
      onMain(job);
    }
  };
  const start = (): Worker => {
    const worker = new Worker(file, { resourceLimits: limits });
    worker.on('message', (m: { id: number; bytes?: Uint8Array; error?: string }) => {
      const job = pending.get(m.id);
      pending.delete(m.id);
      if (m.bytes) job?.resolve(new Uint8Array(m.bytes));
      else job?.reject(new Error(m.error ?? 'Word document packing failed'));
    });
    worker.on('error', () => stopped(worker));
    worker.on('exit', () => stopped(worker));
    return worker;
  };
  return {
    render(doc, date) {
      if (lost) return renderDocx(doc, date);
      const id = next++;
      if (workers.length < size) workers.push(start());
      const worker = workers[id % workers.length]!;
      return new Promise((resolve, reject) => {
        pending.set(id, { doc, date, worker, resolve, reject });
        worker.postMessage({ id, doc, ...(date ? { date: date.getTime() } : {}) });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
