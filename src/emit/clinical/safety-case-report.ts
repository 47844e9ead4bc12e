import type { FileChild } from 'docx';
import {
  bullet,
  composeDocument,
  dataTable,
  heading,
  paragraph,
  signatureTable,
} from '../office/document-kit.js';
import { packDocx } from '../office/docx.js';
import { defineEmitter } from '../types.js';
import type { SafetyCase } from './safety-case.js';
import { controlHeaders, openHeaders, safetyCase, scopeHeaders } from './safety-case.js';
import { outputFolder } from './view.js';

const base = `${outputFolder}/safety-case-report`;

/** generated/clinical-safety/safety-case-report.md and .docx: the draft CSCR, worded per DCB role. */
export const safetyCaseReport = defineEmitter({
  id: 'clinical-safety-case-report',
  description: 'Draft Clinical Safety Case Report (Markdown and Word)',
  async emit(ctx) {
    const log = ctx.analysis.hazards;
    if (!log) return [];
    const report = safetyCase(ctx, log);
    const text = ctx.templates.render('clinical/safety-case-report', {
      ...report,
      role: report.wording.role,
      standardTitles: report.wording.standardTitles,
    });
    if (text === undefined) return [];
    const docx = await packDocx(wordDocument(report), ctx.build.timestamp);
    return [
      { path: `${base}.md`, content: text },
      { path: `${base}.docx`, content: docx },
    ];
  },
});

function wordDocument(r: SafetyCase) {
  const body: FileChild[] = [
    heading(1, 'Purpose'),
    ...r.purpose.map(paragraph),
    heading(1, 'Summary'),
    ...r.summary.map(paragraph),
    heading(1, 'Scope'),
    dataTable(scopeHeaders, r.scope, { widths: [3, 4, 1.3, 3.2, 1.5, 1.1] }),
    heading(1, 'Hazards by residual rating'),
    paragraph(
      'The rating that stands after controls. Hazards with no residual assessment yet are counted by their initial rating. Closed hazards are not counted.',
    ),
    dataTable(
      ['Rating', 'Meaning', 'Residual assessed', 'Initial rating only'],
      r.byRating.map((b) => [b.rating, b.meaning, b.residual, b.initialOnly]),
      { widths: [1, 6, 1.5, 1.5] },
    ),
    heading(1, 'Open hazards'),
    r.open.length
      ? dataTable(openHeaders, r.open, { widths: [3, 3.2, 2.5, 2.5, 2.6] })
      : paragraph('There are no open hazards.'),
    heading(1, 'Controls and evidence'),
    r.controls.length
      ? dataTable(controlHeaders, r.controls, { widths: [3, 1.5, 5, 3] })
      : paragraph('No additional controls are recorded in the specs.'),
    heading(2, 'Outstanding issues'),
    ...issues(r),
    heading(1, "Clinical Safety Officer's statement"),
    paragraph(r.statement),
    signatureTable(['Clinical Safety Officer']),
  ];
  return composeDocument({
    organisation: r.organisation,
    title: `${r.title} (draft)`,
    subtitle: `${r.wording.standards}: system integrations`,
    creator: 'govspec',
    control: [
      ['Organisation', `${r.organisation} (${r.ods})`],
      ['Role', r.wording.role.charAt(0).toUpperCase() + r.wording.role.slice(1)],
      ['Standards', r.wording.standardTitles.join('\n')],
      ['Clinical Safety Officer', r.cso],
      ['Status', 'Draft: not valid until signed by the Clinical Safety Officer'],
      ['Build', `${r.date}, input digest ${r.inputs}, govspec ${r.govspecVersion}`],
      ['Risk matrix', r.matrix],
    ],
    body,
  });
}

function issues(r: SafetyCase): FileChild[] {
  const out: FileChild[] = [];
  if (r.undecided.length) {
    out.push(paragraph(`Hazards rated ${r.decisionRequiredFrom} or above without a CSO decision:`));
    out.push(...r.undecided.map((t) => bullet(t)));
  }
  if (r.unaccepted.length) {
    out.push(paragraph(`Residual ratings of ${r.acceptanceThreshold} or above not explicitly accepted:`));
    out.push(...r.unaccepted.map((t) => bullet(t)));
  }
  if (out.length === 0) {
    out.push(
      paragraph(
        'None: every hazard at or above the decision level has a CSO decision and every residual rating at or above the acceptance threshold is accepted with a rationale.',
      ),
    );
  }
  return out;
}
