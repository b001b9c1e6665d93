// @vitest-environment node
/**
 * A rendered message (of the fixture template, test-render.ts) as the text
 * each format copies, and as a mailto link: encoded, addressed, one-line
 * subject, and whether it is short enough to open.
 */
import { describe, expect, it } from 'vitest';
import { MAILTO_MAX_LENGTH, mailtoFits, mailtoHref, messageAsText, renderMessage } from './render';
import { allFields, fixture, mailtoParts, placeholders } from './test-render';

describe('messageAsText for the short message', () => {
  it('gives the short message as it is', () => {
    const rendered = renderMessage(fixture, allFields, placeholders);
    expect(messageAsText(rendered, 'message')).toBe(rendered.message.text);
    expect(rendered.message.text).toBe(
      'Hi Sam,\n\nThanks for thinking of me. I would need more pay before Monday.\n\nInstead, Tuesday. Ask Jo Lee.\n\nBest,\nAna Silva',
    );
  });
});

describe('messageAsText', () => {
  const rendered = renderMessage(fixture, allFields, placeholders, { topics: 'pay' });

  it('gives a subject line, a blank line and the body for email', () => {
    expect(messageAsText(rendered, 'email')).toBe(
      `Subject: The Analyst role at Acme\n\n${rendered.email.body}`,
    );
  });

  it('gives the talking points as "- " lines for a call', () => {
    expect(messageAsText(rendered, 'call')).toBe('- Thank Sam for calling.\n- Ask about pay.');
    expect(rendered.call.text).toBe(messageAsText(rendered, 'call'));
  });
});

describe('mailtoHref', () => {
  const rendered = renderMessage(fixture, allFields, placeholders);

  it('encodes subject and body with CRLF line breaks and %20 spaces', () => {
    const href = mailtoHref('', rendered.email);
    expect(href).toMatch(/^mailto:\?subject=The%20Analyst%20role%20at%20Acme&body=Dear%20Sam/);
    expect(href).toContain('%0D%0A%0D%0A');
    expect(href).not.toMatch(/[+ \n]|%0A%0A/);
    const { subject, body } = mailtoParts(href);
    expect(subject).toBe(rendered.email.subject);
    expect(body).toBe(rendered.email.body);
  });

  it('puts the address before the query, keeping its @ readable', () => {
    const href = mailtoHref(' sam@acme.example ', rendered.email);
    expect(href.startsWith('mailto:sam@acme.example?subject=')).toBe(true);
    expect(mailtoHref('a?b&c@d', rendered.email)).toMatch(/^mailto:a%3Fb%26c@d\?/);
  });

  it('keeps the subject on one line and survives lone surrogates', () => {
    const odd = renderMessage(
      fixture,
      { company: 'A\r\nB\uD800', jobTitle: '\uDC00' },
      placeholders,
    );
    const { subject } = mailtoParts(mailtoHref('', odd.email));
    expect(subject).toBe('The \uFFFD role at A B\uFFFD');
  });

  it('says whether a link is short enough to open', () => {
    expect(mailtoFits(mailtoHref('', rendered.email))).toBe(true);
    expect(mailtoFits('x'.repeat(MAILTO_MAX_LENGTH))).toBe(true);
    expect(mailtoFits('x'.repeat(MAILTO_MAX_LENGTH + 1))).toBe(false);
  });
});
