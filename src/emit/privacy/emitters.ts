import { createHash } from 'node:crypto';
import type { Integration } from '../../model/estate.js';
import { dpiaPath } from '../../rules/privacy/analyzer.js';
import { estateDiagram, integrationDiagram } from '../diagrams/flow-diagram.js';
import { diagramService } from '../diagrams/service.js';
import { pngProblem, svgProblem } from '../diagrams/verify.js';
import type { EmitContext, EmittedFile } from '../types.js';
import { defineEmitter, defineIntegrationEmitter } from '../types.js';
import { docxRenderer } from './docx-pool.js';
import type { PrivacyDocument } from './document.js';
import { dpiaDocument } from './dpia-view.js';
import { registerDocument } from './register-view.js';
import { renderMarkdown } from './render-markdown.js';

const diagramFolder = 'privacy/diagrams';

/** True when the integration gets a DPIA section: not retired and carrying personal data. */
function assessed(ctx: EmitContext, i: Integration): boolean {
  return ctx.analysis.privacy?.integrations[i.id]?.personalData === true;
}

/** Spec ids cannot contain "_", so this name never collides with an integration's diagram. */
function estateName(ctx: EmitContext): string {
  return ctx.estate.integrations.some((i) => i.id === 'estate') ? '_estate' : 'estate';
}

/**
 * The .mmd source, and SVG/PNG when rendered. A diagram that could not be drawn has no picture
 * at all: an earlier one would show a flow that is no longer the one described.
 */
async function diagramFiles(ctx: EmitContext, name: string, source: string) {
  const service = diagramService(ctx);
  const rendered = await service.render(diagramFolder, name, source);
  const base = `${diagramFolder}/${name}`;
  const files: EmittedFile[] = [{ path: `${base}.mmd`, content: source }];
  if (rendered)
    files.push(
      { path: `${base}.svg`, content: rendered.svg },
      { path: `${base}.png`, content: rendered.png },
    );
  // An unchanged diagram whose earlier picture was altered or damaged: the writer leaves it out
  // with a note and check names it, rather than calling it a file govspec never wrote.
  else if (service.previousUnusable(diagramFolder, name))
    files.push(
      { path: `${base}.svg`, keepExisting: true, problem: svgProblem },
      { path: `${base}.png`, keepExisting: true, problem: pngProblem },
    );
  return { files, png: rendered?.png };
}

const sha = (text: string | Uint8Array) => createHash('sha256').update(text).digest('hex');

export const diagramsEmitter = defineIntegrationEmitter({
  id: 'privacy-diagrams',
  description: 'Mermaid data-flow diagram per integration with personal data, with SVG and PNG renderings',
  // Keyed on the picture too: files cached without one are replaced once a browser draws it.
  dependsOn: async (i, ctx) => {
    if (!assessed(ctx, i)) return null;
    const source = integrationDiagram(i, ctx.estate.config);
    const rendered = await diagramService(ctx).render(diagramFolder, i.id, source);
    const picture = rendered
      ? sha(rendered.png)
      : diagramService(ctx).previousUnusable(diagramFolder, i.id)
        ? 'unusable'
        : null;
    return { diagram: sha(source), picture };
  },
  async emitOne(i, ctx) {
    if (!assessed(ctx, i)) return [];
    return (await diagramFiles(ctx, i.id, integrationDiagram(i, ctx.estate.config))).files;
  },
});

/** `documents`: how many documents the emitter packs in all (workers pay only for many). */
async function documentFiles(
  ctx: EmitContext,
  path: string,
  doc: PrivacyDocument,
  documents: () => number,
): Promise<EmittedFile[]> {
  const out: EmittedFile[] = [];
  const markdown = renderMarkdown(doc, ctx.templates);
  if (markdown !== undefined) out.push({ path: `${path}.md`, content: markdown });
  const packer = docxRenderer(ctx, documents);
  out.push({ path: `${path}.docx`, content: await packer.render(doc, ctx.build.timestamp) });
  return out;
}

export const dpiaEmitter = defineIntegrationEmitter({
  id: 'privacy-dpia',
  description: 'DPIA data-flow section per integration with personal data (ICO steps 2-7), Word and Markdown',
  // The section shows the risks, decisions and history the analysis found, and embeds the diagram.
  // The picture is part of the key: a section built before any rendering existed (no browser)
  // names the .mmd instead, and is regenerated once a picture is available.
  dependsOn: async (i, ctx) => {
    if (!assessed(ctx, i)) return null;
    const source = integrationDiagram(i, ctx.estate.config);
    const rendered = await diagramService(ctx).render(diagramFolder, i.id, source);
    return {
      privacy: ctx.analysis.privacy!.integrations[i.id],
      diagram: sha(source),
      picture: rendered ? sha(rendered.png) : null,
    };
  },
  async emitOne(i, ctx) {
    if (!assessed(ctx, i)) return [];
    const source = integrationDiagram(i, ctx.estate.config);
    const rendered = await diagramService(ctx).render(diagramFolder, i.id, source);
    const doc = dpiaDocument(i, ctx.analysis.privacy!.integrations[i.id]!, ctx.estate.config, ctx.build, {
      source,
      ...(rendered ? { png: rendered.png } : {}),
    });
    // Counted once, when the renderer is made: once per document was quadratic in the estate.
    return documentFiles(
      ctx,
      dpiaPath(i.id),
      doc,
      () => Object.keys(ctx.analysis.privacy?.integrations ?? {}).length,
    );
  },
});

export const dataFlowsEmitter = defineEmitter({
  id: 'privacy-data-flows',
  description: 'Estate-wide DPIA annex: the data-flow register and the estate diagram, Word and Markdown',
  async emit(ctx) {
    const privacy = ctx.analysis.privacy;
    if (!privacy) return [];
    const register = ctx.estate.integrations.filter((i) => assessed(ctx, i));
    const current = ctx.estate.integrations.filter((i) => privacy.integrations[i.id]);
    const others = {
      noPersonalData: current.filter((i) => !privacy.integrations[i.id]!.personalData),
      retired: ctx.estate.integrations.length - current.length,
    };
    const source = estateDiagram(register, ctx.estate.config);
    const { files, png } = await diagramFiles(ctx, estateName(ctx), source);
    const doc = registerDocument(register, others, privacy, ctx.estate.config, ctx.build, {
      source,
      ...(png ? { png } : {}),
    });
    return [...files, ...(await documentFiles(ctx, 'privacy/data-flows', doc, () => 1))];
  },
});
