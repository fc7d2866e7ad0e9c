import { noWordKnowledge, type EnglishDictionary, type WordKnowledge } from '../analysis';
import { composeAnswer, defaultAnswerSettings, type AnswerSettings, type SentenceLocator } from '../answer/compose';
import { locateSentence } from '../answer/locate-sentence';
import { dialogueOf } from '../dialogue/dialogue-state';
import { answerQuotes } from '../dialogue/answer-quotes';
import { contextWeighted, otherReading, resolveQuestion, type ResolvedQuestion } from '../dialogue/follow-up';
import { splitPreamble } from '../dialogue/preamble';
import { splitTwoPart, type QuestionParts } from '../dialogue/two-part';
import { keepsSwitch, keepsYear, keepsYearDistance, newYears } from '../dialogue/switched-subject';
import { contextNumbers } from '../dialogue/context-numbers';
import { freshWords, keepsOtherAnswer } from '../dialogue/fresh';
import { nearPrior } from '../dialogue/near-prior';
import { followUpFactor, followUpFeatures, followUpSentenceModel, type FollowUpCandidate, type FollowUpSentenceModel } from '../dialogue/follow-up-sentences';
import { quoteSentenceModel, type QuoteSentenceModel } from '../answer/quote-sentences';
import { preferReferent, referentCheck } from '../dialogue/prefer-referent';
import { shownReading } from '../dialogue/shown-reading';
import { alreadyQuoted, combineAnswers } from '../answer/combine-answers';
import type { IndexedChunk } from '../retrieval/indexed-chunk';
import { withoutRankingSynonyms } from '../retrieval/evidence';
import { prepareQuery, type PrepareOptions, type PreparedQuery } from '../retrieval/query';
import { circumstanceStems } from '../retrieval/question-frame';

import {
  documentKindsOf,
  documentPrior,
  documentReferenceBonus,
  documentReferenceWeight,
  documentReferenceWords,
  withDocumentReferences,
  type DocumentReferenceWords,
} from '../retrieval/document-kinds';
import { documentYearsIn, narrowedByYears, withDatedDocuments, withoutDocumentYears } from '../retrieval/document-years';
import type { RankedChunk, Retriever } from '../retrieval/retriever';
import type { CatalogEntry, ChatMessage, ChatResponse, DocumentDetail, DocumentSummary, Health, SearchFilter, SearchResult } from '../schemas';
import type { Assistant, ChatOptions, SearchOptions } from './assistant';
import { originalsInMemory, type OriginalTexts } from './original-texts';

/** The answer-bearing words a question must keep beside a complex preposition's complement for that to weigh as context. */
const minAskedBesideCircumstance = 2;

/** The assistant over a loaded index: stateless per request, safe under concurrency. */
export interface IndexAssistantParts {
  catalog: CatalogEntry[];
  /** The documents' original texts, in memory or fetched when an answer quotes them or a document is asked for. */
  originals: ReadonlyMap<string, string> | OriginalTexts;
  retriever: Retriever;
  english: EnglishDictionary | null;
  /** Lemmas, compounds and acronyms from the index's language resources. */
  knowledge?: WordKnowledge;
  embedder: { id: string; dimensions: number };
  answer?: AnswerSettings;
  /** The factor on a follow-up's candidate sentences for where they stand (default the fitted one; null: none, for fitting it). */
  followUpModel?: FollowUpSentenceModel | null;
  /** The factor on a single question's candidate sentences in the choice of the quote (default the fitted one; null: none, for fitting it). */
  quoteModel?: QuoteSentenceModel | null;
  /** Reported by /api/health: which store and which build of the index is served. */
  store?: { kind: 'files' | 'postgres'; generation: string };
}

/** The factor on a sentence the last answer gave, for a request for more («kan du si mer om det?»). */
const moreRepeatFactor = 0.1;

/** The share of a question's document-reference words that name a passage's document, or one it also stands in (`alsoIn`). */
const namedShare =
  (reference: DocumentReferenceWords) =>
  (passage: RankedChunk): number =>
    Math.max(0, ...[passage.chunk.file, ...passage.chunk.alsoIn.map((span) => span.file)].map((file) => reference.files.get(file) ?? 0));

