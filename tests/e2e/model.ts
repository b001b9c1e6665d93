/**
 * Journeys and share links for the browser tests, taken from the machine's own
 * test model (`src/flow/test-model.ts`), never written out by hand: when the
 * decision changes, the journeys follow it.
 */
import { linkFor } from '../../src/flow/link';
import { decodeAnswers } from '../../src/flow/share-link';
import type { GuideEvent, GuideSnapshot } from '../../src/flow/machine';
import {
  QUESTION_IDS,
  TEMPLATE_IDS,
  type Answers,
  type QuestionId,
  type TemplateId,
} from '../../src/flow/questions';
import { createGuideTestModel } from '../../src/flow/test-model';
import { answersOnPath, initialSnapshot, next, viewOf, type View } from '../../src/flow/view';
import { replay } from '../../src/flow/test-model';

/** One step a person takes, and where it leads. */
export interface Step {
  readonly event: GuideEvent;
  readonly view: View;
  /** The share link's query string of the view it leads to. */
  readonly link: string;
}

/**
 * A journey from a fresh start: Start, then one answer per question (and,
 * from the negotiate outcome, "Heard back?" to the reply question).
 */
export interface Journey {
  readonly steps: readonly Step[];
  /** Where it ends. */
  readonly view: View;
  readonly link: string;
  readonly snapshot: GuideSnapshot;
}

const paths = createGuideTestModel().getShortestPaths();

const FORWARD: ReadonlySet<GuideEvent['type']> = new Set([
  'guide.started',
  'answer.submitted',
  'reply.opened',
]);

/**
 * Every forward stretch of a model path (Start, then answers, and the
 * follow-up question opened from its outcome), as journeys.
 * The model leaves out paths that are the start of a longer one, so each
 * path's beginnings are journeys too.
 */
const forwardJourneys: readonly Journey[] = paths
  .flatMap((path) => {
    const steps = path.steps.slice(1);
    const forward = steps.findIndex((s) => !FORWARD.has(s.event.type));
    const usable = forward === -1 ? steps : steps.slice(0, forward);
    return usable.map((_, i) => usable.slice(0, i + 1));
  })
  .map((steps) => {
    const last = steps.at(-1)!.state;
    return {
      steps: steps.map(({ event, state }) => ({
        event: event as GuideEvent,
        view: viewOf(state),
        link: linkFor(state),
      })),
      view: viewOf(last),
      link: linkFor(last),
      snapshot: last,
    };
  });

function shortest(journeys: readonly Journey[], what: string): Journey {
  const found = [...journeys].sort(
    (a, b) => a.steps.length - b.steps.length || a.link.localeCompare(b.link),
  )[0];
  if (!found) throw new Error(`The test model has no forward journey to ${what}.`);
  return found;
}

/** The shortest forward journey that ends on `template`'s outcome view. */
export function journeyTo(template: TemplateId): Journey {
  return shortest(
    forwardJourneys.filter((j) => j.view.kind === 'outcome' && j.view.template === template),
    `the template ${template}`,
  );
}

/** The shortest forward journey that ends on `question`'s page. */
export function journeyToQuestion(question: QuestionId): Journey {
  return shortest(
    forwardJourneys.filter((j) => j.view.kind === 'question' && j.view.question === question),
    `the question ${question}`,
  );
}

/** One journey per template, in the brief's order. */
export const TEMPLATE_JOURNEYS = TEMPLATE_IDS.map((template) => ({
  template,
  journey: journeyTo(template),
}));

/** One journey per question, in the brief's order. */
export const QUESTION_JOURNEYS = QUESTION_IDS.map((question) => ({
  question,
  journey: journeyToQuestion(question),
}));

/**
 * The machine's own view of a journey, kept beside the page: each action the
 * test takes in the browser is also sent here, and the page must then show
 * what this says.
 */
export class Mirror {
  snapshot: GuideSnapshot;

  constructor(snapshot: GuideSnapshot = initialSnapshot()) {
    this.snapshot = snapshot;
  }

  /** Opens a share link (its query string, or its answers) as the app does, from a fresh guide. */
  static fromLink(link: string | Answers): Mirror {
    const answers = typeof link === 'string' ? decodeAnswers(link).answers : link;
    return new Mirror(replay(answers).snapshot);
  }

  send(event: GuideEvent): View {
    this.snapshot = next(this.snapshot, event);
    return this.view;
  }

  get view(): View {
    return viewOf(this.snapshot);
  }

  get link(): string {
    return linkFor(this.snapshot);
  }

  /** The answers on the path to this view. */
  get answers(): Answers {
    return answersOnPath(this.snapshot);
  }

  /** Every answer still remembered: what a question met again is pre-filled with. */
  get remembered(): Answers {
    return this.snapshot.context.answers;
  }
}
