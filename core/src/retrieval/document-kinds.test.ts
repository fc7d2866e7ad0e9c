import { describe, expect, it } from 'vitest';
import type { WordKnowledge } from '../analysis';
import type { CatalogEntry } from '../schemas';
import { documentKindsOf, documentPrior, documentReferenceWords, kindPhraseOf, withDocumentReferences } from './document-kinds';
import type { IndexedChunk } from './indexed-chunk';
import type { PreparedQuery } from './query';

const entry = (file: string, description: string, publisher = 'KS', subtitle?: string): CatalogEntry => ({
  file,
  title: `Tittel ${file}`,
  publisher,
  year: 2009,
  language: 'nb',
  description,
  ...(subtitle ? { subtitle } : {}),
});

const catalog = [
  entry('a.txt', 'Seminar og lysark fra innlegget «Nasjonale føringar» om digital kompetanse', 'Knutepunkt'),
  entry('b.txt', 'Brev fra departementet til kommuner og fylkeskommuner om digitaliseringsstrategien', 'Kommunal- og moderniseringsdepartementet'),
  entry('c.txt', "KS' underveisinnspill til Helsereformutvalget om styring, og et vedlegg om KS' samordningsmodell"),
  entry('d.txt', "KS' strategi og handlingsplan for IKT i helse og omsorg"),
];
/** The few lemmas the tests read (the real tables come from Apertium). */
const lemmas: Record<string, string[]> = { seminar: ['seminar'], seminaret: ['seminar'], vedlegg: ['vedlegg'], vedlegget: ['vedlegg'] };
const parts: Record<string, string[]> = { underveisinnspill: ['underveis', 'innspill'], innlegget: ['inn', 'legg'] };
const knowledge = { lemmasOf: (word: string) => lemmas[word] ?? [], partsOf: (word: string) => parts[word] ?? [] } as unknown as WordKnowledge;
const kinds = documentKindsOf(catalog, knowledge);
const norwegian = { language: 'nb' as const };

