import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildSmallCorpus } from '../assistant/small-corpus';
import { prepareQuery } from './query';
import { itemAt } from '../collections/item-at';
import { quantizeSentenceVector } from '../embed/sentence-vectors';
import { Retriever } from './retriever';
import { indexChunk } from './indexed-chunk';
import { FakeEmbedder } from '../embed/fake-embedder';
import { ChunkVectorStore } from '../store/vector-store';
import { passageChoiceDepth, passageFeatureNames, type PassageChoiceModel } from './passage-choice';

let retriever: Retriever;
beforeAll(async () => {
  ({ retriever } = await buildSmallCorpus());
});

const ask = (question: string) => prepareQuery(question, null, retriever.vocabulary());
const topText = async (question: string, mode: 'hybrid' | 'lexical' | 'dense') =>
  (await retriever.retrieve(ask(question), { k: 3, mode }))[0]?.chunk.text ?? '';

describe('Retriever on a small in-memory corpus', () => {
  it('ranks the passage that answers the question first, in every mode', async () => {
    for (const mode of ['hybrid', 'lexical', 'dense'] as const) {
      expect(await topText('Når skal kommunene være tilknyttet Norsk Helsenett?', mode)).toContain('I løpet av 2011 skal alle kommuner');
    }
    expect(await topText('Hvilke skoler skal ha bredbånd?', 'hybrid')).toContain('grunnskoler og videregående skoler ha bredbånd');
  });

  it('returns at most k passages, best first', async () => {
    const ranked = await retriever.retrieve(ask('kommuner skal ha elektronisk samhandling'), { k: 2, mode: 'hybrid' });
    expect(ranked).toHaveLength(2);
    expect(ranked[0]?.score ?? 0).toBeGreaterThanOrEqual(ranked[1]?.score ?? 0);
  });

  it('ranks the top k as reading every candidate would: a chunk bounds its sentences', async () => {
    for (const question of [
      'kommuner skal ha elektronisk samhandling',
      'Hvilke skoler skal ha bredbånd?',
      'Når skal kommunene være tilknyttet Norsk Helsenett?',
    ]) {
      const query = ask(question);
      const fused = retriever.fuse(await retriever.candidates(query, { k: 10, mode: 'hybrid' }), 'hybrid');
      const everyOne = retriever.rerank(query, fused, { k: 100, mode: 'hybrid' });
      for (const ranked of everyOne) {
        const best = Math.max(0, ...ranked.sentenceEvidence.map((evidence) => evidence.score));
        expect(best).toBeLessThanOrEqual(ranked.chunkEvidence.score + 1e-9);
      }
      for (const k of [1, 2, 3]) {
        expect(retriever.rerank(query, fused, { k, mode: 'hybrid' }).map((ranked) => ranked.chunk.id)).toEqual(
          everyOne.slice(0, k).map((ranked) => ranked.chunk.id),
        );
      }
    }
  });

  it("fuses with the constant it is given: a small one puts a single route's first before a passage both routes place third", () => {
    const lists = { chunkLexical: ['alone', 'x', 'both'], sentenceLexical: ['y', 'z', 'both'], dense: [] };
    const order = (rrfK?: number) => retriever.fuse(lists, 'hybrid', rrfK).map((hit) => hit.id);
    expect(order(0)[0]).toBe('alone');
    expect(order()[0]).toBe('both');
    expect(order(retriever.settings.searchRrfK)[0]).toBe('both');
  });

  it('raises the candidate whose sentence is closest to the question as a whole, only where sentence vectors exist', async () => {
    const query = ask('kommuner skal ha elektronisk samhandling');
    const fused = retriever.fuse(await retriever.candidates(query, { k: 10, mode: 'hybrid' }), 'hybrid');
    const plain = retriever.rerank(query, fused, { k: 3, mode: 'hybrid' }).map((ranked) => ranked.chunk.id);
    const second = retriever.chunk(plain[1] ?? '');
    const sentence = second?.sentences[0];
    if (!second || !sentence) throw new Error('the small corpus has no second candidate');
    const questionVector = [0.6, 0.8];
    const weighty = retriever.withSettings({ ...retriever.settings, rerank: { ...retriever.settings.rerank, semantic: 5 } });
    const input = { chunk: (id: string) => retriever.chunk(id), weightOf: retriever.weightOf, questionVector };
    // Without sentence vectors the question vector changes nothing.
    expect(weighty.rerank(query, fused, { k: 3, mode: 'hybrid' }, input).map((ranked) => ranked.chunk.id)).toEqual(plain);
    sentence.vector = quantizeSentenceVector(questionVector);
    try {
      expect(weighty.rerank(query, fused, { k: 3, mode: 'hybrid' }, input)[0]?.chunk.id).toBe(second.id);
      const off = weighty.withSettings({ ...weighty.settings, rerank: { ...weighty.settings.rerank, semantic: 0 } });
      expect(off.rerank(query, fused, { k: 3, mode: 'hybrid' }, input).map((ranked) => ranked.chunk.id)).toEqual(plain);
    } finally {
      delete sentence.vector;
    }
  });

  it('orders by the synonym-blended question vector where there is one, and keeps the margin on the question as asked', async () => {
    const query = ask('kommuner skal ha elektronisk samhandling');
    const fused = retriever.fuse(await retriever.candidates(query, { k: 10, mode: 'hybrid' }), 'hybrid');
    const plain = retriever.rerank(query, fused, { k: 3, mode: 'hybrid' }).map((ranked) => ranked.chunk.id);
    const second = retriever.chunk(plain[1] ?? '');
    const sentence = second?.sentences[0];
    if (!second || !sentence) throw new Error('the small corpus has no second candidate');
    // The question as asked is far from the sentence; its synonyms blended in are close.
    const input = { chunk: (id: string) => retriever.chunk(id), weightOf: retriever.weightOf, questionVector: [-0.8, 0.6] };
    const weighty = retriever.withSettings({ ...retriever.settings, rerank: { ...retriever.settings.rerank, synonymSemantic: 5 } });
    sentence.vector = quantizeSentenceVector([0.6, 0.8]);
    try {
      const asAsked = weighty.rerank(query, fused, { k: 3, mode: 'hybrid' }, input);
      expect(asAsked.map((ranked) => ranked.chunk.id)).toEqual(plain);
      const withSynonyms = weighty.rerank(query, fused, { k: 3, mode: 'hybrid' }, { ...input, synonymVector: [0.6, 0.8] });
      expect(withSynonyms[0]?.chunk.id).toBe(second.id);
      const margin = (ranked: typeof asAsked) => ranked.find((passage) => passage.chunk.id === second.id)?.marginScore;
      expect(margin(withSynonyms)).toBeCloseTo(margin(asAsked) ?? Number.NaN, 12);
    } finally {
      delete sentence.vector;
    }
  });

  it('compares the candidates’ sentences with the text it is given in place of the question', async () => {
    const { chunks } = await buildSmallCorpus();
    const sentence = chunks[0]?.sentences[0];
    if (!sentence) throw new Error('the small corpus has no sentence');
    const embedder = new FakeEmbedder(64);
    const embedded: string[] = [];
    const watching = {
      id: embedder.id,
      dimensions: embedder.dimensions,
      embedDocuments: (texts: string[]) => embedder.embedDocuments(texts),
      embedQuery: (text: string) => {
        embedded.push(text);
        return embedder.embedQuery(text);
      },
    };
    const ids = chunks.map((chunk) => chunk.id);
    const own = Retriever.create(
      chunks,
      watching,
      await ChunkVectorStore.build(embedder, ids, await embedder.embedDocuments(chunks.map((chunk) => chunk.indexedText))),
    );
    sentence.vector = quantizeSentenceVector([0.6, 0.8]);
    try {
      const query = ask('hvem finansierer det Norsk Helsenett');
      await own.retrieve(query, { k: 3, mode: 'hybrid', comparedText: 'hvem finansierer' });
      expect(embedded).toContain('hvem finansierer');
      embedded.length = 0;
      await own.retrieve(query, { k: 3, mode: 'hybrid' });
      expect(embedded).not.toContain('hvem finansierer');
    } finally {
      delete sentence.vector;
    }
  });

  it('keeps to the files and years a filter names', async () => {
    const inSchool = await retriever.retrieve(ask('Norsk Helsenett og bredbånd'), { k: 5, mode: 'hybrid', filter: { file: ['skole.txt'] } });
    expect(inSchool.length).toBeGreaterThan(0);
    expect(inSchool.every((ranked) => ranked.chunk.file === 'skole.txt')).toBe(true);
    const recent = await retriever.retrieve(ask('digital post og bredbånd'), { k: 5, mode: 'lexical', filter: { yearFrom: 2010 } });
    expect(recent.map((ranked) => ranked.chunk.file)).toEqual(['post.txt']);
  });

  it('finds nothing lexically for words the corpus does not hold', async () => {
    expect(await retriever.retrieve(ask('pizza spaghetti'), { k: 3, mode: 'lexical' })).toEqual([]);
  });

  it('marks the sentence that carries the answer as the best sentence of its passage', async () => {
    const [best] = await retriever.retrieve(ask('Gir det sikker samhandling mellom fastleger og sykehus?'), { k: 1, mode: 'hybrid' });
    expect(best?.chunk.sentences[best.bestSentence]?.text).toContain('sikker elektronisk samhandling');
  });
});

