/**
 * The decision map's graph, read from the machine definition itself (its
 * states, answer transitions and guards), and the path a snapshot's answers
 * took through it. Pure: no DOM, no copy. Its SVG layout lives beside the map
 * component (`src/ui/map/layout.ts`).
 */
import { and, type StateMachine, type StateValue } from 'xstate';
import { guideMachine, type GuideEvent, type GuideSnapshot } from './machine';
import type { OutcomeId, QuestionId, TemplateId } from './questions';
import * as rules from './rules';
import { initialSnapshot, next, viewOf } from './view';

type GuardOf<M> =
  M extends StateMachine<
    infer _C,
    infer _E,
    infer _Ch,
    infer _A,
    infer _Ac,
    infer G,
    infer _D,
    infer _S,
    infer _T,
    infer _I,
    infer _O,
    infer _Em,
    infer _M,
    infer _Sc,
    infer _Tm
  >
    ? G
    : never;

/** Every guard the machine registers, as `{ type, params }`. */
type MachineGuard = GuardOf<typeof guideMachine>;

/** The guards that are decision rules: registered guards named after a rule in `./rules`. */
export type RuleGuard = Extract<MachineGuard, { type: keyof typeof rules }>;
export type RuleName = RuleGuard['type'];

type ParamValue<P> = P extends Record<string, infer V> ? V & string : never;

/**
 * Words for each rule used as a guard; a rule with parameters needs words for
 * each value (`isAtStage` for each stage). Content modules `satisfies` this,
 * so a new rule without words fails the type check.
 */
export type RuleLabels = {
  readonly [G in RuleGuard as G['type']]: G['params'] extends undefined
    ? string
    : { readonly [V in ParamValue<G['params']>]: string };
};

/**
 * The guard that only says which question an answer is for. Every answer
 * transition carries it; it decides nothing, so the map leaves it out.
 */
const ANSWERS_GUARD = 'answers' satisfies MachineGuard['type'];

/** Events that move through the decision, each drawn as an edge. */
type DrawnEvent = Extract<
  GuideEvent['type'],
  'guide.started' | 'answer.submitted' | 'reply.opened'
>;
const DRAWN_EVENTS: ReadonlySet<string> = new Set<DrawnEvent>([
  'guide.started',
  'answer.submitted',
  'reply.opened',
]);

/** Events that move around the guide rather than through the decision. */
const NAVIGATION_EVENTS: ReadonlySet<string> = new Set<GuideEvent['type']>([
  'nav.back',
  'nav.change',
  'guide.restarted',
]);

/** A rule as a guard names it: `{ type: 'isAtStage', params: { stage: 'applied' } }`. */
export interface RuleRef {
  readonly type: RuleName;
  readonly params?: Readonly<Record<string, string>>;
}

/** When an edge is taken. */
export type EdgeCondition =
  /** Its rules all hold (and no earlier edge for the same event was taken). */
  | { readonly kind: 'rules'; readonly rules: readonly RuleRef[] }
  /** The only way on for this event. */
  | { readonly kind: 'always' }
  /** The last way on, when no earlier edge for the same event was taken. */
  | { readonly kind: 'otherwise' }
  /** Entering an outcome shows its one message. */
  | { readonly kind: 'entry' };

export type MapNode =
  | { readonly id: string; readonly kind: 'start' }
  | { readonly id: string; readonly kind: 'question'; readonly question: QuestionId }
  | { readonly id: string; readonly kind: 'outcome'; readonly outcome: OutcomeId }
  | {
      readonly id: string;
      readonly kind: 'template';
      readonly template: TemplateId;
      /** The id of the outcome node this message belongs to. */
      readonly group: string;
    };

export interface MapEdge {
  /** `from -> to #n`: unique, stable while the machine is unchanged. */
  readonly id: string;
  readonly from: string;
  readonly to: string;
  /**
   * The machine event that takes it; `always` for an outcome choosing its
   * message; `reply.opened` from a message to the follow-up question.
   */
  readonly event: DrawnEvent | 'always' | 'entry';
  readonly condition: EdgeCondition;
}

export interface DecisionGraph {
  /** In the machine's own order: start, each question, each outcome then its messages. */
  readonly nodes: readonly MapNode[];
  /** For each node, its edges in the order the machine tries them. */
  readonly edges: readonly MapEdge[];
  /** Longest distance from the start, per node id. */
  readonly depth: ReadonlyMap<string, number>;
}

