import type { TemplateContent } from '../types';
import {
  BOOKED,
  OUTREACH,
  APPLIED,
  INTERVIEWING,
  NEED,
  BOOKED_WITH_NEED,
  ONLY_SALARY,
  ONLY_WORK_SETUP,
} from './shared';

/** What they'd like to ask about, before any (further) interview. */
const ASK = {
  variants: [
    {
      when: BOOKED,
      text: 'Before our interview scheduled for {interviewDate}, I wanted to ask about {topics}.',
    },
    {
      when: INTERVIEWING,
      text: 'Before we schedule the next round, I wanted to ask about {topics}.',
    },
    { when: APPLIED, text: 'Before we schedule the interview, I wanted to ask about {topics}.' },
    { text: 'Before we schedule an interview, I wanted to ask about {topics}.' },
  ],
};

/** What is wrong with it, said even when the person leaves what they'd need empty. */
const WHAT_IS_WRONG = {
  variants: [
    { when: ONLY_SALARY, text: "From what I've seen, it looks a bit below what I'm looking for." },
    {
      when: ONLY_WORK_SETUP,
      text: "As I understand it, the current arrangement wouldn't quite work for me.",
    },
    { text: "From what I've seen, they aren't quite where I'd need them to be." },
  ],
};

const WHAT_THEY_NEED = { variants: [{ when: NEED, text: "For context, I'm hoping for {need}." }] };

/** Asks about flexibility on what was named: pay, the setup, or both. */
const FLEXIBILITY = {
  variants: [
    { when: ONLY_SALARY, text: 'Is there any room in the budget?' },
    { when: ONLY_WORK_SETUP, text: 'Is there any flexibility on how and when the work is done?' },
    { text: 'Is there any flexibility there?' },
  ],
};

export const negotiate = {
  name: 'Ask about what could change',
  email: {
    subject: {
      variants: [
        { when: BOOKED, text: 'A quick question before our interview for {interviewDate}' },
        { text: 'A quick question about the {jobTitle} role' },
      ],
    },
    greeting: 'Hi {theirName},',
    paragraphs: [
      [
        {
          variants: [
            {
              when: OUTREACH,
              text: "Thanks for reaching out about the {jobTitle} role at {company}. The work itself appeals to me, and I'd like to take the next step.",
            },
            {
              when: APPLIED,
              text: "Thank you for the invitation to interview for the {jobTitle} role at {company}. The work itself appeals to me, and I'm looking forward to the next step.",
            },
            {
              text: "I've enjoyed our conversations about the {jobTitle} role at {company} so far, and the work itself appeals to me.",
            },
          ],
        },
      ],
      [
        ASK,
        WHAT_IS_WRONG,
        WHAT_THEY_NEED,
        'I thought it best to ask early, before either of us puts more time in.',
      ],
      [FLEXIBILITY, "I'm glad to talk it through by phone or email, whichever is easier for you."],
      [
        {
          variants: [
            {
              when: BOOKED_WITH_NEED,
              text: "Thanks, and I look forward to hearing what's possible before we meet.",
            },
            {
              when: BOOKED,
              text: 'Thanks so much, and I look forward to hearing from you before we meet.',
            },
            { when: NEED, text: "Thanks, and I look forward to hearing what's possible." },
            { text: 'Thanks, and I look forward to hearing from you.' },
          ],
        },
      ],
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
              text: 'Thanks for reaching out about the {jobTitle} role. The work itself appeals to me.',
            },
            {
              when: APPLIED,
              text: 'Thanks for the invitation to interview for the {jobTitle} role. The work itself appeals to me.',
            },
            {
              text: "I've enjoyed our conversations about the {jobTitle} role so far, and the work itself appeals to me.",
            },
          ],
        },
      ],
      [ASK, WHAT_IS_WRONG],
      [WHAT_THEY_NEED],
      [FLEXIBILITY],
      [
        {
          variants: [
            { when: BOOKED, text: 'Either way, thanks for looking into it before we meet.' },
            {
              when: NEED,
              text: "Thanks for looking into it. I'm glad to talk through the details.",
            },
            { text: 'Either way, thanks for looking into it.' },
          ],
        },
      ],
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
              text: "I've enjoyed our conversations about the {jobTitle} role at {company} so far.",
            },
          ],
        },
        ASK,
        WHAT_IS_WRONG,
        WHAT_THEY_NEED,
        FLEXIBILITY,
      ],
    ],
    signOff: 'Thanks,',
  },
} as const satisfies TemplateContent;
