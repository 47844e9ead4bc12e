import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserPath, MermaidPage } from '../../src/emit/diagrams/browser.js';
import { integrationDiagram } from '../../src/emit/diagrams/flow-diagram.js';
import { analyse, spec } from './helpers.js';

const hostileTitle = 'Discharge "]; click A "javascript:alert(1)" <img src=x onerror=alert(1)>';
const hasBrowser = existsSync(browserPath());

function diagrams() {
  const run = analyse([
    spec((s) => {
      s.title = hostileTitle;
      s.target = {
        system: 'GP <b>system</b>',
        org: 'Y01234',
        orgName: 'Practice %%{init: {"theme":"dark"}}%%',
      };
    }),
    spec((s) => (s.id = 'second-flow')),
  ]);
  return run.estate.integrations.map((i) => integrationDiagram(i, run.estate.config));
}

describe.skipIf(!hasBrowser)('rendering in one browser page (needs Chromium)', () => {
  let page: MermaidPage;
  beforeAll(async () => {
    page = await MermaidPage.launch();
  });
  afterAll(async () => {
    await page?.close();
  });

  it('shows hostile spec text as literal text, never as markup, links or handlers', async () => {
    const [hostile] = diagrams();
    const { svg, png } = await page.render('t-hostile', hostile!);
    expect(svg).toContain('&lt;img');
    expect(svg).toContain('onerror=alert(1)&gt;');
    expect(svg).toContain('click');
    expect(svg).toContain('"javascript:alert(1)"');
    expect(svg).toContain('&lt;b&gt;system&lt;/b&gt;');
    expect(svg).toContain('%%{init:');
    const tags = svg.match(/<[^>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(20);
    expect(tags.filter((t) => /^<\/?(img|b|a|script|foreignObject)\b|\son\w+\s*=|href/i.test(t))).toEqual([]);
    // No #NN; entity codes are left showing in the drawing.
    expect(svg.replace(/<style>[\s\S]*?<\/style>/g, '')).not.toMatch(/#\d+;/);
    expect(png.subarray(1, 4)).toEqual(new TextEncoder().encode('PNG'));
  });

  it('gives the same bytes for the same diagram whatever was rendered before it', async () => {
    const [a, b] = diagrams();
    const first = await page.render('t-same', a!);
    await page.render('t-other', b!);
    const again = await page.render('t-same', a!);
    expect(again.svg).toBe(first.svg);
    expect(Buffer.from(again.png).equals(Buffer.from(first.png))).toBe(true);
  });
});
