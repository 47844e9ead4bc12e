import { engineName } from '../../catalogue/engines.js';
import type { EngineKind } from '../../model/written.js';
import type { Component } from './graph.js';

export interface NamedSystem {
  system: string;
  /** True when the name is a guess someone must confirm. */
  placeholder: boolean;
  notes: string[];
}

const max = 120;
/** Words that describe the connection rather than the system behind it. */
const connectionWords =
  /\b(in|out|inbound|outbound|input|output|incoming|outgoing|tcp|mllp|llp|http|https|soap|rest|ftp|sftp|sql|jdbc|db|service|services|operation|operations|sender|receiver|listener|client|server|send|recv|receive|poller|reader|writer|feed|forward|hl7tcp|bs|bo|bp)\b/gi;

function cut(s: string): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

/**
 * The system a component most likely talks to, from its name: the part after "from" (inbound)
 * or "to" (outbound), with transport and direction words taken off. "LAB RESULT from DGLAB -
 * FILE" gives DGLAB, "HIS Result Soap Out" gives HIS Result. The name stays as it is when
 * nothing is left.
 */
export function systemFromName(name: string, side: 'source' | 'target'): string {
  let s = name.replace(/\s+/g, ' ').trim();
  // a class name (EnsLib.HTTP.GenericOperation) is kept whole: taking words out breaks it
  if (!s.includes(' ') && /\w\.\w/.test(s)) return s;
  const marker = side === 'source' ? / from (.+)$/i : / to (.+)$/i;
  const m = marker.exec(s);
  if (m && m[1]!.trim().length > 1) s = m[1]!;
  s = s.replace(/\s+-\s+[A-Za-z0-9 ]{1,12}$/, '');
  const stripped = s
    .replace(connectionWords, ' ')
    .replace(/[_:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-–]+|[\s\-–]+$/g, '')
    .trim();
  return stripped.length >= 2 && /[A-Za-z]/.test(stripped) ? stripped : name.trim();
}

/** Source or target system of a flow, with the notes that say where the name came from. */
export function flowSystem(
  engine: EngineKind,
  c: Component | undefined,
  side: 'source' | 'target',
  linked: string[],
  linkedNames: string[] = [],
): NamedSystem {
  const product = engineName(engine);
  if (!c) {
    return {
      system: side === 'source' ? `Nothing in the export (${product})` : `Nothing (${product})`,
      placeholder: true,
      notes: [
        side === 'source'
          ? 'nothing in this export sends to it: import the rest of the configuration, or name the system that feeds it'
          : 'it hands messages to no destination in this export: name where they go, or retire it',
      ],
    };
  }
  const where = c.endpoint ? `: ${c.endpoint.summary}` : '';
  const folders = c.folders.length > 0 ? ` in folder ${c.folders.join(' / ')}` : '';
  if (linked.length > 0) {
    return {
      system: cut(
        (linkedNames.length > 0 ? linkedNames : [c.name])
          .map((n) => (n.startsWith(product) ? n : `${product} ${n}`))
          .join(', '),
      ),
      placeholder: false,
      notes: linked.map((l) => (side === 'target' ? `hands messages on to spec ${l}` : `fed by spec ${l}`)),
    };
  }
  if (c.endpoint?.wire === 'discard') {
    return {
      system: cut(`Nothing: ${c.name} discards what it receives`),
      placeholder: true,
      notes: [
        `"${c.name}"${folders} is a ${c.endpoint.type}, which keeps nothing: say where the messages should go, or retire it`,
      ],
    };
  }
  if (c.endpoint?.wire === 'timer' || c.endpoint?.wire === 'script') {
    return {
      system: cut(`${product} ${c.name}`),
      placeholder: true,
      notes: [
        `"${c.name}"${folders} ${c.endpoint.wire === 'timer' ? 'makes messages on a timer inside the engine (a test or scheduling source)' : 'makes or sends messages in a script, which govspec never runs'}${where}: name the system it stands for`,
      ],
    };
  }
  if (c.system && c.systemKnown) {
    return {
      system: cut(c.system),
      placeholder: false,
      notes: [
        `"${c.name}"${folders} sends to ${c.endpoint?.summary ?? c.system}, as ${product} documents the class: not a guess from its name`,
      ],
    };
  }
  return {
    system: cut(c.system ?? systemFromName(c.name, side)),
    placeholder: true,
    notes: [
      `guessed from ${product} ${c.role === 'process' ? 'component' : 'connection'} "${c.name}"${folders}${where}: name the ${side === 'source' ? 'sending' : 'receiving'} system`,
    ],
  };
}
