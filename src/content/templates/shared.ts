/**
 * Conditions and sentences the messages share. A sentence that depends on the
 * answers says so here, in the content, never in a component.
 *
 * A booked interview's time is written as the person typed it ("Thursday at
 * 2pm", "tomorrow at 10am", "Dec 10, 2:00 PM", "next week"), so it always
 * follows "for" or "scheduled for", never "on".
 */
import type { Condition, Sentence, Variant } from '../types';

export const BOOKED: Condition = { booked: true };
export const REASON: Condition = { reason: true };
export const OUTREACH: Condition = { stage: ['outreach'] };
export const APPLIED: Condition = { stage: ['applied'] };
export const INTERVIEWING: Condition = { stage: ['interviewing'] };
export const HAS_APPLIED: Condition = { stage: ['applied', 'interviewing'] };
export const NEED: Condition = { filled: ['need'] };
export const REFERRED: Condition = { filled: ['referral'] };
export const ALT_TIMES: Condition = { filled: ['altTimes'] };
export const BOOKED_WITH_NEED: Condition = { booked: true, filled: ['need'] };
/* Written out, not spread from HAS_APPLIED: a spread keeps this module in the first view's bundle. */
export const HAS_APPLIED_REASON: Condition = { stage: ['applied', 'interviewing'], reason: true };
export const BOOKED_AT_OUTREACH: Condition = { booked: true, stage: ['outreach'] };
export const BOOKED_AT_APPLIED: Condition = { booked: true, stage: ['applied'] };
export const BOOKED_WHILE_INTERVIEWING: Condition = { booked: true, stage: ['interviewing'] };
/** Another offer, or a job they're happy in: no call this week about other openings. */
export const STAYING_ELSEWHERE: Condition = { anyConcern: ['other-offer', 'happy-current-job'] };
/* Written out, not spread from STAYING_ELSEWHERE, for the same reason as HAS_APPLIED_REASON. */
export const STAYING_ELSEWHERE_INTERVIEWING: Condition = {
  anyConcern: ['other-offer', 'happy-current-job'],
  stage: ['interviewing'],
};
export const STAYING_ELSEWHERE_REASON: Condition = {
  anyConcern: ['other-offer', 'happy-current-job'],
  reason: true,
};
export const OPEN_TO_TALK: Condition = { noConcern: ['other-offer', 'happy-current-job'] };

/**
 * The subject of a decline when an interview is booked: the canceled time,
 * "for" it, so it can't be read as a new time, in few enough words to show
 * whole in a phone's inbox. The body says whether it withdraws or declines.
 */
const CANCEL_SUBJECT_TEXT = 'Canceling our interview for {interviewDate}';
export const CANCEL_SUBJECT: Variant = { when: BOOKED, text: CANCEL_SUBJECT_TEXT };

/** Still keen on the employer and open to a talk now: the subject says so (keep-door-open only). */
const KEEN_TO_TALK_APPLIED: Condition = {
  employerInterest: 'yes',
  noConcern: ['other-offer', 'happy-current-job'],
  stage: ['applied', 'interviewing'],
};
const KEEN_TO_TALK: Condition = {
  employerInterest: 'yes',
  noConcern: ['other-offer', 'happy-current-job'],
};
const KEEN_APPLIED_SUBJECT = 'Withdrawing, but still interested in {company}';
const KEEN_SUBJECT = 'Declining this role, but still interested in {company}';
const APPLIED_SUBJECT = 'Withdrawing my {jobTitle} application';
const OUTREACH_SUBJECT = 'Declining the {jobTitle} opportunity';

/**
 * The subject of every decline that closes a real opportunity (outreach,
 * first interview, withdraw, keep-door-open), chosen in one place so the
 * reply that may follow it (hold-decline) can answer under the same one. Each
 * says the no in its first word and stays within a phone's inbox line.
 */
export const DECLINE_SUBJECT: Sentence = {
  variants: [
    CANCEL_SUBJECT,
    { when: KEEN_TO_TALK_APPLIED, text: KEEN_APPLIED_SUBJECT },
    { when: KEEN_TO_TALK, text: KEEN_SUBJECT },
    { when: HAS_APPLIED, text: APPLIED_SUBJECT },
    { text: OUTREACH_SUBJECT },
  ],
};

/** The reply to their answer keeps the thread: "Re: " and the decline's own subject, by the same choice. */
export const REPLY_SUBJECT: Sentence = {
  variants: [
    { when: BOOKED, text: `Re: ${CANCEL_SUBJECT_TEXT}` },
    { when: KEEN_TO_TALK_APPLIED, text: `Re: ${KEEN_APPLIED_SUBJECT}` },
    { when: KEEN_TO_TALK, text: `Re: ${KEEN_SUBJECT}` },
    { when: HAS_APPLIED, text: `Re: ${APPLIED_SUBJECT}` },
    { text: `Re: ${OUTREACH_SUBJECT}` },
  ],
};

/**
 * A decline that closes a real opportunity may offer someone for the role:
 * one sentence, only when the person named them, saying who they are (a
 * candidate). "Happy", not "glad": a door-open line nearby may be glad
 * already. Not "role": the sentences before it say it. Each format words it
 * for its own length, so it comes in three.
 */
export const REFERRAL_EMAIL: Sentence = {
  variants: [
    {
      when: REFERRED,
      text: "If it would help, I'm happy to put you in touch with {referral}, who I think would be a strong candidate.",
    },
  ],
};
export const REFERRAL_CALL: Sentence = {
  variants: [
    {
      when: REFERRED,
      text: "If it would help, I'd be happy to put you in touch with {referral}, who I think would be a great candidate.",
    },
  ],
};
export const REFERRAL_MESSAGE: Sentence = {
  variants: [
    {
      when: REFERRED,
      text: "If it helps, I'm happy to put you in touch with {referral}, who'd be a strong candidate.",
    },
  ],
};
