// @vitest-environment node
/**
 * How the messages read, where a program can tell: every distinct message
 * (test-messages.ts: every template × reason × booked or not × answer set),
 * rendered with everyday blanks and with each of the four ways people type a
 * time, checked for the faults a reader found once and that must not come
 * back. Each check is shown catching a planted case, as the claims test does.
 *
 * The checks themselves are in test-style.ts.
 */
import { describe, expect, it } from 'vitest';
import type { TemplateId } from '../flow/questions';
import { FORMAT_IDS } from '../flow/fields';
import { templates } from '../content/index';
import type { TemplatesContent } from '../content/types';
import { DECLINES, everyAnswerSet, type AnswerSet } from './test-claims';
import { EVERYDAY_FIELDS, TYPED_TIMES, distinctMessages } from './test-messages';
import {
  buriedQuestionProblems,
  closingProblems,
  punctuationProblems,
  report,
  stockProblems,
  styleProblems,
  timeProblems,
} from './test-style';

type Planted = {
  -readonly [T in TemplateId]: {
    email: { subject: unknown; paragraphs: unknown[][] };
    call: { points: unknown[][] };
    message: { paragraphs: unknown[][] };
  };
};
const plant = () => structuredClone(templates) as unknown as Planted;
/** The first typed time only. */
const ONE_TIME = TYPED_TIMES.slice(0, 1);
/** Every answer set, enumerated once for the whole file. */
let allSets: readonly AnswerSet[] | undefined;
const everySet = () => (allSets ??= [...everyAnswerSet()]);
const setsFor = (...ids: string[]) => everySet().filter((s) => ids.includes(s.template));

