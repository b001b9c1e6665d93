import type { QuestionsContent } from './types';

/** The words of every question page, keyed by question id and option id. */
export const questions = {
  stage: {
    title: 'Where are you with this job?',
    summaryLabel: 'Where you are',
    errorMessage: 'Select where you are with this job',
    options: {
      outreach: {
        label: 'A recruiter or company contacted me',
        hint: "I didn't apply for this job.",
      },
      applied: {
        label: 'I applied and have been invited to a first interview',
        hint: 'This is often a phone call.',
      },
      interviewing: {
        label: "I've already had one or more interviews",
      },
    },
  },
  concerns: {
    title: 'Does anything about this job put you off?',
    hint: 'Select all that apply.',
    summaryLabel: 'What puts you off',
    errorMessage: 'Select what puts you off this job, or select “None of these”',
    options: {
      mission: {
        label: "I disagree with the company's mission",
      },
      'career-goals': {
        label: "It doesn't fit my career goals",
      },
      salary: {
        label: 'The pay is well below what I need',
      },
      culture: {
        label: "The culture doesn't seem right for me",
      },
      'vague-scope': {
        label: 'The job description is too vague',
        hint: "It's not clear what the work involves.",
      },
      reputation: {
        label: 'The company has a bad reputation',
        hint: 'As an employer or in its industry, for example in employee reviews.',
      },
      'not-legitimate': {
        label: "The approach doesn't seem genuine",
        hint: "It came out of nowhere, or something about it doesn't add up.",
      },
      'other-offer': {
        label: 'I have another offer that I plan to accept',
      },
      'happy-current-job': {
        label: "I'm happy in my current job",
      },
      'work-setup': {
        label: "The schedule or work setup won't work for me",
        hint: "For example, the hours, or where you'd have to work.",
      },
      'lateral-move': {
        label: "It's a lateral move with nothing to gain",
        hint: 'Much the same as what I do now.',
      },
      'pushy-recruiter': {
        label: 'The recruiter or hiring manager is pushy or seems dishonest',
      },
      'long-process': {
        label: 'The hiring process is too long or asks for unpaid work',
        hint: 'For example, many rounds of interviews, or a large task done for free.',
      },
      uninteresting: {
        label: "The job doesn't interest me",
      },
      'gut-feeling': {
        label: "Something just doesn't feel right",
        hint: 'A gut feeling counts.',
      },
      none: {
        label: 'None of these',
        hint: 'Nothing about this job puts me off.',
      },
    },
  },
  negotiable: {
    title: 'If what puts you off could change, would you want the job?',
    hint: 'Employers can sometimes offer more pay, or a different schedule or work setup.',
    summaryLabel: 'Want the job if that changed',
    errorMessage: "Select whether you'd want the job if that changed",
    options: {
      yes: { label: 'Yes' },
      no: { label: 'No', hint: "It still wouldn't be the right job for me." },
      unsure: { label: "I'm not sure" },
    },
  },
  'salary-gap': {
    title: 'How far off is the pay?',
    hint: 'Compare the pay on offer with what you need.',
    summaryLabel: 'How far off the pay is',
    errorMessage: 'Select how far off the pay is',
    options: {
      reasonable: { label: 'A reasonable raise would close the gap' },
      far: {
        label: "It's in a different pay range altogether",
        hint: "They'd need to offer a lot more.",
      },
      unsure: { label: "I'm not sure" },
    },
  },
  'employer-interest': {
    title: 'Setting this role aside, would you like to work for this employer?',
    hint: 'They may have other jobs that would suit you better.',
    summaryLabel: 'Would like to work for this employer',
    errorMessage: "Select yes if you'd like to work for this employer",
    options: {
      yes: { label: 'Yes', hint: "I'd be open to other jobs there." },
      no: { label: 'No' },
    },
  },
  reply: {
    title: 'Did they offer enough for you to go ahead?',
    hint: 'Think about what the recruiter or hiring manager said when you asked about the pay or working arrangements.',
    summaryLabel: 'What they offered',
    errorMessage: 'Select whether they offered enough for you to go ahead',
    options: {
      enough: {
        label: "Yes, it's enough",
        hint: "I'd like to go ahead with the interview.",
      },
      'not-enough': {
        label: "No, it's not enough",
        hint: "As it stands, the job still won't work for me.",
      },
    },
  },
  pushback: {
    title: 'What did they say when you said no?',
    hint: "We'll give you a kind reply that keeps your answer. If you've changed your mind, start again instead.",
    summaryLabel: 'What they said to your no',
    errorMessage: 'Select what they said when you said no',
    options: {
      'asked-why': { label: 'They asked why' },
      'asked-to-reconsider': { label: 'They asked me to think it over again' },
    },
  },
} as const satisfies QuestionsContent;
