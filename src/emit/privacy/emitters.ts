import type { Integration } from '../../model/estate.js';
import { dpiaPath } from '../../rules/privacy/analyzer.js';
import { estateDiagram, integrationDiagram } from '../diagrams/flow-diagram.js';
import { diagramService } from '../diagrams/service.js';
import type { EmitContext, EmittedFile } from '../types.js';
import { defineEmitter } from '../types.js';
import type { PrivacyDocument } from './document.js';
import { dpiaDocument } from './dpia-view.js';
import { registerDocument } from './register-view.js';
import { renderDocx } from './render-docx.js';
import { renderMarkdown } from './render-markdown.js';

const diagramFolder = 'privacy/diagrams';

/** Integrations with a DPIA section: not retired and carrying personal data, sorted by id. */
function flows(ctx: EmitContext): Integration[] {
  const privacy = ctx.analysis.privacy;
  if (!privacy) return [];
  return ctx.estate.integrations.filter((i) => privacy.integrations[i.id]?.personalData);
}

/** Spec ids cannot contain "_", so this name never collides with an integration's diagram. */
function estateName(ctx: EmitContext): string {
  return ctx.estate.integrations.some((i) => i.id === 'estate') ? '_estate' : 'estate';
}

async function diagram(ctx: EmitContext, name: string, source: string) {
  const rendered = await diagramService(ctx).render(diagramFolder, name, source);
  return { source, ...(rendered ? { png: rendered.png } : {}), rendered };
}

export const diagramsEmitter = defineEmitter({
  id: 'privacy-diagrams',
  description: 'Mermaid data-flow diagrams per integration and for the estate, with SVG and PNG renderings',
  async emit(ctx) {
    const out: EmittedFile[] = [];
    const list = flows(ctx).map((i) => [i.id, integrationDiagram(i, ctx.estate.config)] as const);
    if (!ctx.analysis.privacy) return out;
    list.push([estateName(ctx), estateDiagram(flows(ctx), ctx.estate.config)]);
    for (const [name, source] of list) {
      const base = `${diagramFolder}/${name}`;
      out.push({ path: `${base}.mmd`, content: source });
      const { rendered } = await diagram(ctx, name, source);
      if (rendered) {
        out.push(
          { path: `${base}.svg`, content: rendered.svg },
          { path: `${base}.png`, content: rendered.png },
        );
      } else {
        // Keep whatever rendering exists so that `check` does not call it stale.
        out.push({ path: `${base}.svg`, keepExisting: true }, { path: `${base}.png`, keepExisting: true });
      }
    }
    return out;
  },
});

async function documentFiles(ctx: EmitContext, path: string, doc: PrivacyDocument): Promise<EmittedFile[]> {
  const out: EmittedFile[] = [];
  const markdown = renderMarkdown(doc, ctx.templates);
  if (markdown !== undefined) out.push({ path: `${path}.md`, content: markdown });
  out.push({ path: `${path}.docx`, content: await renderDocx(doc, ctx.build.timestamp) });
  return out;
}

export const dpiaEmitter = defineEmitter({
  id: 'privacy-dpia',
  description: 'DPIA data-flow section per integration with personal data (ICO steps 2-7), Word and Markdown',
  async emit(ctx) {
    const out: EmittedFile[] = [];
    const privacy = ctx.analysis.privacy;
    if (!privacy) return out;
    for (const i of flows(ctx)) {
      const d = await diagram(ctx, i.id, integrationDiagram(i, ctx.estate.config));
      const doc = dpiaDocument(i, privacy.integrations[i.id]!, ctx.estate.config, ctx.build, d);
      out.push(...(await documentFiles(ctx, dpiaPath(i.id), doc)));
    }
    return out;
  },
});

export const dataFlowsEmitter = defineEmitter({
  id: 'privacy-data-flows',
  description: 'Estate-wide DPIA annex: the data-flow register and the estate diagram, Word and Markdown',
  async emit(ctx) {
    const privacy = ctx.analysis.privacy;
    if (!privacy) return [];
    const register = flows(ctx);
    const current = ctx.estate.integrations.filter((i) => privacy.integrations[i.id]);
    const others = {
      noPersonalData: current.filter((i) => !privacy.integrations[i.id]!.personalData),
      retired: ctx.estate.integrations.length - current.length,
    };
    const d = await diagram(ctx, estateName(ctx), estateDiagram(register, ctx.estate.config));
    const doc = registerDocument(register, others, privacy, ctx.estate.config, ctx.build, d);
    return documentFiles(ctx, 'privacy/data-flows', doc);
  },
});
