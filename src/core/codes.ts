import type { Diagnostic, Severity, SourceLocation } from './diagnostics.js';
import { textPool } from './shared-text.js';

const sharedMessage = textPool(16384);

/**
 * One registry of diagnostic codes. Each area declares its codes in its own module with
 * `defineCodes`; `src/core/code-index.ts` imports them all so the registry is complete.
 * Every code has a docs page at docs/codes/<code>.md (a test enforces it).
 */
export interface CodeDefinition<A extends unknown[] = never[]> {
  /** Default severity; config may change it for lint codes. */
  severity: Severity;
  /** One line shown by `explain` and in SARIF rule metadata. */
  title: string;
  /** Builds the message: what is wrong and what to do. */
  message: (...args: A) => string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyCode = CodeDefinition<any[]>;

const registry = new Map<string, AnyCode>();

export function defineCodes<T extends Record<string, AnyCode>>(codes: T): { [K in keyof T]: Code<T[K]> } {
  const out: Record<string, unknown> = {};
  for (const [code, def] of Object.entries(codes)) {
    if (registry.has(code)) throw new Error(`diagnostic code ${code} is defined twice`);
    registry.set(code, def);
    out[code] = new Code(code, def);
  }
  return out as { [K in keyof T]: Code<T[K]> };
}

type ArgsOf<D> = D extends CodeDefinition<infer A> ? A : never;

export class Code<D extends AnyCode> {
  constructor(
    readonly code: string,
    readonly def: D,
  ) {}

  /** Make a diagnostic of this code at a place. */
  at(location: SourceLocation | undefined, ...args: ArgsOf<D>): Diagnostic {
    const d: Diagnostic = {
      code: this.code,
      severity: this.def.severity,
      // Many specs share a message word for word: it is held once.
      message: sharedMessage(this.def.message(...args)),
    };
    if (location) d.location = location;
    return d;
  }
}

export function lookupCode(code: string): AnyCode | undefined {
  return registry.get(code);
}

export function allCodes(): string[] {
  return [...registry.keys()].sort();
}
