import type { Condition, Sentence, TemplateContent } from '../types';
import { HAS_APPLIED, REASON } from './shared';

/*
 * The reply to a recruiter who answered the person's no: it keeps the no,
 * kindly. To "why", at most the reason the person chose (one fine to share),
 * else a general one about fit; to "please reconsider", the same answer after
 * thinking it over. Other roles at the employer only with interest in it.
 */
const WHY: Condition = { pushback: 'asked-why' };
const WHY_APPLIED: Condition = { pushback: 'asked-why', stage: ['applied', 'interviewing'] };
const WHY_REASON: Condition = { pushback: 'asked-why', reason: true };
const INTERESTED: Condition = { employerInterest: 'yes' };
const INTERESTED_ELSEWHERE: Condition = {
  employerInterest: 'yes',
  anyConcern: ['other-offer', 'happy-current-job'],
};

const answer: Sentence = {
  variants: [
    { when: WHY_REASON, text: 'The main reason is that {reason}.' },
    {
      when: WHY,
      text: "It comes down to fit. I don't think this role is the right one for me at this point.",
    },
    {
      when: REASON,
      text: "I've thought it over carefully, but {reason}, so my answer is the same.",
    },
    { text: "I've thought it over carefully, and my answer is the same." },
  ],
};

const stands: Sentence = {
  variants: [
    { when: WHY, text: "I'll stay with my decision, but I really appreciate you following up." },
  ],
};

export const holdDecline = {
  name: 'Answer their reply, and keep your no',
  email: {
    subject: {
      variants: [
        { when: WHY_APPLIED, text: "Why I'm withdrawing my application for the {jobTitle} role" },
        { when: WHY, text: "Why I'm declining the {jobTitle} opportunity" },
        {
          when: HAS_APPLIED,
          text: 'Still withdrawing my application for the {jobTitle} role, with thanks',
        },
        { text: 'Still declining the {jobTitle} opportunity, with thanks' },
      ],
    },
    greeting: 'Hi {theirName},',
    paragraphs: [
      [
        {
          variants: [
            { when: WHY, text: 'Thanks for getting back to me, and for asking.' },
            { text: 'Thanks for getting back to me, and for giving me the chance to reconsider.' },
          ],
        },
        answer,
        stands,
      ],
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
            { when: WHY, text: 'Thanks again for your time.' },
            { text: 'Thank you again for your time, and for thinking of me.' },
          ],
        },
      ],
    ],
    signOff: 'Best regards,',
  },
  call: {
    points: [
      [
        {
          variants: [
            { when: WHY, text: 'Thanks for getting back to me, and for asking why.' },
            { text: 'Thanks for giving me the chance to reconsider. I appreciate it.' },
          ],
        },
      ],
      [answer],
      [stands],
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
      ['Thanks again for your time.'],
    ],
  },
  message: {
    greeting: 'Hi {theirName},',
    paragraphs: [
      [
        {
          variants: [
            { when: WHY, text: 'Thanks for getting back to me, and for asking.' },
            { text: 'Thanks for giving me the chance to reconsider.' },
          ],
        },
        answer,
        stands,
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
        'Thanks again.',
      ],
    ],
    signOff: 'Best,',
  },
} as const satisfies TemplateContent;
