import type { TemplateContent } from '../types';
import {
  BOOKED,
  REASON,
  DECLINE_SUBJECT,
  REFERRAL_EMAIL,
  REFERRAL_CALL,
  REFERRAL_MESSAGE,
} from './shared';

const NOT_BOOKED = { booked: false };

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
    {
      text: "After thinking it over, I've decided this isn't the right move for me, so I'd like to withdraw my application.",
    },
  ],
};

export const withdraw = {
  name: 'Withdraw after an interview',
  email: {
    subject: DECLINE_SUBJECT,
    greeting: 'Hi {theirName},',
    paragraphs: [
      [CANCEL],
      [
        {
          variants: [
            // When the work itself (or its aim, or how unclear it is) puts them off, the praise goes to the people.
            {
              when: { anyConcern: ['uninteresting', 'mission', 'vague-scope'] },
              text: "Thank you for your time throughout the interview process for the {jobTitle} role at {company}. I've enjoyed getting to know you and the team.",
            },
            {
              text: "Thank you for your time throughout the interview process for the {jobTitle} role. I've enjoyed getting to know you and learning about the work at {company}.",
            },
          ],
        },
      ],
      [DECISION],
      [REFERRAL_EMAIL],
      [
        {
          variants: [
            {
              when: BOOKED,
              text: 'Thank you for understanding, and I wish you and the team all the best.',
            },
            {
              when: REASON,
              text: "I appreciate everything you've shared along the way, and I wish you all the best in finding the right person.",
            },
            { text: 'Thanks again for your consideration, and best of luck with the search.' },
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
        'Thank you for your time throughout the interview process for the {jobTitle} role.',
        "I've enjoyed getting to know you and the team.",
      ],
      [DECISION],
      [REFERRAL_CALL],
      [
        {
          variants: [
            {
              when: BOOKED,
              text: 'Thanks for understanding, and all the best to you and the team.',
            },
            { when: REASON, text: "Thanks again for everything you've shared along the way." },
            { text: 'Thanks again, and good luck with the search.' },
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
        'Thank you for your time during the interview process for the {jobTitle} role at {company}.',
        // A booked interview's message is already long: no more than the thanks.
        { variants: [{ when: NOT_BOOKED, text: "I've enjoyed our conversations." }] },
        DECISION,
        REFERRAL_MESSAGE,
        {
          variants: [
            {
              when: BOOKED,
              text: 'Thanks for understanding, and all the best to you and the team.',
            },
            { when: REASON, text: 'I wish you all the best with the search.' },
            { text: 'Thanks again for your time and consideration.' },
          ],
        },
      ],
    ],
    signOff: 'Best,',
  },
} as const satisfies TemplateContent;
