import type { Config } from '../../model/estate.js';
import { scoringRows, severities } from '../../rules/privacy/scoring.js';
import type { PrivacyRisk } from '../../rules/privacy/types.js';
import type { Block, Cell } from './document.js';

/** ICO DPIA steps 5 (risks), 6 (measures) and 7 (sign-off). */

function riskName(r: PrivacyRisk, n: number): string[] {
  return [`R${n}. ${r.title}`, r.kind === 'derived' ? `(govspec rule ${r.id})` : `(local risk ${r.id})`];
}

export function risksAndMeasures(risks: readonly PrivacyRisk[]): Block[] {
  const out: Block[] = [{ kind: 'heading', level: 1, text: 'Risks to individuals (ICO step 5)' }];
  if (risks.length === 0) {
    out.push({
      kind: 'paragraph',
      text: 'govspec raised no privacy risk from the spec, and the spec records no local risk. The IG team should still consider risks the spec cannot show.',
    });
  } else {
    out.push({
      kind: 'table',
      headers: [
        'Risk',
        'Source of risk and nature of potential impact on individuals',
        'Likelihood of harm',
        'Severity of harm',
        'Overall risk',
      ],
      rows: risks.map((r, k) => [riskName(r, k + 1), r.source, r.likelihood, r.severity, r.overall]),
      widths: [2.6, 4.6, 1.6, 1.6, 1.8],
    });
  }
  out.push(
    {
      kind: 'note',
      text: `Likelihood (remote, possible, probable) and severity (minimal, significant, severe) are the ICO's scales. The combinations used are below; the IG team may re-rate any risk.`,
    },
    {
      kind: 'table',
      headers: ['Likelihood \\ severity', ...severities],
      rows: scoringRows().map(([l, cells]) => [l, ...cells]),
    },
    { kind: 'heading', level: 1, text: 'Measures to reduce risk (ICO step 6)' },
  );
  if (risks.length === 0) {
    out.push({ kind: 'paragraph', text: 'No risks, so no measures are recorded.' });
  } else {
    out.push(
      {
        kind: 'table',
        headers: [
          'Risk',
          'Options to reduce or eliminate risk',
          'Effect on risk',
          'Residual risk',
          'Measure approved',
        ],
        rows: risks.map((r, k) => measureRow(r, k + 1)),
        widths: [2.4, 5, 1.5, 1.4, 2.2],
      },
      {
        kind: 'note',
        text: 'IG decisions are recorded in the spec under privacyRisks (derived: the rule id, measures, effect, residual, approved, decidedBy, decidedOn, rationale) and reviewed in pull requests like any other change.',
      },
    );
  }
  return out;
}

function measureRow(r: PrivacyRisk, n: number): Cell[] {
  const d = r.decision;
  const name = `R${n}. ${r.title}`;
  if (!d) {
    return [
      name,
      ['No IG decision recorded. Suggested:', ...r.suggested.map((s) => `- ${s}`)],
      'not decided',
      'not decided',
      'no decision recorded',
    ];
  }
  const measures = d.measures && d.measures.length > 0 ? d.measures : ['No measures recorded.'];
  const approved = [
    d.approved === true ? 'yes' : d.approved === false ? 'no' : 'not recorded',
    ...(d.decidedBy ? [`Decided by ${d.decidedBy}`] : []),
    ...(d.decidedOn ? [`on ${d.decidedOn}`] : []),
  ];
  const options = [...measures, ...(d.rationale ? [`Rationale: ${d.rationale}`] : [])];
  return [name, options, d.effect ?? 'not recorded', d.residual ?? 'not recorded', approved];
}

export function signOff(config: Config, reviewEvery: string | undefined): Block[] {
  const o = config.organisation;
  const dpo = o.dpo ? `${o.dpo.name} (DPO)` : 'the DPO';
  return [
    { kind: 'heading', level: 1, text: 'Sign off and outcomes (ICO step 7)' },
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
          `${dpo} should advise on compliance, the step 6 measures and whether the processing can proceed.`,
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
    {
      kind: 'signatures',
      roles: [
        'Caldicott Guardian',
        'Data Protection Officer',
        'Senior Information Risk Owner',
        'Information Asset Owner',
      ],
    },
  ];
}
