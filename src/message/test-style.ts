/**
 * The style checks of style.test.ts: each fault a reader found once in the
 * messages, as a function that finds it in a text (a typed time after "on",
 * doubled punctuation, a comma before "because", "role" too often, a warm
 * phrase twice, a reason given again, an offer after the question, a long or
 * colon-split decline subject, a poor fit after a good one), the closings and
 * stock sentences shared by too many messages of a kind, and `styleProblems`,
 * every fault in a set of templates with the first combination that shows it.
 *
 * Like test-claims.ts, this holds a few words on purpose: the shapes of
 * faults, not the messages' text.
 */
import type { TemplateId } from '../flow/questions';
import { FORMAT_IDS, type MessageFormat } from '../flow/fields';
import type { TemplatesContent } from '../content/types';
import type { RenderedMessage } from './render';
import { DECLINES, type AnswerSet } from './test-claims';
import { EVERYDAY_FIELDS, TYPED_TIMES, distinctMessages } from './test-messages';

/** A decline's subject must show whole in a phone's inbox. */
const SUBJECT_MAX = 60;
/** No closing may end more than this share of the messages of a kind. */
const CLOSING_MAX_SHARE = 0.5;
/** No one sentence may turn up in more than this share of the messages of a kind, all formats together. */
const STOCK_MAX_SHARE = 0.25;
/** Shorter sentences ("Thanks for understanding.") are everyday words a reader doesn't notice repeated. */
const STOCK_MIN_LENGTH = 40;

const KINDS: Record<string, readonly TemplateId[]> = {
  decline: DECLINES as TemplateId[],
  accept: ['accept-interview', 'accept-after-talks'],
  negotiate: ['negotiate'],
};

/** The words as sent, for each format; the email without its subject. */
function textsOf(rendered: RenderedMessage): Record<MessageFormat, string> {
  return { email: rendered.email.body, call: rendered.call.text, message: rendered.message.text };
}

const sentencesOf = (text: string): string[] =>
  text
    .split(/\n+|(?<=[.?!])\s+/)
    .map((s) => s.replace(/^- /, '').trim())
    .filter((s) => s.length > 0);

/** A typed time after "on", "at" or "in", or before "interview": wrong for "tomorrow at 10am" or "next week". */
export function timeProblems(text: string, time: string): string[] {
  const at = text.indexOf(time);
  if (at < 0) return [];
  const problems: string[] = [];
  for (let i = at; i >= 0; i = text.indexOf(time, i + 1)) {
    const before = /\b(on|at|in)\s$/i.exec(text.slice(Math.max(0, i - 4), i));
    if (before) problems.push(`"${before[1]} ${time}"`);
    if (/^\s+interview/.test(text.slice(i + time.length))) problems.push(`"${time} interview"`);
  }
  return problems;
}

/** A full stop doubled, or one after "!" or "?" (as a blank typed with its own gets). */
export function punctuationProblems(text: string): string[] {
  const found = /(?<!\.)\.\.(?!\.)|[!?]\.|,,/.exec(text);
  return found
    ? [`doubled punctuation "${text.slice(Math.max(0, found.index - 12), found.index + 2)}"`]
    : [];
}

export function becauseProblems(text: string): string[] {
  return /,\s+because\b/i.test(text) ? ['a comma before "because"'] : [];
}

/** "Role" more than twice in any three sentences in a row. */
export function roleProblems(text: string): string[] {
  const counts = sentencesOf(text).map((s) => (s.match(/\brole\b/gi) ?? []).length);
  for (let i = 0; i + 2 < counts.length; i++) {
    const sum = (counts[i] ?? 0) + (counts[i + 1] ?? 0) + (counts[i + 2] ?? 0);
    if (sum > 2) return [`"role" ${sum} times in three sentences`];
  }
  return [];
}