describe('titleShare', () => {
  it('is the weighted share of the question terms that stand in the document title', async () => {
    const { titleShare } = await import('./retriever');
    const { termSetOf } = await import('./indexed-chunk');
    const chunk = retriever.chunks[0];
    if (!chunk) throw new Error('the small corpus has chunks');
    const titled = { ...chunk, titleTerms: termSetOf('eKommune 2009 – det digitale spranget') };
    const weightOf = (stem: string) => (stem === 'ekommun' ? 3 : 1);
    expect(titleShare(ask('Bredbånd i eKommune'), titled, weightOf)).toBeCloseTo(3 / 4);
    expect(titleShare(ask('Hva koster bredbånd?'), titled, weightOf)).toBe(0);
    // Weights read before, in the order of the question's stems, are the ones used.
    const query = ask('Bredbånd i eKommune');
    expect(titleShare(query, titled, weightOf, query.terms.stems.map(weightOf))).toBe(titleShare(query, titled, weightOf));
    expect(
      titleShare(
        query,
        titled,
        weightOf,
        query.terms.stems.map(() => 1),
      ),
    ).toBeCloseTo(1 / 2);
  });
});

describe('the definition route', () => {
  it('puts the passage defining the word a definition question asks about among the candidates, however the rest of the question pulls', async () => {
    const { FakeEmbedder } = await import('../embed/fake-embedder');
    const { ChunkVectorStore } = await import('../store/vector-store');
    const { indexChunk } = await import('./indexed-chunk');
    const { Retriever } = await import('./retriever');
    const texts = [
      'Planen for helse og omsorg gir kommunene mål for helse og omsorg. Helse og omsorg i kommunene trenger planen.',
      'Helse og omsorg i planen handler om kommunene og omsorg. Planen for helse og omsorg følges opp i kommunene.',
      'Med infrastruktur forstås i denne sammenhengen nettverk, datamaskiner og programvare.',
    ];
    const chunks = texts.map((text, index) =>
      indexChunk(
        { id: `plan.txt:${index}`, file: 'plan.txt', title: 'Plan', heading: '', text, start: index * 200, end: index * 200 + text.length, alsoIn: [] },
        [2008, 2008],
        text,
      ),
    );
    const embedder = new FakeEmbedder(16);
    const vectors = await ChunkVectorStore.build(
      embedder,
      chunks.map((chunk) => chunk.id),
      await embedder.embedDocuments(chunks.map((chunk) => chunk.indexedText)),
    );
    const small = Retriever.create(chunks, embedder, vectors, { ...(await import('./retriever')).defaultRetrievalSettings, rerankDepth: 1 });
    const question = prepareQuery('Hva menes med infrastruktur i planen for helse og omsorg i kommunene?', null, small.vocabulary());
    const [first] = await small.retrieve(question, { k: 1, mode: 'hybrid' });
    expect(first?.chunk.text).toContain('Med infrastruktur forstås');
    const [lexicalFirst] = await small.retrieve(question, { k: 1, mode: 'lexical' });
    expect(lexicalFirst?.chunk.text).not.toContain('Med infrastruktur forstås');
  });
});

