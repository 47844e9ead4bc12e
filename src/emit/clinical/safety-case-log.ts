import { counted } from '../../core/formats.js';
import { acceptanceProblems } from '../../rules/clinical/gate.js';
import type { AcceptanceProblem } from '../../rules/clinical/acceptance.js';
import type { Hazard, HazardLog } from '../../rules/clinical/types.js';
import type { Block } from '../privacy/document.js';
import type { EmitContext } from '../types.js';
import {
  assessmentText,
  controlKindLabels,
  currentRating,
  decisionText,
  gateIssues,
  ratingMeaning,
  ratingOrder,
} from './view.js';

/** Section 5: the hazard log in numbers, then the hazards that are open or transferred. */
export function hazardLogSummary(log: HazardLog): Block[] {
  const live = log.hazards.filter((h) => h.status !== 'closed');
  const count = (s: string) => log.hazards.filter((h) => h.status === s).length;
  const allOpen = log.hazards.filter((h) => h.status === 'open');
  // The report lists the open hazards that need the CSO; the rest are in the hazard log.
  const open = allOpen
    .filter((h) => Math.max(currentRating(h), h.initial.rating) >= log.decisionRequiredFrom)
    .sort((a, b) => currentRating(b) - currentRating(a) || (a.number < b.number ? -1 : 1));
  const lower = allOpen.length - open.length;
  const transferred = log.hazards.filter((h) => h.status === 'transferred');
  return [
    { kind: 'heading', level: 1, text: 'Hazard log summary' },
    {
      kind: 'paragraph',
      text: `The hazard log holds ${counted(log.hazards.length, 'hazard')}: ${count('open')} open, ${count('transferred')} transferred and ${count('closed')} closed. Closed hazards are kept in the log for the record.`,
    },
    {
      kind: 'table',
      headers: ['Rating', 'Meaning', 'Residual assessed', 'Initial rating only'],
      rows: ratingOrder.map((rating) => [
        String(rating),
        ratingMeaning(rating),
        String(live.filter((h) => h.residual && currentRating(h) === rating).length),
        String(live.filter((h) => !h.residual && h.initial.rating === rating).length),
      ]),
      widths: [1.7, 7.6, 2.4, 2.4],
    },
    {
      kind: 'note',
      text: 'The rating that stands after controls; hazards with no residual assessment yet are counted by their initial rating. Closed hazards are not counted.',
    },
    { kind: 'heading', level: 2, text: 'Open hazards' },
    {
      kind: 'paragraph',
      text: `Open hazards rated ${log.decisionRequiredFrom} or above, initially or now, most serious first.${lower ? ` The other ${lower} open ${lower === 1 ? 'hazard is' : 'hazards are'} rated lower and listed in the hazard log.` : ''}`,
    },
    open.length
      ? {
          kind: 'table',
          headers: ['Hazard', 'Initial', 'Residual', 'Decision'],
          rows: open.map((h) => [
            [h.number, h.title],
            assessmentText(h.initial),
            assessmentText(h.residual),
            decisionText(h),
          ]),
          widths: [6, 2.6, 2.6, 3.6],
        }
      : { kind: 'paragraph', text: `There are no open hazards rated ${log.decisionRequiredFrom} or above.` },
    { kind: 'heading', level: 2, text: 'Transferred hazards' },
    {
      kind: 'paragraph',
      text: 'A transferred hazard stays in this log. The rating shown is the risk that stays with the organisation after the transfer, held to the same acceptance rules.',
    },
    transferred.length
      ? {
          kind: 'table',
          headers: ['Hazard', 'Transferred to', 'Risk that stays here', 'Decision'],
          rows: transferred.map((h) => [
            [h.number, h.title],
            h.transferredTo ?? 'not recorded',
            h.residual
              ? assessmentText(h.residual)
              : `${assessmentText(h.initial)} (no residual recorded: the initial rating stands)`,
            decisionText(h),
          ]),
          widths: [5, 3.2, 3.2, 3.4],
        }
      : { kind: 'paragraph', text: 'No hazards are transferred.' },
  ];
}

