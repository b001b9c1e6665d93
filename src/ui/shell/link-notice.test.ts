import { describe, expect, it } from 'vitest';
import { linkNotices, questions } from '../../content';
import { openLink } from '../../flow/link';
import { ignoredParts, linkNotice } from './link-notice';

describe('ignoredParts', () => {
  it('names each question once, in the order asked, and counts everything else', () => {
    const { problems } = openLink(
      '?concerns=salary,nope&colour=blue&stage=applied&stage=outreach&%E0=1&negotiable=yes',
    );
    expect(ignoredParts(problems)).toEqual({ questions: ['stage', 'concerns'], others: 2 });
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
