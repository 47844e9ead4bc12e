import type { OutcomeUnit } from '../outcome.js';
import a1a from './a1a-ownership.js';
import a2a from './a2a-risk.js';
import a3a from './a3a-assets.js';
import a4a from './a4a-suppliers.js';
import b1a from './b1a-procedures.js';
import b2a from './b2a-authentication.js';
import b3a from './b3a-data-flows.js';
import b3b from './b3b-in-transit.js';
import b4a from './b4a-design-controls.js';
import c1a from './c1a-monitoring.js';
import c1b from './c1b-logs.js';
import d1a from './d1a-runbooks.js';
import e2b from './e2b-confidentiality.js';
import e2c from './e2c-opt-out.js';
import e3a from './e3a-direct-care.js';
import e3b from './e3b-secondary-use.js';
import e4a from './e4a-records.js';
import e4b from './e4b-coding.js';

/** Every outcome mapping unit. Outcomes without a unit are listed as 'no evidence' with the edition's reason. */
export const outcomeUnits: readonly OutcomeUnit[] = [
  a1a,
  a2a,
  a3a,
  a4a,
  b1a,
  b2a,
  b3a,
  b3b,
  b4a,
  c1a,
  c1b,
  d1a,
  e2b,
  e2c,
  e3a,
  e3b,
  e4a,
  e4b,
];
