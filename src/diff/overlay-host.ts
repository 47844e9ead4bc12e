import type { Host, PathKind, ReadResult } from '../core/host.js';

/**
 * A host that reads some files from elsewhere (each spec as it was at its previous version, say)
 * and everything else from another host. The listing, kinds and links are the other host's: a
 * file given here replaces a file that host has, and adds none.
 */
export class OverlayHost implements Host {
  readonly root: string;

  constructor(
    private readonly under: Host,
    private readonly files: ReadonlyMap<string, Uint8Array>,
  ) {
    this.root = under.root;
  }

  readFile(path: string): Uint8Array | undefined {
    return this.files.get(path) ?? this.under.readFile(path);
  }

  readChecked(path: string, maxBytes = Number.MAX_SAFE_INTEGER): ReadResult {
    const bytes = this.files.get(path);
    if (bytes === undefined) {
      if (this.under.readChecked) return this.under.readChecked(path, maxBytes);
      const read = this.under.readFile(path);
      return read ? { bytes: read } : { problem: 'missing', detail: 'no such file' };
    }
    if (bytes.length > maxBytes)
      return { problem: 'too-large', detail: `${bytes.length} bytes`, size: bytes.length };
    return { bytes };
  }

  kind(path: string): PathKind {
    if (this.files.has(path)) return 'file';
    return this.under.kind?.(path) ?? (this.under.exists(path) ? 'file' : 'missing');
  }

  exists(path: string): boolean {
    return this.files.has(path) || this.under.exists(path);
  }

  listFiles(): readonly string[] {
    return this.under.listFiles();
  }

  outsideLinks(): readonly string[] {
    return this.under.outsideLinks?.() ?? [];
  }

  unreadableFolders(): ReadonlyArray<{ path: string; reason: string }> {
    return this.under.unreadableFolders?.() ?? [];
  }
}
