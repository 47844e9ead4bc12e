import type { Config, Integration } from '../../model/estate.js';
import { isExternal } from '../../rules/privacy/facts.js';
import { duration, endpointOrg, engineNames, purge } from './describe.js';
import { dash, hopKinds, list, logKinds, recordTypeTitle, roles } from './words.js';

/**
 * Every system the data passes through, in the order it travels: the source, the engine, the
 * hops the spec lists under route (national services, brokers, platforms) and the target. The
 * engine sits on the organisation's own side of the route.
 */
export interface FlowSystem {
  system: string;
  /** Organisation that runs it, with its ODS code when known. */
  runBy: string;
  role: string;
  country: string;
  keeps: string;
  logs: string;
  retention: string;
  /** What the spec calls it: source, target, engine or hop. */
  part: 'source' | 'engine' | 'hop' | 'target';
}

export function flowSystems(i: Integration, config: Config): FlowSystem[] {
  const ours = config.organisation;
  const audit = i.audit;
  const auditLogs = audit ? list(audit.logs.map((l) => logKinds[l] ?? l)) : dash;
  const end = (e: Integration['source'], part: 'source' | 'target'): FlowSystem => {
    const org = endpointOrg(e, config);
    const keepsRecord = part === 'target' && i.retention?.record !== undefined;
    const holdsAudit = i.engine.kind === 'none' && part === 'target' && audit;
    return {
      part,
      system: `${e.system}${e.supplier ? ` (${e.supplier})` : ''}`,
      runBy: org.ours ? `${org.name}, ODS ${org.code}` : `${org.name}${e.org ? `, ODS ${e.org}` : ''}`,
      role: roles[e.role ?? 'controller']! + (e.role ? '' : ' (not stated)'),
      country: part === 'target' ? (i.storage?.country ?? dash) : dash,
      keeps: keepsRecord
        ? recordTypeTitle(i.retention!.record!, config)
        : part === 'source'
          ? 'its own record'
          : dash,
      logs: holdsAudit ? auditLogs : dash,
      retention:
        keepsRecord && i.retention!.record !== 'none'
          ? i.retention?.localPeriod
            ? duration(i.retention.localPeriod)
            : 'the Code’s minimum for the record type'
          : dash,
    };
  };
  const engine: FlowSystem[] =
    i.engine.kind === 'none'
      ? []
      : [
          {
            part: 'engine',
            system: `${engineNames[i.engine.kind] ?? i.engine.kind}${i.engine.channel ? `, channel ${i.engine.channel}` : ''}`,
            runBy: `${ours.name}, ODS ${ours.ods}`,
            role: 'controller (this organisation)',
            country: dash,
            keeps: messageStore(i),
            logs: auditLogs,
            retention: i.retention?.messageLog ? duration(i.retention.messageLog) : dash,
          },
        ];
  const hops: FlowSystem[] = i.route.map((h) => ({
    part: 'hop',
    system:
      h.name.toLowerCase() === hopKinds[h.kind].toLowerCase() ? h.name : `${h.name} (${hopKinds[h.kind]})`,
    runBy: h.operator ? `${h.operator}${h.org ? `, ODS ${h.org}` : ''}` : (h.org ?? dash),
    role: h.role ? roles[h.role]! : dash,
    country: h.country ?? dash,
    keeps: h.stores === true ? 'message content' : h.stores === false ? 'nothing: passes it on' : dash,
    logs: h.logs && h.logs.length > 0 ? list(h.logs.map((l) => logKinds[l] ?? l)) : dash,
    retention: h.retention ? duration(h.retention) : dash,
  }));
  const fromOutside = isExternal(i.source, config);
  return [
    end(i.source, 'source'),
    ...(fromOutside ? [...hops, ...engine] : [...engine, ...hops]),
    end(i.target, 'target'),
  ];
}

function messageStore(i: Integration): string {
  const log = i.retention?.messageLog;
  if (log === 'none') return 'no message content';
  return `message content; ${purge(i.retention?.messageLogPurge)}`;
}
