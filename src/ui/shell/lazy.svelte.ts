/**
 * A component whose code loads on its own, once, when first needed. A load
 * that fails (offline, a new deploy) is tried again the next time.
 */
export class Lazy<T> {
  /** The component, once its code has loaded. */
  component = $state.raw<T>();
  #loading: Promise<void> | undefined;
  #importer: () => Promise<{ default: T }>;

  constructor(importer: () => Promise<{ default: T }>) {
    this.#importer = importer;
  }

  /** Loads the code, or returns the load already under way or done. */
  load(): Promise<void> {
    return (this.#loading ??= this.#importer().then(
      (module) => void (this.component = module.default),
      (error: unknown) => {
        this.#loading = undefined;
        throw error;
      },
    ));
  }
}
