import { standardNames } from '../../catalogue/engines.js';
import type { Flow } from './flows.js';
import type { Component } from './graph.js';

export interface FlowProtocol {
  value: Record<string, unknown>;
  notes: string[];
}

/** The standard the sender delivers, its version and the message types seen on the way. */
export function protocolOfFlow(flow: Flow, path: Component[]): FlowProtocol {
  const speaker = [flow.source, flow.target, ...flow.via].find((c) => c?.standard);
  const notes: string[] = [];
  if (!speaker) {
    return {
      value: {
        standard: 'other',
        description: 'The export does not say which format this flow carries.',
      },
      notes: ['No component on the path names a message standard: set protocol.standard (hl7v2, fhir, ...).'],
    };
  }
  const standard = speaker.standard!;
  const value: Record<string, unknown> = { standard };
  const versioned = path.find((c) => c.standard === standard && c.version);
  if (versioned) {
    value['version'] = versioned.version!.slice(0, 40);
    notes.push(`${standardNames[standard]} version ${versioned.version} from "${versioned.name}".`);
  }
  notes.unshift(`${standardNames[standard]}, as "${speaker.name}" is set up to carry.`);
  if (standard === 'hl7v2' && flow.unfiltered && flow.messageTypes.length > 0) {
    notes.push(
      `Rules or filters on one path send only ${flow.messageTypes.join(', ')} to it, but another path sends every message without a filter: protocol.messages is left for you, as the filtered types are not all it receives.`,
    );
  } else if (standard === 'hl7v2' && flow.messageTypes.length > 0) {
    value['messages'] = flow.messageTypes;
    notes.push(
      'Message types read as data from routing rules, route filters or thread routes (govspec never runs scripts): check the list is complete.',
    );
  }
  const resources = [...new Set(path.flatMap((c) => c.resources ?? []))].sort();
  if (standard === 'fhir' && resources.length > 0) value['resources'] = resources;
  if (standard === 'other' || standard === 'xml' || standard === 'csv') {
    const described = path.find((c) => c.standard === standard && c.endpoint)?.endpoint?.type;
    value['description'] = `As the export shows it: ${described ?? 'not described'}.`.slice(0, 500);
  }
  return { value, notes };
}