describe('the definition cue', () => {
  it('keeps the score of a sentence naming whose definition the question asks for, and lowers one that neither defines nor names it', async () => {
    const { indexChunk } = await import('./indexed-chunk');
    const chunkOf = (text: string) =>
      indexChunk({ id: `d:${text.length}`, file: 'd.txt', title: 'Seminar', heading: '', text, start: 0, end: text.length, alsoIn: [] }, [2009, 2009], text);
    const question = ask('Korleis definerer Nokut digital dømmekraft?');
    const ratio = (text: string): number => {
      const ranked = retriever.rank(question, chunkOf(text), 1);
      return ranked.rankingEvidence / ranked.evidence.score;
    };
    expect(ratio('Kunne vurdere digitale kjelder med dømmekraft i faglege samanhengar (Nokut, 2011).')).toBeCloseTo(1, 5);
    expect(ratio('Kunne vurdere digitale kjelder med dømmekraft i faglege samanhengar.')).toBeLessThan(1);
  });
});

describe('the answer-type cue', () => {
  it('lowers a sentence that states no time for a when-question by the time factor, and one that states no number by the other', async () => {
    const { indexChunk } = await import('./indexed-chunk');
    const chunkOf = (text: string) =>
      indexChunk({ id: `a:${text.length}`, file: 'a.txt', title: 'Plan', heading: '', text, start: 0, end: text.length, alsoIn: [] }, [2009, 2009], text);
    const ratio = (question: string, text: string, rerank: Partial<Retriever['settings']['rerank']>): number => {
      const ranked = retriever
        .withSettings({ ...retriever.settings, rerank: { ...retriever.settings.rerank, ...rerank } })
        .rank(ask(question), chunkOf(text), 1);
      return ranked.rankingEvidence / ranked.evidence.score;
    };
    const noTime = 'Alle kommuner skal overføre møter i kommunestyret på Internett.';
    expect(ratio('Hvilket år skal alle kommuner overføre møter på Internett?', noTime, { answerTime: 0.2, answerType: 0.4 })).toBeCloseTo(0.2, 5);
    expect(ratio('Hvor mange kommuner skal overføre møter på Internett?', noTime, { answerTime: 0.2, answerType: 0.4 })).toBeCloseTo(0.4, 5);
  });
});

