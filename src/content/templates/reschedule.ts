import type { TemplateContent } from '../types';
import { ALT_TIMES } from './shared';

/*
 * The booked time is written as the person typed it ("Thursday at 2pm", "next
 * week", "Dec 10, 2:00 PM"), so it only ever follows "set for". No sentence
 * says why the time doesn't work: the brief rules out an invented excuse.
 */
export const reschedule = {
  name: 'Ask to move the interview',
  email: {
    subject: 'Rescheduling our interview set for {interviewDate}',
    greeting: 'Hi {theirName},',
    paragraphs: [
      [
        'Thank you again for the chance to interview for the {jobTitle} role at {company}.',
        "I'm sorry to ask, but could we move the interview we set for {interviewDate}? That time no longer works for me.",
      ],
      [
        {
          variants: [
            {
              when: ALT_TIMES,
              text: "I'm available {altTimes}. If those don't work, I'm happy to fit around your schedule.",
            },
            { text: 'Could you send me a few other times that would work for you?' },
          ],
        },
      ],
      ["I'm still very interested in the role, and I appreciate your flexibility."],
    ],
    signOff: 'Best regards,',
  },
  call: {
    points: [
      ["I'm calling about our {jobTitle} interview, set for {interviewDate}."],
      ["I'm sorry, but that time no longer works for me. Could we move it?"],
      [
        {
          variants: [
            {
              when: ALT_TIMES,
              text: "I'm available {altTimes}. If those don't work, I'm happy to fit around your schedule.",
            },
            { text: 'Which other times would work for you?' },
          ],
        },
      ],
      ["I'm still very interested in the role, and I'd appreciate any flexibility."],
    ],
  },
  message: {
    greeting: 'Hi {theirName},',
    paragraphs: [
      [
        "I'm sorry to ask, but could we move our {jobTitle} interview scheduled for {interviewDate}? That time no longer works for me.",
        {
          variants: [
            { when: ALT_TIMES, text: "I'm available {altTimes}." },
            { text: 'Which other times would work for you?' },
          ],
        },
        "I'm still very interested in the role. Thanks for understanding.",
      ],
    ],
    signOff: 'Best,',
  },
} as const satisfies TemplateContent;
