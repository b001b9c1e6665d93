import type { TemplateContent } from '../types';
import { BOOKED, OUTREACH, APPLIED, INTERVIEWING, NEED, BOOKED_WHILE_INTERVIEWING } from './shared';

export const negotiate = {
  name: 'Ask about what could change',
  email: {
    subject: {
      variants: [
        { when: BOOKED, text: 'A question before our interview on {interviewDate}' },
        { text: 'A question about the {jobTitle} role' },
      ],
    },
    greeting: 'Hi {theirName},',
    paragraphs: [
      [
        {
          variants: [
            {
              when: OUTREACH,
              text: 'Thanks for reaching out about the {jobTitle} role at {company}.',
            },
            {
              when: APPLIED,
              text: 'Thank you for the invitation to interview for the {jobTitle} role at {company}.',
            },
            {
              text: "Thank you for your time so far in the process for the {jobTitle} role at {company}. I've enjoyed our conversations.",
            },
          ],
        },
        {
          variants: [
            {
              when: BOOKED_WHILE_INTERVIEWING,
              text: "I'm still interested, and before our interview on {interviewDate} I'd like to ask about {topics}. Otherwise, the role looks like a good fit for me.",
            },
            {
              when: BOOKED,
              text: "I'm interested, and before our interview on {interviewDate} I'd like to ask about {topics}. Otherwise, the role looks like a good fit for me.",
            },
            {
              when: INTERVIEWING,
              text: "I'm still interested, and before we schedule the next round I'd like to ask about {topics}. Otherwise, the role looks like a good fit for me.",
            },
            {
              when: APPLIED,
              text: "I'm interested, and before we schedule the interview I'd like to ask about {topics}. Otherwise, the role looks like a good fit for me.",
            },
            {
              text: "I'm interested, and before we schedule an interview I'd like to ask about {topics}. Otherwise, the role looks like a good fit for me.",
            },
          ],
        },
      ],
      [
        { variants: [{ when: NEED, text: "To make it work, I'd need {need}." }] },
        "I'd rather ask now than take up your time if we can't find common ground.",
      ],
      [
        "Is there any flexibility? I'm glad to talk it through by phone or email, whichever is easier for you.",
      ],
      ['Thanks, and I look forward to hearing from you.'],
    ],
    signOff: 'Best regards,',
  },
  call: {
    points: [
      [
        {
          variants: [
            {
              when: OUTREACH,
              text: "Thanks for reaching out about the {jobTitle} role. I'm interested.",
            },
            {
              when: APPLIED,
              text: "Thanks for the invitation to interview for the {jobTitle} role. I'm interested.",
            },
            {
              text: "Thanks for your time so far in the process for the {jobTitle} role. I'm still interested.",
            },
          ],
        },
      ],
      [
        {
          variants: [
            {
              when: BOOKED,
              text: "Before our interview on {interviewDate}, I'd like to ask about {topics}.",
            },
            {
              when: INTERVIEWING,
              text: "Before we schedule the next round, I'd like to ask about {topics}.",
            },
            {
              when: APPLIED,
              text: "Before we schedule the interview, I'd like to ask about {topics}.",
            },
            { text: "Before we schedule an interview, I'd like to ask about {topics}." },
          ],
        },
        'Otherwise, the role looks like a good fit for me.',
      ],
      [{ variants: [{ when: NEED, text: "To make it work, I'd need {need}." }] }],
      ['Is there any flexibility?'],
      ["If we can find common ground, I'd be glad to go ahead."],
    ],
  },
  message: {
    greeting: 'Hi {theirName},',
    paragraphs: [
      [
        {
          variants: [
            {
              when: OUTREACH,
              text: 'Thanks for reaching out about the {jobTitle} role at {company}.',
            },
            {
              when: APPLIED,
              text: 'Thanks for the invitation to interview for the {jobTitle} role at {company}.',
            },
            {
              text: 'Thanks for your time so far in the process for the {jobTitle} role at {company}.',
            },
          ],
        },
        {
          variants: [
            {
              when: BOOKED_WHILE_INTERVIEWING,
              text: "I'm still interested, and before our interview on {interviewDate} I'd like to ask about {topics}. Otherwise, the role looks like a good fit for me.",
            },
            {
              when: BOOKED,
              text: "I'm interested, and before our interview on {interviewDate} I'd like to ask about {topics}. Otherwise, the role looks like a good fit for me.",
            },
            {
              when: INTERVIEWING,
              text: "I'm still interested, and before we schedule the next round I'd like to ask about {topics}. Otherwise, the role looks like a good fit for me.",
            },
            {
              when: APPLIED,
              text: "I'm interested, and before we schedule the interview I'd like to ask about {topics}. Otherwise, the role looks like a good fit for me.",
            },
            {
              text: "I'm interested, and before we schedule an interview I'd like to ask about {topics}. Otherwise, the role looks like a good fit for me.",
            },
          ],
        },
        { variants: [{ when: NEED, text: "To make it work, I'd need {need}." }] },
        'Is there any flexibility?',
      ],
    ],
    signOff: 'Thanks,',
  },
} as const satisfies TemplateContent;
