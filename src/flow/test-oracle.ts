/**
 * Test only: the brief's decision written out as tables, independently of the
 * rules and guards, so tests can check the machine (and the app) against it.
 */
import type { Answers, OutcomeId, TemplateId } from './questions';

/** A complete set of answers as the brief describes them (plain strings, no ids imported). */
export type BriefAnswers = {
  stage: string;
  concerns: readonly string[];
  negotiable?: string;
  'salary-gap'?: string;
  'employer-interest'?: string;
  /** Given only once the person comes back to the negotiate outcome. */
  reply?: string;
  /** Given only once the person comes back to a decline that closed a real opportunity. */
  pushback?: string;
};

export const STAGES = ['outreach', 'applied', 'interviewing'];
export const CONCERNS = [
  'mission',
  'career-goals',
  'salary',
  'culture',
  'vague-scope',
  'reputation',
  'not-legitimate',
  'other-offer',
  'happy-current-job',
  'work-setup',
  'lateral-move',
  'pushy-recruiter',
  'long-process',
  'uninteresting',
  'gut-feeling',
];
/** The brief's concerns that could be negotiated. */
export const NEGOTIABLE = ['salary', 'work-setup'];
/** The brief's concerns about the employer itself. */
export const ABOUT_EMPLOYER = [
  'mission',
  'culture',
  'reputation',
  'not-legitimate',
  'pushy-recruiter',
  'long-process',
];

const has = (a: BriefAnswers, concern: string) => a.concerns.includes(concern);
const allNegotiable = (a: BriefAnswers) =>
  !has(a, 'none') && a.concerns.every((c) => NEGOTIABLE.includes(c));
/** Rule 3 before it was amended: the only dealbreakers could be negotiated. */
const worthTalking = (a: BriefAnswers) =>
  allNegotiable(a) &&
  ['yes', 'unsure'].includes(a.negotiable ?? '') &&
  (!has(a, 'salary') || ['reasonable', 'unsure'].includes(a['salary-gap'] ?? ''));

/** The brief, "The decision": in order, first match wins. */
const DECISION: readonly [
  rule: string,
  applies: (a: BriefAnswers) => boolean,
  outcome: OutcomeId,
][] = [
  ['concerns is none', (a) => has(a, 'none'), 'interview'],
  ['not-legitimate is a concern', (a) => has(a, 'not-legitimate'), 'decline'],
  [
    'every concern negotiable, would want it, pay gap closable; they offered enough',
    (a) => worthTalking(a) && a.reply === 'enough',
    'interview',
  ],
  [
    'every concern negotiable, would want it, pay gap closable; they did not offer enough',
    (a) => worthTalking(a) && a.reply === 'not-enough',
    'decline',
  ],
  [
    'every concern negotiable, would want it, pay gap closable; no reply yet',
    worthTalking,
    'negotiate',
  ],
  ['otherwise', () => true, 'decline'],
];

/** The brief, "Templates": the first row that applies. */
const TEMPLATES: readonly [
  applies: (a: BriefAnswers, outcome: OutcomeId) => boolean,
  template: TemplateId,
][] = [
  [(a, o) => o === 'decline' && a.pushback !== undefined, 'hold-decline'],
  [(a, o) => o === 'interview' && worthTalking(a), 'accept-after-talks'],
  [(a, o) => o === 'decline' && worthTalking(a), 'decline-after-talks'],
  [(_a, o) => o === 'interview', 'accept-interview'],
  [(_a, o) => o === 'negotiate', 'negotiate'],
  [(a) => has(a, 'not-legitimate'), 'decline-brief'],
  [(a) => a['employer-interest'] === 'yes', 'keep-door-open'],
  [(a) => a.stage === 'outreach', 'decline-outreach'],
  [(a) => a.stage === 'applied', 'decline-first-interview'],
  [(a) => a.stage === 'interviewing', 'withdraw'],
];

/** The outcome and template the brief gives for a complete set of answers. */
export function oracle(a: BriefAnswers): { outcome: OutcomeId; template: TemplateId } {
  const outcome = DECISION.find(([, applies]) => applies(a))![2];
  const template = TEMPLATES.find(([applies]) => applies(a, outcome))![1];
  return { outcome, template };
}

/** The brief, "Questions and answers": when each follow-up is asked. */
export const asksNegotiable = (a: BriefAnswers) => !has(a, 'not-legitimate') && allNegotiable(a);
export const asksSalaryGap = (a: BriefAnswers) =>
  asksNegotiable(a) && has(a, 'salary') && ['yes', 'unsure'].includes(a.negotiable ?? '');
export const asksEmployerInterest = (a: BriefAnswers) =>
  !worthTalking(a) &&
  oracle(a).outcome === 'decline' &&
  !a.concerns.some((c) => ABOUT_EMPLOYER.includes(c));
/** Asked only after the negotiate outcome, and only if the person comes back to it. */
export const asksReply = (a: BriefAnswers) => worthTalking(a);
/** The brief's decline templates that close a real opportunity: `pushback` follows them. */
export const CLOSES_AN_OPPORTUNITY = [
  'decline-outreach',
  'decline-first-interview',
  'withdraw',
  'keep-door-open',
];
/** Asked only after one of those declines (never a scam, never after talks), if the person comes back. */
export const asksPushback = (a: BriefAnswers) =>
  a.reply === undefined &&
  CLOSES_AN_OPPORTUNITY.includes(oracle({ ...a, pushback: undefined }).template);

/**
 * The outcome the brief gives for the answers the guide holds, or undefined
 * while a question the brief would ask is still unanswered (`reply` need not
 * be: without it, the outcome is `negotiate`).
 */
export function oracleFor(
  answers: Answers,
): { outcome: OutcomeId; template: TemplateId } | undefined {
  if (answers.stage === undefined || answers.concerns === undefined) return undefined;
  const a = answers as BriefAnswers;
  if (asksNegotiable(a) && a.negotiable === undefined) return undefined;
  if (asksSalaryGap(a) && a['salary-gap'] === undefined) return undefined;
  if (asksEmployerInterest(a) && a['employer-interest'] === undefined) return undefined;
  return oracle(a);
}