/** Section 6: the controls recorded against hazards, and the evidence each one cites. */
export function testsAndEvidence(log: HazardLog): Block[] {
  const controls = log.hazards.flatMap((h) => h.controls.map((c) => ({ h, c })));
  const tests = controls.filter(({ c }) => c.kind === 'test');
  const untested = tests.filter(({ c }) => !c.evidence);
  return [
    { kind: 'heading', level: 1, text: 'Test issues and evidence' },
    {
      kind: 'paragraph',
      text: `${controls.length} controls are recorded against hazards, ${tests.length} of them tests; ${untested.length} ${untested.length === 1 ? 'test cites' : 'tests cite'} no evidence. govspec checks that each evidence path exists in the repository (links are not followed); it does not check what the evidence shows, which is for the CSO to review.`,
    },
    controls.length
      ? {
          kind: 'table',
          headers: ['Hazard no.', 'Type', 'Control', 'Status', 'Evidence'],
          rows: controls.map(({ h, c }) => [
            h.number,
            controlKindLabels[c.kind],
            c.text,
            statusWords[c.status ?? ''] ?? 'not stated',
            c.evidence ?? 'none given',
          ]),
          widths: [3.2, 1.7, 5.2, 2, 2.8],
        }
      : { kind: 'paragraph', text: 'No additional controls are recorded in the specs.' },
  ];
}

const statusWords: Record<string, string> = {
  'in-place': 'In place',
  'required-before-go-live': 'Required before go-live',
  planned: 'Planned',
};

const problemWords: Record<AcceptanceProblem['kind'], string> = {
  unacceptable: 'rating 5 is unacceptable and can never be accepted',
  'rating4-not-allowed': 'a residual 4 is accepted, which the Clinical Risk Management Plan does not allow',
  'rating4-unapproved': 'a residual 4 is accepted without the approval the plan requires',
  'no-rationale': 'accepted without a rationale',
  'not-accepted': 'the standing rating is at or above the acceptance threshold and is not accepted',
};

/** Section 7: what must be resolved before the statement can be signed, derived from the specs. */
export function outstandingIssues(ctx: EmitContext, log: HazardLog): { blocks: Block[]; count: number } {
  const gate = gateIssues(log);
  const beforeGoLive = log.hazards.flatMap((h) =>
    h.controls.filter((c) => c.status === 'required-before-go-live').map((c) => `${h.number}: ${c.text}`),
  );
  const unowned = ctx.estate.integrations
    .filter((i) => i.status === 'live' && !i.owner)
    .map((i) => `${i.title} (${i.id})`);
  const sections: Array<[string, string[]]> = [
    ['Controls required before go-live', beforeGoLive],
    [
      `Hazards rated ${log.decisionRequiredFrom} or above with no CSO decision`,
      gate.undecided.map((h) => `${h.number}: ${h.title} (initial rating ${h.initial.rating})`),
    ],
    [
      'Standing risks not acceptable as recorded',
      gate.unaccepted.map((h) => `${h.number}: ${h.title}: ${problems(h, log)}`),
    ],
    ['Live integrations nobody owns', unowned],
  ];
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: 'Outstanding issues' }];
  const found = sections.filter(([, items]) => items.length > 0);
  for (const [title, items] of found)
    blocks.push({ kind: 'heading', level: 2, text: title }, { kind: 'bullets', items });
  blocks.push({
    kind: 'paragraph',
    text: found.length
      ? 'These are the issues the specs show. Issues found outside the specs (for example in a hazard workshop or in testing) must be added by the CSO.'
      : 'The specs show no outstanding issue. Issues found outside the specs (for example in a hazard workshop or in testing) must be added by the CSO.',
  });
  return {
    blocks,
    count: gate.undecided.length + gate.unaccepted.length + beforeGoLive.length + unowned.length,
  };
}

function problems(h: Hazard, log: HazardLog): string {
  return `rating ${currentRating(h)}, ${acceptanceProblems(h, log)
    .map((p) => problemWords[p.kind])
    .join('; ')}`;
}
