import type { TemplateContent } from '../types';
import { BOOKED } from './shared';

/**
 * The approach may not be genuine: the no comes first, and a booked interview
 * is canceled without an apology or anything else that keeps a conversation going.
 */
export const declineBrief = {
  name: 'A short, safe reply',
  email: {
    subject: {
      variants: [
        { when: BOOKED, text: 'Canceling the interview for {interviewDate}' },
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
              text: "Thank you for your message. I'm not interested in this opportunity, so please cancel the interview set for {interviewDate}.",
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
      ["I'm calling about your message regarding the role."],
      ["I'm not interested in this opportunity."],
      [
        {
          variants: [
            { when: BOOKED, text: 'Please cancel the interview set for {interviewDate}.' },
          ],
        },
      ],
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
              text: "Thanks for your message. I'm not interested in this opportunity, so please cancel the interview set for {interviewDate}.",
            },
            { text: "Thanks for your message, but I'm not interested in this opportunity." },
          ],
        },
      ],
    ],
    signOff: 'Regards,',
  },
} as const satisfies TemplateContent;