describe('how every message reads', () => {
  it(
    'has none of the faults a program can see, with every typed time',
    { timeout: 300_000 },
    () => {
      const sets = everySet();
      const started = performance.now();
      const problems = styleProblems(templates, sets);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const count = distinctMessages(templates, EVERYDAY_FIELDS, sets).length;
      console.log(
        `style: ${count} distinct renders (× ${FORMAT_IDS.length} formats), each with ${TYPED_TIMES.length} typed times, in ${seconds} s`,
      );
      expect(report(problems)).toEqual([]);
    },
  );

  it('catches a time slot after "on"', { timeout: 60_000 }, () => {
    const planted = plant();
    planted['accept-interview'].email.subject = 'Confirming our interview on {interviewDate}';
    const problems = [
      ...styleProblems(planted as unknown as TemplatesContent, setsFor('accept-interview')).keys(),
    ];
    expect(problems).toContain('accept-interview email: "on tomorrow at 10am"');
    expect(problems).toContain('accept-interview email: "on next week"');
    expect(timeProblems('See you at our next week interview.', 'next week')).toEqual([
      '"next week interview"',
    ]);
  });

  it('catches doubled punctuation from a blank', () => {
    expect(punctuationProblems("For context, I'd need $95,000..")).not.toEqual([]);
    expect(punctuationProblems('I applied to Acme Inc.!.')).not.toEqual([]);
    expect(punctuationProblems('At Acme Inc., the team… Thanks.')).toEqual([]);
  });

  it(
    'catches a comma before "because", and "role" three times in three sentences',
    { timeout: 60_000 },
    () => {
      const planted = plant();
      planted['decline-outreach'].message.paragraphs = [
        [
          'Thanks for thinking of me for the {jobTitle} role at {company}.',
          "I've decided not to move forward with it, because the role isn't quite what I'm looking for.",
          'Best of luck filling the role.',
        ],
      ];
      const problems = [
        ...styleProblems(
          planted as unknown as TemplatesContent,
          setsFor('decline-outreach'),
          ONE_TIME,
        ).keys(),
      ];
      expect(problems).toContain('decline-outreach message: a comma before "because"');
      expect(problems).toContain('decline-outreach message: "role" 3 times in three sentences');
    },
  );

  it(
    'catches a warm phrase twice, an offer after the question, and a reason given again',
    { timeout: 60_000 },
    () => {
      const planted = plant();
      planted['keep-door-open'].call.points.push([
        "If it would help, I'd be glad to put you in touch with {referral}.",
      ]);
      planted['keep-door-open'].message.paragraphs = [
        [
          "I'd be glad to hear about other openings at {company}.",
          "If it helps, I'd be glad to put you in touch with {referral}.",
        ],
      ];
      planted['hold-decline'].email.paragraphs.unshift(['The main reason is that {reason}.']);
      const problems = [
        ...styleProblems(
          planted as unknown as TemplatesContent,
          setsFor('keep-door-open', 'hold-decline'),
          ONE_TIME,
        ).keys(),
      ];
      expect(problems).toContain('keep-door-open message: "i\'d be glad" 2 times');
      expect(problems).toContain('keep-door-open call: an offer of someone after the question');
      // An offer on its own after the question passes only as a paragraph of its own, marked.
      const asked = 'I would love to work at Acme, though. Could we talk next week?';
      const offer = 'Separately, I could put you in touch with Jo Lee.';
      expect(buriedQuestionProblems(`${asked}\n\n${offer}\n\nThanks.`)).toEqual([]);
      expect(buriedQuestionProblems(`- ${asked}\n- ${offer}`)).toEqual([]);
      expect(buriedQuestionProblems(`${asked} ${offer}`)).not.toEqual([]);
      expect(
        buriedQuestionProblems(`${asked}\n\nI could put you in touch with Jo Lee.`),
      ).not.toEqual([]);
      expect(problems).toContain('hold-decline email: gives the reason again as news');
    },
  );

  it('catches a long decline subject with a colon', { timeout: 60_000 }, () => {
    const planted = plant();
    planted['keep-door-open'].email.subject =
      'Canceling our interview for {interviewDate}: not this role, but still interested in {company}';
    const problems = [
      ...styleProblems(
        planted as unknown as TemplatesContent,
        setsFor('keep-door-open'),
        ONE_TIME,
      ).keys(),
    ];
    expect(problems).toContain('keep-door-open email: a subject of 95 characters');
    expect(problems).toContain('keep-door-open email: a subject with a colon');
  });

  it('catches a decline after talks that calls the role a poor fit', { timeout: 60_000 }, () => {
    const planted = plant();
    planted['decline-after-talks'].call.points.push([
      "As it stands, the role isn't the right fit for me.",
    ]);
    const problems = [
      ...styleProblems(
        planted as unknown as TemplatesContent,
        setsFor('negotiate', 'decline-after-talks'),
        ONE_TIME,
      ).keys(),
    ];
    expect(problems).toContain(
      'decline-after-talks call: calls the role a poor fit after the negotiate message called it a good one',
    );
  });

  it('catches one closing in most messages of a kind', { timeout: 60_000 }, () => {
    const planted = plant();
    for (const id of DECLINES as TemplateId[])
      planted[id].email.paragraphs.push(['Good luck filling the role.']);
    // The check itself, on every distinct decline: the other checks have nothing planted to find.
    const problems = closingProblems(
      distinctMessages(
        planted as unknown as TemplatesContent,
        EVERYDAY_FIELDS,
        setsFor(...DECLINES),
      ),
    );
    expect(
      problems.some((p) => p.startsWith('decline email: "Good luck filling the role." closes')),
    ).toBe(true);
  });

  it('catches one stock sentence in many messages of a kind', { timeout: 60_000 }, () => {
    const planted = plant();
    for (const id of DECLINES as TemplateId[])
      planted[id].email.paragraphs.splice(1, 0, [
        "I've really appreciated how clear you've been with me at every step.",
      ]);
    const problems = stockProblems(
      distinctMessages(
        planted as unknown as TemplatesContent,
        EVERYDAY_FIELDS,
        setsFor(...DECLINES),
      ),
    );
    expect(
      problems.some((p) =>
        p.startsWith(
          'decline: "I\'ve really appreciated how clear you\'ve been with me at every step." is in',
        ),
      ),
    ).toBe(true);
  });
});
