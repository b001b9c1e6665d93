/**
 * Sending safely: Copy, Download, Share and the email link warn while blanks
 * are still empty, name them, take the person to them, or go ahead when asked
 * twice; Share only where the device has a share sheet. And the blanks asked
 * for: only those the message uses, with the booked interview's time once
 * one is booked.
 */
import { screen, waitFor, within } from '@testing-library/svelte';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { outcomeUi } from '../../content';
import { OPTIONAL_FIELD_IDS } from '../../flow/fields';
import { TEMPLATE_IDS, type Answers, type TemplateId } from '../../flow/questions';
import { emptyDraft, type MessageDraft } from '../../message/draft';
import {
  FIELD_IDS,
  formatSegments,
  messageAsText,
  type FieldId,
  type Fields,
} from '../../message/render';
import { fieldsUsed } from '../../message/compose';
import {
  answersWith,
  button,
  expected,
  field,
  formatRadio,
  message,
  painted,
  recordingClipboard,
  renderBound,
  restoreNavigator,
  shownFields,
  status,
  stubShare,
} from './test-composer';
import { TO_NEGOTIATE } from '../../flow/test-model';

/** An answer set that reaches each template (the oracle has them all; one each is enough here). */
const ANSWERS: Record<TemplateId, Answers> = {
  'accept-interview': answersWith('none'),
  negotiate: TO_NEGOTIATE,
  'decline-outreach': { stage: 'outreach', concerns: ['salary'], 'employer-interest': 'no' },
  'decline-first-interview': { stage: 'applied', concerns: ['salary'], 'employer-interest': 'no' },
  withdraw: { stage: 'interviewing', concerns: ['salary'], 'employer-interest': 'no' },
  'keep-door-open': { stage: 'applied', concerns: ['salary'], 'employer-interest': 'yes' },
  'decline-brief': { stage: 'outreach', concerns: ['not-legitimate'] },
  'accept-after-talks': { ...TO_NEGOTIATE, reply: 'enough' } as Answers,
  'decline-after-talks': { ...TO_NEGOTIATE, reply: 'not-enough' } as Answers,
  'hold-decline': {
    stage: 'applied',
    concerns: ['salary'],
    'employer-interest': 'no',
    pushback: 'asked-why',
  } as Answers,
};

const FILLED: Required<Fields> = {
  yourName: 'Ana Silva',
  theirName: 'Sam',
  company: 'Acme',
  jobTitle: 'Data analyst',
  need: '$90,000',
  interviewDate: 'Thursday at 2pm',
  altTimes: 'Monday after 1pm',
  referral: 'Jo Lee',
};

let user: UserEvent;

beforeEach(() => {
  user = userEvent.setup({ delay: null });
});

afterEach(() => {
  restoreNavigator();
  vi.restoreAllMocks();
});

/** The warning panel, once shown. */
function warning(): HTMLElement {
  return screen.getByRole('alert');
}

function warnedLabels(): string[] {
  return within(warning())
    .getAllByRole('link')
    .map((link) => link.textContent?.trim() ?? '');
}

const label = (id: FieldId) => outcomeUi.composer.fields[id].label;

describe('the blanks asked for', () => {
  it.each(TEMPLATE_IDS)('%s shows a box for exactly the blanks its message uses', (template) => {
    const answers = ANSWERS[template];
    renderBound({ template, answers });
    expect(shownFields()).toEqual(fieldsUsed(template, answers, emptyDraft));
  });

  it('asks the doubtful approach for no company or job title', () => {
    renderBound({ template: 'decline-brief', answers: ANSWERS['decline-brief'] });
    expect(shownFields()).not.toContain('company');
    expect(shownFields()).not.toContain('jobTitle');
    expect(screen.queryByRole('textbox', { name: label('company') })).toBeNull();
  });

  it('asks for the time of a booked interview only once one is booked, and keeps it out of sight otherwise', async () => {
    const { latest } = renderBound();
    const booked = screen.getByRole('checkbox', { name: outcomeUi.booking.label });
    expect(booked).toHaveAttribute('data-field', 'booked');
    expect(booked).not.toBeChecked();
    expect(screen.queryByRole('textbox', { name: label('interviewDate') })).toBeNull();

    await user.click(booked);
    expect(latest().booked).toBe(true);
    const when = field('interviewDate');
    expect(when).toHaveAttribute('data-field', 'interviewDate');
    expect(shownFields()).toEqual(
      fieldsUsed('decline-first-interview', answersWith('salary'), latest()),
    );
    await user.type(when, 'Thursday at 2pm');
    await painted();
    expect(latest().fields.interviewDate).toBe('Thursday at 2pm');

    await user.click(booked);
    expect(latest().booked).toBe(false);
    expect(screen.queryByRole('textbox', { name: label('interviewDate') })).toBeNull();
  });
});

