import type { TemplateContent } from '../types';
import { BOOKED } from './shared';

export const declineBrief = {
  name: 'A short, safe reply',
  email: {
    subject: {
      variants: [
        {
          when: BOOKED,
          text: 'Canceling the interview for {interviewDate} and declining this opportunity',
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
              text: "Thank you for your message. I need to cancel the interview set for {interviewDate}, and I'm sorry for the change of plans. I'm not interested in this opportunity.",
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
      // The person may be the one calling: no thanks for getting in touch.
      ["I'm getting back to you about your message."],
      [
        {
          variants: [
            {
              when: BOOKED,
              text: "I need to cancel the interview set for {interviewDate}. I'm sorry for the change of plans.",
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
              text: "Thanks for your message. I need to cancel the interview set for {interviewDate}, and I'm sorry for the change of plans. I'm not interested in this opportunity.",
            },
            { text: "Thanks for your message, but I'm not interested in this opportunity." },
          ],
        },
      ],
    ],
    signOff: 'Regards,',
  },
} as const satisfies TemplateContent;
