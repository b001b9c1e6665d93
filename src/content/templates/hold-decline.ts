import type { Condition, Sentence, TemplateContent } from '../types';
import { REASON, REPLY_SUBJECT } from './shared';

/*
 * The reply to a recruiter who answered the person's no: it keeps the no,
 * kindly. To "why", at most the reason the person chose (one fine to share),
 * else a general one about fit; to "please reconsider", the same answer after
 * thinking it over. Other roles at the employer only with interest in it.
 */
const WHY: Condition = { pushback: 'asked-why' };
const WHY_REASON: Condition = { pushback: 'asked-why', reason: true };
const INTERESTED: Condition = { employerInterest: 'yes' };
const INTERESTED_ELSEWHERE: Condition = {
  employerInterest: 'yes',
  anyConcern: ['other-offer', 'happy-current-job'],
};

/*
 * The decline they answered already gave any reason the person chose, so the
 * reply to "why" refers back to it ("As I mentioned"), not as news, and keeps
 * the no without sounding guarded ("my decision hasn't changed"), not "I'll
 * stay with it": the reason may be staying in their current job.
 */
const answer: Sentence = {
  variants: [
    {
      when: WHY_REASON,
      text: "As I mentioned, it's mainly that {reason}, so my decision hasn't changed.",
    },
    {
      when: WHY,
      text: "It really comes down to fit: I don't think this role is the right one for me right now, so my decision hasn't changed.",
    },
    {
      when: REASON,
      text: "I've thought it over carefully. As I mentioned, {reason}, so my answer is the same.",
    },
    { text: "I've thought it over carefully, and my answer is the same." },
  ],
};

/** One thanks at the start; the close thanks them only for thinking of the person. */
const thanks: Sentence = {
  variants: [
    { when: WHY, text: 'Thanks for following up.' },
    { text: "Thanks for getting back to me, and for checking whether I'd reconsider." },
  ],
};

export const holdDecline = {
  name: 'Answer their reply, and keep your no',
  email: {
    // A reply in the thread: "Re: " and the subject of the decline it answers.
    subject: REPLY_SUBJECT,
    greeting: 'Hi {theirName},',
    paragraphs: [
      [thanks, answer],
      [
        {
          variants: [
            {
              when: INTERESTED_ELSEWHERE,
              text: "I think highly of {company}, and I'd love to be considered for future roles.",
            },
            {
              when: INTERESTED,
              text: "I'd still love to work at {company}, so please keep me in mind for other roles that might be a better match.",
            },
          ],
        },
      ],
      [
        {
          variants: [
            { when: WHY, text: 'I appreciate your understanding.' },
            { text: 'Thank you again for your time, and for thinking of me.' },
          ],
        },
      ],
    ],
    // As in the decline it answers, so the thread signs off alike.
    signOff: 'Best regards,',
  },
  call: {
    points: [
      [
        {
          variants: [
            { when: WHY, text: 'Thanks for following up.' },
            { text: "Thanks for checking whether I'd reconsider." },
          ],
        },
      ],
      [answer],
      [
        {
          variants: [
            {
              when: INTERESTED_ELSEWHERE,
              text: "I think highly of {company}, and I'd love to be considered for future roles.",
            },
            {
              when: INTERESTED,
              text: "I'd still love to work at {company}, so please keep me in mind for other roles.",
            },
          ],
        },
      ],
      [
        {
          variants: [
            { when: WHY, text: 'I appreciate your understanding.' },
            { text: 'Thanks again for your time.' },
          ],
        },
      ],
    ],
  },
  message: {
    greeting: 'Hi {theirName},',
    paragraphs: [
      [
        {
          variants: [
            { when: WHY, text: 'Thanks for following up.' },
            { text: "Thanks for checking whether I'd reconsider." },
          ],
        },
        answer,
        {
          variants: [
            {
              when: INTERESTED_ELSEWHERE,
              text: "I think highly of {company}, and I'd love to be considered for future roles.",
            },
            {
              when: INTERESTED,
              text: "I'd still love to work at {company}, so please keep me in mind for other roles.",
            },
          ],
        },
        {
          variants: [
            { when: WHY, text: 'I appreciate your understanding.' },
            { text: 'Thanks again.' },
          ],
        },
      ],
    ],
    signOff: 'Best,',
  },
} as const satisfies TemplateContent;
