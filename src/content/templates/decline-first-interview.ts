import type { TemplateContent } from '../types';
import {
  BOOKED,
  REASON,
  DECLINE_SUBJECT,
  REFERRAL_EMAIL,
  REFERRAL_CALL,
  REFERRAL_MESSAGE,
} from './shared';

/** A decline cancels a booked interview first, by its time, with an apology. */
const CANCEL = {
  variants: [
    {
      when: BOOKED,
      text: "I'm sorry to change our plans, but I need to cancel our interview scheduled for {interviewDate}.",
    },
  ],
};

const DECISION = {
  variants: [
    {
      when: REASON,
      text: "I've decided to withdraw my application because {reason}.",
    },
    { text: "After thinking it over, I've decided to withdraw my application." },
  ],
};

export const declineFirstInterview = {
  name: 'Decline a first interview',
  email: {
    subject: DECLINE_SUBJECT,
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
        DECISION,
      ],
      [REFERRAL_EMAIL],
      [
        {
          variants: [
            {
              when: BOOKED,
              text: 'I appreciate your understanding, and I wish you the best with the search.',
            },
            {
              when: REASON,
              text: 'Thank you again for your time, and best of luck with your search.',
            },
            { text: 'Thanks again for your time and consideration.' },
          ],
        },
      ],
    ],
    // As in the reply that may follow it (hold-decline), so the thread signs off alike.
    signOff: 'Best regards,',
  },
  call: {
    points: [
      [CANCEL],
      ['Thank you for considering me for the {jobTitle} role.'],
      [DECISION],
      [REFERRAL_CALL],
      [
        {
          variants: [
            { when: BOOKED, text: 'I appreciate your understanding.' },
            { when: REASON, text: 'Thanks again for your time, and good luck with the search.' },
            { text: 'Thank you again for your time.' },
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
        REFERRAL_MESSAGE,
        {
          variants: [
            { when: BOOKED, text: 'I appreciate your understanding.' },
            { when: REASON, text: 'I wish you the best with the search.' },
            { text: 'Thanks again for your time.' },
          ],
        },
      ],
    ],
    // Not "Thanks,": the message has thanked them already.
    signOff: 'Best,',
  },
} as const satisfies TemplateContent;
