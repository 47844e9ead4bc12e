import type { Citation } from '../outcome.js';

/**
 * Artefacts of the build output that outcomes cite, by path ('folder/' cites every file in it).
 * The bundle resolves them against the files actually built and drops what is not there.
 */
const artefacts = {
  estate: [
    { path: 'estate.md', label: 'estate catalogue' },
    { path: 'estate/', label: 'estate catalogue' },
  ],
  model: [{ path: 'model.json', label: 'normalised estate model' }],
  hazards: [{ path: 'clinical-safety/', label: 'hazard log and safety case' }],
  privacy: [{ path: 'privacy/', label: 'DPIA data-flow sections and privacy risks' }],
  retention: [{ path: 'records/', label: 'retention schedule' }],
} satisfies Record<string, Citation[]>;

export type ArtefactKind = keyof typeof artefacts;

export function cite(...kinds: ArtefactKind[]): Citation[] {
  return kinds.flatMap((k) => artefacts[k]);
}
