// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { TEMPLATE_IDS, type Answers } from '../flow/questions';
import { emptyDraft } from './draft';
import { FIELD_IDS } from '../flow/fields';
import { composeMessage, fieldsUsed, messageText } from './compose';

const answers: Answers = { stage: 'applied', concerns: ['salary'], negotiable: 'yes' };
const booked = { ...emptyDraft, booked: true };

describe('fieldsUsed', () => {
  it.each(TEMPLATE_IDS)('lists %s’s blanks in FIELD_IDS order, the date only once booked', (id) => {
    const unbooked = fieldsUsed(id, answers, emptyDraft);
    const withDate = fieldsUsed(id, answers, booked);
    expect(unbooked).toEqual(FIELD_IDS.filter((field) => unbooked.includes(field)));
    expect(unbooked).toContain('yourName');
    expect(unbooked).not.toContain('interviewDate');
    expect(withDate).toEqual([...unbooked, 'interviewDate']);
    expect(unbooked.includes('need')).toBe(id === 'negotiate');
  });

  it('asks the safe reply for no company or job title', () => {
    const used = fieldsUsed(
      'decline-brief',
      { stage: 'outreach', concerns: ['not-legitimate'] },
      booked,
    );
    expect(used).not.toContain('company');
    expect(used).not.toContain('jobTitle');
  });

  it('lists every blank the rendered message holds when nothing is filled', () => {
    for (const id of TEMPLATE_IDS) {
      for (const draft of [emptyDraft, booked]) {
        const { blanksLeft } = composeMessage(id, answers, draft);
        const used = fieldsUsed(id, answers, draft);
        // `need` is optional: an empty one leaves its sentence out rather than a blank.
        expect(blanksLeft).toEqual(used.filter((field) => field !== 'need'));
      }
    }
  });
});

describe('messageText', () => {
  it('gives the draft’s format', () => {
    const rendered = composeMessage('withdraw', answers, emptyDraft);
    expect(messageText('withdraw', answers, { ...emptyDraft, format: 'message' })).toBe(
      rendered.message.text,
    );
    expect(messageText('withdraw', answers, { ...emptyDraft, format: 'call' })).toBe(
      rendered.call.text,
    );
  });
});
