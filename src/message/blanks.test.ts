// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Answers } from '../flow/questions';
import { FIELD_IDS } from '../flow/fields';
import { editedSegments, emptyBlanks, placeholderText } from './blanks';
import { composeMessage, fieldsUsed } from './compose';
import { emptyDraft } from './draft';
import { formatSegments } from './render';

const answers: Answers = { stage: 'applied', concerns: ['salary'], negotiable: 'yes' };

describe('placeholderText', () => {
  it('is the text the renderer shows for each blank still empty', () => {
    const rendered = composeMessage('negotiate', answers, { ...emptyDraft, booked: true });
    const shown = new Map(
      formatSegments(rendered, 'email').flatMap((s) =>
        s.kind === 'blank' && !s.filled ? [[s.field, s.text] as const] : [],
      ),
    );
    expect(shown.size).toBeGreaterThan(0);
    for (const [field, text] of shown) expect(placeholderText(field)).toBe(text);
  });

  it('differs for each blank', () => {
    expect(new Set(FIELD_IDS.map(placeholderText)).size).toBe(FIELD_IDS.length);
  });
});

describe('editedSegments', () => {
  it('marks the placeholders left in edited text as blanks, in order, and keeps the rest as text', () => {
    const text = `Hi ${placeholderText('theirName')}, no thanks.\n${placeholderText('yourName')}`;
    const segments = editedSegments(text, ['yourName', 'theirName', 'company']);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.flatMap((s) => (s.kind === 'blank' ? [s.field] : []))).toEqual([
      'theirName',
      'yourName',
    ]);
    expect(segments.every((s) => s.kind === 'text' || !s.filled)).toBe(true);
  });

  it('looks only for the blanks the message uses', () => {
    const text = `Hi ${placeholderText('theirName')}`;
    expect(editedSegments(text, ['yourName'])).toEqual([{ kind: 'text', text }]);
  });

  it('gives nothing for no text', () => {
    expect(editedSegments('', FIELD_IDS)).toEqual([]);
  });
});

describe('emptyBlanks', () => {
  const rendered = composeMessage('negotiate', answers, emptyDraft);
  const fields = fieldsUsed('negotiate', answers, emptyDraft);

  it('lists the suggestion’s empty blanks of the format shown, never the optional one', () => {
    for (const format of ['email', 'call', 'message'] as const) {
      const empty = emptyBlanks(fields, rendered, format, undefined);
      const inFormat = formatSegments(rendered, format).flatMap((s) =>
        s.kind === 'blank' ? [s.field] : [],
      );
      expect(empty).toEqual(fields.filter((f) => f !== 'need' && inFormat.includes(f)));
    }
    expect(fields).toContain('need');
  });

  it('lists none once every blank is filled', () => {
    const filled = Object.fromEntries(FIELD_IDS.map((field) => [field, field]));
    const full = composeMessage('negotiate', answers, { ...emptyDraft, fields: filled });
    for (const format of ['email', 'call', 'message'] as const) {
      expect(emptyBlanks(fields, full, format, undefined)).toEqual([]);
    }
  });

  it('reads edited text for the placeholders left in it, in the order of the blanks used', () => {
    const edited = `${placeholderText('yourName')} ${placeholderText('need')} ${placeholderText('theirName')}`;
    expect(emptyBlanks(fields, rendered, 'email', edited)).toEqual(['yourName', 'theirName']);
    expect(emptyBlanks(fields, rendered, 'email', 'All my own words.')).toEqual([]);
  });
});
