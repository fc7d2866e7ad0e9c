/**
 * Scrolls `container` (and nothing else) so `element` shows: at its centre, or from its start when
 * it is taller than most of the view. Element.scrollIntoView would also scroll every ancestor,
 * the page included, which pushes the header off the screen.
 */
export const scrollIntoContainer = (container: HTMLElement, element: HTMLElement, margin = 24) => {
  const view = container.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  const top = box.top - view.top + container.scrollTop;
  const tall = box.height > container.clientHeight * 0.8;
  const wanted = tall ? top - margin : top - (container.clientHeight - box.height) / 2;
  container.scrollTop = Math.max(0, wanted);
};
