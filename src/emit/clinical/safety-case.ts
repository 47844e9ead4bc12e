import { agrees, counted } from '../../core/formats.js';
import { hazardRules } from '../../rules/clinical/rules/index.js';
import type { HazardLog } from '../../rules/clinical/types.js';
import type { Block, PrivacyDocument as BlockDocument } from '../privacy/document.js';
import type { EmitContext } from '../types.js';
import { hazardLogSummary, outstandingIssues, testsAndEvidence } from './safety-case-log.js';
import { approval, documentHistory, statement } from './safety-case-sign.js';
import {
  acceptanceRules,
  buildInputs,
  buildDate,
  hazardsByIntegration,
  matrixText,
  planText,
} from './view.js';
import { legalBasis, roleWording } from './wording.js';

/**
 * The draft Clinical Safety Case Report as a block document, rendered to Word and Markdown by the
 * same renderers as the DPIA, so both versions say the same thing. Sections follow a CSO's
 * template: scope, the risk management system and roles, the hazard identification method, the
 * hazard log summary, tests and evidence, outstanding issues, the statement, approval, history.
 */
export function safetyCaseDocument(ctx: EmitContext, log: HazardLog): BlockDocument {
  const org = ctx.estate.config.organisation;
  const wording = roleWording(org);
  const plan = planText(ctx.estate.config);
  const blocks: Block[] = [
    ...purpose(ctx, wording),
    ...scope(ctx, log),
    ...riskManagementSystem(ctx, log, plan),
    ...identificationMethod(log),
    ...hazardLogSummary(log),
    ...testsAndEvidence(log),
  ];
  const issues = outstandingIssues(ctx, log);
  blocks.push(
    ...issues.blocks,
    ...statement(ctx, wording, issues.count),
    ...approval(),
    ...documentHistory(ctx),
  );
  return {
    title: 'Clinical Safety Case Report (draft)',
    subtitle: `${wording.standards}: system integrations`,
    footer: 'Clinical Safety Case Report (draft)',
    organisation: org.name,
    control: [
      ['Organisation', `${org.name} (${org.ods})`],
      ['Role', wording.role.charAt(0).toUpperCase() + wording.role.slice(1)],
      ['Standards', wording.standardTitles],
      ['Clinical Safety Officer', org.cso?.name ?? 'not named in the config'],
      ['Clinical Risk Management Plan', plan],
      ['Document status', 'Draft for the Clinical Safety Officer to review and sign: not valid until signed'],
      [
        'Built',
        `${buildDate(ctx.build)}, input digest ${buildInputs(ctx.build)}, govspec ${ctx.build.govspecVersion}`,
      ],
      ['Risk matrix', matrixText(log)],
    ],
    blocks,
    orientation: 'portrait',
    folder: 'clinical-safety',
  };
}

function purpose(ctx: EmitContext, wording: ReturnType<typeof roleWording>): Block[] {
  const org = ctx.estate.config.organisation;
  return [
    { kind: 'heading', level: 1, text: 'Purpose' },
    {
      kind: 'paragraph',
      text: `This is a draft Clinical Safety Case Report prepared for ${org.name} as ${wording.role} under ${wording.standardTitles.join(' and ')}. It summarises the clinical safety argument for the system integrations in scope, from the same integration specs and hazard log as ${ctx.estate.config.output}/clinical-safety/hazard-log.xlsx.`,
    },
    ...wording.duties.map((text): Block => ({ kind: 'paragraph', text })),
    { kind: 'paragraph', text: legalBasis },
    {
      kind: 'paragraph',
      text: 'The report is a draft until the Clinical Safety Officer has reviewed it and signed the statement in section 8. It must be reissued whenever the hazard log changes in a way that affects clinical safety.',
    },
  ];
}

