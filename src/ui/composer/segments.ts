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

/**
 * Writes a message's segments into the element it is attached to, and again
 * whenever they change. Only text nodes and `textContent`: nothing is ever
 * parsed as markup. A node already there is kept, its text changed only if it
 * differs, so a keystroke in a blank touches only the nodes of that blank,
 * not the whole preview (a node per segment, not a Svelte block per segment,
 * which costs far more for the dozens a message has).
 */
export function segmentsIn(list: () => readonly Segment[]): Attachment<HTMLElement> {
  return (element) => {
    const segments = list();
    const nodes = element.childNodes;
    segments.forEach((segment, i) => {
      const node = nodes[i];
      if (!node) element.append(nodeOf(segment));
      else if (!fits(node, segment)) node.replaceWith(nodeOf(segment));
      else if (node.textContent !== segment.text) node.textContent = segment.text;
    });
    while (nodes.length > segments.length) element.lastChild?.remove();
  };
}
