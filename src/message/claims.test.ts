// @vitest-environment node
// cspell:ignore nmae
/**
 * Every message the guide can give, checked against the brief's claims table
 * (test-claims.ts, written from the brief apart from the templates): every
 * template × format × reason × booked or not × every answer set that reaches
 * it (and, for negotiate, with and without what the person would need), by
 * the checker in test-claims-check.ts; each kind of fault shown caught in a
 * planted case; and the booked time named as typed in reschedule.
 */
import { describe, expect, it } from 'vitest';
import type { Answers, TemplateId } from '../flow/questions';
import { FORMAT_IDS } from '../flow/fields';
import { composeMessage } from './compose';
import { emptyDraft, type MessageDraft } from './draft';
import { TYPED_TIMES } from './test-messages';
import { templates } from '../content/index';
import type { TemplatesContent } from '../content/types';
import { everyAnswerSet } from './test-claims';
import { EVERYDAY, bodiesOf, checkAll } from './test-claims-check';

describe('the claims every message makes', () => {
  it('are all supported by the answers, in every template, format, reason and answer set', () => {
    const started = performance.now();
    const run = checkAll(templates, everyAnswerSet());
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `claims: ${run.messages} messages rendered (${run.combinations} combinations × ${FORMAT_IDS.length} formats), ` +
        `${run.renders} distinct renders, ${run.checks} distinct checks, in ${seconds} s`,
    );
    expect(
      [...run.problems].map(([problem, example]) => `${problem}\n    e.g. ${example}`),
    ).toEqual([]);
    expect([...run.reached].sort()).toEqual(Object.keys(templates).sort());
    expect(run.combinations).toBeGreaterThan(500_000);
  }, 60_000);

  it('catch a planted contradiction', { timeout: 60_000 }, () => {
    const planted = structuredClone(templates) as unknown as {
      -readonly [T in TemplateId]: {
        email: { paragraphs: unknown[][] };
        call: { points: unknown[][] };
      };
    };
    // A decline that says the person is happy where they are, whatever they answered.
    planted['decline-outreach'].email.paragraphs.push(["I'm happy in my current job."]);
    // A door kept open with a call this week, even when the reason is another offer.
    planted['keep-door-open'].call.points.push(['Could we talk this week?']);
    // A message after the talks that never says what the talks were about.
    planted['accept-after-talks'].email.paragraphs[0] = ['Thank you for getting back to me.'];
    const sets = [...everyAnswerSet()].filter((_, i) => i % 7 === 0);
    const run = checkAll(planted as unknown as TemplatesContent, sets);
    const problems = [...run.problems.keys()];
    expect(problems).toContain(
      'email: claims happy or content in their current job, not looking without support',
    );
    expect(problems).toContain(
      'call: claims talking this week about other openings without support',
    );
    expect(problems.some((p) => p.startsWith('email: states the reason "happy-current-job"'))).toBe(
      true,
    );
  });

  it('catch a planted contradiction of each new claim', { timeout: 60_000 }, () => {
    type Planted = {
      -readonly [T in keyof TemplatesContent]: {
        email: { subject: unknown; paragraphs: unknown[][] };
        call: { points: unknown[][] };
        message: { paragraphs: unknown[][] };
      };
    };
    const planted = structuredClone(templates) as unknown as Planted;
    // Someone to recommend, though the person named no one.
    planted['decline-outreach'].email.paragraphs.push(["I'd be glad to recommend a friend."]);
    // An excuse for moving the interview.
    planted.reschedule.call.points.push(['Something came up at work.']);
    // A decline that says the person is still interested in the role.
    planted['hold-decline'].message.paragraphs.push(["I'm still very interested in the role."]);
    // Other roles there, whatever the person said about the employer.
    planted['hold-decline'].email.paragraphs.push(['Please keep me in mind for other roles.']);
    // Times offered that the person never gave: an empty blank.
    planted.reschedule.email.paragraphs.push(["I'm available {altTimes}."]);
    // A subject that doesn't say it's a reschedule.
    planted.reschedule.email.subject = 'Our interview';
    const sets = [...everyAnswerSet()].filter((_, i) => i % 7 === 0);
    const problems = [...checkAll(planted as unknown as TemplatesContent, sets).problems.keys()];
    expect(problems).toContain('email: claims someone they would recommend without support');
    expect(problems).toContain(
      'call: claims why they need to move an interview (a conflict, something came up, illness, family, travel) without support',
    );
    expect(problems).toContain(
      'message: claims that they are still interested in the role without support',
    );
    expect(problems).toContain(
      'email: claims keep me in mind, other openings or future roles at this employer without support',
    );
    expect(problems).toContain('email: a blank is left unfilled');
    expect(problems).toContain('email: a reschedule subject that does not say so');
  });

  it('catch a referral left out, a no not kept, and a reschedule that asks nothing', () => {
    type Planted = {
      -readonly [T in keyof TemplatesContent]: {
        call: { points: unknown[][] };
        message: { paragraphs: unknown[][] };
      };
    };
    const planted = structuredClone(templates) as unknown as Planted;
    planted.withdraw.call.points = planted.withdraw.call.points.slice(0, 1);
    planted['hold-decline'].call.points = [['Thanks for asking.']];
    planted.reschedule.message.paragraphs = [['Thanks for understanding.']];
    const sets = [...everyAnswerSet()].filter(
      (set) =>
        ['withdraw', 'hold-decline', 'accept-interview'].includes(set.template) &&
        set.answers.concerns.length < 3,
    );
    const problems = [...checkAll(planted as unknown as TemplatesContent, sets).problems.keys()];
    expect(problems).toContain('call: leaves out someone they would recommend');
    expect(problems).toContain('call: a reply to their answer that does not keep the no');
    expect(problems).toContain('message: neither offers times nor asks for theirs');
    expect(problems).toContain('message: a booked interview is not named');
  });

  it('name the booked time as typed in reschedule, reading right with each way of writing it', () => {
    const answers: Answers = { stage: 'applied', concerns: ['none'] };
    for (const interviewDate of TYPED_TIMES) {
      const draft: MessageDraft = {
        ...emptyDraft,
        fields: { ...EVERYDAY, interviewDate },
        booked: true,
        reschedule: true,
      };
      for (const format of FORMAT_IDS) {
        const { full } = bodiesOf(composeMessage('accept-interview', answers, draft), format);
        expect(full).toContain(interviewDate);
        // "on next week" and "at tomorrow at 10am" read wrong: the time follows "for".
        expect(full).not.toMatch(new RegExp(`\\b(on|at|by) ${interviewDate}`));
        expect(full).toContain(`for ${interviewDate}`);
      }
    }
  });

  it('catch a placeholder leaking and a doubled sentence', () => {
    const planted = structuredClone(templates) as unknown as {
      -readonly [T in TemplateId]: { message: { paragraphs: unknown[][] } };
    };
    // One of the message's own fixed sentences, said a second time, then a misspelled slot.
    const closing = planted.withdraw.message.paragraphs
      .at(-1)
      ?.find((sentence) => typeof sentence === 'string');
    expect(typeof closing).toBe('string');
    planted.withdraw.message.paragraphs.push([closing, '{nmae}']);
    const sets = [...everyAnswerSet()].filter((s) => s.template === 'withdraw').slice(0, 50);
    const problems = [...checkAll(planted as unknown as TemplatesContent, sets).problems.keys()];
    expect(problems).toContain('message: a placeholder leaks');
    expect(problems.some((p) => p.startsWith('message: a doubled sentence'))).toBe(true);
  });
});
