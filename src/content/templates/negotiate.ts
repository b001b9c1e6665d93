import type { Sentence, TemplateContent } from '../types';
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

/**
 * What is wrong with it, said even when the person leaves what they'd need
 * empty: one topic or two ({topics} already named them, so not again), worded
 * by how far along they are.
 */
const WHAT_IS_WRONG: Sentence = {
  variants: [
    {
      when: { noConcern: ['work-setup'], stage: ['interviewing'] },
      text: "So far, it's the one thing giving me pause.",
    },
    {
      when: { noConcern: ['work-setup'] },
      text: "Right now, that's the one piece that doesn't quite work for me.",
    },
    {
      when: { noConcern: ['salary'], stage: ['interviewing'] },
      text: "It's the only thing holding me back.",
    },
    {
      when: { noConcern: ['salary'] },
      text: "As things stand, that's the one thing holding me back.",
    },
    {
      when: INTERVIEWING,
      text: "So far, they're the only things giving me pause.",
    },
    { text: "Right now, those are the two pieces that don't quite work for me." },
  ],
};

/**
 * What they'd need, as typed: a pay figure or a working pattern, so the
 * sentence around it fits either ("$95,000", "two days a week at home").
 */
const WHAT_THEY_NEED: Sentence = {
  variants: [
    { when: { filled: ['need'], stage: ['applied'] }, text: 'What I have in mind is {need}.' },
    { when: { filled: ['need'], stage: ['outreach'] }, text: "Ideally, I'd be looking at {need}." },
    { when: NEED, text: 'For context, what would work for me is {need}.' },
  ],
};

/** Why ask now: up front before anything is booked, or before an offer after rounds. */
const WHY_NOW = {
  variants: [
    { when: INTERVIEWING, text: "I'd rather raise this now than at the offer stage." },
    {
      text: "I'd rather raise this up front so we're on the same page before going further.",
    },
  ],
};

export const negotiate = {
  name: 'Ask about what could change',
  email: {
    subject: {
      variants: [
        { when: BOOKED, text: 'Quick question before our interview for {interviewDate}' },
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
              text: "Thank you for the invitation to interview for the {jobTitle} role at {company}. The work itself appeals to me, and I'd like to keep moving forward.",
            },
            {
              text: "I've enjoyed our conversations about the {jobTitle} role at {company}, and the work itself appeals to me.",
            },
          ],
        },
      ],
      [ASK, WHAT_IS_WRONG, WHAT_THEY_NEED, WHY_NOW],
      [
        {
          variants: [
            {
              when: NEED,
              text: "I'm happy to go over the details by phone or email, whichever is easier for you.",
            },
            { text: "I'm glad to talk it through by phone or email, whichever is easier for you." },
          ],
        },
      ],
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
              text: "I've enjoyed our conversations about the {jobTitle} role, and the work itself appeals to me.",
            },
          ],
        },
      ],
      [ASK, WHAT_IS_WRONG],
      [WHAT_THEY_NEED],
      [
        {
          variants: [
            { when: BOOKED, text: 'Thanks for looking into it before we meet.' },
            {
              when: NEED,
              text: "Thanks for looking into it. I'm glad to talk through the details.",
            },
            { text: 'Thanks for looking into it.' },
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
              text: "I've enjoyed our conversations about the {jobTitle} role at {company}.",
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
