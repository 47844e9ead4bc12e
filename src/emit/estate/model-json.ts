import { defineEmitter } from '../types.js';

/** generated/model.json: the normalised estate, for other tools. Keys sorted for stable diffs. */
export const modelJson = defineEmitter({
  id: 'model-json',
  description: 'The normalised estate model (JSON)',
  emit(ctx) {
    const model = {
      govspec: 1,
      organisation: ctx.estate.config.organisation,
      integrations: ctx.estate.integrations,
    };
    return [{ path: 'model.json', content: `${stableStringify(model)}\n` }];
  },
});

export function stableStringify(value: unknown): string {
  return JSON.stringify(sortKeys(value), null, 2);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}
