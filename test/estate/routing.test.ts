import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FsHost } from '../../src/core/host.js';
import { modelView } from '../../src/emit/estate/canonical-model.js';
import { estateMarkdown } from '../../src/emit/estate/estate-markdown.js';
import { routingGraph } from '../../src/emit/estate/routing-graph.js';
import { isKept, type OutputFile } from '../../src/emit/types.js';
import { importAuto } from '../../src/import/auto.js';
import { generate } from '../../src/pipeline/generate.js';
import { compileRepo, makeRepo, minimalConfigYaml, minimalSpec, removeRepos } from '../helpers/estate.js';

afterAll(removeRepos);

const flow = (
  id: string,
  source: string,
  target: string,
  engine: Record<string, unknown>,
  extra: Record<string, unknown> = {},
) =>
  minimalSpec({
    id,
    title: id,
    status: 'build',
    source: { system: source },
    target: { system: target },
    engine: { kind: 'mirth', ...engine },
    ...extra,
  });

function estateOf(specs: Record<string, string>, config = minimalConfigYaml) {
  const repo = makeRepo({ config, specs });
  const result = compileRepo(repo.root);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.estate!;
}

describe('the routing graph follows engine.feeds from each inbound feed', () => {
  const estate = estateOf({
    'a.yaml': flow('pas-in', 'PAS', 'Mirth channel ADT fan-out', {
      feeds: ['fan-out'],
      internalTarget: true,
    }),
    'b.yaml': flow('fan-out', 'Mirth channel PAS in', 'EPR', {
      internalSource: true,
      feeds: ['to-theatres'],
    }),
    'c.yaml': flow('to-theatres', 'Mirth channel fan-out', 'Theatres', { internalSource: true }),
    'd.yaml': flow('orphan', 'Mirth channels that write to this one', 'Archive', { internalSource: true }),
    'e.yaml': flow('dead-end', 'LIMS', 'Mirth channel gone', { internalTarget: true, feeds: ['not-a-spec'] }),
  });
  const g = routingGraph(estate);

  it('shows which inbound feed reaches which system, through which specs', () => {
    const mirth = g.engines.find((e) => e.engine === 'Mirth Connect')!;
    const pas = mirth.inbound.find((f) => f.id === 'pas-in')!;
    expect(pas.reaches).toEqual([
      { system: 'EPR', via: ['fan-out'] },
      { system: 'Theatres', via: ['fan-out', 'to-theatres'] },
    ]);
    expect(g.links).toBe(2);
  });

  it('shows a flow nobody reaches and one that reaches nothing', () => {
    expect(g.unreached.map((u) => u.id)).toEqual(['orphan']);
    expect(g.reachesNothing.map((u) => u.id)).toEqual(['dead-end']);
    expect(g.dangling).toEqual([{ id: 'dead-end', missing: ['not-a-spec'] }]);
  });
});

describe('per system, through the canonical model or point to point', () => {
  const config = `${minimalConfigYaml}estate:\n  canonicalModel: { name: FHIR R4 UK Core, standard: fhir, version: R4, profile: UK Core }\n`;
  const fhir = { standard: 'fhir', version: 'R4', profile: 'UK Core', resources: ['Patient'] };
  const estate = estateOf(
    {
      'a.yaml': flow('pas-epr', 'PAS', 'EPR', {}, { protocol: fhir }),
      'b.yaml': flow('pas-ris', 'PAS', 'RIS', {}),
      'c.yaml': flow('lims-epr', 'LIMS', 'EPR', {}, { protocol: fhir }),
      'd.yaml': flow('old', 'LIMS', 'RIS', {}, { protocol: { standard: 'fhir', version: 'STU3' } }),
    },
    config,
  );
  const v = modelView(estate);

  it('says per system whether it connects through the model', () => {
    const by = Object.fromEntries(v.systems.map((s) => [s.system, s.connects]));
    expect(by).toEqual({
      EPR: 'through the model',
      LIMS: 'partly through the model',
      PAS: 'partly through the model',
      RIS: 'point to point',
    });
  });

  it('counts the translations: one per integration off the model, one per system on it', () => {
    expect(v.model).toBe('FHIR R4 UK Core');
    expect({
      today: v.today,
      pointToPoint: v.pointToPoint,
      systemsOnModel: v.systemsOnModel,
      throughout: v.throughout,
    }).toEqual({
      today: 5,
      pointToPoint: 2,
      systemsOnModel: 3,
      throughout: 4,
    });
  });
});

describe('the drafted estate of every corpus engine validates and builds, and the map shows its routes', () => {
  const repo = makeRepo();
  const fixtures = join(import.meta.dirname, '../fixtures/import');
  const r = (p: string) => relative(repo.root, join(fixtures, p));
  importAuto([r('other-engines'), r('cloverleaf'), r('mirth'), r('hl7v2')], {
    outDir: 'specs/imported',
    cwd: repo.root,
  });

  it('validates with no errors', () => {
    const result = compileRepo(repo.root, '2026-11-25');
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.estate!.integrations.length).toBeGreaterThan(250);
  });

  it('builds the estate map with the routing graph', async () => {
    const built = await generate({
      host: new FsHost(repo.root),
      fallbackAsOf: '2026-11-25',
      emitters: [estateMarkdown],
    });
    expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const file = built.files!.find((f): f is OutputFile => f.path === 'estate.md' && !isKept(f))!;
    const text = typeof file.content === 'string' ? file.content : new TextDecoder().decode(file.content);
    const routing = text.slice(
      text.indexOf('## Routing through the engines'),
      text.indexOf('## Canonical model'),
    );
    for (const engine of [
      '### Cloverleaf',
      '### InterSystems IRIS for Health',
      '### Iguana',
      '### Mirth Connect',
      '### OpenHIM',
      '### Rhapsody',
    ])
      expect(routing, engine).toContain(engine);
    // a Cloverleaf site hands ADT over a local port to the lab site, which sends it to the LIMS
    expect(routing).toContain(
      'pas adt in (pas-adt-in-to-adt-to-lab-send) reaches lims adt out, through adt-from-adt-recv-to-lims-adt-out',
    );
    // an Iguana channel sends to a port the receiving channel listens on; that one reaches nothing
    expect(routing).toContain(
      '(exercise1a-ch1-hl7-from-file) reaches nothing outside the engine, through exercise1a-ch2-hl7-receiver-to-nothing',
    );
    expect(routing).toContain('Reaching nothing');
    expect(routing).toContain('Reached by nothing');
  });
});
