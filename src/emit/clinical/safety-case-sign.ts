import type { Block } from '../privacy/document.js';
import type { SpecChange } from '../../rules/changes.js';
import type { EmitContext } from '../types.js';
import { buildDate, buildInputs } from './view.js';
import type { RoleWording } from './wording.js';

/**
 * Section 8: the statement is a draft in the CSO's words for the CSO to check, amend and sign.
 * It claims nothing govspec cannot show: activities outside the specs are for the CSO to confirm.
 */
export function statement(ctx: EmitContext, wording: RoleWording, outstanding: number): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: "Clinical Safety Officer's statement" }];
  if (outstanding > 0)
    blocks.push({
      kind: 'paragraph',
      text: `Section 7 lists ${outstanding} outstanding ${outstanding === 1 ? 'issue' : 'issues'}. Until they are resolved the integrations concerned are not shown to be acceptably safe, and the statement should not be signed for them.`,
    });
  blocks.push(
    {
      kind: 'note',
      text: 'Draft wording for the Clinical Safety Officer to check, amend and sign. govspec does not know whether the activities it refers to were carried out.',
    },
    {
      kind: 'paragraph',
      text: `I have reviewed this Clinical Safety Case Report and the hazard log it summarises (built on ${buildDate(ctx.build)}, input digest ${buildInputs(ctx.build)}). Having confirmed that hazard identification for these integrations, including a workshop with clinical, technical and operational staff, has been completed, and subject to the issues listed in section 7, I consider the integrations in scope acceptably safe for ${wording.safeFor} under ${wording.standards}.`,
    },
  );
  return blocks;
}

/** Section 9: who reviews and approves the report. */
export function approval(): Block[] {
  return [
    { kind: 'heading', level: 1, text: 'Quality assurance and approval' },
    {
      kind: 'paragraph',
      text: 'The Clinical Safety Officer reviews this report against the hazard log and the specs it was built from. A second clinical reviewer checks it, and it is approved by the person the Clinical Risk Management Plan names. The report is not valid until all three have signed.',
    },
    {
      kind: 'signatures',
      roles: ['Clinical Safety Officer', 'Clinical reviewer', 'Approver (as the plan names)'],
    },
  ];
}

/** Section 10: this draft's version; earlier versions live in the repository's history. */
export function documentHistory(ctx: EmitContext): Block[] {
  const path = `${ctx.estate.config.output}/clinical-safety/safety-case-report.md`;
  return [
    { kind: 'heading', level: 1, text: 'Document version and history' },
    {
      kind: 'table',
      headers: ['Version', 'Date', 'Change'],
      rows: [
        [
          'Draft',
          buildDate(ctx.build),
          `Built by govspec ${ctx.build.govspecVersion}, input digest ${buildInputs(ctx.build)}; not yet reviewed or signed.`,
        ],
      ],
      widths: [2, 2.5, 10],
    },
    {
      kind: 'paragraph',
      text: `Earlier versions of this report are in the repository history of ${path}. The CSO gives the report an issue number and approval date when it is signed.`,
    },
    ...specChanges(ctx.analysis.changes),
  ];
}

/**
 * What changed in each spec since its previous version in git, in clinical-safety terms (the
 * facts hazards are derived from, and the hazards raised or closed), as `govspec diff` reports it.
 * Nothing when the build had no git history to compare with.
 */
function specChanges(changes: readonly SpecChange[] | undefined): Block[] {
  if (!changes) return [];
  const changed = changes.filter(
    (c) => c.before.version !== c.version || c.clinical.length + c.hazards.length > 0,
  );
  const heading: Block = {
    kind: 'heading',
    level: 2,
    text: 'Changes since the previous versions of the specs',
  };
  if (changed.length === 0)
    return [
      heading,
      {
        kind: 'paragraph',
        text: 'No integration spec has changed version since the versions in the repository history.',
      },
    ];
  return [
    heading,
    {
      kind: 'paragraph',
      text: 'For each integration whose spec changed version, the version it is compared with (the one before it in the repository history) and what changed that bears on clinical safety.',
    },
    {
      kind: 'table',
      headers: ['Integration', 'Previous version', 'This version', 'What changed'],
      rows: changed.map((c) => [
        c.title,
        [c.before.version, c.before.base],
        c.version,
        c.clinical.length + c.hazards.length > 0
          ? [...c.clinical, ...c.hazards]
          : 'Nothing that bears on clinical safety: no hazard raised or closed.',
      ]),
      widths: [3, 3, 2, 8],
    },
  ];
}
