import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { notes, outcomeUi, reasons, templates } from '../../content';
import {
  SHAREABLE_CONCERNS,
  TEMPLATE_IDS,
  type Answers,
  type OptionId,
  type TemplateId,
} from '../../flow/questions';
import { emptyDraft, FIELD_MAX_LENGTH, type MessageDraft } from '../../message/draft';
import {
  messageAsText,
  renderMessage,
  type FieldId,
  type Fields,
  type MessageFacts,
  type Slots,
} from '../../message/render';
import Composer from './Composer.svelte';
import { fieldsUsed } from '../../message/compose';
import ComposerHarness from './test-ComposerHarness.svelte';

type Concern = OptionId<'concerns'>;

const SHARE_URL = 'https://guide.example/?stage=applied&concerns=salary';
const HOSTILE = '<img src=x onerror=alert(1)>';
const FILLED: Required<Fields> = {
  yourName: 'Ana Silva',
  theirName: 'Sam',
  company: 'Smith & Sons? 100% + café',
  jobTitle: 'Data analyst',
  need: '$95,000',
  interviewDate: 'Thursday at 2pm',
  altTimes: 'Monday after 1pm',
  referral: 'Jo Lee',
};

function answersWith(...concerns: Concern[]): Answers {
  return { stage: 'applied', concerns };
}

interface Options {
  template?: TemplateId;
  answers?: Answers;
  draft?: MessageDraft;
  shareUrl?: string;
}

function renderComposer({
  template = 'decline-first-interview',
  answers = answersWith('salary'),
  draft = emptyDraft,
  shareUrl = SHARE_URL,
}: Options = {}) {
  return render(Composer, { props: { template, answers, draft, shareUrl } });
}

/** The element that shows the message (the public `data-template` contract). */
function message(): HTMLElement {
  const found = document.querySelectorAll<HTMLElement>('[data-template]');
  expect(found).toHaveLength(1);
  return found[0] as HTMLElement;
}

function subjectText(): string {
  return within(message()).getByRole('definition').textContent ?? '';
}

function bodyText(): string {
  return message().querySelector('p')?.textContent ?? '';
}

function field(id: FieldId): HTMLInputElement {
  return screen.getByRole('textbox', { name: outcomeUi.composer.fields[id].label });
}

/** The message as the renderer gives it; the facts default to `answersWith`'s stage. */
function expected(
  template: TemplateId,
  fields: Fields,
  slots: Slots = {},
  facts: MessageFacts = { stage: 'applied' },
) {
  return renderMessage(templates[template], fields, outcomeUi.composer.placeholders, slots, facts);
}

/** Replaces the Clipboard API; `undefined` removes it. */
function stubClipboard(clipboard: { writeText: (text: string) => Promise<void> } | undefined) {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
}

/** The blanks shown: the ones the message uses (the tests' default message, unless given). */
function shown(
  template: TemplateId = 'decline-first-interview',
  answers: Answers = answersWith('salary'),
): readonly FieldId[] {
  return fieldsUsed(template, answers, emptyDraft);
}

/** Types into every blank shown, so nothing is left to warn about. */
async function fillAll(user: UserEvent, fields: Required<Fields> = FILLED) {
  for (const id of shown()) await user.type(field(id), fields[id]);
}

/** FILLED, cut down to the blanks shown. */
function filledShown(): Fields {
  return Object.fromEntries(shown().map((id) => [id, FILLED[id]]));
}

let user: UserEvent;

beforeEach(() => {
  user = userEvent.setup();
});

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
  vi.restoreAllMocks();
});

