import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export type AxeViolation = { id: string; impact: string | null; help: string; targets: string[] };

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page as it is now and returns what it
 * finds. The script goes in through the DevTools protocol, so the page's CSP need not allow it.
 */
export const axeViolations = async (page: Page): Promise<AxeViolation[]> => {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }>;
        };
      }
    ).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
    }));
  });
};

export const describeViolations = (violations: AxeViolation[]): string =>
  violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.targets.slice(0, 5).join('\n    ')}`).join('\n');

/** Where the keyboard focus is: the element's tag, accessible-ish name, and whether a modal dialog holds it. */
export const focusInfo = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    const dialog = active?.closest('[role="dialog"][aria-modal="true"]');
    return {
      tag: active?.tagName.toLowerCase() ?? '',
      name: active?.getAttribute('aria-label') ?? active?.textContent?.trim().slice(0, 80) ?? '',
      className: active?.className ?? '',
      inModal: dialog !== null && dialog !== undefined,
      modalLabel: dialog?.getAttribute('aria-labelledby') ?? '',
    };
  });

/** How far the page itself (not a scrolling area inside it) is scrolled, and how tall it is against the window. */
export const pageScroll = (page: Page) =>
  page.evaluate(() => ({
    scrollY: window.scrollY,
    scrollTop: document.scrollingElement?.scrollTop ?? 0,
    scrollHeight: document.documentElement.scrollHeight,
    innerHeight: window.innerHeight,
    headerTop: document.querySelector('.app-header')?.getBoundingClientRect().top ?? -1,
  }));
