import { jsonPieces } from '../../core/json-pieces.js';
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
    // Streamed, one integration at a time: at thousands of integrations the model is tens of megabytes.
    return [{ path: 'model.json', pieces: () => modelPieces(model) }];
  },
});

function* modelPieces(model: unknown): Generator<string> {
  yield* jsonPieces(model, { depth: 2, sortKeys: true });
  yield '\n';
}
