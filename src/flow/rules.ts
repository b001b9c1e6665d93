/**
 * The brief's decision rules, each a named pure predicate over the answers.
 * The machine registers these as guards; nothing else decides where the guide
 * goes next.
 */
import {
  EMPLOYER_CONCERNS,
  NEGOTIABLE_CONCERNS,
  NO_CONCERNS,
  QUESTION_IDS,
  type Answers,
  type ConcernId,
  type OptionId,
  type QuestionId,
} from './questions';

export type Rule = (answers: Answers) => boolean;

function concernsOf(answers: Answers): readonly string[] {
  return answers.concerns ?? [];
}

function realConcerns(answers: Answers): readonly ConcernId[] {
  return concernsOf(answers).filter((c): c is ConcernId => c !== NO_CONCERNS);
}

/** Nothing puts the person off this job. */
export const hasNoConcerns: Rule = (a) => concernsOf(a).includes(NO_CONCERNS);

/** The approach doesn't seem legitimate. */
export const isNotLegitimate: Rule = (a) => concernsOf(a).includes('not-legitimate');

/** Every concern could be negotiated (exception 1). */
export const hasOnlyNegotiableConcerns: Rule = (a) => {
  const concerns = realConcerns(a);
  return concerns.length > 0 && concerns.every((c) => NEGOTIABLE_CONCERNS.has(c));
};

/** If the negotiable points changed, the person would (or might) want the job. */
export const wouldWantIfChanged: Rule = (a) => a.negotiable === 'yes' || a.negotiable === 'unsure';

export const hasSalaryConcern: Rule = (a) => concernsOf(a).includes('salary');

/** A reasonable raise could close the pay gap, or the person can't tell yet. */
export const isSalaryGapBridgeable: Rule = (a) =>
  a['salary-gap'] === 'reasonable' || a['salary-gap'] === 'unsure';

/** No concern is about the employer itself, only about this role. */
export const hasNoEmployerConcern: Rule = (a) =>
  !realConcerns(a).some((c) => EMPLOYER_CONCERNS.has(c));

/** Setting this role aside, the person would like to work for this employer (exception 2). */
export const likesEmployer: Rule = (a) => a['employer-interest'] === 'yes';

/** Rule 3: the only dealbreakers could be negotiated, so talk before deciding. */
export const leadsToNegotiation: Rule = (a) =>
  hasOnlyNegotiableConcerns(a) &&
  wouldWantIfChanged(a) &&
  (!hasSalaryConcern(a) || isSalaryGapBridgeable(a));

/**
 * The person came back to the negotiate outcome with their reply. It is only
 * ever kept on the way to that outcome (see `asksReply`).
 */
export const hasHeardBack: Rule = (a) => a.reply !== undefined;

/** After talking it over, they offered enough for the person to go ahead. */
export const wasOfferedEnough: Rule = (a) => a.reply === 'enough';

/** Rules 1 and 2 settle the outcome from the concerns alone. */
const settledByConcerns: Rule = (a) => hasNoConcerns(a) || isNotLegitimate(a);

/** `negotiable` is asked only when every concern is negotiable. */
export const asksNegotiable: Rule = (a) => !settledByConcerns(a) && hasOnlyNegotiableConcerns(a);

/** `salary-gap` is asked only when pay is a concern the person would negotiate. */
export const asksSalaryGap: Rule = (a) =>
  asksNegotiable(a) && hasSalaryConcern(a) && wouldWantIfChanged(a);

/**
 * `employer-interest` is asked on the way to `decline`, when no concern is
 * about the employer. While `negotiable` is still unanswered it may yet be
 * asked, so a remembered answer is kept until the path is known.
 */
export const asksEmployerInterest: Rule = (a) =>
  a.concerns !== undefined &&
  !settledByConcerns(a) &&
  hasNoEmployerConcern(a) &&
  !leadsToNegotiation(a);

/** `reply` is asked only after the `negotiate` outcome, so only on the way there. */
const asksReply: Rule = leadsToNegotiation;

/**
 * `pushback` is asked only after a decline that closes a real opportunity:
 * not a scam (settled by the concerns), never after talks.
 */
const asksPushback: Rule = (a) =>
  a.concerns !== undefined && !settledByConcerns(a) && !leadsToNegotiation(a);

/** Whether each question is still asked, given the other answers. */
const isAsked: Record<QuestionId, Rule> = {
  stage: () => true,
  concerns: () => true,
  negotiable: asksNegotiable,
  'salary-gap': asksSalaryGap,
  'employer-interest': asksEmployerInterest,
  reply: asksReply,
  pushback: asksPushback,
};

/**
 * Drops the answers to questions that are no longer asked: after a change, the
 * answers still on the new path are kept (and pre-filled), the others go.
 */
export function keepAnswersStillAsked(answers: Answers): Answers {
  // Each question is judged on the earlier answers that survived, so a stale
  // answer can never keep another one alive.
  let kept: Answers = {};
  for (const question of QUESTION_IDS) {
    if (answers[question] !== undefined && isAsked[question](kept)) {
      kept = { ...kept, [question]: answers[question] };
    }
  }
  return kept;
}

/** A rule on the stage: `isAtStage('outreach')`. */
export function isAtStage(stage: OptionId<'stage'>): Rule {
  return (a) => a.stage === stage;
}
