// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { outcomeUi, templates } from '../content';
import { TEMPLATE_IDS } from '../flow/questions';
import { FORMAT_IDS } from '../flow/fields';
import {
  allSegments,
  emailAsText,
  formatSegments,
  messageAsText,
  renderMessage,
  type Segment,
} from './render';

const textOf = (segments: readonly Segment[]) => segments.map((s) => s.text).join('');
const renderedFor = (id: (typeof TEMPLATE_IDS)[number]) =>
  renderMessage(templates[id], {}, outcomeUi.composer.placeholders, {}, { stage: 'applied' });

describe('formatSegments', () => {
  it.each(TEMPLATE_IDS)('gives %s’s segments of each format in reading order', (id) => {
    const rendered = renderedFor(id);
    expect(textOf(formatSegments(rendered, 'email'))).toBe(
      rendered.email.subject + rendered.email.body,
    );
    expect(textOf(formatSegments(rendered, 'call'))).toBe(rendered.call.points.join(''));
    expect(textOf(formatSegments(rendered, 'message'))).toBe(rendered.message.text);
  });
});

describe('allSegments', () => {
  it.each(TEMPLATE_IDS)('holds every format of %s, and every blank left', (id) => {
    const rendered = renderedFor(id);
    const all = allSegments(rendered);
    expect(all).toEqual(FORMAT_IDS.flatMap((format) => formatSegments(rendered, format)));
    const unfilled = new Set(
      all.flatMap((s) => (s.kind === 'blank' && !s.filled ? [s.field] : [])),
    );
    expect([...unfilled].sort()).toEqual([...rendered.blanksLeft].sort());
  });
});

describe('emailAsText', () => {
  it('puts the subject on the first line and the body after a blank line', () => {
    const text = emailAsText('the subject', 'the body\n\nmore');
    const [first, ...rest] = text.split('\n\n');
    expect(first?.endsWith('the subject')).toBe(true);
    expect(first).not.toContain('\n');
    expect(rest.join('\n\n')).toBe('the body\n\nmore');
  });

  it('is how a rendered email reads as text', () => {
    const rendered = renderedFor('withdraw');
    expect(messageAsText(rendered, 'email')).toBe(
      emailAsText(rendered.email.subject, rendered.email.body),
    );
  });
});
