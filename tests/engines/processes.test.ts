/** Finding what a driver started (processes.ts). */
import { expect, test } from 'vitest';
import { descendants } from './processes';

test('every process below the driver, however deep, and nothing beside it', () => {
  // pid ppid, as `ps -A -o pid=,ppid=` prints them (and /proc is read into).
  const table = [
    '    1     0',
    '  100     1', // the test run
    '  200   100', // WebKitWebDriver
    '  300   200', // MiniBrowser
    '  301   300', // its WebKitWebProcess
    '  302   300', // its WebKitNetworkProcess
    '  310   200', // a second MiniBrowser
    '  400   100', // Xvfb: ours, but not the driver's
    '  500     1', // someone else's
    '',
  ].join('\n');
  expect(descendants(200, table).sort()).toEqual([300, 301, 302, 310]);
  expect(descendants(310, table)).toEqual([]);
  expect(descendants(200, '')).toEqual([]);
});

test('this very process is found below its parent, in the real process table', () => {
  expect(descendants(process.ppid)).toContain(process.pid);
});
