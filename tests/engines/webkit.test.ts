/** The engine journeys (journeys.ts) in WebKit: WebKitGTK's MiniBrowser, or Safari on macOS. */
import { inject } from 'vitest';
import { defineJourneys } from './journeys';
import { launchWebKit } from './webkit';
import './context';

defineJourneys(() => {
  const { webkit, xvfb } = inject('engines');
  return launchWebKit(webkit, xvfb);
});
