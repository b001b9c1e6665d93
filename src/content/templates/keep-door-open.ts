import type { TemplateContent } from '../types';
import {
  BOOKED,
  REASON,
  OUTREACH,
  APPLIED,
  INTERVIEWING,
  HAS_APPLIED,
  HAS_APPLIED_REASON,
  BOOKED_AT_APPLIED,
  BOOKED_WHILE_INTERVIEWING,
  STAYING_ELSEWHERE,
  OPEN_TO_TALK,
  REFERRAL_EMAIL,
  REFERRAL_CALL,
  REFERRAL_MESSAGE,
} from './shared';

/** A decline cancels a booked interview first, by its time, with an apology. */
const CANCEL = {
  variants: [
    {
      when: BOOKED_WHILE_INTERVIEWING,
      text: "I'm sorry to change plans, but I need to cancel our upcoming interview, set for {interviewDate}.",
    },
    {
      when: BOOKED,
      text: 'I apologize for changing plans, but I need to cancel the interview we scheduled for {interviewDate}.',
    },
  ],
};

const DECISION = {
  variants: [
    {
      when: HAS_APPLIED_REASON,
      text: "After some thought, I've decided to withdraw my application because {reason}.",
    },
    {
      when: HAS_APPLIED,
      text: "After some thought, I've decided this role isn't the right fit for me, so I'd like to withdraw my application.",
    },
    { when: REASON, text: "After some thought, I've decided not to pursue it because {reason}." },
    { text: "After some thought, I've decided this role isn't the right fit for me." },
  ],
};

export const keepDoorOpen = {
  name: 'Decline this role, ask about others',
  email: {
    subject: {
      variants: [
        {
          when: { booked: true, anyConcern: ['other-offer', 'happy-current-job'] },
          text: "Canceling our interview for {interviewDate}, but I'd love to stay in touch",
        },
        {
          when: BOOKED,
          text: 'Canceling our interview for {interviewDate}, but open to other roles',
        },
        {
          when: HAS_APPLIED,
          text: 'Withdrawing my application, but still interested in {company}',
        },
        { text: 'Declining this role, but still interested in {company}' },
      ],
    },
    greeting: 'Hi {theirName},',
    paragraphs: [
      [CANCEL],
      [
        {
          variants: [
            {
              when: OUTREACH,
              text: 'Thanks for reaching out about the {jobTitle} role at {company}.',
            },
            {
              when: BOOKED_AT_APPLIED,
              text: 'Thank you for considering me for the {jobTitle} role at {company}.',
            },
            {
              when: APPLIED,
              text: 'Thank you for the invitation to interview for the {jobTitle} role at {company}.',
            },
            {
              text: "Thank you for your time throughout the interview process for the {jobTitle} role at {company}. I've enjoyed our conversations.",
            },
          ],
        },
        DECISION,
      ],
      [
        {
          variants: [
            {
              when: STAYING_ELSEWHERE,
              text: "That said, I think highly of {company}, and I'd love to be considered for future openings.",
            },
            {
              text: "That said, I'd still love to work at {company}, and I'd be glad to hear about other openings that might suit me better.",
            },
          ],
        },
        {
          variants: [
            { when: OPEN_TO_TALK, text: 'Would you have time to talk about them this week?' },
          ],
        },
      ],
      [REFERRAL_EMAIL],
      [
        {
          variants: [
            {
              when: BOOKED,
              text: 'Thank you for understanding, and I look forward to staying in touch.',
            },
            { when: STAYING_ELSEWHERE, text: 'Thank you, and I hope our paths cross again.' },
            { text: 'Thanks again, and I look forward to hearing from you.' },
          ],
        },
      ],
    ],
    signOff: 'Best regards,',
  },
  call: {
    points: [
      [CANCEL],
      [
        {
          variants: [
            {
              when: INTERVIEWING,
              text: "Thank you for your time throughout the interview process for the {jobTitle} role. I've enjoyed our conversations.",
            },
            { text: 'Thank you for considering me for the {jobTitle} role.' },
          ],
        },
      ],
      [DECISION],
      [
        {
          variants: [
            {
              when: STAYING_ELSEWHERE,
              text: "I think highly of {company}, and I'd love to be considered for future openings.",
            },
            { text: "I'd still love to work at {company}." },
          ],
        },
      ],
      [
        {
          variants: [
            {
              when: OPEN_TO_TALK,
              text: 'Do you have a few minutes now to talk about other openings that might suit me better, or could we find a time later this week?',
            },
          ],
        },
      ],
      [REFERRAL_CALL],
      [
        {
          variants: [
            { when: BOOKED, text: 'Thanks for understanding.' },
            { when: OPEN_TO_TALK, text: 'Thanks, I appreciate it.' },
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
        CANCEL,
        'Thank you for considering me for the {jobTitle} role at {company}.',
        DECISION,
        {
          variants: [
            {
              when: STAYING_ELSEWHERE,
              text: "I think highly of {company}, though, and I'd love to be considered for future openings.",
            },
            { text: "I'd still love to work at {company}, though." },
          ],
        },
        REFERRAL_MESSAGE,
        {
          variants: [
            {
              when: OPEN_TO_TALK,
              text: 'Could we find a time this week to talk about other openings?',
            },
          ],
        },
      ],
    ],
    signOff: 'Best,',
  },
} as const satisfies TemplateContent;
