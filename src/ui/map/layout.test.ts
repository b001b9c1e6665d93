// @vitest-environment node
/**
 * The decision map's layout at every width: every box apart and inside the
 * drawing, text wrapped within its box, and the same layout every time.
 */
import { describe, expect, it } from 'vitest';
import { decisionGraph, type MapEdge, type MapNode } from '../../flow/map';
import { FOLLOW_UPS } from '../../flow/questions';
import { COMPACT_BELOW, layoutMap, type MapText, type PlacedNode } from './layout';
import { wrap } from './wrap';

const graph = decisionGraph();

/** Words of realistic lengths, with no content module needed. */
const sampleText: MapText = {
  node: (node: MapNode) => `${node.kind} ${node.id.replaceAll(/[.-]/g, ' ')} label`,
  edge: (edge: MapEdge) =>
    edge.condition.kind === 'entry' ? '' : `when ${edge.id.replaceAll(/[.>#-]/g, ' ')} holds`,
};

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe.each([256, 288, 343, 440, COMPACT_BELOW - 8, COMPACT_BELOW, 736, 960])(
  'the layout %i px wide',
  (width) => {
    const layout = layoutMap(graph, sampleText, width);
    const inside = (box: Box) =>
      box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= layout.height;

    it('is compact only when narrow', () => {
      expect(layout.kind).toBe(width < COMPACT_BELOW ? 'compact' : 'wide');
      expect(layout.width).toBe(width);
    });

    it('places every node once, with its words', () => {
      expect(layout.nodes.map((n) => n.node.id)).toEqual(graph.nodes.map((n) => n.id));
      for (const node of layout.nodes)
        expect(node.lines.join(' ')).toBe(sampleText.node(node.node));
    });

    it('keeps every node inside the drawing', () => {
      for (const node of layout.nodes) expect(inside(node), node.node.id).toBe(true);
    });

    it('keeps nodes apart', () => {
      layout.nodes.forEach((a, i) =>
        layout.nodes.slice(i + 1).forEach((b) => {
          expect(overlaps(a, b), `${a.node.id} and ${b.node.id}`).toBe(false);
        }),
      );
    });

    it('keeps labels inside the drawing, off the nodes and apart', () => {
      const labels = layout.edges.flatMap((e) => (e.label ? [e.label] : []));
      expect(labels).toHaveLength(graph.edges.filter((e) => e.condition.kind !== 'entry').length);
      const boxes = labels.map((l) => ({ ...l, y: l.y - 12 }));
      boxes.forEach((label, i) => {
        expect(inside(label)).toBe(true);
        for (const node of layout.nodes) expect(overlaps(label, node)).toBe(false);
        for (const other of boxes.slice(i + 1)) expect(overlaps(label, other)).toBe(false);
      });
    });

    it('draws each edge from its source to its target, inside the drawing', () => {
      for (const placed of layout.edges) {
        const source = layout.nodes.find((n) => n.node.id === placed.edge.from)!;
        const target = layout.nodes.find((n) => n.node.id === placed.edge.to)!;
        const [fx, fy] = placed.points[0]!;
        const [tx, ty] = placed.points.at(-1)!;
        expect(fy).toBe(source.y + source.height);
        expect(fx).toBeGreaterThan(source.x);
        expect(fx).toBeLessThan(source.x + source.width);
        const onEdge =
          (ty === target.y && tx > target.x && tx < target.x + target.width) ||
          (tx === target.x + target.width && ty > target.y && ty < target.y + target.height);
        expect(onEdge, placed.edge.id).toBe(true);
        for (const [x, y] of placed.points) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(width);
          expect(y).toBeLessThanOrEqual(layout.height);
        }
        // Only straight segments, across or down.
        placed.points.slice(1).forEach(([x, y], i) => {
          const [px, py] = placed.points[i]!;
          expect(x === px || y === py).toBe(true);
        });
      }
    });

    it('frames each outcome with its messages', () => {
      for (const group of layout.groups) {
        const members = layout.nodes.filter(
          (n) =>
            n.node.id === group.id || (n.node.kind === 'template' && n.node.group === group.id),
        );
        expect(members.length).toBeGreaterThan(1);
        for (const member of members) {
          expect(member.x).toBeGreaterThanOrEqual(group.x);
          expect(member.y).toBeGreaterThanOrEqual(group.y);
          expect(member.x + member.width).toBeLessThanOrEqual(group.x + group.width);
          expect(member.y + member.height).toBeLessThanOrEqual(group.y + group.height);
        }
      }
      expect(layout.groups.map((g) => g.id)).toEqual(
        graph.nodes.filter((n) => n.kind === 'outcome').map((n) => n.id),
      );
    });

    it('puts the outcomes below every question on the way to them', () => {
      const isFollowUp = (n: PlacedNode) =>
        n.node.kind === 'question' && FOLLOW_UPS.has(n.node.question);
      const lowestQuestion = Math.max(
        ...layout.nodes
          .filter((n) => n.node.kind === 'question' && !isFollowUp(n))
          .map((n) => n.y + n.height),
      );
      for (const node of layout.nodes.filter((n) => n.node.kind === 'outcome')) {
        expect(node.y).toBeGreaterThan(lowestQuestion);
      }
    });

    it('puts a follow-up question below the message it is asked from, above where it leads', () => {
      const placed = (id: string) => layout.nodes.find((n) => n.node.id === id)!;
      const followUps = layout.nodes.filter(
        (n) => n.node.kind === 'question' && FOLLOW_UPS.has(n.node.question),
      );
      expect(followUps.length).toBeGreaterThan(0);
      for (const question of followUps) {
        for (const edge of graph.edges.filter((e) => e.to === question.node.id)) {
          const from = placed(edge.from);
          expect(question.y).toBeGreaterThan(from.y + from.height);
        }
        for (const edge of graph.edges.filter((e) => e.from === question.node.id)) {
          expect(placed(edge.to).y).toBeGreaterThan(question.y + question.height);
        }
      }
    });

    it('is the same every time', () => {
      expect(layoutMap(graph, sampleText, width)).toEqual(layout);
    });
  },
);

