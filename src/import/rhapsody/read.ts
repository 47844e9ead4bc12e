import type { LoadedFile } from '../loaded.js';
import type { EngineExport } from '../engine/graph.js';

export function readRhapsodyFile(file: LoadedFile): EngineExport[] {
  void file;
  return [];
}
