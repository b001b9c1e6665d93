/**
 * Test only: every distinct message the guide can give, rendered once each,
 * for the style checks (test-style.ts, style.test.ts) and the reading dump
 * (messages.dump.test.ts). Every template × reason × booked or not × answer
 * set that reaches it (and, for negotiate, with and without what the person
 * would need), deduplicated by what the text can depend on, then by the text.
 */
import type { Answers, TemplateId } from '../flow/questions';
import type { Fields } from '../flow/fields';
import { notes, templates } from '../content/index';
import type { TemplatesContent } from '../content/types';
import { composeMessage, offeredReasons } from './compose';
import { emptyDraft, type MessageDraft } from './draft';
import type { RenderedMessage } from './render';
import { everyAnswerSet, type AnswerSet } from './test-claims';

/** Blanks as a person would fill them in, with a company and a job title of everyday length. */
export const EVERYDAY_FIELDS: Fields = {
  yourName: 'Ana Silva',
  theirName: 'Sam',
  company: 'Acme Health',
  jobTitle: 'Senior Data Analyst',
  need: 'a base salary of $95,000',
  interviewDate: 'Thursday at 2pm',
};

/** Times as people type them: the brief says every sentence must read right with each. */
export const TYPED_TIMES = ['Thursday at 2pm', 'tomorrow at 10am', 'Dec 10, 2:00 PM', 'next week'];

/** The concerns any message's wording can depend on: named by a condition, or a topic. */
export function conditionedConcerns(content: TemplatesContent): Set<string> {
  const found = new Set<string>(Object.keys(notes.negotiationTopics));
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) {
        if ((key === 'anyConcern' || key === 'noConcern') && Array.isArray(item))
          item.forEach((c: string) => found.add(c));
        walk(item);
      }
  };
  walk(content);
  return found;
}

/**
 * What of an answer set a message's text can depend on: the stage, the
 * employer interest, the recruiter's pushback and the concerns a condition or
 * a topic names (`conditioned`, from `conditionedConcerns`). The one list the
 * tests that render each distinct message once key their renders by, so an
 * answer a new condition reads is added here, once.
 */
export function textDependsOn(
  answers: AnswerSet['answers'],
  conditioned: readonly string[],
): string {
  return [
    answers.stage,
    answers['employer-interest'],
    answers.pushback,
    answers.concerns.filter((c) => conditioned.includes(c)).join(','),
  ].join('|');
}

/** One distinct rendering, with the first combination that gave it. */
export interface DistinctMessage {
  readonly template: TemplateId;
  readonly answers: AnswerSet['answers'];
  readonly reason: string | null;
  readonly booked: boolean;
  readonly fields: Fields;
  readonly rendered: RenderedMessage;
}

/** What a person would type as their need, for the topics they raised. */
function needFor(concerns: readonly string[]): string {
  const salary = concerns.includes('salary');
  const setup = concerns.includes('work-setup');
  if (salary && setup) return 'a base salary of $95,000 and two remote days a week';
  return setup && !salary ? 'two remote days a week' : 'a base salary of $95,000';
}

/** The declines that take a referral, rendered with it empty and filled. */
const REFERRING: readonly string[] = [
  'decline-outreach',
  'decline-first-interview',
  'withdraw',
  'keep-door-open',
];
/** The acceptances whose booked time may not work: confirmed, or moved with or without times. */
const ACCEPTING: readonly string[] = ['accept-interview', 'accept-after-talks'];
const MOVES: readonly { reschedule?: true; fields?: Fields }[] = [
  {},
  { reschedule: true, fields: { altTimes: '' } },
  { reschedule: true, fields: { altTimes: 'Monday after 1pm or Wednesday morning' } },
];

/** One distinct combination to render: the blanks it changes, and the draft's choices. */
interface Plan {
  readonly template: TemplateId;
  readonly answers: AnswerSet['answers'];
  readonly reason: string | null;
  readonly booked: boolean;
  /** The blanks this combination fills in its own way (a need, a referral, other times). */
  readonly own: Fields;
  readonly reschedule: boolean;
}