describe('the asked-fact cue', () => {
  const ratio = async (question: string, text: string): Promise<number> => {
    const { indexChunk } = await import('./indexed-chunk');
    const chunk = indexChunk(
      { id: `f:${text.length}`, file: 'f.txt', title: 'Brev', heading: '', text, start: 0, end: text.length, alsoIn: [] },
      [2009, 2009],
      text,
    );
    const ranked = retriever.rank(ask(question), chunk, 1);
    return ranked.rankingEvidence / ranked.evidence.score;
  };

  it('lowers, for a question asking who signed a letter, a sentence that is not the closing its signatories stand under', async () => {
    const question = 'Hvem har undertegnet brevet om bredbånd til skolene?';
    expect(await ratio(question, 'Med hilsen Kari Nordmann avdelingsdirektør')).toBeCloseTo(1, 5);
    expect(await ratio(question, 'Brevet om bredbånd til skolene ble sendt til alle kommuner.')).toBeCloseTo(retriever.settings.rerank.signature, 5);
  });

  it('lowers, for a degree question or one asking an address, a sentence that does not state the measure or the address', async () => {
    const { answerType } = retriever.settings.rerank;
    const degree = 'Hvor utbredt er bredbånd i skolene?';
    expect(await ratio(degree, 'Om lag 80 prosent av skolene har bredbånd.')).toBeCloseTo(1, 5);
    expect(await ratio(degree, 'Skolene trenger bredbånd for å bruke nye læremidler.')).toBeCloseTo(answerType, 5);
    const address = 'Hvilket telefonnummer har bredbåndskontoret?';
    expect(await ratio(address, 'Kontakt bredbåndskontoret: tlf. 22 33 44 55')).toBeCloseTo(1, 5);
    expect(await ratio(address, 'Bredbåndskontoret hjelper kommunene med utbyggingen.')).toBeCloseTo(answerType, 5);
  });
});

