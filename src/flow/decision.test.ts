// @vitest-environment node
/**
 * Every combination of answers the brief allows, checked against an oracle
 * written from the brief's tables, independently of the rules and guards.
 */
import { describe, expect, it } from 'vitest';
import type { Answers, OutcomeId, TemplateId } from './questions';
import { replay, viewOf } from './view';

type A = {
  stage: string;
  concerns: readonly string[];
  negotiable?: string;
  'salary-gap'?: string;
  'employer-interest'?: string;
};

const STAGES = ['outreach', 'applied', 'interviewing'];
const CONCERNS = [
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
const NEGOTIABLE = ['salary', 'work-setup'];
const ABOUT_EMPLOYER = [
  'mission',
  'culture',
  'reputation',
  'not-legitimate',
  'pushy-recruiter',
  'long-process',
];

const has = (a: A, concern: string) => a.concerns.includes(concern);
const allNegotiable = (a: A) => !has(a, 'none') && a.concerns.every((c) => NEGOTIABLE.includes(c));

/** The brief, "The decision": in order, first match wins. */
const DECISION: readonly [rule: string, applies: (a: A) => boolean, outcome: OutcomeId][] = [
  ['concerns is none', (a) => has(a, 'none'), 'interview'],
  ['not-legitimate is a concern', (a) => has(a, 'not-legitimate'), 'decline'],
  [
    'every concern negotiable, would want it, pay gap closable',
    (a) =>
      allNegotiable(a) &&
      ['yes', 'unsure'].includes(a.negotiable ?? '') &&
      (!has(a, 'salary') || ['reasonable', 'unsure'].includes(a['salary-gap'] ?? '')),
    'negotiate',
  ],
  ['otherwise', () => true, 'decline'],
];

/** The brief, "Templates": the first row that applies. */
const TEMPLATES: readonly [applies: (a: A, outcome: OutcomeId) => boolean, template: TemplateId][] =
  [
    [(_a, o) => o === 'interview', 'accept-interview'],
    [(_a, o) => o === 'negotiate', 'negotiate'],
    [(a) => has(a, 'not-legitimate'), 'decline-brief'],
    [(a) => a['employer-interest'] === 'yes', 'keep-door-open'],
    [(a) => a.stage === 'outreach', 'decline-outreach'],
    [(a) => a.stage === 'applied', 'decline-first-interview'],
    [(a) => a.stage === 'interviewing', 'withdraw'],
  ];

function oracle(a: A): { outcome: OutcomeId; template: TemplateId } {
  const outcome = DECISION.find(([, applies]) => applies(a))![2];
  const template = TEMPLATES.find(([applies]) => applies(a, outcome))![1];
  return { outcome, template };
}

/** The brief, "Questions and answers": when each follow-up is asked. */
const asksNegotiable = (a: A) => !has(a, 'not-legitimate') && allNegotiable(a);
const asksSalaryGap = (a: A) =>
  asksNegotiable(a) && has(a, 'salary') && ['yes', 'unsure'].includes(a.negotiable ?? '');
const asksEmployerInterest = (a: A) =>
  oracle(a).outcome === 'decline' && !a.concerns.some((c) => ABOUT_EMPLOYER.includes(c));

/** Every answer set the brief allows, with the questions each one asks. */
function* everyCombination(): Generator<{ answers: A; asked: string[] }> {
  const subsets: string[][] = [['none']];
  for (let mask = 1; mask < 1 << CONCERNS.length; mask++) {
    subsets.push(CONCERNS.filter((_, i) => mask & (1 << i)));
  }
  for (const stage of STAGES) {
    for (const concerns of subsets) {
      yield* followUps({ stage, concerns }, ['stage', 'concerns']);
    }
  }
}

function* followUps(a: A, asked: string[]): Generator<{ answers: A; asked: string[] }> {
  if (asksNegotiable(a) && a.negotiable === undefined) {
    for (const negotiable of ['yes', 'no', 'unsure']) {
      yield* followUps({ ...a, negotiable }, [...asked, 'negotiable']);
    }
  } else if (asksSalaryGap(a) && a['salary-gap'] === undefined) {
    for (const gap of ['reasonable', 'far', 'unsure']) {
      yield* followUps({ ...a, 'salary-gap': gap }, [...asked, 'salary-gap']);
    }
  } else if (asksEmployerInterest(a) && a['employer-interest'] === undefined) {
    for (const interest of ['yes', 'no']) {
      yield* followUps({ ...a, 'employer-interest': interest }, [...asked, 'employer-interest']);
    }
  } else {
    yield { answers: a, asked };
  }
}

describe('every combination of answers', () => {
  it('ends at the outcome and template the brief gives, asking exactly the brief’s questions', () => {
    let checked = 0;
    const reached = new Set<string>();
    const mismatches: string[] = [];
    for (const { answers, asked } of everyCombination()) {
      const { snapshot, offPath } = replay(answers as Answers);
      const view = viewOf(snapshot);
      const expected = oracle(answers);
      const got =
        view.kind === 'outcome' ? { outcome: view.outcome, template: view.template } : view;
      if (
        JSON.stringify(got) !== JSON.stringify(expected) ||
        JSON.stringify(snapshot.context.path) !== JSON.stringify(asked) ||
        offPath.length > 0 ||
        JSON.stringify(Object.keys(snapshot.context.answers)) !== JSON.stringify(asked)
      ) {
        if (mismatches.length < 5)
          mismatches.push(
            `${JSON.stringify(answers)} → ${JSON.stringify(got)}, path ${snapshot.context.path}`,
          );
      }
      reached.add(`${expected.outcome}/${expected.template}`);
      checked++;
    }
    console.log(`decision: ${checked} answer combinations checked against the brief's oracle`);
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(98_000);
    expect([...reached].sort()).toEqual([
      'decline/decline-brief',
      'decline/decline-first-interview',
      'decline/decline-outreach',
      'decline/keep-door-open',
      'decline/withdraw',
      'interview/accept-interview',
      'negotiate/negotiate',
    ]);
  }, 120_000);
});
