// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { CONCERN_IDS, OPTION_IDS, QUESTION_IDS, isValidAnswer, type Answers } from './questions';
import {
  MAX_DROPPED,
  MAX_DROPPED_TEXT,
  decodeAnswers,
  encodeAnswers,
  type DecodedLink,
} from './share-link';

const briefLink = '?stage=applied&concerns=salary,work-setup&negotiable=yes&salary-gap=reasonable';

function expectOnlyValidAnswers({ answers, dropped }: DecodedLink) {
  for (const [question, value] of Object.entries(answers)) {
    expect(QUESTION_IDS).toContain(question);
    expect(isValidAnswer(question as (typeof QUESTION_IDS)[number], value)).toBe(true);
  }
  expect(dropped.length).toBeLessThanOrEqual(MAX_DROPPED);
  for (const { key, value } of dropped) {
    expect(key.length).toBeLessThanOrEqual(MAX_DROPPED_TEXT + 1);
    expect((value ?? '').length).toBeLessThanOrEqual(MAX_DROPPED_TEXT + 1);
  }
}

describe('encodeAnswers', () => {
  it('gives an empty string when there is nothing to share', () => {
    expect(encodeAnswers({})).toBe('');
  });

  it('writes the brief’s example link, keys and concerns in id order, commas unencoded', () => {
    const answers: Answers = {
      'salary-gap': 'reasonable',
      negotiable: 'yes',
      concerns: ['work-setup', 'salary'],
      stage: 'applied',
    };
    expect(encodeAnswers(answers)).toBe(briefLink);
  });

  it('leaves out answers that are not valid', () => {
    const answers = { stage: 'nope', concerns: [], negotiable: 'no' } as unknown as Answers;
    expect(encodeAnswers(answers)).toBe('?negotiable=no');
  });
});

describe('decodeAnswers', () => {
  it('reads the brief’s example link, with or without the "?"', () => {
    const expected = {
      answers: {
        stage: 'applied',
        concerns: ['salary', 'work-setup'],
        negotiable: 'yes',
        'salary-gap': 'reasonable',
      },
      dropped: [],
    };
    expect(decodeAnswers(briefLink)).toEqual(expected);
    expect(decodeAnswers(briefLink.slice(1))).toEqual(expected);
  });

  it('reads nothing from an empty query', () => {
    for (const search of ['', '?', '&&&', '?&']) {
      expect(decodeAnswers(search)).toEqual({ answers: {}, dropped: [] });
    }
  });

  it('percent-decodes each pair, and keeps "+" as it is', () => {
    expect(decodeAnswers('st%61ge=appl%69ed&concerns=salary%2Cculture').answers).toEqual({
      stage: 'applied',
      concerns: ['salary', 'culture'],
    });
    expect(decodeAnswers('stage=outreach+&concerns=salary+culture')).toEqual({
      answers: {},
      dropped: [
        { key: 'stage', value: 'outreach+', reason: 'unknown-option' },
        { key: 'concerns', value: 'salary+culture', reason: 'unknown-option' },
      ],
    });
  });

  it('puts concerns in display order and skips empty pieces silently', () => {
    expect(decodeAnswers('concerns=,work-setup,,salary,')).toEqual({
      answers: { concerns: ['salary', 'work-setup'] },
      dropped: [],
    });
  });

  it('drops unknown questions', () => {
    expect(decodeAnswers('colour=blue&stage=applied&Stage=outreach')).toEqual({
      answers: { stage: 'applied' },
      dropped: [
        { key: 'colour', value: 'blue', reason: 'unknown-question' },
        { key: 'Stage', value: 'outreach', reason: 'unknown-question' },
      ],
    });
  });

  it('drops unknown options, one by one in a concerns list', () => {
    expect(decodeAnswers('stage=maybe&concerns=salary,pay,mission&negotiable=Yes')).toEqual({
      answers: { concerns: ['mission', 'salary'] },
      dropped: [
        { key: 'stage', value: 'maybe', reason: 'unknown-option' },
        { key: 'concerns', value: 'pay', reason: 'unknown-option' },
        { key: 'negotiable', value: 'Yes', reason: 'unknown-option' },
      ],
    });
  });

  it('drops the whole concerns answer when "none" is mixed with others', () => {
    expect(decodeAnswers('concerns=none,salary')).toEqual({
      answers: {},
      dropped: [{ key: 'concerns', value: 'none,salary', reason: 'none-mixed' }],
    });
    expect(decodeAnswers('concerns=none,bogus').answers).toEqual({ concerns: ['none'] });
  });

  it('keeps the first pair for a key, whatever its value', () => {
    expect(decodeAnswers('stage=applied&stage=outreach&stage=&stage=%')).toEqual({
      answers: { stage: 'applied' },
      dropped: [
        { key: 'stage', value: 'outreach', reason: 'repeated-key' },
        { key: 'stage', value: '', reason: 'repeated-key' },
        { key: 'stage', value: '%', reason: 'repeated-key' },
      ],
    });
    expect(decodeAnswers('stage=bogus&stage=applied').answers).toEqual({});
  });

  it('drops repeated options in a concerns list', () => {
    expect(decodeAnswers('concerns=salary,culture,salary')).toEqual({
      answers: { concerns: ['salary', 'culture'] },
      dropped: [{ key: 'concerns', value: 'salary', reason: 'repeated-option' }],
    });
  });

  it('drops pairs that do not percent-decode, or have no key', () => {
    expect(decodeAnswers('stage=%&%E0%A4%A=x&=&=applied&negotiable=%E0%A4%A')).toEqual({
      answers: {},
      dropped: [
        { key: 'stage', value: '%', reason: 'malformed' },
        { key: '%E0%A4%A', value: 'x', reason: 'malformed' },
        { key: '', value: '', reason: 'malformed' },
        { key: '', value: 'applied', reason: 'malformed' },
        { key: 'negotiable', value: '%E0%A4%A', reason: 'malformed' },
      ],
    });
    expect(decodeAnswers('x=%').dropped).toEqual([
      { key: 'x', value: '%', reason: 'unknown-question' },
    ]);
  });

  it('drops empty values, including a key without "="', () => {
    expect(decodeAnswers('stage=&concerns=,,&negotiable')).toEqual({
      answers: {},
      dropped: [
        { key: 'stage', reason: 'empty' },
        { key: 'concerns', reason: 'empty' },
        { key: 'negotiable', reason: 'empty' },
      ],
    });
  });

  it('cuts long text in notices without splitting a character', () => {
    const key = `${'a'.repeat(MAX_DROPPED_TEXT - 1)}😀${'b'.repeat(1000)}`;
    const [drop] = decodeAnswers(`${key}=${'v'.repeat(1000)}`).dropped;
    expect(drop?.key).toBe(`${'a'.repeat(MAX_DROPPED_TEXT - 1)}…`);
    expect(drop?.value).toBe(`${'v'.repeat(MAX_DROPPED_TEXT)}…`);
  });

  it(`reports at most ${MAX_DROPPED} dropped pieces`, () => {
    const search = Array.from({ length: 100 }, (_, i) => `k${i}=v`).join('&') + '&stage=applied';
    const { answers, dropped } = decodeAnswers(search);
    expect(answers).toEqual({ stage: 'applied' });
    expect(dropped).toHaveLength(MAX_DROPPED);
    expect(dropped.at(-1)?.key).toBe(`k${MAX_DROPPED - 1}`);
  });

  it('does linear work on 100,000 characters of anything', () => {
    const n = 100_000;
    const inputs = [
      'a'.repeat(n),
      '%'.repeat(n),
      '&'.repeat(n),
      '='.repeat(n),
      `concerns=${'salary,'.repeat(n / 7)}`,
      `concerns=${'x,'.repeat(n / 2)}`,
      `concerns=${','.repeat(n)}`,
      'stage=applied&'.repeat(n / 14),
      `stage=${'%E0%A4%A'.repeat(n / 8)}`,
      `${'%41'.repeat(n / 3)}=1`,
    ];
    // The work is counted, not timed: every character is split out of the
    // query once and a list once more, and percent-decoded at most once, so
    // the work grows with the link's length, never with its square.
    for (const search of inputs) {
      const decoded = vi.spyOn(globalThis, 'decodeURIComponent');
      const split = vi.spyOn(String.prototype, 'split');
      let result: DecodedLink;
      try {
        result = decodeAnswers(search);
      } finally {
        vi.restoreAllMocks();
      }
      expectOnlyValidAnswers(result);
      const decodedChars = decoded.mock.calls.reduce((sum: number, [text]) => sum + text.length, 0);
      const splitChars = split.mock.contexts.reduce(
        (sum: number, text) => sum + String(text).length,
        0,
      );
      expect(decodedChars).toBeLessThanOrEqual(search.length);
      expect(splitChars).toBeLessThanOrEqual(2 * search.length);
      expect(result.dropped.length).toBeLessThanOrEqual(MAX_DROPPED);
    }
  });
});