describe('the fields', () => {
  it('labels each field, with a hint', () => {
    renderComposer();
    for (const id of shown()) {
      expect(field(id)).toHaveAccessibleDescription(outcomeUi.composer.fields[id].hint);
      expect(field(id)).toHaveValue('');
    }
  });

  it('asks for autofill only where it fits and spellchecks no names', () => {
    renderComposer();
    expect(field('yourName')).toHaveAttribute('autocomplete', 'name');
    expect(field('company')).toHaveAttribute('autocomplete', 'organization');
    expect(field('theirName')).toHaveAttribute('autocomplete', 'off');
    expect(field('jobTitle')).toHaveAttribute('autocomplete', 'off');
    expect(field('yourName')).toHaveAttribute('spellcheck', 'false');
    expect(field('theirName')).toHaveAttribute('spellcheck', 'false');
    for (const id of shown()) expect(field(id)).not.toHaveAttribute('maxlength');
  });

  it('updates the preview and the blanks count as each field is typed in', async () => {
    renderComposer();
    expect(screen.getByText(outcomeUi.composer.blanks(4))).toBeInTheDocument();
    const typed: Fields = {};
    // The referral is optional: filling it adds a sentence, never counts as a blank.
    for (const [i, id] of shown()
      .filter((id) => id !== 'referral')
      .entries()) {
      await user.type(field(id), FILLED[id]);
      typed[id] = FILLED[id];
      const rendered = expected('decline-first-interview', typed);
      expect(subjectText()).toBe(rendered.email.subject);
      expect(bodyText()).toBe(rendered.email.body);
      expect(message()).toHaveTextContent(FILLED[id], { normalizeWhitespace: false });
      expect(screen.getByText(outcomeUi.composer.blanks(3 - i))).toBeInTheDocument();
    }
  });

  it('shows an unfilled blank as a marked placeholder and a filled one as plain text', async () => {
    const { container } = renderComposer();
    const placeholder = `[${outcomeUi.composer.placeholders.company}]`;
    const marks = () => [...container.querySelectorAll('mark.blank')].map((m) => m.textContent);
    expect(marks()).toContain(placeholder);

    await user.type(field('company'), 'Acme');
    expect(marks()).not.toContain(placeholder);
    expect(marks()).not.toContain('Acme');
    expect(bodyText()).toContain('Acme');
  });

  it('flags a field over the limit, keeps its text whole and keeps rendering it', async () => {
    renderComposer();
    const atLimit = 'a'.repeat(FIELD_MAX_LENGTH);
    await user.click(field('company'));
    await user.paste(atLimit);
    expect(field('company')).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText(outcomeUi.composer.tooLong(FIELD_MAX_LENGTH))).toBeNull();

    await user.paste('bcdefEND');
    const whole = `${atLimit}bcdefEND`;
    expect(field('company')).toHaveValue(whole);
    expect(field('company')).toHaveAttribute('aria-invalid', 'true');
    expect(field('company')).toHaveAccessibleDescription(
      expect.stringContaining(outcomeUi.composer.tooLong(FIELD_MAX_LENGTH)),
    );
    expect(screen.getByText(outcomeUi.composer.tooLong(FIELD_MAX_LENGTH))).toBeInTheDocument();
    expect(bodyText()).toContain(whole);
    expect(field('jobTitle')).not.toHaveAttribute('aria-invalid');
  });

  it('shows hostile text as literal text and creates no element from it', async () => {
    const { container } = renderComposer();
    await user.click(field('theirName'));
    await user.paste(HOSTILE);
    expect(bodyText()).toContain(HOSTILE);
    expect(container.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
  });

  it('isolates right-to-left text typed into a field, in the field and in the preview', async () => {
    renderComposer();
    const name = 'مريم الحسن';
    await user.click(field('theirName'));
    await user.paste(name);

    expect(field('theirName')).toHaveAttribute('dir', 'auto');
    const isolated = [...message().querySelectorAll('bdi')].map((bdi) => bdi.textContent);
    expect(isolated).toContain(name);
    expect(bodyText()).toContain(name);
  });
});

describe('the notes', () => {
  it('warns prominently about a doubtful approach, with no reason picker', () => {
    renderComposer({ template: 'decline-brief', answers: answersWith('not-legitimate', 'salary') });
    expect(screen.getByRole('heading', { name: notes.safety.title })).toBeInTheDocument();
    expect(screen.getByText(notes.safety.body)).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: outcomeUi.composer.reason.label })).toBeNull();
    expect(screen.queryByText(notes.privateReasons)).toBeNull();
  });

  it('explains the keep-door-open message', () => {
    renderComposer({ template: 'keep-door-open', answers: answersWith('salary') });
    expect(screen.getByText(notes.keepDoorOpen)).toBeInTheDocument();
    expect(screen.queryByText(notes.safety.body)).toBeNull();
  });

  it('explains why private concerns are not offered', () => {
    renderComposer({ template: 'withdraw', answers: answersWith('culture', 'salary') });
    expect(screen.getByRole('heading', { name: notes.privateReasonsTitle })).toBeInTheDocument();
    expect(screen.getByText(notes.privateReasons)).toBeInTheDocument();
  });

  it('shows no note where none applies', () => {
    renderComposer({ template: 'decline-outreach', answers: answersWith('salary') });
    expect(screen.queryByText(notes.privateReasons)).toBeNull();
    expect(screen.queryByText(notes.keepDoorOpen)).toBeNull();
    expect(screen.queryByText(notes.safety.body)).toBeNull();
  });
});