describe('before sending with blanks still empty', () => {
  it('warns before copying, names the empty blanks by their labels, and copies nothing', async () => {
    const writeText = recordingClipboard();
    renderBound();
    await user.type(field('yourName'), FILLED.yourName);
    await user.click(button(outcomeUi.actions.copy));

    expect(writeText).not.toHaveBeenCalled();
    await waitFor(() => expect(warning()).toHaveFocus());
    expect(warning()).toHaveAccessibleName(outcomeUi.sending.warningTitle);
    const empty = fieldsUsed('decline-first-interview', answersWith('salary'), emptyDraft).filter(
      (id) => id !== 'yourName' && !OPTIONAL_FIELD_IDS.has(id),
    );
    expect(warnedLabels()).toEqual(empty.map(label));
    expect(status()).not.toContain(outcomeUi.actions.copied);
    expect(button(outcomeUi.actions.copy)).toHaveAccessibleDescription(
      expect.stringContaining(outcomeUi.sending.warningTitle),
    );
    for (const id of empty) {
      expect(field(id)).toHaveAccessibleDescription(
        expect.stringContaining(outcomeUi.sending.fieldStillEmpty),
      );
    }
    expect(field('yourName')).not.toHaveAccessibleDescription(
      expect.stringContaining(outcomeUi.sending.fieldStillEmpty),
    );
  });

  it('takes the person to the first empty blank, and the warning goes once all are filled', async () => {
    const writeText = recordingClipboard();
    renderBound();
    await user.click(button(outcomeUi.actions.copy));
    const [first] = warnedLabels();
    await user.click(within(warning()).getByRole('link', { name: first }));
    expect(field('yourName')).toHaveFocus();

    for (const id of fieldsUsed('decline-first-interview', answersWith('salary'), emptyDraft)) {
      await user.type(field(id), FILLED[id]);
    }
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(button(outcomeUi.actions.copy));
    expect(writeText).toHaveBeenCalledOnce();
    await waitFor(() => expect(status()).toBe(outcomeUi.actions.copied));
  });

  it('copies when asked a second time, and says the blanks are still empty', async () => {
    const writeText = recordingClipboard();
    renderBound();
    await user.click(button(outcomeUi.actions.copy));
    await user.click(button(outcomeUi.sending.copyAnyway));

    expect(writeText).toHaveBeenCalledExactlyOnceWith(
      messageAsText(expected('decline-first-interview', {}, answersWith('salary')), 'email'),
    );
    await waitFor(() => expect(status()).toBe(outcomeUi.sending.copiedWithBlanks));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(button(outcomeUi.actions.copy)).toHaveFocus();
  });

  it('warns before downloading, and downloads when asked again', async () => {
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:composer');
    vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderBound();
    await user.click(button(outcomeUi.actions.download));
    expect(createObjectURL).not.toHaveBeenCalled();
    expect(warning()).toBeVisible();

    await user.click(button(outcomeUi.sending.downloadAnyway));
    expect(click).toHaveBeenCalledOnce();
    expect(await (createObjectURL.mock.calls[0]?.[0] as Blob).text()).toBe(
      messageAsText(expected('decline-first-interview', {}, answersWith('salary')), 'email'),
    );
    await waitFor(() => expect(status()).toBe(outcomeUi.sending.downloadedWithBlanks));
  });

  it('warns before following the email link, then offers the link itself to go ahead', async () => {
    renderBound();
    const link = screen.getByRole('link', { name: outcomeUi.actions.openEmail });
    const stoppedByComposer: boolean[] = [];
    // Records whether the composer stopped the link, then stops it anyway (jsdom cannot open mail apps).
    const spy = (event: MouseEvent) => {
      stoppedByComposer.push(event.defaultPrevented);
      event.preventDefault();
    };
    document.addEventListener('click', spy);
    try {
      await user.click(link);
      expect(stoppedByComposer).toEqual([true]);
      const anyway = within(warning()).getByRole('link', {
        name: outcomeUi.sending.openEmailAnyway,
      });
      expect(anyway).toHaveAttribute('href', link.getAttribute('href'));
      await user.click(anyway);
      expect(stoppedByComposer).toEqual([true, false]);
      await waitFor(() => expect(status()).toBe(outcomeUi.sending.openingEmail));
    } finally {
      document.removeEventListener('click', spy);
    }
  });

  it('lets the email link through at once when every blank is filled', async () => {
    const draft: MessageDraft = { ...emptyDraft, fields: FILLED };
    renderBound({ draft });
    let prevented: boolean | undefined;
    const spy = (event: MouseEvent) => {
      prevented = event.defaultPrevented;
      event.preventDefault();
    };
    document.addEventListener('click', spy);
    try {
      await user.click(screen.getByRole('link', { name: outcomeUi.actions.openEmail }));
      expect(prevented).toBe(false);
      expect(screen.queryByRole('alert')).toBeNull();
    } finally {
      document.removeEventListener('click', spy);
    }
  });

  it.each(['email', 'call', 'message'] as const)(
    'counts only the blanks of the %s format',
    async (format) => {
      const writeText = recordingClipboard();
      renderBound({ template: 'withdraw', answers: ANSWERS.withdraw });
      await user.click(formatRadio(format));
      await user.click(button(outcomeUi.actions.copy));
      const rendered = expected('withdraw', {}, ANSWERS.withdraw);
      const segments = formatSegments(rendered, format);
      const blanks = FIELD_IDS.filter((id) =>
        segments.some((s) => s.kind === 'blank' && s.field === id),
      );
      if (blanks.length === 0) {
        expect(screen.queryByRole('alert')).toBeNull();
        expect(writeText).toHaveBeenCalledOnce();
      } else {
        expect(warnedLabels()).toEqual(blanks.map(label));
        expect(writeText).not.toHaveBeenCalled();
      }
    },
  );
});