const validAnswers: fc.Arbitrary<Answers> = fc.record(
  {
    stage: fc.constantFrom(...OPTION_IDS.stage),
    concerns: fc.oneof(
      fc.constant(['none'] as const),
      fc.shuffledSubarray([...CONCERN_IDS], { minLength: 1 }),
    ),
    negotiable: fc.constantFrom(...OPTION_IDS.negotiable),
    'salary-gap': fc.constantFrom(...OPTION_IDS['salary-gap']),
    'employer-interest': fc.constantFrom(...OPTION_IDS['employer-interest']),
  },
  { requiredKeys: [] },
);

/** Concerns come back in display order, whatever order they were chosen in. */
function inDisplayOrder(answers: Answers): Answers {
  const { concerns } = answers;
  if (!concerns) return answers;
  return { ...answers, concerns: OPTION_IDS.concerns.filter((id) => concerns.includes(id)) };
}

const piece = fc.oneof(
  fc.constantFrom(...QUESTION_IDS),
  fc.constantFrom(...Object.values(OPTION_IDS).flat()),
  fc.constantFrom('', '%', '%E0%A4%A', '%2C', '%26', '%3D', '%25', '+', '?', ',', '=', 'Stage'),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
const pair = fc
  .tuple(piece, fc.boolean(), fc.array(piece, { maxLength: 5 }))
  .map(([key, hasValue, values]) => (hasValue ? `${key}=${values.join(',')}` : key));
const queryLike = fc
  .tuple(fc.boolean(), fc.array(pair, { maxLength: 12 }))
  .map(([mark, pairs]) => `${mark ? '?' : ''}${pairs.join('&')}`);

describe('share links, for any input', () => {
  it('decode what they encode, with nothing dropped', () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        const link = encodeAnswers(answers);
        expect(link).toMatch(/^(\?[a-z-]+=[a-z,-]+(&[a-z-]+=[a-z,-]+)*)?$/);
        expect(decodeAnswers(link)).toEqual({ answers: inDisplayOrder(answers), dropped: [] });
      }),
    );
  });

  it('never throw and only ever return valid answers', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), queryLike), (search) => {
        const decoded = decodeAnswers(search);
        expectOnlyValidAnswers(decoded);
        expect(decodeAnswers(encodeAnswers(decoded.answers))).toEqual({
          answers: decoded.answers,
          dropped: [],
        });
      }),
      { numRuns: 500 },
    );
  });
});
