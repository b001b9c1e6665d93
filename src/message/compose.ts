/**
 * The message for a template, filled in from the person's answers and draft:
 * the composer shows it, and the error panel hands it back if the page breaks.
 */
import { notes, outcomeUi, reasons, templates, type TemplatesContent } from '../content';
import {
  SHAREABLE_CONCERNS,
  type Answers,
  type MessageTemplateId,
  type ShareableConcernId,
  type TemplateId,
} from '../flow/questions';
import type { MessageDraft } from './draft';
import {
  allSegments,
  FIELD_IDS,
  messageAsText,
  renderMessage,
  type FieldId,
  type Fields,
  type MessageFacts,
  type RenderedMessage,
  type Slots,
} from './render';

/** Templates that decline and may carry one shareable reason. */
const REASON_TEMPLATES: ReadonlySet<TemplateId> = new Set([
  'decline-outreach',
  'decline-first-interview',
  'withdraw',
  'keep-door-open',
  'hold-decline',
]);

/** Messages that confirm a booked interview, and so may ask to move it instead. */
const RESCHEDULABLE: ReadonlySet<TemplateId> = new Set(['accept-interview', 'accept-after-talks']);

/** Whether the composer asks if the booked time works: an interview message, with one booked. */
export function asksIfTimeWorks(template: TemplateId, draft: MessageDraft): boolean {
  return RESCHEDULABLE.has(template) && draft.booked === true;
}

/**
 * The message the composer shows for an outcome's template: `reschedule` when
 * the booked time doesn't work, else the template itself. A choice in the
 * draft, not an answer, so the machine and share links never see it.
 */
export function messageTemplate(template: TemplateId, draft: MessageDraft): MessageTemplateId {
  return asksIfTimeWorks(template, draft) && draft.reschedule === true ? 'reschedule' : template;
}

/** Whether this template may carry a reason. */
export function takesReason(template: TemplateId): boolean {
  return REASON_TEMPLATES.has(template);
}

/** The reasons offered: the shareable concerns the person picked, in SHAREABLE order. */
export function offeredReasons(
  template: TemplateId,
  concerns: readonly string[],
): readonly ShareableConcernId[] {
  return takesReason(template) ? SHAREABLE_CONCERNS.filter((id) => concerns.includes(id)) : [];
}

/** The draft's reason if it is on offer, else null. */
export function chosenReason(
  template: TemplateId,
  concerns: readonly string[],
  draft: MessageDraft,
): ShareableConcernId | null {
  const { reason } = draft;
  return reason !== null && offeredReasons(template, concerns).includes(reason) ? reason : null;
}

/** Templates that negotiate, or follow a negotiation, and so name what it was about. */
const TOPIC_TEMPLATES: ReadonlySet<TemplateId> = new Set([
  'negotiate',
  'accept-after-talks',
  'decline-after-talks',
]);

/** What to negotiate (or what was negotiated), for `{topics}`. */
function topicsFor(template: TemplateId, concerns: readonly string[]): string | undefined {
  if (!TOPIC_TEMPLATES.has(template)) return undefined;
  const salary = concerns.includes('salary');
  const workSetup = concerns.includes('work-setup');
  if (salary && workSetup) return notes.negotiationTopics.both;
  if (salary) return notes.negotiationTopics.salary;
  if (workSetup) return notes.negotiationTopics['work-setup'];
  return undefined;
}

/**
 * The message with the person's text and the guide's slots filled in: the
 * template's own, or the one the draft turns it into ({@link messageTemplate}).
 * `content` is the guide's own messages unless a test passes a copy.
 */
export function composeMessage(
  template: TemplateId,
  answers: Answers,
  draft: MessageDraft,
  content: TemplatesContent = templates,
): RenderedMessage {
  const concerns = answers.concerns ?? [];
  const reason = chosenReason(template, concerns, draft);
  const topics = topicsFor(template, concerns);
  const slots: Slots = {
    ...(reason ? { reason: reasons[reason].clause } : {}),
    ...(topics ? { topics } : {}),
  };
  const facts: MessageFacts = {
    ...(answers.stage ? { stage: answers.stage } : {}),
    concerns,
    ...(answers['employer-interest'] ? { employerInterest: answers['employer-interest'] } : {}),
    ...(answers.pushback ? { pushback: answers.pushback } : {}),
    booked: draft.booked,
  };
  return renderMessage(
    content[messageTemplate(template, draft)],
    draft.fields,
    outcomeUi.composer.placeholders,
    slots,
    facts,
  );
}

/** The message as plain text in the draft's format, as Copy and Download give it. */
export function messageText(template: TemplateId, answers: Answers, draft: MessageDraft): string {
  return messageAsText(composeMessage(template, answers, draft), draft.format);
}

/** Every blank filled, so that whatever a filled blank switches on shows in the rendering. */
const ALL_FILLED: Fields = Object.fromEntries(FIELD_IDS.map((field) => [field, field]));

/**
 * The blanks this message uses, in FIELD_IDS order: the ones the composer
 * asks for. Read from the message itself, rendered with every blank filled, so
 * an optional blank (`need`, `referral`, `altTimes`) counts and a blank only
 * a booked interview uses (`interviewDate`) counts only when one is booked.
 */
export function fieldsUsed(
  template: TemplateId,
  answers: Answers,
  draft: MessageDraft,
): readonly FieldId[] {
  const rendered = composeMessage(template, answers, { ...draft, fields: ALL_FILLED });
  const used = new Set(
    allSegments(rendered).flatMap((segment) => (segment.kind === 'blank' ? [segment.field] : [])),
  );
  return FIELD_IDS.filter((field) => used.has(field));
}
