import { describe, expect, test } from 'vitest';
import { aspectById, aspectOf } from '../../src/diff/aspects.js';
import { describe as describeValue, diffFields } from '../../src/diff/field-diff.js';

const item = (name: string, extra: Record<string, unknown> = {}) => ({ name, class: 'health', ...extra });

describe('diffFields', () => {
  test.each([
    {
      name: 'scalar change',
      before: { lawfulBasis: { article6: '6(1)(e)' } },
      after: { lawfulBasis: { article6: '6(1)(c)' } },
      expected: [
        { aspect: 'lawful-basis', field: 'lawfulBasis.article6', before: '6(1)(e)', after: '6(1)(c)' },
      ],
    },
    {
      name: 'opt-out is its own aspect inside the lawful basis',
      before: { lawfulBasis: { article6: 'x', optOut: { applies: 'no' } } },
      after: { lawfulBasis: { article6: 'x', optOut: { applies: 'yes', applied: true } } },
      expected: [
        { aspect: 'opt-out', field: 'lawfulBasis.optOut.applied', after: 'true' },
        { aspect: 'opt-out', field: 'lawfulBasis.optOut.applies', before: 'no', after: 'yes' },
      ],
    },
    {
      name: 'data item added is one entry, named',
      before: { data: { items: [item('Name')] } },
      after: { data: { items: [item('Name'), item('Notes', { freeText: true })] } },
      expected: [
        { aspect: 'data', field: 'data.items[Notes]', after: 'name: Notes, class: health, freeText: true' },
      ],
    },
    {
      name: 'data item edited in place is a field of that item, not a removal and an addition',
      before: { data: { items: [item('Notes'), item('Name')] } },
      after: { data: { items: [item('Name'), item('Notes', { class: 'special' })] } },
      expected: [{ aspect: 'data', field: 'data.items[Notes].class', before: 'health', after: 'special' }],
    },
    {
      name: 'reordering a set-like list is no change',
      before: { protocol: { messages: ['ADT^A01', 'ADT^A03'] } },
      after: { protocol: { messages: ['ADT^A03', 'ADT^A01'] } },
      expected: [],
    },
    {
      name: 'identity matchOn order is a preference: reordering is a change',
      before: { identity: { matchOn: ['nhs-number', 'mrn'] } },
      after: { identity: { matchOn: ['mrn', 'nhs-number'] } },
      expected: [
        {
          aspect: 'identity',
          field: 'identity.matchOn',
          before: 'nhs-number, mrn',
          after: 'mrn, nhs-number',
        },
      ],
    },
    {
      name: 'latency switch routes to the latency aspect',
      before: { latency: { contract: 'realtime', target: 'PT1M' } },
      after: { latency: { contract: 'nightly', target: 'PT1M' } },
      expected: [{ aspect: 'latency', field: 'latency.contract', before: 'realtime', after: 'nightly' }],
    },
    {
      name: 'encryption is security, acknowledgement is clinical transport',
      before: { transport: { kind: 'mllp', encryption: 'tls', acknowledgement: 'application' } },
      after: { transport: { kind: 'mllp', encryption: 'none', acknowledgement: 'none' } },
      expected: [
        { aspect: 'transport', field: 'transport.acknowledgement', before: 'application', after: 'none' },
        { aspect: 'security', field: 'transport.encryption', before: 'tls', after: 'none' },
      ],
    },
    {
      name: 'owner removed',
      before: { owner: { name: 'A', team: 'T' } },
      after: {},
      expected: [{ aspect: 'ownership', field: 'owner', before: 'name: A, team: T' }],
    },
    {
      name: 'empty list and absent list are the same',
      before: { mapping: [] },
      after: {},
      expected: [],
    },
    {
      name: 'hazard decisions keyed by derived rule or local id',
      before: { hazards: [{ derived: 'stale-data-in-care', decision: 'mitigate' }] },
      after: {
        hazards: [
          { derived: 'stale-data-in-care', decision: 'accepted' },
          { local: { id: 'x', title: 'X', harm: 'h', initial: { likelihood: 'low', severity: 'minor' } } },
        ],
      },
      expected: [
        {
          aspect: 'hazard-decisions',
          field: 'hazards[stale-data-in-care].decision',
          before: 'mitigate',
          after: 'accepted',
        },
        {
          aspect: 'hazard-decisions',
          field: 'hazards[local x]',
          after: 'local: {id: x, title: X, harm: h, initial: {likelihood: low, severity: minor}}',
        },
      ],
    },
    {
      name: 'id, version and file are not compared',
      before: { id: 'a', version: '1.0.0', file: 'specs/a.yaml' },
      after: { id: 'a', version: '2.0.0', file: 'elsewhere/a.yaml' },
      expected: [],
    },
    {
      name: 'a field no aspect names falls to other',
      before: { futureField: 1 },
      after: { futureField: 2 },
      expected: [{ aspect: 'other', field: 'futureField', before: '1', after: '2' }],
    },
    {
      name: 'two items with one name are both kept',
      before: { data: { items: [item('Dup'), item('Dup', { class: 'personal' })] } },
      after: { data: { items: [item('Dup')] } },
      expected: [{ aspect: 'data', field: 'data.items[Dup#2]', before: 'name: Dup, class: personal' }],
    },
  ])('$name', ({ before, after, expected }) => {
    expect(diffFields(before, after)).toEqual(expected);
  });
});

describe('aspects', () => {
  test('longest prefix wins and every governance aspect names reviewers', () => {
    expect(aspectOf(['data', 'attachments', 'kind']).id).toBe('interface');
    expect(aspectOf(['data', 'items']).id).toBe('data');
    expect(aspectOf(['transport', 'retry']).id).toBe('transport');
    expect(aspectOf(['retention', 'messageLog']).roles).toEqual(['caldicott', 'dpo']);
    expect(aspectById('latency').roles).toEqual(['cso']);
    expect(aspectById('ownership').roles).toEqual(['owner']);
    expect(aspectById('wording').roles).toEqual([]);
  });

  test('describe keeps nested objects readable', () => {
    expect(describeValue({ a: 1, b: { c: 'd' }, e: ['f', 'g'] })).toBe('a: 1, b: {c: d}, e: f, g');
    expect(describeValue(undefined)).toBeUndefined();
  });
});
