/**
 * The machine's test model, clicked through the rendered app: every shortest
 * path, checking the view and the URL after every step.
 */
import { cleanup } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { linkFor } from '../../flow/link';
import { createGuideTestModel } from '../../flow/test-model';
import { viewOf } from '../../flow/view';
import { act, openApp, shownView } from './test-app';

const paths = createGuideTestModel().getShortestPaths();

beforeEach(() => localStorage.clear());
afterEach(() => cleanup());

describe('every path of the model, through the interface', () => {
  it.each(paths.map((p) => [p.description, p] as const))('%s', async (_description, path) => {
    const { user } = await openApp('/');
    for (const [index, { event, state }] of path.steps.entries()) {
      // The first step is the machine's own start; every later one is a person's action.
      if (index > 0) await act(user, event);
      expect(shownView()).toEqual(viewOf(state));
      expect(window.location.search).toBe(linkFor(state));
      expect(document.activeElement?.tagName).toBe(index === 0 ? 'BODY' : 'H1');
    }
  });
});
