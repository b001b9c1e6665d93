import type { Condition, Sentence, TemplatesContent } from './types';

/*
 * Conditions the messages use. A sentence that depends on the answers says so
 * here, in the content, never in a component.
 */
const BOOKED: Condition = { booked: true };
const REASON: Condition = { reason: true };
const OUTREACH: Condition = { stage: ['outreach'] };
const APPLIED: Condition = { stage: ['applied'] };
const INTERVIEWING: Condition = { stage: ['interviewing'] };
const HAS_APPLIED: Condition = { stage: ['applied', 'interviewing'] };
const NEED: Condition = { filled: ['need'] };
/* Written out, not spread from HAS_APPLIED: a spread keeps this module in the first view's bundle. */
const HAS_APPLIED_REASON: Condition = { stage: ['applied', 'interviewing'], reason: true };

/** A decline cancels a booked interview first, by name and time, with an apology. */
const CANCEL: Sentence = {
  variants: [
    {
      when: BOOKED,
      text: "I'm sorry for the change of plan, but I need to cancel our interview on {interviewDate}.",
    },
  ],
};

/** The subject of a decline when an interview is booked: it says so before anything else. */
const CANCEL_SUBJECT = { when: BOOKED, text: 'Canceling our interview on {interviewDate}' };

/**
 * The messages the person sends, keyed by template id. Each comes as an email,
 * talking points for a call and a short written message. A sentence is fixed
 * text, or variants keyed by the answers and the draft (see `Condition`).
 */
