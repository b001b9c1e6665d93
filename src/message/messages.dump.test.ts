// @vitest-environment node
/**
 * Writes every distinct message the guide can give to reports/messages.txt,
 * with a count, so that someone who did not write them can read them all.
 * It runs with the other tests (`npx vitest run src/message/messages.dump.test.ts`
 * on its own), so the file is always the current wording.
 * Every template × format × reason × booked or not × answer set that reaches
 * it, with everyday names in the blanks; a text given by several combinations
 * is written once, under the first.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMAT_IDS } from '../flow/fields';
import { messageAsText } from './render';
import { distinctMessages } from './test-messages';

const OUT = 'reports/messages.txt';

describe('the reading dump', () => {
  it('writes every distinct message to ' + OUT, { timeout: 60_000 }, () => {
    const texts = new Map<string, string>();
    for (const found of distinctMessages()) {
      for (const format of FORMAT_IDS) {
        const text = messageAsText(found.rendered, format);
        if (texts.has(text)) continue;
        const { stage, concerns, ...rest } = found.answers;
        const facts = [
          `${found.fields.altTimes === undefined ? found.template : 'reschedule'} · ${format}`,
          `stage=${stage}`,
          `concerns=${concerns.join(',')}`,
          ...Object.entries(rest).map(([key, value]) => `${key}=${String(value)}`),
          `reason=${found.reason ?? 'none'}`,
          found.booked ? `booked for "${found.fields.interviewDate ?? ''}"` : 'not booked',
          ...(found.template === 'negotiate' ? [`need="${found.fields.need ?? ''}"`] : []),
          ...(found.fields.referral ? [`referral="${found.fields.referral}"`] : []),
          ...(found.fields.altTimes !== undefined ? [`times="${found.fields.altTimes}"`] : []),
        ];
        texts.set(text, facts.join(' · '));
      }
    }
    const entries = [...texts].sort(([, a], [, b]) => a.localeCompare(b));
    const body = entries
      .map(([text, facts], i) => `=== ${i + 1}. ${facts}\n\n${text}\n`)
      .join('\n');
    mkdirSync('reports', { recursive: true });
    writeFileSync(OUT, `${entries.length} distinct messages\n\n${body}`);
    console.log(`${entries.length} distinct messages written to ${OUT}`);
    expect(entries.length).toBeGreaterThan(100);
  });
});
