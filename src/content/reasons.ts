import type { ReasonsContent } from './types';

/**
 * Reasons that are fine to give, keyed by concern id. Each clause is joined to
 * the decision in a decline message ("I've decided to withdraw my application,
 * because {reason}."), at any stage, so none of them assumes how far along the
 * person is or repeats the decision.
 */
export const reasons = {
  'career-goals': {
    label: 'My career goals',
    clause: "the role doesn't fit where I want to take my career",
  },
  salary: {
    label: 'The salary',
    clause: "the salary is below what I'm looking for",
  },
  'other-offer': {
    label: 'Another offer',
    clause: 'I plan to accept another offer',
  },
  'happy-current-job': {
    label: 'My current job',
    clause: "I'm happy in my current job and plan to stay for now",
  },
  'work-setup': {
    label: 'The schedule or work setup',
    clause: "the work arrangement isn't a good fit for me",
  },
  'lateral-move': {
    label: 'A lateral move',
    clause: "the role would be a lateral move for me, and I'm looking for a step up",
  },
  'vague-scope': {
    label: 'An unclear job description',
    clause: "I don't have a clear enough picture of what the role involves",
  },
  'long-process': {
    label: 'The hiring process',
    clause: 'the hiring process asks for more time than I can give right now',
  },
  uninteresting: {
    label: "Not what I'm looking for",
    clause: "the role isn't quite what I'm looking for",
  },
} as const satisfies ReasonsContent;
