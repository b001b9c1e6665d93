/**
 * The one small layer between the journeys and the two protocols that drive
 * Firefox (puppeteer-core over WebDriver BiDi, `firefox.ts`) and WebKit
 * (webdriverio over classic WebDriver, `webkit.ts`). A journey sees only
 * `Engine` and `Tab`, so it is written once and runs in both.
 *
 * What the protocols differ in stays behind it:
 * - Page errors, console errors and CSP violations: BiDi reports them as
 *   events, and a probe (`installProbe`) runs in every document before its own
 *   scripts. Classic WebDriver has no events and cannot run a script before
 *   the page's own, so the probe is installed after every full load and read
 *   before the next one (anything thrown while the page itself loads is not
 *   seen in WebKit: see docs/engines.md).
 * - Going offline: BiDi can (`Tab.setOffline`); classic WebDriver has no such
 *   command, so `setOffline` is absent there and the journey stops the server.
 *
 * Elements are found in the page by a `Query` (a role and an accessible name
 * from the content modules, or a public `data-*` contract) and then clicked
 * or typed into with the protocol's own native input, never with `el.click()`
 * in the page.
 */

export type EngineName = 'firefox' | 'webkit';

/**
 * How a journey finds an element. Names are matched as the accessible name
 * is for these simple elements: the text content with white space collapsed
 * (or `aria-label`); a radio or checkbox by its label's text (and clicking one
 * clicks its label, as a person does).
 */
export type Query =
  | { readonly role: 'button' | 'link'; readonly name: string }
  | { readonly role: 'radio' | 'checkbox'; readonly name: string; readonly group?: string }
  | { readonly css: string };

/** An isolated page: its own cookies, storage, service workers and history. */
export interface Tab {
  readonly engine: EngineName;
  /** The origin everything relative is resolved against. */
  readonly baseURL: string;
  /** A full load of `url` (relative to `baseURL`); resolves after the load event. */
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** The browser's own back and forward buttons. */
  back(): Promise<void>;
  forward(): Promise<void>;
  url(): Promise<string>;
  /**
   * Runs `fn` in the page with JSON arguments and returns its JSON result.
   * `fn` is sent as source text: it must not use anything from this module's scope.
   */
  evaluate<A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R>;
  /** A native click on the element `query` finds (the label, for a radio or checkbox). */
  click(query: Query): Promise<void>;
  /** Native key presses into the element `query` finds, after focusing it. */
  type(query: Query, text: string): Promise<void>;
  /** Cuts the page off the network, where the protocol can; absent where it cannot. */
  readonly setOffline?: (offline: boolean) => Promise<void>;
  /** A PNG of the viewport, after two frames have painted. */
  screenshot(path: string): Promise<void>;
  /** Page errors, console errors, CSP violations and other-origin loads seen so far. */
  problems(): Promise<string[]>;
  close(): Promise<void>;
}

/** A running browser (and, for WebKit, its driver and display): one per test file. */
export interface Engine {
  readonly name: EngineName;
  /** Name and version, for the report. */
  readonly version: string;
  open(baseURL: string): Promise<Tab>;
  close(): Promise<void>;
}

// In-page code ----------------------------------------------------------------
// Everything below marked "in page" is sent to the browser as source text
// (`Function.prototype.toString`): self-contained, no imports, no closures.

/** What the probe keeps on `window`. */
interface ProbeWindow {
  __engineProblems?: string[];
}

/**
 * In page: records what must never happen in the guide, on `window`, once per
 * document. Catches uncaught errors and failed loads (`error`, capture phase),
 * unhandled rejections, CSP violations and `console.error` calls.
 */
