#!/usr/bin/env node
// Posts `govspec diff` Markdown as a merge-request note, updating the previous govspec note
// (found by its marker) instead of adding one per push. Runs in GitLab CI with
// GOVSPEC_API_TOKEN (project access token, api scope). Usage: node gitlab-note.mjs governance-diff.md
import { readFileSync } from 'node:fs';

const marker = '<!-- govspec-diff -->';
const {
  CI_API_V4_URL: api,
  CI_PROJECT_ID: project,
  CI_MERGE_REQUEST_IID: mr,
  GOVSPEC_API_TOKEN: token,
} = process.env;
if (!api || !project || !mr || !token) {
  process.stderr.write(
    'gitlab-note: needs CI_API_V4_URL, CI_PROJECT_ID, CI_MERGE_REQUEST_IID and GOVSPEC_API_TOKEN.\n',
  );
  process.exit(2);
}
const body = readFileSync(process.argv[2] ?? 'governance-diff.md', 'utf8');
const base = `${api}/projects/${encodeURIComponent(project)}/merge_requests/${encodeURIComponent(mr)}/notes`;
const headers = { 'PRIVATE-TOKEN': token, 'Content-Type': 'application/json' };

async function call(url, init) {
  const res = await globalThis.fetch(url, { ...init, headers });
  if (!res.ok) throw new Error(`${init?.method ?? 'GET'} ${url}: HTTP ${res.status}`);
  return res.json();
}

let existing;
for (let page = 1; !existing; page++) {
  const notes = await call(`${base}?per_page=100&page=${page}&sort=asc`);
  existing = notes.find((n) => !n.system && typeof n.body === 'string' && n.body.includes(marker));
  if (notes.length < 100) break;
}
if (existing) await call(`${base}/${existing.id}`, { method: 'PUT', body: JSON.stringify({ body }) });
else await call(base, { method: 'POST', body: JSON.stringify({ body }) });
process.stdout.write(existing ? 'Updated the governance note.\n' : 'Posted the governance note.\n');
