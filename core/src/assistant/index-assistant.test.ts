import { beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from './assistant';
import { createIndexAssistant } from './index-assistant';
import { buildSmallCorpus, smallCorpusCatalog, smallCorpusTexts } from './small-corpus';

let assistant: Assistant;
beforeAll(async () => {
  ({ assistant } = await buildSmallCorpus());
});

/** The small corpus's assistant over a given (spied) retriever. */
const assistantOver = (retriever: Parameters<typeof createIndexAssistant>[0]['retriever']) =>
  createIndexAssistant({
    catalog: smallCorpusCatalog,
    originals: new Map(Object.entries(smallCorpusTexts)),
    retriever,
    english: null,
    embedder: { id: 'fake-hash-64', dimensions: 64 },
  });

describe('createIndexAssistant on a small in-memory corpus', () => {
  it('describes its documents and returns one with its original text', async () => {
    expect(assistant.health()).toMatchObject({ status: 'ok', documents: 3, embedder: { id: 'fake-hash-64' } });
    expect(assistant.documents().map((document) => document.file)).toEqual(['helse.txt', 'skole.txt', 'post.txt']);
    expect((await assistant.document('post.txt'))?.text).toBe(smallCorpusTexts['post.txt']);
    expect(await assistant.document('nope.txt')).toBeNull();
  });

  it('gives search results whose offsets point at their text in the original document', async () => {
    const results = await assistant.search('digital postkasse for brev', { k: 3, mode: 'hybrid' });
    expect(results[0]?.file).toBe('post.txt');
    for (const result of results) expect(smallCorpusTexts[result.file]?.slice(result.start, result.end)).toBe(result.text);
  });

  it('searches a two-part question part by part: the first part’s best passage first, then the second’s', async () => {
    // The second part shares far more words with its passage than the first with its own: read whole, it would come first.
    const question = 'Når skal skolene ha bredbånd, og hvem får brev fra det offentlige i en digital postkasse når de ikke reserverer seg mot digital post?';
    const results = await assistant.search(question, { k: 3, mode: 'hybrid' });
    expect(results.map((result) => result.file).slice(0, 2)).toEqual(['skole.txt', 'post.txt']);
    expect(new Set(results.map((result) => result.chunkId)).size).toBe(results.length);
  });

  it('puts the best passage for a two-part question read whole between the first part’s best and the second’s', async () => {
    const { retriever } = await buildSmallCorpus();
    const question = 'Når skal skolene ha bredbånd, og hvem får brev fra det offentlige i en digital postkasse?';
    const searched: string[] = [];
    // Read whole, the question is made to find a passage neither part finds first: the one standing for a passage serving both.
    const spy = Object.assign(Object.create(retriever) as typeof retriever, {
      retrieve: async (query: Parameters<typeof retriever.retrieve>[0], options: Parameters<typeof retriever.retrieve>[1]) => {
        searched.push(query.original);
        const found = await retriever.retrieve(query, options);
        return query.original === question ? [...found].sort((a, b) => Number(b.chunk.file === 'helse.txt') - Number(a.chunk.file === 'helse.txt')) : found;
      },
    });
    const spied = assistantOver(spy);
    const results = await spied.search(question, { k: 3, mode: 'hybrid' });
    expect(searched).toHaveLength(3);
    expect(searched[1]).toBe(question);
    expect(results.map((result) => result.file)).toEqual(['skole.txt', 'helse.txt', 'post.txt']);
  });

  it('searches a question that names a document by its kind as the chat reads it: that document’s passages get the prior', async () => {
    const { retriever, chunks } = await buildSmallCorpus();
    const priors: Array<((chunk: (typeof chunks)[number]) => number) | undefined> = [];
    const spy = Object.assign(Object.create(retriever) as typeof retriever, {
      retrieve: (query: Parameters<typeof retriever.retrieve>[0], options: Parameters<typeof retriever.retrieve>[1]) => {
        priors.push(options.prior);
        return retriever.retrieve(query, options);
      },
    });
    // The catalog says what the post document is (its kind, «brev»), so a question may name it by that.
    const catalog = smallCorpusCatalog.map((entry) => (entry.file === 'post.txt' ? { ...entry, description: 'Brev fra Difi om digital post' } : entry));
    const named = createIndexAssistant({
      catalog,
      originals: new Map(Object.entries(smallCorpusTexts)),
      retriever: spy,
      english: null,
      embedder: { id: 'fake-hash-64', dimensions: 64 },
    });
    await named.search('Hvem får digital post ifølge brevet fra Difi?', { k: 3, mode: 'hybrid' });
    const prior = priors[0];
    const post = chunks.find((chunk) => chunk.file === 'post.txt');
    const helse = chunks.find((chunk) => chunk.file === 'helse.txt');
    expect(prior && post && helse ? prior(post) - prior(helse) : 0).toBeGreaterThan(0);
  });

  it('names a part of a two-part question the texts do not answer by its question, without the scene set before it', async () => {
    const response = await assistant.chat([
      {
        role: 'user',
        content: 'Vi planlegger en tur til Italia i sommer. Hva koster en pizza i Roma, og når skal alle kommuner være tilknyttet Norsk Helsenett?',
      },
    ]);
    expect(response.abstained).toBe(false);
    expect(response.answer).toContain('2011');
    expect(response.answer).toContain('«Hva koster en pizza i Roma»');
    expect(response.answer).not.toContain('Italia');
  });

  it('answers a two-part follow-up part by part when read as one question in its context it is refused', async () => {
    const first = 'Når skal alle kommuner være tilknyttet Norsk Helsenett?';
    const answered = await assistant.chat([{ role: 'user', content: first }]);
    const response = await assistant.chat([
      { role: 'user', content: first },
      { role: 'assistant', content: answered.answer },
      { role: 'user', content: 'Hvem sender dem papirbrev, og når skal skolene ha bredbånd?' },
    ]);
    // Read whole, with the last turn (Norsk Helsenett) as context, no passage answers both parts.
    expect(response.abstained).toBe(false);
    expect(response.answer).toContain('Papirbrev sendes bare til dem som reserverer seg');
    expect(response.answer).toContain('I løpet av 2008 skal alle grunnskoler');
  });

  /** The small corpus's retriever, recording the query text of every lexical lookup. */
  const lexicalSpy = async () => {
    const { retriever } = await buildSmallCorpus();
    const lexical: string[] = [];
    const spy = Object.assign(Object.create(retriever) as typeof retriever, {
      retrieve: (query: Parameters<typeof retriever.retrieve>[0], options: Parameters<typeof retriever.retrieve>[1]) => {
        if (options.mode === 'lexical') lexical.push(query.original);
        return retriever.retrieve(query, options);
      },
    });
    return { spy, lexical };
  };

  it('compares the candidates’ sentences with a reference’s own words, not with the words of the turn it points to', async () => {
    const { retriever } = await buildSmallCorpus();
    const compared: (string | undefined)[] = [];
    const spy = Object.assign(Object.create(retriever) as typeof retriever, {
      retrieve: (query: Parameters<typeof retriever.retrieve>[0], options: Parameters<typeof retriever.retrieve>[1]) => {
        if (options.mode === 'hybrid') compared.push(options.comparedText);
        return retriever.retrieve(query, options);
      },
    });
    const spied = assistantOver(spy);
    const first = 'Når skal alle kommuner være tilknyttet Norsk Helsenett?';
    const answered = await spied.chat([{ role: 'user', content: first }]);
    expect(answered.abstained).toBe(false);
    compared.length = 0;
    await spied.chat([
      { role: 'user', content: first },
      { role: 'assistant', content: answered.answer },
      { role: 'user', content: 'hva gir det kommunene?' },
    ]);
    expect(compared[0]).toMatch(/gir/u);
    expect(compared[0]).not.toMatch(/helsenett/iu);
  });

  it('looks up no quoted passage for a follow-up after a refusal: a refusal quotes nothing', async () => {
    const { spy, lexical } = await lexicalSpy();
    const spied = assistantOver(spy);
    const refused = await spied.chat([{ role: 'user', content: 'Hva koster en pizza i Roma?' }]);
    expect(refused.abstained).toBe(true);
    await spied.chat([
      { role: 'user', content: 'Hva koster en pizza i Roma?' },
      { role: 'assistant', content: refused.answer },
      { role: 'user', content: 'og når skal den leveres?' },
    ]);
    // Looked up by its words («Jeg finner ikke svar …»), the refusal found some passage at random and put it first.
    expect(lexical).toEqual([]);
  });

  it('looks up the passage of a last answer cut inside its first quote, which kept no citation mark', async () => {
    const { spy, lexical } = await lexicalSpy();
    // A quote longer than the bound a follow-up reads of the last answer (a list quoted whole).
    const quote = `I løpet av 2011 skal alle kommuner være tilknyttet Norsk Helsenett: ${'legekontor, sykehjem og hjemmetjeneste; '.repeat(8)}`;
    await assistantOver(spy).chat([
      { role: 'user', content: 'Når skal alle kommuner være tilknyttet Norsk Helsenett?' },
      { role: 'assistant', content: `${quote.trim()} [1]` },
      { role: 'user', content: 'og når skal skolene ha det?' },
    ]);
    expect(lexical[0]).toMatch(/^I løpet av 2011 skal alle kommuner/u);
  });

  it('answers with the sentence that holds the answer and cites its passage', async () => {
    const response = await assistant.chat([{ role: 'user', content: 'Når skal alle kommuner være tilknyttet Norsk Helsenett?' }]);
    expect(response.abstained).toBe(false);
    expect(response.answer).toContain('2011');
    expect(response.answer).toMatch(/\[1\]/);
    const [citation] = response.citations;
    expect(citation?.file).toBe('helse.txt');
    expect(citation?.text).toContain('I løpet av 2011 skal alle kommuner være tilknyttet Norsk Helsenett');
  });

  it('abstains on a question the documents do not answer', async () => {
    const response = await assistant.chat([{ role: 'user', content: 'Hva koster en pizza i Roma?' }]);
    expect(response.abstained).toBe(true);
    expect(response.citations).toEqual([]);
  });
});
