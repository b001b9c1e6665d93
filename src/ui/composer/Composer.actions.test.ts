/**
 * The composer's actions with every blank filled: Copy message, the email
 * link, Download and Copy share link, and the draft handed back to the parent.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { outcomeUi, reasons } from '../../content';
import { emptyDraft, type MessageDraft } from '../../message/draft';
import { messageAsText } from '../../message/render';
import {
  answersWith,
  bodyText,
  field,
  fillAll,
  FILLED,
  filledShown,
  painted,
  renderComposer,
  renderedAs,
  restoreNavigator,
  SHARE_URL,
  stubClipboard,
  subjectText,
} from './test-composer';
import ComposerHarness from './test-ComposerHarness.svelte';

let user: UserEvent;

beforeEach(() => {
  user = userEvent.setup({ delay: null });
});

afterEach(() => {
  restoreNavigator();
  vi.restoreAllMocks();
});

describe('Copy message', () => {
  const copyButton = () => screen.getByRole('button', { name: outcomeUi.actions.copy });
  const fallback = () =>
    screen.queryByRole('textbox', { name: outcomeUi.actions.copyFallbackLabel });

  it('writes the message to the clipboard and says so', async () => {
    const writeText = vi.fn((_text: string) => Promise.resolve());
    stubClipboard({ writeText });
    renderComposer();
    await fillAll(user);
    await user.click(copyButton());

    const text = messageAsText(renderedAs('decline-first-interview', filledShown()), 'email');
    expect(writeText).toHaveBeenCalledExactlyOnceWith(text);
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(outcomeUi.actions.copied),
    );
    expect(fallback()).toBeNull();
  });

  it('copies the talking points in the call format', async () => {
    const writeText = vi.fn((_text: string) => Promise.resolve());
    stubClipboard({ writeText });
    // The talking points name the role: with it filled, nothing warns before copying.
    const fields = { jobTitle: 'Data analyst' };
    const draft = { ...emptyDraft, fields };
    renderComposer({ template: 'withdraw', answers: answersWith('salary'), draft });
    await user.click(screen.getByRole('radio', { name: outcomeUi.composer.format.call }));
    await user.click(copyButton());
    expect(writeText).toHaveBeenCalledWith(renderedAs('withdraw', fields).call.text);
  });

  it.each([
    ['missing', undefined],
    ['refused', { writeText: () => Promise.reject(new DOMException('No', 'NotAllowedError')) }],
    [
      'throwing',
      {
        writeText: () => {
          throw new TypeError('Illegal invocation');
        },
      },
    ],
  ])('selects the text in a box when the Clipboard API is %s', async (_, clipboard) => {
    stubClipboard(clipboard);
    renderComposer();
    await fillAll(user);
    expect(fallback()).toBeNull();
    await user.click(copyButton());

    const box = await screen.findByRole('textbox', { name: outcomeUi.actions.copyFallbackLabel });
    const text = messageAsText(renderedAs('decline-first-interview', filledShown()), 'email');
    expect(box).toHaveValue(text);
    expect(box).toHaveAttribute('readonly');
    await waitFor(() => expect(box).toHaveFocus());
    expect((box as HTMLTextAreaElement).selectionStart).toBe(0);
    expect((box as HTMLTextAreaElement).selectionEnd).toBe(text.length);
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(outcomeUi.actions.copyFailed),
    );
  });
});

describe('Open in email app', () => {
  function mailtoParts(href: string) {
    expect(href.startsWith('mailto:?')).toBe(true);
    const params = new Map(
      href
        .slice('mailto:?'.length)
        .split('&')
        .map((pair) => pair.split('=') as [string, string]),
    );
    const decode = (key: string) =>
      decodeURIComponent(params.get(key) ?? '').replace(/\r\n/g, '\n');
    return { subject: decode('subject'), body: decode('body') };
  }

  it('links to a mailto: that decodes to the preview exactly', async () => {
    renderComposer({ template: 'withdraw', answers: answersWith('salary') });
    await fillAll(user);
    await user.click(screen.getByRole('radio', { name: reasons.salary.label }));
    const link = screen.getByRole('link', { name: outcomeUi.actions.openEmail });
    const { subject, body } = mailtoParts(link.getAttribute('href') ?? '');
    expect(subject).toBe(subjectText());
    expect(body).toBe(bodyText());
    expect(body).toContain(FILLED.company);
    expect(body).toContain(reasons.salary.clause);
  });

  it('gives way to a message when the link would be too long', () => {
    renderComposer({
      draft: { ...emptyDraft, fields: { ...FILLED, jobTitle: 'Long title '.repeat(80) } },
    });
    expect(screen.queryByRole('link', { name: outcomeUi.actions.openEmail })).toBeNull();
    expect(screen.getByText(outcomeUi.actions.tooLongForEmailLink)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: outcomeUi.actions.copy })).toBeInTheDocument();
  });
});

describe('a keystroke, before the page shows it', () => {
  /** Types the whole of `text` into a blank in one input event, as a keystroke does, and waits for nothing. */
  const keystroke = (id: 'company', text: string) =>
    fireEvent.input(field(id), { target: { value: text } });

  it('shows in the preview a paint later, and Copy sends it at once', async () => {
    const writeText = vi.fn((_text: string) => Promise.resolve());
    stubClipboard({ writeText });
    renderComposer();
    await fillAll(user);
    const typed = `${FILLED.company} Labs`;
    await keystroke('company', typed);
    expect(field('company')).toHaveValue(typed);
    // The preview trails by a paint: the message is not worked out in the keystroke's task.
    expect(bodyText()).not.toContain(typed);

    await user.click(screen.getByRole('button', { name: outcomeUi.actions.copy }));
    const fields = { ...filledShown(), company: typed };
    const text = messageAsText(renderedAs('decline-first-interview', fields), 'email');
    expect(writeText).toHaveBeenCalledExactlyOnceWith(text);

    await painted();
    expect(bodyText()).toContain(typed);
  });

  it('is in the email link when it is followed before that paint', async () => {
    renderComposer({ template: 'withdraw', answers: answersWith('salary') });
    await fillAll(user);
    const link = screen.getByRole('link', { name: outcomeUi.actions.openEmail });
    const typed = `${FILLED.company} Labs`;
    await keystroke('company', typed);
    expect(decodeURIComponent(link.getAttribute('href') ?? '')).not.toContain(typed);

    // jsdom follows no link; the click's handler points it at the message as typed first.
    link.addEventListener('click', (event) => event.preventDefault());
    await user.click(link);
    expect(decodeURIComponent(link.getAttribute('href') ?? '')).toContain(typed);
  });
});

