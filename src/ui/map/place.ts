/**
 * The second half of the map's layout: each column's boxes and edge labels
 * from the top down, with the frames around each outcome and its messages.
 */
import type { DecisionGraph, MapNode } from '../../flow/map';
import type { Arrangement, Column } from './columns';
import {
  BADGE,
  DOWN_GAP,
  GROUP_PAD,
  MAP_FONT,
  NODE_GAP,
  PAD_X,
  PAD_Y,
  ROW_GAP,
  ROW_TEXT,
  TRUNK,
  type MapText,
  type PlacedGroup,
  type PlacedLabel,
  type PlacedNode,
  type TextMeasure,
} from './layout-types';
import { wrap } from './wrap';

/** What placing the columns gives: boxes, labels, each row line's y and the frames. */
export interface Placement {
  readonly placed: Map<string, PlacedNode>;
  readonly labels: Map<string, PlacedLabel>;
  /** The y of each edge's row line, under its source. */
  readonly rowY: Map<string, number>;
  readonly groups: PlacedGroup[];
}

export function emptyPlacement(): Placement {
  return { placed: new Map(), labels: new Map(), rowY: new Map(), groups: [] };
}

/**
 * Places one column's boxes from `top` down, with each node's edges as
 * labelled rows under its box; returns the y below the last.
 */
export function placeColumn(
  c: Column,
  top: number,
  graph: DecisionGraph,
  arrangement: Arrangement,
  text: MapText,
  measure: TextMeasure,
  into: Placement,
): number {
  const { kind, main, routeOf, outgoing } = arrangement;
  const byId = new Map<string, MapNode>(graph.nodes.map((n) => [n.id, n]));
  const { placed, labels, rowY } = into;
  const { node: nodeFont, label: labelFont } = MAP_FONT;
  let y = top;
  c.ids.forEach((id, index) => {
    const node = byId.get(id)!;
    if (node.kind === 'outcome') y += GROUP_PAD;
    const lines = wrap(text.node(node), c.boxWidth - 2 * PAD_X - BADGE, 'node', measure);
    const height = 2 * PAD_Y + lines.length * nodeFont.line;
    placed.set(id, {
      node,
      x: c.x,
      y,
      width: c.boxWidth,
      height,
      lines,
      textX: c.x + PAD_X + BADGE,
      textY: y + PAD_Y + nodeFont.size,
    });
    y += height;
    const trunk = c.x + TRUNK;
    const labelWidth = c.boxWidth - TRUNK - ROW_TEXT;
    for (const edge of outgoing(id)) {
      const words = text.edge(edge);
      const down = routeOf.get(edge.id) === 'down';
      const lines = words ? wrap(words, labelWidth, 'label', measure) : [];
      const height = lines.length * labelFont.line;
      y += down ? DOWN_GAP : ROW_GAP;
      if (lines.length > 0) {
        const baseline = y + labelFont.size - (down ? 3 : 0);
        labels.set(edge.id, { lines, x: trunk + ROW_TEXT, y: baseline, width: labelWidth, height });
      }
      y += height;
      if (!down) {
        y += 4;
        rowY.set(edge.id, y);
      }
    }
    const nextNode = byId.get(c.ids[index + 1] ?? '');
    const groupOf = (n: MapNode | undefined) =>
      n?.kind === 'outcome' ? n.id : n?.kind === 'template' ? n.group : undefined;
    const group = groupOf(node);
    // A frame ends after the last of its messages in this column.
    const groupEnds =
      group !== undefined && !c.ids.slice(index + 1).some((i) => groupOf(byId.get(i)) === group);
    y += DOWN_GAP;
    if (group !== undefined && groupEnds) {
      const first = group;
      const frameTop = placed.get(first)!.y - GROUP_PAD;
      into.groups.push({
        id: first,
        x: c.x - GROUP_PAD,
        y: frameTop,
        // A band's lanes are its own edges; the question column's carry others past.
        width: (kind === 'wide' && c !== main ? c.width : c.boxWidth) + 2 * GROUP_PAD,
        height: y - DOWN_GAP + GROUP_PAD - frameTop,
      });
      y += GROUP_PAD;
    } else if (nextNode && !(routeOf.get(outgoing(id).at(-1)?.id ?? '') === 'down')) {
      y += NODE_GAP - DOWN_GAP;
    }
  });
  return y;
}
