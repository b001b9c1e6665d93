// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { TEMPLATE_IDS, type Answers } from '../flow/questions';
import { emptyDraft } from './draft';
import { FIELD_IDS } from '../flow/fields';
import {
  asksIfTimeWorks,
  composeMessage,
  fieldsUsed,
  messageTemplate,
  messageText,
} from './compose';

const answers: Answers = { stage: 'applied', concerns: ['salary'], negotiable: 'yes' };
const booked = { ...emptyDraft, booked: true };
const REFERRAL_TEMPLATES: readonly string[] = [
  'decline-outreach',
  'decline-first-interview',
  'withdraw',
  'keep-door-open',
];

describe('fieldsUsed', () => {
  it.each(TEMPLATE_IDS)('lists %s’s blanks in FIELD_IDS order, the date only once booked', (id) => {
    const unbooked = fieldsUsed(id, answers, emptyDraft);
    const withDate = fieldsUsed(id, answers, booked);
    expect(unbooked).toEqual(FIELD_IDS.filter((field) => unbooked.includes(field)));
    expect(withDate).toEqual(FIELD_IDS.filter((field) => withDate.includes(field)));
    expect(unbooked).toContain('yourName');
    expect(unbooked).not.toContain('interviewDate');
    // The reply to a no names a canceled interview only in its subject, the decline's own.
    expect(withDate.includes('interviewDate')).toBe(true);
    // Its subject then names the canceled interview, not the job title.
    expect(withDate.filter((field) => field !== 'interviewDate')).toEqual(
      id === 'hold-decline' ? unbooked.filter((field) => field !== 'jobTitle') : unbooked,
    );
    expect(unbooked.includes('need')).toBe(id === 'negotiate');
    expect(unbooked.includes('referral')).toBe(REFERRAL_TEMPLATES.includes(id));
    expect(unbooked).not.toContain('altTimes');
  });

  it('asks for other times only once a booked interview’s time does not work', () => {
    for (const id of ['accept-interview', 'accept-after-talks'] as const) {
      expect(fieldsUsed(id, answers, { ...booked, reschedule: true })).toContain('altTimes');
      expect(fieldsUsed(id, answers, booked)).not.toContain('altTimes');
      expect(fieldsUsed(id, answers, { ...emptyDraft, reschedule: true })).not.toContain(
        'altTimes',
      );
    }
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
    const OPTIONAL: readonly string[] = ['need', 'referral', 'altTimes'];
    for (const id of TEMPLATE_IDS) {
      for (const draft of [emptyDraft, booked, { ...booked, reschedule: true }]) {
        const { blanksLeft } = composeMessage(id, answers, draft);
        const used = fieldsUsed(id, answers, draft);
        // Optional blanks: an empty one leaves its sentence out rather than a blank.
        expect(blanksLeft).toEqual(used.filter((field) => !OPTIONAL.includes(field)));
      }
    }
  });
});

describe('messageTemplate', () => {
  it('turns an interview message into reschedule only with a booked time that does not work', () => {
    for (const id of TEMPLATE_IDS) {
      const moved = messageTemplate(id, { ...booked, reschedule: true });
      expect(moved).toBe(
        ['accept-interview', 'accept-after-talks'].includes(id) ? 'reschedule' : id,
      );
      expect(messageTemplate(id, booked)).toBe(id);
      expect(messageTemplate(id, { ...emptyDraft, reschedule: true })).toBe(id);
      expect(asksIfTimeWorks(id, booked)).toBe(moved === 'reschedule');
      expect(asksIfTimeWorks(id, emptyDraft)).toBe(false);
    }
  });

  it('renders the reschedule message in every format, with the booked time', () => {
    const draft = {
      ...booked,
      reschedule: true,
      fields: { interviewDate: 'Thursday at 2pm' },
    };
    const moved = composeMessage('accept-interview', answers, draft);
    const kept = composeMessage('accept-interview', answers, booked);
    expect(moved).not.toEqual(kept);
    expect(moved).toEqual(composeMessage('accept-after-talks', answers, draft));
    for (const format of ['email', 'call', 'message'] as const)
      expect(messageText('accept-interview', answers, { ...draft, format })).toContain(
        'Thursday at 2pm',
      );
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
