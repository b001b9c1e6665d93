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
const BOOKED_AT_OUTREACH: Condition = { booked: true, stage: ['outreach'] };
const BOOKED_AT_APPLIED: Condition = { booked: true, stage: ['applied'] };
const BOOKED_WHILE_INTERVIEWING: Condition = { booked: true, stage: ['interviewing'] };
/** Another offer, or a job they're happy in: no call this week about other openings. */
const STAYING_ELSEWHERE: Condition = { anyConcern: ['other-offer', 'happy-current-job'] };
const OPEN_TO_TALK: Condition = { noConcern: ['other-offer', 'happy-current-job'] };

/** A decline cancels a booked interview first, by name and time, with an apology. */
const CANCEL: Sentence = {
  variants: [
    {
      when: BOOKED,
      text: "I'm sorry for the change of plans, but I need to cancel our interview on {interviewDate}.",
    },
  ],
};

/**
 * The subjects of a decline when an interview is booked: they say so before
 * anything else, and that it's a no, not a new time. Listed in this order.
 */
const CANCEL_SUBJECT_OUTREACH = {
  when: BOOKED_AT_OUTREACH,
  text: 'Canceling our interview on {interviewDate} and not moving forward',
};
const CANCEL_SUBJECT = {
  when: BOOKED,
  text: 'Canceling our interview on {interviewDate} and withdrawing my application',
};

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
                text: "I've enjoyed our conversations so far, and I'd be glad to take the next step.",
              },
              { when: OUTREACH, text: "I'd be glad to set up an interview." },
              { text: "I'm happy to accept." },
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
              { when: INTERVIEWING, text: "I'd be glad to go ahead." },
              { when: OUTREACH, text: "I'd be glad to set up an interview." },
              { text: "I'm happy to accept." },
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
              { text: "I'm happy to accept. Which times work for you?" },
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
  },

  'decline-outreach': {
    name: 'Decline an approach',
    email: {
      subject: {
        variants: [
          CANCEL_SUBJECT_OUTREACH,
          CANCEL_SUBJECT,
          { text: 'Declining the {jobTitle} opportunity' },
        ],
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
        ['Thanks again, and good luck filling the role.'],
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
      signOff: 'Thanks,',
    },
  },

  'decline-first-interview': {
    name: 'Decline a first interview',
    email: {
      subject: {
        variants: [
          CANCEL_SUBJECT_OUTREACH,
          CANCEL_SUBJECT,
          { text: 'Withdrawing my application for the {jobTitle} role' },
        ],
      },
      greeting: 'Hi {theirName},',
      paragraphs: [
        [CANCEL],
        [
          {
            variants: [
              {
                when: BOOKED,
                text: 'Thank you for considering me for the {jobTitle} role at {company}.',
              },
              {
                text: 'Thank you for the invitation to interview for the {jobTitle} role at {company}.',
              },
            ],
          },
          {
            variants: [
              {
                when: REASON,
                text: "After some thought, I've decided to withdraw my application, because {reason}.",
              },
              { text: "After some thought, I've decided to withdraw my application." },
            ],
          },
        ],
        ['Thanks again for your time, and good luck filling the role.'],
      ],
      signOff: 'Best,',
    },
    call: {
      points: [
        [CANCEL],
        ['Thank you for considering me for the {jobTitle} role.'],
        [
          {
            variants: [
              {
                when: REASON,
                text: "After some thought, I've decided to withdraw my application, because {reason}.",
              },
              { text: "After some thought, I've decided to withdraw my application." },
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
          'Thank you for considering me for the {jobTitle} role at {company}.',
          {
            variants: [
              {
                when: REASON,
                text: "After some thought, I've decided to withdraw my application, because {reason}.",
              },
              { text: "After some thought, I've decided to withdraw my application." },
            ],
          },
          'Best of luck filling the role.',
        ],
      ],
      signOff: 'Thanks,',
    },
  },

  withdraw: {
    name: 'Withdraw after an interview',
    email: {
      subject: {
        variants: [
          CANCEL_SUBJECT_OUTREACH,
          CANCEL_SUBJECT,
          { text: 'Withdrawing my application for the {jobTitle} role' },
        ],
      },
      greeting: 'Hi {theirName},',
      paragraphs: [
        [CANCEL],
        [
          "Thank you for your time throughout the interview process for the {jobTitle} role. I've enjoyed our conversations and learning more about the work at {company}.",
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
        ['Thanks again for your consideration, and good luck filling the role.'],
      ],
      signOff: 'Best regards,',
    },
    call: {
      points: [
        [CANCEL],
        [
          "Thank you for your time throughout the interview process. I've enjoyed our conversations.",
        ],
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
        ['Thanks again, and good luck filling the role.'],
      ],
    },
    message: {
      greeting: 'Hi {theirName},',
      paragraphs: [
        [
          CANCEL,
          "Thank you for your time during the interview process for the {jobTitle} role at {company}. I've enjoyed our conversations.",
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
          'Thanks again, and good luck filling the role.',
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
            text: 'Canceling our interview on {interviewDate}: not this role, but still interested in {company}',
          },
          {
            when: HAS_APPLIED,
            text: 'Withdrawing my application, but still interested in {company}',
          },
          { text: 'Declining the {jobTitle} opportunity, but still interested in {company}' },
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
                when: BOOKED_AT_APPLIED,
                text: 'Thank you for considering me for the {jobTitle} role at {company}.',
              },
              {
                when: APPLIED,
                text: 'Thank you for the invitation to interview for the {jobTitle} role at {company}.',
              },
              {
                text: "Thank you for your time throughout the interview process for the {jobTitle} role at {company}. I've enjoyed our conversations.",
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
          {
            variants: [
              {
                when: STAYING_ELSEWHERE,
                text: "That said, I think highly of {company}, and I'd love to be considered for future roles.",
              },
              {
                text: "That said, I'd still love to work at {company}, and I'd be glad to hear about other openings that might suit me better.",
              },
            ],
          },
          { variants: [{ when: OPEN_TO_TALK, text: 'Could we find a time to talk this week?' }] },
        ],
        ['Thanks again, and I look forward to staying in touch.'],
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
        [
          {
            variants: [
              {
                when: STAYING_ELSEWHERE,
                text: "I think highly of {company}, and I'd love to be considered for future roles.",
              },
              { text: "I'd still love to work at {company}." },
            ],
          },
        ],
        [
          {
            variants: [
              {
                when: OPEN_TO_TALK,
                text: 'Do you have a few minutes now to talk about other openings that might suit me better, or could we find a time later this week?',
              },
            ],
          },
        ],
        ['Thanks again for your time.'],
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
          {
            variants: [
              {
                when: STAYING_ELSEWHERE,
                text: "I think highly of {company}, though, and I'd love to be considered for future roles.",
              },
              { text: "I'd still love to work at {company}, though." },
            ],
          },
          {
            variants: [
              {
                when: OPEN_TO_TALK,
                text: 'Could we find a time this week to talk about other openings?',
              },
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
          CANCEL_SUBJECT_OUTREACH,
          CANCEL_SUBJECT,
          { when: HAS_APPLIED, text: 'Withdrawing my application for the {jobTitle} role' },
          { text: 'Declining the {jobTitle} opportunity' },
        ],
      },
      greeting: 'Hi {theirName},',
      paragraphs: [
        [CANCEL],
        [
          'Thank you for looking into {topics} for the {jobTitle} role at {company}, and for being open with me.',
          {
            variants: [
              {
                when: HAS_APPLIED,
                text: "As it stands, the role isn't the right fit for me, so I'd like to withdraw my application.",
              },
              {
                text: "As it stands, the role isn't the right fit for me, so I've decided not to move forward.",
              },
            ],
          },
        ],
        [
          {
            variants: [
              {
                when: INTERVIEWING,
                text: "I'm glad we talked it through, and I've appreciated your time throughout the interview process. Good luck filling the role.",
              },
              {
                text: "I'm glad we talked it through. Thanks again, and good luck filling the role.",
              },
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
          'Thank you for looking into {topics} for the {jobTitle} role, and for being open with me.',
        ],
        [
          {
            variants: [
              {
                when: HAS_APPLIED,
                text: "As it stands, the role isn't the right fit for me, so I'd like to withdraw my application.",
              },
              {
                text: "As it stands, the role isn't the right fit for me, so I've decided not to move forward.",
              },
            ],
          },
        ],
        [
          {
            variants: [
              {
                when: INTERVIEWING,
                text: 'Thank you as well for your time throughout the interview process, and good luck filling the role.',
              },
              { text: 'Thanks again for your time, and good luck filling the role.' },
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
          'Thanks for looking into {topics} for the {jobTitle} role at {company}.',
          {
            variants: [
              {
                when: HAS_APPLIED,
                text: "As it stands, the role isn't the right fit for me, so I'd like to withdraw my application.",
              },
              {
                text: "As it stands, the role isn't the right fit for me, so I've decided not to move forward.",
              },
            ],
          },
          {
            variants: [
              {
                when: INTERVIEWING,
                text: 'I appreciate you being open with me, and thank you for your time throughout the interview process.',
              },
              { text: 'I appreciate you being open with me.' },
            ],
          },
        ],
      ],
      signOff: 'Best,',
    },
  },
} as const satisfies TemplatesContent;
