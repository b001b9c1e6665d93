import type { TemplateContent } from '../types';
import {
  BOOKED,
  REASON,
  OUTREACH,
  APPLIED,
  INTERVIEWING,
  HAS_APPLIED,
  HAS_APPLIED_REASON,
  BOOKED_AT_APPLIED,
  BOOKED_AT_OUTREACH,
  BOOKED_WHILE_INTERVIEWING,
  STAYING_ELSEWHERE,
  STAYING_ELSEWHERE_INTERVIEWING,
  STAYING_ELSEWHERE_REASON,
  OPEN_TO_TALK,
  REFERRED,
  DECLINE_SUBJECT,
} from './shared';

/*
 * The offer of someone for this role comes after the person's own interest
 * and the ask, on its own and marked "Separately", so "though" and "That said"
 * answer the no, not the offer, and "other openings" are plainly theirs.
 * "For this role": the lines before it are about other openings.
 */
const REFERRAL_EMAIL = {
  variants: [
    {
      when: REFERRED,
      text: "Separately, if it would help, I'm happy to put you in touch with {referral}, who I think would be a strong candidate for this role.",
    },
  ],
};
const REFERRAL_CALL = {
  variants: [
    {
      when: REFERRED,
      text: "Separately, if it would help, I'd be happy to put you in touch with {referral}, who I think would be a great candidate for this role.",
    },
  ],
};
const REFERRAL_MESSAGE = {
  variants: [
    {
      when: REFERRED,
      text: "Separately, if it helps, I'm happy to put you in touch with {referral}, who'd be a strong candidate for this role.",
    },
  ],
};

/** A decline cancels a booked interview first, by its time, with an apology. */
const CANCEL = {
  variants: [
    // Two wordings across the declines, so neither is in most of them.
    {
      when: BOOKED_WHILE_INTERVIEWING,
      text: "I'm sorry to change our plans, but I need to cancel our interview scheduled for {interviewDate}.",
    },
    {
      when: BOOKED,
      text: "I'm sorry for the change of plans, but I need to cancel our interview scheduled for {interviewDate}.",
    },
  ],
};

/** The no, said plainly: a lead-in such as "After some thought" only where no reason follows. */
const DECISION = {
  variants: [
    {
      when: HAS_APPLIED_REASON,
      text: "I've decided to withdraw my application because {reason}.",
    },
    {
      when: HAS_APPLIED,
      text: "I've realized this role isn't the right fit for me, so I'd like to withdraw my application.",
    },
    { when: REASON, text: "I've decided not to pursue it because {reason}." },
    { text: "After thinking it over, I've decided this role isn't the right fit for me." },
  ],
};

/**
 * Still keen on the employer: worded by how far along they are and whether
 * they gave a reason, so no one sentence turns up in most of these messages.
 * The company is named, not "there": the recruiter works there.
 */
const STILL_KEEN_EMAIL = {
  variants: [
    {
      when: STAYING_ELSEWHERE_INTERVIEWING,
      text: "That said, I've been impressed by what I've seen of {company}, and I'd be glad to be considered for future openings.",
    },
    {
      when: STAYING_ELSEWHERE_REASON,
      text: "That said, I have a lot of respect for {company}, and I'd be glad to hear about future openings.",
    },
    {
      when: STAYING_ELSEWHERE,
      text: "That said, I think highly of {company}, and I'd love to be considered for future openings.",
    },
    {
      when: INTERVIEWING,
      text: "That said, I'd very much like to work at {company}, and I'd be glad to hear about other openings that might be a better match.",
    },
    {
      when: REASON,
      text: "That said, I'm very interested in working at {company}, and I'd be glad to hear about other openings that might be a better match.",
    },
    {
      text: "That said, I'd love to work at {company}, and I'd be glad to hear about other openings that might be a better match.",
    },
  ],
} as const;

const STILL_KEEN_CALL = {
  variants: [
    {
      when: STAYING_ELSEWHERE_REASON,
      text: "I have a lot of respect for {company}, and I'd be glad to be considered for future openings.",
    },
    {
      when: STAYING_ELSEWHERE,
      text: "I think highly of {company}, and I'd love to be considered for future openings.",
    },
    { when: INTERVIEWING, text: "I'd still love to work at {company}." },
    // Not "still": at the first approach no interest was said before.
    { when: REASON, text: "I'd really like to work at {company}, though." },
    { text: "I'd still love to work at {company}." },
  ],
} as const;

