import { SaxesParser } from 'saxes';

/**
 * Checks on a diagram rendering read back from disk (the previous output or the cache) before it
 * is carried into a new build: a PNG must be whole (every chunk's CRC, IEND last, nothing after),
 * and an SVG must look like what the renderer writes: one <svg> of plain drawing elements, no
 * script, no event handler, no link or style that reaches outside the picture. Anything else is
 * rendered again (or left out) instead of being passed on.
 */

const crcTable = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Why the bytes are not a whole PNG; undefined when they are. */
export function pngProblem(png: Uint8Array): string | undefined {
  if (png.length < 8 || pngSignature.some((b, i) => png[i] !== b)) return 'it is not a PNG file';
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let at = 8;
  let first = true;
  while (at + 12 <= png.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    if (at + 12 + length > png.length) return `its ${type} chunk is cut off`;
    if (first && (type !== 'IHDR' || length !== 13)) return 'it does not start with a PNG header';
    first = false;
    const crc = view.getUint32(at + 8 + length);
    if (crc32(png.subarray(at + 4, at + 8 + length)) !== crc) return `its ${type} chunk is damaged`;
    at += 12 + length;
    if (type === 'IEND') return at === png.length ? undefined : 'it has data after its end';
  }
  return 'it is cut off before its end';
}

const allowedElements = new Set([
  'svg',
  'style',
  'g',
  'defs',
  'marker',
  'path',
  'polygon',
  'polyline',
  'line',
  'rect',
  'circle',
  'ellipse',
  'text',
  'tspan',
  'title',
  'desc',
  'filter',
  'feDropShadow',
  'clipPath',
  'linearGradient',
  'radialGradient',
  'stop',
]);

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** CSS that reaches outside the picture: imports, behaviours, or url() other than a #fragment. */
function unsafeCss(css: string): boolean {
  if (/@import|expression\s*\(|javascript:|behavior\s*:|-moz-binding/i.test(css)) return true;
  for (const m of css.matchAll(/url\s*\(\s*(['"]?)([^'")]*)\1\s*\)/gi))
    if (!m[2]!.startsWith('#')) return true;
  return /url\s*\(/i.test(css.replace(/url\s*\(\s*(['"]?)#[^'")]*\1\s*\)/gi, ''));
}

/** Why the bytes are not an SVG as the renderer writes it; undefined when they are. */
export function svgProblem(svg: Uint8Array): string | undefined {
  let text: string;
  try {
    text = utf8.decode(svg);
  } catch {
    return 'it is not valid UTF-8';
  }
  let problem: string | undefined;
  let depth = 0;
  let roots = 0;
  let inStyle = false;
  const fail = (why: string) => {
    problem ??= why;
  };
  const parser = new SaxesParser({ xmlns: false });
  parser.on('doctype', () => fail('it has a DOCTYPE'));
  parser.on('processinginstruction', () => fail('it has a processing instruction'));
  parser.on('opentag', (tag) => {
    if (depth === 0) roots += 1;
    depth += 1;
    if (!allowedElements.has(tag.name)) fail(`it has a <${tag.name}> element`);
    if (depth === 1 && tag.name !== 'svg') fail('it does not start with <svg>');
    for (const [name, value] of Object.entries(tag.attributes)) {
      const v = String(value);
      if (/^on/i.test(name)) fail(`it has an event handler (${name})`);
      if (/(^|:)href$/i.test(name) && !v.startsWith('#')) fail('it links outside the picture');
      if (name === 'style' && unsafeCss(v)) fail('its styles reach outside the picture');
      if (/^\s*javascript:/i.test(v)) fail('it has a script address');
    }
    inStyle = tag.name === 'style';
  });
  parser.on('text', (t) => {
    if (inStyle && unsafeCss(t)) fail('its styles reach outside the picture');
    if (depth === 0 && t.trim() !== '') fail('it has text outside the <svg> element');
  });
  parser.on('cdata', (t) => {
    if (inStyle && unsafeCss(t)) fail('its styles reach outside the picture');
    if (depth === 0) fail('it has data outside the <svg> element');
  });
  parser.on('closetag', () => {
    depth -= 1;
    inStyle = false;
  });
  parser.on('error', (e) => fail(`it is not well-formed XML (${e.message.split('\n')[0]})`));
  try {
    parser.write(text).close();
  } catch (e) {
    fail(`it is not well-formed XML (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
  }
  if (!problem && roots !== 1) fail('it does not hold exactly one <svg> element');
  return problem;
}
