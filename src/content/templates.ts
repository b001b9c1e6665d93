import type { TemplatesContent } from './types';

/**
 * The messages the person sends, keyed by template id. Each works as email and
 * as talking points for a call. In the decline messages, the paragraph and the
 * talking point that are exactly `{reason}` are left out when no reason is given,
 * so the text around them reads correctly either way.
 */
export const templates = {
  'accept-interview': {
    name: 'Accept the interview',
    email: {
      subject: 'Interview for the {jobTitle} role',
      greeting: 'Dear {theirName},',
      paragraphs: [
        'Thank you for your message about the {jobTitle} role at {company}. I would be glad to accept your invitation to interview.',
        'Could you confirm the date, time and format, and let me know if there is anything I should prepare?',
        'I look forward to our next conversation.',
      ],
      signOff: 'Kind regards,',
    },
    call: {
      points: [
        'Thank you for getting in touch about the {jobTitle} role.',
        'I would be glad to accept your invitation to interview.',
        'Which dates and times would work for you?',
        'Is there anything I should prepare beforehand?',
        'Thank you. I look forward to our next conversation.',
      ],
    },
    message: {
      greeting: 'Hi {theirName},',
      paragraphs: [
        "Thanks for reaching out about the {jobTitle} role at {company}. I'd be glad to interview. Could you send me a few times that work, and let me know if there's anything I should prepare?",
      ],
      signOff: 'Thanks,',
    },
  },
  negotiate: {
    name: 'Ask about what could change',
    email: {
      subject: 'A question about the {jobTitle} role',
      greeting: 'Dear {theirName},',
      paragraphs: [
        'Thank you for your message about the {jobTitle} role at {company}. I am interested in the role, and before we book the next interview I would like to ask about {topics}.',
        'From what I have seen so far, {topics} may not quite work for me. I would rather raise this now than take up your time if we cannot find common ground.',
        'Is there any flexibility here? I would be glad to talk it through by phone or by email, whichever suits you.',
        'Thank you, and I look forward to hearing from you.',
      ],
      signOff: 'Kind regards,',
    },
    call: {
      points: [
        'Thank you for getting in touch about the {jobTitle} role. I am interested.',
        'Before we book the next interview, I would like to ask about {topics}.',
        'As things stand, {topics} may not quite work for me.',
        'Is there any flexibility there?',
        'If we can find common ground, I would be glad to go ahead.',
      ],
    },
    message: {
      greeting: 'Hi {theirName},',
      paragraphs: [
        "Thanks for your message about the {jobTitle} role at {company}. I'm interested, and before we go further I'd like to ask about {topics}. Is there any flexibility there? I'd rather ask now than take up your time.",
      ],
      signOff: 'Thanks,',
    },
  },
  'decline-outreach': {
    name: 'Decline an approach',
    email: {
      subject: 'Your message about the {jobTitle} role',
      greeting: 'Hello {theirName},',
      paragraphs: [
        'Thank you for getting in touch about the {jobTitle} role at {company}, and for thinking of me.',
        '{reason}',
        'I have decided not to take this further. I am content with where things stand for me at the moment, but I would be glad to hear from you again in the future.',
      ],
      signOff: 'Best wishes,',
    },
    call: {
      points: [
        'Thank you for thinking of me for the {jobTitle} role.',
        '{reason}',
        'I have decided not to take it further.',
        'I am content with where things stand for me at the moment.',
        'I would be glad to hear from you again in the future.',
      ],
    },
    message: {
      greeting: 'Hi {theirName},',
      paragraphs: [
        'Thanks for thinking of me for the {jobTitle} role at {company}.',
        '{reason}',
        "I've decided not to take this further, but I appreciate you reaching out.",
      ],
      signOff: 'Best,',
    },
  },
  'decline-first-interview': {
    name: 'Decline a first interview',
    email: {
      subject: 'Interview for the {jobTitle} role',
      greeting: 'Dear {theirName},',
      paragraphs: [
        'Thank you for inviting me to interview for the {jobTitle} role at {company}, and for the time you have taken to consider my application.',
        '{reason}',
        'After some thought, I have decided to withdraw my application. I am content with where things stand for me at the moment, but I would be glad to hear from you if a suitable role comes up in the future.',
        'Thank you again, and I wish you every success in filling the role.',
      ],
      signOff: 'Kind regards,',
    },
    call: {
      points: [
        'Thank you for inviting me to interview for the {jobTitle} role.',
        '{reason}',
        'After some thought, I have decided to withdraw my application.',
        'I am content with where things stand for me at the moment.',
        'I would be glad to hear from you if a suitable role comes up in the future.',
      ],
    },
    message: {
      greeting: 'Hi {theirName},',
      paragraphs: [
        'Thanks for the invitation to interview for the {jobTitle} role at {company}.',
        '{reason}',
        "After some thought, I've decided to withdraw my application. Best of luck filling the role.",
      ],
      signOff: 'Best,',
    },
  },
  withdraw: {
    name: 'Withdraw after an interview',
    email: {
      subject: 'My application for the {jobTitle} role',
      greeting: 'Dear {theirName},',
      paragraphs: [
        'Thank you for your time during the interview process for the {jobTitle} role. I enjoyed meeting you and the team, and learning more about the work at {company}.',
        '{reason}',
        'On reflection, I have decided that this role is not the right fit for me at this time, so I would like to withdraw my application.',
        'I appreciate being considered, and I hope you will keep me in mind if a role comes up that might suit me better.',
        'Thank you again, and I wish you and the team all the best.',
      ],
      signOff: 'Kind regards,',
    },
    call: {
      points: [
        'Thank you for your time during the interview process. I enjoyed meeting you and the team.',
        '{reason}',
        'On reflection, this role is not the right fit for me, so I would like to withdraw my application.',
        'I hope you will keep me in mind if a role comes up that might suit me better.',
        'Thank you again, and all the best with filling the role.',
      ],
    },
    message: {
      greeting: 'Hi {theirName},',
      paragraphs: [
        'Thank you for your time during the interviews for the {jobTitle} role at {company}. I enjoyed meeting the team.',
        '{reason}',
        "On reflection, I've decided to withdraw my application. Thanks again, and all the best.",
      ],
      signOff: 'Best,',
    },
  },
  'keep-door-open': {
    name: 'Decline this role, ask about others',
    email: {
      subject: 'The {jobTitle} role and other openings',
      greeting: 'Dear {theirName},',
      paragraphs: [
        'Thank you for considering me for the {jobTitle} role at {company}.',
        '{reason}',
        'I have decided that this role is not the right fit for me, so I would like to withdraw from consideration.',
        'I would still very much like to work at {company}, and I would be glad to hear about other openings that might suit me better. Could we find a time to talk this week?',
        'Thank you again for your time.',
      ],
      signOff: 'Kind regards,',
    },
    call: {
      points: [
        'Thank you for considering me for the {jobTitle} role.',
        '{reason}',
        'I have decided that this role is not the right fit for me.',
        'I would still very much like to work at {company}.',
        'Could we talk about other openings that might suit me better, now or later this week?',
      ],
    },
    message: {
      greeting: 'Hi {theirName},',
      paragraphs: [
        'Thanks for considering me for the {jobTitle} role at {company}.',
        '{reason}',
        "This role isn't the right fit for me, but I'd love to hear about other openings at {company}.",
      ],
      signOff: 'Best,',
    },
  },
  'decline-brief': {
    name: 'A short, safe reply',
    email: {
      subject: 'Your message',
      greeting: 'Hello {theirName},',
      paragraphs: [
        'Thank you for your message. I am not interested in this opportunity and do not wish to take it further.',
      ],
      signOff: 'Regards,',
    },
    call: {
      points: [
        'Thank you for getting in touch.',
        'I am not interested in this opportunity.',
        'I do not wish to take it further, thank you.',
      ],
    },
    message: {
      greeting: 'Hello,',
      paragraphs: ["Thank you for your message. I'm not interested in this opportunity."],
      signOff: 'Regards,',
    },
  },
  'accept-after-talks': {
    name: 'Go ahead after your talk',
    email: {
      subject: 'Going ahead with the {jobTitle} interview',
      greeting: 'Hi {theirName},',
      paragraphs: [
        'Thank you for looking into my questions about the {jobTitle} role at {company}. I appreciate you taking the time to check.',
        "What you've described works for me, so I'd be glad to go ahead with the interview.",
        "Could you let me know which times work for you, and whether there's anything I should prepare?",
      ],
      signOff: 'Best regards,',
    },
    call: {
      points: [
        'Thank you for looking into my questions about the {jobTitle} role.',
        "What you've described works for me.",
        "I'd be glad to go ahead with the interview. Which times work for you?",
      ],
    },
    message: {
      greeting: 'Hi {theirName},',
      paragraphs: [
        "Thanks for looking into my questions about the {jobTitle} role at {company}. What you've described works for me, so I'd be glad to go ahead with the interview. Which times work for you?",
      ],
      signOff: 'Thanks,',
    },
  },
  'decline-after-talks': {
    name: 'Withdraw after your talk',
    email: {
      subject: 'Withdrawing from the {jobTitle} role',
      greeting: 'Hi {theirName},',
      paragraphs: [
        'Thank you for checking on my questions about the {jobTitle} role at {company}. I appreciate you looking into it.',
        "As it stands, the role won't work for me, so I'd like to withdraw from the process.",
        "Thanks again for your time and your honesty. I'm glad we talked it through before anyone spent more time on it.",
      ],
      signOff: 'Best regards,',
    },
    call: {
      points: [
        'Thank you for checking on my questions about the {jobTitle} role.',
        "As it stands, it won't work for me, so I'd like to withdraw.",
        'Thanks again for your time and for being straight with me.',
      ],
    },
    message: {
      greeting: 'Hi {theirName},',
      paragraphs: [
        "Thanks for checking on my questions about the {jobTitle} role at {company}. As it stands, it won't work for me, so I'd like to withdraw. I appreciate your time and your honesty.",
      ],
      signOff: 'Best,',
    },
  },
} as const satisfies TemplatesContent;
