import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { describe, expect, it } from 'vitest';
import Disclosure from './Disclosure.svelte';

const content = createRawSnippet(() => ({ render: () => '<p>What it holds</p>' }));

function renderDisclosure() {
  render(Disclosure, { props: { summary: 'See more', children: content } });
  return document.querySelector('details')!;
}

describe('a disclosure', () => {
  it('renders what it holds only once opened', async () => {
    const details = renderDisclosure();
    expect(details.open).toBe(false);
    expect(screen.queryByText('What it holds')).toBeNull();

    details.open = true;
    await fireEvent(details, new Event('toggle'));
    await waitFor(() => expect(screen.getByText('What it holds')).toBeVisible());
  });

  it('opens for printing, with its content already there, then closes again', async () => {
    const details = renderDisclosure();

    window.dispatchEvent(new Event('beforeprint'));
    expect(details.open).toBe(true);
    expect(screen.getByText('What it holds')).toBeInTheDocument();

    window.dispatchEvent(new Event('afterprint'));
    await waitFor(() => expect(screen.queryByText('What it holds')).toBeNull());
    expect(details.open).toBe(false);
  });
});
