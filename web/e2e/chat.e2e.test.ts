import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations, focusInfo, pageScroll } from './browser-checks';
import { findFreePort, startServerProcess, type ServerProcess } from '@kildesvar/api/server-process';

// The whole product in a real browser: `npm start` on a free port, Debian's Chromium, real
// questions, and in every state an axe-core scan (WCAG 2.0/2.1 A and AA) that fails on any
// violation, plus a screenshot in web/e2e/screenshots/ to look at afterwards (not committed).
// KILDESVAR_E2E_URL=http://host:port runs the same steps against a server that is already up.

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
const screenshotDirectory = fileURLToPath(new URL('./screenshots', import.meta.url));
const chromiumPath = '/usr/bin/chromium';
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const questions = [
  'hva er målet for Norsk Helsenett innen 2011',
  'Hvor mange tiltak skal KS og regjeringen gjennomføre sammen i digitaliseringsstrategien?',
  'Hva skal alle elever kunne bruke innen 2008?',
] as const;
const unanswerable = 'Hvem vant fotball-VM i 1994?';

/** The text as a reader sees it: line-break hyphenation joined («Helse-\nnett»), whitespace collapsed. */
const asRead = (text: string) => text.replace(/(\p{L})-\s*\n\s*(\p{Ll})/gu, '$1$2').replace(/\s+/g, ' ');

let server: ServerProcess | undefined;
let baseUrl = '';
let context: BrowserContext | undefined;
const profileDirectories: string[] = [];
let page: Page;
/** Anything Chromium refused because of the Content-Security-Policy, over the whole run. */
const policyViolations: string[] = [];

const launch = async (): Promise<BrowserContext> => {
  const profile = mkdtempSync(path.join(tmpdir(), 'kildesvar-chromium-'));
  profileDirectories.push(profile);
  return chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'nb-NO',
    acceptDownloads: true,
    args: chromiumArgs,
  });
};

/** Scans the page as it is with axe-core, fails on any violation, and saves a screenshot named after the state. */
const checkState = async (name: string, target: Page = page) => {
  await target.screenshot({ path: path.join(screenshotDirectory, `${name}.png`) });
  const violations = await axeViolations(target);
  expect(violations, `axe-core in state «${name}»:\n${describeViolations(violations)}`).toEqual([]);
};

const completeAnswers = (target: Page = page) => target.locator('article[data-state="complete"]');

const ask = async (question: string, target: Page = page) => {
  const before = await completeAnswers(target).count();
  const field = target.locator('#question');
  await field.fill(question);
  await field.press('Enter');
  await expect.poll(() => completeAnswers(target).count(), { timeout: 120_000 }).toBe(before + 1);
  return completeAnswers(target).nth(before);
};

const closeSourceIfOpen = async () => {
  const close = page.locator('.source-panel .close-button');
  if (await close.count()) await close.click();
  await page.locator('.source-panel').waitFor({ state: 'detached' });
};

