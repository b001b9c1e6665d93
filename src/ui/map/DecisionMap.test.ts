import { cleanup, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decisionMap, outcomes, questions, templates } from '../../content';
import { decisionGraph, pathOf } from '../../flow/map';
import type { GuideSnapshot } from '../../flow/machine';
import { TEMPLATE_IDS, type Answers, type QuestionId } from '../../flow/questions';
import { createGuideTestModel } from '../../flow/test-model';
import { viewOf } from '../../flow/view';
import { replay } from '../../flow/test-model';
import DecisionMap from './DecisionMap.svelte';
import { answerLabels } from '../answers/labels';
import { mapText } from './map-labels';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const JOURNEYS: Record<string, Answers> = {
  'keep the door open': {
    stage: 'applied',
    concerns: ['salary'],
    negotiable: 'yes',
    'salary-gap': 'far',
    'employer-interest': 'yes',
  },
  interview: { stage: 'interviewing', concerns: ['none'] },
  negotiate: { stage: 'outreach', concerns: ['work-setup'], negotiable: 'unsure' },
  'not genuine': { stage: 'outreach', concerns: ['not-legitimate', 'salary'] },
  withdraw: { stage: 'interviewing', concerns: ['culture'] },
};

function renderMap(answers: Answers) {
  const { snapshot } = replay(answers);
  const result = render(DecisionMap, { props: { snapshot } });
  const svg = screen.getByRole('img', { name: decisionMap.heading });
  return { ...result, snapshot, svg };
}

/** Text without its spaces: SVG text is drawn a line at a time. */
const squash = (text: string | null) => (text ?? '').replace(/\s+/g, '');

function marked(svg: Element, attribute: 'data-node' | 'data-edge'): string[] {
  return [...svg.querySelectorAll(`[${attribute}][data-on-path]`)].map((el) =>
    el.getAttribute(attribute)!,
  );
}

describe.each(Object.entries(JOURNEYS))('the map for %s', (_name, answers) => {
  it('lists each answer given, in order, then the outcome and its message', () => {
    const { snapshot } = renderMap(answers);
    const view = viewOf(snapshot);
    if (view.kind !== 'outcome') throw new Error('Each journey ends at an outcome.');

    expect(screen.getByRole('heading', { name: decisionMap.pathHeading })).toBeVisible();
    // Each step is an item of the path list; an answer of several options is a list inside it.
    const path = screen.getAllByRole('list')[0]!;
    const items = [...path.children];
    const asked = snapshot.context.path as readonly QuestionId[];
    const squash = (text: string | null | undefined) => text?.replace(/\s+/g, '');
    expect(items.map((li) => squash(li.textContent))).toEqual(
      [
        ...asked.map(
          (q) => `${questions[q].summaryLabel}:${answerLabels(q, answers[q]!).join('')}`,
        ),
        `${decisionMap.outcomeLabel}: ${outcomes[view.outcome].headline}`,
        `${decisionMap.messageLabel}: ${templates[view.template].name}`,
      ].map(squash),
    );
    expect(asked).toEqual(Object.keys(answers));
  });

  it('highlights exactly the path’s nodes and edges', () => {
    const { snapshot, svg } = renderMap(answers);
    const path = pathOf(snapshot);

    expect(marked(svg, 'data-node').sort()).toEqual([...path.nodes].sort());
    expect(marked(svg, 'data-edge').sort()).toEqual([...path.edges].sort());
    for (const id of path.nodes) {
      expect(svg.querySelector(`[data-node="${id}"]`)).toHaveClass('node--on');
    }
    for (const id of path.edges) {
      const edge = svg.querySelector(`[data-edge="${id}"]`)!;
      expect(edge).toHaveClass('edge--on');
      expect(edge.getAttribute('marker-end')).toMatch(/-on\)$/);
    }
  });

  it('numbers the steps on the map as the list does', () => {
    const { snapshot, svg } = renderMap(answers);
    const steps = pathOf(snapshot).nodes.slice(1);
    steps.forEach((id, i) => {
      const node = svg.querySelector(`[data-node="${id}"]`)!;
      expect(node.querySelector('.badge__number')?.textContent).toBe(String(i + 1));
    });
    expect(svg.querySelectorAll('.badge__number')).toHaveLength(steps.length);
  });
});

describe('the diagram', () => {
  it('is an image named and described from the content', () => {
    const { svg } = renderMap(JOURNEYS.withdraw!);
    expect(svg).toHaveAccessibleName(decisionMap.heading);
    expect(svg).toHaveAccessibleDescription(decisionMap.description);
    expect(screen.getByRole('heading', { name: decisionMap.heading })).toBeVisible();
  });

  it('draws every node and edge of the decision, with its words', () => {
    const { svg } = renderMap(JOURNEYS.interview!);
    const graph = decisionGraph();
    for (const node of graph.nodes) {
      const drawn = svg.querySelector(`[data-node="${node.id}"]`)!;
      expect(squash(drawn.textContent).replace(/\d+$/, '')).toBe(squash(mapText.node(node)));
    }
    const labels = [...svg.querySelectorAll('.edge-label')].map((t) => squash(t.textContent));
    for (const edge of graph.edges) {
      expect(svg.querySelector(`[data-edge="${edge.id}"]`)).not.toBeNull();
      const words = mapText.edge(edge);
      if (words) expect(labels).toContain(squash(words));
    }
  });

  it('lays out one column until it knows it has room for more', () => {
    const { svg } = renderMap(JOURNEYS.negotiate!);
    expect(svg.getAttribute('data-layout')).toBe('compact');
    expect(svg.getAttribute('width')).toBe('288');
  });

  it('spreads the outcomes out on a wide screen', async () => {
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(736);
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(private readonly callback: () => void) {}
        observe() {
          this.callback();
        }
        disconnect() {}
      },
    );
    const { svg } = renderMap(JOURNEYS.negotiate!);
    await vi.waitFor(() => expect(svg.getAttribute('data-layout')).toBe('wide'));
    expect(svg.getAttribute('width')).toBe('736');
  });
});

describe('a path of the test model to each message', () => {
  const byTemplate = new Map<string, GuideSnapshot>();
  // A path's own states too: one that leads on (to the reply) is no path's end.
  const states = createGuideTestModel()
    .getShortestPaths()
    .flatMap((p) => [...p.steps.map((s) => s.state), p.state]);
  for (const state of states) {
    const view = viewOf(state);
    if (view.kind === 'outcome' && !byTemplate.has(view.template))
      byTemplate.set(view.template, state);
  }

  it('reaches every message', () => {
    expect([...byTemplate.keys()].sort()).toEqual([...TEMPLATE_IDS].sort());
  });

  it.each([...byTemplate])('highlights one step per item of the list, to %s', (_t, snapshot) => {
    render(DecisionMap, { props: { snapshot } });
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    const svg = screen.getByRole('img', { name: decisionMap.heading });
    expect(marked(svg, 'data-node')).toHaveLength(items.length + 1);
    expect(svg.querySelectorAll('.badge__number')).toHaveLength(items.length);
  });
});
