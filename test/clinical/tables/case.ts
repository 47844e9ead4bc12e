/** One row of a rule's table test: a change to the controlled spec, and what the rule derives. */
export interface Case {
  name: string;
  change: unknown;
  /** Expected initial likelihood/severity/rating when the rule fires; absent when it must stay silent. */
  fires?: {
    likelihood: string;
    severity: string;
    rating: number;
    /** Text on the spec line the hazard's first cause points at. */
    line?: string;
    /** Also check the column: the cause points at the start of `line`'s text. */
    column?: boolean;
  };
}

export type Table = Record<string, Case[]>;
