/**
 * Conditions and sentences the messages share. A sentence that depends on the
 * answers says so here, in the content, never in a component.
 */
import type { Condition, Sentence } from '../types';

export const BOOKED: Condition = { booked: true };
export const REASON: Condition = { reason: true };
export const OUTREACH: Condition = { stage: ['outreach'] };
export const APPLIED: Condition = { stage: ['applied'] };
export const INTERVIEWING: Condition = { stage: ['interviewing'] };
export const HAS_APPLIED: Condition = { stage: ['applied', 'interviewing'] };
export const NEED: Condition = { filled: ['need'] };
export const REFERRED: Condition = { filled: ['referral'] };
export const ALT_TIMES: Condition = { filled: ['altTimes'] };
/* Written out, not spread from HAS_APPLIED: a spread keeps this module in the first view's bundle. */
export const HAS_APPLIED_REASON: Condition = { stage: ['applied', 'interviewing'], reason: true };
export const BOOKED_AT_OUTREACH: Condition = { booked: true, stage: ['outreach'] };
export const BOOKED_AT_APPLIED: Condition = { booked: true, stage: ['applied'] };
export const BOOKED_WHILE_INTERVIEWING: Condition = { booked: true, stage: ['interviewing'] };
/** Another offer, or a job they're happy in: no call this week about other openings. */
export const STAYING_ELSEWHERE: Condition = { anyConcern: ['other-offer', 'happy-current-job'] };
export const OPEN_TO_TALK: Condition = { noConcern: ['other-offer', 'happy-current-job'] };

/** A decline cancels a booked interview first, by name and time, with an apology. */
export const CANCEL: Sentence = {
  variants: [
    {
      when: BOOKED,
      text: "I'm sorry for the change of plans, but I need to cancel our interview on {interviewDate}.",
    },
  ],
};

/**
 * The subjects of a decline when an interview is booked: they say so before
 * anything else, and that it's a no, not a new time. Listed in this order.
 */
export const CANCEL_SUBJECT_OUTREACH = {
  when: BOOKED_AT_OUTREACH,
  text: 'Canceling our interview on {interviewDate} and not moving forward',
};
export const CANCEL_SUBJECT = {
  when: BOOKED,
  text: 'Canceling our interview on {interviewDate} and withdrawing my application',
};

/**
 * A decline that closes a real opportunity may offer someone for the role:
 * one sentence, only when the person named them. Each format words it for
 * its own length, so it comes in three.
 */
export const REFERRAL_EMAIL: Sentence = {
  variants: [
    {
      when: REFERRED,
      text: "If it would help, I'd be glad to put you in touch with {referral}, who I think would do well in this role.",
    },
  ],
};
export const REFERRAL_CALL: Sentence = {
  variants: [
    {
      when: REFERRED,
      text: "If it would help, I'd be happy to put you in touch with {referral}, who I think would do well in this role.",
    },
  ],
};
export const REFERRAL_MESSAGE: Sentence = {
  variants: [
    { when: REFERRED, text: "If it helps, I'd be glad to put you in touch with {referral}." },
  ],
};