export const toSearchResult = (ranked: RankedChunk): SearchResult => ({
  chunkId: ranked.chunk.id,
  file: ranked.chunk.file,
  title: ranked.chunk.title,
  heading: ranked.chunk.heading,
  text: ranked.chunk.text,
  score: Number(ranked.score.toFixed(6)),
  start: ranked.chunk.start,
  end: ranked.chunk.end,
  alsoIn: ranked.chunk.alsoIn,
  year: ranked.chunk.year,
});

const isOriginalTexts = (originals: IndexAssistantParts['originals']): originals is OriginalTexts =>
  'read' in originals && typeof originals.read === 'function';

export const createIndexAssistant = (parts: IndexAssistantParts): Assistant & { retriever: Retriever } => {
  const originals = isOriginalTexts(parts.originals) ? parts.originals : originalsInMemory(parts.originals);
  const vocabulary = parts.retriever.vocabulary();
  const knowledge = parts.knowledge ?? noWordKnowledge;
  const summaries: DocumentSummary[] = parts.catalog.map((entry) => ({
    file: entry.file,
    title: entry.title,
    publisher: entry.publisher,
    year: entry.year,
    language: entry.language,
    chars: originals.chars(entry.file) ?? 0,
  }));
  const health: Health = {
    status: 'ok',
    documents: parts.catalog.length,
    chunks: parts.retriever.size,
    embedder: { id: parts.embedder.id, dimensions: parts.embedder.dimensions },
    ...(parts.store ? { store: parts.store.kind, generation: parts.store.generation } : {}),
  };
  const answerSettings = parts.answer ?? defaultAnswerSettings;
  const followUpModel = parts.followUpModel === undefined ? followUpSentenceModel : parts.followUpModel;
  const quoteModel = parts.quoteModel === undefined ? quoteSentenceModel : parts.quoteModel;
  /** What each document is (its kind words and author, from the catalog), which a question may name it by. */
  const kinds = documentKindsOf(parts.catalog, knowledge);
  const prepare = (text: string, options: PrepareOptions = {}) => prepareQuery(text, parts.english, vocabulary, knowledge, options);
  /** A question read on its own: a search, a single question or a conversation's first turn (`PrepareOptions.alone`). */
  const prepareAlone = (text: string, options: PrepareOptions = {}) => prepareQuery(text, parts.english, vocabulary, knowledge, { ...options, alone: true });
  /** The documents' titles, which a follow-up may ask the last question of («Hva sier handlingsplanen for IKT i helse og omsorg?»). */
  const titles = parts.catalog.map((entry) => entry.title);
  /** A question that opens with a finite verb (Apertium's, from the language resources) asks yes or no. */
  const finiteVerb = (word: string) => knowledge.isFiniteVerb(word);
  /**
   * The parts of a two-part question as read: the second after the first («… og hva har utvalget fått i oppgave?»); the first
   * on its own (`prepareAlone`) when the question is (`alone`: a search, or a chat with no earlier turn).
   */
  const readParts = (split: QuestionParts, alone: boolean) => ({
    first: resolveQuestion({ question: split.first, previous: [] }, alone ? prepareAlone : prepare, { finiteVerb }),
    second: resolveQuestion({ question: split.second, previous: [{ question: split.first, answer: '' }] }, prepare, { documents: titles, finiteVerb }),
  });
  /**
   * The passages the last answer quoted, each found by the words of a sentence it quoted (the first few). A reply that quoted
   * nothing reaches here empty (`dialogueOf`); one cut inside its first quote kept no citation mark but is still a quote
   * (`answerQuotes`): gated on its marks (`answered`), the follow-up leaned on no passage. Full eval: see the commit.
   */
  const quotedPassages = async (answer: string): Promise<IndexedChunk[]> => {
    const quotes = answerQuotes(answer);
    const found: IndexedChunk[] = [];
    for (const quote of quotes) {
      const [hit] = await parts.retriever.retrieve(prepare(quote.slice(0, 300)), { k: 1, mode: 'lexical' });
      if (hit && !found.some((chunk) => chunk.id === hit.chunk.id)) found.push(hit.chunk);
    }
    return found;
  };

  /** Locates quoted sentences in the originals read for this answer (`texts`). */
  const locateIn =
    (texts: ReadonlyMap<string, string>): SentenceLocator =>
    (passage, sentence) => {
      const original = texts.get(passage.chunk.file);
      const text = passage.chunk.sentences[sentence]?.text;
      return original === undefined || text === undefined ? null : locateSentence(original, passage.chunk, text);
    };
  /**
   * A question as retrieval reads it beside its own words: a document it names by kind or author («i lysarka frå seminaret»)
   * has its passages first (`named`) and those words as context, and so has the complement of a complex preposition («i
   * forbindelse med NAV-reformen», «in connection with the NAV reform», read through its translation), the circumstance of
   * what is asked, where at least two other answer-bearing words name what is asked. The chat and the search read it alike.
   */
  const situated = <Asked extends { prepared: PreparedQuery }>(
    asked: Asked,
  ): { resolved: Asked; named: ((chunk: IndexedChunk) => number) | undefined; reference: DocumentReferenceWords } => {
    // A year that dates a document it names («direktoratet i 2017») names that document, as its kind or author words do.
    const dated = documentYearsIn(asked.prepared.original, asked.prepared, kinds, knowledge);
    const reference = narrowedByYears(
      withDatedDocuments(documentReferenceWords(asked.prepared.original, asked.prepared, kinds, knowledge), dated),
      asked.prepared.original,
      kinds,
    );
    const circumstance = circumstanceStems(asked.prepared.original, asked.prepared.sources);
    const others = asked.prepared.terms.stems.filter((stem) => !circumstance.has(stem)).length;
    const withCircumstance =
      circumstance.size > 0 && others >= minAskedBesideCircumstance
        ? withDocumentReferences(asked.prepared, { stems: circumstance, files: new Map() }, documentReferenceWeight)
        : asked.prepared;
    return {
      resolved: { ...asked, prepared: withoutDocumentYears(withDocumentReferences(withCircumstance, reference, documentReferenceWeight), dated) },
      named: documentPrior(reference, documentReferenceBonus),
      reference,
    };
  };
  /** Retrieval and an extractive answer for one question as read. */
  const answer = async (
    asked: ResolvedQuestion,
    filter?: SearchFilter,
    options?: ChatOptions,
    found: Map<string, Promise<IndexedChunk[]>> = new Map(),
    /** Read in a conversation (not the second part of a two-part question, whose context is the whole first part, frame words too). */
    conversation = false,
    /** The question as read in its conversation (the other reading's answer still reads the context's money words). */
    readIn = asked.interpreted,
  ): Promise<ChatResponse> => {
    options?.signal?.throwIfAborted();
    const { resolved: situatedQuestion, named, reference } = situated(asked);
    // A question read on its own, not leaning on the last answer (see `RetrieveOptions.comparedText`).
    const readAlone =
      situatedQuestion.previousAnswer === '' && !(conversation && (situatedQuestion.kind === 'ellipsis' || situatedQuestion.kind === 'reference'));
    // A follow-up leaning on the last answer reads no ranking synonyms, in the evidence either (`QueryWord.rankingSynonyms`).
    const resolved = readAlone
      ? situatedQuestion
      : { ...situatedQuestion, prepared: { ...situatedQuestion.prepared, terms: withoutRankingSynonyms(situatedQuestion.prepared.terms) } };
    // Looked up once per request: the other reading leans on the same last answer.
    // A self-contained follow-up leans on no last answer, but passages near its quotes are preferred a little (`nearAnswer`).
    const near = resolved.previousAnswer || (conversation ? (resolved.nearAnswer ?? '') : '');
    const lookup = found.get(near) ?? quotedPassages(near);
    found.set(near, lookup);
    const quoted = near ? await lookup : [];
    // A follow-up leaning on the last answer leans a little on the one before it too (`nearPrior`'s `earlier`).
    const earlierText = conversation && resolved.previousAnswer ? (resolved.earlierAnswer ?? '') : '';
    const earlierLookup = found.get(earlierText) ?? quotedPassages(earlierText);
    found.set(earlierText, earlierLookup);
    const earlier = earlierText ? await earlierLookup : [];
    // A conversation's reference, and its follow-up read on its own, lean on the last answer's passages more (the second part of a
    // two-part question does not: measured on q223).
    const nearQuotes = nearPrior(
      conversation && resolved.kind === 'reference' ? 'reference' : conversation && resolved.kind === 'self-contained' ? 'alone' : 'other',
      quoted,
      earlier,
    );
    const prior = nearQuotes && named ? (chunk: IndexedChunk) => nearQuotes(chunk) + named(chunk) : (nearQuotes ?? named);
    // The term weights, read while the passages are retrieved.
    const weighing = parts.retriever.weigher();
    const retrieved = await parts.retriever.retrieve(resolved.prepared, {
      k: 10,
      mode: 'hybrid',
      filter,
      prior,
      // Every question is compared with the candidates' sentences as a whole; a reference leaning on the last answer by its own
      // words as asked (`askedText`), since its reading joins two turns' words.
      ...(readAlone || resolved.askedText === undefined ? {} : { comparedText: resolved.askedText }),
      // A follow-up after a refusal leans on no answer, but is still read in its conversation: ranked as a follow-up is.
      rankingSynonyms: readAlone,
      askedFact: readAlone,
      // The answer's sentence choice (the quote model, the follow-up model, answerability) was fitted on the second stage's own
      // order; the learned passage choice orders what a search shows (measured in the chat too: fewer questions supported).
      choosePassages: false,
    });
    // A question read alone may quote the passages a search shows first (`AnswerSettings.searchFollowers`): the learned passage
    // choice's order, which the answer's own order leaves out, read with the same prior.
    const searchOrder =
      situatedQuestion.previousAnswer === '' && (answerSettings.searchFollowers ?? 0) > 0
        ? await parts.retriever.retrieve(resolved.prepared, {
            k: answerSettings.searchFollowers ?? 0,
            mode: 'hybrid',
            filter,
            prior,
            rankingSynonyms: readAlone,
            askedFact: readAlone,
          })
        : [];
    options?.signal?.throwIfAborted();
    const weigher = await weighing;
    const weightOf = contextWeighted(resolved.prepared, weigher);
    // A reference whose referent has a telling name: the passages about it (naming it, or where the last answer quoted) are
    // read first and the rest weigh less.
    const about = conversation && resolved.kind === 'reference' ? referentCheck(resolved.referentNames ?? [], quoted, weigher) : null;
    const { ranked, factor: passageFactor } = about ? preferReferent(retrieved, about) : { ranked: retrieved, factor: undefined };
    // A follow-up leaning on the last answer: its candidate sentences weighed by where they stand relative to that answer's passages.
    const leans = conversation && resolved.kind === 'reference' && !resolved.yesNo && resolved.previousAnswer !== '' && quoted.length > 0;
    const sentenceFactor =
      leans && followUpModel
        ? (candidate: Omit<FollowUpCandidate, 'score'>) => followUpFactor(followUpModel, followUpFeatures(quoted, { ...candidate, score: 1 }, 1))
        : undefined;
    const observeFollowUp = options?.observeFollowUp;
    const observeCandidates =
      leans && observeFollowUp
        ? (candidates: FollowUpCandidate[]) => {
            const best = Math.max(0, ...candidates.map((candidate) => candidate.score));
            observeFollowUp(candidates.map((candidate) => ({ ...candidate, features: followUpFeatures(quoted, candidate, best) })));
          }
        : undefined;
    // The originals of the passages the answer may quote.
    const texts = await originals.read(
      [...ranked.slice(0, answerSettings.passages + (answerSettings.followerPassages ?? 0)), ...searchOrder].map((passage) => passage.chunk.file),
    );
    const response = composeAnswer(resolved.prepared, ranked, toSearchResult, answerSettings, locateIn(texts), {
      weightOf,
      authorsOf: (file) => kinds.authors.get(file),
      inCorpus: (stem) => vocabulary.has(stem),
      finiteVerb,
      knowledge,
      observe: options?.observe,
      previousAnswer: resolved.previousAnswer,
      yesNo: resolved.yesNo,
      namedDocuments: new Set(reference.files.keys()),
      followUp: resolved.kind === 'ellipsis' || resolved.kind === 'reference',
      ellipsis: resolved.kind === 'ellipsis',
      ...(conversation && resolved.kind !== 'first' ? { interpreted: readIn } : {}),
      ...(conversation && resolved.fresh ? { fresh: resolved.fresh } : {}),
      ...(conversation && resolved.contextNumbers ? { contextNumbers: resolved.contextNumbers } : {}),
      contextCredit: conversation,
      ...(passageFactor ? { passageFactor } : {}),
      ...(reference.files.size > 0 ? { namedDocumentShare: namedShare(reference) } : {}),
      ...(sentenceFactor ? { sentenceFactor } : {}),
      ...(observeCandidates ? { observeCandidates } : {}),
      quoteModel,
      ...(searchOrder.length > 0 ? { searchOrder } : {}),
      ...(options?.observeQuote ? { observeQuote: options.observeQuote } : {}),
      // A request for more: the sentences the last answer gave are what it does not want again.
      ...(resolved.more ? { repeatFactor: moreRepeatFactor } : {}),
      ...(conversation && resolved.kind === 'reference' && resolved.previousAnswer && resolved.previousQuestion
        ? { previousQuestion: resolved.previousQuestion, previousAsked: new Set(prepare(resolved.previousQuestion).terms.stems) }
        : {}),
    });
    return keepsYearDistance(asked, keepsYear(asked.newYears ?? [], keepsSwitch(resolved, response, knowledge), { resolved, knowledge }));
  };

  /** Two questions in one: each part answered with its own sentences, the second read after the first. */
  const answerTwoParts = async (
    split: QuestionParts,
    language: PreparedQuery['language'],
    filter?: SearchFilter,
    options?: ChatOptions,
    alone = false,
  ): Promise<ChatResponse> => {
    const { first, second } = readParts(split, alone);
    const firstResponse = await answer({ ...first, prepared: { ...first.prepared, language } }, filter, options);
    // The second part is answered after the first: what the first quoted is not quoted again.
    const secondAsked = { ...second, prepared: { ...second.prepared, language } };
    const afterFirst = await answer({ ...secondAsked, previousAnswer: firstResponse.abstained ? '' : firstResponse.answer }, filter, {
      signal: options?.signal,
    });
    // One sentence may answer both parts («… formell etablering … i 2. halvår 2006, mens de lokale … kontorene … innen 2010»):
    // a second part refused once the first's sentences are set aside is read again with them, and answered — by nothing
    // more — when its best sentence is one the first part quoted; else it stays refused (its next-best sentences are
    // no answer).
    const again =
      afterFirst.abstained && !firstResponse.abstained ? await answer({ ...secondAsked, previousAnswer: '' }, filter, { signal: options?.signal }) : null;
    const secondResponse = (again && alreadyQuoted(again, firstResponse.answer)) ?? afterFirst;
    // A part the texts do not answer is named by its question, not by the scene set before it («Departementet nevnte Akson i brevet. Hva var Akson?»).
    const responses = [
      { question: splitPreamble(split.first)?.question ?? split.first, response: firstResponse },
      { question: split.second, response: secondResponse },
    ];
    return { ...combineAnswers(responses, language), interpretedQuestion: `${shownReading(first.interpreted)} ${shownReading(second.interpreted)}` };
  };

  return {
    retriever: parts.retriever,
    health: () => health,
    documents: () => summaries,
    document: async (file: string): Promise<DocumentDetail | null> => {
      const summary = summaries.find((entry) => entry.file === file);
      const text = summary ? (await originals.read([file])).get(file) : undefined;
      return summary && text !== undefined ? { ...summary, text } : null;
    },
    search: async (query: string, options: SearchOptions): Promise<SearchResult[]> => {
      options.signal?.throwIfAborted();
      // Only the full pipeline reads a question: `lexical` and `dense` show one route's own ranking.
      const split = options.mode === 'hybrid' ? splitTwoPart(query.normalize('NFC').trim()) : null;
      // The full pipeline reads a question as the chat does (`situated`): a document it names by kind, author or date has its
      // passages first and those words as context.
      const read = (prepared: PreparedQuery): Promise<RankedChunk[]> => {
        if (options.mode !== 'hybrid') return parts.retriever.retrieve(prepared, options);
        const { resolved, named } = situated({ prepared });
        return parts.retriever.retrieve(resolved.prepared, named ? { ...options, prior: named } : options);
      };
      if (!split) {
        const ranked = await read(prepareAlone(query));
        options.signal?.throwIfAborted();
        return ranked.map(toSearchResult);
      }
      // Two questions in one: each part searched on its own, as the chat answers them, and the question as a whole, whose best
      // passage is the one that serves both parts where one does.
      const { first, second } = readParts(split, true);
      // One after the other, as the chat does (run at once over PGlite's socket server, the store parity test once failed on a posting row).
      const lists = [await read(first.prepared), await read(prepare(query)), await read(second.prepared)];
      options.signal?.throwIfAborted();
      // Turns: the first part's best, the whole question's best, the second part's best, the first's second, …; a passage
      // found twice stands where it comes first.
      const merged = new Map<string, RankedChunk>();
      const depth = Math.max(...lists.map((list) => list.length));
      for (let rank = 0; rank < depth; rank += 1) {
        for (const ranked of lists.map((list) => list[rank])) if (ranked && !merged.has(ranked.chunk.id)) merged.set(ranked.chunk.id, ranked);
      }
      return [...merged.values()].slice(0, options.k).map(toSearchResult);
    },
    chat: async (messages: ChatMessage[], filter?: SearchFilter, options?: ChatOptions): Promise<ChatResponse> => {
      options?.signal?.throwIfAborted();
      // The question read in its conversation (bounded), in the language of the new message.
      const dialogue = dialogueOf(messages);
      const rarity = dialogue.previous.length === 0 ? undefined : await parts.retriever.weigher();
      const read = resolveQuestion(dialogue, dialogue.previous.length === 0 ? prepareAlone : prepare, {
        inCorpus: (stem) => vocabulary.has(stem),
        documents: titles,
        finiteVerb,
        rarity,
      });
      const resolved = {
        ...read,
        fresh: freshWords(read, dialogue.previous, knowledge),
        contextNumbers: contextNumbers(read, dialogue.previous),
        newYears: newYears(read, dialogue.previous),
        previousQuestion: dialogue.previous[0]?.question,
        earlierAnswer: dialogue.previous[1]?.answer,
      };
      const asTwoParts = splitTwoPart(dialogue.question);
      const split = resolved.kind === 'first' || resolved.kind === 'self-contained' ? asTwoParts : null;
      if (!split) {
        const found = new Map<string, Promise<IndexedChunk[]>>();
        const response = await answer(resolved, filter, options, found, true);
        const otherRead = response.abstained ? otherReading(dialogue, prepare, resolved, finiteVerb, rarity) : null;
        const other = otherRead
          ? {
              ...otherRead,
              fresh: freshWords(otherRead, dialogue.previous, knowledge),
              contextNumbers: contextNumbers(otherRead, dialogue.previous),
              newYears: newYears(otherRead, dialogue.previous),
              previousQuestion: dialogue.previous[0]?.question,
              earlierAnswer: dialogue.previous[1]?.answer,
            }
          : null;
        if (other) {
          const otherResponse = await answer(other, filter, options, found, true, resolved.interpreted);
          // The other reading's answer is kept only when the sentences it quotes carry what the follow-up newly asks about
          // (`keepsOtherAnswer`): else the answer is on the last turn's topic, not on what the follow-up names.
          if (!otherResponse.abstained && keepsOtherAnswer(resolved, otherResponse.answer, knowledge))
            return { ...otherResponse, interpretedQuestion: shownReading(other.interpreted) };
        }
        // A follow-up that asks two things («When did KS meet the committee chair, and who is he?») read as one question in its
        // context needs one passage that answers both; refused so, each part is answered with its own sentences, as a two-part
        // question asked on its own is.
        if (response.abstained && asTwoParts) {
          const partsResponse = await answerTwoParts(asTwoParts, resolved.prepared.language, filter, options);
          if (!partsResponse.abstained) return partsResponse;
        }
        return { ...response, interpretedQuestion: shownReading(resolved.interpreted) };
      }
      return answerTwoParts(split, resolved.prepared.language, filter, options, dialogue.previous.length === 0);
    },
  };
};
