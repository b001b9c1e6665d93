/**
 * The first half of the map's layout: which column each node stands in, how
 * each edge runs (straight down, to a later node of its column, or across to
 * an outcome's column), the lane each bus of edges takes, and each column's
 * x and width.
 */
import type { DecisionGraph, MapEdge } from '../../flow/map';
import {
  COLUMN_GAP,
  COMPACT_BELOW,
  GROUP_PAD,
  LANE_GAP,
  LANE_PAD,
  MARGIN,
  MAX_BOX,
} from './layout-types';

export interface Column {
  readonly ids: string[];
  x: number;
  width: number;
  /** Lanes in use at the column's right, for edges that run down beside it. */
  lanes: number;
  boxWidth: number;
}

/** The edges into one target from one column, sharing a lane. */
export interface Bus {
  readonly column: Column;
  readonly target: string;
  readonly cross: boolean;
  readonly from: number;
  readonly to: number;
  lane: number;
  level: number;
}

export type Route = 'down' | 'local' | 'cross';

/** The columns, the routes and the lanes: everything but the heights. */
export interface Arrangement {
  readonly kind: 'wide' | 'compact';
  readonly main: Column;
  readonly bandColumns: readonly Column[];
  readonly routeOf: ReadonlyMap<string, Route>;
  readonly buses: ReadonlyMap<string, Bus>;
  readonly outgoing: (id: string) => MapEdge[];
  /** The x of a bus's lane. */
  readonly laneX: (bus: Bus) => number;
}

/** The node ids of each column: the question column, then each outcome's band. */
function columnIds(graph: DecisionGraph): { spine: string[]; asked: string[]; bands: string[][] } {
  const order = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const depthOf = (id: string) => graph.depth.get(id) ?? 0;
  const byDepth = (a: string, b: string) =>
    depthOf(a) - depthOf(b) || order.get(a)! - order.get(b)!;
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
    .sort(byDepth);
  const leadsOn = (ids: readonly string[]) =>
    graph.edges.some((e) => ids.includes(e.from) && followUps.includes(e.to));
  const spine = graph.nodes
    .filter((n) => n.kind === 'start' || n.kind === 'question')
    .map((n) => n.id)
    .filter((id) => !followUps.includes(id))
    .sort(byDepth);
  return {
    spine,
    // In the order the guide meets them: a follow-up may lead back into its own outcome's
    // messages (the reply to a no), so it stands inside that outcome's frame, above that message.
    asked: [...groups.filter(leadsOn).flat(), ...followUps].sort(byDepth),
    bands: groups.filter((ids) => !leadsOn(ids)),
  };
}

/** How each edge runs; an edge that would run upwards is a fault in the graph. */
function routes(
  graph: DecisionGraph,
  kind: Arrangement['kind'],
  main: Column,
  columnOf: ReadonlyMap<string, Column>,
  outgoing: (id: string) => MapEdge[],
): Map<string, Route> {
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
  return routeOf;
}

/** One bus per target in each column: the edges into it share a lane. */
function busesOf(
  graph: DecisionGraph,
  columnOf: ReadonlyMap<string, Column>,
  routeOf: ReadonlyMap<string, Route>,
): Map<string, Bus> {
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
  return buses;
}

/** Gives each bus a lane at its column's right, and each column its count of lanes. */
function assignLanes(
  columns: readonly Column[],
  buses: ReadonlyMap<string, Bus>,
  order: ReadonlyMap<string, number>,
): void {
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
}

const gutter = (c: Column) => (c.lanes > 0 ? LANE_PAD + c.lanes * LANE_GAP : 0);

/**
 * Wide: the question column is as wide as reads well, and centered above the
 * outcomes; the outcomes share the width, each box as wide as the others.
 */
function placeColumnsWide(main: Column, bands: readonly Column[], inner: number): void {
  const boxWidth = Math.min(MAX_BOX, inner - gutter(main));
  main.width = boxWidth + gutter(main);
  main.x = MARGIN + (inner - main.width) / 2;
  const room = inner - COLUMN_GAP * (bands.length - 1) - 2 * GROUP_PAD * bands.length;
  const bandBox = (room - bands.reduce((sum, c) => sum + gutter(c), 0)) / bands.length;
  let x = MARGIN + GROUP_PAD;
  for (const c of bands) {
    c.x = x;
    c.width = bandBox + gutter(c);
    x += c.width + 2 * GROUP_PAD + COLUMN_GAP;
  }
}

/**
 * From `COMPACT_BELOW` up, the start and the questions stand in one column,
 * ordered by their longest distance from the start, with each outcome and its
 * messages side by side below them. Narrower, everything stands in one column.
 */
export function arrange(graph: DecisionGraph, width: number): Arrangement {
  const kind = width >= COMPACT_BELOW ? 'wide' : 'compact';
  const order = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const { spine, asked, bands } = columnIds(graph);
  const inner = width - 2 * MARGIN;
  const columns: Column[] = [];
  const column = (ids: string[], x: number, w: number): Column => {
    const c: Column = { ids, x, width: w, lanes: 0, boxWidth: w };
    columns.push(c);
    return c;
  };
  let main: Column;
  const bandColumns: Column[] = [];
  if (kind === 'compact') {
    main = column([...spine, ...asked, ...bands.flat()], MARGIN + GROUP_PAD, inner - GROUP_PAD);
  } else {
    main = column([...spine, ...asked], 0, 0);
    for (const ids of bands) bandColumns.push(column(ids, 0, 0));
  }
  const columnOf = new Map<string, Column>();
  for (const c of columns) for (const id of c.ids) columnOf.set(id, c);
  const outgoing = (id: string) => graph.edges.filter((e) => e.from === id);
  const routeOf = routes(graph, kind, main, columnOf, outgoing);
  const buses = busesOf(graph, columnOf, routeOf);
  assignLanes(columns, buses, order);
  if (kind === 'wide') placeColumnsWide(main, bandColumns, inner);
  for (const c of columns) c.boxWidth = c.width - gutter(c);
  const laneX = (bus: Bus) => bus.column.x + bus.column.boxWidth + LANE_PAD + bus.lane * LANE_GAP;
  return { kind, main, bandColumns, routeOf, buses, outgoing, laneX };
}
