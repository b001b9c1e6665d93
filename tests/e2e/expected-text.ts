/**
 * What each view should show, from the content: shared by the Playwright tests
 * and the Firefox and WebKit journeys (tests/engines), so it imports nothing
 * from either runner.
 */
import { outcomes, questions, ui } from '../../src/content';
import type { View } from '../../src/flow/view';

/** The h1 and the document title each view shows. */
export function expectedText(view: View): { heading: string; title: string } {
  switch (view.kind) {
    case 'start':
      return { heading: ui.start.heading, title: ui.app.name };
    case 'question': {
      const { title } = questions[view.question];
      return { heading: title, title: `${title}${ui.app.titleSuffix}` };
    }
    case 'outcome': {
      const { headline } = outcomes[view.outcome];
      return { heading: headline, title: `${headline}${ui.app.titleSuffix}` };
    }
  }
}
