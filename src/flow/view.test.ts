// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { GuideEvent, GuideSnapshot } from './machine';
import { CONCERN_IDS, type Answers } from './questions';
import { createGuideTestModel } from './test-model';
import { answersOnPath, navigate, next, progressOf, replay, viewOf } from './view';

describe('replay', () => {
  it('stays on the start view with no answers', () => {
    expect(viewOf(replay({}).snapshot)).toEqual({ kind: 'start' });
  });

  it('stops at the first unanswered question', () => {
    const { snapshot, offPath } = replay({ stage: 'applied' });
    expect(viewOf(snapshot)).toEqual({ kind: 'question', question: 'concerns' });
    expect(offPath).toEqual([]);
  });

  it('reports answers the path never reaches', () => {
    const { snapshot, offPath } = replay({
      stage: 'outreach',
      concerns: ['mission'],
      negotiable: 'yes',
      'employer-interest': 'yes',
    });
    expect(viewOf(snapshot)).toMatchObject({ kind: 'outcome', outcome: 'decline' });
    expect(offPath).toEqual(['negotiable', 'employer-interest']);
    expect(answersOnPath(snapshot)).toEqual({ stage: 'outreach', concerns: ['mission'] });
  });

  it('reports later answers when an earlier question is missing', () => {
    const { snapshot, offPath } = replay({ concerns: ['none'] });
    expect(viewOf(snapshot)).toEqual({ kind: 'question', question: 'stage' });
    expect(offPath).toEqual(['concerns']);
  });

  it('stops at a question whose answer the machine refuses', () => {
    const bogus = { stage: 'applied', concerns: ['none', 'salary'] } as unknown as Answers;
    const { snapshot, offPath } = replay(bogus);
    expect(viewOf(snapshot)).toEqual({ kind: 'question', question: 'concerns' });
    expect(offPath).toEqual(['concerns']);
  });
});

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

describe('navigate', () => {
  const outcome = replay({
    stage: 'applied',
    concerns: ['salary'],
    negotiable: 'yes',
    'salary-gap': 'far',
    'employer-interest': 'no',
  }).snapshot;

  it('goes back to an earlier view and remembers later answers to pre-fill them', () => {
    const { snapshot, events } = navigate(outcome, { stage: 'applied', concerns: ['salary'] });

    expect(viewOf(snapshot)).toEqual({ kind: 'question', question: 'negotiable' });
    expect(events.every((e) => e.type === 'nav.back')).toBe(true);
    expect(snapshot.context.answers.negotiable).toBe('yes');
  });

  it('goes forward with the answers given', () => {
    const atStage = replay({ stage: 'applied' }).snapshot;
    const { snapshot } = navigate(atStage, { stage: 'applied', concerns: ['none'] });
    expect(viewOf(snapshot)).toEqual({
      kind: 'outcome',
      outcome: 'interview',
      template: 'accept-interview',
    });
  });

  it('chooses between the start view and the first question when no answers are given', () => {
    expect(viewOf(navigate(outcome, {}, { start: true }).snapshot)).toEqual({ kind: 'start' });
    expect(viewOf(navigate(outcome, {}).snapshot)).toEqual({ kind: 'question', question: 'stage' });
  });

  it('lands on the same view as a fresh replay, from any state of the model to any other', () => {
    const states = [
      ...new Map(
        createGuideTestModel()
          .getShortestPaths()
          .flatMap((p) => p.steps.map((s) => s.state))
          .map((s) => [JSON.stringify([s.value, answersOnPath(s)]), s] as const),
      ).values(),
    ];
    let checked = 0;
    for (const [i, from] of states.entries()) {
      // Every state to every seventh state keeps this under a second.
      for (const to of states.filter((_, j) => (i + j) % 7 === 0)) {
        const target = answersOnPath(to);
        const { snapshot, offPath } = navigate(from, target, {
          start: viewOf(to).kind === 'start',
        });
        expect(viewOf(snapshot)).toEqual(viewOf(to));
        expect(answersOnPath(snapshot)).toEqual(target);
        expect(offPath).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5000);
  });
});
