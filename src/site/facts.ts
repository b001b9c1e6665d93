import type { PrivacyFacts } from '../content/site';
import { SAVED_KEY, SAVED_MAX_AGE_MS } from '../app/saved';
import { THEME_KEY } from './theme';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the privacy page states, from the constants the guide itself uses. */
export const privacyFacts: PrivacyFacts = {
  days: Math.round(SAVED_MAX_AGE_MS / DAY_MS),
  key: SAVED_KEY,
  themeKey: THEME_KEY,
};
