import type { Attachment } from 'svelte/attachments';
import type { Segment } from '../../message/render';

/** The class an unfilled blank's `<mark>` carries; the composer styles it. */
const BLANK_CLASS = 'blank';

/** The element a blank is written as: what the person typed is isolated, an unfilled blank marked. */
const tagOf = (filled: boolean): string => (filled ? 'BDI' : 'MARK');

function nodeOf(segment: Segment): Node {
  if (segment.kind === 'text') return document.createTextNode(segment.text);
  // An unfilled blank is marked; what the person typed is isolated with <bdi>,
  // so a right-to-left name keeps the English around it in order.
  const element = document.createElement(tagOf(segment.filled).toLowerCase());
  if (!segment.filled) element.className = BLANK_CLASS;
  element.textContent = segment.text;
  return element;
}

/** Whether a node written before can show a segment by changing its text alone. */
function fits(node: ChildNode, segment: Segment): boolean {
  if (segment.kind === 'text') return node.nodeType === Node.TEXT_NODE;
  return node.nodeName === tagOf(segment.filled);
}

/** Writes segments into an element, keeping each node already there that fits (see {@link segmentsIn}). */
function write(element: HTMLElement, segments: readonly Segment[]): void {
  const nodes = element.childNodes;
  segments.forEach((segment, i) => {
    const node = nodes[i];
    if (!node) element.append(nodeOf(segment));
    else if (!fits(node, segment)) node.replaceWith(nodeOf(segment));
    else if (node.textContent !== segment.text) node.textContent = segment.text;
  });
  while (nodes.length > segments.length) element.lastChild?.remove();
}

/**
 * Writes a message's segments into the element it is attached to, and again
 * whenever they change. Only text nodes and `textContent`: nothing is ever
 * parsed as markup. A node already there is kept, its text changed only if it
 * differs, so a keystroke in a blank touches only the nodes of that blank,
 * not the whole preview (a node per segment, not a Svelte block per segment,
 * which costs far more for the dozens a message has).
 */
export function segmentsIn(list: () => readonly Segment[]): Attachment<HTMLElement> {
  return (element) => write(element, list());
}

/** The blank line between two paragraphs of a message. */
const PARAGRAPH_BREAK = '\n\n';

/** The class of a paragraph's element, which lays it out on its own. */
const PARAGRAPH_CLASS = 'paragraph';

/**
 * A message's segments cut into paragraphs at each blank line, which is left
 * out: joined with it again, the paragraphs give the same text.
 */
function paragraphsOf(segments: readonly Segment[]): Segment[][] {
  let paragraph: Segment[] = [];
  const paragraphs = [paragraph];
  for (const segment of segments) {
    if (segment.kind === 'blank') {
      paragraph.push(segment);
      continue;
    }
    segment.text.split(PARAGRAPH_BREAK).forEach((text, i) => {
      if (i > 0) paragraphs.push((paragraph = []));
      if (text) paragraph.push({ kind: 'text', text });
    });
  }
  return paragraphs;
}

/**
 * As {@link segmentsIn}, a paragraph at a time: each in a `<span>` of
 * {@link PARAGRAPH_CLASS}, the blank line between them kept as text, so the
 * element's text is the message's. A keystroke in a blank then changes one
 * paragraph, and the browser lays out that one again, not the whole message
 * (the composer styles each as a block of the line's width).
 */
export function paragraphsIn(list: () => readonly Segment[]): Attachment<HTMLElement> {
  return (element) => {
    const paragraphs = paragraphsOf(list());
    const spans = element.children;
    while (spans.length < paragraphs.length) {
      if (spans.length > 0) element.append(PARAGRAPH_BREAK);
      const span = document.createElement('span');
      span.className = PARAGRAPH_CLASS;
      element.append(span);
    }
    while (spans.length > paragraphs.length) {
      const last = element.lastElementChild;
      if (spans.length > 1) last?.previousSibling?.remove();
      last?.remove();
    }
    paragraphs.forEach((segments, i) => write(spans[i] as HTMLElement, segments));
  };
}