describe('the list cue', () => {
  it('lowers, for a question asking for several things, a sentence that stands in no list, and leaves it out of the margin', async () => {
    const { indexChunk } = await import('./indexed-chunk');
    const chunkOf = (text: string) =>
      indexChunk({ id: `l:${text.length}`, file: 'l.txt', title: 'Plan', heading: '', text, start: 0, end: text.length, alsoIn: [] }, [2009, 2009], text);
    const ranked = (question: string, text: string) => retriever.rank(ask(question), chunkOf(text), 1);
    const several = 'Hvilke behov har skolene for bredbånd?';
    const plain = ranked(several, 'Skolene har behov for bredbånd i alle klasserom.');
    expect(plain.rankingEvidence / plain.evidence.score).toBeCloseTo(retriever.settings.rerank.list, 5);
    expect(plain.marginEvidence).toBeCloseTo(plain.evidence.score, 5);
    const listed = ranked(several, 'Skolene har behov for:\n- bredbånd i alle klasserom\n- nye maskiner');
    expect(listed.rankingEvidence / listed.evidence.score).toBeCloseTo(1, 5);
    // A question asking for one thing is not read so.
    const one = ranked('Hvilken skole har behov for bredbånd?', 'Skolene har behov for bredbånd i alle klasserom.');
    expect(one.rankingEvidence / one.evidence.score).toBeCloseTo(1, 5);
  });
});

describe('the intention cue', () => {
  it('lowers a sentence that does not state the subject of a will/shall question beside a modal verb', async () => {
    const { indexChunk } = await import('./indexed-chunk');
    const chunkOf = (text: string) =>
      indexChunk({ id: `i:${text.length}`, file: 'i.txt', title: 'Plan', heading: '', text, start: 0, end: text.length, alsoIn: [] }, [2009, 2009], text);
    const ratio = (question: string, text: string): number => {
      const ranked = retriever
        .withSettings({ ...retriever.settings, rerank: { ...retriever.settings.rerank, intention: 0.5 } })
        .rank(ask(question), chunkOf(text), 1);
      return ranked.rankingEvidence / ranked.evidence.score;
    };
    const question = 'Hva vil fylkeskommunen gjøre for Vannportalen?';
    expect(ratio(question, 'Fylkeskommunen vil bidra til at flest mulig kommuner tar i bruk Vannportalen.')).toBeCloseTo(1, 5);
    expect(ratio(question, 'Vannportalen har hatt fokus på felles finansiering, sier fylkeskommunen.')).toBeCloseTo(0.5, 5);
    // A question that asks no will or shall of a subject is not read so.
    expect(ratio('Hva har fylkeskommunen sagt om Vannportalen?', 'Vannportalen har hatt fokus på felles finansiering, sier fylkeskommunen.')).toBeCloseTo(1, 5);
  });

  it('keeps for answerability the score each passage has without it', async () => {
    const query = ask('Hva skal kommunene gjøre med elektronisk samhandling?');
    const fused = retriever.fuse(await retriever.candidates(query, { k: 10, mode: 'hybrid' }), 'hybrid');
    const withCue = (intention: number) =>
      retriever
        .withSettings({ ...retriever.settings, rerank: { ...retriever.settings.rerank, intention } })
        .rerank(query, fused, { k: 10, mode: 'hybrid', choosePassages: false });
    const plain = new Map(withCue(1).map((ranked) => [ranked.chunk.id, ranked.score]));
    const cued = withCue(0.5);
    expect(cued.some((ranked) => ranked.score < (plain.get(ranked.chunk.id) ?? 0) - 1e-9)).toBe(true);
    for (const ranked of cued) expect(ranked.marginScore).toBeCloseTo(plain.get(ranked.chunk.id) ?? -1, 9);
  });
});

