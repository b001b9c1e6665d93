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
  STAYING_ELSEWHERE,
  OPEN_TO_TALK,
  CANCEL,
  REFERRAL_EMAIL,
  REFERRAL_CALL,
  REFERRAL_MESSAGE,
} from './shared';

export const keepDoorOpen = {
  name: 'Decline this role, ask about others',
  email: {
    subject: {
      variants: [
        {
          when: BOOKED,
          text: 'Canceling our interview on {interviewDate}: not this role, but still interested in {company}',
        },
        {
          when: HAS_APPLIED,
          text: 'Withdrawing my application, but still interested in {company}',
        },
        { text: 'Declining the {jobTitle} opportunity, but still interested in {company}' },
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
        {
          variants: [
            {
              when: HAS_APPLIED_REASON,
              text: "After some thought, I've decided to withdraw my application, because {reason}.",
            },
            {
              when: HAS_APPLIED,
              text: "After some thought, I've decided this role isn't the right fit for me, so I'd like to withdraw my application.",
            },
            {
              when: REASON,
              text: "After some thought, I've decided not to move forward with it, because {reason}.",
            },
            { text: "After some thought, I've decided this role isn't the right fit for me." },
          ],
        },
      ],
      [
        {
          variants: [
            {
              when: STAYING_ELSEWHERE,
              text: "That said, I think highly of {company}, and I'd love to be considered for future roles.",
            },
            {
              text: "That said, I'd still love to work at {company}, and I'd be glad to hear about other openings that might suit me better.",
            },
          ],
        },
        { variants: [{ when: OPEN_TO_TALK, text: 'Could we find a time to talk this week?' }] },
      ],
      [REFERRAL_EMAIL],
      ['Thanks again, and I look forward to staying in touch.'],
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
      [
        {
          variants: [
            {
              when: HAS_APPLIED_REASON,
              text: "I've decided to withdraw my application, because {reason}.",
            },
            {
              when: HAS_APPLIED,
              text: "This role isn't the right fit for me, so I'd like to withdraw my application.",
            },
            { when: REASON, text: "I've decided not to move forward with it, because {reason}." },
            { text: "I've decided this role isn't the right fit for me." },
          ],
        },
      ],
      [
        {
          variants: [
            {
              when: STAYING_ELSEWHERE,
              text: "I think highly of {company}, and I'd love to be considered for future roles.",
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
      ['Thanks again for your time.'],
    ],
  },
  message: {
    greeting: 'Hi {theirName},',
    paragraphs: [
      [
        CANCEL,
        'Thank you for considering me for the {jobTitle} role at {company}.',
        {
          variants: [
            {
              when: HAS_APPLIED_REASON,
              text: "I've decided to withdraw my application, because {reason}.",
            },
            {
              when: HAS_APPLIED,
              text: "This role isn't the right fit for me, so I'd like to withdraw my application.",
            },
            { when: REASON, text: "I've decided not to move forward with it, because {reason}." },
            { text: "I've decided this role isn't the right fit for me." },
          ],
        },
        REFERRAL_MESSAGE,
        {
          variants: [
            {
              when: STAYING_ELSEWHERE,
              text: "I think highly of {company}, though, and I'd love to be considered for future roles.",
            },
            { text: "I'd still love to work at {company}, though." },
          ],
        },
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