describe('chat in Chromium', { timeout: 240_000 }, () => {
  beforeAll(async () => {
    if (!existsSync(chromiumPath)) {
      throw new Error(`Chromium is missing at ${chromiumPath}; install it with \`apt-get install chromium\` to run the browser test.`);
    }
    const existing = process.env.KILDESVAR_E2E_URL;
    if (existing !== undefined && existing !== '') baseUrl = existing.replace(/\/$/, '');
    else {
      server = await startServerProcess({ cwd: repositoryRoot, command: ['npm', 'start'], port: await findFreePort(), timeoutMs: 240_000 });
      baseUrl = server.url;
    }
    context = await launch();
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
    });
    mkdirSync(screenshotDirectory, { recursive: true });
  }, 300_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await server?.stop();
    for (const profile of profileDirectories) rmSync(profile, { recursive: true, force: true });
  }, 30_000);

  it('opens on the example questions and the documents, in bokmål, with no axe violations', async () => {
    await page.goto(baseUrl);
    await page.getByRole('list', { name: 'Dokumentene Kildesvar kjenner' }).waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nb');
    await checkState('01-empty-desktop');
  });

  it('answers, and the source panel marks the quoted sentence, reads cleanly and moves focus to the quote', async () => {
    const answer = await ask(questions[0]);
    expect(await answer.getAttribute('aria-label'), `the assistant abstained: «${await answer.innerText()}»`).toBe('Svar');
    expect(await answer.locator('.answer-text').getAttribute('lang')).toBe('nb');
    expect(await answer.locator('.source-card').first().innerText()).toMatch(/\(\d{4}\)/);
    await checkState('02-answer-desktop');

    await answer.locator('.citation-chip').first().click();
    const quote = page.locator('.source-panel mark.quoted-sentence').first();
    await quote.waitFor({ timeout: 30_000 });
    expect(asRead(await quote.innerText())).toContain('Norsk Helsenett');
    const body = page.locator('.source-panel .panel-body');
    expect(await body.getAttribute('aria-label')).toMatch(/^Tekst: /);
    // The document view speaks the document's language (bokmål or nynorsk), as the catalogue says.
    const catalogue = (await (await page.request.get(`${baseUrl}/api/documents`)).json()) as Array<{ title: string; language: string }>;
    const shownTitle = await page.locator('#source-panel-title').innerText();
    expect(await body.locator('[lang]').first().getAttribute('lang')).toBe(catalogue.find((entry) => entry.title === shownTitle)?.language);
    // The readable view has no PDF leftovers and names no character offsets.
    const readable = await body.innerText();
    expect(readable).not.toMatch(/\*\*\*|\p{Ll}-\n\p{Ll}/u);
    expect(await page.locator('.source-panel').innerText()).not.toMatch(/tegn \d/);
    await expect
      .poll(() => quote.evaluate((mark) => mark.getBoundingClientRect().top > 0 && mark.getBoundingClientRect().bottom < window.innerHeight))
      .toBe(true);
    await checkState('03-source-panel-desktop');

    await page.getByRole('button', { name: 'Gå til sitatet' }).click();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('quoted-sentence'))).toBe(true);
    await checkState('04-quote-focused');

    await page.getByRole('button', { name: 'Vis originaltekst' }).click();
    expect(await body.getAttribute('aria-label')).toMatch(/^Originaltekst: /);
    expect(asRead(await page.locator('.source-panel mark.quoted-sentence').first().innerText())).toContain('Norsk Helsenett');
    await checkState('05-original-text');
  });

  it('Escape in the question field leaves the source panel open and the focus where it is', async () => {
    await page.locator('#question').focus();
    await page.keyboard.press('Escape');
    expect(await page.locator('.source-panel').count()).toBe(1);
    expect((await focusInfo(page)).tag).toBe('textarea');
    await closeSourceIfOpen();
  });

  it('keeps the page itself at scroll position 0 when sources open in a long conversation', async () => {
    await ask(questions[1]);
    await ask(questions[2]);
    const answers = completeAnswers();
    expect(await answers.count()).toBe(3);
    for (let index = 0; index < 3; index += 1) {
      await answers.nth(index).locator('.source-card').first().click();
      await page.locator('.source-panel mark.quoted-sentence').first().waitFor({ timeout: 30_000 });
      const scroll = await pageScroll(page);
      expect(scroll, `after opening the source of answer ${index + 1}`).toMatchObject({ scrollY: 0, scrollTop: 0, headerTop: 0 });
      expect(scroll.scrollHeight).toBeLessThanOrEqual(scroll.innerHeight);
    }
    await checkState('06-long-conversation-source');
    await closeSourceIfOpen();
  });

  it('prints the conversation with its sources and without the controls', async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.locator('.source-list').first().isVisible()).toBe(true);
      expect(await page.locator('.source-list .source-title').first().innerText()).toMatch(/\(\d{4}\)/);
      expect(await page.locator('.composer').isVisible()).toBe(false);
      expect(await page.locator('.sidebar').isVisible()).toBe(false);
      await page.screenshot({ path: path.join(screenshotDirectory, '07-print.png'), fullPage: true });
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('exports the conversation as Markdown with numbered sources and their headings', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned som Markdown' }).click()]);
    const markdown = readFileSync(await download.path(), 'utf8');
    expect(markdown).toContain(`## Spørsmål: ${questions[0]}`);
    expect(markdown).toMatch(/### Kilder\n\n1\. \*\*.+\(\d{4}\).*\*\*/);
    expect(markdown).toContain('#samtale=');
  });

  it('reopens the same conversation from its link in a fresh browser profile, and after a reload', async () => {
    const link = page.url();
    expect(link).toContain('#samtale=');
    const answers = await completeAnswers().locator('.answer-text').allInnerTexts();
    const fresh = await launch();
    try {
      const other = fresh.pages()[0] ?? (await fresh.newPage());
      await other.goto(link);
      await expect.poll(() => completeAnswers(other).count(), { timeout: 30_000 }).toBe(answers.length);
      expect(await completeAnswers(other).locator('.answer-text').allInnerTexts()).toEqual(answers);
      expect(await other.locator('.user-message').first().innerText()).toContain(questions[0]);
      await checkState('08-permalink-fresh-profile', other);
    } finally {
      await fresh.close();
    }
    await page.reload();
    await expect.poll(() => completeAnswers().count(), { timeout: 30_000 }).toBe(answers.length);
  });

  it('says honestly when the documents do not cover a question', async () => {
    const answer = await ask(unanswerable);
    expect(await answer.getAttribute('aria-label')).toBe('Ikke dekket av dokumentene');
    expect(await answer.locator('svg.icon').count()).toBeGreaterThan(0);
    await checkState('09-abstention');
  });

  it('shows how a follow-up was read and marks a weak answer as uncertain', async () => {
    // The server decides confidence; to show the weak case for sure, a real answer is replayed with a low one.
    const real = await page.request.post(`${baseUrl}/api/chat`, {
      headers: { Accept: 'application/json' },
      data: { messages: [{ role: 'user', content: questions[0] }] },
    });
    const replayed = { ...(await real.json()), confidence: 0.3, interpretedQuestion: 'Hva er målet for Norsk Helsenett innen 2011?', language: 'nb' };
    await page.route('**/api/chat', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(replayed) }));
    try {
      const answer = await ask('og det målet?');
      expect(await answer.locator('.interpreted-question').innerText()).toContain('Tolket som: Hva er målet for Norsk Helsenett innen 2011?');
      expect(await answer.locator('.uncertain-note').innerText()).toBe('Usikkert svar – sjekk kilden');
      await checkState('10-uncertain-follow-up');
    } finally {
      await page.unroute('**/api/chat');
    }
  });

  it('shows a failure in view, in words for the person asking, and answers on retry', async () => {
    await page.route('**/api/chat', (route) => route.abort());
    try {
      await page.locator('#question').fill(questions[0]);
      await page.locator('#question').press('Enter');
      const alert = page.getByRole('alert');
      await alert.waitFor();
      const text = await alert.innerText();
      expect(text).toContain('Vi får ikke kontakt med Kildesvar');
      expect(text).not.toMatch(/npm|ingest|HTTP|\b5\d\d\b/);
      await checkState('10-error');
      const alertBox = await alert.boundingBox();
      const composerBox = await page.locator('.composer').boundingBox();
      expect({ alertBottom: (alertBox?.y ?? 0) + (alertBox?.height ?? 0), top: alertBox?.y }).toMatchObject({ top: expect.any(Number) });
      expect((alertBox?.y ?? 0) + (alertBox?.height ?? 0), 'the notice ends above the question box').toBeLessThanOrEqual(composerBox?.y ?? 0);
    } finally {
      await page.unroute('**/api/chat');
    }
    const before = await completeAnswers().count();
    await page.getByRole('button', { name: 'Prøv igjen' }).click();
    await expect.poll(() => completeAnswers().count(), { timeout: 60_000 }).toBe(before + 1);
  });

  it('deletes a saved conversation and brings it back with «Angre»', async () => {
    const history = page.getByRole('navigation', { name: 'Tidligere samtaler' });
    const entries = history.locator('.history-item');
    const count = await entries.count();
    await entries
      .first()
      .getByRole('button', { name: /^Slett/ })
      .click();
    await expect.poll(() => entries.count()).toBe(count - 1);
    await expect.poll(async () => (await focusInfo(page)).name, { timeout: 10_000 }).toBe('Angre');
    await checkState('11-deleted-with-undo');
    await page.keyboard.press('Enter');
    await expect.poll(() => entries.count()).toBe(count);
  });

  it('switches the interface to nynorsk and English, marks the page, and remembers the choice', async () => {
    const language = page.getByRole('combobox', { name: 'Språk' });
    await language.selectOption('nn');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nn');
    expect(await page.getByRole('button', { name: 'Ny samtale' }).count()).toBe(1);
    expect(await page.locator('.source-list-heading').first().innerText()).toBe('Kjelder');
    await checkState('12-nynorsk');

    await language.selectOption('en');
    await page.reload();
    await page.getByRole('button', { name: 'New conversation' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await checkState('13-english-after-reload');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('nb');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nb');
  });

  it('passes axe in dark mode with a source open', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    try {
      await completeAnswers().first().locator('.citation-chip').first().click();
      await page.locator('.source-panel mark.quoted-sentence').first().waitFor({ timeout: 30_000 });
      await checkState('14-dark-source');
      await closeSourceIfOpen();
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
    }
  });

  // Focus and `inert` move in React effects after the drawer or sheet is painted, so a check made the moment it is visible can
  // run before them on a loaded machine (a fresh-clone CI run at load ~7 saw focus still on <body>): such checks poll.
  it('traps the keyboard in the menu drawer at 900 px, closes on Escape and returns focus to «Meny»', async () => {
    await page.setViewportSize({ width: 900, height: 800 });
    const menu = page.getByRole('button', { name: 'Meny', exact: true });
    await menu.focus();
    await page.keyboard.press('Enter');
    const drawer = page.getByRole('dialog', { name: 'Meny' });
    await drawer.waitFor();
    expect(await drawer.getAttribute('aria-modal')).toBe('true');
    await expect.poll(() => focusInfo(page), { timeout: 10_000 }).toMatchObject({ inModal: true, name: 'Lukk menyen' });
    await expect.poll(() => page.locator('main').getAttribute('inert'), { timeout: 10_000 }).not.toBeNull();
    const seen = new Set<string>();
    for (let step = 0; step < 40; step += 1) {
      await page.keyboard.press('Tab');
      const focus = await focusInfo(page);
      expect(focus.inModal, `Tab ${step + 1} left the drawer for ${focus.tag} «${focus.name}»`).toBe(true);
      seen.add(focus.name);
    }
    expect(seen.has('Lukk menyen'), 'Tab wraps around to the close button').toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect((await focusInfo(page)).inModal).toBe(true);
    await checkState('15-drawer-900');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
    await expect.poll(() => focusInfo(page), { timeout: 10_000 }).toMatchObject({ tag: 'button', inModal: false });
    expect((await focusInfo(page)).name).toContain('Meny');
  });

  it('fits a 390 px phone and shows a source as a modal sheet the keyboard cannot leave', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('#sidebar').waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await checkState('16-phone');

    const chip = completeAnswers().first().locator('.citation-chip').first();
    const chipName = await chip.getAttribute('aria-label');
    await chip.focus();
    await page.keyboard.press('Enter');
    const sheet = page.getByRole('dialog');
    await sheet.locator('mark.quoted-sentence').first().waitFor({ timeout: 30_000 });
    expect(await sheet.getAttribute('aria-modal')).toBe('true');
    expect((await sheet.boundingBox())?.width).toBe(390);
    await expect.poll(() => focusInfo(page), { timeout: 10_000 }).toMatchObject({ tag: 'h2', inModal: true });
    await expect.poll(() => page.locator('main').getAttribute('inert'), { timeout: 10_000 }).not.toBeNull();
    expect(await page.locator('.app-header').getAttribute('inert')).not.toBeNull();

    await page.keyboard.press('Shift+Tab');
    expect((await focusInfo(page)).inModal, 'Shift+Tab from the heading stays in the sheet').toBe(true);
    for (let step = 0; step < 12; step += 1) {
      await page.keyboard.press('Tab');
      const focus = await focusInfo(page);
      expect(focus.inModal, `Tab ${step + 1} left the sheet for ${focus.tag} «${focus.name}»`).toBe(true);
    }
    await sheet.getByRole('button', { name: 'Gå til sitatet' }).focus();
    await page.keyboard.press('Enter');
    expect(await focusInfo(page)).toMatchObject({ tag: 'mark', inModal: true });
    await checkState('17-phone-sheet');

    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
    expect(await focusInfo(page)).toMatchObject({ tag: 'button', name: chipName, inModal: false });
    expect(await pageScroll(page)).toMatchObject({ scrollY: 0 });
  });

  it('shows the example questions without scrolling on a phone, and «Ny samtale» empties the address', async () => {
    await page.getByRole('button', { name: 'Ny samtale' }).click();
    const example = page.locator('.example-button').first();
    await example.waitFor();
    const exampleBox = await example.boundingBox();
    const composerBox = await page.locator('.composer').boundingBox();
    expect((exampleBox?.y ?? Infinity) + (exampleBox?.height ?? 0)).toBeLessThanOrEqual(composerBox?.y ?? 0);
    await expect.poll(() => page.url()).not.toContain('#samtale=');
    await checkState('18-phone-empty');
  });

  it('runs under the strict Content-Security-Policy without a single violation', async () => {
    const response = await page.goto(baseUrl);
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    await page.locator('#root > *').first().waitFor({ timeout: 30_000 });
    expect(policyViolations).toEqual([]);
  });
});
