import {
  MULTIPLE_CHOICE,
  NO_CONCERNS,
  OPTION_IDS,
  QUESTION_IDS,
  isOptionOf,
  isQuestionId,
  isValidAnswer,
  type Answers,
  type QuestionId,
} from './questions';

/** Why a piece of a share link was ignored. */
export type DropReason =
  | 'unknown-question'
  | 'unknown-option'
  | 'none-mixed'
  | 'repeated-key'
  | 'repeated-option'
  | 'malformed'
  | 'empty';

/** One ignored piece of a share link; `key` and `value` are cut to {@link MAX_DROPPED_TEXT} characters. */
export interface Dropped {
  readonly key: string;
  readonly value?: string;
  readonly reason: DropReason;
}

/** The answers a share link holds, and what was ignored on the way. */
export interface DecodedLink {
  readonly answers: Answers;
  /** In link order, at most {@link MAX_DROPPED} entries. */
  readonly dropped: readonly Dropped[];
}

/**
 * A hostile link could hold thousands of bad pieces; the person only needs to
 * know that something was dropped, so only the first ones are reported.
 */
export const MAX_DROPPED = 20;

/** Keeps notices short whatever was pasted into a link. */
export const MAX_DROPPED_TEXT = 60;

/**
 * The query string for `answers`: `?stage=applied&concerns=salary,work-setup`.
 * Keys follow QUESTION_IDS order and concerns follow OPTION_IDS order, so the
 * same answers always give the same link. Ids are `[a-z-]`, so nothing needs
 * percent-encoding and commas stay readable. Invalid answers are left out.
 * Returns `''` when there is nothing to share.
 */
export function encodeAnswers(answers: Answers): string {
  const pairs = QUESTION_IDS.flatMap((question) => {
    const value: unknown = answers[question];
    if (!isValidAnswer(question, value)) return [];
    if (typeof value === 'string') return [`${question}=${value}`];
    const chosen = new Set<string>(value);
    return [`${question}=${OPTION_IDS[question].filter((id) => chosen.has(id)).join(',')}`];
  });
  return pairs.length ? `?${pairs.join('&')}` : '';
}

function cut(text: string): string {
  if (text.length <= MAX_DROPPED_TEXT) return text;
  const head = text.slice(0, MAX_DROPPED_TEXT);
  return `${/[\uD800-\uDBFF]$/.test(head) ? head.slice(0, -1) : head}…`;
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/**
 * Reads the answers from a query string (with or without the leading `?`).
 * Never throws. Each `key=value` pair is percent-decoded on its own (`+` is
 * not a space: ids never hold one). The first pair for a key wins, whatever
 * its value; later ones are dropped. A concerns list keeps its known ids in
 * OPTION_IDS order, dropping unknown and repeated ones one by one, and empty
 * pieces silently; `none` mixed with other concerns drops the whole answer.
 * Empty pairs (`&&`) are ignored silently.
 *
 * Whether the answers lie on one path through the guide is not checked here:
 * replaying them through the machine does that.
 */
export function decodeAnswers(search: string): DecodedLink {
  const answers: Partial<Record<QuestionId, string | readonly string[]>> = {};
  const dropped: Dropped[] = [];
  const drop = (reason: DropReason, key: string, value?: string): void => {
    if (dropped.length >= MAX_DROPPED) return;
    dropped.push(
      value === undefined
        ? { key: cut(key), reason }
        : { key: cut(key), value: cut(value), reason },
    );
  };
  const seen = new Set<QuestionId>();

  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (!pair) continue;
    const at = pair.indexOf('=');
    const rawKey = at === -1 ? pair : pair.slice(0, at);
    const rawValue = at === -1 ? '' : pair.slice(at + 1);
    const key = decode(rawKey);
    const value = decode(rawValue);
    if (!key) {
      drop('malformed', rawKey, rawValue);
    } else if (!isQuestionId(key)) {
      drop('unknown-question', key, value ?? rawValue);
    } else if (seen.has(key)) {
      drop('repeated-key', key, value ?? rawValue);
    } else {
      seen.add(key);
      if (value === undefined) drop('malformed', key, rawValue);
      else if (!value) drop('empty', key);
      else if (MULTIPLE_CHOICE.has(key)) readList(key, value);
      else if (isOptionOf(key, value)) answers[key] = value;
      else drop('unknown-option', key, value);
    }
  }
  // Each value was checked against its own question's options above.
  return { answers: answers as Answers, dropped };

  function readList(key: QuestionId, value: string): void {
    const chosen = new Set<string>();
    for (const id of value.split(',')) {
      if (!id) continue;
      if (!isOptionOf(key, id)) drop('unknown-option', key, id);
      else if (chosen.has(id)) drop('repeated-option', key, id);
      else chosen.add(id);
    }
    if (chosen.size === 0) {
      if (!value.replace(/,/g, '')) drop('empty', key);
    } else if (chosen.has(NO_CONCERNS) && chosen.size > 1) {
      drop('none-mixed', key, value);
    } else {
      const list = OPTION_IDS[key].filter((id: string) => chosen.has(id));
      answers[key] = list;
    }
  }
}
