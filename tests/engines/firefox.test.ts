/** The engine journeys (journeys.ts) in Firefox ESR, over WebDriver BiDi. */
import { inject } from 'vitest';
import { launchFirefox } from './firefox';
import { defineJourneys } from './journeys';
import './context';

defineJourneys(() => launchFirefox(inject('engines').firefox));