const STILL_KEEN_MESSAGE = {
  variants: [
    // Booked: the shorter thanks leaves out the company, so it's named here.
    {
      when: {
        anyConcern: ['other-offer', 'happy-current-job'],
        stage: ['interviewing'],
        booked: true,
      },
      text: "I'd be glad to be considered for other openings at {company} down the line, though.",
    },
    {
      when: STAYING_ELSEWHERE_INTERVIEWING,
      text: "I'd be glad to be considered for future openings at {company}, though.",
    },
    {
      when: STAYING_ELSEWHERE_REASON,
      text: "I have a lot of respect for {company}, though, and I'd be glad to hear about future openings.",
    },
    {
      when: STAYING_ELSEWHERE,
      text: "I think highly of {company}, though, and I'd love to be considered for future openings.",
    },
    { when: INTERVIEWING, text: "I'd still love to work at {company}, though." },
    { when: BOOKED, text: "I'd still love to work at {company}, though." },
    { text: "I'd love to work at {company}, though." },
  ],
} as const;

export const keepDoorOpen = {
  name: 'Decline this role, ask about others',
  email: {
    subject: DECLINE_SUBJECT,
    greeting: 'Hi {theirName},',
    paragraphs: [
      [CANCEL],
      [
        {
          variants: [
            {
              when: OUTREACH,
              text: 'Thanks for reaching out about the {jobTitle} role at {company}.',
            },
            {
              when: BOOKED_AT_APPLIED,
              text: 'Thank you for considering me for the {jobTitle} role at {company}.',
            },
            {
              when: APPLIED,
              text: 'Thank you for the invitation to interview for the {jobTitle} role at {company}.',
            },
            // When the work itself is what puts them off, the praise goes to the people.
            {
              when: { stage: ['interviewing'], anyConcern: ['uninteresting', 'vague-scope'] },
              text: "Thank you for your time throughout the interview process for the {jobTitle} role at {company}. I've enjoyed getting to know you and the team.",
            },
            {
              text: "Thank you for your time throughout the interview process for the {jobTitle} role at {company}. I've enjoyed getting to know you and learning more about the team's work.",
            },
          ],
        },
        DECISION,
      ],
      [
        STILL_KEEN_EMAIL,
        {
          variants: [
            {
              when: OPEN_TO_TALK,
              text: 'Would you have time to talk about them in the next week or so?',
            },
          ],
        },
      ],
      [REFERRAL_EMAIL],
      [
        {
          variants: [
            {
              when: BOOKED,
              text: 'Thank you for understanding, and I look forward to staying in touch.',
            },
            { when: STAYING_ELSEWHERE, text: 'Thank you, and I hope our paths cross again.' },
            { text: 'Thanks again, and I look forward to hearing from you.' },
          ],
        },
      ],
    ],
    signOff: 'Best regards,',
  },
  call: {
    points: [
      [CANCEL],
      [
        {
          variants: [
            {
              when: INTERVIEWING,
              text: "Thank you for your time throughout the interview process for the {jobTitle} role. I've enjoyed our conversations.",
            },
            { when: OUTREACH, text: 'Thanks for thinking of me for the {jobTitle} role.' },
            { text: 'Thank you for considering me for the {jobTitle} role.' },
          ],
        },
      ],
      [DECISION],
      [STILL_KEEN_CALL],
      [
        {
          variants: [
            {
              when: OPEN_TO_TALK,
              text: 'Do you have a few minutes now to talk about other openings that might be a better match, or could we find a time in the next week or so?',
            },
          ],
        },
      ],
      [REFERRAL_CALL],
      [
        {
          variants: [
            { when: BOOKED, text: 'Thanks for understanding.' },
            { when: OPEN_TO_TALK, text: 'Thanks, I appreciate it.' },
            // The thanks at the start was for their time already.
            { when: INTERVIEWING, text: 'All the best to you and the team.' },
            { text: 'Thanks again for your time.' },
          ],
        },
      ],
    ],
  },
  message: {
    greeting: 'Hi {theirName},',
    paragraphs: [
      [
        CANCEL,
        {
          // With a booked interview to cancel as well, the thanks is shorter.
          variants: [
            {
              when: BOOKED_WHILE_INTERVIEWING,
              text: 'Thanks for your time during the interviews for the {jobTitle} role.',
            },
            {
              when: INTERVIEWING,
              text: 'Thanks for your time during the interviews for the {jobTitle} role at {company}.',
            },
            {
              when: BOOKED_AT_OUTREACH,
              text: 'Thanks for thinking of me for the {jobTitle} role.',
            },
            { when: BOOKED, text: 'Thank you for considering me for the {jobTitle} role.' },
            {
              when: OUTREACH,
              text: 'Thanks for thinking of me for the {jobTitle} role at {company}.',
            },
            { text: 'Thank you for considering me for the {jobTitle} role at {company}.' },
          ],
        },
        DECISION,
        STILL_KEEN_MESSAGE,
        {
          variants: [
            {
              when: OPEN_TO_TALK,
              text: 'Could we find a time in the next week or so to talk about other openings?',
            },
          ],
        },
      ],
      [REFERRAL_MESSAGE],
    ],
    signOff: 'Best,',
  },
} as const satisfies TemplateContent;
