// @vitest-environment node
// cspell:ignore deoxythymidine triiodothyronine thyroxine
import { describe, expect, it } from 'vitest';
import {
  CONCERN_IDS,
  OPTION_IDS,
  OUTCOME_IDS,
  QUESTION_IDS,
  SHAREABLE_CONCERNS,
  MESSAGE_TEMPLATE_IDS,
  type MessageTemplateId,
  type TemplateId,
} from '../flow/questions';
import { guideMachine } from '../flow/machine';
import type { OutcomeContent } from './types';
import {
  decisionMap,
  linkNotices,
  notes,
  outcomeUi,
  outcomes,
  questions,
  reasons,
  templates,
  ui,
} from './index';
import { templateTexts as allTemplateTexts } from './test-texts';

const DECLINE_TEMPLATES: readonly MessageTemplateId[] = [
  'decline-outreach',
  'decline-first-interview',
  'withdraw',
  'keep-door-open',
  'hold-decline',
];
const PRIVATE_CONCERNS = [
  'mission',
  'culture',
  'reputation',
  'pushy-recruiter',
  'gut-feeling',
  'not-legitimate',
];
const GARBLED_TELLS = [
  'international relations and security network',
  'deoxythymidine',
  'metric ton',
  'sleep together',
  'thyroxine',
  'triiodothyronine',
];

/** Copy that starts or ends with a space on purpose, because it is glued to other text. */
const EDGE_SPACE_ALLOWED = new Set(['ui.app.titleSuffix', 'ui.errors.titlePrefix']);

const summaryLabels = QUESTION_IDS.map((id) => questions[id].summaryLabel);

/** Sample arguments for every function in the content, keyed by its path. */
const SAMPLE_ARGS: Record<string, readonly (readonly unknown[])[]> = {
  'ui.nav.changeHidden': summaryLabels.map((label) => [label]),
  'ui.progress': [
    [1, 5, false],
    [2, 4, false],
    [3, 3, true],
  ],
  'linkNotices.ignored': [
    [summaryLabels.slice(1, 2), 0],
    [summaryLabels.slice(0, 2), 0],
    [[], 1],
    [[], 3],
    [[], 20],
    [summaryLabels.slice(0, 1), 1],
    [summaryLabels.slice(0, 3), 2],
    [summaryLabels.slice(2, 3), 15],
  ],
  'outcomeUi.composer.tooLong': [[80], [200]],
  'outcomeUi.composer.blanks': [[0], [1], [2], [4]],
};

interface Text {
  readonly path: string;
  readonly text: string;
}

/** Every string in `value`, including what its functions return for the sample arguments. */
function collectTexts(value: unknown, path: string, out: Text[] = []): Text[] {
  if (typeof value === 'string') {
    out.push({ path, text: value });
  } else if (typeof value === 'function') {
    const samples = SAMPLE_ARGS[path];
    if (!samples) throw new Error(`No sample arguments for the function at ${path}`);
    samples.forEach((args, i) =>
      collectTexts((value as (...a: unknown[]) => unknown)(...args), `${path}(#${i})`, out),
    );
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => collectTexts(item, `${path}[${i}]`, out));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      // A message's conditions hold ids and flags, not copy.
      if (key === 'when') continue;
      collectTexts(item, path ? `${path}.${key}` : key, out);
    }
  } else {
    throw new Error(`Unexpected ${typeof value} at ${path}`);
  }
  return out;
}

const allTexts = collectTexts(
  { questions, outcomes, templates, reasons, notes, ui, outcomeUi, decisionMap, linkNotices },
  '',
);

function slotsIn(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
}

/** Every wording in a template, every variant included. */
const templateTexts = (id: MessageTemplateId): string[] => [
  templates[id].name,
  ...allTemplateTexts(templates[id]),
];

/** Every variant's condition in a template, wherever it sits. */
function conditionsIn(
  value: unknown,
  out: Record<string, unknown>[] = [],
): Record<string, unknown>[] {
  if (Array.isArray(value)) value.forEach((item) => conditionsIn(item, out));
  else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (record.when && typeof record.when === 'object')
      out.push(record.when as Record<string, unknown>);
    Object.values(record).forEach((item) => conditionsIn(item, out));
  }
  return out;
}

const CONDITION_KEYS = [
  'stage',
  'pushback',
  'anyConcern',
  'noConcern',
  'employerInterest',
  'booked',
  'reason',
  'filled',
];

