/**
 * The decision map's layout: a deterministic placement of the graph read from
 * the machine (`src/flow/map.ts`) for an SVG, at any width. Pure: no DOM, no
 * copy. Words come from the caller, keyed by node and edge.
 */
import type { DecisionGraph, MapEdge, MapNode } from '../../flow/map';

/** The words the layout wraps: a node's label, and an edge's (empty for none). */
export interface MapText {
  node(node: MapNode): string;
  edge(edge: MapEdge): string;
}

/**
 * How wide a piece of text is drawn, in CSS pixels, at one of the map's two
 * fonts. The browser's measure takes in the person's own spacing (WCAG 1.4.12)
 * and their fonts; without one, the layout estimates from character counts.
 */
export type TextMeasure = (text: string, font: keyof typeof MAP_FONT) => number;

/** Font sizes and line heights the layout assumes; the SVG must use the same. */
export const MAP_FONT = {
  node: { size: 14, line: 18 },
  label: { size: 13, line: 16 },
} as const;

/**
 * Characters are taken to be this many ems wide on average: generous enough
 * for wide system fonts (DejaVu Sans), so wrapped lines never spill out.
 */
const EM_PER_CHAR = 0.6;
const MARGIN = 4;
const PAD_X = 10;
const PAD_Y = 8;
/** Room at the left of each box for a step number. */
const BADGE = 26;
/** Where a node's edges leave it, from the box's left edge. */
const TRUNK = 14;
const ROW_TEXT = 8;
const ROW_GAP = 6;
const LANE_PAD = 12;
const LANE_GAP = 9;
const NODE_GAP = 16;
const DOWN_GAP = 14;
const GROUP_PAD = 8;
const COLUMN_GAP = 14;
/** The widest a box gets: lines longer than this are hard to read. */
const MAX_BOX = 360;

/** Below this width (in CSS pixels) the map is laid out as one column. */
export const COMPACT_BELOW = 600;

export interface PlacedNode {
  readonly node: MapNode;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly lines: readonly string[];
  /** Where the first line's baseline starts. */
  readonly textX: number;
  readonly textY: number;
}

