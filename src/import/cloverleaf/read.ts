import type { Diagnostic } from '../../core/diagnostics.js';
import type { LoadedFile } from '../loaded.js';
import type { EngineExport } from '../engine/graph.js';
import type { InventoryItem } from '../summary.js';

export function readCloverleaf(files: LoadedFile[]): {
  exports: EngineExport[];
  inventory: InventoryItem[];
  diagnostics: Diagnostic[];
} {
  void files;
  return { exports: [], inventory: [], diagnostics: [] };
}
