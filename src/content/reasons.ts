import type { ReasonsContent } from './types';

/**
 * Reasons that are fine to give, keyed by concern id. Each clause is joined to
 * the decision in a decline message ("I've decided to withdraw my application
 * because {reason}.", no comma), at any stage, so none of them assumes how far
 * along the person is, repeats the decision, says "role" (the sentences around
 * it do) or invites a reply that reopens it ("happy to clarify", "then why did
 * you apply?").
 */
export const reasons = {
  'career-goals': {
    label: 'My career goals',
    clause: "I'm taking my career in a different direction",
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
    clause: "I'm staying in my current job for now",
  },
  'work-setup': {
    label: 'The schedule or work setup',
    clause: "the work arrangement isn't a good fit for me",
  },
  'lateral-move': {
    label: 'A lateral move',
    clause: "I'm looking for a step up rather than a lateral move",
  },
  'vague-scope': {
    label: 'An unclear job description',
    clause: "I'm looking for a position with a more clearly defined scope",
  },
  'long-process': {
    label: 'The hiring process',
    clause: 'the hiring process asks for more time than I can give right now',
  },
  uninteresting: {
    label: "Not what I'm looking for",
    clause: "the work isn't quite what I'm looking for",
  },
} as const satisfies ReasonsContent;
