import type { PrivacyFacts } from '../content/site';
import { SAVED_KEY, SAVED_MAX_AGE_DAYS } from '../app/saved';
import { THEME_KEY } from './theme';

/** What the privacy page states, from the constants the guide itself uses. */
export const privacyFacts: PrivacyFacts = {
  days: SAVED_MAX_AGE_DAYS,
  key: SAVED_KEY,
  themeKey: THEME_KEY,
};
