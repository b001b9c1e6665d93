import type { TemplateContent } from '../types';
import { BOOKED } from './shared';

export const declineBrief = {
  name: 'A short, safe reply',
  email: {
    subject: {
      variants: [
        {
          when: BOOKED,
          text: 'Canceling the interview on {interviewDate} and declining this opportunity',
        },
        { text: 'Declining this opportunity' },
      ],
    },
    greeting: 'Hello,',
    paragraphs: [
      [
        {
          variants: [
            {
              when: BOOKED,
              text: "Thank you for your message. I need to cancel the interview on {interviewDate}, and I'm sorry for the change of plans. I'm not interested in this opportunity.",
            },
            { text: "Thank you for your message, but I'm not interested in this opportunity." },
          ],
        },
      ],
    ],
    signOff: 'Regards,',
  },
  call: {
    points: [
      ['Thanks for getting in touch.'],
      [
        {
          variants: [
            {
              when: BOOKED,
              text: 'I need to cancel the interview on {interviewDate}. Sorry for the change of plans.',
            },
          ],
        },
      ],
      ["I'm not interested in this opportunity."],
    ],
  },
  message: {
    greeting: 'Hello,',
    paragraphs: [
      [
        {
          variants: [
            {
              when: BOOKED,
              text: "Thanks for your message. I need to cancel the interview on {interviewDate}, and I'm sorry for the change of plans. I'm not interested in this opportunity.",
            },
            { text: "Thanks for your message, but I'm not interested in this opportunity." },
          ],
        },
      ],
    ],
    signOff: 'Regards,',
  },
} as const satisfies TemplateContent;
