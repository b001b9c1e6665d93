/**
 * Test only: what the render tests render, a fixture template that has every
 * blank and slot in every format, its placeholders and every field filled,
 * and the helpers that read a rendered message back (its segments' text, a
 * mailto link's parts).
 */
import { expect } from 'vitest';
import type { TemplateContent } from '../content/types';
import type { FieldId, Fields, RenderedMessage, Segment } from './render';

export const placeholders: Record<FieldId, string> = {
  yourName: 'your name',
  theirName: 'their name',
  company: 'company',
  jobTitle: 'job title',
  need: 'what you need',
  interviewDate: 'interview time',
  altTimes: 'other times',
  referral: 'who you recommend',
};

export const fixture: TemplateContent = {
  name: 'Fixture',
  email: {
    subject: 'The {jobTitle} role at {company}',
    greeting: 'Dear {theirName},',
    paragraphs: [
      ['Thank you for thinking of me for the {jobTitle} role at {company}.'],
      ['{reason}'],
      ['I would like to stay in touch. {reason} Thanks again.'],
    ],
    signOff: 'Kind regards,',
  },
  call: {
    points: [['Thank {theirName} for calling.'], ['{reason}'], ['Ask about {topics}.']],
  },
  message: {
    greeting: 'Hi {theirName},',
    paragraphs: [
      ['Thanks for thinking of me. {reason} I would need {need} before {interviewDate}.'],
      ['Instead, {altTimes}. Ask {referral}.'],
    ],
    signOff: 'Best,',
  },
};

export const allFields: Fields = {
  yourName: 'Ana Silva',
  theirName: 'Sam',
  company: 'Acme',
  jobTitle: 'Analyst',
  need: 'more pay',
  interviewDate: 'Monday',
  altTimes: 'Tuesday',
  referral: 'Jo Lee',
};

export const textOf = (segments: readonly Segment[]) => segments.map((s) => s.text).join('');

/** Mirrors String.prototype.toWellFormed, which the ES2022 lib does not type. */
export const wellFormed = (text: string) =>
  Array.from(text, (c) => (c.length === 1 && /[\uD800-\uDFFF]/.test(c) ? '\uFFFD' : c)).join('');

export function mailtoParts(href: string) {
  const [address = '', query = ''] = href.slice('mailto:'.length).split('?');
  const params = Object.fromEntries(
    query.split('&').map((pair) => {
      const [key = '', value = ''] = pair.split('=');
      return [key, decodeURIComponent(value).replace(/\r\n/g, '\n')];
    }),
  );
  return { address, subject: params.subject, body: params.body, query };
}

export function expectSegmentsMatch(rendered: RenderedMessage) {
  expect(textOf(rendered.email.subjectSegments)).toBe(rendered.email.subject);
  expect(textOf(rendered.email.bodySegments)).toBe(rendered.email.body);
  expect(rendered.call.pointSegments.map(textOf)).toEqual(rendered.call.points);
}
