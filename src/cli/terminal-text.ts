import { bidiControls, c1Controls, lineSeparators } from '../core/unsafe-chars.js';

/**
 * Text from specs, file names and configs on its way to a terminal or a CI log. Control
 * characters (ANSI escapes, carriage returns, line breaks inside a message), C1 controls, line
 * separators and bidi controls are shown as escapes (\x1b, \r, \u202e) instead of acting, and no
 * output line can become a CI runner command: GitHub Actions obeys a line that starts with "::"
 * after leading spaces, and a "##[" anywhere in a line (actions/runner ActionCommand.cs).
 */

const controls = /[\u0000-\u001f\u007f]/g;
const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeChar(c: string): string {
  const code = c.codePointAt(0)!;
  return (
    named[c] ??
    (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`)
  );
}

/** One piece of text, made inert: every control made visible. */
export function terminalText(text: string): string {
  return text
    .replace(controls, escapeChar)
    .replace(c1Controls, escapeChar)
    .replace(lineSeparators, escapeChar)
    .replace(bidiControls, escapeChar)
    .replace(/##\[/g, '#\\x23[');
}

/**
 * Whole output: no line may start, after spaces, with "::", nor hold "##[". Plain text shows the
 * escape (\x3a); Markdown uses character references, which render as the character.
 */
export function ciSafeLines(text: string, style: 'text' | 'markdown' = 'text'): string {
  const [colon, bracket] = style === 'text' ? ['\\x3a', '#\\x23['] : ['&#58;', '##&#91;'];
  return text
    .split('\n')
    .map((line) => line.replace(/^(\s*):(?=:)/, `$1${colon}`).replace(/##\[/g, bracket))
    .join('\n');
}

/** Text of several lines for a terminal: each line made inert, then made safe for CI logs. */
export function safeText(text: string): string {
  return ciSafeLines(text.split('\n').map(terminalText).join('\n'));
}

/** JSON text whose values are unchanged but which shows no bidi or C1 control and no CI command. */
export function jsonText(json: string): string {
  return json
    .replace(c1Controls, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(lineSeparators, (c) => `\\u${c.charCodeAt(0).toString(16)}`)
    .replace(bidiControls, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/##\[/g, '##\\u005b');
}
