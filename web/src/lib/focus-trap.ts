const tabbableSelector = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

/** The elements Tab reaches inside `container`, in document order. */
export const tabbables = (container: HTMLElement): HTMLElement[] =>
  Array.from(container.querySelectorAll<HTMLElement>(tabbableSelector)).filter(
    (element) =>
      !element.closest('[inert], [hidden]') && (typeof element.checkVisibility !== 'function' || element.checkVisibility({ visibilityProperty: true })),
  );

const follows = (element: Node, reference: Node) => (reference.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

/**
 * Keeps Tab and Shift+Tab inside a modal `container`: past the last control focus wraps to the
 * first, and back. Works from an element that is focusable but not tabbable (a heading with
 * tabindex=-1, a quoted sentence). Call from the container's keydown handler.
 */
export const trapTab = (event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'preventDefault'>, container: HTMLElement) => {
  if (event.key !== 'Tab') return;
  const items = tabbables(container);
  const first = items[0];
  const last = items[items.length - 1];
  if (first === undefined || last === undefined) {
    event.preventDefault();
    return;
  }
  const active = document.activeElement;
  if (active === null || !container.contains(active)) {
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
    return;
  }
  if (event.shiftKey && !items.some((item) => item !== active && follows(active, item))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && !items.some((item) => item !== active && follows(item, active))) {
    event.preventDefault();
    first.focus();
  }
};
