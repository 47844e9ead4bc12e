import type { Draft } from '../draft/draft.js';
import type { IdentifierVariant, MessageShape } from './analyse.js';
import { fieldItems } from './fields.js';

/** How an identifier is encoded, as the CX shape without its value, e.g. ^^^NHS^NH. */
export const variantLabel = (v: IdentifierVariant) =>
  v.authority || v.type ? `^^^${v.authority}${v.type ? `^${v.type}` : ''}` : '^^^ (no authority or type)';

/** Data items with classes from the fields present in the samples, with the notes that explain them. */
export function dataOf(shapes: MessageShape[]): { value: Record<string, unknown>; notes: Draft['notes'] } {
  const fields = new Set(shapes.flatMap((s) => [...s.fields]));
  const items: Array<Record<string, unknown>> = [];
  const itemNotes: Array<{ index: number; lines: string[] }> = [];
  const variants = uniqueBy(
    shapes.flatMap((s) => s.identifiers.filter((v) => v.field !== 'MRG-1')),
    (v) => `${v.field}${variantLabel(v)}`,
  );
  const nhs = variants.filter((v) => v.nhsNumber);
  const local = variants.filter((v) => !v.nhsNumber);
  if (nhs.length > 0) {
    const where = unique(nhs.map((v) => v.field));
    items.push({ name: 'NHS number', class: 'identifier', field: where.join(', ') });
    const forms = unique(nhs.map(variantLabel));
    itemNotes.push({
      index: items.length - 1,
      lines: [
        `NHS number encoded as ${forms.join(', ')}${forms.length > 1 ? ': several forms, so the receiver must accept all of them' : ''}.`,
      ],
    });
  }
  if (local.length > 0) {
    items.push({
      name: 'Local patient identifier',
      class: 'identifier',
      field: unique(local.map((v) => v.field)).join(', '),
    });
    itemNotes.push({
      index: items.length - 1,
      lines: [`Local identifiers encoded as ${unique(local.map(variantLabel)).join(', ')}.`],
    });
  }
  if (shapes.some((s) => s.merge)) {
    items.push({ name: 'Prior patient identifier (merge)', class: 'identifier', field: 'MRG-1' });
    itemNotes.push({
      index: items.length - 1,
      lines: ['MRG present: the feed carries patient merges (hazard: merges not applied in the target).'],
    });
  }
  const freeText = shapes.some((s) => s.freeTextValues);
  let staff = false;
  let othersNoted = false;
  for (const [field, item] of Object.entries(fieldItems).sort(([a], [b]) => compareField(a, b))) {
    if (!fields.has(field)) continue;
    const entry: Record<string, unknown> = { name: item.name, class: item.class, field };
    if (item.freeText || (field === 'OBX-5' && freeText)) entry['freeText'] = true;
    items.push(entry);
    if (item.staff) staff = true;
    if (item.others && !othersNoted) {
      othersNoted = true;
      itemNotes.push({
        index: items.length - 1,
        lines: ['Next of kin items are about another person, not the patient.'],
      });
    }
  }
  const zsegs = unique(shapes.flatMap((s) => s.segments.filter((id) => id.startsWith('Z'))));
  zsegs.forEach((z, i) => {
    items.push({ name: `${z} local segment`, class: 'health', field: z });
    if (i === 0) {
      itemNotes.push({
        index: items.length - 1,
        lines: [
          `Z-segments (${zsegs.join(', ')}) hold local data the standard does not define: drafted as health data until someone says what they hold.`,
        ],
      });
    }
  });
  const subjects = ['patients', ...(staff ? ['staff'] : [])];
  const value: Record<string, unknown> = { subjects, items };
  const attachments = uniqueBy(
    shapes.flatMap((s) => s.attachments),
    (a) => `${a.kind}|${a.encoding ?? ''}`,
  );
  if (attachments.length > 0) value['attachments'] = attachments.map((a) => ({ ...a }));
  const notes: Draft['notes'] = [
    {
      path: ['data', 'subjects'],
      lines: [
        'Proposed from the segments and fields present in the samples; the whole message is carried, so remove nothing that is sent.',
        `Segments seen: ${unique(shapes.flatMap((s) => s.segments)).join(' ')}.`,
      ],
    },
    ...itemNotes.map((n) => ({ path: ['data', 'items', n.index] as Array<string | number>, lines: n.lines })),
  ];
  if (attachments.length > 0)
    notes.push({
      path: ['data', 'attachments'],
      lines: [
        'Documents carried inside OBX-5 (ED or long base64 values): say whether the receiver checks they render.',
      ],
    });
  return { value, notes };
}

function compareField(a: string, b: string): number {
  const [sa, na] = a.split('-');
  const [sb, nb] = b.split('-');
  const order = [
    'MSH',
    'EVN',
    'PID',
    'PD1',
    'NK1',
    'PV1',
    'PV2',
    'AL1',
    'DG1',
    'PR1',
    'ORC',
    'OBR',
    'OBX',
    'NTE',
    'SPM',
    'TXA',
  ];
  const oa = order.indexOf(sa!);
  const ob = order.indexOf(sb!);
  return oa === ob ? Number(na) - Number(nb) : oa - ob;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)].sort();
}

function uniqueBy<T>(xs: T[], key: (x: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const x of xs) if (!seen.has(key(x))) seen.set(key(x), x);
  return [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, x]) => x);
}
