/**
 * The decision map layout's shapes and measures: the words it wraps, the
 * fonts and spacing it assumes, and what it places. Pure: no DOM, no copy.
 */
import type { MapEdge, MapNode } from '../../flow/map';

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
export const EM_PER_CHAR = 0.6;
export const MARGIN = 4;
export const PAD_X = 10;
export const PAD_Y = 8;
/** Room at the left of each box for a step number. */
export const BADGE = 26;
/** Where a node's edges leave it, from the box's left edge. */
export const TRUNK = 14;
export const ROW_TEXT = 8;
export const ROW_GAP = 6;
export const LANE_PAD = 12;
export const LANE_GAP = 9;
export const NODE_GAP = 16;
export const DOWN_GAP = 14;
export const GROUP_PAD = 8;
export const COLUMN_GAP = 14;
/** The widest a box gets: lines longer than this are hard to read. */
export const MAX_BOX = 360;

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
