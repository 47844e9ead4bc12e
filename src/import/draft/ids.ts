/**
 * Spec ids from names found in exports: lowercase kebab-case that is safe as a file name on every
 * platform (no dots or slashes, so no '..'; Windows device names avoided) and unique.
 */

const reserved = /^(con|prn|aux|nul|com[0-9]|lpt[0-9]|clock\$?)$/;
const maxLength = 64;

export function idFromName(name: string, fallback = 'imported'): string {
  let id = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!id) id = fallback;
  if (id.length < 3) id = `${fallback}-${id}`;
  id = trim(id, maxLength);
  if (reserved.test(id)) id = `${id}-spec`;
  return id;
}

/** The id itself if free, else the first free of id-2, id-3, ... (kept within the length limit). */
export function uniqueId(id: string, taken: Set<string>): string {
  if (!taken.has(id)) return id;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${trim(id, maxLength - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

function trim(id: string, length: number): string {
  return id.length <= length ? id : id.slice(0, length).replace(/-+$/, '');
}

/** True when a string is a valid spec id (the schema's pattern plus the reserved names). */
export function isSafeId(id: string): boolean {
  return /^[a-z0-9](?:[a-z0-9-]{1,62})[a-z0-9]$/.test(id) && !reserved.test(id);
}
