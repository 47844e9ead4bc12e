/**
 * What one emitter started for itself (the Word packing workers) is let go when that emitter is
 * done, before the next one runs; what is shared (the diagram browser) stays until the end.
 */
import { getHeapStatistics } from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { FsHost } from '../../src/core/host.js';
import type { Emitter, EmitServices } from '../../src/emit/types.js';
import { generate } from '../../src/pipeline/generate.js';
import { HeapWatch } from '../../src/pipeline/heap.js';
import { makeRepo, minimalSpec, removeRepos } from '../helpers/estate.js';

afterAll(removeRepos);

describe('services between emitters', () => {
  it('calls emitterDone once after the emitter that set it, and close once at the end', async () => {
    const repo = makeRepo({ specs: { 'specs/alpha-feed.yaml': minimalSpec({ id: 'alpha-feed' }) } });
    const events: string[] = [];
    const first: Emitter = {
      id: 'first',
      description: 'sets a per-emitter service',
      emit(ctx) {
        const services = ctx.services as EmitServices;
        services.emitterDone = async () => {
          events.push('first done');
        };
        services.close = async () => {
          events.push('close');
        };
        events.push('first');
        return [];
      },
    };
    const second: Emitter = {
      id: 'second',
      description: 'sees the service gone',
      emit(ctx) {
        events.push((ctx.services as EmitServices).emitterDone ? 'second sees it' : 'second');
        return [];
      },
    };
    const result = await generate({
      host: new FsHost(repo.root),
      asOf: '2026-01-01',
      fallbackAsOf: '2026-01-01',
      env: {},
      emitters: [first, second],
    });
    expect(result.files).toBeDefined();
    expect(events).toEqual(['first', 'first done', 'second', 'close']);
  });

  it('lets an emitter fail without losing the release of what it started', async () => {
    const repo = makeRepo({ specs: { 'specs/alpha-feed.yaml': minimalSpec({ id: 'alpha-feed' }) } });
    let released = 0;
    const failing: Emitter = {
      id: 'failing',
      description: 'starts a service, then fails',
      emit(ctx) {
        (ctx.services as EmitServices).emitterDone = async () => {
          released += 1;
        };
        throw new Error('boom');
      },
    };
    const result = await generate({
      host: new FsHost(repo.root),
      asOf: '2026-01-01',
      fallbackAsOf: '2026-01-01',
      env: {},
      emitters: [failing],
    });
    expect(released).toBe(1);
    expect(result.files).toBeUndefined();
    expect(result.diagnostics.map((d) => d.code)).toContain('emitter-failed');
  });

  it('collects garbage only when the heap has grown past the floor and past what was live', () => {
    expect(new HeapWatch(Number.MAX_SAFE_INTEGER).collectIfGrown()).toBe(false);
    // A watch of its own: what other builds in this process collected is not its business.
    const watch = new HeapWatch(0);
    // Garbage of about 40 MB, then a floor of zero: a collection runs and frees it.
    let garbage: string[] | undefined = Array.from({ length: 400_000 }, (_, j) => `item ${j} `.repeat(8));
    const before = getHeapStatistics().used_heap_size;
    garbage = undefined;
    expect(garbage).toBeUndefined();
    expect(watch.collectIfGrown()).toBe(true);
    expect(getHeapStatistics().used_heap_size).toBeLessThan(before);
    // Straight after, the heap is what is live: not grown by a quarter, so no second collection.
    expect(watch.collectIfGrown()).toBe(false);
  });
});
