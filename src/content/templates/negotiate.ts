import type { TemplateContent } from '../types';
import { BOOKED, OUTREACH, APPLIED, INTERVIEWING, NEED, BOOKED_WITH_NEED } from './shared';

/**
 * What they'd like to ask about, before any (further) interview: whether
 * there's flexibility on what puts them off, named once ({topics}).
 */
const ASK = {
  variants: [
    {
      when: BOOKED,
      text: "Before our interview scheduled for {interviewDate}, I wanted to ask whether there's any flexibility on {topics}.",
    },
    {
      when: INTERVIEWING,
      text: "Before we schedule the next round, I wanted to ask whether there's any flexibility on {topics}.",
    },
    {
      when: APPLIED,
      text: "Before we schedule the interview, I wanted to ask whether there's any flexibility on {topics}.",
    },
    {
      text: "Before we schedule an interview, I wanted to ask whether there's any flexibility on {topics}.",
    },
  ],
};

/** What is wrong with it, said even when the person leaves what they'd need empty. */
const WHAT_IS_WRONG = "As things stand, that's where it falls a little short for me.";

const WHAT_THEY_NEED = { variants: [{ when: NEED, text: "For context, I'm hoping for {need}." }] };

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
      ["I'm glad to talk it through by phone or email, whichever is easier for you."],
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
        {
          variants: [
            { when: BOOKED_WITH_NEED, text: "I'd love to hear what's possible before we meet." },
            { when: BOOKED, text: "I'd appreciate hearing from you before we meet." },
            { when: NEED, text: "I'd love to hear what's possible." },
            { text: "I'm happy to talk it through." },
          ],
        },
      ],
    ],
    signOff: 'Thanks,',
  },
} as const satisfies TemplateContent;
