// @vitest-environment node
/**
 * Every combination of answers the brief allows, checked against an oracle
 * written from the brief's tables (test-oracle.ts), independently of the
 * rules and guards. Each answer set that ends at a negotiate outcome comes
 * with each reply too, and each that ends at a decline closing a real
 * opportunity with each pushback.
 */
import { describe, expect, it } from 'vitest';
import type { GuideEvent, GuideSnapshot } from './machine';
import type { Answers, QuestionId } from './questions';
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
import { initialSnapshot, next, viewOf } from './view';
import { replay } from './test-model';

/** An answer set the brief allows, the questions it asks, and where the machine stands after them. */
interface Walked {
  readonly answers: A;
  readonly asked: string[];
  readonly snapshot: GuideSnapshot;
}

const answer = (question: string, value: unknown): GuideEvent =>
  ({ type: 'answer.submitted', question: question as QuestionId, answer: value }) as GuideEvent;

/**
 * Every answer set the brief allows, walked as a tree: each answer is sent
 * once, from the snapshot its shared prefix reached, instead of replaying the
 * whole set from the start for each combination (the same transitions, not
 * computed again). The questions asked come from the oracle, not the machine.
 */
function* everyCombination(): Generator<Walked> {
  const subsets: string[][] = [['none']];
  for (let mask = 1; mask < 1 << CONCERNS.length; mask++) {
    subsets.push(CONCERNS.filter((_, i) => mask & (1 << i)));
  }
  const started = next(initialSnapshot(), { type: 'guide.started' });
  for (const stage of STAGES) {
    const staged = next(started, answer('stage', stage));
    for (const concerns of subsets) {
      const snapshot = next(staged, answer('concerns', concerns));
      yield* followUps({ stage, concerns }, ['stage', 'concerns'], snapshot);
    }
  }
}

function* followUps(a: A, asked: string[], at: GuideSnapshot): Generator<Walked> {
  const ask = function* (question: keyof A, values: string[]) {
    for (const value of values) {
      const answers = { ...a, [question]: value };
      yield* followUps(answers, [...asked, question], next(at, answer(question, value)));
    }
  };
  if (asksNegotiable(a) && a.negotiable === undefined) {
    yield* ask('negotiable', ['yes', 'no', 'unsure']);
  } else if (asksSalaryGap(a) && a['salary-gap'] === undefined) {
    yield* ask('salary-gap', ['reasonable', 'far', 'unsure']);
  } else if (asksEmployerInterest(a) && a['employer-interest'] === undefined) {
    yield* ask('employer-interest', ['yes', 'no']);
  } else {
    yield { answers: a, asked, snapshot: at };
    // The person may come back to the negotiate outcome with their reply, or never;
    // or to a decline that closed a real opportunity, with the recruiter's answer.
    const replies = [
      ...(asksReply(a) ? (['reply', ['enough', 'not-enough']] as const) : []),
      ...(asksPushback(a) ? (['pushback', ['asked-why', 'asked-to-reconsider']] as const) : []),
    ];
    for (let i = 0; i < replies.length; i += 2) {
      const question = replies[i] as 'reply' | 'pushback';
      const opened = next(at, { type: 'reply.opened' });
      for (const value of replies[i + 1] as readonly string[]) {
        yield {
          answers: { ...a, [question]: value },
          asked: [...asked, question],
          snapshot: next(opened, answer(question, value)),
        };
      }
    }
  }
}

/** Where a snapshot stands, to compare a walked one with a replayed one. */
const standing = (snapshot: GuideSnapshot) =>
  JSON.stringify([snapshot.value, snapshot.context.path, snapshot.context.answers]);

describe('every combination of answers', () => {
  it('ends at the outcome and template the brief gives, asking exactly the brief’s questions', () => {
    let checked = 0;
    const reached = new Set<string>();
    const mismatches: string[] = [];
    let replayed = 0;
    for (const { answers, asked, snapshot } of everyCombination()) {
      // One in 50, replayed from the start as a share link does: it must stand where the walk does.
      if (checked % 50 === 0) {
        const { snapshot: again, offPath } = replay(answers as Answers);
        if (offPath.length > 0 || standing(again) !== standing(snapshot)) {
          mismatches.push(`${JSON.stringify(answers)} replayed differs from the walk`);
        }
        replayed++;
      }
      const view = viewOf(snapshot);
      const expected = oracle(answers);
      const got =
        view.kind === 'outcome' ? { outcome: view.outcome, template: view.template } : view;
      if (
        JSON.stringify(got) !== JSON.stringify(expected) ||
        JSON.stringify(snapshot.context.path) !== JSON.stringify(asked) ||
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
    console.log(
      `decision: ${checked} answer combinations checked against the brief's oracle (${replayed} also replayed from the start)`,
    );
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(200_000);
    expect(replayed).toBeGreaterThan(4_000);
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
