/**
 * Two tabs of the guide share one saved record. Each write is one `setItem`
 * of a whole record, so the last tab to write wins, and storage never holds a
 * record that is half one tab's and half the other's, or one that fails to
 * parse. Random interleavings of both tabs' steps prove it: after every step
 * the record is valid, it is the acting tab's, and a third tab opened from it
 * offers it back, and once continued shows that tab's view and message.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONCERN_IDS, OPTION_IDS, QUESTION_IDS, type QuestionId } from '../flow/questions';
import type { Fields } from '../flow/fields';
import type { View } from '../flow/view';
import { SAVED_KEY, holdsAnything, parseSaved } from './saved';
import { memoryStorage } from '../platform/storage';
import { Guide } from './guide.svelte';
import { fakeEnv } from './test-guide-env';

/** A tab: its own URL and history entry, the shared storage. */
function openTab(storage: Storage): Guide {
  // One clock for every tab: a record written again is the same record.
  return new Guide(fakeEnv(storage, () => 1_700_000_000_000));
}

/** What a tab would write now. */
function recordOf(guide: Guide) {
  return {
    answers: guide.remembered,
    at: guide.answers,
    start: guide.view.kind === 'start',
    draft: guide.draft,
  };
}

type Step = (guide: Guide) => void;

const sameView = (a: View, b: View) => JSON.stringify(a) === JSON.stringify(b);

const answerStep =
  (seed: number): Step =>
  (guide) => {
    const { view } = guide;
    if (view.kind === 'start') return guide.start();
    if (view.kind !== 'question') return guide.back();
    const question: QuestionId = view.question;
    const answer =
      question === 'concerns'
        ? [CONCERN_IDS[seed % CONCERN_IDS.length]!]
        : OPTION_IDS[question][seed % OPTION_IDS[question].length]!;
    guide.answer(question, answer as never);
  };

const text = fc.string({ unit: 'grapheme', maxLength: 30 });
const named = (name: string, act: Step): [string, Step] => [name, act];
const step: fc.Arbitrary<[string, Step]> = fc.oneof(
  fc.nat().map((seed) => named(`answer(${seed})`, answerStep(seed))),
  fc.constant(named('back', (guide) => guide.back())),
  fc.constant(named('restart', (guide) => guide.restart())),
  fc
    .nat(QUESTION_IDS.length - 1)
    .map((i) => named(`change(${QUESTION_IDS[i]})`, (guide) => guide.change(QUESTION_IDS[i]!))),
  fc
    .record({ yourName: text, company: text }, { requiredKeys: [] })
    .map((fields: Fields) =>
      named(`type(${JSON.stringify(fields)})`, (guide) =>
        guide.setDraft({ ...guide.draft, fields }),
      ),
    ),
);

describe('two tabs', () => {
  it('always leave one whole, valid record: the last writer’s', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), step), { maxLength: 30 }), (steps) => {
        const storage = memoryStorage();
        const tabs = [openTab(storage), openTab(storage)];
        for (const [second, [, act]] of steps) {
          const tab = tabs[second ? 1 : 0]!;
          act(tab);
          // The step is painted: its record is written then.
          tab.persist();
          const saved = parseSaved(JSON.parse(storage.getItem(SAVED_KEY) ?? 'null'));
          expect(saved).toBeDefined();
          expect(saved).toMatchObject(recordOf(tab));

          const third = openTab(storage);
          // A record that holds anything waits on the start page, and nothing is written over it;
          // one that holds nothing (no answers, no words) opens on a plain start page.
          expect(third.waiting !== undefined).toBe(holdsAnything(saved!));
          if (third.waiting) {
            third.persist();
            expect(parseSaved(JSON.parse(storage.getItem(SAVED_KEY)!))).toEqual(saved);
            third.resume();
          }
          // Left on the start page, it continues at the first question.
          const expected: View =
            holdsAnything(saved!) && tab.view.kind !== 'start'
              ? tab.view
              : holdsAnything(saved!)
                ? { kind: 'question', question: 'stage' }
                : { kind: 'start' };
          expect(third.view).toEqual(expected);
          expect(third.draft).toEqual(tab.draft);
          expect(third.notices).not.toContain('unreadable');
          // Continuing it writes the same record back (once painted): restoring loses nothing.
          third.persist();
          if (sameView(third.view, tab.view)) {
            expect(parseSaved(JSON.parse(storage.getItem(SAVED_KEY)!))).toEqual(saved);
          }
          third.stop();
        }
        for (const tab of tabs) tab.stop();
      }),
      { numRuns: 300 },
    );
    // 300 runs, each opening tabs: seconds on a busy machine.
  }, 30_000);
});
