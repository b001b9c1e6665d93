// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { contactFrom } from './contact';

describe('contactFrom (SITE_CONTACT)', () => {
  test('an email address becomes a mail link', () => {
    expect(contactFrom(' access@example.org ')).toEqual({
      text: 'access@example.org',
      href: 'mailto:access@example.org',
    });
  });

  test('a web address becomes a link', () => {
    expect(contactFrom('https://example.org/contact')).toEqual({
      text: 'https://example.org/contact',
      href: 'https://example.org/contact',
    });
  });

  test.each([undefined, '', '   ', 'call us', 'javascript:alert(1)', 'ftp://example.org/'])(
    '%j gives no contact',
    (value) => {
      expect(contactFrom(value)).toBeUndefined();
    },
  );
});