describe('the passage choice (`RetrievalSettings.passageChoice`)', () => {
  const names = passageFeatureNames;
  const uniform = (value: number) => Object.fromEntries(names.map((name) => [name, value])) as Record<(typeof names)[number], number>;
  /** A model that puts the later passages first: its rank weight outweighs any gap in score among the first ten. */
  const reversing: PassageChoiceModel = {
    means: uniform(0),
    scales: uniform(1),
    weights: { ...uniform(0), logScore: 0.1, rank: 1 },
    bias: 0,
    shrink: 1,
    measured: 'for the test',
  };
  const question = 'kommuner skal ha elektronisk samhandling';

  it('reorders only the first passages, the same first k for every k, and leaves the margin score its own', async () => {
    const query = ask(question);
    const fused = retriever.fuse(await retriever.candidates(query, { k: 10, mode: 'hybrid' }), 'hybrid');
    const plain = retriever.withSettings({ ...retriever.settings, passageChoice: null }).rerank(query, fused, { k: 20, mode: 'hybrid' });
    const chosen = retriever.withSettings({ ...retriever.settings, passageChoice: reversing });
    const reordered = chosen.rerank(query, fused, { k: 20, mode: 'hybrid' });
    const first = plain.slice(0, passageChoiceDepth).map((ranked) => ranked.chunk.id);
    expect(first.length).toBeGreaterThan(1);
    expect(reordered.slice(0, passageChoiceDepth).map((ranked) => ranked.chunk.id)).toEqual([...first].reverse());
    expect(reordered.slice(passageChoiceDepth).map((ranked) => ranked.chunk.id)).toEqual(plain.slice(passageChoiceDepth).map((ranked) => ranked.chunk.id));
    expect(chosen.rerank(query, fused, { k: 1, mode: 'hybrid' })[0]?.chunk.id).toBe(first.at(-1));
    const own = new Map(plain.map((ranked) => [ranked.chunk.id, ranked.marginScore]));
    for (const ranked of reordered) expect(ranked.marginScore).toBeCloseTo(own.get(ranked.chunk.id) ?? -1, 9);
  });

  it('lifts no passage the second stage put below sixth place into the first five', async () => {
    // Ten one-sentence passages that each carry the question's words, fewer of them further down.
    const words = ['kommunene', 'skal', 'ha', 'elektronisk', 'samhandling', 'med', 'sykehusene', 'innen', 'neste', 'år'];
    const chunks = words.map((_, index) => {
      const text = `${words.slice(0, words.length - index).join(' ')} ifølge plan ${index + 1}.`;
      return indexChunk(
        { id: `plan${index}.txt:0`, file: `plan${index}.txt`, title: `Plan ${index + 1}`, heading: '', text, start: 0, end: text.length, alsoIn: [] },
        [2008, 2008],
        text,
      );
    });
    const embedder = new FakeEmbedder(16);
    const ids = chunks.map((chunk) => chunk.id);
    const vectors = await ChunkVectorStore.build(embedder, ids, await embedder.embedDocuments(chunks.map((chunk) => chunk.indexedText)));
    const plans = Retriever.create(chunks, embedder, vectors);
    const query = prepareQuery('Skal kommunene ha elektronisk samhandling med sykehusene innen neste år?', null, plans.vocabulary());
    const fused = plans.fuse(await plans.candidates(query, { k: 10, mode: 'hybrid' }), 'hybrid');
    const plain = plans.withSettings({ ...plans.settings, passageChoice: null }).rerank(query, fused, { k: 10, mode: 'hybrid' });
    expect(plain).toHaveLength(10);
    const reordered = plans.withSettings({ ...plans.settings, passageChoice: reversing }).rerank(query, fused, { k: 10, mode: 'hybrid' });
    // The reversing model puts the sixth first; the seventh to tenth follow in the second stage's order.
    const lower = plain.slice(6).map((ranked) => ranked.chunk.id);
    expect(reordered.slice(0, 5).filter((ranked) => lower.includes(ranked.chunk.id))).toEqual([]);
    expect(reordered[0]?.chunk.id).toBe(plain[5]?.chunk.id);
    expect(reordered.slice(6).map((ranked) => ranked.chunk.id)).toEqual(lower);
  });

  it('is off where a search asks so, and shows the passages to an observer in the second stage’s own order', async () => {
    const chosen = retriever.withSettings({ ...retriever.settings, passageChoice: reversing });
    const observed: string[] = [];
    const off = await chosen.retrieve(ask(question), {
      k: 5,
      mode: 'hybrid',
      choosePassages: false,
      observePassages: (passages) => observed.push(...passages.map((passage) => passage.chunk.id)),
    });
    const plain = await retriever.withSettings({ ...retriever.settings, passageChoice: null }).retrieve(ask(question), { k: 5, mode: 'hybrid' });
    expect(off.map((ranked) => ranked.chunk.id)).toEqual(plain.map((ranked) => ranked.chunk.id));
    expect(observed.slice(0, 5)).toEqual(plain.map((ranked) => ranked.chunk.id));
  });
});

