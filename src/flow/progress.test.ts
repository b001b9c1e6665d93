// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { GuideEvent, GuideSnapshot } from './machine';
import { countingAhead, progressOf } from './progress';
import { CONCERN_IDS } from './questions';
import { createGuideTestModel } from './test-model';
import { initialSnapshot, next, viewOf } from './view';
import { replay } from './test-model';

describe('progress', () => {
  it('counts up to the longest path still possible', () => {
    expect(progressOf(replay({ stage: 'applied' }).snapshot)).toEqual({
      number: 2,
      total: 5,
      exact: false,
    });
    expect(progressOf(replay({ stage: 'applied', concerns: ['work-setup'] }).snapshot)).toEqual({
      number: 3,
      total: 4,
      exact: false,
    });
    expect(progressOf(replay({ stage: 'applied', concerns: ['career-goals'] }).snapshot)).toEqual({
      number: 3,
      total: 3,
      exact: true,
    });
  });

  it('never counts the follow-up question, which only an outcome leads to', () => {
    // Every answer here may lead to the negotiate outcome, and its reply question after it.
    expect(
      progressOf(
        replay({ stage: 'applied', concerns: ['salary', 'work-setup'], negotiable: 'yes' })
          .snapshot,
      ),
    ).toEqual({ number: 4, total: 5, exact: false });
    const negotiate = replay({ stage: 'applied', concerns: ['work-setup'], negotiable: 'yes' });
    expect(viewOf(negotiate.snapshot)).toMatchObject({ kind: 'outcome', outcome: 'negotiate' });
    const reply = next(negotiate.snapshot, { type: 'reply.opened' });
    expect(viewOf(reply)).toEqual({ kind: 'question', question: 'reply' });
    expect(progressOf(reply)).toBeUndefined();
  });

  it('has none on the pushback question either, asked only from a decline', () => {
    const declined = replay({ stage: 'outreach', concerns: ['mission'] });
    const pushback = next(declined.snapshot, { type: 'reply.opened' });
    expect(viewOf(pushback)).toEqual({ kind: 'question', question: 'pushback' });
    expect(progressOf(pushback)).toBeUndefined();
  });

  it('counts ahead in several steps, and the first question counts the same after them', () => {
    const first = next(initialSnapshot(), { type: 'guide.started' });
    const steps = [...countingAhead()];
    expect(steps.length).toBeGreaterThan(1);
    expect(progressOf(first)).toEqual({ number: 1, total: 5, exact: false });
  });

  it('has none off the question pages', () => {
    expect(progressOf(replay({}).snapshot)).toBeUndefined();
    expect(progressOf(replay({ stage: 'applied', concerns: ['none'] }).snapshot)).toBeUndefined();
  });

  it('never grows its total and always counts one on, along every path of the model', () => {
    for (const path of createGuideTestModel().getShortestPaths()) {
      let previous = progressOf(path.steps[0]!.state);
      for (const { state, event } of path.steps.slice(1)) {
        const current = progressOf(state);
        if (event.type === 'answer.submitted' && previous && current) {
          expect(current.number).toBe(previous.number + 1);
          expect(current.total).toBeLessThanOrEqual(previous.total);
        }
        previous = current;
      }
    }
  });

  it('explores concerns honestly: no set of concerns asks more than its longest single one', () => {
    const later = {
      negotiable: ['yes', 'no', 'unsure'],
      'salary-gap': ['reasonable', 'far', 'unsure'],
      'employer-interest': ['yes', 'no'],
    } as const;
    const longestFrom = (snapshot: GuideSnapshot): number => {
      const view = viewOf(snapshot);
      if (view.kind !== 'question') return 0;
      const options: readonly string[] = later[view.question as keyof typeof later];
      const answer = (value: string) =>
        next(snapshot, {
          type: 'answer.submitted',
          question: view.question,
          answer: value,
        } as GuideEvent);
      return 1 + Math.max(...options.map((value) => longestFrom(answer(value))));
    };
    const atConcerns = replay({ stage: 'applied' }).snapshot;
    const questionsAfter = (concerns: readonly string[]) =>
      longestFrom(
        next(atConcerns, {
          type: 'answer.submitted',
          question: 'concerns',
          answer: concerns,
        } as GuideEvent),
      );

    const singleMax = Math.max(...CONCERN_IDS.map((c) => questionsAfter([c])));
    let subsetMax = 0;
    for (let mask = 1; mask < 1 << CONCERN_IDS.length; mask++) {
      subsetMax = Math.max(
        subsetMax,
        questionsAfter(CONCERN_IDS.filter((_, i) => mask & (1 << i))),
      );
    }

    expect(subsetMax).toBe(singleMax);
  }, 60_000);
});
