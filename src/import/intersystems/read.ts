import type { LoadedFile } from '../loaded.js';
import type { EngineExport } from '../engine/graph.js';

export function readInterSystems(files: LoadedFile[]): EngineExport[] {
  void files;
  return [];
}
