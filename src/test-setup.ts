import '@testing-library/jest-dom/vitest';

// jsdom does no layout, so it has no scrolling; browsers all have this.
// (Tests in the node environment have no DOM at all.)
if (typeof Element !== 'undefined') {
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};
  // jsdom's own scrollTo only reports that it is not implemented.
  window.scrollTo = function scrollTo() {};
}

// jsdom paints nothing: its frames are a 60 Hz timer, which every step of a
// component test then waits out (the focus moves after the next frame). A
// frame here comes as soon as the tasks already queued have run, in order.
if (typeof window !== 'undefined') {
  window.requestAnimationFrame = (callback) =>
    window.setTimeout(() => callback(performance.now()), 0) as unknown as number;
  window.cancelAnimationFrame = (handle) => window.clearTimeout(handle);
}
