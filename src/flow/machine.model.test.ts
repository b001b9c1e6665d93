// @vitest-environment node
/**
 * Model-based: the paths come from the machine itself. Each shortest path to
 * every distinct state is replayed on a real actor, and the set of paths must
 * reach every question, outcome and template, with no dead ends.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { guideMachine, type GuideEvent, type GuideSnapshot } from './machine';
import { OUTCOME_IDS, QUESTION_IDS, TEMPLATE_IDS } from './questions';
import { createGuideTestModel, serializeSnapshot } from './test-model';
import { answersOnPath, choiceOf, initialSnapshot, navigate, viewOf } from './view';

const model = createGuideTestModel();
const paths = model.getShortestPaths();

describe('the guide’s test model', () => {
  it('finds a path through every distinct state', () => {
    const states = new Set(paths.flatMap((p) => p.steps.map((s) => serializeSnapshot(s.state))));
    console.log(`model: ${paths.length} paths through ${states.size} distinct states`);
    expect(states.size).toBe(Object.keys(model.getAdjacencyMap()).length);
  });

  it('reaches every question, outcome and template', () => {
    const views = paths.flatMap((p) => [...p.steps.map((s) => s.state), p.state]).map(viewOf);
    const questions = new Set(views.flatMap((v) => (v.kind === 'question' ? [v.question] : [])));
    const outcomes = new Set(views.flatMap((v) => (v.kind === 'outcome' ? [v.outcome] : [])));
    const templates = new Set(views.flatMap((v) => (v.kind === 'outcome' ? [v.template] : [])));

    expect([...questions].sort()).toEqual([...QUESTION_IDS].sort());
    expect([...outcomes].sort()).toEqual([...OUTCOME_IDS].sort());
    expect([...templates].sort()).toEqual([...TEMPLATE_IDS].sort());
  });

  it('has no dead ends: every state has a way on and a way out', () => {
    const adjacency = model.getAdjacencyMap();
    const stuck = Object.entries(adjacency).filter(([key, { transitions }]) => {
      const nextStates = Object.values(transitions) as { state: GuideSnapshot }[];
      return nextStates.every(({ state }) => serializeSnapshot(state) === key);
    });
    expect(stuck.map(([key]) => key)).toEqual([]);
  });

  it('never rests in a transient choosing state', () => {
    const resting = paths.filter(
      (p) =>
        p.state.matches({ outcome: { decline: 'choosing' } }) ||
        p.state.matches({ outcome: { interview: 'choosing' } }),
    );
    expect(resting).toEqual([]);
  });

  describe.each(paths.map((p) => [p.description, p] as const))('%s', (_description, path) => {
    it('replays on a real actor, state by state', async () => {
      const actor = createActor(guideMachine).start();
      await path.test({
        events: {
          'guide.started': ({ event }) => actor.send(event as GuideEvent),
          'answer.submitted': ({ event }) => actor.send(event as GuideEvent),
          'nav.back': ({ event }) => actor.send(event as GuideEvent),
          'reply.opened': ({ event }) => actor.send(event as GuideEvent),
          'guide.restarted': ({ event }) => actor.send(event as GuideEvent),
        },
        states: {
          '*': (state) => {
            expect(serializeSnapshot(actor.getSnapshot())).toBe(serializeSnapshot(state));
          },
        },
      });
      actor.stop();
    });

    it('is reached again from a share link of its answers', () => {
      const { followUp } = choiceOf(path.state);
      const { snapshot, offPath } = navigate(initialSnapshot(), answersOnPath(path.state), {
        start: true,
        followUp,
      });
      const view = viewOf(path.state);
      expect(offPath).toEqual([]);
      if (view.kind !== 'start') expect(viewOf(snapshot)).toEqual(view);
    });
  });
});
