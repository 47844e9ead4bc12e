import { governanceBlanks, type Blank, type Draft } from '../draft/draft.js';
import { redactText } from '../secrets/redact.js';
import type { CatalogueEntry } from './entry.js';

const protocols: Record<string, [string, string | undefined]> = {
  SOAP: ['soap', undefined],
  'SOAP/HL7': ['soap', 'HL7 carried in SOAP (IHE profile)'],
  HL7: ['hl7v2', undefined],
  REST: ['other', 'REST API'],
  'REST/FHIR': ['fhir', undefined],
  SOLR: ['other', 'Solr search API'],
  GRAPHQL: ['other', 'GraphQL API'],
};

/** Verbs at the start of a description that mean the caller sends data into the system. */
const inbound = /^(write|register|send|store|submit|upload|request|authenticate|create|record|notify)\b/i;

export function entryToDraft(e: CatalogueEntry, id: string): Draft {
  const notes: Draft['notes'] = [];
  const blanks: Blank[] = [];
  const system = (e.system ?? e.name).slice(0, 120);
  const spec: Record<string, unknown> = {
    govspec: 1,
    id,
    version: '0.1.0',
    title: (e.system ? `${e.name} (${e.system})` : e.name).slice(0, 200),
  };
  if (e.description)
    spec['description'] = redactText(e.description.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, ''))
      .trim()
      .slice(0, 4000);

  const [status, statusNote] = statusOf(e);
  spec['status'] = status;
  notes.push({ path: ['status'], lines: [statusNote] });
  if (e.endDate && /^\d{4}-\d{2}-\d{2}$/.test(e.endDate)) spec['endOfLife'] = e.endDate;

  const provider: Record<string, unknown> = { system };
  if (e.organisation) provider['orgName'] = e.organisation.slice(0, 200);
  const consumer = { system: `Consumer of ${e.name}`.slice(0, 120) };
  const callerSends = inbound.test(e.description ?? '');
  spec['source'] = callerSends ? consumer : provider;
  spec['target'] = callerSends ? provider : consumer;
  const consumerSide = callerSends ? 'source' : 'target';
  notes.push({
    path: [consumerSide, 'system'],
    lines: [
      'The register lists the API, not who calls it: name the consuming system (one spec per consumer), or delete this draft if nobody here uses it.',
      `Direction guessed from the description (${callerSends ? 'the caller sends data in' : 'the caller reads data out'}): swap source and target if wrong.`,
    ],
  });
  blanks.push({
    field: `${consumerSide}.system`,
    note: 'the register does not name consumers',
    placeholder: true,
  });
  if (e.systemDescription)
    notes.push({
      path: [callerSends ? 'target' : 'source', 'system'],
      lines: [`${e.system}: ${e.systemDescription}.`],
    });

  spec['engine'] = { kind: 'none' };
  notes.push({
    path: ['engine', 'kind'],
    lines: ['The register does not say whether an engine sits between caller and API: change if one does.'],
  });

  const [standard, description] = protocols[(e.type ?? '').trim().toUpperCase()] ?? ['other', e.type];
  const protocol: Record<string, unknown> = { standard };
  if (description) protocol['description'] = description;
  spec['protocol'] = protocol;
  notes.push({
    path: ['protocol', 'standard'],
    lines: [
      `The register says the type is "${e.type ?? 'not given'}".${e.catalogue === 'API catalogue CSV' ? ' Guessed from the name and description.' : ''}`,
    ],
  });

  const https =
    !!e.url?.startsWith('https://') ||
    ['SOAP', 'SOAP/HL7', 'REST', 'REST/FHIR', 'SOLR', 'GRAPHQL'].includes((e.type ?? '').toUpperCase());
  const transport: Record<string, unknown> = { kind: https ? 'https' : 'other' };
  if (e.url?.startsWith('https://')) transport['encryption'] = 'tls';
  spec['transport'] = transport;
  const transportNotes = [e.url ? `Base URL: ${e.url}.` : 'The register gives no URL.'];
  if (e.access)
    transportNotes.push(
      `Register access level: ${e.access}. Say which network carries it (internal, hscn, internet) and how callers authenticate.`,
    );
  if (e.documentation) transportNotes.push(`Documentation: ${e.documentation}.`);
  notes.push({ path: ['transport', 'kind'], lines: transportNotes });

  for (const b of governanceBlanks) {
    if (b.field === 'owner' && e.ownerTeam) {
      blanks.push({
        field: 'owner',
        note: `the register names the team "${e.ownerTeam}": add the accountable person: owner: { name, team, contact }`,
      });
    } else blanks.push(b);
  }
  blanks.push({ field: 'data', note: 'the data items the API carries, with classes' });
  blanks.push({ field: 'retention', note: 'the record type written and how long logs are kept' });
  blanks.push({ field: 'audit', note: 'what is audit-logged and for how long: audit: { logs, retention }' });

  const where = e.line ? `${e.file}, line ${e.line}` : e.file;
  return {
    id,
    spec,
    header: [
      `Draft imported by govspec from the ${e.catalogue} (${where}).`,
      'The register describes an API, not a flow: check every line and name its consumers.',
    ],
    notes,
    blanks,
    facts: e.facts.filter(([, v]) => v !== ''),
    origin: `${where}: "${e.name}"`,
    matchKey: e.key,
  };
}

function statusOf(e: CatalogueEntry): [string, string] {
  if (e.endDate)
    return [
      'retiring',
      `The register gives an end date (${e.endDate}): drafted as retiring; use retired once it is switched off.`,
    ];
  const s = (e.status ?? '').toLowerCase();
  if (s === 'stable' || s === 'live') return ['live', `The register says status "${e.status}".`];
  if (['experimental', 'alpha', 'beta'].includes(s))
    return ['build', `The register says status "${e.status}": drafted as build.`];
  if (s === 'deprecated' || s === 'retiring') return ['retiring', `The register says status "${e.status}".`];
  return [
    'live',
    e.status
      ? `The register says status "${e.status}": drafted as live.`
      : 'The register gives no status: drafted as live because it is listed.',
  ];
}
