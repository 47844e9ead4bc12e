import { defineCodes } from '../core/codes.js';

export const cliCodes = defineCodes({
  'check-stale': {
    severity: 'error',
    title: 'Generated files are out of date',
    message: (path: string, what: string) =>
      `${path} is ${what}. Run \`govspec build\` and commit the generated folder.`,
  },
  'write-path-outside': {
    severity: 'error',
    title: 'Refused to write outside the output folder',
    message: (path: string) =>
      `refused to write "${path}": it is outside the output folder. This is a govspec bug; please report it.`,
  },
  'write-failed': {
    severity: 'error',
    title: 'Could not write the output folder',
    message: (reason: string) =>
      `could not write the output (${reason}). The previous output is untouched. Check permissions and disk space.`,
  },
  'write-swap-failed': {
    severity: 'error',
    title: 'The new output could not be put in place',
    message: (reason: string, setAside: string) =>
      `the new output was complete but could not be put in place (${reason}), and the previous output could not be moved back: it is in ${setAside}. The next govspec build or estate run puts it back; check permissions on the folder around the output folder.`,
  },
  'write-output-not-owned': {
    severity: 'error',
    title: 'The output folder holds files govspec did not write',
    message: (output: string, files: string) =>
      `${output}/ holds files govspec did not write (${files}). govspec replaces the whole output folder, so it stopped rather than delete them; nothing was changed. Move them out of ${output}/, or set output to a folder of its own.`,
  },
  'write-output-read-only': {
    severity: 'error',
    title: 'The output folder is read-only',
    message: (folders: string, count: number) =>
      `cannot replace the output: ${folders} ${count === 1 ? 'is' : 'are'} read-only, so the old files could not be removed. Nothing was changed. Make the output folder writable (for example chmod -R u+w) and build again.`,
  },
  'write-output-busy': {
    severity: 'error',
    title: 'Another build is writing the output folder',
    message: (lock: string) =>
      `another govspec build is writing the output folder (lock file ${lock}). Nothing was changed. Wait for it to finish and run again; if no build is running, delete the lock file.`,
  },
  'write-staging-stuck': {
    severity: 'error',
    title: 'A folder left by an earlier build cannot be removed',
    message: (folder: string, reason: string) =>
      `${folder}, left by an earlier interrupted build, could not be removed (${reason}). Nothing was changed. Remove it by hand (make it writable first) and build again.`,
  },
  'write-leftover': {
    severity: 'warning',
    title: 'The previous output was replaced but could not be deleted',
    message: (folder: string, reason: string) =>
      `the new output is in place, but the previous one, set aside in ${folder}, could not be deleted (${reason}). Delete it by hand; the next build also tries.`,
  },
  'write-repaired': {
    severity: 'info',
    title: 'A generated file had been changed and was replaced',
    message: () =>
      'this file had been changed since govspec wrote it; it was replaced by the generated file. Make lasting changes in the specs or templates, not in the output folder.',
  },
  'write-dropped': {
    severity: 'warning',
    title: 'A changed file could not be generated again and was removed',
    message: () =>
      'this file is no longer as govspec wrote it (changed or damaged since) and could not be produced again in this build (for example, no browser to render diagrams), so it was removed rather than kept. Build again where diagrams can be rendered.',
  },
  'write-target-refused': {
    severity: 'error',
    title: 'A path given to write to was refused',
    message: (flag: string, path: string, reason: string) =>
      `${flag} ${path} was refused: ${reason}. Nothing was written. Choose a path inside the repository, outside the output folder.`,
  },
  'write-pack-refused': {
    severity: 'error',
    title: 'The evidence pack could not be put in the output folder',
    message: (path: string, reason: string) =>
      `the evidence pack ${path} was refused: ${reason}. Nothing was written. Remove what is there, or pass --out to write the pack elsewhere.`,
  },
  'write-failed-file': {
    severity: 'error',
    title: 'Could not write a file',
    message: (path: string, reason: string) =>
      `could not write ${path} (${reason}); any earlier file there is untouched. Check permissions and disk space.`,
  },
  'write-stdout-failed': {
    severity: 'error',
    title: 'Standard output could not be written',
    message: (reason: string) =>
      `could not write to standard output: ${reason}. The output is incomplete. Check the disk or the command reading govspec's output, and run again.`,
  },
  'file-system-error': {
    severity: 'error',
    title: 'A file or folder could not be read or written',
    message: (operation: string, path: string, reason: string) =>
      `${operation} ${path} failed (${reason}). Check that it exists, that you may read or write it, and that the disk has space, then run again.`,
  },
  'check-interrupted': {
    severity: 'error',
    title: 'A build was interrupted while replacing the output folder',
    message: (output: string, setAside: string) =>
      `${output}/ is missing because a build was interrupted while replacing it; the previous output is in ${setAside}. check changes nothing: run \`govspec build\` to finish or undo the swap.`,
  },
  'build-not-run': {
    severity: 'info',
    title: 'Nothing generated because of errors',
    message: () =>
      'nothing was generated because the specs have errors; the previous output is untouched. Fix the errors above and build again.',
  },
});
