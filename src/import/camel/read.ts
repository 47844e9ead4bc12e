import type { Diagnostic } from '../../core/diagnostics.js';
import { importCodes } from '../codes.js';
import type { LoadedFile } from '../loaded.js';
import { redactUrl } from '../secrets/redact.js';
import { SecretScanner } from '../secrets/scan.js';
import type { InventoryItem, SecretRecord } from '../summary.js';

/**
 * Apache Camel based engines keep their routes in Java; their properties only name endpoints.
 * An honest import lists the listeners and endpoints found (MLLP and HTTP ports, endpoint
 * URIs, Kafka topics) and drafts nothing. Credentials are found and withheld as everywhere.
 */
export function readCamel(files: LoadedFile[]): {
  inventory: InventoryItem[];
  diagnostics: Diagnostic[];
  secrets: SecretRecord[];
} {
  const inventory: InventoryItem[] = [];
  const diagnostics: Diagnostic[] = [];
  const secrets: SecretRecord[] = [];
  for (const f of files) {
    const text = new TextDecoder('utf-8').decode(f.bytes);
    const props = new Map<string, { value: string; line: number }>();
    text.split(/\r?\n/).forEach((raw, i) => {
      const m = /^\s*([^#!=:\s][^=:]*?)\s*[=:]\s*(.*)$/.exec(raw);
      if (m) props.set(m[1]!.trim(), { value: m[2]!.trim(), line: i + 1 });
    });
    const scanner = new SecretScanner(f.display, 'camel');
    for (const [k, v] of props) scanner.setting(k, v.value, k, v.line);
    diagnostics.push(...scanner.diagnostics());
    const resolve = (v: string) =>
      v.replace(
        /\{\{([\w.-]+)\}\}|\$\{([\w.-]+)(?::[^}]*)?\}/g,
        (whole, a: string | undefined, b: string | undefined) => props.get((a ?? b)!)?.value ?? whole,
      );
    const before = inventory.length;
    for (const [k, { value, line }] of props) {
      const v = resolve(value);
      const uri = /^([a-z][\w+.-]*):(\/\/)?([^\s]+)$/i.exec(v);
      if (
        uri &&
        /^(netty|mllp|http|https|jetty|undertow|platform-http|kafka|jms|amqp|file|sftp|ftp|fhir)$/i.test(
          uri[1]!,
        )
      ) {
        const kind = /mllp|netty/i.test(uri[1]!)
          ? 'MLLP or TCP endpoint'
          : /kafka|jms|amqp/i.test(uri[1]!)
            ? 'message queue endpoint'
            : /file|ftp/i.test(uri[1]!)
              ? 'file endpoint'
              : 'HTTP endpoint';
        inventory.push({ file: f.display, line, kind, name: k, where: redactUrl(v) });
      } else if (/(^|\.)port(\.|$)/i.test(k) && /^\d{2,5}$/.test(v)) {
        const family = k
          .split('.')
          .filter((p) => !/^(port|idaas|lfh|connect|server|management)$/i.test(p))
          .join(' ');
        inventory.push({
          file: f.display,
          line,
          kind: /mllp|hl7|\.port\.[a-z]{3}$/i.test(k)
            ? 'listener port (MLLP for HL7v2 families)'
            : 'listener port',
          name: family || k,
          where: `port ${v}`,
        });
      } else if (/topic(\.name)?$/i.test(k) && v && !/[{$]/.test(v)) {
        inventory.push({ file: f.display, line, kind: 'Kafka topic', name: k, where: v });
      }
    }
    diagnostics.push(
      importCodes['import-inventory-only'].at(
        { file: f.display, line: 1, column: 1 },
        'Apache Camel configuration',
        inventory.length - before,
        'its routes are Java code, which govspec never reads',
      ),
    );
    secrets.push(...scanner.records);
  }
  return { inventory, diagnostics, secrets };
}
