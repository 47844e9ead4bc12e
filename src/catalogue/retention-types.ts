/**
 * Shape of the retention catalogue. Each fact carries its own confidence: a period or trigger the
 * reference research could not confirm from the Code's own text is 'unconfirmed': outputs say so
 * once (the record-type table marks the fact, the schedule row's status says to confirm it)
 * instead of presenting it as fact.
 */
export type Confidence = 'confirmed' | 'unconfirmed';

/** What the status of a schedule row that rests on an unconfirmed fact asks the reader to do. */
export const confirmPhrase = 'confirm against the current Code';

/** Which copy of a record an entry describes; message logs and audit trails get their own rules. */
export type RecordKind = 'clinical' | 'message-log' | 'audit-trail' | 'other';

export interface RetentionFact {
  /** The fact in words, as an IG lead would read it. */
  text: string;
  confidence: Confidence;
}

export interface RetentionMinimum extends RetentionFact {
  /**
   * The longest time after the trigger that the minimum can reach, as an ISO 8601 duration, used
   * to compare with a fixed local period. 'indefinite' when the record is kept while the patient
   * lives; absent when the Code gives no period govspec can compare with.
   */
  comparable?: string;
  /** Why `comparable` is what it is, when govspec derived it (e.g. from an age-based rule). */
  derivation?: string;
}

export interface RetentionType {
  id: string;
  title: string;
  kind: RecordKind;
  minimum: RetentionMinimum;
  trigger: RetentionFact;
  /** Further statements the reference could not confirm (alternative wordings, pending reviews). */
  caveats: readonly RetentionFact[];
  /** Where the rule comes from: the Code's section, or the organisation's policy for local types. */
  reference: string;
  /** Public sources the fact was checked against. */
  sources: readonly string[];
  /** Practical note for the records manager. */
  note?: string;
  /** 'code' for the Records Management Code catalogue, 'local' for the organisation's own types. */
  origin: 'code' | 'local';
}

/** True when anything the entry states still needs confirming. */
export function needsConfirmation(entry: RetentionType): boolean {
  return (
    entry.minimum.confidence === 'unconfirmed' ||
    entry.trigger.confidence === 'unconfirmed' ||
    entry.caveats.some((c) => c.confidence === 'unconfirmed')
  );
}

/** Marks an unconfirmed fact once, where the record type is listed; the intro says what it means. */
export const toConfirmMark = '(to confirm)';

/** A fact as the record-type table shows it: an unconfirmed fact carries the short mark. */
export function factText(fact: RetentionFact): string {
  return fact.confidence === 'unconfirmed' ? `${fact.text} ${toConfirmMark}` : fact.text;
}
