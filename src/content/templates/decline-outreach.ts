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
      text: "I'm sorry for the change of plans, but I need to cancel our interview scheduled for {interviewDate}.",
    },
  ],
};

const DECISION = {
  variants: [
    { when: REASON, text: "I've decided not to pursue it because {reason}." },
    { text: "After thinking it over, I've decided not to pursue it." },
  ],
};

export const declineOutreach = {
  name: 'Decline an approach',
  email: {
    subject: DECLINE_SUBJECT,
    greeting: 'Hi {theirName},',
    paragraphs: [
      [CANCEL],
      ['Thanks for reaching out about the {jobTitle} role at {company}.', DECISION],
      [REFERRAL_EMAIL],
      [
        {
          variants: [
            {
              when: BOOKED,
              text: 'I appreciate your understanding, and best of luck with your search.',
            },
            { when: REASON, text: 'I hope you find the right person soon.' },
            { text: 'Thanks again, and good luck with the search.' },
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
      ['Thanks for thinking of me for the {jobTitle} role.'],
      [DECISION],
      [REFERRAL_CALL],
      [
        {
          variants: [
            {
              when: BOOKED,
              text: 'I appreciate your understanding, and good luck with the search.',
            },
            { when: REASON, text: 'I hope you find the right person soon.' },
            { text: 'Thanks again, and best of luck with the search.' },
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
        'Thanks for thinking of me for the {jobTitle} role at {company}.',
        DECISION,
        REFERRAL_MESSAGE,
        {
          variants: [
            { when: BOOKED, text: 'I appreciate your understanding.' },
            { when: REASON, text: 'Best of luck finding the right person.' },
            { text: 'Good luck with the search.' },
          ],
        },
      ],
    ],
    // Not "Thanks,": the message has thanked them already.
    signOff: 'Best,',
  },
} as const satisfies TemplateContent;
