import type { Likelihood } from '../../../model/written.js';
import { carries, feedsCareDecisions, notStated, ptr, returnsResults, unstated } from '../facts.js';
import { derived } from '../rating.js';
import type { Cause } from '../rule.js';
import { defineHazardRule } from '../rule.js';

/** A query or record view shows part of what matches: later pages not fetched, or a silent cap. */
export default defineHazardRule({
  id: 'results-incomplete',
  number: 14,
  title: 'Search results or record view incomplete (paging or result limit)',
  description:
    'The provider returns results in pages or up to a limit, and the consumer does not fetch every page or say when the limit cut the list short, so the user sees part of what matches as if it were everything.',
  effect: 'Medications, allergies, results or encounters beyond the first page or the limit are not shown.',
  hazard: 'Clinicians take decisions on a list they believe is complete.',
  harm: 'A medicine given despite an allergy on a later page, or a result or problem never seen (HL7 UK Core Access: paging of search requests).',
  suggestedControls: [
    {
      kind: 'design',
      text: 'Follow every next-page link before showing results, or show clearly that more results exist and how to see them.',
    },
    {
      kind: 'design',
      text: 'When a result limit is reached, say so on screen ("showing 50 of 212") rather than cutting the list silently.',
    },
    {
      kind: 'test',
      text: 'Test with patients whose records span several pages and exceed the limit; check every item is shown or the gap is visible.',
    },
    { kind: 'training', text: 'Tell users how the view shows that a list is partial.' },
  ],
  derive(i) {
    if (!returnsResults(i)) return undefined;
    const r = i.response;
    const causes: Cause[] = [];
    let likelihood = 'low' as Likelihood;
    if (r?.paging === 'first-page-only') {
      causes.push({ text: 'Only the first page of results is read.', pointer: ptr('response', 'paging') });
      likelihood = 'medium';
    } else if (r?.paging === undefined) {
      causes.push(
        unstated(
          i,
          'whether results come in pages and every page is fetched',
          'response.paging',
          ptr('response'),
          ptr('interaction', 'shape'),
        ),
      );
    }
    if (r?.cap && r.cap.whenReached !== 'signalled') {
      causes.push({
        text:
          r.cap.whenReached === 'silent'
            ? `At most ${r.cap.limit} results are returned and nothing tells the user when there were more.`
            : `At most ${r.cap.limit} results are returned. ${notStated('whether the user is told when there were more', 'response.cap.whenReached')}`,
        pointer: ptr('response', 'cap', r.cap.whenReached ? 'whenReached' : 'limit'),
      });
      if (r.cap.whenReached === 'silent') likelihood = 'medium';
    }
    if (causes.length === 0) return undefined;
    const existingControls: string[] = [];
    if (r?.paging === 'all-pages-fetched')
      existingControls.push('Every page of results is fetched before display.');
    if (r?.paging === 'none') existingControls.push('Results always come in one response.');
    if (r?.cap?.whenReached === 'signalled')
      existingControls.push(`The user is told when the limit of ${r.cap.limit} results is reached.`);
    const serious = feedsCareDecisions(i) || carries(i, 'medications', 'allergies', 'results', 'problems');
    return derived(causes, existingControls, {
      likelihood,
      because:
        likelihood === 'medium'
          ? 'records that exceed a page or the limit are common, the missing part is not visible, and the user has no reason to look further'
          : 'most responses fit on one page, but nothing in the spec shows the rest is fetched when they do not',
      severity: serious ? 'major' : 'considerable',
      harm: serious
        ? 'a missed allergy, medicine or result can lead to death or permanent harm'
        : 'missing items delay or misdirect care',
      patients: 'many',
    });
  },
});
