import type { TemplateContent } from '../types';
import { BOOKED, INTERVIEWING } from './shared';

const GOING_AHEAD = {
  variants: [
    {
      when: BOOKED,
      text: "What you've described works for me, so I'm glad to confirm our interview scheduled for {interviewDate}.",
    },
    {
      when: INTERVIEWING,
      text: "What you've described works for me, so I'd be glad to go ahead with the next round.",
    },
    {
      text: "What you've described works for me, so I'd be glad to go ahead with an interview.",
    },
  ],
};

export const acceptAfterTalks = {
  name: 'Go ahead after your talk',
  email: {
    subject: {
      variants: [
        { when: BOOKED, text: 'Confirming our interview for {interviewDate}' },
        { when: INTERVIEWING, text: 'Going ahead with the next round' },
        { text: 'Going ahead with the {jobTitle} interview' },
      ],
    },
    greeting: 'Hi {theirName},',
    paragraphs: [
      [
        'Thank you for looking into {topics} for the {jobTitle} role at {company}, and for getting back to me.',
        GOING_AHEAD,
      ],
      [
        {
          variants: [
            { when: BOOKED, text: "Please let me know if there's anything I should prepare." },
            {
              text: "Could you send me a few times that work for you, and let me know if there's anything I should prepare?",
            },
          ],
        },
      ],
      [
        {
          variants: [
            // GOING_AHEAD named the interview or round: not again here.
            { when: BOOKED, text: 'Thanks again, and I look forward to it.' },
            { when: INTERVIEWING, text: 'Thanks again for checking.' },
            { text: 'Thanks again, and I look forward to hearing from you.' },
          ],
        },
      ],
    ],
    signOff: 'Best regards,',
  },
  call: {
    points: [
      ['Thank you for looking into {topics} for the {jobTitle} role, and for getting back to me.'],
      [GOING_AHEAD],
      [
        {
          variants: [
            { when: BOOKED, text: 'Is there anything I should prepare?' },
            { text: 'Which dates and times work for you?' },
          ],
        },
      ],
      [
        {
          variants: [
            // The first point thanked them for looking into it: not again here.
            { when: BOOKED, text: "Thanks again for checking, and I'll talk to you then." },
            { when: INTERVIEWING, text: 'Thanks, and I look forward to it.' },
            { text: 'I look forward to it.' },
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
        GOING_AHEAD,
        {
          variants: [
            { when: BOOKED, text: 'Is there anything I should prepare?' },
            { text: 'Could you send me a few times that work?' },
          ],
        },
      ],
    ],
    signOff: 'Thanks,',
  },
} as const satisfies TemplateContent;
