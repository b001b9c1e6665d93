// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  FIELD_MAX_LENGTH,
  emptyDraft,
  isMessageDraft,
  isTooLong,
  textLength,
  toMessageDraft,
} from './draft';

describe('isMessageDraft', () => {
  it('accepts a well-formed draft', () => {
    expect(isMessageDraft(emptyDraft)).toBe(true);
    expect(
      isMessageDraft({
        fields: { yourName: 'Ana', company: '' },
        reason: 'salary',
        format: 'call',
        booked: true,
      }),
    ).toBe(true);
    expect(isMessageDraft({ ...emptyDraft, format: 'message' })).toBe(true);
  });

  it('accepts a draft saved before interviews could be booked, and reads it as not booked', () => {
    const old = { fields: { yourName: 'Ana' }, reason: null, format: 'email' };
    expect(isMessageDraft(old)).toBe(true);
    expect(toMessageDraft(old)).toEqual({ ...old, booked: false });
    expect(toMessageDraft({ ...old, booked: true })?.booked).toBe(true);
    expect(toMessageDraft({ ...old, format: 'fax' })).toBeUndefined();
  });

  it.each([
    ['null', null],
    ['a string', 'draft'],
    ['an unknown format', { fields: {}, reason: null, format: 'fax' }],
    ['a private reason', { fields: {}, reason: 'culture', format: 'email' }],
    ['an unknown field', { fields: { password: 'x' }, reason: null, format: 'email' }],
    ['a field that is not text', { fields: { yourName: 42 }, reason: null, format: 'email' }],
    ['fields as a list', { fields: ['Ana'], reason: null, format: 'email' }],
    ['a list', [emptyDraft]],
    ['booked as text', { ...emptyDraft, booked: 'yes' }],
    ['a key the guide never writes', { ...emptyDraft, to: 'someone@example.com' }],
  ])('refuses %s', (_name, value) => {
    expect(isMessageDraft(value)).toBe(false);
  });
});

describe('textLength', () => {
  it.each([
    ['plain text', 'Ana', 3],
    ['an emoji built from several code points', '👩🏽‍💻', 1],
    ['a flag', '🇵🇹', 1],
    ['a letter and a combining accent', 'e\u0301', 1],
    ['right-to-left text', 'שלום', 4],
    ['nothing', '', 0],
  ])('counts %s as the person sees it', (_name, text, length) => {
    expect(textLength(text)).toBe(length);
  });

  it('counts code points where there is no Intl.Segmenter', () => {
    const segmenter = Intl.Segmenter;
    try {
      Object.defineProperty(Intl, 'Segmenter', { value: undefined, configurable: true });
      expect(textLength('👩🏽‍💻')).toBe(4);
    } finally {
      Object.defineProperty(Intl, 'Segmenter', { value: segmenter, configurable: true });
    }
  });
});

describe('isTooLong', () => {
  it('allows exactly the maximum, however many code units it takes', () => {
    expect(isTooLong('a'.repeat(FIELD_MAX_LENGTH))).toBe(false);
    expect(isTooLong('👩🏽‍💻'.repeat(FIELD_MAX_LENGTH))).toBe(false);
    expect(isTooLong('a'.repeat(FIELD_MAX_LENGTH + 1))).toBe(true);
    expect(isTooLong('👩🏽‍💻'.repeat(FIELD_MAX_LENGTH + 1))).toBe(true);
  });
});
