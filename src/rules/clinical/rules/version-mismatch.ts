import { ptr } from '../facts.js';
import type { Cause } from '../rule.js';
import { defineHazardRule } from '../rule.js';
import { rate } from '../rating.js';

/** Source and target speak different versions of the standard. */
export default defineHazardRule({
  id: 'version-mismatch',
  number: 13,
  title: 'Standards version mismatch between source and target',
  description:
    'The source and target systems use different versions of the message standard, so fields can move, change meaning or be dropped between them.',
  effect: 'Fields the target expects are missing or misplaced; values are misread.',
  hazard: 'Clinicians see incomplete or misinterpreted data.',
  harm: 'Treatment based on misinterpreted data.',
  suggestedControls: [
    {
      kind: 'design',
      text: 'Translate explicitly between versions in the engine, field by field, and reject what cannot be translated.',
    },
    {
      kind: 'test',
      text: 'Test every message type against the specifications of both versions with real examples.',
    },
  ],
  derive(i) {
    const declared: Array<{ version: string; pointer: string; who: string }> = [];
    if (i.protocol.version)
      declared.push({
        version: i.protocol.version,
        pointer: ptr('protocol', 'version'),
        who: 'the protocol',
      });
    if (i.source.version)
      declared.push({
        version: i.source.version,
        pointer: ptr('source', 'version'),
        who: `the source (${i.source.system})`,
      });
    if (i.target.version)
      declared.push({
        version: i.target.version,
        pointer: ptr('target', 'version'),
        who: `the target (${i.target.system})`,
      });
    const distinct = [...new Set(declared.map((d) => normalise(d.version)))];
    if (distinct.length < 2) return undefined;
    const first = declared[0]!;
    const causes: Cause[] = declared
      .filter((d) => normalise(d.version) !== normalise(first.version))
      .map((d) => ({
        text: `${capital(d.who)} uses version ${d.version}; ${first.who} uses ${first.version}.`,
        pointer: d.pointer,
      }));
    const major = new Set(distinct.map(majorPart)).size > 1;
    return {
      causes,
      existingControls: i.mapping.some((m) => m.kind === 'format' && m.tested === true)
        ? ['A tested format mapping is in place.']
        : [],
      initial: rate({
        likelihood: major ? 'medium' : 'low',
        because: major
          ? 'the versions differ in their major release, where structures change'
          : 'minor releases are mostly backward compatible',
        severity: 'considerable',
        harm: 'misread fields lead to wrong or delayed care',
        patients: 'many',
      }),
    };
  },
});

function normalise(v: string): string {
  return v.trim().toLowerCase().replace(/^v/, '');
}

/** "2.5.1" -> "2", "R4" -> "r4", "STU3" -> "stu3": a different major part means a structural change. */
function majorPart(v: string): string {
  return v.split('.')[0]!;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
