import { counted } from '../core/formats.js';
import { join, resolve } from 'node:path';
import * as Flags from '@oclif/core/flags';
import { asOfFlag, BaseCommand } from '../cli/base.js';
import { cliCodes } from '../cli/codes.js';
import { ExitCode } from '../cli/exit-codes.js';
import { readRegularFile } from '../core/safe-fs.js';
import { configuredOutput, packTarget } from '../cli/write-target.js';
import { savePack } from '../cli/pack-output.js';
import { outputSettingProblem } from '../emit/output-guard.js';
import { openWorkspace } from '../cli/workspace.js';
import { evidencePack } from '../evidence/pack.js';
import { loadPrivateKey } from '../evidence/signature.js';
import { evidenceCodes } from '../rules/evidence/codes.js';

export default class Evidence extends BaseCommand {
  static override description =
    'Build the DSPT evidence pack: a zip with an offline index.html, the artefacts each outcome cites, a SHA-256 manifest and provenance. Writes only the zip, by default into the evidence/ folder of the output folder, which builds keep as it is.';
  static override examples = [
    '<%= config.bin %> evidence',
    '<%= config.bin %> evidence --out dspt-2024-25.zip',
    '<%= config.bin %> evidence --sign keys/evidence-signing.pem',
  ];
  static override flags = {
    out: Flags.string({
      char: 'o',
      description:
        'Zip file to write (default: govspec-evidence-<edition>.zip in the evidence/ folder of the output folder).',
    }),
    sign: Flags.string({
      description: 'Ed25519 private key (PEM) to sign the manifest with; adds signature.json.',
    }),
    'allow-outside': Flags.boolean({
      description:
        'Allow --out to name a file outside the repository (the folder holding govspec.config.yaml). Without it such a path is refused.',
      default: false,
    }),
    'as-of': asOfFlag,
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(Evidence);
    const asOf = this.checkAsOf(flags['as-of']);
    const [ws, wsDiags] = openWorkspace(flags.config);
    if (!ws) {
      this.printDiagnostics(wsDiags, flags.quiet);
      this.exit(ExitCode.usage);
    }
    let signWith;
    if (flags.sign) {
      const key = readKey(flags.sign);
      if (typeof key === 'string') {
        this.printDiagnostics(
          [evidenceCodes['evidence-key-invalid'].at(undefined, flags.sign, key)],
          flags.quiet,
        );
        this.exit(ExitCode.usage);
      }
      signWith = key;
    }
    // The target is checked before the pack is built: a refusal should not cost a build.
    const config = join(ws.host.root, ws.configFile);
    // Before the build, the output folder is known only from the config as written; a setting
    // the output guard refuses is left for the build to report.
    const written = configuredOutput(config) ?? 'generated';
    const earlyOutput = outputSettingProblem({ output: written }) ? undefined : written;
    const target = (specs: readonly string[] = [], outputDir?: string) => {
      const given = flags.out!;
      const checked = packTarget(resolve(given), {
        root: ws.host.root,
        allowOutside: flags['allow-outside'],
        protectedFolders: outputDir ? [outputDir] : earlyOutput ? [ws.outputDir(earlyOutput)] : [],
        protectedFiles: [config, ...specs.map((f) => join(ws.host.root, f))],
        packs: true,
      });
      if ('refused' in checked) {
        this.printDiagnostics(
          [cliCodes['write-target-refused'].at(undefined, '--out', given, checked.refused)],
          false,
        );
        this.exit(ExitCode.usage);
      }
      return checked.ok;
    };
    if (flags.out) target();
    const result = await evidencePack({ host: ws.host, configFile: ws.configFile, asOf, signWith });
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    if (!result.bundle) {
      this.printDiagnostics(result.diagnostics, flags.quiet);
      if (!flags.quiet)
        this.logToStderr('No evidence pack was written: fix the problems above and run again.');
      this.exit(result.configProblem ? ExitCode.usage : ExitCode.errors);
    }
    const saved = savePack(result.bundle.bytes, {
      root: ws.host.root,
      output: result.outputFolder,
      edition: result.edition ?? 'dspt',
      ...(flags.out ? { out: target(result.specFiles, result.outputFolder?.dir) } : {}),
    });
    if (!('wrote' in saved)) {
      this.printDiagnostics(saved.diagnostics, false);
      this.exit(saved.exit);
    }
    const out = saved.wrote;
    this.printDiagnostics(errors, true);
    if (!flags.quiet) {
      const counts = { evidenced: 0, partial: 0, none: 0 };
      for (const o of result.bundle.outcomes) counts[o.status] += 1;
      this.log(
        `Wrote ${out}: ${counted(result.bundle.paths.length, 'file')}; ${counted(counts.evidenced, 'outcome')} evidenced, ${counts.partial} partial, ${counts.none} with no evidence.`,
      );
      if (errors.length)
        this.log(`The specs have ${errors.length} error(s); the pack lists them among the gaps.`);
      const missing = result.bundle.missing;
      if (missing.length > 0) {
        this.log(
          `${missing.length} cited file(s) could not be put in the pack; the pack lists them among the gaps:`,
        );
        for (const m of missing)
          this.log(`  ${m.source} (${m.label}, cited by ${m.subjects.join(', ')}): ${m.reason}`);
      }
    }
  }
}

function readKey(path: string) {
  const r = readRegularFile(path, 64 * 1024);
  return 'bytes' in r ? loadPrivateKey(r.bytes) : r.detail;
}
