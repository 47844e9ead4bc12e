/** Worker thread that packs DPIA Word documents, so both cores share the slowest part of a build. */
import { parentPort } from 'node:worker_threads';
import type { PrivacyDocument } from './document.js';
import { renderDocx } from './render-docx.js';

interface Job {
  id: number;
  doc: PrivacyDocument;
  date?: number;
}

parentPort?.on('message', (job: Job) => {
  renderDocx(job.doc, job.date === undefined ? undefined : new Date(job.date)).then(
    (bytes) => parentPort?.postMessage({ id: job.id, bytes }, [bytes.buffer as ArrayBuffer]),
    (error: unknown) =>
      parentPort?.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
