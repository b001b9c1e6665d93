import type { OutcomesContent } from './types';

/** If an interview is already scheduled: call as well when it is close, and never just not show up. */
const BOOKED_STEP =
  "If an interview is already scheduled and it's within a day, call them as well as writing, so they hear in time. Never simply not turn up.";

/** The words of each outcome view: the result first, then why, then what to do. */
export const outcomes = {
  interview: {
    headline: 'Go to the interview',
    summary: 'Nothing in your answers rules this job out. Accept the interview and find out more.',
    summaryFor: {
      'accept-after-talks':
        "They've offered enough for the job to work for you, so it's worth the interview now. Go ahead, and keep a note of what they agreed to.",
    },
    why: [
      "None of the usual signs that a job is the wrong fit apply here, so it's worth finding out more. An interview is your chance to learn about them, as well as their chance to learn about you.",
      'If something puts you off later, you can still withdraw at any stage. A short, polite message is all it takes.',
      "Once you've said yes, go. Not showing up without a word tells the interviewer you don't value their time, and it can close the door on that company and that person for good.",
    ],
    whyFor: {
      'accept-after-talks': [
        'You asked about what put you off, and they offered enough for you to go ahead. The job could work for you now.',
        'Thanking them for looking into it starts the interview on good terms, and saying what you understood was agreed, in general terms, avoids surprises later.',
        "Once you've said yes, go. Not showing up without a word tells the interviewer you don't value their time, and it can close the door on that company and that person for good.",
      ],
    },
    nextSteps: [
      'Reply soon to accept, using the message above.',
      "Check the date, time and format, and who you'll be speaking with.",
      "Read the job description again and look at the company's own website.",
      "Write down your questions about anything that's still unclear.",
      'If you change your mind, tell them as early as you can.',
    ],
    nextStepsFor: {
      'accept-after-talks': [
        'Reply soon to go ahead, using the message above.',
        'Keep a note of what they offered, and check it again when an offer is made.',
        "Check the date, time and format, and who you'll be speaking with.",
        'If you change your mind, tell them as early as you can.',
      ],
    },
  },
  negotiate: {
    headline: 'Talk to them before you decide',
    summary:
      'What puts you off could change. Ask the recruiter or hiring manager about it before you agree to an interview, or to the next one.',
    why: [
      'What puts you off is something employers can sometimes change, such as the pay or the schedule and work setup.',
      "Interviews take time on both sides. If the job could never work for you as it stands, it's better to find out before anyone spends that time.",
      "Asking is reasonable, as long as you ask politely and clearly. If they can move, you can go ahead knowing the job could work. If they can't, you can decline with no time wasted.",
    ],
    nextSteps: [
      "Decide what you'd need in order to go ahead, such as a salary figure or a schedule.",
      'Send the message above to the recruiter or hiring manager. If you speak with them instead, use the talking points.',
      'Wait for their answer before you agree to an interview.',
      BOOKED_STEP,
      'When they reply, come back and tell the guide what they said. It will give you the message to go ahead, or to decline politely.',
    ],
  },
  decline: {
    headline: 'Decline this job, politely',
    summary:
      "This job doesn't sound right for you. Tell them now, briefly and politely, rather than going ahead with a job you don't want.",
    summaryFor: {
      'keep-door-open':
        "This role doesn't sound right for you, but you'd like to work for this employer. Turn down this role politely, and say you're open to others.",
      'decline-brief':
        "This approach doesn't seem genuine. Don't go ahead with it, and share nothing personal. If you reply at all, keep it short.",
      'decline-after-talks':
        "What they can offer isn't enough for the job to work for you. Tell them now, thank them for checking, and keep it brief.",

      'hold-decline':
        'They answered your no. Thank them, answer kindly, and keep your decision: a short, warm reply is all it takes.',
    },
    why: [
      "Interviews take time on both sides. Going to one for a job you don't want uses up your time, and theirs.",
      "Saying no is far better than agreeing and then not showing up. Going silent tells the interviewer you don't value their time, and it can close the door on that company and that person for good.",
      "A gut feeling counts. You don't need a detailed case to decide that a job isn't for you.",
      "If the only problem were something that could change, such as the pay or the schedule, it would be worth asking first. From your answers, that wouldn't be enough here.",
      "It's fine to be choosy with your time, as long as you're gracious about it.",
    ],
    whyFor: {
      'hold-decline': [
        "Recruiters often ask why, or ask you to think again. It's a normal part of the conversation, and a kind, clear answer is all they need.",
        "You may give as much or as little reason as you like. Doubts about the people, the culture or the company's reviews are better left unsaid.",
        'Thanking them and keeping your answer the same leaves you on good terms, which matters if your paths cross again.',
      ],
      'keep-door-open': [
        "Interviews take time on both sides. Going to one for a role you don't want uses up your time, and theirs.",
        "You said you'd still like to work for this employer. Telling them now that this role isn't for you, and that you're open to other openings, keeps the door open.",
        "Saying no is far better than agreeing and then not showing up. Going silent tells the interviewer you don't value their time, and it can close the door on that company and that person for good.",
        "It's fine to be choosy with your time, as long as you're gracious about it.",
      ],
      'decline-brief': [
        "An approach that doesn't seem genuine calls for caution, not an interview. Trust that instinct.",
        "You don't owe it a reply. If you do reply, a short, polite one is enough: it closes the conversation without giving anything away.",
        'If the company turns out to be real after all, a courteous no leaves you on good terms.',
      ],
      'decline-after-talks': [
        "You asked about what put you off, and what they could offer isn't enough. Saying so now, before anyone spends more time on interviews, is the courteous thing to do.",
        'Thanking them for checking leaves you on good terms with the recruiter and the company, which matters if your paths cross again.',
        "Saying no is far better than agreeing and then not showing up. Going silent tells the interviewer you don't value their time.",
      ],
    },
    nextSteps: [
      'Fill in the blanks in the message above.',
      'Send it soon, so they can move on too.',
      BOOKED_STEP,
      "If you're speaking with them on the phone or a video call, use the talking points instead. The same words and tone apply.",
      "Keep it short and polite. You don't owe them a detailed explanation.",
    ],
    nextStepsFor: {
      'hold-decline': [
        'Reply soon, using the message above, so they can move on too.',
        'Give a reason only if you want to. A general one about fit is enough.',
        "Keep it warm and brief. You don't need to explain more than you already have.",
        'If they write again, a short thank-you is all it needs.',
      ],
      'decline-brief': [
        "You don't have to reply at all. Not answering a message that doesn't seem genuine is fine.",
        "To check whether it's real, find the company's own website yourself, through a search engine rather than any link in the message, and contact the company from there.",
        'Share nothing personal, such as your address, date of birth, Social Security number or bank details, until it checks out.',
        "Report or block the sender on the platform it came from, such as LinkedIn, your email or your phone's messages.",
        "If you'd rather reply, the short message above says no and gives nothing away.",
      ],
    },
  },
} as const satisfies OutcomesContent;
