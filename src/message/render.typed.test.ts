// @vitest-environment node
/**
 * renderMessage with anything typed into the blanks and slots (fast-check,
 * with markup, emoji, right-to-left text, control characters, lone surrogates
 * and very long text among the samples): every filled field kept exactly, the
 * rest listed as blanks, a mailto link that decodes back, and plain text that
 * never throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELD_IDS, mailtoHref, messageAsText, renderMessage } from './render';
import { expectSegmentsMatch, fixture, mailtoParts, placeholders, wellFormed } from './test-render';

describe('renderMessage with anything typed', () => {
  const samples = [
    '<img src=x onerror=alert(1)>',
    '<script>alert("x")</script> & &amp; "quotes" \'single\'',
    '👩‍👩‍👧‍👦 🏳️‍🌈',
    'Zoe\u0308 e\u0301\u0302\u0323',
    'مرحبا بالعالم',
    'שלום עולם',
    '\u202Egnp.exe',
    'line one\nline two\r\nline three\rfour',
    '  padded  ',
    '$& $1 $$ {company} {reason}',
    '%E0%A4%A %',
    '\u0000\u0007\uFEFF\u200B',
    'a'.repeat(10_000),
    '🙂'.repeat(5_000),
  ];
  const text = fc.oneof(
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: 'binary' }),
    fc.constantFrom(...samples),
  );
  const fields = fc.record(
    {
      yourName: text,
      theirName: text,
      company: text,
      jobTitle: text,
      need: text,
      interviewDate: text,
      altTimes: text,
      referral: text,
    },
    { requiredKeys: [] },
  );
  const slots = fc.record(
    { reason: fc.string({ unit: 'grapheme' }), topics: fc.string({ unit: 'grapheme' }) },
    { requiredKeys: [] },
  );
  const isFilled = (value: string | undefined): value is string => /\S/.test(value ?? '');

  it('keeps every filled field, exactly, in the body and lists the rest as blanks', () => {
    fc.assert(
      fc.property(fields, slots, (typed, extra) => {
        const rendered = renderMessage(fixture, typed, placeholders, extra);
        for (const field of FIELD_IDS) {
          const value = typed[field];
          if (isFilled(value)) expect(rendered.email.body + rendered.message.text).toContain(value);
        }
        expect(rendered.blanksLeft).toEqual(FIELD_IDS.filter((f) => !isFilled(typed[f])));
        expectSegmentsMatch(rendered);
      }),
    );
  });

  it('builds a mailto link that decodes back to the subject and body', () => {
    fc.assert(
      fc.property(fields, slots, (typed, extra) => {
        const rendered = renderMessage(fixture, typed, placeholders, extra);
        const href = mailtoHref('', rendered.email);
        const { subject, body, query } = mailtoParts(href);
        expect(query).not.toMatch(/[\s+]/);
        expect(subject).toBe(wellFormed(rendered.email.subject).replace(/\r\n|\r|\n/g, ' '));
        expect(body).toBe(wellFormed(rendered.email.body).replace(/\r\n|\r/g, '\n'));
      }),
    );
  });

  it('renders the call points and plain text without throwing', () => {
    fc.assert(
      fc.property(fields, slots, (typed, extra) => {
        const rendered = renderMessage(fixture, typed, placeholders, extra);
        const call = messageAsText(rendered, 'call');
        if (isFilled(typed.theirName)) expect(call).toContain(typed.theirName);
        expect(messageAsText(rendered, 'email')).toContain(rendered.email.body);
      }),
    );
  });
});
