/**
 * Vitest's order of test files, with the few that take a minute or more put
 * first. Vitest runs the files it has timed before longest first, and the
 * others (every file on a fresh clone, as in CI) largest first: the model
 * test, 28 lines that click 285 paths through the app, then started last and
 * ran alone for its last minute while the other core sat idle.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The longest files, longest first (each a minute or more on a two-core machine). */
const HEAVIEST = [
  'src/ui/shell/App.model.test.ts',
  'src/ui/shell/App.property.test.ts',
  'src/message/style.test.ts',
  'src/message/claims.test.ts',
  'src/flow/decision.test.ts',
];

export class HeaviestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const index = HEAVIEST.findIndex((path) => file.moduleId.endsWith(path));
      return index === -1 ? HEAVIEST.length : index;
    };
    return sorted
      .map((file, order) => ({ file, order }))
      .sort((a, b) => rank(a.file) - rank(b.file) || a.order - b.order)
      .map(({ file }) => file);
  }
}
