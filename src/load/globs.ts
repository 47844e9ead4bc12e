/**
 * Glob matching for spec discovery: `**`, `*`, `?`, `{a,b}`; a `!` prefix excludes.
 *
 * A glob is compiled to a small automaton and every path is matched by stepping the set of live
 * states one character at a time, so the cost is at most (path length × glob length) whatever the
 * glob: a pattern such as `**a**a**a…**b` cannot make matching take exponential time, as it does
 * when such a glob becomes a backtracking regular expression.
 */

type Edge =
  | { on: 'char'; c: string; to: number }
  | { on: 'segment'; to: number } // one character other than "/"
  | { on: 'any'; to: number }
  | { on: 'empty'; to: number };

export interface Glob {
  readonly edges: readonly Edge[][];
  readonly final: number;
}

export function compileGlob(glob: string): Glob {
  const edges: Edge[][] = [[]];
  const node = () => edges.push([]) - 1;
  const add = (from: number, edge: Edge) => edges[from]!.push(edge);
  const literal = (from: number, text: string): number => {
    let at = from;
    // UTF-16 code units, on both sides, as a regular expression without the u flag compares them.
    for (let k = 0; k < text.length; k++) {
      const c = text[k]!;
      const next = node();
      add(at, { on: 'char', c, to: next });
      at = next;
    }
    return at;
  };
  let at = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      const next = node();
      if (glob[i + 2] === '/') {
        // "**/": nothing, or any run of characters ending in "/".
        const run = node();
        add(at, { on: 'empty', to: next });
        add(at, { on: 'empty', to: run });
        add(run, { on: 'any', to: run });
        add(run, { on: 'char', c: '/', to: next });
        i += 2;
      } else {
        add(at, { on: 'empty', to: next });
        add(next, { on: 'any', to: next });
        i += 1;
      }
      at = next;
    } else if (c === '*') {
      const next = node();
      add(at, { on: 'empty', to: next });
      add(next, { on: 'segment', to: next });
      at = next;
    } else if (c === '?') {
      const next = node();
      add(at, { on: 'segment', to: next });
      at = next;
    } else if (c === '{' && glob.indexOf('}', i) > i) {
      const end = glob.indexOf('}', i);
      const joined = node();
      for (const option of glob.slice(i + 1, end).split(',')) {
        const start = node();
        add(at, { on: 'empty', to: start });
        add(literal(start, option), { on: 'empty', to: joined });
      }
      at = joined;
      i = end;
    } else {
      at = literal(at, c);
    }
  }
  return { edges, final: at };
}

function closure(g: Glob, states: Set<number>): Set<number> {
  const stack = [...states];
  while (stack.length > 0) {
    const s = stack.pop()!;
    for (const e of g.edges[s]!) {
      if (e.on === 'empty' && !states.has(e.to)) {
        states.add(e.to);
        stack.push(e.to);
      }
    }
  }
  return states;
}

/** The live states after one more character. */
function step(g: Glob, live: ReadonlySet<number>, c: string): Set<number> {
  const next = new Set<number>();
  for (const s of live)
    for (const e of g.edges[s]!)
      if ((e.on === 'char' && e.c === c) || (e.on === 'segment' && c !== '/') || e.on === 'any')
        next.add(e.to);
  return closure(g, next);
}

/**
 * The sets of live states met so far and the step from each on each character: a glob is matched
 * against every file of the repository, and most paths share their steps, so each step is worked
 * out once per glob. At most one new set per character read, so never more than the text walked.
 */
interface Steps {
  sets: Array<ReadonlySet<number>>;
  ids: Map<string, number>;
  next: Array<Map<string, number>>;
}

const stepsOf = new WeakMap<Glob, Steps>();

function setId(steps: Steps, set: ReadonlySet<number>): number {
  const key = [...set].sort((a, b) => a - b).join(',');
  let id = steps.ids.get(key);
  if (id === undefined) {
    id = steps.sets.length;
    steps.sets.push(set);
    steps.next.push(new Map());
    steps.ids.set(key, id);
  }
  return id;
}

/** The live states after a whole text, or undefined as soon as none is left. */
function run(g: Glob, text: string): ReadonlySet<number> | undefined {
  let steps = stepsOf.get(g);
  if (!steps) {
    steps = { sets: [], ids: new Map(), next: [] };
    setId(steps, closure(g, new Set([0])));
    stepsOf.set(g, steps);
  }
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    let to = steps.next[at]!.get(c);
    if (to === undefined) {
      to = setId(steps, step(g, steps.sets[at]!, c));
      steps.next[at]!.set(c, to);
    }
    if (steps.sets[to]!.size === 0) return undefined;
    at = to;
  }
  return steps.sets[at];
}

export function globMatches(g: Glob, path: string): boolean {
  return run(g, path)?.has(g.final) ?? false;
}

/** True when some path below `folder` could match the glob (so a folder that cannot be read matters). */
export function globReachesInto(g: Glob, folder: string): boolean {
  const live = run(g, `${folder}/`);
  if (!live) return false;
  // Any way on from here to the end of the glob: the final state is reachable by some edges.
  const seen = new Set(live);
  const stack = [...live];
  while (stack.length > 0) {
    const s = stack.pop()!;
    if (s === g.final) return true;
    for (const e of g.edges[s]!) {
      if (seen.has(e.to)) continue;
      seen.add(e.to);
      stack.push(e.to);
    }
  }
  return false;
}

export function matchGlobs(files: readonly string[], globs: readonly string[]): string[] {
  const include = globs.filter((g) => !g.startsWith('!')).map(compileGlob);
  const exclude = globs.filter((g) => g.startsWith('!')).map((g) => compileGlob(g.slice(1)));
  return files.filter(
    (f) => include.some((g) => globMatches(g, f)) && !exclude.some((g) => globMatches(g, f)),
  );
}

/** True when any including glob could match a path below `folder`. */
export function globsReachInto(globs: readonly string[], folder: string): boolean {
  return globs.some((g) => !g.startsWith('!') && globReachesInto(compileGlob(g), folder));
}