describe('questions', () => {
  it.each(QUESTION_IDS)('%s has a title, summary label and error message', (id) => {
    const question = questions[id];
    expect(question.title).not.toBe('');
    expect(question.summaryLabel).not.toBe('');
    expect(question.errorMessage).not.toBe('');
  });

  it.each(QUESTION_IDS)('%s labels exactly its own options', (id) => {
    const options: Record<string, { label: string }> = questions[id].options;
    expect(Object.keys(options).sort()).toEqual([...OPTION_IDS[id]].sort());
    for (const option of OPTION_IDS[id]) expect(options[option]?.label).toBeTruthy();
  });

  it('gives every question a different summary label', () => {
    expect(new Set(summaryLabels).size).toBe(summaryLabels.length);
  });
});

describe('outcomes', () => {
  it.each(OUTCOME_IDS)('%s has a headline, summary, reasons and next steps', (id) => {
    const outcome = outcomes[id];
    expect(outcome.headline).not.toBe('');
    expect(outcome.summary).not.toBe('');
    expect(outcome.why.length).toBeGreaterThan(0);
    expect(outcome.nextSteps.length).toBeGreaterThan(0);
  });

  it('has no outcome the guide does not know', () => {
    expect(Object.keys(outcomes).sort()).toEqual([...OUTCOME_IDS].sort());
  });

  it.each(OUTCOME_IDS)(
    '%s words a summary, reasons or steps only for messages it can end with',
    (id) => {
      // The machine's outcome states hold one child state per message.
      const outcomeStates = guideMachine.root.states['outcome']?.states[id]?.states ?? {};
      const reachable = Object.values(outcomeStates)
        .map((state) => (state.meta as { template?: TemplateId } | undefined)?.template)
        .filter((template) => template !== undefined);
      expect(reachable.length).toBeGreaterThan(0);
      const outcome: OutcomeContent = outcomes[id];
      for (const special of [outcome.summaryFor, outcome.whyFor, outcome.nextStepsFor]) {
        for (const template of Object.keys(special ?? {})) {
          expect(reachable).toContain(template);
        }
      }
    },
  );
});

describe('templates', () => {
  it('has no template the guide does not know', () => {
    expect(Object.keys(templates).sort()).toEqual([...MESSAGE_TEMPLATE_IDS].sort());
  });

  it.each(MESSAGE_TEMPLATE_IDS)('%s works as an email, as a call and as a short message', (id) => {
    const { name, email, call, message } = templates[id];
    expect(name).not.toBe('');
    expect(email.subject).not.toBe('');
    expect(email.greeting).not.toBe('');
    expect(email.paragraphs.length).toBeGreaterThan(0);
    expect(email.signOff).not.toBe('');
    expect(call.points.length).toBeGreaterThanOrEqual(2);
    expect(message.paragraphs.length).toBeGreaterThan(0);
    expect(message.signOff).not.toBe('');
  });

  it.each(MESSAGE_TEMPLATE_IDS)('%s closes every brace it opens', (id) => {
    for (const text of templateTexts(id)) expect(text.replace(/\{\w+\}/g, '')).not.toMatch(/[{}]/);
  });

  it.each(MESSAGE_TEMPLATE_IDS)(
    '%s uses the reason only if it declines, and only where a reason is given',
    (id) => {
      const withReason = templateTexts(id).filter((t) => slotsIn(t).includes('reason'));
      expect(withReason.length > 0).toBe(DECLINE_TEMPLATES.includes(id));
      const variants = conditionsIn(templates[id]).length;
      expect(variants).toBeGreaterThan(0);
    },
  );

  it.each(MESSAGE_TEMPLATE_IDS)('%s keys its variants only by facts the guide knows', (id) => {
    for (const when of conditionsIn(templates[id])) {
      for (const key of Object.keys(when)) expect(CONDITION_KEYS).toContain(key);
    }
  });

  it.each(MESSAGE_TEMPLATE_IDS)(
    '%s names the topics only if it negotiates or follows a negotiation',
    (id) => {
      const usesTopics = templateTexts(id).some((t) => slotsIn(t).includes('topics'));
      expect(usesTopics).toBe(
        ['negotiate', 'accept-after-talks', 'decline-after-talks'].includes(id),
      );
    },
  );

  it.each(MESSAGE_TEMPLATE_IDS)('%s punctuates each sentence as a whole sentence', (id) => {
    const { email, message } = templates[id];
    for (const line of [email.signOff, message.signOff] as string[]) expect(line).toMatch(/,$/);
    const sentences = allTemplateTexts(templates[id]).filter(
      (t) => !([email.signOff, message.signOff] as string[]).includes(t),
    );
    const subjects = new Set(
      typeof email.subject === 'string'
        ? [email.subject]
        : email.subject.variants.map((v) => v.text),
    );
    for (const text of sentences) {
      if (subjects.has(text)) expect(text).not.toMatch(/[.?]$/);
      else if (/^(Hi|Hello|Dear)\b/.test(text)) expect(text).toMatch(/,$/);
      else expect(text).toMatch(/[.?]$/);
    }
  });
});

