/** What the global setup hands every engine test file (`inject('baseURL')`). */
import type { WebKitFound } from '../../scripts/engines.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The build, served by `vite preview` on `$E2E_PORT`, with a trailing slash. */
    baseURL: string;
    /** What `findEngines()` found. */
    engines: { firefox: string; webkit: WebKitFound; xvfb: string | undefined };
  }
}
