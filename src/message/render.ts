import type { Block, Condition, Sentence, TemplateContent } from '../content/types';

import {
  FIELD_IDS,
  FORMAT_IDS,
  type FieldId,
  type Fields,
  type MessageFormat,
} from '../flow/fields';

export { FIELD_IDS, type FieldId, type Fields, type MessageFormat };

/** Text the guide itself supplies: the optional shareable reason (a clause) and what to negotiate. */
export interface Slots {
  readonly reason?: string;
  readonly topics?: string;
}

/**
 * What a message's conditions may depend on (see `Condition` in the content
 * types): the person's answers and whether an interview is booked. Whether a
 * reason is given and which blanks are filled come from the slots and fields.
 */
export interface MessageFacts {
  readonly stage?: string;
  readonly concerns?: readonly string[];
  readonly employerInterest?: string;
  readonly pushback?: string;
  readonly booked?: boolean;
}

/** A piece of rendered text: plain text, or a blank (filled or not). */
export type Segment =
  | { readonly kind: 'text'; readonly text: string }
  | {
      readonly kind: 'blank';
      readonly field: FieldId;
      readonly text: string;
      readonly filled: boolean;
    };

/** A template with its blanks and slots filled, as plain text and as segments for display. */
export interface RenderedMessage {
  readonly email: {
    readonly subject: string;
    readonly body: string;
    readonly subjectSegments: readonly Segment[];
    readonly bodySegments: readonly Segment[];
  };
  readonly call: {
    readonly points: readonly string[];
    readonly pointSegments: readonly (readonly Segment[])[];
    /** The points as `- ` lines, one per point. */
    readonly text: string;
  };
  /** The short written message (LinkedIn, a text, a chat): no subject. */
  readonly message: {
    readonly text: string;
    readonly segments: readonly Segment[];
  };
  /** Blanks still unfilled anywhere in the message, in FIELD_IDS order, no repeats. */
  readonly blanksLeft: readonly FieldId[];
}

/**
 * Beyond this length some mail clients and browsers cut a `mailto:` link short
 * or refuse it, so the UI should offer Copy instead.
 */
export const MAILTO_MAX_LENGTH = 1800;

/** Splits text into alternating literal text (even indexes) and `{name}` tokens (odd indexes). */
const SLOT_TOKEN = /(\{[^{}]*\})/;

function isFieldId(name: string): name is FieldId {
  return (FIELD_IDS as readonly string[]).includes(name);
}

const isFilled = (value: string | undefined): boolean => /\S/.test(value ?? '');

/** Whether every key of a condition holds. */
function conditionHolds(
  when: Condition | undefined,
  facts: MessageFacts,
  fields: Fields,
  hasReason: boolean,
): boolean {
  if (!when) return true;
  const concerns = facts.concerns ?? [];
  if (when.stage && !when.stage.some((stage) => stage === facts.stage)) return false;
  if (when.anyConcern && !when.anyConcern.some((c) => concerns.includes(c))) return false;
  if (when.noConcern && when.noConcern.some((c) => concerns.includes(c))) return false;
  if (when.employerInterest !== undefined && when.employerInterest !== facts.employerInterest)
    return false;
  if (when.pushback !== undefined && when.pushback !== facts.pushback) return false;
  if (when.booked !== undefined && when.booked !== (facts.booked === true)) return false;
  if (when.reason !== undefined && when.reason !== hasReason) return false;
  if (when.filled && !when.filled.every((field) => isFilled(fields[field]))) return false;
  return true;
}

/** A guide-supplied slot with the spaces around it, for when it is left empty. */
const EMPTY_SLOT = {
  reason: /([ \t]*)\{reason\}([ \t]*)/g,
  topics: /([ \t]*)\{topics\}([ \t]*)/g,
} as const;

/**
 * Puts `value` in place of `{name}`. When `value` is empty, the slot goes
 * together with the spaces around it, so that no doubled space or space before
 * punctuation is left behind.
 */
