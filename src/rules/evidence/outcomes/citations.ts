import type { Citation } from '../outcome.js';

/** Artefact folders of the build output, cited by outcome units (resolved against the files built). */
export const cite = {
  estate: { path: 'estate/', label: 'estate catalogue' },
  hazards: { path: 'clinical-safety/', label: 'hazard log and safety case' },
  privacy: { path: 'privacy/', label: 'DPIA data-flow sections and privacy risks' },
  retention: { path: 'records/', label: 'retention schedule' },
} satisfies Record<string, Citation>;
