import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { BaseCommand } from '../../cli/base.js';
import { readRegularFile } from '../../core/safe-fs.js';
import { ExitCode } from '../../cli/exit-codes.js';
import { loadPublicKey } from '../../evidence/signature.js';
import { verifyBundle } from '../../evidence/verify.js';
import { evidenceCodes } from '../../rules/evidence/codes.js';

const maxBundleBytes = 1024 * 1024 * 1024;
const maxKeyBytes = 64 * 1024;

export default class EvidenceVerify extends BaseCommand {
  static override description =
    'Check an evidence pack against its manifest: every file present with its size and SHA-256, nothing added, no unsafe zip entry, and the signature when --key is given. Reads the zip in memory; never extracts it.';
  static override examples = [
    '<%= config.bin %> evidence verify generated/evidence/govspec-evidence-2025-26-caf.zip',
    '<%= config.bin %> evidence verify pack.zip --key publisher.pub.pem',
  ];
  static override args = {
    bundle: Args.string({ description: 'The evidence pack (zip) to check.', required: true }),
  };
  static override flags = {
    key: Flags.string({
      description: "Publisher's Ed25519 public key (PEM): the pack must be signed with it.",
    }),
    json: Flags.boolean({ description: 'Print the result as JSON.', default: false }),
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(EvidenceVerify);
    let publicKey;
    if (flags.key) {
      const key = read(flags.key, (b) => loadPublicKey(b), maxKeyBytes);
      if (typeof key === 'string')
        return this.fail(evidenceCodes['evidence-key-invalid'].at(undefined, flags.key, key), flags.quiet);
      publicKey = key;
    }
    const bytes = read(args.bundle, (b) => b);
    if (typeof bytes === 'string')
      return this.fail(
        evidenceCodes['evidence-bundle-unreadable'].at(undefined, `${args.bundle}: ${bytes}`),
        flags.quiet,
      );
    const report = verifyBundle(bytes, publicKey ? { publicKey } : {});
    if (flags.json) {
      this.print(`${JSON.stringify({ bundle: args.bundle, ...report }, null, 2)}\n`, 'json');
    } else {
      if (report.diagnostics.length > 0) this.printDiagnostics(report.diagnostics, flags.quiet);
      if (!flags.quiet) {
        const signed =
          report.signature === 'verified'
            ? ', signature good'
            : report.signature === 'not checked'
              ? "; signature not checked (pass --key with the publisher's public key)"
              : '';
        this.log(
          report.ok
            ? `${args.bundle}: ${report.verified.length === 1 ? 'the one file matches' : `all ${report.verified.length} files match`} the manifest${signed}.`
            : `${args.bundle}: FAILED (${report.changed.length} changed, ${report.missing.length} missing, ${report.extra.length} extra, ${report.unsafe.length} unsafe).`,
        );
      }
    }
    if (!report.ok) this.exit(ExitCode.errors);
  }

  private fail(d: Parameters<BaseCommand['printDiagnostics']>[0][number], quiet: boolean): never {
    this.printDiagnostics([d], quiet);
    this.exit(ExitCode.usage);
  }
}

/** A regular file of at most `max` bytes (by the bytes read: a FIFO or /dev/zero is refused, never waited on). */
function read<T>(path: string, use: (bytes: Uint8Array) => T, max = maxBundleBytes): T | string {
  const r = readRegularFile(path, max);
  if ('bytes' in r) return use(r.bytes);
  return r.problem === 'too-large' ? 'larger than govspec reads' : r.detail;
}
