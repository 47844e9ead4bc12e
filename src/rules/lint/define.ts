import type { Code } from '../../core/codes.js';
import type { Diagnostic, SourceLocation } from '../../core/diagnostics.js';
import type { Estate, Integration } from '../../model/estate.js';

/** What a lint rule body may say: where (a JSON pointer in the spec) and the message arguments. */
export interface LintReport {
  pointer: string;
  args: unknown[];
}

export interface LintContext {
  readonly estate: Estate;
  readonly asOf: string;
}

/**
 * A lint rule: a small function that says what is wrong and where. The engine adds the code,
 * severity (from config), and file:line:col.
 */
export interface LintRule {
  code: { code: string; at(location: SourceLocation, ...args: unknown[]): Diagnostic };
  check(integration: Integration, ctx: LintContext): LintReport[];
}

export function defineLintRule<A extends unknown[]>(rule: {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  code: Code<any>;
  check(integration: Integration, ctx: LintContext, report: (pointer: string, ...args: A) => void): void;
}): LintRule {
  return {
    code: rule.code as LintRule['code'],
    check(integration, ctx) {
      const reports: LintReport[] = [];
      rule.check(integration, ctx, (pointer, ...args) => reports.push({ pointer, args }));
      return reports;
    },
  };
}
