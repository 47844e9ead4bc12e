/** A file read and recognised, waiting for its importer. */
export interface LoadedFile {
  path: string;
  display: string;
  bytes: Uint8Array;
  /** What the file was recognised as, in words. */
  what: string;
}
