import type { Config, Integration } from '../../model/estate.js';
import { secondaryUses } from '../../rules/privacy/facts.js';
import type { Block, Cell } from './document.js';
import { orBlank } from './document.js';
import {
  classNames,
  dataClasses,
  duration,
  endpointOrg,
  engineNames,
  latencyWords,
  protocolWords,
  purge,
  purposeWords,
  roleWords,
  transportWords,
  volumeWords,
} from './describe.js';

/** ICO DPIA step 2: the nature, scope, context and purposes of the processing. */

const useWords: Record<string, string> = {
  'direct-care-decisions': 'direct care: clinicians act on it',
  'direct-care-information': 'direct care: shown for information',
  administration: 'administration',
  planning: 'planning',
  research: 'research',
  commissioning: 'commissioning',
  billing: 'billing',
  other: 'other',
};

function endpoint(e: Integration['source'], config: Config): string[] {
  const org = endpointOrg(e, config);
  return [
    `${e.system}${e.supplier ? ` (${e.supplier})` : ''}`,
    `${org.name}, ODS ${org.code}`,
    `Data-protection role: ${roleWords(e)}`,
  ];
}

export function describeProcessing(i: Integration, config: Config, diagram: Block): Block[] {
  const e = i.engine;
  const r = i.retention;
  const storage: string[] = [
    `Target record: ${r?.record ? r.record : 'record type not recorded'}${r?.localPeriod ? `, kept locally for ${duration(r.localPeriod)}` : ''}`,
    `Engine message log: ${duration(r?.messageLog, 'period not recorded')}; ${purge(r?.messageLogPurge)}`,
    `Audit log: ${i.audit ? `${i.audit.logs.join(', ')}; kept ${duration(i.audit.retention, 'for a period not recorded')}; ${purge(i.audit.purge)}` : 'not recorded'}`,
  ];
  const nature: Array<[string, Cell]> = [
    ['Source (where the data comes from)', endpoint(i.source, config)],
    ['Target (who receives it)', endpoint(i.target, config)],
    [
      'Integration engine',
      e.kind === 'none'
        ? engineNames.none!
        : [
            engineNames[e.kind] ?? e.kind,
            ...(e.channel ? [`Channel: ${e.channel}`] : []),
            ...(e.server ? [`Server: ${e.server}`] : []),
          ],
    ],
    [
      'Message standard',
      [
        protocolWords(i),
        ...(i.protocol.profile ? [`Profile: ${i.protocol.profile}`] : []),
        ...(i.protocol.description ? [i.protocol.description] : []),
      ],
    ],
    [
      'Transport and security in transit',
      [transportWords(i), `Sender authentication: ${orBlank(i.transport.authentication)}`],
    ],
    ['Storage and deletion', storage],
    [
      'Who uses the data',
      i.consumers.length > 0
        ? i.consumers.map((c) => `${c.name}: ${useWords[c.use] ?? c.use}`)
        : 'not recorded',
    ],
  ];
  const items = i.data.items.map((item) => [
    item.name,
    classNames[item.class],
    item.class === 'health' || item.class === 'special' ? 'yes' : 'no',
    item.freeText ? 'yes' : 'no',
    orBlank(item.field, '-'),
  ]);
  const scope: Array<[string, Cell]> = [
    ['Data subjects', i.data.subjects.length > 0 ? i.data.subjects.join(', ') : 'not recorded'],
    ['Data classes', dataClasses(i).join('; ') || 'no data items declared'],
    ['Volume', volumeWords(i)],
    ['Number of individuals', orBlank(i.data.individuals)],
    ['Frequency and latency', latencyWords(i)],
    [
      'Attachments',
      i.data.attachments.length > 0
        ? i.data.attachments.map((a) => `${a.kind}${a.encoding ? ` (${a.encoding})` : ''}`)
        : 'none',
    ],
    [
      'Geographical area',
      i.transfers.length > 0
        ? ['United Kingdom, and transfers to:', ...i.transfers.map((t) => t.country)]
        : 'United Kingdom (no transfers outside the UK recorded)',
    ],
  ];
  const vulnerable = i.data.subjects.filter(
    (s) => s === 'children' || s === 'mental-health' || s === 'maternity',
  );
  const secondary = secondaryUses(i);
  const context: Array<[string, Cell]> = [
    [
      'Relationship with individuals',
      `${i.data.subjects.join(', ') || 'individuals'} whose data ${orBlank(config.organisation.name)} and the target organisation hold to provide or manage their care`,
    ],
    [
      'Reasonable expectations',
      secondary.length > 0
        ? `Individuals may not expect their data to be used for ${secondary.join(', ')}: transparency and the opt-out position (step 4) matter.`
        : "Sharing for the individual's own care is within reasonable expectations where patients are told about it (privacy notice).",
    ],
    [
      'Children or vulnerable groups',
      vulnerable.length > 0
        ? `Yes: ${vulnerable.join(', ')}. Consider additional safeguards.`
        : 'None recorded',
    ],
    ['Prior concerns, public concern, codes of conduct', 'IG to complete'],
  ];
  const purposes: Array<[string, Cell]> = [
    ['Purpose', purposeWords(i)],
    ['What the flow does', orBlank(i.description)],
    ['Benefits', 'IG to complete, from the project case'],
  ];
  return [
    { kind: 'heading', level: 1, text: 'Description of the processing (ICO step 2)' },
    { kind: 'heading', level: 2, text: 'Nature of the processing' },
    { kind: 'fields', rows: nature },
    diagram,
    { kind: 'heading', level: 2, text: 'Scope of the processing' },
    { kind: 'fields', rows: scope },
    items.length > 0
      ? {
          kind: 'table',
          headers: ['Data item', 'Class', 'Special category', 'Free text', 'Where in the message'],
          rows: items,
          widths: [3, 3, 1.4, 1.2, 2.4],
        }
      : { kind: 'note', text: 'No data items are declared in the spec.' },
    { kind: 'heading', level: 2, text: 'Context of the processing' },
    { kind: 'fields', rows: context },
    { kind: 'heading', level: 2, text: 'Purposes of the processing' },
    { kind: 'fields', rows: purposes },
  ];
}
