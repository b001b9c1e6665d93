import type {
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
  /** The article's reasoning for this outcome, as short paragraphs. */
  readonly why: readonly string[];
  /** Reasoning that replaces `why` for one message, where the general case would not fit. */
  readonly whyFor?: { readonly [T in TemplateId]?: readonly string[] };
  /** What to do next, in order. */
  readonly nextSteps: readonly string[];
}

/**
 * A message the person sends. Text may hold these slots:
 * `{yourName}`, `{theirName}`, `{company}`, `{jobTitle}`: blanks the person fills in;
 * `{topics}`: what to negotiate (pay, work setup or both), filled by the guide;
 * `{reason}`: the optional shareable reason. A paragraph or talking point that is
 * exactly `{reason}` is left out when no reason is chosen.
 */
export interface TemplateContent {
  /** A short name for this message in the composer (e.g. "Withdraw after an interview"). */
  readonly name: string;
  readonly email: {
    readonly subject: string;
    /** The greeting line, e.g. "Dear {theirName},". */
    readonly greeting: string;
    /** Paragraphs of the body, in order, no blank strings. */
    readonly paragraphs: readonly string[];
    /** The closing, e.g. "Kind regards,"; the renderer adds `{yourName}` under it. */
    readonly signOff: string;
  };
  /** Talking points for a phone or video call: same tone, no subject or sign-off. */
  readonly call: {
    readonly points: readonly string[];
  };
  /** A short written message (LinkedIn, a text, a chat): no subject, at most 600 characters filled in. */
  readonly message: {
    readonly greeting: string;
    readonly paragraphs: readonly string[];
    /** The renderer adds `{yourName}` under it. */
    readonly signOff: string;
  };
}

/** A reason that is fine to give, for the optional reason picker. */
export interface ReasonContent {
  /** The choice shown in the picker. */
  readonly label: string;
  /** One complete sentence for the message, in the first person. */
  readonly sentence: string;
}

export type QuestionsContent = { readonly [Q in QuestionId]: QuestionContent<Q> };
export type OutcomesContent = { readonly [O in OutcomeId]: OutcomeContent };
export type TemplatesContent = { readonly [T in TemplateId]: TemplateContent };
export type ReasonsContent = { readonly [C in ShareableConcernId]: ReasonContent };