export function installProbe(): void {
  const w = window as unknown as ProbeWindow & typeof globalThis;
  if (w.__engineProblems) return;
  const problems: string[] = [];
  w.__engineProblems = problems;
  // Whether the page has been asked to unload (`beforeunload`), and how many
  // times it has been hidden (`pagehide`): see failed loads below.
  let leaving = false;
  let hides = 0;
  w.addEventListener('beforeunload', () => {
    leaving = true;
  });
  w.addEventListener('pagehide', () => {
    hides += 1;
  });
  w.addEventListener('pageshow', () => {
    leaving = false;
  });
  const text = (value: unknown): string => {
    // Firefox's and WebKit's stacks leave out the message: keep both.
    if (value instanceof Error)
      return `${value.name}: ${value.message}\n${value.stack ?? ''}`.trim();
    if (typeof value === 'string') return value;
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  };
  w.addEventListener(
    'error',
    (event: Event) => {
      if (event instanceof ErrorEvent) {
        problems.push(
          `pageerror: ${event.error ? text(event.error) : event.message} (${event.filename}:${event.lineno})`,
        );
      } else {
        const target = event.target as { src?: string; href?: string; tagName?: string } | null;
        const failed = `failed to load: ${target?.tagName ?? '?'} ${target?.src ?? target?.href ?? ''} (on ${location.pathname}, ${Math.round(performance.now())} ms in)`;
        // A page being left cancels what it was still loading, and Firefox
        // reports each such load (a chunk preloaded at idle, say) as failed,
        // after `beforeunload` and just before `pagehide`. Once the page is
        // being left, a failure counts only if the page is still there a
        // moment later (a link that opened the mail app, not a new page).
        if (!leaving) problems.push(failed);
        else {
          const hidden = hides;
          setTimeout(() => {
            if (hides === hidden) problems.push(failed);
          }, 1000);
        }
      }
    },
    true,
  );
  w.addEventListener('unhandledrejection', (event) => {
    problems.push(`unhandled rejection: ${text(event.reason)}`);
  });
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      problems.push(
        `CSP violation: ${event.effectiveDirective || event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    },
    true,
  );
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    problems.push(`console.error: ${args.map(text).join(' ')}`);
    original(...args);
  };
}

/**
 * In page: takes what the probe recorded since the last call, plus every
 * resource loaded from another origin (the guide must need nothing from
 * elsewhere). `null` when no probe is installed in this document.
 */
export function drainProbe(): string[] | null {
  const w = window as unknown as ProbeWindow;
  const recorded = w.__engineProblems;
  if (!recorded) return null;
  const taken = recorded.splice(0);
  const seen = ((w as { __engineOrigins?: Set<string> }).__engineOrigins ??= new Set());
  for (const entry of performance.getEntriesByType('resource')) {
    const url = new URL(entry.name, location.href);
    if (url.protocol === 'data:' || url.protocol === 'blob:') continue;
    if (url.origin !== location.origin && !seen.has(entry.name)) {
      seen.add(entry.name);
      taken.push(`request to another origin: ${entry.name}`);
    }
  }
  return taken;
}

/**
 * In page: the element `query` means, or a description of why there is none.
 * For a radio or checkbox, the label to click and the input itself.
 */
export function locate(
  query: Query,
): { element: Element; input?: HTMLInputElement } | { missing: string } {
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const visible = (el: Element) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const nameOf = (el: Element) => norm(el.getAttribute('aria-label')) || norm(el.textContent);
  if ('css' in query) {
    const found = [...document.querySelectorAll(query.css)];
    if (found.length !== 1) return { missing: `${found.length} elements match ${query.css}` };
    const el = found[0]!;
    const label =
      el instanceof HTMLInputElement && /^(radio|checkbox)$/.test(el.type) && el.labels?.[0];
    return label ? { element: label, input: el as HTMLInputElement } : { element: el };
  }
  if (query.role === 'button' || query.role === 'link') {
    const selector =
      query.role === 'button'
        ? 'button, input[type=submit], input[type=button], [role=button]'
        : 'a[href], [role=link]';
    const found = [...document.querySelectorAll(selector)].filter(
      (el) => nameOf(el) === query.name && visible(el),
    );
    if (found.length !== 1) {
      return { missing: `${found.length} visible ${query.role}s named "${query.name}"` };
    }
    return { element: found[0]! };
  }
  const group = 'group' in query ? query.group : undefined;
  let scope: ParentNode = document;
  if (group !== undefined) {
    const groups = [...document.querySelectorAll('fieldset')].filter(
      (f) => norm(f.querySelector(':scope > legend')?.textContent) === group,
    );
    if (groups.length !== 1) {
      return { missing: `${groups.length} groups named "${group}"` };
    }
    scope = groups[0]!;
  }
  const inputs = [...scope.querySelectorAll<HTMLInputElement>(`input[type=${query.role}]`)].filter(
    (input) => norm(input.labels?.[0]?.textContent) === query.name,
  );
  if (inputs.length !== 1) {
    return { missing: `${inputs.length} ${query.role}es labelled "${query.name}"` };
  }
  const input = inputs[0]!;
  return { element: input.labels![0]!, input };
}

/** A Query, for messages. */
export function describe(query: Query): string {
  if ('css' in query) return query.css;
  const group = 'group' in query && query.group ? ` in "${query.group}"` : '';
  return `${query.role} "${query.name}"${group}`;
}

// Waiting ---------------------------------------------------------------------

export interface WaitOptions {
  /** Milliseconds; 10 s unless told. */
  readonly timeout?: number;
  /** What is being waited for, for the error. */
  readonly message?: string;
}

const POLL_MS = 40;

/**
 * Runs `read` until `done` accepts what it returns, at most `timeout` ms, and
 * returns the last value. Fails with that last value, so the error says what
 * the page showed instead.
 */
export async function poll<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  { timeout = 10_000, message = 'the condition' }: WaitOptions = {},
): Promise<T> {
  const end = Date.now() + timeout;
  let last: T;
  for (;;) {
    last = await read();
    if (done(last)) return last;
    if (Date.now() > end) {
      throw new Error(
        `Timed out after ${timeout} ms waiting for ${message}; last seen: ${JSON.stringify(last)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Waits until the in-page `fn` returns something truthy, and returns it. */
export function waitInPage<A extends unknown[], R>(
  tab: Tab,
  fn: (...args: A) => R | Promise<R>,
  args: A,
  options: WaitOptions = {},
): Promise<R> {
  return poll(() => tab.evaluate(fn, ...args), Boolean, options);
}