function scope(ctx: EmitContext, log: HazardLog): Block[] {
  const grouped = hazardsByIntegration(log);
  const inScope = ctx.estate.integrations.filter((i) => i.status !== 'retired');
  const retired = ctx.estate.integrations.filter((i) => i.status === 'retired');
  return [
    { kind: 'heading', level: 1, text: 'System and scope' },
    {
      kind: 'paragraph',
      text: `${counted(inScope.length, 'integration')} ${agrees(inScope.length, 'is', 'are')} in scope. Each is described by its spec; what the specs state is what this report can show. Retired integrations are out of scope and listed only for the record.`,
    },
    {
      kind: 'table',
      headers: ['Integration', 'Status', 'From and to', 'Used for', 'Hazards'],
      rows: inScope.map((i) => {
        const hs = grouped.get(i.id) ?? [];
        return [
          [i.title, i.id],
          i.status,
          `${i.source.system} to ${i.target.system}`,
          i.consumers.length
            ? i.consumers.map((c) => `${c.name}: ${c.use.replace(/-/g, ' ')}`)
            : 'not stated',
          `${hs.length}, ${hs.filter((h) => h.status === 'open').length} open`,
        ];
      }),
      widths: [4, 1.9, 3, 3.8, 1.8],
    },
    ...(retired.length
      ? [
          {
            kind: 'paragraph',
            text: `Out of scope (retired): ${retired.map((i) => i.title).join('; ')}.`,
          } as Block,
        ]
      : []),
  ];
}

function riskManagementSystem(ctx: EmitContext, log: HazardLog, plan: string): Block[] {
  const org = ctx.estate.config.organisation;
  const person = (p: { name: string; role?: string } | undefined) => (p ? p.name : 'not named in the config');
  const inScope = ctx.estate.integrations.filter((i) => i.status !== 'retired');
  const owners = inScope.filter((i) => i.owner).length;
  return [
    { kind: 'heading', level: 1, text: 'Clinical risk management system and roles' },
    {
      kind: 'paragraph',
      text: `Clinical risk is managed under the organisation's Clinical Risk Management Plan: ${plan}. The plan sets the risk acceptance criteria below; govspec applies them and never applies looser ones than the published meanings of the ratings.`,
    },
    {
      kind: 'table',
      headers: ['Role', 'Name', 'Responsibility'],
      rows: [
        [
          'Clinical Safety Officer',
          person(org.cso),
          'Owns the hazard log and every hazard unless a decision names another owner; decides on each hazard; signs this report.',
        ],
        [
          'Caldicott Guardian',
          person(org.caldicottGuardian),
          'Confidentiality and information sharing (DPIA sections).',
        ],
        [
          'Senior Information Risk Owner',
          person(org.siro),
          'Information risk; escalation of risks the CSO cannot accept.',
        ],
        [
          'Integration owners',
          `${owners} of the ${inScope.length} in scope have a named owner`,
          'Run each integration in production and keep its spec true.',
        ],
      ],
      widths: [3.5, 4, 7],
    },
    {
      kind: 'paragraph',
      text: `A CSO decision is required for every hazard rated ${log.decisionRequiredFrom} or above. Residual risk is accepted as follows:`,
    },
    { kind: 'bullets', items: acceptanceRules(log) },
  ];
}

function identificationMethod(log: HazardLog): Block[] {
  const derived = log.hazards.filter((h) => h.origin === 'derived').length;
  const local = log.hazards.length - derived;
  return [
    { kind: 'heading', level: 1, text: 'Hazard identification method' },
    {
      kind: 'paragraph',
      text: `Hazards are derived from each integration's spec by ${hazardRules.length} rules, one per kind of hazard found in published NHS hazard logs, implementation guides and safety investigations (each rule's page in docs/hazards names its source). A rule fires on what the spec states; where a fact that matters is not stated, the hazard says so. ${counted(derived, 'hazard')} ${agrees(derived, 'was', 'were')} derived this way and ${counted(local, 'local hazard')} ${agrees(local, 'was', 'were')} recorded in the specs by hand.`,
    },
    {
      kind: 'paragraph',
      text: 'Derived hazards are a starting point. They complement, and never replace, a structured hazard identification workshop (for example SWIFT or HAZOP) with clinical, technical and operational staff, which is how hazards outside the specs are found. This report does not record whether such a workshop was held; the CSO should add its date and outcome before signing.',
    },
    {
      kind: 'paragraph',
      text: 'Every hazard is rated on the worst credible harm: the likelihood is that of the harm reaching a patient, not only of the technical fault, and the consequence takes account of whether one patient or many can be affected. Ratings are looked up in the risk matrix, never typed.',
    },
  ];
}