function fillOptional(line: string, name: 'reason' | 'topics', value: string): string {
  const token = `{${name}}`;
  if (!line.includes(token)) return line;
  if (value) return line.split(token).join(value);
  return line.replace(
    EMPTY_SLOT[name],
    (match: string, before: string, after: string, offset: number) => {
      const rest = line.slice(offset + match.length);
      if (offset === 0 || rest === '' || /^[.,;:!?)\]]/.test(rest)) return '';
      return before || after;
    },
  );
}

function pushText(segments: Segment[], text: string): void {
  if (!text) return;
  const last = segments.at(-1);
  if (last?.kind === 'text')
    segments[segments.length - 1] = { kind: 'text', text: last.text + text };
  else segments.push({ kind: 'text', text });
}

function joinSegments(lines: readonly (readonly Segment[])[], separator: string): Segment[] {
  const joined: Segment[] = [];
  lines.forEach((line, i) => {
    if (i > 0) pushText(joined, separator);
    for (const segment of line) {
      if (segment.kind === 'text') pushText(joined, segment.text);
      else joined.push(segment);
    }
  });
  return joined;
}

const textOf = (segments: readonly Segment[]): string => segments.map((s) => s.text).join('');

/**
 * Fills a template in. Never throws: unknown `{slots}` stay as literal text
 Each sentence is chosen first: fixed text, or
 * the first variant whose condition holds for `facts`, the slots and the
 * filled fields (none: the sentence is left out). `slots.reason` and
 * `slots.topics` are expanded before the blanks, so guide-supplied text may
 * itself hold blanks such as `{company}`; what the person types is never
 * parsed for slots.
 *
 * A paragraph's or point's sentences are joined by a space; one left empty is
 * omitted. The email body and the short message are the greeting, the
 * paragraphs and the sign-off, each separated by a blank line, with
 * `{yourName}` on the line under the sign-off. A filled blank holds the
 * person's text exactly as typed; an unfilled one reads `[placeholder]`. When a filled blank ends with its own `.`, `!` or
 * `?`, the sentence's full stop right after it is left out, so that nothing
 * reads "$95,000..".
 */
export function renderMessage(
  template: TemplateContent,
  fields: Fields,
  placeholders: Record<FieldId, string>,
  slots: Slots = {},
  facts: MessageFacts = {},
): RenderedMessage {
  const reason = slots.reason?.trim() ?? '';
  const topics = slots.topics?.trim() ?? '';
  const hasReason = reason !== '';
  const fill = (line: string): string =>
    fillOptional(fillOptional(line, 'reason', reason), 'topics', topics);
  const present = (line: string): boolean => line.trim() !== '';
  const choose = (sentence: Sentence): string => {
    if (typeof sentence === 'string') return sentence;
    const chosen = sentence.variants.find((variant) =>
      conditionHolds(variant.when, facts, fields, hasReason),
    );
    return chosen?.text ?? '';
  };
  const line = (sentence: Sentence): string => fill(choose(sentence));
  const block = (sentences: Block): string => sentences.map(line).filter(present).join(' ');

  const segmentsOf = (text: string): Segment[] => {
    const segments: Segment[] = [];
    /* Whether the last blank's text ends a sentence itself ("$95,000.", "Acme Inc."). */
    let endsSentence = false;
    text.split(SLOT_TOKEN).forEach((part, i) => {
      const name = part.slice(1, -1);
      if (i % 2 === 0 || !isFieldId(name)) {
        const literal = endsSentence && part.startsWith('.') ? part.slice(1) : part;
        endsSentence = false;
        return pushText(segments, literal);
      }
      const value = fields[name] ?? '';
      const filled = isFilled(value);
      endsSentence = filled && /[.!?]$/.test(value);
      segments.push({
        kind: 'blank',
        field: name,
        text: filled ? value : `[${placeholders[name]}]`,
        filled,
      });
    });
    return segments;
  };

  const letter = (greeting: Sentence, paragraphs: readonly Block[], signOff: string) => {
    const blocks = [line(greeting), ...paragraphs.map(block).filter(present), fill(signOff)];
    const segments = joinSegments(blocks.filter(present).map(segmentsOf), '\n\n');
    pushText(segments, '\n');
    segments.push(...segmentsOf('{yourName}'));
    return segments;
  };

  const { email, call, message } = template;
  const subjectSegments = segmentsOf(line(email.subject));
  const bodySegments = letter(email.greeting, email.paragraphs, email.signOff);
  const pointSegments = call.points.map(block).filter(present).map(segmentsOf);
  const points = pointSegments.map(textOf);
  const messageSegments = letter(message.greeting, message.paragraphs, message.signOff);

  const formats: MessageFormats = {
    email: {
      subject: textOf(subjectSegments),
      body: textOf(bodySegments),
      subjectSegments,
      bodySegments,
    },
    call: { points, pointSegments, text: points.map((point) => `- ${point}`).join('\n') },
    message: { text: textOf(messageSegments), segments: messageSegments },
  };
  const unfilled = new Set(
    allSegments(formats).flatMap((s) => (s.kind === 'blank' && !s.filled ? [s.field] : [])),
  );
  return { ...formats, blanksLeft: FIELD_IDS.filter((field) => unfilled.has(field)) };
}

