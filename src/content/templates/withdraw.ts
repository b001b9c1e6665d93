import type { TemplateContent } from '../types';
import {
  REASON,
  CANCEL,
  CANCEL_SUBJECT_OUTREACH,
  CANCEL_SUBJECT,
  REFERRAL_EMAIL,
  REFERRAL_CALL,
  REFERRAL_MESSAGE,
} from './shared';

export const withdraw = {
  name: 'Withdraw after an interview',
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
        "Thank you for your time throughout the interview process for the {jobTitle} role. I've enjoyed our conversations and learning more about the work at {company}.",
      ],
      [
        {
          variants: [
            {
              when: REASON,
              text: "On reflection, I've decided to withdraw my application, because {reason}.",
            },
            {
              text: "On reflection, I've decided the role isn't the right fit for me, so I'd like to withdraw my application.",
            },
          ],
        },
      ],
      [REFERRAL_EMAIL],
      ['Thanks again for your consideration, and good luck filling the role.'],
    ],
    signOff: 'Best regards,',
  },
  call: {
    points: [
      [CANCEL],
      ["Thank you for your time throughout the interview process. I've enjoyed our conversations."],
      [
        {
          variants: [
            {
              when: REASON,
              text: "On reflection, I've decided to withdraw my application, because {reason}.",
            },
            {
              text: "On reflection, the role isn't the right fit for me, so I'd like to withdraw my application.",
            },
          ],
        },
      ],
      [REFERRAL_CALL],
      ['Thanks again, and good luck filling the role.'],
    ],
  },
  message: {
    greeting: 'Hi {theirName},',
    paragraphs: [
      [
        CANCEL,
        "Thank you for your time during the interview process for the {jobTitle} role at {company}. I've enjoyed our conversations.",
        {
          variants: [
            {
              when: REASON,
              text: "On reflection, I've decided to withdraw my application, because {reason}.",
            },
            {
              text: "On reflection, the role isn't the right fit for me, so I'd like to withdraw my application.",
            },
          ],
        },
        REFERRAL_MESSAGE,
        'Thanks again, and good luck filling the role.',
      ],
    ],
    signOff: 'Best,',
  },
} as const satisfies TemplateContent;
