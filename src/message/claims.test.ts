// @vitest-environment node
// cspell:ignore declin nmae Northwind
/**
 * Every message the guide can give, checked against the brief's claims table
 * (test-claims.ts, written from the brief apart from the templates): every
 * template × format × reason × booked or not × every answer set that reaches
 * it (and, for negotiate, with and without what the person would need).
 *
 * Rendering every combination one by one would take minutes, so renders are
 * memoised by what the text can depend on: the template, stage, employer
 * interest, reason, booked, the blanks filled and the concerns the content's
 * conditions and topics name (read from the content itself). Checks are
 * memoised by that and by what the claims can depend on.
 */
import { describe, expect, it } from 'vitest';
import type { Answers, TemplateId } from '../flow/questions';
import { FORMAT_IDS, type Fields, type MessageFormat } from '../flow/fields';
import type { RenderedMessage, Segment } from './render';
import { composeMessage, offeredReasons } from './compose';
import { emptyDraft, type MessageDraft } from './draft';
import { TYPED_TIMES, conditionedConcerns } from './test-messages';
import { templates } from '../content/index';
import type { TemplatesContent } from '../content/types';
import { ABOUT_EMPLOYER } from '../flow/test-oracle';
import {
  ACCEPTS,
  CLAIMS,
  DECLINES,
  REFERRALS,
  bookedRequirement,
  everyAnswerSet,
  requiredClaims,
  type AnswerSet,
  type ClaimFacts,
} from './test-claims';

const EVERYDAY: Fields = {
  yourName: 'Ana Silva',
  theirName: 'Sam',
  company: 'Acme',
  jobTitle: 'Data Analyst',
  need: '$95,000',
  interviewDate: 'Thursday at 2pm',
};
const WITHOUT_NEED: Fields = { ...EVERYDAY, need: '' };
const REFERRAL = 'Jo Lee';
const ALT_TIMES = 'Monday after 1pm or Wednesday morning';

/** The blanks each message is checked with: every optional blank it takes, filled and empty. */
function fieldsFor(message: string): readonly Fields[] {
  if (message === 'negotiate') return [EVERYDAY, WITHOUT_NEED];
  if (REFERRALS.includes(message)) return [EVERYDAY, { ...EVERYDAY, referral: REFERRAL }];
  if (message === 'reschedule') return [EVERYDAY, { ...EVERYDAY, altTimes: ALT_TIMES }];
  return [EVERYDAY];
}

/** What the claims can depend on, beyond what the text does. */
const CLAIM_CONCERNS = ['happy-current-job', 'other-offer', 'salary', 'work-setup'];

/** The guide's own text, with what the person typed masked, so the lexicon reads only the guide's words. */
const guideText = (segments: readonly Segment[]) =>
  segments.map((s) => (s.kind === 'blank' ? 'X' : s.text)).join('');

interface Bodies {
  readonly subject?: string;
  /** The text as sent. */
  readonly full: string;
  /** The guide's words only (blanks masked), without the subject. */
  readonly guide: string;
}

function bodiesOf(rendered: RenderedMessage, format: MessageFormat): Bodies {
  if (format === 'email')
    return {
      subject: rendered.email.subject,
      full: `${rendered.email.subject}\n\n${rendered.email.body}`,
      guide: guideText(rendered.email.bodySegments),
    };
  if (format === 'call')
    return {
      full: rendered.call.text,
      guide: rendered.call.pointSegments.map(guideText).join('\n'),
    };
  return { full: rendered.message.text, guide: guideText(rendered.message.segments) };
}

const sentencesOf = (text: string) =>
  text
    .split(/\n+|(?<=[.?])\s+/)
    .map((s) => s.replace(/^- /, '').trim().toLowerCase())
    .filter((s) => s.length > 0);

