import type { ReasonsContent } from './types';

/**
 * Reasons that are fine to give, keyed by concern id. Each sentence follows the
 * opening thanks in any decline message, at any stage, so none of them assumes
 * how far along the person is.
 */
export const reasons = {
  'career-goals': {
    label: 'My career goals',
    sentence: 'The role does not match where I want to take my career.',
  },
  salary: {
    label: 'The salary',
    sentence: 'The salary is below what I am looking for at this stage.',
  },
  'other-offer': {
    label: 'Another offer',
    sentence: 'I plan to accept another offer.',
  },
  'happy-current-job': {
    label: 'My current job',
    sentence: 'I am happy in my current job and plan to stay for now.',
  },
  'work-setup': {
    label: 'The working arrangements',
    sentence: 'The working arrangements for this role would not suit me.',
  },
  'lateral-move': {
    label: 'A sideways move',
    sentence: 'The role is close to what I do now, so it would not be the right next step for me.',
  },
  'vague-scope': {
    label: 'An unclear job description',
    sentence: 'I do not have a clear enough picture of what the role would involve.',
  },
  'long-process': {
    label: 'The hiring process',
    sentence: 'The hiring process asks for more time than I can give at the moment.',
  },
  uninteresting: {
    label: 'Not what I am looking for',
    sentence: 'The role is not quite what I am looking for.',
  },
} as const satisfies ReasonsContent;
