import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from './app';
import { nb } from './i18n/messages-nb';
import { storageKey } from './lib/conversation-storage';
import { encodeConversation, hashFor } from './lib/permalink';
import { quotedGoal, sampleAbstention, sampleAnswer, sampleDocumentTexts } from './test/fixtures';
import { installMockApi } from './test/mock-api';
import { first } from './test/items';

const question = 'Hva er målet for Norsk Helsenett innen 2011?';
const exampleQuestions = nb.examples;
/** The history entry's button: the title followed by the date. */
const historyEntry = new RegExp(`^${question.replace(/[?.]/g, '\\$&')}`);

const ask = async (text: string) => {
  await userEvent.type(screen.getByLabelText('Spørsmål'), `${text}{Enter}`);
};

const completedAnswer = async () => {
  await waitFor(() => expect(document.querySelector('article[data-state="complete"]')).not.toBeNull());
  return document.querySelectorAll<HTMLElement>('article[data-state="complete"]');
};

describe('App', () => {
  it('shows the documents with titles and years and four example questions before the first question', async () => {
    installMockApi();
    render(<App />);
    const list = await screen.findByRole('list', { name: 'Dokumentene Kildesvar kjenner' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['eKommune 2009KS, 2005', 'Én digital offentlig sektorDigitaliseringsdirektoratet, 2019']);
    for (const example of exampleQuestions) expect(screen.getByRole('button', { name: example })).toBeTruthy();
    expect(exampleQuestions).toHaveLength(4);
  });

  it('sends an example question when it is chosen', async () => {
    const { chatRequests } = installMockApi([{ kind: 'answer', response: sampleAnswer }]);
    render(<App />);
    await userEvent.click(screen.getByRole('button', { name: exampleQuestions[1] }));
    await completedAnswer();
    expect(chatRequests[0]?.messages).toEqual([{ role: 'user', content: exampleQuestions[1] }]);
  });

  it('streams the answer, then opens the first citation with the cited span highlighted', async () => {
    const { chatRequests } = installMockApi([{ kind: 'answer', response: sampleAnswer }]);
    render(<App />);
    await ask(question);
    const answer = first(await completedAnswer());
    expect(answer.textContent).toContain('I løpet av 2011 skal alle kommuner være tilknyttet Norsk Helsenett');
    expect(chatRequests).toEqual([{ messages: [{ role: 'user', content: question }] }]);
    expect((screen.getByLabelText('Spørsmål') as HTMLTextAreaElement).value).toBe('');

    await userEvent.click(within(answer).getByRole('button', { name: 'Kilde 1: eKommune 2009' }));
    const panel = screen.getByRole('complementary', { name: 'eKommune 2009' });
    await waitFor(() => expect(panel.querySelector('mark')).not.toBeNull());
    expect(panel.querySelector('mark')?.textContent).toContain('tilknyttet Norsk Helsenett og ha tatt i bruk');
    await userEvent.click(within(panel).getByRole('button', { name: 'Vis originaltekst' }));
    expect(panel.querySelector('mark')?.textContent).toBe(sampleDocumentTexts['001_plan.txt']?.slice(quotedGoal.start, quotedGoal.end));

    await userEvent.click(within(panel).getByRole('button', { name: 'Lukk kildepanelet' }));
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Kilde 1: eKommune 2009');
  });

  it('renders an abstention differently and still offers the closest passages', async () => {
    installMockApi([{ kind: 'answer', response: sampleAbstention }]);
    render(<App />);
    await ask('Når landet de første menneskene på månen?');
    await completedAnswer();
    const abstention = screen.getByRole('article', { name: 'Ikke dekket av dokumentene' });
    expect(within(abstention).getByText('Dokumentene dekker ikke dette')).toBeTruthy();
    expect(within(abstention).getByRole('region', { name: 'Kanskje relatert' }).textContent).toContain('13 av 28 tiltak');
  });

  it('shows a readable message when the server is down, keeps the question, and answers on retry', async () => {
    const { chatRequests } = installMockApi([{ kind: 'network-error' }, { kind: 'answer', response: sampleAnswer }]);
    render(<App />);
    await ask(question);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Vi får ikke kontakt med Kildesvar');
    const conversation = screen.getByRole('list', { name: 'Samtale' });
    expect(within(conversation).getByText(question)).toBeTruthy();

    await userEvent.click(within(alert).getByRole('button', { name: 'Prøv igjen' }));
    await completedAnswer();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(chatRequests[1]).toEqual(chatRequests[0]);
    expect(within(conversation).getAllByText(question)).toHaveLength(1);
  });

  it('explains a 4xx error from its code and puts the question back for editing', async () => {
    installMockApi([{ kind: 'http-error', status: 413, code: 'payload_too_large', message: 'too large' }]);
    render(<App />);
    await ask(question);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Spørsmålet eller samtalen er for lang');
    await userEvent.click(within(alert).getByRole('button', { name: 'Rediger spørsmålet' }));
    expect((screen.getByLabelText('Spørsmål') as HTMLTextAreaElement).value).toBe(question);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows an error frame that arrives mid-stream as an error with retry', async () => {
    installMockApi([{ kind: 'error-frame', code: 'index_not_ready', message: 'loading' }]);
    render(<App />);
    await ask(question);
    expect((await screen.findByRole('alert')).textContent).toContain('Kildesvar starter opp');
    expect(screen.getByRole('button', { name: 'Prøv igjen' })).toBeTruthy();
  });

  it('stops a streaming answer with the stop button and keeps what came', async () => {
    installMockApi([{ kind: 'hang', response: sampleAnswer }]);
    render(<App />);
    await ask(question);
    await waitFor(() => expect(document.querySelector('.answer-text')?.textContent).toContain('I løpet'));
    await userEvent.click(screen.getByRole('button', { name: 'Stopp' }));
    await waitFor(() => expect(document.querySelector('article[data-state="stopped"]')).not.toBeNull());
    expect(screen.getByText('Stoppet – svaret er ufullstendig.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Send' })).toBeTruthy();
  });

  it('sends the conversation so far with a follow-up question', async () => {
    const { chatRequests } = installMockApi([{ kind: 'answer', response: sampleAnswer }]);
    render(<App />);
    await ask(question);
    await completedAnswer();
    await ask('Og hva med fastlegene?');
    await waitFor(() => expect(document.querySelectorAll('article[data-state="complete"]')).toHaveLength(2));
    expect(chatRequests[1]?.messages).toEqual([
      { role: 'user', content: question },
      { role: 'assistant', content: sampleAnswer.answer },
      { role: 'user', content: 'Og hva med fastlegene?' },
    ]);
  });

  it('restricts the question to the documents chosen in the filter', async () => {
    const { chatRequests } = installMockApi([{ kind: 'answer', response: sampleAnswer }]);
    render(<App />);
    await userEvent.click(await screen.findByRole('checkbox', { name: /Én digital offentlig sektor/ }));
    expect(screen.getByText(/Søker bare i 1 av 2 dokumenter/)).toBeTruthy();
    await ask(question);
    await completedAnswer();
    expect(chatRequests[0]?.file).toEqual(['003_strategy.txt']);
  });

  it('saves conversations, clears on «Ny samtale» and reopens one from the history', async () => {
    installMockApi([{ kind: 'answer', response: sampleAnswer }]);
    render(<App />);
    await ask(question);
    await completedAnswer();
    await waitFor(() => expect(JSON.parse(localStorage.getItem(storageKey) ?? '[]')).toHaveLength(1));
    expect(JSON.parse(localStorage.getItem(storageKey) ?? '[]')[0].turns[1].content).toBe(sampleAnswer.answer);

    await userEvent.click(screen.getByRole('button', { name: 'Ny samtale' }));
    expect(screen.queryByRole('article')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Spør om digitalisering i offentlig sektor' })).toBeTruthy();

    const history = screen.getByRole('navigation', { name: 'Tidligere samtaler' });
    expect(within(history).getByRole('button', { name: historyEntry }).getAttribute('aria-current')).toBeNull();
    await userEvent.click(within(history).getByRole('button', { name: historyEntry }));
    const answer = first(await completedAnswer());
    expect(answer.textContent).toContain('tilknyttet Norsk Helsenett');
    expect(within(history).getByRole('button', { name: historyEntry }).getAttribute('aria-current')).toBe('true');
  });

  it('reopens conversations saved by an earlier visit', async () => {
    installMockApi([{ kind: 'answer', response: sampleAnswer }]);
    const { unmount } = render(<App />);
    await ask(question);
    await completedAnswer();
    await waitFor(() => expect(JSON.parse(localStorage.getItem(storageKey) ?? '[]')).toHaveLength(1));
    unmount();
    // A new visit without the link: the conversation comes from the saved history.
    window.history.replaceState(null, '', '/');

    render(<App />);
    const history = screen.getByRole('navigation', { name: 'Tidligere samtaler' });
    await userEvent.click(within(history).getByRole('button', { name: historyEntry }));
    expect((await completedAnswer())[0]?.textContent).toContain('tilknyttet Norsk Helsenett');
  });

  it('deletes a conversation from the history and brings it back with «Angre»', async () => {
    installMockApi([{ kind: 'answer', response: sampleAnswer }]);
    render(<App />);
    await ask(question);
    await completedAnswer();
    await userEvent.click(await screen.findByRole('button', { name: `Slett «${question}»` }));
    expect(screen.getByText('Ingen lagrede samtaler ennå.')).toBeTruthy();
    await waitFor(() => expect(JSON.parse(localStorage.getItem(storageKey) ?? '[]')).toEqual([]));
    expect(screen.queryByRole('article')).toBeNull();

    const undo = screen.getByRole('button', { name: 'Angre' });
    expect(document.activeElement).toBe(undo);
    await userEvent.click(undo);
    await waitFor(() => expect(JSON.parse(localStorage.getItem(storageKey) ?? '[]')).toHaveLength(1));
    expect((await completedAnswer())[0]?.textContent).toContain('tilknyttet Norsk Helsenett');
    expect(screen.queryByRole('button', { name: 'Angre' })).toBeNull();
  });

  it('switches the interface to nynorsk and English, marks the page with the language, and remembers it', async () => {
    installMockApi();
    const { unmount } = render(<App />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Språk' }), 'nn');
    expect(document.documentElement.lang).toBe('nn');
    expect(screen.getByRole('heading', { name: 'Spør om digitalisering i offentleg sektor' })).toBeTruthy();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Språk' }), 'en');
    expect(screen.getByRole('button', { name: 'New conversation' })).toBeTruthy();
    unmount();
    render(<App />);
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByLabelText('Question')).toBeTruthy();
  });

  it('marks an answer with its language, shows how the question was read and says when it is uncertain', async () => {
    installMockApi([
      {
        kind: 'answer',
        response: {
          ...sampleAnswer,
          language: 'nn',
          confidence: 0.3,
          interpretedQuestion: 'Kva er målet for Norsk Helsenett innan 2011?',
        } as typeof sampleAnswer,
      },
    ]);
    render(<App />);
    await ask('Kva er målet for Norsk  Helsenett?');
    const answer = first(await completedAnswer());
    expect(answer?.querySelector('.answer-text')?.getAttribute('lang')).toBe('nn');
    expect(answer?.textContent).toContain('Tolket som: Kva er målet for Norsk Helsenett innan 2011?');
    expect(answer?.textContent).toContain('Usikkert svar – sjekk kilden');
  });

  it('leaves out «Tolket som» when the reading differs only in spacing and case, and the warning when confident', async () => {
    installMockApi([{ kind: 'answer', response: { ...sampleAnswer, confidence: 0.9, interpretedQuestion: question.toUpperCase() } as typeof sampleAnswer }]);
    render(<App />);
    await ask(question.replace(/ /g, '  '));
    const answer = first(await completedAnswer());
    expect(answer?.textContent).not.toContain('Tolket som');
    expect(answer?.textContent).not.toContain('Usikkert svar');
  });

  it('keeps the conversation in the address, and opens a conversation from a link', async () => {
    installMockApi([{ kind: 'answer', response: sampleAnswer }]);
    const { unmount } = render(<App />);
    await ask(question);
    await completedAnswer();
    await waitFor(() => expect(window.location.hash).toMatch(/^#samtale=/));
    const link = window.location.hash;
    unmount();
    localStorage.clear();
    window.history.replaceState(null, '', '/');

    window.history.replaceState(null, '', `/${link}`);
    render(<App />);
    const answer = first(await completedAnswer());
    expect(answer?.textContent).toContain('tilknyttet Norsk Helsenett');
    expect(screen.getByRole('list', { name: 'Samtale' }).textContent).toContain(question);
    window.history.replaceState(null, '', '/');
  });

  it('ignores a damaged link and starts empty', async () => {
    installMockApi();
    window.history.replaceState(null, '', `/${hashFor('ødelagt')}`);
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Spør om digitalisering i offentlig sektor' })).toBeTruthy();
    expect(await encodeConversation([])).not.toBe('ødelagt');
    window.history.replaceState(null, '', '/');
  });

  it('offers a retry when the document list cannot be fetched', async () => {
    const { fetchMock } = installMockApi([], { documentsFail: true });
    render(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Vi får ikke kontakt med Kildesvar');
    await userEvent.click(within(alert).getByRole('button', { name: 'Prøv igjen' }));
    await waitFor(() => expect(fetchMock.mock.calls.filter(([url]) => url === '/api/documents').length).toBe(2));
  });

  it('on a narrow screen, opens the menu as a modal drawer that takes the focus, makes the page inert and gives the focus back to «Meny» on Escape', async () => {
    installMockApi();
    // A tablet: the drawer query matches, the phone-sheet query does not.
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query.includes('1000px'),
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }));
    render(<App />);
    const menu = screen.getByRole('button', { name: 'Meny' });
    await userEvent.click(menu);
    const drawer = screen.getByRole('dialog', { name: 'Meny' });
    expect(drawer.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(within(drawer).getByRole('button', { name: 'Lukk menyen' }));
    expect(document.querySelector('main')?.hasAttribute('inert')).toBe(true);
    expect(within(drawer).getByRole('combobox', { name: 'Språk' })).toBeTruthy();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(menu));
    expect(document.querySelector('main')?.hasAttribute('inert')).toBe(false);
  });
});
