import { defineCodes } from '../core/codes.js';

export const emitCodes = defineCodes({
  'template-missing': {
    severity: 'error',
    title: 'Template not found',
    message: (name: string) =>
      `template ${name}.hbs was not found in the templates folder or govspec's own templates. Restore it or remove the override setting.`,
  },
  'template-unreadable': {
    severity: 'error',
    title: 'Template override cannot be read',
    message: (name: string, reason: string) =>
      `the override for template ${name} was not read: ${reason}. Put a real file inside the repository here, or delete it to use the built-in template.`,
  },
  'template-too-large': {
    severity: 'error',
    title: 'Template output is larger than govspec writes',
    message: (max: number) =>
      `the template produced more than ${max} characters, which no governance document needs (a loop inside a loop, perhaps). Simplify the template.`,
  },
  'template-error': {
    severity: 'error',
    title: 'Template failed to compile or render',
    message: (detail: string) =>
      `template failed: ${detail}. Fix the template (or delete the override to use the built-in one).`,
  },
  'emitter-failed': {
    severity: 'error',
    title: 'An emitter failed',
    message: (emitter: string, detail: string) =>
      `generating ${emitter} failed: ${detail}. Nothing was written; this is a govspec bug if the specs validate, please report it.`,
  },
});
