// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { emptyDraft, isMessageDraft } from './draft';

describe('isMessageDraft', () => {
  it('accepts a well-formed draft', () => {
    expect(isMessageDraft(emptyDraft)).toBe(true);
    expect(
      isMessageDraft({
        fields: { yourName: 'Ana', company: '' },
        reason: 'salary',
        format: 'call',
      }),
    ).toBe(true);
  });

  it.each([
    ['null', null],
    ['a string', 'draft'],
    ['an unknown format', { fields: {}, reason: null, format: 'fax' }],
    ['a private reason', { fields: {}, reason: 'culture', format: 'email' }],
    ['an unknown field', { fields: { password: 'x' }, reason: null, format: 'email' }],
    ['a field that is not text', { fields: { yourName: 42 }, reason: null, format: 'email' }],
    ['fields as a list', { fields: ['Ana'], reason: null, format: 'email' }],
  ])('refuses %s', (_name, value) => {
    expect(isMessageDraft(value)).toBe(false);
  });
});