describe('the reason', () => {
  const reasonGroup = () => screen.getByRole('group', { name: outcomeUi.composer.reason.label });

  it('offers no reason first, then only the shareable concerns chosen, in order', () => {
    renderComposer({
      template: 'decline-outreach',
      answers: answersWith('uninteresting', 'mission', 'salary', 'gut-feeling'),
    });
    const radios = within(reasonGroup()).getAllByRole<HTMLInputElement>('radio');
    expect(radios.map((r) => r.labels?.[0]?.textContent)).toEqual([
      notes.noReason,
      reasons.salary.label,
      reasons.uninteresting.label,
    ]);
    expect(within(reasonGroup()).getByRole('radio', { name: notes.noReason })).toBeChecked();
    expect(reasonGroup()).toHaveAccessibleDescription(outcomeUi.composer.reason.hint);
    expect(screen.getByText(notes.privateReasons)).toBeInTheDocument();
  });

  it('lists every shareable concern when all are chosen', () => {
    renderComposer({ template: 'withdraw', answers: answersWith(...SHAREABLE_CONCERNS) });
    const names = within(reasonGroup())
      .getAllByRole<HTMLInputElement>('radio')
      .slice(1)
      .map((r) => r.labels?.[0]?.textContent);
    expect(names).toEqual(SHAREABLE_CONCERNS.map((id) => reasons[id].label));
  });

  it('is absent for private concerns only, with the note instead', () => {
    renderComposer({ template: 'withdraw', answers: answersWith('mission', 'pushy-recruiter') });
    expect(screen.queryByRole('group', { name: outcomeUi.composer.reason.label })).toBeNull();
    expect(screen.getByText(notes.privateReasons)).toBeInTheDocument();
  });

  it.each([
    ['negotiate', answersWith('salary', 'work-setup')],
    ['accept-interview', answersWith('none')],
    ['decline-brief', answersWith('not-legitimate', 'career-goals')],
  ] as const)('is never offered for %s', (template, answers) => {
    renderComposer({ template, answers });
    expect(screen.queryByRole('group', { name: outcomeUi.composer.reason.label })).toBeNull();
    expect(screen.queryByText(notes.privateReasons)).toBeNull();
  });

  it('puts the chosen reason in the preview, and takes it out again', async () => {
    renderComposer({
      template: 'keep-door-open',
      answers: answersWith('career-goals', 'other-offer'),
    });
    const sentence = reasons['other-offer'].clause;
    expect(bodyText()).not.toContain(sentence);

    await user.click(screen.getByRole('radio', { name: reasons['other-offer'].label }));
    expect(bodyText()).toContain(sentence);
    const facts = { stage: 'applied', concerns: ['career-goals', 'other-offer'] };
    expect(bodyText()).toBe(expected('keep-door-open', {}, { reason: sentence }, facts).email.body);

    await user.click(screen.getByRole('radio', { name: outcomeUi.composer.format.call }));
    expect(within(message()).getByRole('list')).toHaveTextContent(sentence);

    await user.click(screen.getByRole('radio', { name: notes.noReason }));
    expect(message()).not.toHaveTextContent(sentence);
  });

  it('treats a saved reason that is not on offer as none', () => {
    renderComposer({
      template: 'withdraw',
      answers: answersWith('career-goals'),
      draft: { ...emptyDraft, reason: 'salary' },
    });
    expect(screen.getByRole('radio', { name: notes.noReason })).toBeChecked();
    expect(bodyText()).not.toContain(reasons.salary.clause);
  });
});

describe('the negotiation topics', () => {
  it.each([
    [['salary'], notes.negotiationTopics.salary],
    [['work-setup'], notes.negotiationTopics['work-setup']],
    [['work-setup', 'salary'], notes.negotiationTopics.both],
  ] as const)('names %j as the topics', (concerns, topics) => {
    renderComposer({ template: 'negotiate', answers: answersWith(...concerns) });
    expect(bodyText()).toBe(expected('negotiate', {}, { topics }).email.body);
    expect(bodyText()).toContain(topics);
  });
});

