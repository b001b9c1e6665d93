/** The deadline on browser commands, and the one rerun a hang earns (stuck.ts). */
import { describe, expect, test, vi } from 'vitest';
import type { Tab } from './driver';
import { EngineStuck, guardFor, guardTab, runJourney, watchForHangs, withDeadline } from './stuck';

describe('withDeadline', () => {
  test('passes an answer through, and a failure', async () => {
    await expect(withDeadline('a', 1000, Promise.resolve(7))).resolves.toBe(7);
    const failure = new Error('no such element');
    await expect(withDeadline('a', 1000, Promise.reject(failure))).rejects.toBe(failure);
  });

  test('a command that never answers is EngineStuck, naming it and what the driver said', async () => {
    const error = await withDeadline(
      'webkit: loading /',
      20,
      new Promise(() => {}),
      () => 'MiniBrowser: cannot open display',
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineStuck);
    expect((error as Error).message).toMatch(/^webkit: loading \/ did not answer in 0\.02 s/);
    expect((error as Error).message).toContain('MiniBrowser: cannot open display');
  });

  test('an answer after the deadline is dropped, not an unhandled rejection', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const late = new Promise((_, reject) => setTimeout(() => reject(new Error('late')), 40));
      await expect(withDeadline('a', 10, late)).rejects.toBeInstanceOf(EngineStuck);
      await new Promise((resolve) => setTimeout(resolve, 80));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});

describe('runJourney', () => {
  /**
   * A journey whose attempts do what `outcomes` says, in order; each close
   * throws `closeFails`, and opening page `refuse.at` throws `refuse.error`.
   */
  const attempts = (
    outcomes: (Error | 'pass')[],
    { closeFails, refuse }: { closeFails?: Error; refuse?: { at: number; error: Error } } = {},
  ) => {
    const log = vi.fn();
    const opened: number[] = [];
    const closed: number[] = [];
    let n = 0;
    const run = runJourney({
      name: 'webkit: a journey',
      log,
      open: async () => {
        n += 1;
        if (refuse?.at === n) throw refuse.error;
        opened.push(n);
        return n;
      },
      body: async (tab) => {
        const outcome = outcomes[tab - 1];
        if (outcome !== 'pass') throw outcome;
      },
      close: async (tab) => {
        closed.push(tab);
        if (closeFails) throw closeFails;
      },
    });
    return { run, log, opened, closed };
  };

  test('a passing journey runs once', async () => {
    const { run, log, opened, closed } = attempts(['pass']);
    await expect(run).resolves.toBe(1);
    expect(opened).toEqual([1]);
    expect(closed).toEqual([1]);
    expect(log).not.toHaveBeenCalled();
  });

  test('a failed expectation fails the first time: it is never rerun', async () => {
    const failure = new Error('expected "negotiate" to be "decline"');
    const { run, opened, closed } = attempts([failure, 'pass']);
    await expect(run).rejects.toBe(failure);
    expect(opened).toEqual([1]);
    expect(closed).toEqual([1]);
  });

  test('a hang runs once more in a fresh page, and says so', async () => {
    const { run, log, opened, closed } = attempts([new EngineStuck('loading / hung'), 'pass']);
    await expect(run).resolves.toBe(2);
    expect(opened).toEqual([1, 2]);
    // The hung page is not closed (its close would hang too): the engine ends it.
    expect(closed).toEqual([2]);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]![0]).toContain('webkit: a journey');
    expect(log.mock.calls[0]![0]).toContain('loading / hung');
  });

  test('a second hang fails the journey', async () => {
    const second = new EngineStuck('clicking hung');
    const { run, opened } = attempts([new EngineStuck('loading / hung'), second, 'pass']);
    await expect(run).rejects.toBe(second);
    expect(opened).toEqual([1, 2]);
  });

  test('a hang and then a failed expectation fails with the expectation', async () => {
    const failure = new Error('expected focus on the h1');
    const { run } = attempts([new EngineStuck('hung'), failure]);
    await expect(run).rejects.toBe(failure);
  });

  test('a close that fails after a failure hides nothing', async () => {
    const failure = new Error('the real failure');
    const { run } = attempts([failure], { closeFails: new Error('close failed') });
    await expect(run).rejects.toBe(failure);
  });

  test('after a pass, a close that hangs is logged; one that fails otherwise fails', async () => {
    const hung = attempts(['pass'], { closeFails: new EngineStuck('ending the session hung') });
    await expect(hung.run).resolves.toBe(1);
    expect(hung.log).toHaveBeenCalledTimes(1);
    const broken = new Error('invalid session id');
    await expect(attempts(['pass'], { closeFails: broken }).run).rejects.toBe(broken);
  });

  test('a page that will not open at all, after a hang, fails', async () => {
    const refused = new Error('session not created');
    const { run, opened } = attempts([new EngineStuck('hung'), 'pass'], {
      refuse: { at: 2, error: refused },
    });
    await expect(run).rejects.toBe(refused);
    expect(opened).toEqual([1]);
  });
});

/** A tab whose every command answers, except the ones named in `hangs`. */
const fakeTab = (hangs: string[]) => {
  const calls: string[] = [];
  const answer =
    <T>(name: string, value: T) =>
    (...args: unknown[]) => {
      calls.push(`${name}(${args.map((a) => JSON.stringify(a)).join(', ')})`);
      return hangs.includes(name) ? new Promise<T>(() => {}) : Promise.resolve(value);
    };
  const tab: Tab = {
    engine: 'webkit',
    baseURL: 'http://localhost:1/',
    goto: answer('goto', undefined),
    reload: answer('reload', undefined),
    back: answer('back', undefined),
    forward: answer('forward', undefined),
    url: answer('url', 'http://localhost:1/?stage=applied'),
    evaluate: answer('evaluate', 42) as Tab['evaluate'],
    click: answer('click', undefined),
    type: answer('type', undefined),
    screenshot: answer('screenshot', undefined),
    problems: answer('problems', ['pageerror: x']),
    close: answer('close', undefined),
  };
  return { tab, calls };
};

