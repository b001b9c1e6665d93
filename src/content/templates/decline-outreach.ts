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

export const declineOutreach = {
  name: 'Decline an approach',
  email: {
    subject: {
      variants: [
        CANCEL_SUBJECT_OUTREACH,
        CANCEL_SUBJECT,
        { text: 'Declining the {jobTitle} opportunity' },
      ],
    },
    greeting: 'Hi {theirName},',
    paragraphs: [
      [CANCEL],
      [
        'Thanks for reaching out about the {jobTitle} role at {company}, and for thinking of me.',
        {
          variants: [
            { when: REASON, text: "I've decided not to move forward with it, because {reason}." },
            { text: "After some thought, I've decided not to move forward with it." },
          ],
        },
      ],
      [REFERRAL_EMAIL],
      ['Thanks again, and good luck filling the role.'],
    ],
    signOff: 'Best,',
  },
  call: {
    points: [
      [CANCEL],
      ['Thanks for thinking of me for the {jobTitle} role.'],
      [
        {
          variants: [
            { when: REASON, text: "I've decided not to move forward with it, because {reason}." },
            { text: "After some thought, I've decided not to move forward with it." },
          ],
        },
      ],
      [REFERRAL_CALL],
      ['Thanks again, and best of luck filling the role.'],
    ],
  },
  message: {
    greeting: 'Hi {theirName},',
    paragraphs: [
      [
        CANCEL,
        'Thanks for thinking of me for the {jobTitle} role at {company}.',
        {
          variants: [
            { when: REASON, text: "I've decided not to move forward with it, because {reason}." },
            { text: "After some thought, I've decided not to move forward with it." },
          ],
        },
        REFERRAL_MESSAGE,
        'Best of luck filling the role.',
      ],
    ],
    signOff: 'Thanks,',
  },
} as const satisfies TemplateContent;