describe('ranking synonyms (`QueryWord.rankingSynonyms`)', () => {
  /** The question with a ranking synonym on its first word, as a thesaurus headword's inflected form has them. */
  const withRankingSynonym = (on: Retriever, question: string, synonym: string) => {
    const query = prepareQuery(question, null, on.vocabulary());
    const words = query.terms.words?.map((word, index) => (index === 0 ? { ...word, rankingSynonyms: [synonym] } : word));
    return { ...query, terms: { ...query.terms, ...(words ? { words } : {}) } };
  };
  const question = 'Hva skal kommunene gjøre med elektronisk samhandling?';

  it('judges a passage that writes none of them by its ranking: not read a second time, the same passages and scores', async () => {
    const query = withRankingSynonym(retriever, question, 'ukjentord');
    const rank = vi.spyOn(retriever, 'rank');
    try {
      const plain = await retriever.retrieve(query, { k: 5, mode: 'hybrid', rankingSynonyms: false });
      const plainReads = rank.mock.calls.length;
      rank.mockClear();
      const ranked = await retriever.retrieve(query, { k: 5, mode: 'hybrid' });
      expect(rank.mock.calls.length).toBe(plainReads);
      expect(ranked.map((passage) => passage.chunk.id)).toEqual(plain.map((passage) => passage.chunk.id));
      ranked.forEach((passage, index) => {
        const other = plain[index];
        expect(passage.score).toBeCloseTo(other?.score ?? Number.NaN, 12);
        expect(passage.marginScore).toBeCloseTo(other?.marginScore ?? Number.NaN, 12);
        expect([passage.evidence, passage.bestSentence, passage.sentenceEvidence, passage.chunkEvidence]).toEqual([
          other?.evidence,
          other?.bestSentence,
          other?.sentenceEvidence,
          other?.chunkEvidence,
        ]);
      });
    } finally {
      rank.mockRestore();
    }
  });

  it('reads again, by the question’s own words, only the passages that write one', async () => {
    const { retriever: own } = await buildSmallCorpus();
    const query = withRankingSynonym(own, question, 'samrøre');
    const [, second] = await own.retrieve(query, { k: 5, mode: 'hybrid', rankingSynonyms: false });
    if (!second) throw new Error('fewer than two passages');
    // The second passage's best sentence writes the synonym (as its lemma), and so its chunk does.
    const lemmaAdded = (set: { lemmas?: ReadonlySet<string> }) => {
      set.lemmas = new Set([...(set.lemmas ?? []), 'samrøre']);
    };
    lemmaAdded(second.chunk.terms);
    lemmaAdded(itemAt(second.chunk.sentences, second.bestSentence).terms);
    const rank = vi.spyOn(own, 'rank');
    try {
      const ranked = await own.retrieve(query, { k: 5, mode: 'hybrid' });
      expect(ranked.map((passage) => passage.chunk.id)).toContain(second.chunk.id);
      // Read by the question's own terms (the query itself, not the ranking terms): that passage alone.
      expect(rank.mock.calls.filter(([asked]) => asked === query).map(([, chunk]) => chunk.id)).toEqual([second.chunk.id]);
      rank.mockRestore();
      for (const passage of ranked) {
        const judged = own.rank(query, passage.chunk, 0);
        expect([passage.evidence, passage.bestSentence, passage.sentenceEvidence]).toEqual([judged.evidence, judged.bestSentence, judged.sentenceEvidence]);
      }
    } finally {
      rank.mockRestore();
    }
  });
});

