import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const generate = () =>
  execFileSync(process.execPath, ['scripts/spec-reference.js'], { cwd: root, encoding: 'utf8' });
let generated: string | undefined;
const reference = () => (generated ??= generate());

describe('docs/spec-reference.md', () => {
  it('is exactly what scripts/spec-reference.js generates from the schemas (run `npm run docs:spec`)', () => {
    const committed = readFileSync(`${root}docs/spec-reference.md`, 'utf8');
    expect(reference(), 'docs/spec-reference.md is stale: run `npm run docs:spec`').toBe(committed);
  });

  it('covers every top-level key of both schemas', () => {
    const text = reference();
    for (const file of ['schemas/integration.schema.json', 'schemas/config.schema.json']) {
      const schema = JSON.parse(readFileSync(`${root}${file}`, 'utf8')) as {
        properties: Record<string, unknown>;
      };
      for (const key of Object.keys(schema.properties)) expect(text).toContain(`| \`${key}\` |`);
    }
  });

  it('resolves $defs into nested key paths with their allowed values and required flags', () => {
    const text = reference();
    expect(text).toContain('| `owner.name` | text, 1-120 characters | yes | A named person, not a team. |');
    expect(text).toMatch(
      /\| `identity\.onNoMatch` \| one of `create`, `reject`, `queue-for-review` \| {2}\|/,
    );
    expect(text).toContain('| `consumers[].use` |');
    expect(text).toContain('| `rules.<code>.severity` | one of `error`, `warning`, `info`, `off` | yes |');
    expect(text).toContain('| `review.last` | date (see [Value formats](#value-formats)) | yes |');
  });

  it('is deterministic', () => {
    expect(generate()).toBe(reference());
  });
});
