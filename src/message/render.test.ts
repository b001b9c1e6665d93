// @vitest-environment node
/**
 * renderMessage on a fixture template (test-render.ts): the layout of the
 * body, blanks filled or marked and listed, the reason and topics slots, what
 * a person types never parsed, variants picked by the facts; and every real
 * template using only slots the renderer fills. The message as text and as a
 * mailto link is in render.text.test.ts, anything typed in
 * render.typed.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { templates } from '../content';
import { templateTexts } from '../content/test-texts';
import type { TemplateContent } from '../content/types';
import { TEMPLATE_IDS } from '../flow/questions';
import { FIELD_IDS, renderMessage, type MessageFacts, type Slots, type Fields } from './render';
import { allFields, expectSegmentsMatch, fixture, placeholders } from './test-render';

describe('renderMessage', () => {
  it('lays out the body: greeting, paragraphs, sign-off and the name under it', () => {
    const { email } = renderMessage(fixture, allFields, placeholders);
    expect(email.subject).toBe('The Analyst role at Acme');
    expect(email.body).toBe(
      [
        'Dear Sam,',
        '',
        'Thank you for thinking of me for the Analyst role at Acme.',
        '',
        'I would like to stay in touch. Thanks again.',
        '',
        'Kind regards,',
        'Ana Silva',
      ].join('\n'),
    );
  });

  it('marks unfilled blanks with their placeholder and lists them in FIELD_IDS order', () => {
    const rendered = renderMessage(fixture, {}, placeholders);
    expect(rendered.email.subject).toBe('The [job title] role at [company]');
    expect(rendered.email.body).toMatch(/^Dear \[their name\],/);
    expect(rendered.email.body).toMatch(/Kind regards,\n\[your name\]$/);
    expect(rendered.blanksLeft).toEqual(FIELD_IDS);

    const some = renderMessage(fixture, { yourName: 'Ana', jobTitle: 'Analyst' }, placeholders);
    expect(some.blanksLeft).toEqual([
      'theirName',
      'company',
      'referral',
      'need',
      'interviewDate',
      'altTimes',
    ]);
    expect(renderMessage(fixture, allFields, placeholders).blanksLeft).toEqual([]);
  });

  it('marks blank segments, filled or not', () => {
    const { subjectSegments } = renderMessage(fixture, { jobTitle: 'Analyst' }, placeholders).email;
    expect(subjectSegments).toEqual([
      { kind: 'text', text: 'The ' },
      { kind: 'blank', field: 'jobTitle', text: 'Analyst', filled: true },
      { kind: 'text', text: ' role at ' },
      { kind: 'blank', field: 'company', text: '[company]', filled: false },
    ]);
  });

  it('treats whitespace-only text as unfilled and keeps filled text exactly as typed', () => {
    const rendered = renderMessage(
      fixture,
      { theirName: ' \t\n', company: '  Acme\nLtd  ' },
      placeholders,
    );
    expect(rendered.email.body).toMatch(/^Dear \[their name\],/);
    expect(rendered.email.subject).toBe('The [job title] role at   Acme\nLtd  ');
    expect(rendered.blanksLeft).toEqual([
      'yourName',
      'theirName',
      'jobTitle',
      'referral',
      'need',
      'interviewDate',
      'altTimes',
    ]);
  });

  it('leaves out the full stop after a blank typed with its own, and keeps every other', () => {
    const rendered = renderMessage(
      fixture,
      { jobTitle: 'Analyst', company: 'Acme Inc.', theirName: 'Sam!' },
      placeholders,
    );
    expect(rendered.email.body).toContain('the Analyst role at Acme Inc.\n');
    expect(rendered.email.body).not.toContain('..');
    expect(rendered.email.body).toMatch(/^Dear Sam!,/);
    const plain = renderMessage(fixture, { company: 'Acme' }, placeholders);
    expect(plain.email.body).toContain('at Acme.\n');
  });

  it('drops a paragraph or point that is only {reason} when there is no reason', () => {
    for (const slots of [undefined, {}, { reason: '' }, { reason: '  ' }]) {
      const rendered = renderMessage(fixture, allFields, placeholders, slots);
      expect(rendered.email.body.split('\n\n')).toHaveLength(4);
      expect(rendered.email.body).not.toMatch(/ {2}|\{reason\}/);
      expect(rendered.call.points).toEqual(['Thank Sam for calling.', 'Ask about.']);
    }
  });

  it('keeps the reason paragraph and fills inline reasons when there is one', () => {
    const reason = 'I have decided to stay where I am.';
    const rendered = renderMessage(fixture, allFields, placeholders, { reason: ` ${reason} ` });
    const paragraphs = rendered.email.body.split('\n\n');
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[2]).toBe(reason);
    expect(paragraphs[3]).toBe(`I would like to stay in touch. ${reason} Thanks again.`);
    expect(rendered.call.points[1]).toBe(reason);
  });

  it('removes an absent inline reason without leaving stray spaces', () => {
    const cases: [string, string][] = [
      ['{reason} Thanks.', 'Thanks.'],
      ['Thanks. {reason}', 'Thanks.'],
      ['Thanks {reason}.', 'Thanks.'],
      ['Thanks. {reason} Bye.', 'Thanks. Bye.'],
      ['Thanks.{reason} Bye.', 'Thanks. Bye.'],
    ];
    for (const [paragraph, expected] of cases) {
      const template = { ...fixture, email: { ...fixture.email, paragraphs: [[paragraph]] } };
      const { body } = renderMessage(template, allFields, placeholders).email;
      expect(body.split('\n\n')[1]).toBe(expected);
    }
  });

  it('fills {topics} from the slots', () => {
    const rendered = renderMessage(fixture, allFields, placeholders, { topics: 'pay' });
    expect(rendered.call.points).toContain('Ask about pay.');
  });

  it('fills blanks inside the reason but never parses what the person typed', () => {
    const rendered = renderMessage(
      fixture,
      { ...allFields, theirName: '{company} {reason} $&' },
      placeholders,
      { reason: 'The pay at {company} is too low.' },
    );
    expect(rendered.email.body).toContain('Dear {company} {reason} $&,');
    expect(rendered.email.body).toContain('\n\nThe pay at Acme is too low.\n\n');
  });

  it('leaves unknown slots as literal text and never throws on them', () => {
    const template = {
      ...fixture,
      email: { ...fixture.email, paragraphs: [['Hello {nmae} and { company } and {}.']] },
    };
    const { body } = renderMessage(template, allFields, placeholders).email;
    expect(body).toContain('Hello {nmae} and { company } and {}.');
  });

  it('has segments that spell out the same text', () => {
    for (const fields of [{}, allFields, { company: 'A\nB' }]) {
      expectSegmentsMatch(renderMessage(fixture, fields, placeholders, { reason: 'R' }));
    }
  });
});

describe('renderMessage with variants', () => {
  const variants: TemplateContent = {
    ...fixture,
    email: {
      ...fixture.email,
      subject: {
        variants: [
          { when: { booked: true }, text: 'Cancelling {interviewDate}' },
          { text: 'About {jobTitle}' },
        ],
      },
      paragraphs: [
        [
          {
            variants: [
              { when: { stage: ['outreach'] }, text: 'Outreach.' },
              { when: { stage: ['applied', 'interviewing'] }, text: 'Applied.' },
            ],
          },
          { variants: [{ when: { anyConcern: ['salary'] }, text: 'Pay.' }] },
          { variants: [{ when: { noConcern: ['other-offer'] }, text: 'This week.' }] },
          { variants: [{ when: { employerInterest: 'yes' }, text: 'Others.' }] },
          {
            variants: [{ when: { reason: true }, text: 'No, because {reason}.' }, { text: 'No.' }],
          },
          { variants: [{ when: { filled: ['need'] }, text: 'I need {need}.' }] },
        ],
        [{ variants: [{ when: { booked: true }, text: 'Booked.' }] }],
        ['End.'],
      ],
    },
  };
  const body = (facts: MessageFacts, slots: Slots = {}, fields: Fields = allFields) =>
    renderMessage(variants, fields, placeholders, slots, facts).email.body.split('\n\n')[1];

  it('picks the first variant whose condition holds, and leaves a sentence out when none does', () => {
    expect(body({})).toBe('This week. No. I need more pay.');
    expect(body({ stage: 'outreach' })).toBe('Outreach. This week. No. I need more pay.');
    expect(body({ stage: 'interviewing' })).toBe('Applied. This week. No. I need more pay.');
    expect(body({ concerns: ['salary', 'other-offer'] })).toBe('Pay. No. I need more pay.');
    expect(body({ concerns: ['culture'] })).toBe('This week. No. I need more pay.');
    expect(body({ employerInterest: 'yes' })).toBe('This week. Others. No. I need more pay.');
    expect(body({ employerInterest: 'yes', concerns: ['other-offer'] })).toBe(
      'Others. No. I need more pay.',
    );
    expect(body({ concerns: ['other-offer'] }, { reason: 'it is far' })).toBe(
      'No, because it is far. I need more pay.',
    );
    expect(body({ concerns: ['other-offer'] }, {}, { ...allFields, need: ' ' })).toBe('No.');
  });

  it('leaves out a paragraph whose every sentence is left out, and words the subject by the facts', () => {
    const rendered = renderMessage(variants, allFields, placeholders, {}, { booked: true });
    expect(rendered.email.subject).toBe('Cancelling Monday');
    expect(rendered.email.body.split('\n\n')).toHaveLength(5);
    const unbooked = renderMessage(variants, allFields, placeholders, {}, { booked: false });
    expect(unbooked.email.subject).toBe('About Analyst');
    expect(unbooked.email.body.split('\n\n')).toHaveLength(4);
  });

  it('asks for a blank only where the chosen wording uses it', () => {
    const rendered = renderMessage(variants, { yourName: 'Ana' }, placeholders);
    expect(rendered.email.body).not.toContain('[what you need]');
    expect(renderMessage(variants, {}, placeholders, {}, { booked: true }).email.subject).toBe(
      'Cancelling [interview time]',
    );
  });

  it('lists every variant among the template texts', () => {
    expect(templateTexts(variants)).toEqual(
      expect.arrayContaining(['Cancelling {interviewDate}', 'Outreach.', 'I need {need}.', 'End.']),
    );
  });
});

describe('the templates and the renderer', () => {
  it.each(TEMPLATE_IDS)('%s uses only slots the renderer fills', (id) => {
    const slots = { reason: 'a reason', topics: 'the topics' };
    for (const text of [templates[id].name, ...templateTexts(templates[id])]) {
      const single: TemplateContent = { ...fixture, email: { ...fixture.email, subject: text } };
      const { subject } = renderMessage(single, allFields, placeholders, slots).email;
      expect(subject, text).not.toMatch(/[{}]/);
    }
  });
});
