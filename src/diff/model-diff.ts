import type { Diagnostic } from '../core/diagnostics.js';
import type { Config, Estate, Integration, SourceIndex } from '../model/estate.js';
import { diffFields } from './field-diff.js';
import { dsptChanges, hazardChanges, privacyChanges } from './finding-changes.js';
import { readDspt, readHazards, readPrivacy } from './findings.js';
import { requiredDecisions } from './gate.js';
import { assignReviewers, rolesFor } from './reviewers.js';
import type { GovernanceDiff, IntegrationDiff, MovedSpec } from './types.js';

/** One compiled revision: its estate (absent when the revision has no config) and analysis. */
export interface Side {
  estate?: Estate;
  analysis: object;
  sources?: SourceIndex;
}

export type DiffBody = Omit<GovernanceDiff, 'base' | 'head'>;

/**
 * The governance change between two compiled revisions. Pure: no git, no files. Integrations are
 * matched by spec id, so a spec file that moved or was renamed with the same content is no change.
 */
export function diffEstates(base: Side, head: Side & { estate: Estate; sources: SourceIndex }): DiffBody {
  const before = new Map((base.estate?.integrations ?? []).map((i) => [i.id, i]));
  const after = new Map(head.estate.integrations.map((i) => [i.id, i]));

  const baseHazards = readHazards(base.analysis);
  const headHazards = readHazards(head.analysis);
  const hazardsById = hazardChanges(baseHazards?.hazards ?? [], headHazards?.hazards ?? []);
  const basePrivacy = readPrivacy(base.analysis);
  const headPrivacy = readPrivacy(head.analysis);
  const privacyById = headPrivacy ? privacyChanges(basePrivacy ?? [], headPrivacy) : new Map();
  const headDspt = readDspt(head.analysis);

  const integrations: IntegrationDiff[] = [];
  const moved: MovedSpec[] = [];
  const ids = [...new Set([...before.keys(), ...after.keys()])].sort();
  for (const id of ids) {
    const b = before.get(id);
    const a = after.get(id);
    const hazards = headHazards ? (hazardsById.get(id) ?? []) : [];
    const privacy = privacyById.get(id) ?? [];
    const fields = a ? diffFields(b ? plain(b) : {}, plain(a)) : [];
    const change = !b
      ? 'added'
      : !a
        ? 'removed'
        : a.status === 'retired' && b.status !== 'retired'
          ? 'retired'
          : 'changed';
    if (change === 'changed' && fields.length === 0 && hazards.length === 0 && privacy.length === 0) {
      if (b!.file !== a!.file) moved.push({ id, from: b!.file, to: a!.file });
      continue;
    }
    const spec = (a ?? b)!;
    const d: IntegrationDiff = {
      id,
      title: spec.title,
      change,
      file: pick(b?.file, a?.file),
      version: pick(b?.version, a?.version),
      status: pick(b?.status, a?.status),
      fields,
      hazards,
      privacy,
      reviewers: [],
      required: [],
    };
    d.reviewers = rolesFor(d);
    integrations.push(d);
  }

  const diagnostics: Diagnostic[] = [];
  const required = requiredDecisions({
    integrations,
    base: base.estate,
    head: head.estate,
    sources: head.sources,
    headHazards,
    hazardsSection: headHazards !== undefined,
    report: (d) => diagnostics.push(d),
  });
  for (const r of required) integrations.find((i) => i.id === r.integration)?.required.push(r);

  const config: Config | undefined = head.estate.config ?? base.estate?.config;
  const reviewers = assignReviewers(integrations, config, (id) => {
    const owners = [after.get(id)?.owner, before.get(id)?.owner];
    return owners.filter((o, i) => o && owners.findIndex((p) => sameOwner(p, o)) === i);
  });
  return {
    integrations,
    moved,
    dspt: headDspt ? dsptChanges(readDspt(base.analysis), headDspt) : [],
    sections: {
      hazards: headHazards !== undefined,
      privacy: headPrivacy !== undefined,
      dspt: headDspt !== undefined,
    },
    reviewers,
    required,
    diagnostics,
  };
}

function plain(i: Integration): Record<string, unknown> {
  return i as unknown as Record<string, unknown>;
}

function pick<T>(before: T | undefined, after: T | undefined): { before?: T; after?: T } {
  const out: { before?: T; after?: T } = {};
  if (before !== undefined) out.before = before;
  if (after !== undefined) out.after = after;
  return out;
}

function sameOwner(a: Integration['owner'], b: Integration['owner']): boolean {
  return a?.name === b?.name && a?.handle === b?.handle && a?.contact === b?.contact;
}