describe('guardTab', () => {
  test('passes every command and its answer through, and adds no setOffline', async () => {
    const { tab, calls } = fakeTab([]);
    const onStuck = vi.fn();
    const guarded = guardTab(
      tab,
      guardFor('webkit', () => '', onStuck),
    );
    await guarded.goto('/?stage=applied');
    await guarded.reload();
    await guarded.back();
    await guarded.forward();
    expect(await guarded.url()).toBe('http://localhost:1/?stage=applied');
    expect(await guarded.evaluate((n: number) => n + 1, 1)).toBe(42);
    await guarded.click({ role: 'button', name: 'Continue' });
    await guarded.type({ css: '#your-name' }, 'Alex');
    await guarded.screenshot('x.png');
    expect(await guarded.problems()).toEqual(['pageerror: x']);
    await guarded.close();
    expect(calls).toEqual([
      'goto("/?stage=applied")',
      'reload()',
      'back()',
      'forward()',
      'url()',
      expect.stringMatching(/^evaluate\(.*, 1\)$/),
      'click({"role":"button","name":"Continue"})',
      'type({"css":"#your-name"}, "Alex")',
      'screenshot("x.png")',
      'problems()',
      'close()',
    ]);
    expect(guarded.setOffline).toBeUndefined();
    expect(onStuck).not.toHaveBeenCalled();
  });

  test('a command that hangs fails as EngineStuck, names itself and the engine, and tells it', async () => {
    vi.useFakeTimers();
    try {
      const { tab } = fakeTab(['click']);
      const onStuck = vi.fn();
      const guarded = guardTab(
        tab,
        guardFor('webkit', () => 'driver: no reply from the browser', onStuck),
      );
      const clicked = guarded.click({ role: 'button', name: 'Continue' }).catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(60_000);
      const error = (await clicked) as Error;
      expect(error).toBeInstanceOf(EngineStuck);
      expect(error.message).toContain('webkit: clicking button "Continue" did not answer');
      expect(error.message).toContain('driver: no reply from the browser');
      expect(onStuck).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  test('a failure that is not a hang passes through as it is, and the engine is not told', async () => {
    const { tab } = fakeTab([]);
    const missing = new Error('Cannot find button "Continue"');
    tab.click = () => Promise.reject(missing);
    const onStuck = vi.fn();
    const guarded = guardTab(
      tab,
      guardFor('firefox', () => '', onStuck),
    );
    await expect(guarded.click({ role: 'button', name: 'Continue' })).rejects.toBe(missing);
    expect(onStuck).not.toHaveBeenCalled();
  });
});

describe('watchForHangs', () => {
  /** An engine's watch, with its restarts and log lines counted. */
  const watch = () => {
    const restart = vi.fn(async () => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const hangs = watchForHangs('webkit', {
      said: () => 'driver: waiting for the browser',
      anew: 'a new driver and display',
      restart,
    });
    return { hangs, restart, error };
  };

  test('opens pages with deadlines, and restarts nothing while nothing hangs', async () => {
    const { hangs, restart, error } = watch();
    try {
      const tab = await hangs.open(async () => fakeTab([]).tab);
      expect(await tab.url()).toBe('http://localhost:1/?stage=applied');
      expect(hangs.hung()).toBe(false);
      expect(restart).not.toHaveBeenCalled();
    } finally {
      error.mockRestore();
    }
  });

  test('after a hang, the next page opens only once the browser is replaced, and says so', async () => {
    vi.useFakeTimers();
    const { hangs, restart, error } = watch();
    try {
      const tab = await hangs.open(async () => fakeTab(['click']).tab);
      const clicked = tab.click({ role: 'button', name: 'Continue' }).catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(await clicked).toBeInstanceOf(EngineStuck);
      expect(hangs.hung()).toBe(true);
      expect(restart).not.toHaveBeenCalled();

      const order: string[] = [];
      restart.mockImplementationOnce(async () => {
        order.push('restart');
      });
      await hangs.open(async () => {
        order.push('open');
        return fakeTab([]).tab;
      });
      expect(order).toEqual(['restart', 'open']);
      expect(hangs.hung()).toBe(false);
      expect(error).toHaveBeenCalledWith(
        'webkit: a command hung; starting a new driver and display',
      );

      await hangs.open(async () => fakeTab([]).tab);
      expect(restart).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
      error.mockRestore();
    }
  });

  test('its guard marks a hang too, and recover replaces the browser and forgets it', async () => {
    vi.useFakeTimers();
    const { hangs, restart, error } = watch();
    try {
      const started = hangs
        .guard('starting a browser session', 20_000, new Promise(() => {}))
        .catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(20_000);
      const stuck = (await started) as Error;
      expect(stuck).toBeInstanceOf(EngineStuck);
      expect(stuck.message).toContain('webkit: starting a browser session did not answer in 20 s');
      expect(stuck.message).toContain('driver: waiting for the browser');
      expect(hangs.hung()).toBe(true);
      await hangs.recover();
      expect(restart).toHaveBeenCalledTimes(1);
      expect(hangs.hung()).toBe(false);
    } finally {
      vi.useRealTimers();
      error.mockRestore();
    }
  });
});
