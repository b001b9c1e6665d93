import type { Sentence, TemplateContent } from '../types';
import { BOOKED, INTERVIEWING, HAS_APPLIED, CANCEL_SUBJECT } from './shared';

/**
 * The negotiate message said the work itself appeals to them: what still
 * doesn't work is what they talked about (the salary, the work setup or both),
 * said firmly, never the role. {topics} has just named it, so it's "the
 * numbers" and "the setup" here rather than the same words again.
 */
const DECISION: Sentence = {
  variants: [
    {
      when: { stage: ['applied', 'interviewing'], noConcern: ['work-setup'] },
      text: "Unfortunately, the numbers still aren't where I need them to be, so I'd like to withdraw my application.",
    },
    {
      when: { stage: ['applied', 'interviewing'], noConcern: ['salary'] },
      text: "Unfortunately, the setup still won't work for me, so I'd like to withdraw my application.",
    },
    {
      when: HAS_APPLIED,
      text: "Unfortunately, the numbers and the setup still don't work for me, so I'd like to withdraw my application.",
    },
    {
      when: { noConcern: ['work-setup'] },
      text: "Unfortunately, the numbers still aren't where I need them to be, so I've decided not to move forward.",
    },
    {
      when: { noConcern: ['salary'] },
      text: "Unfortunately, the setup still won't work for me, so I've decided not to move forward.",
    },
    {
      text: "Unfortunately, the numbers and the setup still don't work for me, so I've decided not to move forward.",
    },
  ],
};

/** After the decision, a booked interview is canceled, by its time, with an apology. */
const CANCEL = {
  variants: [
    {
      when: BOOKED,
      text: "That means I'll need to cancel our interview scheduled for {interviewDate}, and I'm sorry to change our plans.",
    },
  ],
};

export const declineAfterTalks = {
  name: 'Say no after your talk',
  email: {
    subject: {
      variants: [
        CANCEL_SUBJECT,
        { when: HAS_APPLIED, text: 'Withdrawing my {jobTitle} application' },
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
        'Thank you for looking into {topics} for the {jobTitle} role, and for being upfront with me.',
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