/** A phrase of warmth ("I'd be glad", "I'm happy") twice in one message reads as a template. */
const WARM_PHRASE =
  /\bI(?:'d| would) (?:be (?:glad|happy|delighted)|love)\b|\bI'm (?:glad|happy)\b/gi;

export function repeatedPhraseProblems(text: string): string[] {
  const counts = new Map<string, number>();
  for (const found of text.match(WARM_PHRASE) ?? []) {
    const phrase = found.toLowerCase().replace('i would', "i'd");
    counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
  }
  return [...counts]
    .filter(([, count]) => count > 1)
    .map(([phrase, count]) => `"${phrase}" ${count} times`);
}

/**
 * The reply to "why?" answers a decline that gave any reason already: giving
 * it again as news ("The main reason is …") reads as if they hadn't read it.
 */
export function restatedReasonProblems(text: string): string[] {
  return /\b(the )?(main|real) reason (is|was)\b/i.test(text)
    ? ['gives the reason again as news']
    : [];
}

/**
 * An offer of someone after the question buries the question: it must come
 * last before the closing, unless the offer stands apart, as a paragraph or
 * talking point of its own that opens with "Separately".
 */
export function buriedQuestionProblems(text: string): string[] {
  const blocks = text.split(/\n+/).map(sentencesOf);
  const asked = blocks.findIndex((block) => block.some((s) => s.endsWith('?')));
  if (asked < 0) return [];
  const offers = (s: string) => /\b(put you in touch|introduce you)\b/i.test(s);
  const askBlock = blocks[asked] ?? [];
  const lastAsk = askBlock.map((s) => s.endsWith('?')).lastIndexOf(true);
  const inAskBlock = askBlock.slice(lastAsk + 1);
  const buried =
    inAskBlock.some(offers) ||
    blocks
      .slice(asked + 1)
      .some((block) => block.some((s, i) => offers(s) && !(i === 0 && /^Separately,/.test(s))));
  return buried ? ['an offer of someone after the question'] : [];
}

/**
 * A decline's subject: at most SUBJECT_MAX characters, and no fragment after a
 * colon in the guide's own words (`guideWords`: the blanks masked, since a
 * typed time may hold one).
 */
export function subjectProblems(subject: string, guideWords = subject): string[] {
  const problems: string[] = [];
  if (subject.length > SUBJECT_MAX) problems.push(`a subject of ${subject.length} characters`);
  // A reply's "Re: " is the mail's own mark, not a fragment after a colon.
  if (guideWords.replace(/^Re: /, '').includes(':')) problems.push('a subject with a colon');
  return problems;
}

const GOOD_FIT = [/\bgood fit\b/i, /\bgreat fit\b/i, /\bappeals to me\b/i, /\bright fit\b/i];
const POOR_FIT = [
  /\b(isn't|is not|not) (the |a )?(right|good) fit\b/i,
  /\bpoor fit\b/i,
  /\bnot (a|the) fit\b/i,
  /\b(isn't|not) (right )?for me\b/i,
  /\bnot (the )?right move\b/i,
];

/** After the negotiate message said the role suits them, the decline after talks must not say it doesn't. */
export function threadProblems(negotiateText: string, afterText: string): string[] {
  if (!GOOD_FIT.some((p) => p.test(negotiateText))) return [];
  return POOR_FIT.some((p) => p.test(afterText))
    ? ['calls the role a poor fit after the negotiate message called it a good one']
    : [];
}

/** The last sentence before the sign-off (email, message) or of the last point (call). */
function closingOf(rendered: RenderedMessage, format: MessageFormat): string {
  if (format === 'call') return sentencesOf(rendered.call.points.at(-1) ?? '').at(-1) ?? '';
  const text = format === 'email' ? rendered.email.body : rendered.message.text;
  const paragraphs = text.split('\n\n');
  return sentencesOf(paragraphs.at(-2) ?? '').at(-1) ?? '';
}

/** The closings used by more than CLOSING_MAX_SHARE of a kind's distinct messages, per format. */
export function closingProblems(
  messages: readonly { template: TemplateId; rendered: RenderedMessage }[],
): string[] {
  const problems: string[] = [];
  for (const [kind, ids] of Object.entries(KINDS)) {
    for (const format of FORMAT_IDS) {
      const distinct = new Map<string, string>();
      for (const { template, rendered } of messages)
        if (ids.includes(template))
          distinct.set(textsOf(rendered)[format], closingOf(rendered, format));
      const counts = new Map<string, number>();
      for (const closing of distinct.values()) counts.set(closing, (counts.get(closing) ?? 0) + 1);
      for (const [closing, count] of counts)
        if (count > distinct.size * CLOSING_MAX_SHARE)
          problems.push(
            `${kind} ${format}: "${closing}" closes ${count} of ${distinct.size} messages`,
          );
    }
  }
  return problems;
}

/**
 * Stock sentences: any sentence of at least STOCK_MIN_LENGTH characters found
 * in more than STOCK_MAX_SHARE of a kind's distinct texts (every format
 * together), so that a reader going through them all doesn't meet it on
 * every page.
 */
export function stockProblems(
  messages: readonly { template: TemplateId; rendered: RenderedMessage }[],
): string[] {
  const problems: string[] = [];
  for (const [kind, ids] of Object.entries(KINDS)) {
    const distinct = new Set<string>();
    for (const { template, rendered } of messages)
      if (ids.includes(template))
        for (const text of Object.values(textsOf(rendered))) distinct.add(text);
    const counts = new Map<string, number>();
    for (const text of distinct)
      for (const sentence of new Set(sentencesOf(text)))
        if (sentence.length >= STOCK_MIN_LENGTH)
          counts.set(sentence, (counts.get(sentence) ?? 0) + 1);
    for (const [sentence, count] of counts)
      if (count > distinct.size * STOCK_MAX_SHARE)
        problems.push(`${kind}: "${sentence}" is in ${count} of ${distinct.size} messages`);
  }
  return problems;
}

/**
 * Every problem in `content`, each with the first combination that shows it.
 * A planted case that has nothing to do with the time is looked for with one.
 */
export function styleProblems(
  content: TemplatesContent,
  sets: readonly AnswerSet[],
  times: readonly string[] = TYPED_TIMES,
): Map<string, string> {
  const problems = new Map<string, string>();
  const note = (found: readonly string[], example: string) => {
    for (const problem of found) if (!problems.has(problem)) problems.set(problem, example);
  };
  // Many combinations render the same text: each text is read once per template.
  const read = new Set<string>();
  for (const time of times) {
    const fields = { ...EVERYDAY_FIELDS, interviewDate: time };
    const messages = distinctMessages(content, fields, sets, time === TYPED_TIMES[0]);
    for (const { template, answers, reason, booked, rendered } of messages) {
      const example = `${template} ${JSON.stringify(answers)} reason=${reason} booked=${booked}`;
      const subject = rendered.email.subject;
      for (const [format, text] of Object.entries(textsOf(rendered))) {
        const all = format === 'email' ? `${subject}\n\n${text}` : text;
        const seen = `${template}|${format}|${time}|${all}`;
        if (read.has(seen)) continue;
        read.add(seen);
        note(
          [
            ...timeProblems(all, time),
            ...punctuationProblems(all),
            ...becauseProblems(all),
            ...roleProblems(text),
            ...repeatedPhraseProblems(text),
            ...buriedQuestionProblems(text),
            ...(template === 'hold-decline' ? restatedReasonProblems(text) : []),
          ].map((p) => `${template} ${format}: ${p}`),
          example,
        );
      }
      if (DECLINES.includes(template))
        note(
          subjectProblems(
            subject,
            rendered.email.subjectSegments.map((x) => (x.kind === 'blank' ? '…' : x.text)).join(''),
          ).map((p) => `${template} email: ${p}`),
          `${example} "${subject}"`,
        );
    }
    if (time === TYPED_TIMES[0]) {
      note(closingProblems(messages), 'the messages of that kind');
      note(stockProblems(messages), 'the messages of that kind');
    }
  }

  // Blanks typed with their own full stop.
  const dotted = { ...EVERYDAY_FIELDS, company: 'Acme Inc.', need: '$95,000.' };
  for (const { template, rendered } of distinctMessages(content, dotted, sets))
    for (const [format, text] of Object.entries(textsOf(rendered)))
      note(
        punctuationProblems(`${rendered.email.subject}\n${text}`).map(
          (p) => `${template} ${format}: ${p}`,
        ),
        'company "Acme Inc.", need "$95,000."',
      );

  // The negotiate thread: the message, then the one after talks that declines.
  const byAnswers = new Map<string, Map<string, RenderedMessage>>();
  for (const found of distinctMessages(content, EVERYDAY_FIELDS, sets)) {
    if (found.template !== 'negotiate' && found.template !== 'decline-after-talks') continue;
    const { reply: _reply, ...asked } = found.answers;
    const key = `${JSON.stringify(asked)}|${found.booked}`;
    const thread = byAnswers.get(key) ?? new Map<string, RenderedMessage>();
    if (!thread.has(found.template)) thread.set(found.template, found.rendered);
    byAnswers.set(key, thread);
  }
  for (const [key, thread] of byAnswers) {
    const before = thread.get('negotiate');
    const after = thread.get('decline-after-talks');
    if (!before || !after) continue;
    for (const format of FORMAT_IDS)
      note(
        threadProblems(textsOf(before)[format], textsOf(after)[format]).map(
          (p) => `decline-after-talks ${format}: ${p}`,
        ),
        key,
      );
  }
  return problems;
}

export const report = (problems: Map<string, string>) =>
  [...problems].map(([problem, example]) => `${problem}\n    e.g. ${example}`);