describe('document kinds', () => {
  it('reads the kind phrase that opens a description, up to its first preposition other than «fra»', () => {
    expect(kindPhraseOf('Brev fra departementet til kommuner')).toBe('Brev fra departementet');
    expect(kindPhraseOf("KS' strategi og handlingsplan for IKT")).toBe("KS' strategi og handlingsplan");
    expect(kindPhraseOf('Seminarprogram og lysark fra innlegget «X»')).toBe('Seminarprogram og lysark fra innlegget ');
  });

  it('keeps what a document is apart from who wrote it, and reads the sections a description names', () => {
    expect([...(kinds.byFile.get('b.txt') ?? [])]).toContain('brev');
    expect([...(kinds.byFile.get('b.txt') ?? [])]).not.toContain('departement');
    expect([...(kinds.authors.get('b.txt') ?? [])]).toContain('departement');
    expect([...(kinds.byFile.get('c.txt') ?? [])]).toContain('vedlegg');
    expect([...(kinds.authors.get('c.txt') ?? [])]).toContain('ks');
    // «og fylkeskommuner om …» names the addressees, not a section.
    expect([...(kinds.byFile.get('b.txt') ?? [])]).not.toContain('fylkeskommun');
  });

  it('finds a kind word after a word of source or a possessive, with its owner and «frå» phrase, and the document it names', () => {
    const slides = documentReferenceWords('Korleis definerer Vox det, slik det er sitert i lysarka frå seminaret?', norwegian, kinds, knowledge);
    expect([...slides.stems].sort()).toEqual(['lysark', 'seminar']);
    expect([...slides.files]).toEqual([['a.txt', 1]]);
    const letter = documentReferenceWords('Når kommer strategien, ifølge departementets brev til kommunene?', norwegian, kinds, knowledge);
    expect([...letter.stems].sort()).toEqual(['brev', 'departement']);
    // The author beside a kind word of its document points to that document in part.
    expect(letter.files.get('b.txt')).toBe(0.75);
    const own = documentReferenceWords('Hva skriver KS sitt innspill om det?', norwegian, kinds, knowledge);
    expect([...own.stems].sort()).toEqual(['innspill', 'ks']);
    // The author after «frå» is no kind word, but it names the same document.
    const from = documentReferenceWords('Kva står i brevet frå departementet?', norwegian, kinds, knowledge);
    expect([...from.stems].sort()).toEqual(['brev', 'departement']);
    const annex = documentReferenceWords("Hvor mange er med, ifølge vedlegget til KS' innspill?", norwegian, kinds, knowledge);
    expect([...annex.stems].sort()).toEqual(['innspill', 'ks', 'vedlegg']);
    expect(annex.files.get('c.txt')).toBeCloseTo(5 / 6);
  });

  it('reads a compound as a kind word when its parts before the head are kinds or authors too', () => {
    const ks = documentReferenceWords('Kva er målet i KS-strategien?', norwegian, kinds, knowledge);
    expect([...ks.stems]).toContain('strategi');
    expect(ks.files.get('d.txt')).toBe(1);
    // «KI-strategien» is a strategy the texts are about; «innlegget» is no «inn» + «legg».
    expect(documentReferenceWords('Hva står i KI-strategien?', norwegian, kinds, knowledge).stems.size).toBe(0);
    expect([...(kinds.authors.get('a.txt') ?? [])]).toContain('innlegg');
    expect([...(kinds.authors.get('a.txt') ?? [])]).not.toContain('legg');
  });

  it('reads the last part of a kind word as that kind, and a kind word its authors modify as a reference by itself', () => {
    // «planen» is the head of «handlingsplan»: «ifølge KS-planen» names KS' action plan.
    const plan = documentReferenceWords('Hva skal skje samtidig, ifølge KS-planen for helse og omsorg?', norwegian, kinds, knowledge);
    expect([...plan.stems]).toContain('plan');
    expect(plan.files.get('d.txt')).toBe(1);
    // «KS-innspillet» names KS' input after any preposition, as «KS' innspill» does.
    const input = documentReferenceWords('Hvilket organ har siste ord i behandlingen av KS-innspillet?', norwegian, kinds, knowledge);
    expect([...input.stems]).toContain('innspill');
    expect(input.files.get('c.txt')).toBe(1);
    // Not a kind word's head of three letters, nor a compound whose modifier is no author, nor a kind word left unframed.
    expect(documentReferenceWords('Hva står i KI-planen?', norwegian, kinds, knowledge).stems.size).toBe(0);
    expect(documentReferenceWords('Hva er planen for skolene?', norwegian, kinds, knowledge).stems.size).toBe(0);
    expect(documentReferenceWords('Hvem har ansvaret i behandlingen av IKT-innspillet?', norwegian, kinds, knowledge).stems.size).toBe(0);
  });

  it('reads an English reference through its translations', () => {
    const english = {
      language: 'en' as const,
      sources: [
        { source: 'ministry', stems: ['departement'] },
        { source: 'letter', stems: ['brev'] },
      ],
    };
    const letter = documentReferenceWords("What will the cities need, according to the ministry's letter?", english, kinds, knowledge);
    expect([...letter.stems].sort()).toEqual(['brev', 'departement']);
    expect([...letter.files]).toEqual([['b.txt', 0.75]]);
  });

  it('reads an English kind phrase after its author and year, as a Norwegian compound is read («the 2005 KS action plan»)', () => {
    const english = {
      language: 'en' as const,
      sources: [
        { source: '2005', stems: ['2005'] },
        { source: 'KS', stems: ['ks'] },
        { source: 'action plan', stems: ['handlingsplan'] },
      ],
    };
    const plan = documentReferenceWords('According to the 2005 KS action plan, what must municipalities do?', english, kinds, knowledge);
    expect([...plan.stems].sort()).toEqual(['handlingsplan', 'ks']);
    expect([...plan.files.keys()]).toEqual(['d.txt']);
    expect(documentReferenceWords('What must municipalities do in an action plan?', english, kinds, knowledge).stems.size).toBe(0);
    const owned = documentReferenceWords(
      "Who signed the ministry's letter?",
      {
        language: 'en' as const,
        sources: [
          { source: 'ministry', stems: ['departement'] },
          { source: 'letter', stems: ['brev'] },
        ],
      },
      kinds,
      knowledge,
    );
    expect([...owned.stems].sort()).toEqual(['brev', 'departement']);
  });

  it('leaves a kind word that is what the question asks about, and an author named alone', () => {
    // The seminar itself is asked about («på seminaret»), the author is an actor («ifølge KS», «i KS' arbeid»).
    expect(documentReferenceWords('Kor mange deltakarar var med på seminaret?', norwegian, kinds, knowledge).stems.size).toBe(0);
    expect(documentReferenceWords('Hvor jobber de ansatte med svakest kompetanse, ifølge KS?', norwegian, kinds, knowledge).stems.size).toBe(0);
    expect(documentReferenceWords("Hvilke organer inngår i KS' samstyringsstruktur?", norwegian, kinds, knowledge).stems.size).toBe(0);
    expect(documentReferenceWords('Hva med digital sikkerhet – når kom brevet?', norwegian, kinds, knowledge).stems.size).toBe(0);
  });

  it('reads a kind noun written with a capital inside a Norwegian question as opening a name, not as a reference', () => {
    expect(documentReferenceWords('Hva skulle skolene ha innen 2010 etter Strategi for bredbånd?', norwegian, kinds, knowledge).stems.size).toBe(0);
    expect([...documentReferenceWords('Hva skulle skolene ha innen 2010 etter strategien?', norwegian, kinds, knowledge).stems]).toEqual(['strategi']);
  });

  it('makes the reference words context and gives their document a prior', () => {
    const reference = documentReferenceWords('Hva sier vi, ifølge departementets brev?', norwegian, kinds, knowledge);
    const prepared = { terms: { stems: ['vi', 'departement', 'brev'], numbers: [], pairs: [] } } as unknown as PreparedQuery;
    expect(withDocumentReferences(prepared, reference, 0.5).terms.weights).toEqual([1, 0.5, 0.5]);
    const prior = documentPrior(reference, 0.1);
    // Both reference words name the letter: what it is («brev») and, in part, who wrote it («departementets»).
    expect(prior?.({ file: 'b.txt' } as IndexedChunk)).toBeCloseTo(0.075);
    // An author alone points to no document (it writes others too): «KS sitt innspill» counts «KS» for KS' submission only.
    const own = documentReferenceWords('Hva skriver KS sitt innspill om det?', norwegian, kinds, knowledge);
    expect(own.files.get('c.txt')).toBe(0.75);
    expect(own.files.get('d.txt')).toBeUndefined();
    expect(prior?.({ file: 'a.txt' } as IndexedChunk)).toBe(0);
    expect(documentPrior(documentReferenceWords('Hva sier vi?', norwegian, kinds, knowledge), 0.1)).toBeUndefined();
  });

  it('reads a name the title of one document writes as naming that document, and picks it among those a kind word fits', () => {
    const titled = documentKindsOf(
      [
        {
          ...entry('c.txt', "KS' underveisinnspill til Helsereformutvalget, og et vedlegg om KS' samordningsmodell"),
          title: 'KS sitt innspill til Helsereformutvalget',
        },
        {
          ...entry('e.txt', "KS' strategi og handlingsplan for den digitale kommunen, og vedlegg med alle mål"),
          title: 'eKommune 2009 – det digitale spranget',
        },
        { ...entry('f.txt', 'Brev fra departementet om digitaliseringsstrategien', 'Departementet'), title: 'Én digital offentlig sektor' },
      ],
      knowledge,
    );
    // The noun the name is attached to is that document, whatever it calls it («KS-notatet»), not a word it asks about.
    const input = documentReferenceWords('Hva er problemet, ifølge KS-notatet til Helsereformutvalget?', norwegian, titled, knowledge);
    expect([...input.stems].sort()).toEqual(['helsereformutvalg', 'ks', 'ksnotat', 'notat']);
    expect([...documentReferenceWords('Hva mener KS i forhold til Helsereformutvalget?', norwegian, titled, knowledge).stems]).toEqual(['helsereformutvalg']);
    expect([...input.files]).toEqual([['c.txt', 1]]);
    // The title's year and the words after the name are its title too; a kind word fitting several documents is narrowed to it.
    const annex = documentReferenceWords('Hva står i vedlegget til eKommune 2009 om kart?', norwegian, titled, knowledge);
    expect([...annex.stems].sort()).toEqual(['ekommun', 'vedlegg']);
    expect([...annex.files]).toEqual([['e.txt', 1]]);
    expect(
      [...documentReferenceWords('Hvilke aktører må samarbeide, ifølge brevet om Én digital offentlig sektor?', norwegian, titled, knowledge).stems].sort(),
    ).toEqual(['brev', 'digital', 'offent', 'sektor', 'én']);
    // Another edition («eKommune 2012»), the question's first word, a common title word in lower case and a name a kind word
    // does not fit are no reference to it.
    expect(documentReferenceWords('Når skulle planen være klar, etter eKommune 2012?', norwegian, titled, knowledge).stems.size).toBe(0);
    expect(documentReferenceWords('Helsereformutvalget – hva er det?', norwegian, titled, knowledge).stems.size).toBe(0);
    expect(documentReferenceWords('Hva betyr det for offentlig sektor?', norwegian, titled, knowledge).stems.size).toBe(0);
    // A question asking hardly anything besides the title asks of its words too.
    expect(documentReferenceWords('Hvem har undertegnet brevet om Én digital offentlig sektor?', norwegian, titled, knowledge).stems.size).toBe(0);
    expect(documentReferenceWords('Hva mener de om Helsereformutvalget, ifølge brevet?', norwegian, titled, knowledge).files.has('c.txt')).toBe(false);
    // In English a phrase translated whole into the title's own word names it, common words translated one by one do not.
    const english = (sources: Array<{ source: string; stems: string[] }>) => ({ language: 'en' as const, sources });
    const committee = documentReferenceWords(
      'Why are projects late, according to the input to the health reform committee?',
      english([
        { source: 'projects', stems: ['prosjekt'] },
        { source: 'late', stems: ['forsink'] },
        { source: 'input', stems: ['innspill'] },
        { source: 'health reform committee', stems: ['helsereformutvalg'] },
      ]),
      titled,
      knowledge,
    );
    expect([...committee.files]).toEqual([['c.txt', 1]]);
    expect([...committee.stems].sort()).toEqual(['helsereformutvalg', 'innspill']);
    const sector = documentReferenceWords(
      'What matters in the public sector?',
      english([{ source: 'public sector', stems: ['offent', 'sektor'] }]),
      titled,
      knowledge,
    );
    expect(sector.stems.size).toBe(0);
  });
});
