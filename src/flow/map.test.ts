// @vitest-environment node
/**
 * The decision map against the machine: every state and every answer
 * transition is on it, and the path it highlights is the one the answers
 * took. The layout's tests sit beside it, in `src/ui/map/layout.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { guideMachine, type GuideSnapshot } from './machine';
import { decisionGraph, pathOf, stateValueId, type MapEdge, type RuleRef } from './map';
import { FOLLOW_UPS, type Answers, type OptionId } from './questions';
import * as rules from './rules';
import { createGuideTestModel } from './test-model';
import { answersOnPath, initialSnapshot, next, viewOf, type View } from './view';
import { replay } from './test-model';

const graph = decisionGraph();
const nodeIds = new Set(graph.nodes.map((n) => n.id));
const model = createGuideTestModel();
const paths = model.getShortestPaths();

type StateNode = typeof guideMachine.root;

/** Every state node under the root, depth first. */
function allStates(node: StateNode = guideMachine.root): StateNode[] {
  return Object.values(node.states).flatMap((child) => [
    child as StateNode,
    ...allStates(child as StateNode),
  ]);
}

const pathOfNode = (node: { path: readonly string[] }) => node.path.join('.');
const hasMeta = (node: StateNode) => Object.keys(node.meta ?? {}).length > 0;
const isTransient = (node: StateNode) => (node.always?.length ?? 0) > 0;

describe('the map’s nodes', () => {
  it('has a node for every state the guide can rest in', () => {
    const values = Object.values(model.getAdjacencyMap()).map(({ state }) =>
      stateValueId(state.value),
    );
    expect(values.length).toBeGreaterThan(0);
    for (const value of new Set(values)) expect(nodeIds).toContain(value);
  });

  it('has a node for every state of the definition, except parents and pass-through states', () => {
    for (const state of allStates()) {
      const drawn = hasMeta(state) || (state.type === 'atomic' && !isTransient(state));
      expect(nodeIds.has(pathOfNode(state)), pathOfNode(state)).toBe(drawn);
    }
    expect(graph.nodes).toHaveLength(
      allStates().filter((s) => hasMeta(s) || (s.type === 'atomic' && !isTransient(s))).length,
    );
  });

  it('places every node at its longest distance from the start', () => {
    expect(graph.depth.get('start')).toBe(0);
    for (const edge of graph.edges) {
      expect(graph.depth.get(edge.to)!).toBeGreaterThan(graph.depth.get(edge.from)!);
    }
  });
});

