import { consequenceLevels, likelihoodLevels } from '../catalogue/dcb-levels.js';
import type { WrittenControl } from '../model/written.js';
import { controlStatusLabels, decisionLabels } from '../emit/clinical/decision-cells.js';
import { controlKindLabels } from '../emit/clinical/view.js';

/** The values a reviewer types into a decision cell, read back into spec values. */
export type Parsed<T> = { value: T } | { problem: string };

const maxText = 8000;

export function fromList<K extends string>(
  text: string,
  entries: ReadonlyArray<readonly [K, string]>,
): Parsed<K | undefined> {
  if (text === '') return { value: undefined };
  const t = text.trim().toLowerCase();
  const hit = entries.find(([key, label]) => label.toLowerCase() === t || key === t);
  if (hit) return { value: hit[0] };
  return {
    problem: `"${short(text)}" is not one of ${entries.map(([, l]) => l).join(', ')}. Choose one from the drop-down list, or leave the cell empty.`,
  };
}

export const parseDecision = (text: string) =>
  fromList(text, Object.entries(decisionLabels) as Array<[keyof typeof decisionLabels, string]>);
export const parseLikelihood = (text: string) =>
  fromList(
    text,
    likelihoodLevels.map((l) => [l.key, l.label] as const),
  );
export const parseConsequence = (text: string) =>
  fromList(
    text,
    consequenceLevels.map((c) => [c.key, c.label] as const),
  );

export function parseText(text: string): Parsed<string | undefined> {
  if (text.length > maxText)
    return { problem: `is longer than ${maxText} characters. Shorten it, or point to a document.` };
  return { value: text === '' ? undefined : text };
}

/** YYYY-MM-DD, DD/MM/YYYY, or an Excel date serial number, as YYYY-MM-DD. */
export function parseDate(text: string): Parsed<string | undefined> {
  if (text === '') return { value: undefined };
  let y: number, m: number, d: number;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text))) [y, m, d] = [+match[1]!, +match[2]!, +match[3]!];
  else if ((match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text)))
    [d, m, y] = [+match[1]!, +match[2]!, +match[3]!];
  else if (/^\d{5}$/.test(text)) {
    const date = new Date(Date.UTC(1899, 11, 30) + Number(text) * 86400000);
    [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  } else return { problem: `"${short(text)}" is not a date. Type it as 2026-11-20 or 20/11/2026.` };
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1990 || y > 2999 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return { problem: `"${short(text)}" is not a real date. Type it as 2026-11-20 or 20/11/2026.` };
  return { value: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

const kinds = Object.entries(controlKindLabels) as Array<[WrittenControl['kind'], string]>;
const statuses = Object.entries(controlStatusLabels) as Array<
  [NonNullable<WrittenControl['status']>, string]
>;

/** One control a line: "Design: text | evidence: where | status: in place". */
export function parseControls(text: string): Parsed<WrittenControl[]> {
  if (text.length > maxText)
    return { problem: `is longer than ${maxText} characters. Shorten the controls.` };
  const out: WrittenControl[] = [];
  const lines = text.split('\n').map((l) => l.replace(/^\s*[•*-]\s*/, '').trim());
  for (const [n, line] of lines.entries()) {
    if (line === '') continue;
    const where = lines.length > 1 ? `line ${n + 1}: ` : '';
    const colon = line.indexOf(':');
    const kind = kinds.find(([, label]) => label.toLowerCase() === line.slice(0, colon).trim().toLowerCase());
    if (colon < 0 || !kind)
      return {
        problem: `${where}"${short(line)}" does not start with the kind of control. Start each line with ${kinds.map(([, l]) => `"${l}:"`).join(', ')}.`,
      };
    const [first, ...parts] = line.slice(colon + 1).split(' | ');
    const control: WrittenControl = { kind: kind[0], text: first!.trim() };
    if (control.text === '') return { problem: `${where}the ${kind[1].toLowerCase()} control has no text.` };
    for (const part of parts) {
      const m = /^\s*(evidence|status)\s*:\s*(.*)$/i.exec(part);
      const value = m?.[2]?.trim() ?? '';
      if (m && m[1]!.toLowerCase() === 'evidence' && value !== '') control.evidence = value;
      else if (m && m[1]!.toLowerCase() === 'status') {
        const status = statuses.find(
          ([key, label]) => label === value.toLowerCase() || key === value.toLowerCase(),
        );
        if (!status)
          return {
            problem: `${where}status "${short(value)}" is not one of ${statuses.map(([, l]) => l).join(', ')}.`,
          };
        control.status = status[0];
      } else
        return {
          problem: `${where}"${short(part)}" is neither "evidence: <where>" nor "status: <${statuses.map(([, l]) => l).join(' | ')}>".`,
        };
    }
    out.push(control);
  }
  return { value: out };
}

function short(text: string): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > 60 ? `${one.slice(0, 57)}...` : one;
}
