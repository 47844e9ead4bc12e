import { fhirResourceTypes } from '../../catalogue/fhir-resources.js';
import { descendants, type XmlElement } from '../xml/tree.js';

/**
 * FHIR resource types a channel serves or sends, read as data: the CapabilityStatement template
 * of a FHIR Listener, and scripts comparing the request's fhirType or a resourceType with a
 * literal name. Only real R4 resource names count.
 */
export function readFhirResources(channel: XmlElement): string[] {
  const found = new Set<string>();
  const add = (name: string) => {
    if (fhirResourceTypes.has(name) && name !== 'CapabilityStatement') found.add(name);
  };
  for (const el of descendants(channel)) {
    const text = el.text;
    if (!text || !/[A-Z]/.test(text)) continue;
    if (el.name === 'conformanceTemplate' || el.name === 'template') {
      for (const m of text.matchAll(/<type\s+value="([A-Z][A-Za-z]+)"/g)) add(m[1]!);
      for (const m of text.matchAll(/"type"\s*:\s*"([A-Z][A-Za-z]+)"/g)) add(m[1]!);
    }
    if (el.name === 'script' || el.attrs['name'] === 'script') {
      const compared =
        /(?:fhirType|resourceType|resource_type)['"]?\s*\)?\s*(?:\.toString\(\))?\s*(?:===?|!==?|\.equals\()\s*(['"])([A-Z][A-Za-z]+)\1/g;
      for (const m of text.matchAll(compared)) add(m[2]!);
      for (const m of text.matchAll(
        /(['"])([A-Z][A-Za-z]+)\1\s*(?:===?|\.equals\()\s*[\w$.[\]'"()]*(?:fhirType|resourceType)/g,
      ))
        add(m[2]!);
      for (const m of text.matchAll(/resourceType['"]?\s*:\s*(['"])([A-Z][A-Za-z]+)\1/g)) add(m[2]!);
    }
  }
  return [...found].sort();
}
