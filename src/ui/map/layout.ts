/**
 * The decision map's layout: a deterministic placement of the graph read from
 * the machine (`src/flow/map.ts`) for an SVG, at any width. Pure: no DOM, no
 * copy. Words come from the caller, keyed by node and edge. The columns and
 * lanes are worked out in `columns.ts`, the boxes and labels in `place.ts`.
 */
import type { DecisionGraph } from '../../flow/map';
import { arrange, type Bus } from './columns';
import {
  LANE_GAP,
  MAP_FONT,
  MARGIN,
  NODE_GAP,
  PAD_Y,
  TRUNK,
  type MapLayout,
  type MapText,
  type PlacedEdge,
  type TextMeasure,
} from './layout-types';
import { emptyPlacement, placeColumn } from './place';
import { estimateWidth } from './wrap';

export * from './layout-types';

/**
 * Lays the graph out for an SVG `width` pixels wide: one column below
 * `COMPACT_BELOW`, so the text keeps its size at 320 px instead of being
 * scaled down; wider, the questions above the outcomes. Each node's edges
 * leave it as labelled rows under its box and run down lanes at the column's
 * right into their target.
 */
export function layoutMap(
  graph: DecisionGraph,
  text: MapText,
  width: number,
  measure: TextMeasure = estimateWidth,
): MapLayout {
  const arrangement = arrange(graph, width);
  const { kind, main, bandColumns, routeOf, buses, laneX } = arrangement;
  const order = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const placement = emptyPlacement();
  const { placed, labels, rowY } = placement;
  const nodeFont = MAP_FONT.node;
  const place = (c: typeof main, top: number) =>
    placeColumn(c, top, graph, arrangement, text, measure, placement);

  let height = place(main, MARGIN);
  const crossBuses = [...buses.values()].filter((b) => b.cross);
  const spineBottom = height;
  const levelY = (bus: Bus) => spineBottom + bus.level * LANE_GAP;
  if (kind === 'wide') {
    const bandTop = height + crossBuses.length * LANE_GAP + NODE_GAP;
    height = Math.max(...bandColumns.map((c) => place(c, bandTop)));
  }
  height += MARGIN;

  const edges: PlacedEdge[] = graph.edges.map((edge) => {
    const source = placed.get(edge.from)!;
    const target = placed.get(edge.to)!;
    const route = routeOf.get(edge.id)!;
    const trunk = source.x + TRUNK;
    const points: [number, number][] = [[trunk, source.y + source.height]];
    if (route === 'down') {
      points.push([trunk, target.y]);
    } else {
      const bus = buses.get(edge.to)!;
      const x = laneX(bus);
      const y = rowY.get(edge.id)!;
      points.push([trunk, y], [x, y]);
      if (route === 'local') {
        const entry = target.y + Math.min(target.height / 2, PAD_Y + nodeFont.size / 2 + 2);
        points.push([x, entry], [target.x + target.width, entry]);
      } else {
        // Straight down when the lane already runs over the target; else into its middle.
        const over = x >= target.x + TRUNK && x <= target.x + target.width - TRUNK;
        const entryX = over ? x : target.x + target.width / 2;
        points.push([x, levelY(bus)], [entryX, levelY(bus)], [entryX, target.y]);
      }
    }
    const label = labels.get(edge.id);
    return {
      edge,
      points,
      d: points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${round(x)} ${round(y)}`).join(' '),
      ...(label ? { label } : {}),
    };
  });

  return {
    kind,
    width,
    height: Math.ceil(height),
    nodes: graph.nodes.map((n) => placed.get(n.id)!),
    edges,
    groups: placement.groups.sort((a, b) => order.get(a.id)! - order.get(b.id)!),
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
