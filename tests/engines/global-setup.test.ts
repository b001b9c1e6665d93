/** The build the engine journeys make for themselves is the one `npm run build` makes. */
import { expect, test } from 'vitest';
import { buildEnv } from './global-setup';

test("the build gets the shell's environment, without the test run's NODE_ENV or VITEST", () => {
  const env = buildEnv({
    PATH: '/usr/bin',
    CI: 'true',
    NODE_ENV: 'test',
    TEST: 'true',
    VITEST: 'true',
    VITEST_MODE: 'RUN',
    VITEST_POOL_ID: '1',
  });
  expect(env).toEqual({ PATH: '/usr/bin', CI: 'true', NODE_ENV: 'production' });
});
