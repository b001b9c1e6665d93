// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CONCERN_IDS, SHAREABLE_CONCERNS, TEMPLATE_IDS } from '../flow/questions';
import { takesReason } from './compose';
import { notesFor } from './notes';

const PRIVATE = CONCERN_IDS.filter(
  (id) => id !== 'not-legitimate' && !(SHAREABLE_CONCERNS as readonly string[]).includes(id),
);

describe('notesFor', () => {
  it.each(TEMPLATE_IDS)(
    'gives %s the safety and keep-door-open notes only where they belong',
    (id) => {
      const notes = notesFor(id, []);
      expect(notes.safety).toBe(id === 'decline-brief');
      expect(notes.keepDoorOpen).toBe(id === 'keep-door-open');
      expect(notes.privateReasons).toBe(false);
    },
  );

  it('explains private concerns wherever a reason may be given and one was picked', () => {
    for (const id of TEMPLATE_IDS) {
      expect(notesFor(id, ['culture', 'salary']).privateReasons).toBe(takesReason(id));
      expect(notesFor(id, SHAREABLE_CONCERNS).privateReasons).toBe(false);
      expect(notesFor(id, ['not-legitimate']).privateReasons).toBe(false);
    }
  });

  it('counts each private concern', () => {
    expect(PRIVATE.length).toBeGreaterThan(0);
    for (const concern of PRIVATE) {
      expect(notesFor('withdraw', [concern]).privateReasons).toBe(true);
    }
  });
});