describe('a topic line', () => {
  it('lends its words in full to the sentence under it that points back to it, not to one that names its own subject', async () => {
    const { indexChunk } = await import('./indexed-chunk');
    const chunkOf = (text: string) =>
      indexChunk({ id: `t:${text.length}`, file: 't.txt', title: 'Tiltak', heading: '', text, start: 0, end: text.length, alsoIn: [] }, [2025, 2025], text);
    const question = ask('Hva går digitalt skoleløft ut på?');
    const second = (text: string): number => retriever.rank(question, chunkOf(text), 1).sentenceEvidence[1]?.coverage ?? 0;
    expect(second('Digitalt skoleløft\n\nDette er sektorens største moderniseringsløft, med felles krav.')).toBe(1);
    expect(second('Digitalt skoleløft\n\nSektoren får nye krav til anskaffelser og samhandlingstjenester.')).toBeLessThan(1);
  });
});

describe('a list row', () => {
  it('reads the words of the line leading its list in, in the passage or as its heading, as its own', async () => {
    const { indexChunk } = await import('./indexed-chunk');
    const chunkOf = (text: string, heading = '') =>
      indexChunk({ id: `l:${text.length}`, file: 'l.txt', title: 'Innspill', heading, text, start: 0, end: text.length, alsoIn: [] }, [2025, 2025], text);
    const question = ask('Hvor stor andel av brukerne har trygghetsalarm?');
    const coverageAt = (text: string, at: number, heading = ''): number =>
      retriever.rank(question, chunkOf(text, heading), 1).sentenceEvidence[at]?.coverage ?? 0;
    const row = coverageAt('Andel av alle brukerne som har:\n\n• Trygghetsalarm: 31,63 %\n\n• GPS (lokalisering): 1,10 %', 1);
    // The same words on a line that leads nothing in (no colon) count half, as a neighbour's.
    const beside = coverageAt('Andel av alle brukerne som har\n\n• Trygghetsalarm: 31,63 %\n\n• GPS (lokalisering): 1,10 %', 1);
    expect(row).toBeGreaterThan(beside + 0.1);
    const rows = '• Trygghetsalarm: 31,63 %\n\n• GPS (lokalisering): 1,10 %';
    expect(coverageAt(rows, 0, 'Andel av alle brukerne som har:')).toBe(row);
    expect(coverageAt(rows, 0, 'Andel av alle brukerne som har')).toBeLessThan(row - 0.1);
  });
});
