import type { TemplateContent } from '../types';
import { BOOKED, INTERVIEWING } from './shared';

export const acceptAfterTalks = {
  name: 'Go ahead after your talk',
  email: {
    subject: {
      variants: [
        { when: BOOKED, text: 'Confirming our interview on {interviewDate}' },
        { when: INTERVIEWING, text: 'Going ahead with the next round for the {jobTitle} role' },
        { text: 'Going ahead with an interview for the {jobTitle} role' },
      ],
    },
    greeting: 'Hi {theirName},',
    paragraphs: [
      [
        'Thank you for looking into {topics} for the {jobTitle} role at {company}, and for getting back to me.',
        {
          variants: [
            {
              when: BOOKED,
              text: "What you've described works for me, so I'm glad to confirm our interview on {interviewDate}.",
            },
            {
              when: INTERVIEWING,
              text: "What you've described works for me, so I'd be glad to go ahead with the next round.",
            },
            {
              text: "What you've described works for me, so I'd be glad to go ahead with an interview.",
            },
          ],
        },
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
      ['Thanks again, and I look forward to it.'],
    ],
    signOff: 'Best regards,',
  },
  call: {
    points: [
      ['Thank you for looking into {topics} for the {jobTitle} role, and for getting back to me.'],
      [
        {
          variants: [
            {
              when: BOOKED,
              text: "What you've described works for me, so I'm glad to confirm our interview on {interviewDate}.",
            },
            {
              when: INTERVIEWING,
              text: "What you've described works for me, so I'd be glad to go ahead with the next round.",
            },
            {
              text: "What you've described works for me, so I'd be glad to go ahead with an interview.",
            },
          ],
        },
      ],
      [
        {
          variants: [
            { when: BOOKED, text: 'Is there anything I should prepare?' },
            { text: 'Which dates and times work for you?' },
          ],
        },
      ],
      ['Thanks, I look forward to it.'],
    ],
  },
  message: {
    greeting: 'Hi {theirName},',
    paragraphs: [
      [
        'Thanks for looking into {topics} for the {jobTitle} role at {company}.',
        {
          variants: [
            {
              when: BOOKED,
              text: "What you've described works for me, so I'm glad to confirm our interview on {interviewDate}.",
            },
            {
              when: INTERVIEWING,
              text: "What you've described works for me, so I'd be glad to go ahead with the next round. Which times work for you?",
            },
            {
              text: "What you've described works for me, so I'd be glad to go ahead with an interview. Which times work for you?",
            },
          ],
        },
      ],
    ],
    signOff: 'Thanks,',
  },
} as const satisfies TemplateContent;
