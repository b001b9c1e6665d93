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
import { notes, templates } from '../content/index';
import type { TemplatesContent } from '../content/types';
import { ABOUT_EMPLOYER } from '../flow/test-oracle';
import {
  ACCEPTS,
  CLAIMS,
  DECLINES,
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

/** The concerns any message's wording can depend on: named by a condition, or a topic. */
function conditionedConcerns(content: TemplatesContent): Set<string> {
  const found = new Set<string>(Object.keys(notes.negotiationTopics));
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) {
        if ((key === 'anyConcern' || key === 'noConcern') && Array.isArray(item))
          item.forEach((c: string) => found.add(c));
        walk(item);
      }
  };
  walk(content);
  return found;
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
  if (facts.booked) {
    if (!full.includes(EVERYDAY.interviewDate ?? ''))
      problems.push('a booked interview is not named');
    for (const phrase of bookedRequirement(facts.template))
      if (!phrase.test(guide)) problems.push(`a booked interview without ${phrase.source}`);
  } else if (full.includes(EVERYDAY.interviewDate ?? '')) {
    problems.push('names an interview that is not booked');
  }
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
    const needs = id === 'negotiate' ? [EVERYDAY, WITHOUT_NEED] : [EVERYDAY];
    const textConcerns = concerns.filter((c) => conditioned.includes(c)).join(',');
    const claimConcerns = [
      ...CLAIM_CONCERNS.filter((c) => concerns.includes(c)),
      concerns.some((c) => ABOUT_EMPLOYER.includes(c)) ? 'employer' : '',
    ].join(',');
    const employerInterest = answers['employer-interest'];
    for (const reason of reasons) {
      for (const booked of [false, true]) {
        for (const fields of needs) {
          run.combinations++;
          run.messages += FORMAT_IDS.length;
          const renderKey = [
            id,
            answers.stage,
            employerInterest,
            reason,
            booked,
            fields.need,
            textConcerns,
          ].join('|');
          const checkKey = `${renderKey}|${claimConcerns}`;
          if (checked.has(checkKey)) continue;
          let rendered = renders.get(renderKey);
          if (!rendered) {
            const draft: MessageDraft = { ...emptyDraft, fields, reason, booked };
            rendered = composeMessage(id, answers as Answers, draft, content);
            renders.set(renderKey, rendered);
          }
          const facts: ClaimFacts = {
            template: id,
            stage: answers.stage,
            concerns,
            employerInterest,
            reason,
            booked,
          };
          const problems = FORMAT_IDS.flatMap((format) =>
            problemsOf(bodiesOf(rendered, format), facts, format).map((p) => `${format}: ${p}`),
          );
          checked.set(checkKey, problems);
          for (const problem of problems)
            if (!run.problems.has(problem))
              run.problems.set(
                problem,
                `${JSON.stringify(answers)} reason=${reason} booked=${booked} → ${id}`,
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
    'stays within 600 characters for every template, reason and booked or not, with 20-character blanks',
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
      };
      const conditioned = [...conditionedConcerns(templates)];
      const seen = new Map<string, number>();
      for (const { answers, template } of everyAnswerSet()) {
        const id = template as TemplateId;
        const textConcerns = answers.concerns.filter((c) => conditioned.includes(c)).join(',');
        for (const reason of [null, ...offeredReasons(id, answers.concerns)]) {
          for (const booked of [false, true]) {
            const key = [
              id,
              answers.stage,
              answers['employer-interest'],
              reason,
              booked,
              textConcerns,
            ].join('|');
            if (seen.has(key)) continue;
            const draft: MessageDraft = { ...emptyDraft, fields, reason, booked };
            seen.set(key, composeMessage(id, answers as Answers, draft).message.text.length);
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
