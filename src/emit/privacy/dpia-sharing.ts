import { dataProtectionTest, transferMechanisms } from '../../catalogue/transfers.js';
import { dateWords } from '../../core/formats.js';
import type { Config, Integration } from '../../model/estate.js';
import { isExternal, isUk, orgLabel } from '../../rules/privacy/facts.js';
import type { Block, Cell } from './document.js';
import { duration, purge } from './describe.js';
import { flowSystems } from './flow-systems.js';
import { dash, orDash, recordTypeMinimum, recordTypeTitle, roles, yesNo } from './words.js';

/** Sharing with other organisations, sensitive patients, retention at each hop, and where the data is. */

const assurances: Record<string, string> = {
  'dspt-standards-met': 'a current DSPT at Standards Met',
  'sharing-agreement': 'a sharing agreement',
  contract: 'a contract',
  'conformance-assured': 'a system that passed national conformance assurance',
  none: 'none',
  'not-known': 'not known',
};
const agreements: Record<string, string> = {
  'data-sharing-agreement': 'data-sharing agreement',
  'joint-controller-agreement': 'joint-controller agreement (UK GDPR Art. 26)',
  'national-data-sharing-arrangement': 'national data sharing arrangement',
  contract: 'contract',
  none: 'none',
};

export function sharing(i: Integration, config: Config): Block[] {
  const out: Block[] = [];
  const recipients: Cell[][] = i.recipients.map((r) => [
    `${r.name}${r.org ? ` (ODS ${r.org})` : ''}`,
    r.role ? roles[r.role]! : dash,
    r.assurance ? assurances[r.assurance]! : dash,
    orDash(r.purpose),
  ]);
  if (recipients.length === 0 && isExternal(i.target, config))
    recipients.push([orgLabel(i.target), roles[i.target.role ?? 'controller']!, dash, dash]);
  out.push(
    recipients.length > 0
      ? {
          kind: 'table',
          headers: ['Recipient', 'Role', 'How it is assured', 'Uses it for'],
          rows: recipients,
          widths: [3, 1.6, 3, 3],
        }
      : {
          kind: 'paragraph',
          text: `Recipient: ${config.organisation.name} (${i.target.system}). No other organisation receives the data; the people who use it are listed with the description of the processing.`,
        },
  );
  const a = i.sharingAgreement;
  out.push({
    kind: 'fields',
    rows: [
      [
        'Agreement the sharing rests on',
        a ? `${agreements[a.kind]}${a.reference ? `: ${a.reference}` : ''}` : dash,
      ],
      ['Agreement last reviewed', orDash(a?.reviewed && dateWords(a.reviewed))],
      ['Where the sharing is configured', orDash(a?.configuredIn)],
      [
        'Configuration last checked against the agreement',
        orDash(a?.configurationReviewed && dateWords(a.configurationReviewed)),
      ],
    ],
  });
  if (i.processors.length > 0)
    out.push({
      kind: 'table',
      headers: ['Processor', 'Service', 'Agreement (Art. 28)', 'DSPT status', 'Country'],
      rows: i.processors.map((p) => [
        p.name,
        orDash(p.service),
        orDash(p.agreement),
        orDash(p.dspt),
        orDash(p.country),
      ]),
      widths: [2.6, 2.4, 2.6, 1.8, 1.4],
    });
  else out.push({ kind: 'paragraph', text: 'Processors: none recorded in the spec.' });
  return out;
}

const signalled: Record<string, string> = {
  'not-found': 'answered as if there were no record',
  notice: 'a notice tells the receiver that data was withheld',
  empty: 'an empty result',
  error: 'an error',
  'not-signalled': 'nothing tells the receiver',
  'not-stated': 'how the receiver can tell is not stated',
};
const reasons: Record<string, string> = {
  'sensitive-patient': 'Patients flagged as sensitive (S-flag)',
  'sharing-rules': 'The provider’s sharing settings',
  consent: 'The patient dissented or did not consent',
  'in-transit': 'Records moving between organisations',
  'awaiting-filing': 'Data received but not yet filed',
  'confidential-items': 'Items the provider marks confidential',
  other: 'Other',
};