describe('Download', () => {
  it('saves the message as a UTF-8 text file', async () => {
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:composer');
    const revokeObjectURL = vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined);
    const links: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      links.push(this);
    });
    renderComposer();
    await fillAll(user);
    await user.click(screen.getByRole('button', { name: outcomeUi.actions.download }));

    expect(links.map((a) => a.download)).toEqual([`${outcomeUi.actions.downloadFilename}.txt`]);
    expect(links[0]?.getAttribute('href')).toBe('blob:composer');
    const blob = createObjectURL.mock.calls[0]?.[0] as Blob;
    expect(blob.type).toBe('text/plain;charset=utf-8');
    expect(await blob.text()).toBe(
      messageAsText(renderedAs('decline-first-interview', filledShown()), 'email'),
    );
    await waitFor(() => expect(revokeObjectURL).toHaveBeenCalledWith('blob:composer'), {
      timeout: 2000,
    });
  });

  it('is not offered where files cannot be built', () => {
    const original = Object.getOwnPropertyDescriptor(URL, 'createObjectURL');
    Object.defineProperty(URL, 'createObjectURL', { value: undefined, configurable: true });
    try {
      renderComposer();
      expect(screen.queryByRole('button', { name: outcomeUi.actions.download })).toBeNull();
    } finally {
      if (original) Object.defineProperty(URL, 'createObjectURL', original);
    }
  });
});

describe('Copy share link', () => {
  const shareButton = () => screen.getByRole('button', { name: outcomeUi.actions.copyShareLink });

  it('copies the share link and says so, with its note beside it', async () => {
    const writeText = vi.fn((_text: string) => Promise.resolve());
    stubClipboard({ writeText });
    renderComposer();
    expect(screen.getByText(outcomeUi.actions.shareLinkNote)).toBeInTheDocument();
    await user.click(shareButton());
    expect(writeText).toHaveBeenCalledExactlyOnceWith(SHARE_URL);
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(outcomeUi.actions.shareLinkCopied),
    );
  });

  it('selects the link in a box when it cannot copy', async () => {
    stubClipboard(undefined);
    renderComposer();
    await user.click(shareButton());
    const box = await screen.findByRole('textbox', { name: outcomeUi.actions.shareLinkLabel });
    expect(box).toHaveValue(SHARE_URL);
    expect(box).toHaveAttribute('readonly');
    await waitFor(() => expect(box).toHaveFocus());
    expect((box as HTMLInputElement).selectionEnd).toBe(SHARE_URL.length);
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(outcomeUi.actions.copyFailed),
    );
  });
});

describe('the draft binding', () => {
  it('hands every change back to the parent', async () => {
    const ondraft = vi.fn<(draft: MessageDraft) => void>();
    render(ComposerHarness, {
      props: {
        template: 'decline-outreach',
        answers: answersWith('happy-current-job'),
        initial: { ...emptyDraft, fields: { company: 'Acme' } },
        shareUrl: SHARE_URL,
        ondraft,
      },
    });
    expect(field('company')).toHaveValue('Acme');

    await user.type(field('yourName'), 'Ana');
    await user.click(screen.getByRole('radio', { name: reasons['happy-current-job'].label }));
    await user.click(screen.getByRole('radio', { name: outcomeUi.composer.format.call }));
    expect(ondraft).toHaveBeenLastCalledWith({
      fields: { company: 'Acme', yourName: 'Ana' },
      reason: 'happy-current-job',
      format: 'call',
      booked: false,
    });
  });
});
