import type { TemplateContent } from '../types';
import {
  INTERVIEWING,
  HAS_APPLIED,
  CANCEL,
  CANCEL_SUBJECT_OUTREACH,
  CANCEL_SUBJECT,
} from './shared';

export const declineAfterTalks = {
  name: 'Say no after your talk',
  email: {
    subject: {
      variants: [
        CANCEL_SUBJECT_OUTREACH,
        CANCEL_SUBJECT,
        { when: HAS_APPLIED, text: 'Withdrawing my application for the {jobTitle} role' },
        { text: 'Declining the {jobTitle} opportunity' },
      ],
    },
    greeting: 'Hi {theirName},',
    paragraphs: [
      [CANCEL],
      [
        'Thank you for looking into {topics} for the {jobTitle} role at {company}, and for being open with me.',
        {
          variants: [
            {
              when: HAS_APPLIED,
              text: "As it stands, the role isn't the right fit for me, so I'd like to withdraw my application.",
            },
            {
              text: "As it stands, the role isn't the right fit for me, so I've decided not to move forward.",
            },
          ],
        },
      ],
      [
        {
          variants: [
            {
              when: INTERVIEWING,
              text: "I'm glad we talked it through, and I've appreciated your time throughout the interview process. Good luck filling the role.",
            },
            {
              text: "I'm glad we talked it through. Thanks again, and good luck filling the role.",
            },
          ],
        },
      ],
    ],
    signOff: 'Best regards,',
  },
  call: {
    points: [
      [CANCEL],
      ['Thank you for looking into {topics} for the {jobTitle} role, and for being open with me.'],
      [
        {
          variants: [
            {
              when: HAS_APPLIED,
              text: "As it stands, the role isn't the right fit for me, so I'd like to withdraw my application.",
            },
            {
              text: "As it stands, the role isn't the right fit for me, so I've decided not to move forward.",
            },
          ],
        },
      ],
      [
        {
          variants: [
            {
              when: INTERVIEWING,
              text: 'Thank you as well for your time throughout the interview process, and good luck filling the role.',
            },
            { text: 'Thanks again for your time, and good luck filling the role.' },
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
        'Thanks for looking into {topics} for the {jobTitle} role at {company}.',
        {
          variants: [
            {
              when: HAS_APPLIED,
              text: "As it stands, the role isn't the right fit for me, so I'd like to withdraw my application.",
            },
            {
              text: "As it stands, the role isn't the right fit for me, so I've decided not to move forward.",
            },
          ],
        },
        {
          variants: [
            {
              when: INTERVIEWING,
              text: 'I appreciate you being open with me, and thank you for your time throughout the interview process.',
            },
            { text: 'I appreciate you being open with me.' },
          ],
        },
      ],
    ],
    signOff: 'Best,',
  },
} as const satisfies TemplateContent;
