// @vitest-environment node
// cspell:ignore Northwind
/**
 * The short message format's length: every template × reason × booked or not
 * × moved or not × every answer set that reaches it (answer sets from
 * test-claims.ts, deduplicated by what the text can depend on), with every
 * blank 20 characters long, stays within 600 characters.
 */
import { describe, expect, it } from 'vitest';
import type { Answers, TemplateId } from '../flow/questions';
import type { Fields } from '../flow/fields';
import { composeMessage, offeredReasons } from './compose';
import { emptyDraft, type MessageDraft } from './draft';
import { conditionedConcerns, textDependsOn } from './test-messages';
import { templates } from '../content/index';
import { ACCEPTS, everyAnswerSet } from './test-claims';

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
        const depends = textDependsOn(answers, conditioned);
        for (const reason of [null, ...offeredReasons(id, answers.concerns)]) {
          for (const booked of [false, true]) {
            for (const reschedule of ACCEPTS.includes(id) && booked ? [false, true] : [false]) {
              const key = [id, depends, reason, booked, reschedule].join('|');
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
