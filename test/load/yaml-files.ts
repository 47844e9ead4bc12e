import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every YAML file below dir, by full path. */
export function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return yamlFiles(full);
    return /\.ya?ml$/.test(name) ? [full] : [];
  });
}
