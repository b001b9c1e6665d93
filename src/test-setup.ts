import '@testing-library/jest-dom/vitest';

// jsdom does no layout, so it has no scrolling; browsers all have this.
// (Tests in the node environment have no DOM at all.)
if (typeof Element !== 'undefined') {
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};
  // jsdom's own scrollTo only reports that it is not implemented.
  window.scrollTo = function scrollTo() {};
}
