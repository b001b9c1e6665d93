// @vitest-environment node
/**
 * Every combination of answers the brief allows, checked against an oracle
 * written from the brief's tables (test-oracle.ts), independently of the
 * rules and guards. Each answer set that ends at a negotiate outcome comes
 * with each reply too, and each that ends at a decline closing a real
 * opportunity with each pushback.
 */
import { describe, expect, it } from 'vitest';
import type { Answers } from './questions';
import {
  CONCERNS,
  STAGES,
  asksEmployerInterest,
  asksNegotiable,
  asksPushback,
  asksReply,
  asksSalaryGap,
  oracle,
  type BriefAnswers as A,
} from './test-oracle';
import { viewOf } from './view';
import { replay } from './test-model';

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
    // The person may come back to the negotiate outcome with their reply, or never.
    if (asksReply(a)) {
      for (const reply of ['enough', 'not-enough']) {
        yield { answers: { ...a, reply }, asked: [...asked, 'reply'] };
      }
    }
    // Or come back to a decline that closed a real opportunity, with the recruiter's answer.
    if (asksPushback(a)) {
      for (const pushback of ['asked-why', 'asked-to-reconsider']) {
        yield { answers: { ...a, pushback }, asked: [...asked, 'pushback'] };
      }
    }
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
    expect(checked).toBeGreaterThan(200_000);
    expect([...reached].sort()).toEqual([
      'decline/decline-after-talks',
      'decline/decline-brief',
      'decline/decline-first-interview',
      'decline/decline-outreach',
      'decline/hold-decline',
      'decline/keep-door-open',
      'decline/withdraw',
      'interview/accept-after-talks',
      'interview/accept-interview',
      'negotiate/negotiate',
    ]);
  }, 600_000);
});
