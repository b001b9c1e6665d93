import type { TemplateContent } from '../types';
import {
  BOOKED,
  REASON,
  CANCEL,
  CANCEL_SUBJECT_OUTREACH,
  CANCEL_SUBJECT,
  REFERRAL_EMAIL,
  REFERRAL_CALL,
  REFERRAL_MESSAGE,
} from './shared';

export const declineFirstInterview = {
  name: 'Decline a first interview',
  email: {
    subject: {
      variants: [
        CANCEL_SUBJECT_OUTREACH,
        CANCEL_SUBJECT,
        { text: 'Withdrawing my application for the {jobTitle} role' },
      ],
    },
    greeting: 'Hi {theirName},',
    paragraphs: [
      [CANCEL],
      [
        {
          variants: [
            {
              when: BOOKED,
              text: 'Thank you for considering me for the {jobTitle} role at {company}.',
            },
            {
              text: 'Thank you for the invitation to interview for the {jobTitle} role at {company}.',
            },
          ],
        },
        {
          variants: [
            {
              when: REASON,
              text: "After some thought, I've decided to withdraw my application, because {reason}.",
            },
            { text: "After some thought, I've decided to withdraw my application." },
          ],
        },
      ],
      [REFERRAL_EMAIL],
      ['Thanks again for your time, and good luck filling the role.'],
    ],
    signOff: 'Best,',
  },
  call: {
    points: [
      [CANCEL],
      ['Thank you for considering me for the {jobTitle} role.'],
      [
        {
          variants: [
            {
              when: REASON,
              text: "After some thought, I've decided to withdraw my application, because {reason}.",
            },
            { text: "After some thought, I've decided to withdraw my application." },
          ],
        },
      ],
      [REFERRAL_CALL],
      ['Thanks again for your time, and best of luck filling the role.'],
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
              when: REASON,
              text: "After some thought, I've decided to withdraw my application, because {reason}.",
            },
            { text: "After some thought, I've decided to withdraw my application." },
          ],
        },
        REFERRAL_MESSAGE,
        'Best of luck filling the role.',
      ],
    ],
    signOff: 'Thanks,',
  },
} as const satisfies TemplateContent;
