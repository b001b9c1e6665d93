// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { keepAnswersStillAsked } from './rules';

describe('keepAnswersStillAsked', () => {
  it('keeps follow-ups whose conditions still hold', () => {
    const answers = {
      stage: 'applied',
      concerns: ['salary'],
      negotiable: 'yes',
      'salary-gap': 'far',
    } as const;
    expect(keepAnswersStillAsked(answers)).toEqual(answers);
  });

  it('drops follow-ups whose conditions no longer hold', () => {
    expect(
      keepAnswersStillAsked({
        stage: 'applied',
        concerns: ['career-goals'],
        negotiable: 'yes',
        'salary-gap': 'far',
      }),
    ).toEqual({ stage: 'applied', concerns: ['career-goals'] });
  });

  it('never lets a stale answer keep another alive', () => {
    // `salary-gap` hangs off `negotiable`, which is no longer asked for these concerns.
    expect(
      keepAnswersStillAsked({
        concerns: ['mission'],
        negotiable: 'yes',
        'salary-gap': 'reasonable',
      }),
    ).toEqual({ concerns: ['mission'] });
  });

  it('keeps employer interest while the path to it is still open', () => {
    expect(keepAnswersStillAsked({ concerns: ['work-setup'], 'employer-interest': 'yes' })).toEqual(
      {
        concerns: ['work-setup'],
        'employer-interest': 'yes',
      },
    );
    expect(
      keepAnswersStillAsked({
        concerns: ['work-setup'],
        negotiable: 'yes',
        'employer-interest': 'yes',
      }),
    ).toEqual({ concerns: ['work-setup'], negotiable: 'yes' });
  });

  it('keeps the reply only on the way to the negotiate outcome', () => {
    const talks = { stage: 'applied', concerns: ['work-setup'], negotiable: 'yes' } as const;
    expect(keepAnswersStillAsked({ ...talks, reply: 'enough' })).toEqual({
      ...talks,
      reply: 'enough',
    });
    expect(keepAnswersStillAsked({ ...talks, negotiable: 'no', reply: 'enough' })).toEqual({
      ...talks,
      negotiable: 'no',
    });
    expect(
      keepAnswersStillAsked({
        stage: 'applied',
        concerns: ['salary'],
        negotiable: 'yes',
        reply: 'not-enough',
      }),
    ).toEqual({ stage: 'applied', concerns: ['salary'], negotiable: 'yes' });
  });

  it('keeps the pushback only on the way to a decline that closes a real opportunity', () => {
    const declined = {
      stage: 'applied',
      concerns: ['career-goals'],
      'employer-interest': 'no',
    } as const;
    expect(keepAnswersStillAsked({ ...declined, pushback: 'asked-why' })).toEqual({
      ...declined,
      pushback: 'asked-why',
    });
    for (const concerns of [['not-legitimate'], ['none']] as const) {
      expect(keepAnswersStillAsked({ stage: 'applied', concerns, pushback: 'asked-why' })).toEqual({
        stage: 'applied',
        concerns,
      });
    }
    const talks = { stage: 'applied', concerns: ['work-setup'], negotiable: 'yes' } as const;
    expect(
      keepAnswersStillAsked({ ...talks, reply: 'not-enough', pushback: 'asked-to-reconsider' }),
    ).toEqual({ ...talks, reply: 'not-enough' });
  });
});