/** Every problem with one rendered format, given the facts it was rendered for. */
function problemsOf(bodies: Bodies, facts: ClaimFacts, format: MessageFormat): string[] {
  const problems: string[] = [];
  const { full, guide } = bodies;
  if (/[{}]/.test(full)) problems.push('a placeholder leaks');
  if (/\[/.test(full)) problems.push('a blank is left unfilled');
  if (/ {2}/.test(full)) problems.push('a doubled space');
  if (/ [.,;:?!]/.test(full)) problems.push('a space before punctuation');
  if (/\.\./.test(full)) problems.push('a doubled full stop');
  const sentences = sentencesOf(guide);
  const doubled = sentences.filter((s, i) => s.length > 12 && sentences.indexOf(s) !== i);
  if (doubled.length > 0) problems.push(`a doubled sentence: ${doubled[0]}`);

  // A claim is counted once per sentence that makes it, however many of its phrases match.
  const raw = guide.split(/\n+|(?<=[.?])\s+/);
  for (const claim of CLAIMS) {
    const count = raw.filter((sentence) => claim.phrases.some((p) => p.test(sentence))).length;
    if (count > 0 && !claim.allowed(facts)) problems.push(`claims ${claim.id} without support`);
    if (claim.once && count > 1) problems.push(`states ${claim.id} ${count} times`);
  }
  for (const claim of requiredClaims(facts))
    if (!raw.some((sentence) => claim.phrases.some((p) => p.test(sentence))))
      problems.push(`leaves out ${claim.id}`);
  if (facts.booked && facts.template === 'hold-decline') {
    // The reply keeps the decline's subject, which named the canceled interview; the body never does.
    if (format === 'email' && !bodies.subject?.includes(EVERYDAY.interviewDate ?? ''))
      problems.push('a reply whose subject leaves out the canceled interview');
    const body = bodies.subject === undefined ? full : full.slice(bodies.subject.length);
    if (body.includes(EVERYDAY.interviewDate ?? ''))
      problems.push('names an interview that the decline already canceled');
  } else if (facts.booked) {
    if (!full.includes(EVERYDAY.interviewDate ?? ''))
      problems.push('a booked interview is not named');
    for (const phrase of bookedRequirement(facts.template))
      if (!phrase.test(guide)) problems.push(`a booked interview without ${phrase.source}`);
  } else if (full.includes(EVERYDAY.interviewDate ?? '')) {
    problems.push('names an interview that is not booked');
  }
  if (facts.template === 'reschedule') {
    if (full.includes(`on ${EVERYDAY.interviewDate}`))
      problems.push('names the booked time after "on", which reads wrong with "next week"');
    if (facts.altTimes && !full.includes(ALT_TIMES)) problems.push('leaves out the times offered');
    if (!facts.altTimes && !/\bother times\b[^.]*\?/i.test(guide))
      problems.push('neither offers times nor asks for theirs');
    if (format === 'email' && !/\breschedul/i.test(bodies.subject ?? ''))
      problems.push('a reschedule subject that does not say so');
  }
  if (
    facts.template === 'hold-decline' &&
    !/\b(decision stands|decision hasn't changed|answer is the same)\b/i.test(guide)
  )
    problems.push('a reply to their answer that does not keep the no');
  if (format === 'email' && bodies.subject !== undefined) {
    const saysNo = /\b(withdraw|declin|cancel)/i.test(bodies.subject);
    if (DECLINES.includes(facts.template) && !saysNo)
      problems.push('a decline subject that does not say no');
    if (ACCEPTS.includes(facts.template) && saysNo)
      problems.push('an acceptance subject that says no');
  }
  return problems;
}

interface Run {
  combinations: number;
  messages: number;
  renders: number;
  checks: number;
  problems: Map<string, string>;
  reached: Set<string>;
}

/** Renders and checks every combination against the claims, for `content`. */
function checkAll(content: TemplatesContent, sets: Iterable<AnswerSet>): Run {
  const conditioned = [...conditionedConcerns(content)].sort();
  const renders = new Map<string, RenderedMessage>();
  const checked = new Map<string, string[]>();
  const run: Run = {
    combinations: 0,
    messages: 0,
    renders: 0,
    checks: 0,
    problems: new Map(),
    reached: new Set(),
  };

  for (const { answers, template } of sets) {
    const id = template as TemplateId;
    run.reached.add(id);
    const concerns = answers.concerns;
    const reasons = [null, ...offeredReasons(id, concerns)];
    const textConcerns = concerns.filter((c) => conditioned.includes(c)).join(',');
    const claimConcerns = [
      ...CLAIM_CONCERNS.filter((c) => concerns.includes(c)),
      concerns.some((c) => ABOUT_EMPLOYER.includes(c)) ? 'employer' : '',
    ].join(',');
    const employerInterest = answers['employer-interest'];
    // An interview message with a booked time that doesn't work becomes `reschedule`.
    const messages = (booked: boolean) =>
      ACCEPTS.includes(id) && booked ? [id, 'reschedule'] : [id];
    for (const reason of reasons) {
      for (const booked of [false, true]) {
        for (const message of messages(booked))
          for (const fields of fieldsFor(message)) {
            run.reached.add(message);
            run.combinations++;
            run.messages += FORMAT_IDS.length;
            const renderKey = [
              message,
              id,
              answers.stage,
              employerInterest,
              answers.pushback,
              reason,
              booked,
              fields.need,
              fields.referral,
              fields.altTimes,
              textConcerns,
            ].join('|');
            const checkKey = `${renderKey}|${claimConcerns}`;
            if (checked.has(checkKey)) continue;
            let rendered = renders.get(renderKey);
            if (!rendered) {
              const reschedule = message === 'reschedule';
              const draft: MessageDraft = { ...emptyDraft, fields, reason, booked, reschedule };
              rendered = composeMessage(id, answers as Answers, draft, content);
              renders.set(renderKey, rendered);
            }
            const facts: ClaimFacts = {
              template: message,
              stage: answers.stage,
              concerns,
              employerInterest,
              reason,
              booked,
              pushback: answers.pushback,
              referral: Boolean(fields.referral),
              altTimes: Boolean(fields.altTimes),
            };
            const problems = FORMAT_IDS.flatMap((format) =>
              problemsOf(bodiesOf(rendered, format), facts, format).map((p) => `${format}: ${p}`),
            );
            checked.set(checkKey, problems);
            for (const problem of problems)
              if (!run.problems.has(problem))
                run.problems.set(
                  problem,
                  `${JSON.stringify(answers)} reason=${reason} booked=${booked} → ${message}`,
                );
          }
      }
    }
  }
  run.renders = renders.size;
  run.checks = checked.size;
  return run;
}

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

describe('the short message format', () => {
  it(
    'stays within 600 characters for every template, reason, booked or not and moved or not, with 20-character blanks',
    { timeout: 60_000 },
    () => {
      const twenty = (text: string) => text.padEnd(20, '.').slice(0, 20);
      const fields: Fields = {
        yourName: twenty('Alexandra Whitfield'),
        theirName: twenty('Christopher'),
        company: twenty('Northwind Logistics'),
        jobTitle: twenty('Senior Data Analyst'),
        need: twenty('$95,000 and hybrid'),
        interviewDate: twenty('Thursday at 2:30pm'),
        altTimes: twenty('Mon 1pm or Wed 10am'),
        referral: twenty('Jordan Whitaker-Lee'),
      };
      const conditioned = [...conditionedConcerns(templates)];
      const seen = new Map<string, number>();
      for (const { answers, template } of everyAnswerSet()) {
        const id = template as TemplateId;
        const textConcerns = answers.concerns.filter((c) => conditioned.includes(c)).join(',');
        for (const reason of [null, ...offeredReasons(id, answers.concerns)]) {
          for (const booked of [false, true]) {
            for (const reschedule of ACCEPTS.includes(id) && booked ? [false, true] : [false]) {
              const key = [
                id,
                answers.stage,
                answers['employer-interest'],
                answers.pushback,
                reason,
                booked,
                reschedule,
                textConcerns,
              ].join('|');
              if (seen.has(key)) continue;
              const draft: MessageDraft = { ...emptyDraft, fields, reason, booked, reschedule };
              seen.set(key, composeMessage(id, answers as Answers, draft).message.text.length);
            }
          }
        }
      }
      const longest = Math.max(...seen.values());
      console.log(
        `message: ${seen.size} distinct short messages, the longest ${longest} characters`,
      );
      expect([...seen].filter(([, length]) => length > 600)).toEqual([]);
      expect(Object.values(fields).every((value) => value?.length === 20)).toBe(true);
    },
  );
});
