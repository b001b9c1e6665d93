/**
 * The message as it will be sent: the person's own edits to the draft's
 * format where they made some, else the suggested text. Copy, Download and
 * Share use it, and so does the error panel, so edits are never lost to it.
 */
import type { Answers, TemplateId } from '../flow/questions';
import type { MessageDraft } from './draft';
import { messageText } from './compose';
import { emailAsText } from './render';

/** The edited text in the draft's format, as plain text (an email with its `Subject:` line), if any. */
export function editedText(draft: MessageDraft): string | undefined {
  const { edits, format } = draft;
  if (format === 'email') {
    return edits?.email ? emailAsText(edits.email.subject, edits.email.body) : undefined;
  }
  return edits?.[format]?.text;
}

/** The message as plain text in the draft's format, edits included. */
export function sendableText(template: TemplateId, answers: Answers, draft: MessageDraft): string {
  return editedText(draft) ?? messageText(template, answers, draft);
}
