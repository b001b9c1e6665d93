// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { answersOnPath, initialSnapshot, next } from '../flow/view';
import { TO_NEGOTIATE, replay } from '../flow/test-model';
import { backLink, changeLink } from './hrefs';

describe('backLink and changeLink', () => {
  it('goes back to the question before, and to the start from the first', () => {
    const atConcerns = replay({ stage: 'applied' }).snapshot;
    expect(backLink(atConcerns, answersOnPath(atConcerns))).toBe('');
    const atOutcome = replay(TO_NEGOTIATE).snapshot;
    expect(backLink(atOutcome, TO_NEGOTIATE)).toBe('?stage=applied&concerns=salary&negotiable=yes');
    expect(backLink(initialSnapshot(), {})).toBe('');
  });

  it('goes back from a follow-up question to the outcome it shares its answers with', () => {
    const reply = next(replay(TO_NEGOTIATE).snapshot, { type: 'reply.opened' });
    expect(backLink(reply, answersOnPath(reply))).toBe(
      '?stage=applied&concerns=salary&negotiable=yes&salary-gap=reasonable',
    );
  });

  it('links each earlier question with the answers before it', () => {
    const atOutcome = replay(TO_NEGOTIATE).snapshot;
    expect(changeLink(atOutcome, TO_NEGOTIATE, 'stage')).toBe('');
    expect(changeLink(atOutcome, TO_NEGOTIATE, 'negotiable')).toBe(
      '?stage=applied&concerns=salary',
    );
  });
});