/** Sensitive (S-flagged) patients and other data the provider withholds. */
export function sensitive(i: Integration): Block[] {
  const rows: Array<[string, Cell]> = i.withheld.map((w) => [
    reasons[w.reason]!,
    [`How the receiver can tell: ${signalled[w.signalled ?? 'not-stated']}`, ...(w.text ? [w.text] : [])],
  ]);
  if (!i.withheld.some((w) => w.reason === 'sensitive-patient'))
    rows.unshift([
      'Patients flagged as sensitive (S-flag)',
      'no handling is recorded in the spec: the IG team to confirm how a sensitive patient’s address and contact details are protected',
    ]);
  return [{ kind: 'fields', rows }];
}

/** How long each copy is kept, system by system. */
export function retention(i: Integration, config: Config): Block[] {
  const rows: Cell[][] = [];
  const record = i.retention?.record;
  if (record && record !== 'none') {
    const minimum = recordTypeMinimum(record, config);
    rows.push([
      `${i.target.system}: the record`,
      recordTypeTitle(record, config),
      i.retention?.localPeriod
        ? duration(i.retention.localPeriod)
        : `the Code’s minimum${minimum ? `: ${minimum}` : ''}`,
      "the target system's records disposal process",
    ]);
  } else {
    rows.push([`${i.target.system}: the record`, record === 'none' ? 'no copy kept' : dash, dash, dash]);
  }
  if (i.engine.kind !== 'none' || i.retention?.messageLog !== undefined) {
    const log = i.retention?.messageLog;
    rows.push([
      i.engine.kind === 'none' ? 'Interface message log' : 'Engine message store',
      'message content',
      log === undefined ? dash : log === 'none' ? 'not kept' : duration(log),
      log === 'none' ? dash : purge(i.retention?.messageLogPurge),
    ]);
  }
  for (const h of i.route.filter((x) => x.stores || (x.logs && !x.logs.includes('none'))))
    rows.push([
      h.name,
      h.stores ? 'message content' : 'logs',
      h.retention ? duration(h.retention) : dash,
      dash,
    ]);
  if (i.audit)
    rows.push([
      'Audit log',
      'who accessed or sent what',
      i.audit.retention ? duration(i.audit.retention) : dash,
      purge(i.audit.purge),
    ]);
  return [
    {
      kind: 'table',
      headers: ['Where a copy is kept', 'What', 'How long', 'How it is deleted'],
      rows,
      widths: [3, 3, 2.6, 2.6],
    },
    {
      kind: 'note',
      text: 'The retention schedule checks every period against the Records Management Code of Practice.',
    },
  ];
}

/** Country of storage and processing for each system, and any transfer outside the UK. */
export function location(i: Integration, config: Config): Block[] {
  const rows = flowSystems(i, config).map((s) => [s.system, s.country]);
  const out: Block[] = [
    { kind: 'table', headers: ['System', 'Country of storage and processing'], rows, widths: [6, 4] },
  ];
  const abroad = i.transfers.filter((t) => !isUk(t.country));
  out.push(
    abroad.length > 0
      ? {
          kind: 'table',
          headers: ['Transfer outside the UK to', 'Transfer route', 'Data protection test met'],
          rows: abroad.map((t) => [
            t.country,
            transferMechanisms[t.safeguard ?? 'none'].words,
            transferMechanisms[t.safeguard ?? 'none'].needsTest
              ? yesNo(t.dataProtectionTest)
              : 'not needed for this route',
          ]),
          widths: [2.4, 5.6, 2],
        }
      : { kind: 'paragraph', text: 'Transfers outside the UK: none recorded in the spec.' },
    {
      kind: 'note',
      text: `Since 5 February 2026 a transfer outside the UK needs regulations approving it, safeguards with ${dataProtectionTest}, or a derogation (UK GDPR Chapter V as replaced by the Data (Use and Access) Act 2025). A dash means the spec does not record the country.`,
    },
  );
  return out;
}