describe('reasons', () => {
  it('covers exactly the concerns that are fine to share', () => {
    expect(Object.keys(reasons).sort()).toEqual([...SHAREABLE_CONCERNS].sort());
  });

  it('never offers a private concern', () => {
    for (const concern of PRIVATE_CONCERNS) expect(Object.keys(reasons)).not.toContain(concern);
    const shareable: readonly string[] = SHAREABLE_CONCERNS;
    expect(CONCERN_IDS.filter((c) => !shareable.includes(c)).sort()).toEqual(
      [...PRIVATE_CONCERNS].sort(),
    );
  });

  it.each(SHAREABLE_CONCERNS)('%s has a label and a clause to join to the decision', (id) => {
    const { label, clause } = reasons[id];
    expect(label).not.toBe('');
    expect(clause).toMatch(/^(I\b|[a-z])/);
    expect(clause).not.toMatch(/[.?,;]$/);
    expect(clause).not.toMatch(/[.?]/);
    expect(slotsIn(clause)).toEqual([]);
  });
});

describe('notes', () => {
  it('has words for every negotiation topic, the safety note and the no-reason choice', () => {
    expect(Object.keys(notes.negotiationTopics).sort()).toEqual(['both', 'salary', 'work-setup']);
    for (const topic of Object.values(notes.negotiationTopics)) expect(topic).not.toBe('');
    expect(notes.safety.title).not.toBe('');
    expect(notes.safety.body).not.toBe('');
    expect(notes.noReason).not.toBe('');
    expect(notes.privateReasons).not.toBe('');
  });
});

describe('ui', () => {
  it('words the blanks count for none, one and many', () => {
    const counts = [0, 1, 2].map((n) => outcomeUi.composer.blanks(n));
    expect(new Set(counts).size).toBe(3);
    expect(outcomeUi.composer.blanks(2)).toContain('2');
  });

  it('words progress differently when the total is exact', () => {
    expect(ui.progress(2, 5, true)).not.toBe(ui.progress(2, 5, false));
    expect(ui.progress(2, 5, false)).toMatch(/2.*5/);
  });

  it('keeps the error prefix and title suffix ready to join', () => {
    expect(ui.errors.titlePrefix).toMatch(/\S $/);
    expect(ui.app.titleSuffix).toMatch(/^ \S/);
  });

  it('has a placeholder for every blank the person fills in', () => {
    expect(Object.keys(outcomeUi.composer.placeholders).sort()).toEqual(
      [
        'altTimes',
        'company',
        'interviewDate',
        'jobTitle',
        'need',
        'referral',
        'theirName',
        'yourName',
      ].sort(),
    );
    expect(Object.keys(outcomeUi.composer.fields).sort()).toEqual(
      Object.keys(outcomeUi.composer.placeholders).sort(),
    );
  });
});

describe('all content text', () => {
  it('has text to check', () => {
    expect(allTexts.length).toBeGreaterThan(100);
  });

  it.each(allTexts)('$path is clean', ({ text }) => {
    expect(text).not.toBe('');
    expect(text).not.toMatch(/[[\]<>]/);
    expect(text).not.toMatch(/ {2}/);
    expect(text).not.toMatch(/\n\s*\n\s*\n/);
    expect(text).not.toContain('!');
    const lower = text.toLowerCase();
    for (const tell of GARBLED_TELLS) expect(lower).not.toContain(tell);
  });

  it('has no leading or trailing whitespace, except where text is glued on', () => {
    const untrimmed = allTexts
      .filter(({ path }) => !EDGE_SPACE_ALLOWED.has(path))
      .filter(({ text }) => text !== text.trim())
      .map(({ path }) => path);
    expect(untrimmed).toEqual([]);
  });

  it('uses slot braces only in messages', () => {
    const outside = allTexts
      .filter(({ path }) => !path.startsWith('templates.'))
      .filter(({ text }) => /[{}]/.test(text))
      .map(({ path }) => path);
    expect(outside).toEqual([]);
  });
});