describe('the map’s edges', () => {
  const routing = (e: MapEdge) => e.event !== 'entry';

  it('has an edge for every answer, start and choosing transition of the definition, in order', () => {
    const expected: [string, string, string][] = [];
    for (const state of allStates()) {
      // A pass-through state's choices belong to the state it sits in.
      const from = pathOfNode(isTransient(state) && !hasMeta(state) ? state.parent! : state);
      const own = [
        ...(state.transitions.get('guide.started') ?? []),
        ...(state.transitions.get('answer.submitted') ?? []),
        ...(state.transitions.get('reply.opened') ?? []),
        ...(state.always ?? []),
      ];
      for (const transition of own) {
        for (const target of transition.target ?? []) {
          expected.push([from, pathOfNode(target), transition.eventType || 'always']);
        }
      }
    }
    const actual = graph.edges
      .filter(routing)
      .map((e) => [e.from, e.to, e.event === 'always' ? 'always' : e.event]);
    expect(actual).toEqual(
      expected.map(([from, to, event]) => [from, to, event === '' ? 'always' : event]),
    );
  });

  it('leaves out the navigation events', () => {
    const events = new Set(graph.edges.map((e) => e.event));
    expect([...events].sort()).toEqual([
      'always',
      'answer.submitted',
      'entry',
      'guide.started',
      'reply.opened',
    ]);
  });

  it('enters an outcome with one message straight away', () => {
    for (const edge of graph.edges.filter((e) => e.event === 'entry')) {
      expect(edge.to.startsWith(`${edge.from}.`)).toBe(true);
      expect(graph.edges.filter((e) => e.from === edge.from)).toEqual([edge]);
    }
  });

  it('joins every state the guide can step to by answering, as the model finds them', () => {
    const adjacency = model.getAdjacencyMap();
    let checked = 0;
    for (const { state, transitions } of Object.values(adjacency)) {
      for (const { event, state: after } of Object.values(transitions) as {
        event: { type: string };
        state: GuideSnapshot;
      }[]) {
        if (!['answer.submitted', 'guide.started', 'reply.opened'].includes(event.type)) continue;
        const from = stateValueId(state.value);
        const to = stateValueId(after.value);
        if (from === to) continue;
        checked++;
        const direct = graph.edges.some((e) => e.from === from && e.to === to);
        const through = graph.edges.some(
          (e) =>
            e.from === from && graph.edges.some((inner) => inner.from === e.to && inner.to === to),
        );
        expect(direct || through, `${from} -> ${to}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('labels each guarded edge with the rules of its guard, leaving out which question it answers', () => {
    const named = graph.edges.flatMap((e) =>
      e.condition.kind === 'rules' ? e.condition.rules : [],
    );
    expect(named.length).toBeGreaterThan(0);
    for (const rule of named) expect(Object.keys(rules)).toContain(rule.type);
  });

  it('gives a question one unguarded way on at most, and only as its last', () => {
    const sources = new Set(graph.edges.map((e) => `${e.from} ${e.event}`));
    for (const source of sources) {
      const out = graph.edges.filter((e) => `${e.from} ${e.event}` === source);
      const open = out.filter((e) => e.condition.kind !== 'rules');
      expect(open.length).toBeLessThanOrEqual(1);
      if (open[0]) expect(out.at(-1)).toBe(open[0]);
    }
  });
});

/** Whether a rule on the map holds for the answers. */
function holds(rule: RuleRef, snapshot: GuideSnapshot): boolean {
  const answers = snapshot.context.answers;
  if (rule.type === 'isAtStage') {
    return rules.isAtStage(rule.params!.stage as OptionId<'stage'>)(answers);
  }
  return rules[rule.type](answers);
}

describe('pathOf', () => {
  it('is only the start on the start view', () => {
    expect(pathOf(initialSnapshot())).toEqual({ nodes: ['start'], edges: [] });
  });

  describe.each(paths.map((p) => [p.description, p.state] as const))('%s', (_d, snapshot) => {
    const path = pathOf(snapshot);
    const view = viewOf(snapshot);

    it('goes from the start through each question answered to where the guide is', () => {
      const nodesOf = (v: View) =>
        v.kind === 'question'
          ? [v.question]
          : v.kind === 'outcome'
            ? [`outcome.${v.outcome}`, `outcome.${v.outcome}.${v.template}`]
            : [];
      // A follow-up question is opened from the outcome and message the answers before it reach.
      const openedFrom = (answers: Answers) => nodesOf(viewOf(replay(answers).snapshot));
      const asked = view.kind === 'start' ? [] : snapshot.context.path;
      const expected = ['start'];
      const before: Record<string, unknown> = {};
      for (const question of asked) {
        if (FOLLOW_UPS.has(question)) expected.push(...openedFrom(before as Answers));
        expected.push(question);
        before[question] = snapshot.context.answers[question];
      }
      if (view.kind === 'question' && FOLLOW_UPS.has(view.question)) {
        expected.push(...openedFrom(before as Answers));
      }
      // An answer to `pushback` keeps the outcome it was opened from and goes straight to its message.
      const keepsOutcome = asked.at(-1) === 'pushback' && view.kind === 'outcome';
      expected.push(...(keepsOutcome ? nodesOf(view).slice(1) : nodesOf(view)));
      expect(path.nodes).toEqual(expected);
      expect(Object.keys(answersOnPath(snapshot)).sort()).toEqual([...asked].sort());
    });

    it('takes edges that join its nodes, each one that the answers given lead along', () => {
      expect(path.edges).toHaveLength(path.nodes.length - 1);
      path.edges.forEach((id, i) => {
        const edge = graph.edges.find((e) => e.id === id)!;
        expect([edge.from, edge.to]).toEqual([path.nodes[i], path.nodes[i + 1]]);
        const siblings = graph.edges.filter((e) => e.from === edge.from && e.event === edge.event);
        const earlier = siblings.slice(0, siblings.indexOf(edge));
        for (const other of earlier) {
          if (other.condition.kind === 'rules') {
            expect(other.condition.rules.every((r) => holds(r, snapshot))).toBe(false);
          }
        }
        if (edge.condition.kind === 'rules') {
          expect(edge.condition.rules.every((r) => holds(r, snapshot))).toBe(true);
        }
      });
    });
  });

  it('takes every edge over the model’s paths, but fallbacks that earlier rules pre-empt', () => {
    const taken = new Set(paths.flatMap((p) => pathOf(p.state).edges));
    const untaken = graph.edges.filter((e) => !taken.has(e.id));
    expect(taken.size).toBeGreaterThan(graph.edges.length / 2);
    for (const edge of untaken) expect(edge.condition.kind, edge.id).toBe('otherwise');
  });

  it('follows a question on screen part-way through', () => {
    const snapshot = [
      { type: 'guide.started' },
      { type: 'answer.submitted', question: 'stage', answer: 'outreach' },
    ].reduce((s, e) => next(s, e as never), initialSnapshot());
    expect(pathOf(snapshot).nodes).toEqual(['start', 'stage', 'concerns']);
  });
});
