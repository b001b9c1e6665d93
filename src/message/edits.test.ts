// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fingerprint, isMessageEdits, withEdit } from './edits';

const BASIS = fingerprint('suggested');

describe('fingerprint', () => {
  it('is eight hex digits, the same for the same text and different for another', () => {
    expect(fingerprint('Dear Sam,')).toMatch(/^[0-9a-f]{8}$/);
    expect(fingerprint('Dear Sam,')).toBe(fingerprint('Dear Sam,'));
    expect(fingerprint('Dear Sam,')).not.toBe(fingerprint('Dear Sam.'));
    expect(fingerprint('')).toMatch(/^[0-9a-f]{8}$/);
    expect(fingerprint('x'.repeat(10_000))).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe('isMessageEdits', () => {
  it.each([
    ['no edits', {}],
    ['an edited email', { email: { subject: 'S', body: 'B', basis: BASIS } }],
    ['edited talking points', { call: { text: '- a', basis: BASIS } }],
    [
      'every format',
      {
        email: { subject: '', body: '', basis: BASIS },
        call: { text: '', basis: BASIS },
        message: { text: '<b>hi</b>', basis: BASIS },
      },
    ],
  ])('accepts %s', (_name, value) => {
    expect(isMessageEdits(value)).toBe(true);
  });

  it.each([
    ['null', null],
    ['a list', [{ text: 'a', basis: BASIS }]],
    ['text', 'edited'],
    ['a format the guide has not', { fax: { text: 'a', basis: BASIS } }],
    ['an email with no basis', { email: { subject: 'S', body: 'B' } }],
    ['an email with a text instead', { email: { text: 'a', basis: BASIS } }],
    ['a body that is not text', { email: { subject: 'S', body: 42, basis: BASIS } }],
    ['a basis that is not a fingerprint', { call: { text: 'a', basis: 'abc' } }],
    ['a basis with markup', { call: { text: 'a', basis: '<script>' } }],
    ['an extra key', { call: { text: 'a', basis: BASIS, html: '<b>' } }],
    ['an edit that is null', { message: null }],
    ['a prototype key', JSON.parse('{"__proto__":{"text":"a","basis":"00000000"}}')],
  ])('refuses %s', (_name, value) => {
    expect(isMessageEdits(value)).toBe(false);
  });
});

describe('withEdit', () => {
  it('sets and removes one format, leaving the others', () => {
    const call = { text: '- a', basis: BASIS };
    const email = { subject: 'S', body: 'B', basis: BASIS };
    const both = withEdit(withEdit(undefined, 'call', call), 'email', email);
    expect(both).toEqual({ call, email });
    expect(withEdit(both, 'call', undefined)).toEqual({ email });
    expect(both).toEqual({ call, email });
  });
});
