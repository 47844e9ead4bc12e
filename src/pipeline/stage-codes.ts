/**
 * Importing this module registers the diagnostic codes of every stage the pipeline runs, so a
 * config's `rules:` settings are checked against them. The commands' own codes (import, diff,
 * cli) are registered by `cli/code-index.ts`, which every command loads.
 */
import '../load/codes.js';
import '../load/config-codes.js';
import '../validate/codes.js';
import '../rules/lint/codes.js';
import '../emit/codes.js';
import './provenance-codes.js';
import '../rules/clinical/codes.js';
import '../rules/privacy/codes.js';
import '../rules/records/codes.js';
import '../rules/evidence/codes.js';
import './codes.js';