describe('Share', () => {
  it('is not offered where the device has no share sheet', () => {
    stubShare(undefined);
    renderBound();
    expect(screen.queryByRole('button', { name: outcomeUi.sending.share })).toBeNull();
    expect(button(outcomeUi.actions.copy)).toBeInTheDocument();
  });

  it('hands the message to the share sheet where there is one, after the same warning', async () => {
    const share = vi.fn((_data: ShareData) => Promise.resolve());
    stubShare(share);
    renderBound();
    await user.click(button(outcomeUi.sending.share));
    expect(share).not.toHaveBeenCalled();
    await user.click(button(outcomeUi.sending.shareAnyway));

    const text = messageAsText(
      expected('decline-first-interview', {}, answersWith('salary')),
      'email',
    );
    expect(share).toHaveBeenCalledOnce();
    expect(share.mock.calls[0]?.[0].text).toBe(text);
    await waitFor(() => expect(status()).toBe(outcomeUi.sending.sharedWithBlanks));
  });

  it('shares the short message as it is shown, and says so', async () => {
    const share = vi.fn((_data: ShareData) => Promise.resolve());
    stubShare(share);
    renderBound({ draft: { ...emptyDraft, fields: FILLED, format: 'message' } });
    expect(message()).toHaveAttribute('data-format', 'message');
    await user.click(button(outcomeUi.sending.share));
    expect(share.mock.calls[0]?.[0]).toEqual({
      text: expected('decline-first-interview', FILLED, answersWith('salary')).message.text,
    });
    await waitFor(() => expect(status()).toBe(outcomeUi.sending.shared));
  });

  it.each([
    ['closes the sheet', new DOMException('Share canceled', 'AbortError'), 'shareCancelled'],
    ['is refused', new DOMException('Not allowed', 'NotAllowedError'), 'shareFailed'],
  ] as const)('says so when the person %s', async (_name, error, said) => {
    stubShare(() => Promise.reject(error));
    renderBound({ draft: { ...emptyDraft, fields: FILLED } });
    await user.click(button(outcomeUi.sending.share));
    await waitFor(() => expect(status()).toBe(outcomeUi.sending[said]));
  });
});
