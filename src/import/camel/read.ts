import type { Diagnostic } from '../../core/diagnostics.js';
import type { LoadedFile } from '../loaded.js';
import type { InventoryItem } from '../summary.js';

export function readCamel(files: LoadedFile[]): { inventory: InventoryItem[]; diagnostics: Diagnostic[] } {
  void files;
  return { inventory: [], diagnostics: [] };
}
