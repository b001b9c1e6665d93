// @vitest-environment node
/**
 * A thread reads as one: the reply to a recruiter's answer (hold-decline)
 * goes under the subject of the decline it answers, "Re: " and that subject
 * exactly, for every answer set and whether or not an interview was booked
 * (the draft, and so the booked time, carries over from the decline).
 */
import { describe, expect, it } from 'vitest';
import type { Answers, TemplateId } from '../flow/questions';
import { composeMessage } from './compose';
import { emptyDraft, type MessageDraft } from './draft';
import { everyAnswerSet } from './test-claims';
import { EVERYDAY_FIELDS, TYPED_TIMES } from './test-messages';

describe('the reply to their answer', () => {
  it('keeps the subject of the decline it follows', { timeout: 60_000 }, () => {
    const declines = new Map<string, TemplateId>();
    const replies: Answers[] = [];
    for (const { answers, template } of everyAnswerSet()) {
      if (template === 'hold-decline') replies.push(answers as Answers);
      else declines.set(JSON.stringify(answers), template as TemplateId);
    }
    const mismatched = new Set<string>();
    // A subject can depend on the stage, employer interest and concerns, never on the reason.
    const seen = new Set<string>();
    for (const answers of replies) {
      const { pushback: _pushback, ...declined } = answers;
      const decline = declines.get(JSON.stringify(declined));
      expect(decline).toBeDefined();
      const staying = answers.concerns?.filter(
        (c) => c === 'other-offer' || c === 'happy-current-job',
      );
      const key = JSON.stringify([decline, answers.stage, answers['employer-interest'], staying]);
      if (seen.has(key)) continue;
      seen.add(key);
      for (const booked of [false, true])
        for (const interviewDate of booked ? TYPED_TIMES : TYPED_TIMES.slice(0, 1)) {
          const draft = {
            ...emptyDraft,
            booked,
            fields: { ...EVERYDAY_FIELDS, interviewDate },
          } as MessageDraft;
          const original = composeMessage(decline as TemplateId, declined as Answers, draft);
          const reply = composeMessage('hold-decline', answers, draft);
          if (reply.email.subject !== `Re: ${original.email.subject}`)
            mismatched.add(
              `${decline} ${JSON.stringify(answers)} booked=${booked}: "${original.email.subject}" -> "${reply.email.subject}"`,
            );
        }
    }
    expect(replies.length).toBeGreaterThan(0);
    expect([...mismatched]).toEqual([]);
  });
});