/**
 * Which combinations give distinct texts depends on the answer sets, the
 * content's conditions and the few blanks the combinations vary, never on
 * the other blanks: the style checks render every distinct message once per
 * typed time, and this is worked out once for them all.
 */
const plansCache = new WeakMap<object, WeakMap<object, Map<string, Plan[]>>>();

function plansFor(
  content: TemplatesContent,
  fields: Fields,
  sets: Iterable<AnswerSet>,
  extras: boolean,
): Plan[] {
  const cacheKey = [extras, fields.need, fields.referral, fields.altTimes].join('|');
  const cached = Array.isArray(sets)
    ? plansCache.get(sets)?.get(content)?.get(cacheKey)
    : undefined;
  if (cached) return cached;
  const plans = distinctPlans(content, fields, sets, extras);
  if (Array.isArray(sets)) {
    const byContent = plansCache.get(sets) ?? new WeakMap<object, Map<string, Plan[]>>();
    const byKey = byContent.get(content) ?? new Map<string, Plan[]>();
    byKey.set(cacheKey, plans);
    byContent.set(content, byKey);
    plansCache.set(sets, byContent);
  }
  return plans;
}

/**
 * Every distinct rendering of `content` with `fields`: negotiate with a need
 * that fits its topics and without one, the declines with a referral and
 * without, and a booked acceptance confirmed or moved.
 */
export function distinctMessages(
  content: TemplatesContent = templates,
  fields: Fields = EVERYDAY_FIELDS,
  sets: Iterable<AnswerSet> = everyAnswerSet(),
  /** Also with a referral and a moved interview (the style test does so once, not per time). */
  extras = true,
): DistinctMessage[] {
  return plansFor(content, fields, sets, extras).map(
    ({ template, answers, reason, booked, own, reschedule }) => {
      const filled = { ...fields, ...own };
      const draft = {
        ...emptyDraft,
        fields: filled,
        reason,
        booked,
        ...(reschedule ? { reschedule: true } : {}),
      } as MessageDraft;
      const rendered = composeMessage(template, answers as Answers, draft, content);
      return { template, answers, reason, booked, fields: filled, rendered };
    },
  );
}

function distinctPlans(
  content: TemplatesContent,
  fields: Fields,
  sets: Iterable<AnswerSet>,
  extras: boolean,
): Plan[] {
  const conditioned = [...conditionedConcerns(content)];
  const seen = new Set<string>();
  /** What of a set its plans are made from: two sets alike in it give the same plans. */
  const seenSets = new Set<string>();
  const found: Plan[] = [];
  for (const { answers, template } of sets) {
    const id = template as TemplateId;
    const depends = textDependsOn(answers, conditioned);
    const reasons = offeredReasons(id, answers.concerns);
    const need = id === 'negotiate' ? needFor(answers.concerns) : '';
    const setKey = [id, depends, need, ...reasons].join('|');
    if (seenSets.has(setKey)) continue;
    seenSets.add(setKey);
    const needs: Fields[] =
      id === 'negotiate'
        ? [{ need }, { need: '' }]
        : extras && REFERRING.includes(id)
          ? [{}, { referral: 'Jo Lee' }]
          : [{}];
    const moves = extras && ACCEPTING.includes(id) ? MOVES : [{}];
    for (const reason of [null, ...reasons]) {
      for (const booked of [false, true]) {
        for (const [own, move] of needs.flatMap((f) =>
          (booked ? moves : [{}]).map((m) => [{ ...f, ...m.fields }, m] as const),
        )) {
          const filled = { ...fields, ...own };
          const key = [
            id,
            depends,
            reason,
            booked,
            filled.need,
            filled.referral,
            filled.altTimes,
            move.reschedule,
          ].join('|');
          if (seen.has(key)) continue;
          seen.add(key);
          found.push({ template: id, answers, reason, booked, own, reschedule: !!move.reschedule });
        }
      }
    }
  }
  return found;
}
