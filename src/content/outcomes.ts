import type { OutcomesContent } from './types';

/** The words of each outcome view: the result first, then why, then what to do. */
export const outcomes = {
  interview: {
    headline: 'Go to the interview',
    summary: 'Nothing in your answers rules this job out. Accept the interview and find out more.',
    why: [
      'None of the usual signs that a job is the wrong fit apply here, so it is worth finding out more. An interview is your chance to learn about them, as well as their chance to learn about you.',
      'If something puts you off later, you can still withdraw at any stage. A short, polite message is all it takes.',
      'Once you have said yes, go. Not turning up without a word tells the interviewer you do not value their time, and it can close the door on that company and that person for good.',
    ],
    nextSteps: [
      'Reply soon to accept, using the message below.',
      'Check the date, time and format, and who you will be speaking to.',
      "Read the job description again and look at the company's own website.",
      'Write down your questions about anything that is still unclear.',
      'If you change your mind, tell them as early as you can.',
    ],
  },
  negotiate: {
    headline: 'Talk to them before you decide',
    summary:
      'What puts you off could change. Ask the recruiter or hiring manager about it before you agree to the next interview.',
    why: [
      'What puts you off is something employers can sometimes change, such as the pay or the working arrangements.',
      'Interviews take time on both sides. If the job could never work for you as it stands, it is better to find out before anyone spends that time.',
      'Asking is reasonable, as long as you ask politely and clearly. If they can move, you can go ahead knowing the job could work. If they cannot, you can decline with no time wasted.',
    ],
    nextSteps: [
      'Decide what you would need in order to go ahead, such as a salary figure or a working pattern.',
      'Send the message below to the recruiter or hiring manager. If you speak to them instead, use the talking points.',
      'Wait for their answer before you agree to an interview.',
      'If they can offer what you need, go ahead. If not, decline politely and thank them for their time.',
    ],
  },
  decline: {
    headline: 'Decline this job, politely',
    summary:
      'This job does not sound right for you. Tell them now, briefly and politely, rather than going ahead with a job you do not want.',
    why: [
      'Interviews take time on both sides. Going to one for a job you do not want uses up your time, and theirs.',
      'Saying no is far better than agreeing and then not turning up. Going silent tells the interviewer you do not value their time, and it can close the door on that company and that person for good.',
      'A gut feeling counts. You do not need a detailed case to decide that a job is not for you.',
      'If the only problem were something that could change, such as the pay or the working arrangements, it would be worth asking first. From your answers, that would not be enough here.',
      'It is fine to be choosy with your time, as long as you are gracious about it.',
    ],
    whyFor: {
      'keep-door-open': [
        'Interviews take time on both sides. Going to one for a role you do not want uses up your time, and theirs.',
        'You said you would still like to work for this employer. Telling them now that this role is not for you, and that you are open to other openings, keeps the door open.',
        'Saying no is far better than agreeing and then not turning up. Going silent tells the interviewer you do not value their time, and it can close the door on that company and that person for good.',
        'It is fine to be choosy with your time, as long as you are gracious about it.',
      ],
      'decline-brief': [
        'An approach that does not seem genuine deserves caution, not an interview. Trust that instinct.',
        'A short, polite reply is enough. It closes the conversation without giving anything away.',
        'If the company turns out to be real after all, a courteous no leaves you on good terms.',
      ],
    },
    nextSteps: [
      'Fill in the blanks in the message below.',
      'Send it soon, so they can move on too.',
      'If you are speaking to them on the phone or a video call, use the talking points instead. The same words and tone apply.',
      'Keep it short and polite. You do not owe them a detailed explanation.',
    ],
  },
} as const satisfies OutcomesContent;