describe('wrap', () => {
  it('breaks at spaces, within the width', () => {
    expect(wrap('one two three four', 71, 'label')).toEqual(['one two', 'three', 'four']);
  });

  it('splits a word longer than a line', () => {
    expect(wrap('abcdefghij', 32, 'label')).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('wraps by the widths the browser measures, with the person’s own spacing', () => {
    // 10 px a character, and 0.12 em (13 px) more between letters: as under WCAG 1.4.12.
    const spaced = (text: string) => text.length * 10 + (text.length - 1) * 1.56;
    expect(wrap('one two three four', 90, 'label', spaced)).toEqual(['one two', 'three', 'four']);
    expect(wrap('one two three four', 78, 'label', spaced)).toEqual([
      'one',
      'two',
      'three',
      'four',
    ]);
    for (const line of wrap('a longer label than fits', 80, 'label', spaced)) {
      expect(spaced(line)).toBeLessThanOrEqual(80);
    }
  });
});

describe('layoutMap with a measure', () => {
  it('sizes each box for the lines the measure gives, each line within its box', () => {
    const wide = (text: string) => text.length * 11;
    const layout = layoutMap(graph, sampleText, 288, wide);
    const estimated = layoutMap(graph, sampleText, 288);
    expect(layout.height).toBeGreaterThan(estimated.height);
    for (const node of layout.nodes) {
      for (const line of node.lines) {
        expect(node.textX + wide(line)).toBeLessThanOrEqual(node.x + node.width);
      }
    }
    for (const { label } of layout.edges) {
      for (const line of label?.lines ?? []) {
        expect(wide(line)).toBeLessThanOrEqual(label!.width);
      }
    }
  });
});
