// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { linkNotices, questions } from '../content';
import { openLink } from '../flow/link';
import { ignoredParts, linkNotice } from './link-notice';

describe('ignoredParts', () => {
  it('names each question once, in the order asked, and counts everything else', () => {
    const { problems } = openLink(
      '?concerns=salary,nope&colour=blue&stage=applied&stage=outreach&%E0=1&negotiable=yes',
    );
    expect(ignoredParts(problems)).toEqual({ questions: ['stage', 'concerns'], others: 2 });
  });

  it('names only what was really dropped: a concern named twice is kept, so it is not named', () => {
    expect(ignoredParts(openLink('?stage=applied&concerns=salary,salary').problems)).toEqual({
      questions: [],
      others: 0,
    });
    expect(
      ignoredParts(openLink('?stage=applied&stage=applied&concerns=salary,salary,bribes').problems),
    ).toEqual({ questions: ['concerns'], others: 0 });
  });

  it('names nothing for a clean link', () => {
    expect(ignoredParts(openLink('?stage=applied').problems)).toEqual({
      questions: [],
      others: 0,
    });
  });
});

describe('linkNotice', () => {
  it('names the questions by their labels, and never quotes the link', () => {
    const { problems } = openLink('?stage=applied&concerns=none,salary&Call%20us=1');
    const text = linkNotice(problems);
    expect(text).toBe(linkNotices.ignored([questions.concerns.summaryLabel], 1));
    expect(text).not.toContain('Call');
  });
});
