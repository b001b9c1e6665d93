import type { Contact } from '../content/site';

/**
 * How to report a problem, from `SITE_CONTACT` at build time: an email address
 * (shown as a mail link) or an `https:` or `http:` address (a link). Anything
 * else, or nothing, gives none, and the statement says no contact was set.
 */
export function contactFrom(value: string | undefined): Contact | undefined {
  const text = value?.trim() ?? '';
  if (/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(text)) {
    return { text, href: `mailto:${text}` };
  }
  try {
    const url = new URL(text);
    if (url.protocol === 'https:' || url.protocol === 'http:') return { text, href: url.href };
  } catch {
    // Not an address: no contact.
  }
  return undefined;
}
