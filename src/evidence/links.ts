import { posix } from 'node:path';

/**
 * Links inside the pack that work offline. Artefacts are written to link the repository as it is
 * on disk (a hazard page links `../../../specs/x.yaml#L12`); inside the pack the same file sits
 * under `sources/`. Each relative link in a Markdown or HTML file is resolved where the file came
 * from, then pointed at the pack's copy; a link to something the pack does not hold is turned into
 * plain text, so no link leads out of the pack or to nothing.
 */

export interface PackedFile {
  /** Path inside the pack. */
  path: string;
  /** Path in the repository it came from (an artefact: output folder + its path). */
  origin: string;
}

/** Maps a repository path to the pack path holding it, or undefined when the pack does not. */
export type PackLookup = (repositoryPath: string) => string | undefined;

// Bounded repetitions: a hostile document (a megabyte of "[" or of `href="`) is scanned in
// linear time, never quadratic. Links longer than these bounds are left as they are.
const markdownLink =
  /(!?)\[((?:[^[\]\\\n]|\\.){0,500})\]\(([^()\s]{0,2000}(?:\([^()\s]{0,500}\)[^()\s]{0,500}){0,4})\)/g;
const htmlAttribute = /\s(href|src)="([^"\n]{0,4000})"/g;

export function rewritesLinks(path: string): boolean {
  return /\.(md|markdown|html?)$/i.test(path);
}

/** The text of a Markdown or HTML file with every relative link pointing inside the pack. */
export function rewriteLinks(text: string, file: PackedFile, lookup: PackLookup): string {
  const target = (href: string) => packTarget(href, file, lookup);
  if (/\.html?$/i.test(file.path))
    return text.replace(htmlAttribute, (all, attr: string, href: string) => {
      const t = target(decodeEntities(href));
      return t === undefined ? all : t === null ? '' : ` ${attr}="${escapeAttribute(t)}"`;
    });
  return text.replace(markdownLink, (all, bang: string, label: string, href: string) => {
    const t = target(href);
    return t === undefined ? all : t === null ? label : `${bang}[${label}](${t})`;
  });
}

/**
 * The link rewritten for the pack: undefined to leave it as it is (a URL, a fragment, or already
 * inside the pack), null when it leads to something the pack does not hold.
 */
function packTarget(href: string, file: PackedFile, lookup: PackLookup): string | null | undefined {
  if (href === '' || href.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//'))
    return undefined;
  const cut = href.search(/[?#]/);
  const [pathPart, rest] = cut < 0 ? [href, ''] : [href.slice(0, cut), href.slice(cut)];
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathPart);
  } catch {
    return null;
  }
  if (decoded.startsWith('/') || decoded.includes('\\')) return null;
  const origin = posix.normalize(posix.join(posix.dirname(file.origin), decoded));
  if (origin.startsWith('../') || origin === '..') return null;
  const inPack = lookup(origin);
  if (inPack === undefined) return null;
  const relative = posix.relative(posix.dirname(file.path), inPack) || posix.basename(inPack);
  const encoded = relative
    .split('/')
    .map((s) =>
      s === '..'
        ? s
        : encodeURIComponent(s).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
    )
    .join('/');
  return `${encoded}${rest}`;
}

function decodeEntities(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function escapeAttribute(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