describe('the format', () => {
  it('starts as email, and switches to talking points and back', async () => {
    renderComposer({ template: 'withdraw', answers: answersWith('lateral-move') });
    const email = screen.getByRole('radio', { name: outcomeUi.composer.format.email });
    const call = screen.getByRole('radio', { name: outcomeUi.composer.format.call });
    expect(screen.getByRole('group', { name: outcomeUi.composer.format.legend })).toContainElement(
      call,
    );
    expect(email).toBeChecked();
    expect(screen.getByText(outcomeUi.composer.preview.subjectLabel)).toBeInTheDocument();

    await user.click(call);
    expect(call).toBeChecked();
    const points = within(message()).getAllByRole('listitem');
    expect(points.map((p) => p.textContent)).toEqual(expected('withdraw', {}).call.points);
    expect(
      screen.getByRole('heading', { name: outcomeUi.composer.preview.callHeading }),
    ).toBeVisible();
    expect(within(message()).queryByRole('definition')).toBeNull();
    expect(screen.queryByRole('link', { name: outcomeUi.actions.openEmail })).toBeNull();

    await user.click(email);
    expect(within(message()).queryByRole('list')).toBeNull();
    expect(subjectText()).toBe(expected('withdraw', {}).email.subject);
  });

  it('counts only the blanks of the format shown', async () => {
    renderComposer({ template: 'withdraw', answers: answersWith('culture') });
    const blanksIn = (rendered: ReturnType<typeof expected>, format: 'email' | 'call') =>
      new Set(
        (format === 'call'
          ? rendered.call.pointSegments.flat()
          : [...rendered.email.subjectSegments, ...rendered.email.bodySegments]
        ).flatMap((s) => (s.kind === 'blank' ? [s.field] : [])),
      ).size;
    const rendered = expected('withdraw', {});
    expect(blanksIn(rendered, 'call')).toBeLessThan(blanksIn(rendered, 'email'));
    expect(
      screen.getByText(outcomeUi.composer.blanks(blanksIn(rendered, 'email'))),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: outcomeUi.composer.format.call }));
    expect(
      screen.getByText(outcomeUi.composer.blanks(blanksIn(rendered, 'call'))),
    ).toBeInTheDocument();
  });

  it('marks unfilled blanks in the talking points too', async () => {
    renderComposer({ template: 'accept-interview', answers: answersWith('none') });
    await user.click(screen.getByRole('radio', { name: outcomeUi.composer.format.call }));
    const marks = message().querySelectorAll('li mark.blank');
    expect([...marks].map((m) => m.textContent)).toContain(
      `[${outcomeUi.composer.placeholders.jobTitle}]`,
    );
  });
});

describe('the preview', () => {
  it.each(TEMPLATE_IDS)('carries data-template="%s" on the message', (template) => {
    renderComposer({ template });
    expect(message()).toHaveAttribute('data-template', template);
    expect(subjectText()).toBe(expected(template, {}).email.subject);
    expect(
      screen.getByRole('region', { name: outcomeUi.composer.preview.heading }),
    ).toContainElement(message());
  });

  it('has one polite live region', () => {
    renderComposer();
    const regions = screen.getAllByRole('status');
    expect(regions).toHaveLength(1);
    expect(regions[0]).toHaveAttribute('aria-live', 'polite');
  });
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

    const text = messageAsText(expected('decline-first-interview', filledShown()), 'email');
    expect(writeText).toHaveBeenCalledExactlyOnceWith(text);
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(outcomeUi.actions.copied),
    );
    expect(fallback()).toBeNull();
  });

  it('copies the talking points in the call format', async () => {
    const writeText = vi.fn((_text: string) => Promise.resolve());
    stubClipboard({ writeText });
    renderComposer({ template: 'withdraw', answers: answersWith('salary') });
    await user.click(screen.getByRole('radio', { name: outcomeUi.composer.format.call }));
    await user.click(copyButton());
    expect(writeText).toHaveBeenCalledWith(expected('withdraw', {}).call.text);
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
    const text = messageAsText(expected('decline-first-interview', filledShown()), 'email');
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
      messageAsText(expected('decline-first-interview', filledShown()), 'email'),
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
