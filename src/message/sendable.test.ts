// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Answers } from '../flow/questions';
import { emptyDraft, type MessageDraft } from './draft';
import { fingerprint } from './edits';
import { messageText } from './compose';
import { editedText, sendableText } from './sendable';

const ANSWERS: Answers = { stage: 'applied', concerns: ['salary'] };
const basis = fingerprint('');
const EDITED: MessageDraft = {
  ...emptyDraft,
  edits: {
    email: { subject: 'No, thanks', body: 'Hi,\n\nNo.', basis },
    call: { text: '- No', basis },
  },
};

describe('sendableText', () => {
  it('is the suggestion when nothing was edited', () => {
    for (const format of ['email', 'call', 'message'] as const) {
      const draft = { ...emptyDraft, format };
      expect(editedText(draft)).toBeUndefined();
      expect(sendableText('withdraw', ANSWERS, draft)).toBe(
        messageText('withdraw', ANSWERS, draft),
      );
    }
  });

  it('is the edited text of the draft’s format, the email with its subject line', () => {
    expect(sendableText('withdraw', ANSWERS, EDITED)).toBe('Subject: No, thanks\n\nHi,\n\nNo.');
    expect(sendableText('withdraw', ANSWERS, { ...EDITED, format: 'call' })).toBe('- No');
    const message = { ...EDITED, format: 'message' } as const;
    expect(sendableText('withdraw', ANSWERS, message)).toBe(
      messageText('withdraw', ANSWERS, message),
    );
  });
});