type GuideStateNode = typeof guideMachine.root;
type GuideTransition = GuideStateNode['always'] extends (infer T)[] | undefined ? T : never;

/** A state's id on the map: its path, dotted (`outcome.decline.withdraw`). */
export function stateId(node: { readonly path: readonly string[] }): string {
  return node.path.join('.');
}

/** The dotted id of the leaf a state value stands for. */
export function stateValueId(value: StateValue): string {
  if (typeof value === 'string') return value;
  const [key, child] = Object.entries(value)[0] as [string, StateValue];
  return `${key}.${stateValueId(child)}`;
}

function children(node: GuideStateNode): GuideStateNode[] {
  return Object.values(node.states) as GuideStateNode[];
}

/**
 * A state is drawn unless it only holds others (a parent without meta) or
 * passes straight through (a transient state, whose `always` transitions
 * belong to the state it sits in).
 */
function isDrawn(node: GuideStateNode): boolean {
  if (node === guideMachine.root) return false;
  const meta = node.meta ?? {};
  if (meta.question || meta.outcome || meta.template) return true;
  return node.type === 'atomic' && (node.always?.length ?? 0) === 0;
}

function nodeFor(state: GuideStateNode): MapNode {
  const id = stateId(state);
  const meta = state.meta ?? {};
  if (meta.question) return { id, kind: 'question', question: meta.question };
  if (meta.template) {
    let parent = state.parent;
    while (parent && !parent.meta?.outcome) parent = parent.parent;
    if (!parent) throw new Error(`Message state ${id} sits under no outcome`);
    return { id, kind: 'template', template: meta.template, group: stateId(parent) };
  }
  if (meta.outcome) return { id, kind: 'outcome', outcome: meta.outcome };
  if (guideMachine.root.initial.target[0] !== state) {
    throw new Error(`State ${id} is neither the start, a question nor an outcome`);
  }
  return { id, kind: 'start' };
}

/** The drawn state a transition's target stands for: a bare parent means its initial state. */
function drawnTarget(state: GuideStateNode): GuideStateNode {
  if (isDrawn(state)) return state;
  const initial = state.initial?.target[0];
  if (!initial) throw new Error(`Transition to ${stateId(state)} reaches no drawn state`);
  return drawnTarget(initial as GuideStateNode);
}

/** The drawn state whose edges a state's transitions are: itself, or the one it sits in. */
function owner(state: GuideStateNode): GuideStateNode | undefined {
  if (isDrawn(state)) return state;
  return state.parent ? owner(state.parent as GuideStateNode) : undefined;
}

type Guard = GuideTransition['guard'];
interface GuardPart {
  readonly type: string;
  readonly params?: Record<string, unknown>;
}

const AND_CHECK = (and([]) as unknown as { check: unknown }).check;

/** The named guards a transition's guard combines with `and`. */
function guardParts(guard: Guard): GuardPart[] {
  if (guard === undefined) return [];
  if (typeof guard === 'string') return [{ type: guard }];
  if (typeof guard === 'function') {
    const combined = guard as unknown as { check?: unknown; guards?: Guard[] };
    if (combined.check === AND_CHECK && combined.guards) {
      return combined.guards.flatMap(guardParts);
    }
    throw new Error('The map reads named guards and and() only');
  }
  return [guard as GuardPart];
}

function isRuleName(type: string): type is RuleName {
  return Object.hasOwn(rules, type);
}

function ruleRefs(guard: Guard): RuleRef[] {
  return guardParts(guard)
    .filter((part) => part.type !== ANSWERS_GUARD)
    .map((part) => {
      if (!isRuleName(part.type)) throw new Error(`Guard ${part.type} is not a rule`);
      return part.params
        ? { type: part.type, params: part.params as Record<string, string> }
        : { type: part.type };
    });
}

function conditionOf(transition: GuideTransition, index: number, count: number): EdgeCondition {
  const refs = ruleRefs(transition.guard);
  if (refs.length > 0) return { kind: 'rules', rules: refs };
  if (index === count - 1 && count > 1) return { kind: 'otherwise' };
  if (count === 1) return { kind: 'always' };
  throw new Error('An unguarded transition before others would hide them');
}

function walk(state: GuideStateNode, visit: (state: GuideStateNode) => void) {
  visit(state);
  for (const child of children(state)) walk(child, visit);
}

/** Which edge each machine transition is, for `pathOf`. */
const edgeOfTransition = new WeakMap<object, string>();

