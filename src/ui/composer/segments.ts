import type { Attachment } from 'svelte/attachments';
import type { Segment } from '../../message/render';

/** The class an unfilled blank's `<mark>` carries; the composer styles it. */
const BLANK_CLASS = 'blank';

function nodeOf(segment: Segment): Node {
  if (segment.kind === 'text') return document.createTextNode(segment.text);
  // An unfilled blank is marked; what the person typed is isolated with <bdi>,
  // so a right-to-left name keeps the English around it in order.
  const element = document.createElement(segment.filled ? 'bdi' : 'mark');
  if (!segment.filled) element.className = BLANK_CLASS;
  element.textContent = segment.text;
  return element;
}

/**
 * Writes a message's segments into the element it is attached to, and again
 * whenever they change. Only text nodes and `textContent`: nothing is ever
 * parsed as markup. The preview is rebuilt whole on each change, which costs
 * far less than a Svelte block for each of its dozens of segments (measured:
 * the outcome page's biggest single piece of work after the map).
 */
export function segmentsIn(list: () => readonly Segment[]): Attachment<HTMLElement> {
  return (element) => {
    element.replaceChildren(...list().map(nodeOf));
  };
}
