/**
 * The guide's vocabulary: question, option, outcome and template ids from the
 * product brief. These ids are a public contract (share links, outside tests):
 * never rename one.
 */

/**
 * Question ids, in the order the guide asks them. `reply` and `pushback` are
 * follow-ups: `reply` is asked after the `negotiate` outcome, `pushback` after
 * a decline that closes a real opportunity, when the person comes back to it.
 */
export const QUESTION_IDS = [
  'stage',
  'concerns',
  'negotiable',
  'salary-gap',
  'employer-interest',
  'reply',
  'pushback',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

/** Concerns that each say something is off with this job, in display order. */
export const CONCERN_IDS = [
  'mission',
  'career-goals',
  'salary',
  'culture',
  'vague-scope',
  'reputation',
  'not-legitimate',
  'other-offer',
  'happy-current-job',
  'work-setup',
  'lateral-move',
  'pushy-recruiter',
  'long-process',
  'uninteresting',
  'gut-feeling',
] as const;
export type ConcernId = (typeof CONCERN_IDS)[number];

/** The exclusive "nothing puts me off" answer to `concerns`. */
export const NO_CONCERNS = 'none';

/** Every option id of every question, in display order. */
export const OPTION_IDS = {
  stage: ['outreach', 'applied', 'interviewing'],
  concerns: [...CONCERN_IDS, NO_CONCERNS],
  negotiable: ['yes', 'no', 'unsure'],
  'salary-gap': ['reasonable', 'far', 'unsure'],
  'employer-interest': ['yes', 'no'],
  reply: ['enough', 'not-enough'],
  pushback: ['asked-why', 'asked-to-reconsider'],
} as const satisfies Record<QuestionId, readonly string[]>;

export type OptionId<Q extends QuestionId> = (typeof OPTION_IDS)[Q][number];

/** Follow-up questions: asked from an outcome, once the person comes back to it. */
export const FOLLOW_UPS: ReadonlySet<QuestionId> = new Set(['reply', 'pushback']);

/** Questions where the person may choose more than one option. */
export const MULTIPLE_CHOICE = new Set<QuestionId>(['concerns']);

/** What a single answer holds: one option id, or several for `concerns`. */
export type AnswerValue<Q extends QuestionId> = Q extends 'concerns'
  ? readonly OptionId<'concerns'>[]
  : OptionId<Q>;

/** Answers keyed by question id; a question not (yet) answered is absent. */
export type Answers = { readonly [Q in QuestionId]?: AnswerValue<Q> };

export const OUTCOME_IDS = ['interview', 'negotiate', 'decline'] as const;
export type OutcomeId = (typeof OUTCOME_IDS)[number];

export const TEMPLATE_IDS = [
  'accept-interview',
  'negotiate',
  'decline-outreach',
  'decline-first-interview',
  'withdraw',
  'keep-door-open',
  'decline-brief',
  'accept-after-talks',
  'decline-after-talks',
  'hold-decline',
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/**
 * Messages the composer turns an outcome's message into, from the draft alone
 * (never from the answers, so never in a share link): `reschedule`, when the
 * booked interview's time doesn't work.
 */
export const DRAFT_TEMPLATE_IDS = ['reschedule'] as const;

/** Every message: an outcome's own ({@link TemplateId}), or one the draft turns it into. */
export const MESSAGE_TEMPLATE_IDS = [...TEMPLATE_IDS, ...DRAFT_TEMPLATE_IDS] as const;
export type MessageTemplateId = (typeof MESSAGE_TEMPLATE_IDS)[number];

/** Concerns that could be negotiated away (exception 1). */
export const NEGOTIABLE_CONCERNS: ReadonlySet<ConcernId> = new Set(['salary', 'work-setup']);

/** Concerns about the employer itself, not just this role (exception 2 does not apply). */
export const EMPLOYER_CONCERNS: ReadonlySet<ConcernId> = new Set([
  'mission',
  'culture',
  'reputation',
  'not-legitimate',
  'pushy-recruiter',
  'long-process',
]);

/** Concerns that are fine to name as a reason in a message. */
export const SHAREABLE_CONCERNS = [
  'career-goals',
  'salary',
  'other-offer',
  'happy-current-job',
  'work-setup',
  'lateral-move',
  'vague-scope',
  'long-process',
  'uninteresting',
] as const satisfies readonly ConcernId[];
export type ShareableConcernId = (typeof SHAREABLE_CONCERNS)[number];

export function isQuestionId(value: string): value is QuestionId {
  return (QUESTION_IDS as readonly string[]).includes(value);
}

export function isOptionOf<Q extends QuestionId>(question: Q, value: string): value is OptionId<Q> {
  return (OPTION_IDS[question] as readonly string[]).includes(value);
}

export function isShareable(concern: string): concern is ShareableConcernId {
  return (SHAREABLE_CONCERNS as readonly string[]).includes(concern);
}

/**
 * Whether `value` is a well-formed answer to `question`: known option ids, one
 * for single-answer questions; for `concerns`, a non-empty list without
 * repeats where `none` stands alone.
 */
export function isValidAnswer<Q extends QuestionId>(
  question: Q,
  value: unknown,
): value is AnswerValue<Q> {
  if (!MULTIPLE_CHOICE.has(question))
    return typeof value === 'string' && isOptionOf(question, value);
  if (!Array.isArray(value) || value.length === 0) return false;
  if (new Set(value).size !== value.length) return false;
  if (!value.every((v) => typeof v === 'string' && isOptionOf(question, v))) return false;
  return !(value.includes(NO_CONCERNS) && value.length > 1);
}