export interface PlacedLabel {
  readonly lines: readonly string[];
  readonly x: number;
  /** The first line's baseline. */
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface PlacedEdge {
  readonly edge: MapEdge;
  /** The route as SVG path data: straight segments, ending at the target. */
  readonly d: string;
  readonly points: readonly (readonly [number, number])[];
  readonly label?: PlacedLabel;
}

/** The frame drawn around an outcome and its messages. */
export interface PlacedGroup {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface MapLayout {
  /** `wide`: questions in a column, outcomes side by side under them; `compact`: one column. */
  readonly kind: 'wide' | 'compact';
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly PlacedNode[];
  readonly edges: readonly PlacedEdge[];
  readonly groups: readonly PlacedGroup[];
}

/** The estimate used where nothing measures: each character {@link EM_PER_CHAR} ems wide. */
export const estimateWidth: TextMeasure = (text, font) =>
  text.length * MAP_FONT[font].size * EM_PER_CHAR;

/**
 * Splits text into lines of at most `width` pixels at `font`, as `measure`
 * says they are drawn; a word wider than a line is broken where it must be.
 */
export function wrap(
  text: string,
  width: number,
  font: keyof typeof MAP_FONT,
  measure: TextMeasure = estimateWidth,
): string[] {
  const fits = (line: string) => measure(line, font) <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
    } else {
      if (line) lines.push(line);
      line = word;
      while (!fits(line) && line.length > 1) {
        let cut = 1;
        while (cut < line.length - 1 && fits(line.slice(0, cut + 1))) cut++;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
  }
  if (line) lines.push(line);
  return lines;
}

interface Column {
  readonly ids: string[];
  x: number;
  width: number;
  /** Lanes in use at the column's right, for edges that run down beside it. */
  lanes: number;
  boxWidth: number;
}

interface Bus {
  readonly column: Column;
  readonly target: string;
  readonly cross: boolean;
  readonly from: number;
  readonly to: number;
  lane: number;
  level: number;
}

type Route = 'down' | 'local' | 'cross';

/**
 * Lays the graph out for an SVG `width` pixels wide. From `COMPACT_BELOW` up,
 * the start and the questions stand in one column, ordered by their longest
 * distance from the start, with each outcome and its messages side by side
 * below them. Narrower, everything stands in one column, so the text keeps
 * its size at 320 px instead of being scaled down. Each node's edges leave
 * it as labelled rows under its box and run down lanes at the column's right
 * into their target.
 */
export function layoutMap(
  graph: DecisionGraph,
  text: MapText,
  width: number,
  measure: TextMeasure = estimateWidth,
): MapLayout {
  const kind = width >= COMPACT_BELOW ? 'wide' : 'compact';
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const order = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const depthOf = (id: string) => graph.depth.get(id) ?? 0;
  const groups = graph.nodes
    .filter((n) => n.kind === 'outcome')
    .map((o) => [
      o.id,
      ...graph.nodes.filter((n) => n.kind === 'template' && n.group === o.id).map((n) => n.id),
    ]);
  // A follow-up question is asked from an outcome's message: that outcome stands above it,
  // in the question column, and the outcomes it leads to below.
  const inGroup = new Set(groups.flat());
  const followUps = graph.nodes
    .filter((n) => n.kind === 'question')
    .filter((n) => graph.edges.some((e) => e.to === n.id && inGroup.has(e.from)))
    .map((n) => n.id)
    .sort((a, b) => depthOf(a) - depthOf(b) || order.get(a)! - order.get(b)!);
  const leadsOn = (ids: readonly string[]) =>
    graph.edges.some((e) => ids.includes(e.from) && followUps.includes(e.to));
  // In the order the guide meets them: a follow-up may lead back into its own outcome's
  // messages (the reply to a no), so it stands inside that outcome's frame, above that message.
  const asked = [...groups.filter(leadsOn).flat(), ...followUps].sort(
    (a, b) => depthOf(a) - depthOf(b) || order.get(a)! - order.get(b)!,
  );
  const bands = groups.filter((ids) => !leadsOn(ids));
  const spine = graph.nodes
    .filter((n) => n.kind === 'start' || n.kind === 'question')
    .map((n) => n.id)
    .filter((id) => !followUps.includes(id))
    .sort((a, b) => depthOf(a) - depthOf(b) || order.get(a)! - order.get(b)!);

  const inner = width - 2 * MARGIN;
  const columns: Column[] = [];
  const column = (ids: string[], x: number, w: number): Column => {
    const c: Column = { ids, x, width: w, lanes: 0, boxWidth: w };
    columns.push(c);
    return c;
  };
  const columnOf = new Map<string, Column>();
  let main: Column;
  const bandColumns: Column[] = [];
  if (kind === 'compact') {
    main = column([...spine, ...asked, ...bands.flat()], MARGIN + GROUP_PAD, inner - GROUP_PAD);
  } else {
    main = column([...spine, ...asked], 0, 0);
    for (const ids of bands) bandColumns.push(column(ids, 0, 0));
  }
  for (const c of columns) for (const id of c.ids) columnOf.set(id, c);

  const outgoing = (id: string) => graph.edges.filter((e) => e.from === id);
  const routeOf = new Map<string, Route>();
  for (const edge of graph.edges) {
    const from = columnOf.get(edge.from)!;
    const to = columnOf.get(edge.to)!;
    const i = from.ids.indexOf(edge.from);
    if (from !== to) {
      if (from !== main || kind !== 'wide') throw new Error(`Edge ${edge.id} runs upwards`);
      routeOf.set(edge.id, 'cross');
      continue;
    }
    const j = to.ids.indexOf(edge.to);
    if (j <= i) throw new Error(`Edge ${edge.id} runs upwards`);
    const last = outgoing(edge.from).at(-1) === edge;
    routeOf.set(edge.id, j === i + 1 && last ? 'down' : 'local');
  }

  // One bus per target in each column: the edges into it share a lane.
  const buses = new Map<string, Bus>();
  for (const edge of graph.edges) {
    const route = routeOf.get(edge.id)!;
    if (route === 'down') continue;
    const c = columnOf.get(edge.from)!;
    const from = c.ids.indexOf(edge.from);
    const to = route === 'cross' ? c.ids.length : c.ids.indexOf(edge.to);
    const bus = buses.get(edge.to);
    if (bus) {
      buses.set(edge.to, { ...bus, from: Math.min(bus.from, from) });
    } else {
      buses.set(edge.to, {
        column: c,
        target: edge.to,
        cross: route === 'cross',
        from,
        to,
        lane: -1,
        level: -1,
      });
    }
  }
  const bandX = (id: string) => order.get(id)!;
  for (const c of columns) {
    const own = [...buses.values()].filter((b) => b.column === c);
    const taken: Bus[] = [];
    const local = own
      .filter((b) => !b.cross)
      .sort((a, b) => a.to - a.from - (b.to - b.from) || a.from - b.from);
    for (const bus of local) {
      let lane = 0;
      while (taken.some((t) => t.lane === lane && t.from <= bus.to && bus.from <= t.to)) lane++;
      bus.lane = lane;
      taken.push(bus);
    }
    // Edges down to the outcomes take the outer lanes, the leftmost outcome innermost,
    // so their turns towards the outcomes do not cross each other.
    const cross = own.filter((b) => b.cross).sort((a, b) => bandX(a.target) - bandX(b.target));
    const base = taken.reduce((m, b) => Math.max(m, b.lane + 1), 0);
    cross.forEach((bus, i) => {
      bus.lane = base + i;
      bus.level = i;
    });
    c.lanes = base + cross.length;
  }

  const gutter = (c: Column) => (c.lanes > 0 ? LANE_PAD + c.lanes * LANE_GAP : 0);
  if (kind === 'wide') {
    // The question column is as wide as reads well, and centred above the outcomes;
    // the outcomes share the width, each box as wide as the others.
    const boxWidth = Math.min(MAX_BOX, inner - gutter(main));
    main.width = boxWidth + gutter(main);
    main.x = MARGIN + (inner - main.width) / 2;
    const room = inner - COLUMN_GAP * (bandColumns.length - 1) - 2 * GROUP_PAD * bandColumns.length;
    const bandBox =
      (room - bandColumns.reduce((sum, c) => sum + gutter(c), 0)) / bandColumns.length;
    let x = MARGIN + GROUP_PAD;
    for (const c of bandColumns) {
      c.x = x;
      c.width = bandBox + gutter(c);
      x += c.width + 2 * GROUP_PAD + COLUMN_GAP;
    }
  }
  for (const c of columns) c.boxWidth = c.width - gutter(c);
  const laneX = (bus: Bus) => bus.column.x + bus.column.boxWidth + LANE_PAD + bus.lane * LANE_GAP;

  const placed = new Map<string, PlacedNode>();
  const labels = new Map<string, PlacedLabel>();
  /** The y of each edge's row line, under its source. */
  const rowY = new Map<string, number>();
  const placedGroups: PlacedGroup[] = [];
  const { node: nodeFont, label: labelFont } = MAP_FONT;

  const placeColumn = (c: Column, top: number): number => {
    let y = top;
    c.ids.forEach((id, index) => {
      const node = byId.get(id)!;
      const isGroupStart = node.kind === 'outcome';
      if (isGroupStart) y += GROUP_PAD;
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
        const route = routeOf.get(edge.id)!;
        const lines = words ? wrap(words, labelWidth, 'label', measure) : [];
        const height = lines.length * labelFont.line;
        if (route === 'down') {
          y += DOWN_GAP;
          if (lines.length > 0) {
            labels.set(edge.id, {
              lines,
              x: trunk + ROW_TEXT,
              y: y + labelFont.size - 3,
              width: labelWidth,
              height,
            });
          }
          y += height;
        } else {
          y += ROW_GAP;
          if (lines.length > 0) {
            labels.set(edge.id, {
              lines,
              x: trunk + ROW_TEXT,
              y: y + labelFont.size,
              width: labelWidth,
              height,
            });
          }
          y += height + 4;
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
      const inGroup = groupEnds;
      y += DOWN_GAP;
      if (inGroup && groupEnds) {
        const first = group;
        const top = placed.get(first)!.y - GROUP_PAD;
        placedGroups.push({
          id: first,
          x: c.x - GROUP_PAD,
          y: top,
          // A band's lanes are its own edges; the question column's carry others past.
          width: (kind === 'wide' && c !== main ? c.width : c.boxWidth) + 2 * GROUP_PAD,
          height: y - DOWN_GAP + GROUP_PAD - top,
        });
        y += GROUP_PAD;
      } else if (nextNode && !(routeOf.get(outgoing(id).at(-1)?.id ?? '') === 'down')) {
        y += NODE_GAP - DOWN_GAP;
      }
    });
    return y;
  };

  let height = placeColumn(main, MARGIN);
  const crossBuses = [...buses.values()].filter((b) => b.cross);
  const spineBottom = height;
  const levelY = (bus: Bus) => spineBottom + bus.level * LANE_GAP;
  if (kind === 'wide') {
    const bandTop = height + crossBuses.length * LANE_GAP + NODE_GAP;
    height = Math.max(...bandColumns.map((c) => placeColumn(c, bandTop)));
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
    groups: placedGroups.sort((a, b) => order.get(a.id)! - order.get(b.id)!),
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
