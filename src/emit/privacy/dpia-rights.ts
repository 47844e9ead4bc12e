import type { Integration } from '../../model/estate.js';
import type { Block, Cell } from './document.js';
import { encryptionWords, networkWords, purge, duration } from './describe.js';
import { authentications, dash, list, logKinds, orDash, userAuthentications, yesNo } from './words.js';

/** Transparency, individuals' rights and objections, and the security controls. */

const means: Record<string, string> = {
  'privacy-notice': 'the privacy notice',
  leaflet: 'leaflets',
  letter: 'a letter',
  website: 'the website',
  app: 'the app',
  'at-point-of-care': 'at the point of care',
  none: 'no means',
};

export function transparency(i: Integration): Block[] {
  const t = i.transparency;
  const rows: Array<[string, Cell]> = [
    ['Privacy notice', orDash(t?.notice)],
    ['Does it describe this sharing?', yesNo(t?.coversFlow)],
    [
      'How individuals are told',
      t?.means && t.means.length > 0 ? list(t.means.map((m) => means[m] ?? m)) : dash,
    ],
    ['What they are told', orDash(t?.text)],
  ];
  return [{ kind: 'fields', rows }];
}

const honoured: Record<string, string> = {
  yes: 'yes: an objection stops the sharing',
  'case-by-case': 'each objection is considered on its merits',
  no: 'no: the sharing goes ahead regardless',
  'not-applicable': 'not applicable',
};

export function rights(i: Integration): Block[] {
  const r = i.rights;
  const o = i.objection;
  const rows: Array<[string, Cell]> = [
    [
      'How rights requests are made and met',
      [
        orDash(r?.process),
        ...(r?.handledBy ? [`Handled by ${r.handledBy}`] : []),
        ...(r?.text ? [r.text] : []),
      ],
    ],
    ['Dissent and objection (beyond the national data opt-out)', o ? honoured[o.honoured]! : dash],
    ['How a patient objects, and where it is recorded', orDash(o?.mechanism)],
    ...(o?.text ? ([['What happens', o.text]] as Array<[string, Cell]>) : []),
  ];
  return [{ kind: 'fields', rows }];
}

const integrity: Record<string, string> = {
  'tamper-protected': 'protected: entries cannot be changed or deleted within the retention period',
  'not-protected': 'not protected: entries can be changed or deleted',
  'not-known': 'not known',
};
const readAccess: Record<string, string> = {
  'business-need-only': 'only accounts with a business need',
  wider: 'wider than accounts with a business need',
  'not-known': 'not known',
};

export function security(i: Integration): Block[] {
  const t = i.transport;
  const u = i.userAccess;
  const a = i.audit;
  const technical: Array<[string, Cell]> = [
    ['Encryption in transit', `${encryptionWords(i)} over ${networkWords(i)}`],
    [
      'How the receiving end authenticates the sender',
      t.authentication ? authentications[t.authentication]! : dash,
    ],
    ['How users sign in', u?.authentication ? userAuthentications[u.authentication]! : dash],
    ['Role-based access', yesNo(u?.roleBased)],
    ['Care relationship checked before access', yesNo(u?.relationshipCheck)],
    ['Encryption of the stored copy', yesNo(i.storage?.encryptedAtRest)],
    ['Audit logging', a ? list(a.logs.map((l) => logKinds[l] ?? l)) : dash],
    ['Who can read the audit logs', a?.readAccess ? readAccess[a.readAccess]! : dash],
    ['Audit log integrity', a?.integrity ? integrity[a.integrity]! : dash],
    ['Audit log retention', a ? `${duration(a.retention, dash)}; ${purge(a.purge)}` : dash],
  ];
  const organisational: Array<[string, Cell]> = [
    ['Named owner', i.owner ? i.owner.name : 'no owner recorded'],
    ['Monitoring of failures', i.monitoring ? 'a monitoring view is recorded' : dash],
    ['Runbook', i.runbook ? 'recorded' : dash],
    [
      'Support',
      i.sla ? `${i.sla.hours}${i.sla.restore ? `; restored within ${duration(i.sla.restore)}` : ''}` : dash,
    ],
  ];
  return [
    { kind: 'fields', rows: technical },
    { kind: 'fields', rows: organisational },
  ];
}