function buildGraph(): DecisionGraph {
  const nodes: MapNode[] = [];
  const edges: MapEdge[] = [];
  const counts = new Map<string, number>();

  const addEdge = (
    from: GuideStateNode,
    to: GuideStateNode,
    event: MapEdge['event'],
    condition: EdgeCondition,
    transition?: object,
  ) => {
    const pair = `${stateId(from)} -> ${stateId(to)}`;
    const n = (counts.get(pair) ?? 0) + 1;
    counts.set(pair, n);
    const id = `${pair} #${n}`;
    edges.push({ id, from: stateId(from), to: stateId(to), event, condition });
    if (transition) edgeOfTransition.set(transition, id);
  };

  walk(guideMachine.root, (state) => {
    if (isDrawn(state)) nodes.push(nodeFor(state));
    const source = owner(state);
    for (const [event, transitions] of state.transitions) {
      if (NAVIGATION_EVENTS.has(event)) continue;
      if (!DRAWN_EVENTS.has(event)) throw new Error(`The map does not know the event ${event}`);
      if (!source) throw new Error(`${event} on ${stateId(state)} has no state to start from`);
      transitions.forEach((transition, i) => {
        for (const target of transition.target ?? []) {
          const condition = conditionOf(transition, i, transitions.length);
          addEdge(source, drawnTarget(target), event as DrawnEvent, condition, transition);
        }
      });
    }
    const always = state.always ?? [];
    always.forEach((transition, i) => {
      for (const target of transition.target ?? []) {
        const condition = conditionOf(transition, i, always.length);
        addEdge(source!, drawnTarget(target), 'always', condition, transition);
      }
    });
    const initial = state.initial?.target[0] as GuideStateNode | undefined;
    if (isDrawn(state) && initial && isDrawn(initial)) {
      addEdge(state, initial, 'entry', { kind: 'entry' });
    }
  });

  const depth = new Map<string, number>();
  const outgoing = (id: string) => edges.filter((e) => e.from === id);
  const start = nodes.find((n) => n.kind === 'start')!;
  const visit = (id: string, d: number, seen: readonly string[]) => {
    if (seen.includes(id)) throw new Error(`The decision loops back to ${id}`);
    if ((depth.get(id) ?? -1) >= d) return;
    depth.set(id, d);
    for (const edge of outgoing(id)) visit(edge.to, d + 1, [...seen, id]);
  };
  visit(start.id, 0, []);

  return { nodes, edges, depth };
}

let graph: DecisionGraph | undefined;

/** The guide's decision graph, read once from the machine definition. */
export function decisionGraph(): DecisionGraph {
  return (graph ??= buildGraph());
}

/** The nodes and edges a person's answers took, from the start to where they are now. */
export interface MapPath {
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
}

/**
 * The path behind a snapshot: the start, each question in `context.path`
 * (with the outcome and message a follow-up question was opened from), then
 * the question or outcome (and its message) on screen. It replays the answers
 * through the machine and records the transition each one took.
 */
export function pathOf(snapshot: GuideSnapshot): MapPath {
  const { edges } = decisionGraph();
  let current = initialSnapshot();
  const nodes = [stateValueId(current.value)];
  const taken: string[] = [];
  if (viewOf(snapshot).kind === 'start') return { nodes, edges: taken };

  const step = (event: GuideEvent) => {
    const [transition] = guideMachine.getTransitionData(current, event);
    const edge = transition && edgeOfTransition.get(transition);
    if (!edge) throw new Error(`No edge on the map for ${event.type} from ${nodes.at(-1)}`);
    taken.push(edge);
    current = next(current, event);
    const to = edges.find((e) => e.id === edge)!.to;
    nodes.push(to);
    const leaf = stateValueId(current.value);
    if (leaf !== to) {
      // The target chose where to go on by itself (an outcome choosing its message).
      const inner = edges.find((e) => e.from === to && e.to === leaf);
      if (!inner) throw new Error(`No edge on the map from ${to} to ${leaf}`);
      taken.push(inner.id);
      nodes.push(leaf);
    }
  };

  const openFollowUp = () => {
    if (viewOf(current).kind === 'outcome') step({ type: 'reply.opened' });
  };
  step({ type: 'guide.started' });
  for (const question of snapshot.context.path) {
    const answer = snapshot.context.answers[question];
    openFollowUp();
    step({ type: 'answer.submitted', question, answer } as GuideEvent);
  }
  if (viewOf(snapshot).kind === 'question') openFollowUp();
  return { nodes, edges: taken };
}