/** The three formats of a rendered message, without what is worked out from them. */
type MessageFormats = Pick<RenderedMessage, MessageFormat>;

/** The segments of one format of a rendered message, in reading order (an email's subject first). */
export function formatSegments(
  rendered: MessageFormats,
  format: MessageFormat,
): readonly Segment[] {
  if (format === 'call') return rendered.call.pointSegments.flat();
  if (format === 'message') return rendered.message.segments;
  return [...rendered.email.subjectSegments, ...rendered.email.bodySegments];
}

/** The segments of every format of a rendered message, one format after another. */
export function allSegments(rendered: MessageFormats): readonly Segment[] {
  return FORMAT_IDS.flatMap((format) => formatSegments(rendered, format));
}

/** An email as plain text: a `Subject:` line, a blank line and the body. */
export function emailAsText(subject: string, body: string): string {
  return `Subject: ${subject}\n\n${body}`;
}

/**
 * The message as plain text for Copy and Download: for email, a `Subject:`
 * line, a blank line and the body; for a call, the talking points as `- `
 * lines; for a short message, its text.
 */
export function messageAsText(rendered: RenderedMessage, format: MessageFormat): string {
  if (format === 'call') return rendered.call.text;
  if (format === 'message') return rendered.message.text;
  return emailAsText(rendered.email.subject, rendered.email.body);
}

/** Lone UTF-16 surrogates (possible in pasted text) would make encodeURIComponent throw. */
const wellFormed = (text: string): string =>
  text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

const encode = (text: string): string => encodeURIComponent(wellFormed(text));

/**
 * A `mailto:` link with the email's subject and body, percent-encoded (spaces
 * as `%20`, never `+`), line breaks as CRLF (`%0D%0A`) as RFC 6068 asks. Line
 * breaks typed into the subject become spaces: a header holds one line. Lone
 * surrogates become U+FFFD. `to` may be empty (`mailto:?subject=…`).
 */
export function mailtoHref(
  to: string,
  email: Pick<RenderedMessage['email'], 'subject' | 'body'>,
): string {
  const subject = encode(email.subject.replace(/\r\n|\r|\n/g, ' '));
  const body = encode(email.body.replace(/\r\n|\r|\n/g, '\r\n'));
  const address = encode(to.trim()).replace(/%40/g, '@');
  return `mailto:${address}?subject=${subject}&body=${body}`;
}

/** Whether a `mailto:` link is short enough to open reliably (see {@link MAILTO_MAX_LENGTH}). */
export function mailtoFits(href: string): boolean {
  return href.length <= MAILTO_MAX_LENGTH;
}
