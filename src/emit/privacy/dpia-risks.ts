import { likelihoodWords, scoringBasis, severityWords } from '../../catalogue/privacy-guidance.js';
import { dateWords } from '../../core/formats.js';
import type { Config } from '../../model/estate.js';
import { scoringRows, severities } from '../../rules/privacy/scoring.js';
import type { PrivacyRisk } from '../../rules/privacy/types.js';
import type { Block, Cell } from './document.js';

/** Risks with likelihood, severity and overall rating; measures; further actions; high residual risks; sign-off. */

export type Scale = 'ico' | 'nhs-england';

const name = (r: PrivacyRisk, n: number) => `R${n}. ${r.title}`;

export function risks(all: readonly PrivacyRisk[], scale: Scale): Block[] {
  const l = likelihoodWords[scale];
  const s = severityWords[scale];
  const out: Block[] = [];
  if (all.length === 0) {
    out.push({
      kind: 'paragraph',
      text: 'No privacy risk follows from the facts in the spec, and the spec records no local risk. The IG team should still consider risks the spec cannot show.',
    });
  } else {
    out.push({
      kind: 'table',
      headers: [
        'Risk',
        'Source of risk and nature of potential impact on individuals',
        `Likelihood of harm (${Object.values(l).join(', ')})`,
        `Severity of harm (${Object.values(s).join(', ')})`,
        'Overall risk (low, medium, high)',
      ],
      rows: all.map((r, k) => [name(r, k + 1), r.source, l[r.likelihood], s[r.severity], r.overall]),
      widths: [2.2, 4.2, 2, 2, 1.6],
    });
  }
  out.push(
    { kind: 'note', text: scoringBasis.text },
    {
      kind: 'table',
      headers: ['Likelihood \\ severity', ...severities.map((x) => s[x])],
      rows: scoringRows().map(([lk, cells]) => [l[lk], ...cells]),
    },
  );
  return out;
}

export function measures(all: readonly PrivacyRisk[]): Block[] {
  if (all.length === 0) return [{ kind: 'paragraph', text: 'No risks, so no measures are recorded.' }];
  return [
    {
      kind: 'table',
      headers: [
        'Risk',
        'Options to reduce or eliminate risk',
        'Effect on risk',
        'Residual risk',
        'Measure approved',
      ],
      rows: all.map((r, k) => measureRow(r, k + 1)),
      widths: [2.3, 4.8, 1.4, 1.6, 2.1],
    },
    {
      kind: 'note',
      text: 'The IG team’s decisions on these risks are recorded in the integration spec and reviewed there, like any other change to the flow.',
    },
  ];
}

function measureRow(r: PrivacyRisk, n: number): Cell[] {
  const d = r.decision;
  if (!d)
    return [
      name(r, n),
      ['No IG decision recorded. Suggested:', ...r.suggested.map((x) => `- ${x}`)],
      'not decided',
      'not decided',
      'no decision recorded',
    ];
  const options = [
    ...(d.measures && d.measures.length > 0 ? d.measures : ['No measures recorded.']),
    ...(d.rationale ? [`Rationale: ${d.rationale}`] : []),
  ];
  const approved = [
    d.approved === true ? 'yes' : d.approved === false ? 'no' : 'not recorded',
    ...(d.decidedBy ? [`Decided by ${d.decidedBy}`] : []),
    ...(d.decidedOn ? [`on ${dateWords(d.decidedOn)}`] : []),
  ];
  return [name(r, n), options, d.effect ?? 'not recorded', d.residual ?? 'not recorded', approved];
}

/** What is still to be done: risks with no decision, measures not approved. */
export function furtherActions(all: readonly PrivacyRisk[]): Block[] {
  const rows: Cell[][] = [];
  all.forEach((r, k) => {
    if (!r.decision?.complete)
      rows.push([
        `Decide on ${name(r, k + 1)}: record the measures, their effect and the residual risk`,
        'IG team with the integration owner',
      ]);
    else if (r.decision.approved !== true)
      rows.push([`Approve or replace the measures for ${name(r, k + 1)}`, 'IG team']);
  });
  if (rows.length === 0)
    return [{ kind: 'paragraph', text: 'No further actions: every risk has an approved IG decision.' }];
  return [
    {
      kind: 'table',
      headers: ['Action', 'By', 'Date due', 'Done'],
      rows: rows.map((x) => [...x, '', '']),
      widths: [6, 2.6, 1.6, 1.2],
    },
  ];
}

export function highResidual(all: readonly PrivacyRisk[]): Block[] {
  const high = all.map((r, k) => ({ r, n: k + 1 })).filter(({ r }) => r.decision?.residual === 'high');
  const open = all.filter((r) => !r.decision?.complete).length;
  const out: Block[] = [
    high.length > 0
      ? {
          kind: 'bullets',
          items: high.map(
            ({ r, n }) =>
              `${name(r, n)}: residual risk high. UK GDPR Art. 36: consult the ICO before the processing starts.`,
          ),
        }
      : {
          kind: 'paragraph',
          text: 'No residual risk is recorded as high, so prior consultation with the ICO (UK GDPR Art. 36) is not needed on the risks recorded.',
        },
  ];
  if (open > 0)
    out.push({
      kind: 'note',
      text: `${open} ${open === 1 ? 'risk has' : 'risks have'} no IG decision yet, so ${open === 1 ? 'its' : 'their'} residual risk is not known.`,
    });
  return out;
}

export function signOff(config: Config, reviewEvery: string | undefined): Block[] {
  const o = config.organisation;
  const dpo = o.dpo ? `${o.dpo.name} (DPO)` : 'the DPO';
  return [
    {
      kind: 'table',
      headers: ['Item', 'Name, position and date', 'Notes'],
      rows: [
        [
          'Measures approved by',
          '',
          'Integrate actions back into the project plan, with dates and responsibility for completion.',
        ],
        [
          'Residual risks approved by',
          '',
          'If accepting any residual high risk, consult the ICO before going ahead (UK GDPR Art. 36).',
        ],
        [
          'DPO advice provided',
          '',
          `${dpo} should advise on compliance, the measures and whether the processing can proceed.`,
        ],
        ['Summary of DPO advice', '', ''],
        ['DPO advice accepted or overruled by', '', 'If overruled, explain the reasons.'],
        [
          'Consultation responses reviewed by',
          '',
          "If the decision departs from individuals' views, explain the reasons.",
        ],
        [
          'This DPIA will be kept under review by',
          '',
          `The DPO should also review ongoing compliance with the DPIA. The spec is reviewed ${reviewEvery ? `every ${reviewEvery}` : 'on no recorded cycle'}; this section is regenerated whenever the spec changes.`,
        ],
      ],
      widths: [3, 3.5, 5],
    },
  ];
}

export const signatures: Block = {
  kind: 'signatures',
  roles: [
    'Information Asset Owner',
    'Caldicott Guardian',
    'Data Protection Officer',
    'Senior Information Risk Owner',
  ],
};