export const templates = {
  'accept-interview': {
    name: 'Accept the interview',
    email: {
      subject: {
        variants: [
          { when: BOOKED, text: 'Confirming our interview on {interviewDate}' },
          { when: INTERVIEWING, text: 'Next round for the {jobTitle} role' },
          { text: 'Interview for the {jobTitle} role' },
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
                text: 'Thank you for inviting me to the next round for the {jobTitle} role at {company}.',
              },
            ],
          },
          {
            variants: [
              { when: BOOKED, text: "I'm glad to confirm our interview on {interviewDate}." },
              {
                when: INTERVIEWING,
                text: "I've enjoyed our conversations so far, and I'd be glad to keep going.",
              },
              { when: OUTREACH, text: "I'd be glad to set up an interview." },
              { text: "I'd be glad to accept." },
            ],
          },
        ],
        [
          {
            variants: [
              {
                when: BOOKED,
                text: "Could you let me know who I'll be speaking with, and whether there's anything I should prepare?",
              },
              {
                text: 'Could you send me a few times that work for you, and let me know the format and anything I should prepare?',
              },
            ],
          },
        ],
        ['I look forward to talking with you.'],
      ],
      signOff: 'Best regards,',
    },
    call: {
      points: [
        [
          {
            variants: [
              { when: OUTREACH, text: 'Thanks for reaching out about the {jobTitle} role.' },
              {
                when: APPLIED,
                text: 'Thanks for inviting me to interview for the {jobTitle} role.',
              },
              { text: 'Thanks for inviting me to the next round for the {jobTitle} role.' },
            ],
          },
        ],
        [
          {
            variants: [
              { when: BOOKED, text: "I'm calling to confirm our interview on {interviewDate}." },
              { when: INTERVIEWING, text: "I'd be glad to go ahead with the next round." },
              { when: OUTREACH, text: "I'd be glad to set up an interview." },
              { text: "I'd be glad to accept." },
            ],
          },
        ],
        [
          {
            variants: [
              { when: BOOKED, text: "Who will I be speaking with, and what's the format?" },
              { text: "Which dates and times work for you, and what's the format?" },
            ],
          },
        ],
        ['Is there anything I should prepare?'],
        ['Thanks, I look forward to it.'],
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
                text: 'Thanks for inviting me to the next round for the {jobTitle} role at {company}.',
              },
            ],
          },
          {
            variants: [
              {
                when: BOOKED,
                text: "I'm glad to confirm our interview on {interviewDate}. Is there anything I should prepare?",
              },
              { when: INTERVIEWING, text: "I'd be glad to go ahead. Which times work for you?" },
              {
                when: OUTREACH,
                text: "I'd be glad to set up an interview. Which times work for you?",
              },
              { text: "I'd be glad to accept. Which times work for you?" },
            ],
          },
        ],
      ],
      signOff: 'Thanks,',
    },
  },

  negotiate: {
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
                text: "Thank you for your time so far on the {jobTitle} role at {company}. I've enjoyed our conversations.",
              },
            ],
          },
          {
            variants: [
              {
                when: BOOKED,
                text: "I'm interested in the role, and before our interview on {interviewDate} I'd like to ask about {topics}.",
              },
              {
                when: INTERVIEWING,
                text: "I'm still interested, and before we schedule the next round I'd like to ask about {topics}.",
              },
              {
                when: APPLIED,
                text: "I'm interested in the role, and before we schedule the interview I'd like to ask about {topics}.",
              },
              {
                text: "I'm interested in the role, and before we schedule an interview I'd like to ask about {topics}.",
              },
            ],
          },
        ],
        [
          "As things stand, that's what could hold me back.",
          { variants: [{ when: NEED, text: "To make it work, I'd need {need}." }] },
          "I'd rather ask now than take up your time if we can't find common ground.",
        ],
        [
          "Is there any flexibility there? I'm glad to talk it through by phone or email, whichever is easier for you.",
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
              { text: "Thanks for your time so far on the {jobTitle} role. I'm still interested." },
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
          "As things stand, that's what could hold me back.",
        ],
        [{ variants: [{ when: NEED, text: "To make it work, I'd need {need}." }] }],
        ['Is there any flexibility there?'],
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
              { text: 'Thanks for your time so far on the {jobTitle} role at {company}.' },
            ],
          },
          {
            variants: [
              {
                when: BOOKED,
                text: "I'm interested, and before our interview on {interviewDate} I'd like to ask about {topics}, which could hold me back as things stand.",
              },
              {
                when: INTERVIEWING,
                text: "I'm still interested, and before we schedule the next round I'd like to ask about {topics}, which could hold me back as things stand.",
              },
              {
                when: APPLIED,
                text: "I'm interested, and before we schedule the interview I'd like to ask about {topics}, which could hold me back as things stand.",
              },
              {
                text: "I'm interested, and before we schedule an interview I'd like to ask about {topics}, which could hold me back as things stand.",
              },
            ],
          },
          { variants: [{ when: NEED, text: "To make it work, I'd need {need}." }] },
          'Is there any flexibility there?',
        ],
      ],
      signOff: 'Thanks,',
    },
  },

  'decline-outreach': {
    name: 'Decline an approach',
    email: {
      subject: {
        variants: [CANCEL_SUBJECT, { text: 'Declining the {jobTitle} role' }],
      },
      greeting: 'Hi {theirName},',
      paragraphs: [
        [CANCEL],
        [
          'Thanks for reaching out about the {jobTitle} role at {company}, and for thinking of me.',
          {
            variants: [
              { when: REASON, text: "I've decided not to move forward with it, because {reason}." },
              { text: "After some thought, I've decided not to move forward with it." },
            ],
          },
        ],
        ['Thanks again, and best of luck filling the role.'],
      ],
      signOff: 'Best,',
    },
    call: {
      points: [
        [CANCEL],
        ['Thanks for thinking of me for the {jobTitle} role.'],
        [
          {
            variants: [
              { when: REASON, text: "I've decided not to move forward with it, because {reason}." },
              { text: "After some thought, I've decided not to move forward with it." },
            ],
          },
        ],
        ['Thanks again, and best of luck filling the role.'],
      ],
    },
    message: {
      greeting: 'Hi {theirName},',
      paragraphs: [
        [
          CANCEL,
          'Thanks for thinking of me for the {jobTitle} role at {company}.',
          {
            variants: [
              { when: REASON, text: "I've decided not to move forward with it, because {reason}." },
              { text: "After some thought, I've decided not to move forward with it." },
            ],
          },
          'Best of luck filling the role.',
        ],
      ],
      signOff: 'Best,',
    },
  },

  'decline-first-interview': {
    name: 'Decline a first interview',
    email: {
      subject: {
        variants: [CANCEL_SUBJECT, { text: 'Withdrawing my application for the {jobTitle} role' }],
      },
      greeting: 'Hi {theirName},',
      paragraphs: [
        [CANCEL],
        [
          {
            variants: [
              {
                when: BOOKED,
                text: 'Thank you for considering my application for the {jobTitle} role at {company}.',
              },
              {
                text: 'Thank you for the invitation to interview for the {jobTitle} role at {company}, and for considering my application.',
              },
            ],
          },
          {
            variants: [
              {
                when: REASON,
                text: "After some thought, I've decided to withdraw it, because {reason}.",
              },
              { text: "After some thought, I've decided to withdraw it." },
            ],
          },
        ],
        ['Thanks again for your time, and best of luck filling the role.'],
      ],
      signOff: 'Best,',
    },
    call: {
      points: [
        [CANCEL],
        ['Thank you for considering my application for the {jobTitle} role.'],
        [
          {
            variants: [
              {
                when: REASON,
                text: "After some thought, I've decided to withdraw it, because {reason}.",
              },
              { text: "After some thought, I've decided to withdraw it." },
            ],
          },
        ],
        ['Thanks again for your time, and best of luck filling the role.'],
      ],
    },
    message: {
      greeting: 'Hi {theirName},',
      paragraphs: [
        [
          CANCEL,
          'Thank you for considering my application for the {jobTitle} role at {company}.',
          {
            variants: [
              {
                when: REASON,
                text: "After some thought, I've decided to withdraw it, because {reason}.",
              },
              { text: "After some thought, I've decided to withdraw it." },
            ],
          },
          'Best of luck filling the role.',
        ],
      ],
      signOff: 'Best,',
    },
  },

  withdraw: {
    name: 'Withdraw after an interview',
    email: {
      subject: {
        variants: [CANCEL_SUBJECT, { text: 'Withdrawing my application for the {jobTitle} role' }],
      },
      greeting: 'Hi {theirName},',
      paragraphs: [
        [CANCEL],
        [
          'Thank you for your time during the interviews for the {jobTitle} role. I enjoyed meeting you and the team and learning more about the work at {company}.',
        ],
        [
          {
            variants: [
              {
                when: REASON,
                text: "On reflection, I've decided to withdraw my application, because {reason}.",
              },
              {
                text: "On reflection, I've decided the role isn't the right fit for me, so I'd like to withdraw my application.",
              },
            ],
          },
        ],
        ["I appreciate the time you've all put in, and I wish you and the team all the best."],
      ],
      signOff: 'Best regards,',
    },
    call: {
      points: [
        [CANCEL],
        ['Thank you for your time during the interviews. I enjoyed meeting you and the team.'],
        [
          {
            variants: [
              {
                when: REASON,
                text: "On reflection, I've decided to withdraw my application, because {reason}.",
              },
              {
                text: "On reflection, the role isn't the right fit for me, so I'd like to withdraw my application.",
              },
            ],
          },
        ],
        ['Thanks again, and all the best with filling the role.'],
      ],
    },
    message: {
      greeting: 'Hi {theirName},',
      paragraphs: [
        [
          CANCEL,
          'Thank you for your time on the {jobTitle} role at {company}. I enjoyed meeting you and the team.',
          {
            variants: [
              {
                when: REASON,
                text: "On reflection, I've decided to withdraw my application, because {reason}.",
              },
              {
                text: "On reflection, the role isn't the right fit for me, so I'd like to withdraw my application.",
              },
            ],
          },
          'Thanks again, and all the best.',
        ],
      ],
      signOff: 'Best,',
    },
  },

  'keep-door-open': {
    name: 'Decline this role, ask about others',
    email: {
      subject: {
        variants: [
          {
            when: BOOKED,
            text: 'Canceling our interview on {interviewDate}, but still interested in {company}',
          },
          {
            when: HAS_APPLIED,
            text: 'Withdrawing from the {jobTitle} role, but still interested in {company}',
          },
          { text: 'Declining the {jobTitle} role, but still interested in {company}' },
        ],
      },
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
                when: APPLIED,
                text: 'Thank you for the invitation to interview for the {jobTitle} role at {company}.',
              },
              {
                text: "Thank you for your time during the interviews for the {jobTitle} role at {company}. I've enjoyed meeting you and the team.",
              },
            ],
          },
          {
            variants: [
              {
                when: HAS_APPLIED_REASON,
                text: "After some thought, I've decided to withdraw my application, because {reason}.",
              },
              {
                when: HAS_APPLIED,
                text: "After some thought, I've decided this role isn't the right fit for me, so I'd like to withdraw my application.",
              },
              {
                when: REASON,
                text: "After some thought, I've decided not to move forward with it, because {reason}.",
              },
              { text: "After some thought, I've decided this role isn't the right fit for me." },
            ],
          },
        ],
        [
          "That said, I'd really like to work at {company}, and I'd be glad to hear about other openings that might suit me better.",
          {
            variants: [
              {
                when: { noConcern: ['other-offer'] },
                text: 'Could we find a time to talk this week?',
              },
              { text: 'Please keep me in mind if something comes up later.' },
            ],
          },
        ],
        ['Thanks again for your time.'],
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
                text: "Thank you for your time during the interviews for the {jobTitle} role. I've enjoyed meeting you and the team.",
              },
              { text: 'Thank you for considering me for the {jobTitle} role.' },
            ],
          },
        ],
        [
          {
            variants: [
              {
                when: HAS_APPLIED_REASON,
                text: "I've decided to withdraw my application, because {reason}.",
              },
              {
                when: HAS_APPLIED,
                text: "This role isn't the right fit for me, so I'd like to withdraw my application.",
              },
              { when: REASON, text: "I've decided not to move forward with it, because {reason}." },
              { text: "I've decided this role isn't the right fit for me." },
            ],
          },
        ],
        ["I'd still really like to work at {company}."],
        [
          {
            variants: [
              {
                when: { noConcern: ['other-offer'] },
                text: 'Could we talk about other openings that might suit me better, now or later this week?',
              },
              { text: 'Please keep me in mind for other openings that might suit me better.' },
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
          'Thank you for considering me for the {jobTitle} role at {company}.',
          {
            variants: [
              {
                when: HAS_APPLIED_REASON,
                text: "I've decided to withdraw my application, because {reason}.",
              },
              {
                when: HAS_APPLIED,
                text: "This role isn't the right fit for me, so I'd like to withdraw my application.",
              },
              { when: REASON, text: "I've decided not to move forward with it, because {reason}." },
              { text: "I've decided this role isn't the right fit for me." },
            ],
          },
          "I'd still really like to work at {company}, though.",
          {
            variants: [
              {
                when: { noConcern: ['other-offer'] },
                text: 'Could we find a time this week to talk about other openings?',
              },
              { text: 'Please keep me in mind for other openings.' },
            ],
          },
        ],
      ],
      signOff: 'Best,',
    },
  },

  'decline-brief': {
    name: 'A short, safe reply',
    email: {
      subject: {
        variants: [
          { when: BOOKED, text: 'Canceling the interview on {interviewDate}' },
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
                text: 'I need to cancel the interview on {interviewDate}. Sorry for the change of plan.',
              },
            ],
          },
        ],
        [
          "Thank you for your message. I'm not interested in this opportunity, and I won't be taking it further.",
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
                text: 'I need to cancel the interview on {interviewDate}. Sorry for the change of plan.',
              },
            ],
          },
        ],
        ["I'm not interested in this opportunity, and I won't be taking it further."],
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
                text: 'I need to cancel the interview on {interviewDate}. Sorry for the change of plan.',
              },
            ],
          },
          "Thanks for your message. I'm not interested in this opportunity, and I won't be taking it further.",
        ],
      ],
      signOff: 'Regards,',
    },
  },

  'accept-after-talks': {
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
        [
          'Thank you for looking into {topics} for the {jobTitle} role, and for getting back to me.',
        ],
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
  },

  'decline-after-talks': {
    name: 'Say no after your talk',
    email: {
      subject: {
        variants: [
          CANCEL_SUBJECT,
          { when: HAS_APPLIED, text: 'Withdrawing my application for the {jobTitle} role' },
          { text: 'Declining the {jobTitle} role' },
        ],
      },
      greeting: 'Hi {theirName},',
      paragraphs: [
        [CANCEL],
        [
          'Thank you for checking on {topics} for the {jobTitle} role at {company}, and for being open with me.',
          {
            variants: [
              {
                when: HAS_APPLIED,
                text: "As things stand, the role won't work for me, so I'd like to withdraw my application.",
              },
              {
                text: "As things stand, the role won't work for me, so I've decided not to move forward.",
              },
            ],
          },
        ],
        [
          "I'm glad we talked it through before anyone spent more time on it. Thanks again, and best of luck filling the role.",
        ],
      ],
      signOff: 'Best regards,',
    },
    call: {
      points: [
        [CANCEL],
        ['Thank you for checking on {topics} for the {jobTitle} role, and for being open with me.'],
        [
          {
            variants: [
              {
                when: HAS_APPLIED,
                text: "As things stand, the role won't work for me, so I'd like to withdraw my application.",
              },
              {
                text: "As things stand, the role won't work for me, so I've decided not to move forward.",
              },
            ],
          },
        ],
        ['Thanks again for your time, and best of luck filling the role.'],
      ],
    },
    message: {
      greeting: 'Hi {theirName},',
      paragraphs: [
        [
          CANCEL,
          'Thanks for checking on {topics} for the {jobTitle} role at {company}.',
          {
            variants: [
              {
                when: HAS_APPLIED,
                text: "As things stand, the role won't work for me, so I'd like to withdraw my application.",
              },
              {
                text: "As things stand, the role won't work for me, so I've decided not to move forward.",
              },
            ],
          },
          'Thanks for being open with me, and best of luck filling the role.',
        ],
      ],
      signOff: 'Best,',
    },
  },
} as const satisfies TemplatesContent;
