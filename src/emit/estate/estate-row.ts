import type { MapRow } from './honest-map.js';

/** One integration on the map, with what the Excel and HTML maps show beside the seed's columns. */
export interface EstateRow extends MapRow {
  /** Some consumer uses it while caring for patients, or its purpose is direct care. */
  directCare: boolean;
  /** Owner's team, "(no team)" for an owner without one, "(no owner)" when nobody owns it. */
  team: string;
  /** For an integration nobody owns: the planned date from the spec, else the proposed one. */
  endOfLife?: { date: string; proposed: boolean };
}
