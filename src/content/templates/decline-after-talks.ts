import type { TemplateContent } from '../types';
import {
  BOOKED,
  INTERVIEWING,
  HAS_APPLIED,
  CANCEL_SUBJECT_OUTREACH,
  CANCEL_SUBJECT,
} from './shared';

/**
 * The negotiate message said the work itself appeals to them: what falls
 * short is what could be offered, never the role.
 */
const DECISION = {
  variants: [
    {
      when: HAS_APPLIED,
      text: "Unfortunately, what's possible right now doesn't quite get me where I need to be, so I'd like to withdraw my application.",
    },
    {
      text: "Unfortunately, the terms as they stand don't quite get me where I need to be, so I've decided not to move forward.",
    },
  ],
};

/** After the decision, a booked interview is canceled, by its time, with an apology. */
const CANCEL = {
  variants: [
    {
      when: BOOKED,
      text: "That means I'll need to cancel the interview we set for {interviewDate}, and I'm sorry for the change of plans.",
    },
  ],
};

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
      ['Thank you for looking into {topics} for the {jobTitle} role at {company}.', DECISION],
      [CANCEL],
      [
        {
          variants: [
            {
              when: INTERVIEWING,
              text: "I've appreciated your time throughout the process, and I'm glad we could talk it through.",
            },
            {
              when: BOOKED,
              text: "Thanks for understanding, and I'm glad we were able to talk it through.",
            },
            {
              text: 'Thanks for talking it through with me, and I wish you the best with the search.',
            },
          ],
        },
      ],
    ],
    signOff: 'Best regards,',
  },
  call: {
    points: [
      [
        'Thank you for looking into {topics} for the {jobTitle} role, and for being so open with me.',
      ],
      [DECISION],
      [CANCEL],
      [
        {
          variants: [
            {
              when: INTERVIEWING,
              text: "Thank you as well for your time throughout the process. I'm glad we talked it through.",
            },
            { when: BOOKED, text: "Thanks for understanding. I'm glad we talked it through." },
            { text: 'Thanks again for checking, and I wish you the best with the search.' },
          ],
        },
      ],
    ],
  },
  message: {
    greeting: 'Hi {theirName},',
    paragraphs: [
      [
        'Thanks for looking into {topics} for the {jobTitle} role at {company}.',
        DECISION,
        CANCEL,
        {
          variants: [
            // After the cancellation, the message is long enough: a short thanks.
            { when: BOOKED, text: 'Thanks for understanding, and for being open with me.' },
            {
              when: INTERVIEWING,
              text: 'I appreciate you being open with me, and thank you for your time throughout the process.',
            },
            { text: 'I appreciate you being open with me.' },
          ],
        },
      ],
    ],
    signOff: 'Best,',
  },
} as const satisfies TemplateContent;
