import type { FieldId } from '../flow/fields';
import type {
  ConcernId,
  MessageTemplateId,
  OptionId,
  OutcomeId,
  QuestionId,
  ShareableConcernId,
  TemplateId,
} from '../flow/questions';

/** One option of a question. */
export interface OptionContent {
  /** The label beside the radio or checkbox. */
  readonly label: string;
  /** An optional one-line hint under the label. */
  readonly hint?: string;
}

/** The words of one question page. */
export interface QuestionContent<Q extends QuestionId> {
  /** The question itself: the page's `h1` and the fieldset's legend. */
  readonly title: string;
  /** A one-line hint under the question, where it helps. */
  readonly hint?: string;
  /** Short wording used in "Your answers" (e.g. "Where you are"). */
  readonly summaryLabel: string;
  /** Shown in the error summary and inline when Continue is pressed with nothing chosen. */
  readonly errorMessage: string;
  readonly options: { readonly [O in OptionId<Q>]: OptionContent };
}

/** The words of one outcome view. */
export interface OutcomeContent {
  /** The result as a headline: the outcome view's `h1`. */
  readonly headline: string;
  /** One or two sentences under the headline. */
  readonly summary: string;
  /** A summary that replaces `summary` for one message, where the general case would not fit. */
  readonly summaryFor?: { readonly [T in TemplateId]?: string };
  /** The article's reasoning for this outcome, as short paragraphs. */
  readonly why: readonly string[];
  /** Reasoning that replaces `why` for one message, where the general case would not fit. */
  readonly whyFor?: { readonly [T in TemplateId]?: readonly string[] };
  /** What to do next, in order. */
  readonly nextSteps: readonly string[];
  /** Next steps that replace `nextSteps` for one message. */
  readonly nextStepsFor?: { readonly [T in TemplateId]?: readonly string[] };
}

/**
 * When a sentence of a message applies: every key given must hold. Facts come
 * from the person's answers (stage, concerns, employer interest) and their
 * draft (booked interview, chosen reason, filled blanks). A key left out does
 * not matter.
 */
export interface Condition {
  /** The stage is one of these. */
  readonly stage?: readonly OptionId<'stage'>[];
  /** At least one of these is a concern. */
  readonly anyConcern?: readonly ConcernId[];
  /** None of these is a concern. */
  readonly noConcern?: readonly ConcernId[];
  readonly employerInterest?: OptionId<'employer-interest'>;
  /** What the recruiter said to the person's no (the `pushback` answer). */
  readonly pushback?: OptionId<'pushback'>;
  /** Whether an interview is already booked. */
  readonly booked?: boolean;
  /** Whether the person chose a reason to give. */
  readonly reason?: boolean;
  /** These blanks hold text (for an optional blank such as `need`). */
  readonly filled?: readonly FieldId[];
}

/** One wording of a sentence, used when its condition holds (always, without one). */
export interface Variant {
  readonly when?: Condition;
  readonly text: string;
}

/**
 * A sentence of a message: fixed text, or variants of which the first whose
 * condition holds is used; when none holds, the sentence is left out.
 */
export type Sentence = string | { readonly variants: readonly Variant[] };

/** A paragraph or talking point: its sentences, joined by a space. One left empty is omitted. */
export type Block = readonly Sentence[];

/**
 * A message the person sends, in three formats. Text may hold these slots:
 * `{yourName}`, `{theirName}`, `{company}`, `{jobTitle}`, `{need}`,
 * `{interviewDate}`, `{altTimes}`, `{referral}`: blanks the person fills in; `{topics}`: what to
 * negotiate (pay, work setup or both), filled by the guide from the concerns;
 * `{reason}`: the chosen shareable reason, as a clause to join to the decision
 * (use it only in a variant with `when: { reason: true }`).
 */
export interface TemplateContent {
  /** A short name for this message in the composer (e.g. "Withdraw after an interview"). */
  readonly name: string;
  readonly email: {
    readonly subject: Sentence;
    /** The greeting line, e.g. "Hi {theirName},". */
    readonly greeting: Sentence;
    readonly paragraphs: readonly Block[];
    /** The closing, e.g. "Best regards,"; the renderer adds `{yourName}` under it. */
    readonly signOff: string;
  };
  /** Talking points for a phone or video call: same tone, no subject or sign-off. */
  readonly call: {
    readonly points: readonly Block[];
  };
  /** A short written message (LinkedIn, a text, a chat): no subject, at most 600 characters filled in. */
  readonly message: {
    readonly greeting: Sentence;
    readonly paragraphs: readonly Block[];
    /** The renderer adds `{yourName}` under it. */
    readonly signOff: string;
  };
}

/** A reason that is fine to give, for the optional reason picker. */
export interface ReasonContent {
  /** The choice shown in the picker. */
  readonly label: string;
  /**
   * The reason as a clause, in the first person and without a capital or a
   * full stop, joined to the decision ("… because {reason}.", with no comma).
   */
  readonly clause: string;
}

export type QuestionsContent = { readonly [Q in QuestionId]: QuestionContent<Q> };
export type OutcomesContent = { readonly [O in OutcomeId]: OutcomeContent };
export type TemplatesContent = { readonly [T in MessageTemplateId]: TemplateContent };
export type ReasonsContent = { readonly [C in ShareableConcernId]: ReasonContent };
