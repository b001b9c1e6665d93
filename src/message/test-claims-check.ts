// cspell:ignore declin
/**
 * Test only: the claims test's checker. `checkAll` renders every combination
 * (template × format × reason × booked or not × answer set, and for
 * negotiate, with and without what the person would need) and checks each
 * against the brief's claims table (test-claims.ts): no claim the answers do
 * not support, every claim they require, the booked interview named where it
 * should be, subjects that say what the message does, and no leaked
 * placeholder, unfilled blank, doubled space, stop or sentence.
 *
 * Rendering every combination one by one would take minutes, so renders are
 * memoised by what the text can depend on: the template, stage, employer
 * interest, reason, booked, the blanks filled and the concerns the content's
 * conditions and topics name (read from the content itself). Checks are
 * memoised by that and by what the claims can depend on.
 */
import type { Answers, TemplateId } from '../flow/questions';
import { FORMAT_IDS, type Fields, type MessageFormat } from '../flow/fields';
import type { RenderedMessage, Segment } from './render';
import { composeMessage, offeredReasons } from './compose';
import { emptyDraft, type MessageDraft } from './draft';
import { conditionedConcerns, textDependsOn } from './test-messages';
import type { TemplatesContent } from '../content/types';
import { ABOUT_EMPLOYER } from '../flow/test-oracle';
import {
  ACCEPTS,
  CLAIMS,
  DECLINES,
  REFERRALS,
  bookedRequirement,
  requiredClaims,
  type AnswerSet,
  type ClaimFacts,
} from './test-claims';

export const EVERYDAY: Fields = {
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

export function bodiesOf(rendered: RenderedMessage, format: MessageFormat): Bodies {
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
export function checkAll(content: TemplatesContent, sets: Iterable<AnswerSet>): Run {
  const conditioned = [...conditionedConcerns(content)].sort();
  const renders = new Map<string, RenderedMessage>();
  const checked = new Map<string, string[]>();
  /** How many combinations a set gives, by what its renders and checks depend on. */
  const combinationsOf = new Map<string, number>();
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
    const depends = textDependsOn(answers, conditioned);
    const claimConcerns = [
      ...CLAIM_CONCERNS.filter((c) => concerns.includes(c)),
      concerns.some((c) => ABOUT_EMPLOYER.includes(c)) ? 'employer' : '',
    ].join(',');
    const employerInterest = answers['employer-interest'];
    // Sets alike in all the keys below give the same renders and checks: count them, once done.
    const setKey = [id, depends, claimConcerns, ...reasons].join('|');
    const counted = combinationsOf.get(setKey);
    if (counted !== undefined) {
      run.combinations += counted;
      run.messages += counted * FORMAT_IDS.length;
      continue;
    }
    const before = run.combinations;
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
              depends,
              reason,
              booked,
              fields.need,
              fields.referral,
              fields.altTimes,
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
    combinationsOf.set(setKey, run.combinations - before);
  }
  run.renders = renders.size;
  run.checks = checked.size;
  return run;
}
