// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { afterPaint } from '../platform/after-paint';
import { memoryStorage } from '../platform/storage';
import { HistoryWriter } from './history';
import { fakeEnv } from './test-guide-env';

const START = { start: true, followUp: false };
const QUESTION = { start: false, followUp: false };

function writer() {
  const env = fakeEnv(memoryStorage());
  return { env, history: new HistoryWriter(env) };
}

describe('HistoryWriter', () => {
  it('makes an entry over at once when nothing waits', () => {
    const { env, history } = writer();
    history.replace('?stage=applied', QUESTION);
    expect(env.entries).toEqual(['/?stage=applied']);
    expect(env.history.state).toEqual({ guide: 1, ...QUESTION });
  });

  it('pushes a step’s entry once painted, and keeps every write in order', async () => {
    const { env, history } = writer();
    history.push('', QUESTION);
    history.push('?stage=applied', QUESTION);
    history.replace('?stage=outreach', QUESTION);
    expect(env.entries).toEqual([]);
    await afterPaint();
    expect(env.entries).toEqual(['/', '/?stage=applied', '/?stage=outreach']);
  });

  it('writes what waits at once when flushed', () => {
    const { env, history } = writer();
    history.push('', START);
    history.flush();
    expect(env.entries).toEqual(['/']);
    expect(env.history.state).toEqual({ guide: 1, ...START });
  });

  it('drops what waits when the browser has moved to another entry', async () => {
    const { env, history } = writer();
    history.push('?stage=applied', QUESTION);
    history.drop();
    await afterPaint();
    expect(env.entries).toEqual([]);
    history.replace('', START);
    expect(env.entries).toEqual(['/']);
  });
});
