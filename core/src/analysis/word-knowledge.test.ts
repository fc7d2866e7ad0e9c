import { describe, expect, it } from 'vitest';
import {
  emptyLanguageResources,
  lemmaOfAnalysis,
  lemmasAndParts,
  nynorskToBokmaal,
  parseLtProcLine,
  pooledReadings,
  particleVerbsOf,
  taggedAnalyses,
  compoundHeadAnalyses,
  withHeadLinks,
  usableNynorskLinks,
} from './language-resources';
import { analyze } from './analyze';
import { WordKnowledge } from './word-knowledge';

describe('parseLtProcLine', () => {
  it('reads the lemmas of every reading and the parts of compound readings', () => {
    const parsed = parseLtProcLine('^helseopplysninger/helse<n><m><sg><ind><cmp>+opplysning<n><m><pl><ind>$');
    expect(parsed).toEqual({ surface: 'helseopplysninger', readings: [{ parts: ['helse', 'opplysning'], nounHead: true }] });
    expect(parseLtProcLine('^xyz/*xyz$')).toEqual({ surface: 'xyz', readings: [] });
    expect(parseLtProcLine('not a line')).toBeNull();
  });

  it('drops Apertium’s readings of a letter of the alphabet («ks» as the genitive of «k»)', () => {
    expect(parseLtProcLine('^ks/kalphabet<n><m><sg><ind><gen>$')).toEqual({ surface: 'ks', readings: [] });
    expect(parseLtProcLine('^k/kalphabet<n><m><sg><ind>/k<abbr>$')?.readings).toEqual([{ parts: ['k'] }]);
    expect(parseLtProcLine('^KS/K<np><al><gen>/Kalphabet<n><m><sg><ind><gen>/KS<np><org>$')?.readings).toEqual([{ parts: ['ks'] }]);
  });

  it('prefers simple readings over compound ones', () => {
    const readings = parseLtProcLine('^skrevet/skrive<vblex><pp>/skrev<n><nt><sg><def>/skriv<n><cmp>+et<n>$')?.readings ?? [];
    expect(lemmasAndParts(readings)).toEqual({ lemmas: ['skrive', 'skrev'], parts: [] });
  });

  it('reads a compound by the parts its surface writes out, not by Apertium’s first reading', () => {
    const line = '^driftsstøtte/drift<n><m><sg><ind><cmp>+støte<adj><pp><pl>/drift<n><m><sg><ind><cmp>+støtte<n><m><sg><ind>$';
    const parsed = parseLtProcLine(line);
    expect(lemmasAndParts(parsed?.readings ?? [], parsed?.surface)).toEqual({ lemmas: [], parts: ['drift', 'støtte'] });
    // As written, a head read as a noun wins over a participle's; then the head the corpus writes as a word; fewer parts still win first.
    const area = parseLtProcLine('^sosialområdet/sosial<adj><cmp>+områ<vblex><pp>/sosial<adj><cmp>+område<n><nt><sg><def>$');
    expect(lemmasAndParts(area?.readings ?? [], area?.surface).parts).toEqual(['sosial', 'område']);
    const work = parseLtProcLine(
      '^reformarbeidet/reform<n><m><sg><ind><cmp>+arbeide<adj><pp><pl>/reform<n><m><sg><ind><cmp>+arbeid<n><nt><sg><def>/reform<n><m><sg><ind><cmp>+arbeide<n><nt><sg><def>$',
    );
    expect(lemmasAndParts(work?.readings ?? [], work?.surface).parts).toEqual(['reform', 'arbeid']);
    const lift = parseLtProcLine('^journalløftet/journal<n><m><sg><ind><cmp>+løfte<adj><pp><pl>/journal<n><m><sg><ind><cmp>+løft<n><nt><sg><def>$');
    expect(lemmasAndParts(lift?.readings ?? [], lift?.surface, new Set(['løfte'])).parts).toEqual(['journal', 'løft']);
    const nouns = parseLtProcLine('^hovedgrunnen/hode<n><nt><sg><ind><cmp>+grunne<n><m><sg><def>/hode<n><nt><sg><ind><cmp>+grunn<n><m><sg><def>$');
    expect(lemmasAndParts(nouns?.readings ?? [], nouns?.surface).parts).toEqual(['hode', 'grunne']);
    expect(lemmasAndParts(nouns?.readings ?? [], nouns?.surface, new Set(['grunn'])).parts).toEqual(['hode', 'grunn']);
    const inflected = parseLtProcLine('^helseopplysninger/helse<n><cmp>+opplysning<n><pl>/helse<n><cmp>+opp<pr><cmp>+lysning<n><pl>$');
    expect(lemmasAndParts(inflected?.readings ?? [], inflected?.surface).parts).toEqual(['helse', 'opplysning']);
  });

  it('chooses a word’s compound reading over both analysers’ readings together, fewer parts first', () => {
    const bokmaal = parseLtProcLine('^omsorgstenesta/omsorg<n><m><sg><ind><cmp>+ste<vblex><inf><cmp>+nest<n><nt><pl><def>$');
    const nynorsk = parseLtProcLine('^omsorgstenesta/omsorg<n><f><sg><ind><cmp>+teneste<n><f><sg><def>$');
    const pooled = pooledReadings([bokmaal, nynorsk].filter((line) => line !== null));
    expect(lemmasAndParts(pooled.get('omsorgstenesta') ?? [], 'omsorgstenesta').parts).toEqual(['omsorg', 'teneste']);
  });
});

describe('WordKnowledge', () => {
  const knowledge = new WordKnowledge({
    ...emptyLanguageResources('test'),
    lemmas: { skrev: ['skrive'], skrive: ['skrive'], journal: ['journal'], systemet: ['system'], kommunane: ['kommune'] },
    parts: { helseopplysninger: ['helse', 'opplysning'] },
    acronyms: [{ short: 'nhn', long: 'norsk helsenett sf', source: 'test' }],
  });

  it('links an acronym that spells a function word in lower case («it»), as the glossary gives it, to its long form', () => {
    const acronyms = new WordKnowledge({ ...emptyLanguageResources('test'), acronyms: [{ short: 'it', long: 'ikt', source: 'glossary' }] });
    expect(acronyms.longFormsOf('it')).toEqual([['ikt']]);
    expect(acronyms.shortFormsIn(['ikt', 'løsning']).map((found) => found.short)).toEqual(['it']);
  });

  it('gives the lemmas of a form, also through the nynorsk normalisation', () => {
    expect(knowledge.lemmasOf('skrev')).toEqual(['skrive']);
    expect(knowledge.lemmasOf('kommunane')).toEqual(['kommune']);
    expect(knowledge.lemmasOf('ukjent')).toEqual([]);
  });

  it('reads a clipped name of a public body as the one name the corpus writes whose letters it takes in order', () => {
    const bodies = new WordKnowledge({ ...emptyLanguageResources('test'), names: ['brønnøysundregistrene', 'difi', 'bergen'] });
    const written = new Set([...analyze('brønnøysundregistrene'), ...analyze('difi'), ...analyze('bergen')]);
    expect(bodies.clippedNameOf('Brreg', written)).toBe('Brønnøysundregistrene');
    // A name the texts write as it stands, a lowercase word, a name the corpus never writes: nothing to read.
    expect(bodies.clippedNameOf('Difi', written)).toBeNull();
    expect(bodies.clippedNameOf('brreg', written)).toBeNull();
    expect(bodies.clippedNameOf('Brreg', new Set(analyze('difi')))).toBeNull();
    // Two names it could clip: no guess.
    const two = new WordKnowledge({ ...emptyLanguageResources('test'), names: ['brønnøysundregistrene', 'bredbåndsregisteret'] });
    expect(two.clippedNameOf('Brreg', new Set([...written, ...analyze('bredbåndsregisteret')]))).toBeNull();
  });

  it('reads a form without its optional accents when no table knows it as written', () => {
    const accents = new WordKnowledge({ ...emptyLanguageResources('test'), lemmas: { ei: ['ein', 'én'], òg: ['òg'], og: ['og'] } });
    expect(accents.lemmasOf('éi')).toEqual(['ein', 'én']);
    expect(accents.lemmasOf('òg')).toEqual(['òg']);
    expect(accents.lemmasOf('åé')).toEqual([]);
  });

  it('splits a new compound into known words, with a linking letter', () => {
    expect(knowledge.partsOf('journalsystemet')).toEqual(['journal', 'system']);
    expect(knowledge.partsOf('journalssystemet')).toEqual(['journal', 'system']);
    expect(knowledge.partsOf('helseopplysninger')).toEqual(['helse', 'opplysning']);
    expect(knowledge.partsOf('skrive')).toEqual([]);
  });

  it('reads a new compound’s head as the word it is when that is a lemma («-runde», not the adjective «rund»)', () => {
    const split = new WordKnowledge({ ...emptyLanguageResources('test'), lemmas: { innspel: ['innspill'], runde: ['rund', 'runde'] } });
    expect(split.partsOf('innspelsrunde')).toEqual(['innspill', 'runde']);
    // «-forbundet» is both the participle of «forbinde» and a form of the noun «forbund»: a head is read as the noun it begins with.
    const head = new WordKnowledge({ ...emptyLanguageResources('test'), lemmas: { sjukepleiar: ['sjukepleiar'], forbundet: ['forbinde', 'forbund'] } });
    expect(head.partsOf('sjukepleiarforbundet')).toEqual(['sjukepleiar', 'forbund']);
  });

  it('reads a new compound’s parts as the pair of lemmas a corpus compound joins, and splits a modifier that is no word', () => {
    const knowledge = new WordKnowledge({
      ...emptyLanguageResources('test'),
      lemmas: { tryggleik: ['sikkerhet', 'trygghet'], alarm: ['alarm'], spesialist: ['spesialist'], helse: ['helse'], tenesta: ['teneste', 'tjeneste'] },
      parts: { trygghetsalarm: ['trygghet', 'alarm'], helsetjenester: ['helse', 'tjeneste'] },
    });
    // «tryggleik» is read as «sikkerhet» first, but the corpus writes «trygghetsalarm».
    expect(knowledge.partsOf('tryggleiksalarm')).toEqual(['trygghet', 'alarm']);
    expect(knowledge.partsOf('spesialisthelsetenesta')).toEqual(['spesialist', 'helse', 'tjeneste']);
    expect(knowledge.partsOf('xyzqwhelsetenesta')).toEqual([]);
  });

  it('reads a modifier the tables lack through its bokmål translation when a corpus compound joins that to the head', () => {
    const knowledge = new WordKnowledge({
      ...emptyLanguageResources('test'),
      lemmas: { årsaka: ['årsak'], hoved: ['hode'], oppgåva: ['oppgave'] },
      parts: { hovedårsaken: ['hode', 'årsak'] },
      formSynonyms: { hovud: ['hode', 'leder', 'topp'] },
    });
    // «hovud» is no lemma: read as «hode» (Apertium's translation), as the texts' «hovedårsaken» is.
    expect(knowledge.partsOf('hovudårsaka')).toEqual(['hode', 'årsak']);
    // No corpus compound joins «hode» (or a synonym) to «oppgave»: no reading rather than a guessed one.
    expect(knowledge.partsOf('hovudoppgåva')).toEqual([]);
  });

  it('reads a short part only where the corpus writes it as a word or its compounds have it there («personalet» is no «person» + «al»)', () => {
    const resources = {
      ...emptyLanguageResources('test'),
      lemmas: {
        person: ['person'],
        alet: ['al'],
        al: ['al'],
        alene: ['alene', 'al'],
        budsjett: ['budsjett'],
        året: ['år'],
        år: ['år', 'åre'],
        fag: ['fag'],
        dagen: ['dag'],
      },
      parts: { fagdag: ['fag', 'dag'] },
    };
    // The corpus writes «alene» (also read as a form of «al», an awl) and «året».
    const withCorpus = new WordKnowledge(resources, new Set(['person', 'budsjett', 'året', 'alen']));
    expect(withCorpus.partsOf('personalet')).toEqual([]);
    // «år» is a word the corpus writes; «fag» and «dag» are parts of its compounds.
    expect(withCorpus.partsOf('budsjettåret')).toEqual(['budsjett', 'år']);
    expect(withCorpus.partsOf('fagdagen')).toEqual(['fag', 'dag']);
    // Without the corpus's stems every known part is read, as before.
    expect(new WordKnowledge(resources).partsOf('personalet')).toEqual(['person', 'al']);
  });

  it('splits a compound the tables list as a word of its own only where the corpus’s compounds vouch for its parts', () => {
    const knowledge = new WordKnowledge({
      ...emptyLanguageResources('test'),
      lemmas: {
        fylke: ['fylke'],
        fylkeskommunale: ['fylkeskommunal'],
        fylkeskommunene: ['fylkeskommune'],
        kommunale: ['kommunal'],
        kommunene: ['kommune'],
        samarbeid: ['samarbeid'],
        sam: ['samme'],
        arbeid: ['arbeid'],
        innsats: ['innsats'],
        inn: ['inn'],
        sats: ['sats'],
      },
      parts: { fylkesnivå: ['fylke', 'nivå'], nabokommune: ['nabo', 'kommune'], innspill: ['inn', 'spill'], utviklingsarbeidet: ['utvikling', 'arbeid'] },
    });
    // «fylke» modifies the corpus's «fylkesnivå» and «kommune» heads its «nabokommune»; «-s-» links «fylke» to «kommunal».
    expect(knowledge.writtenPartsOf('fylkeskommunene')).toEqual(['fylke']);
    expect(knowledge.writtenPartsOf('fylkeskommunale')).toEqual(['fylke']);
    // A question's word keeps its reading as one word.
    expect(knowledge.partsOf('fylkeskommunene')).toEqual([]);
    // «samme» modifies no corpus compound; «inn» is a particle, however often the corpus writes «innspill».
    expect(knowledge.writtenPartsOf('samarbeid')).toEqual([]);
    expect(knowledge.writtenPartsOf('innsats')).toEqual([]);
    // A modifier of four letters or fewer lends nothing, however many corpus compounds it modifies.
    const short = new WordKnowledge({
      ...emptyLanguageResources('test'),
      lemmas: { databaser: ['database'], data: ['data'], baser: ['base'] },
      parts: { datasystem: ['data', 'system'], kunnskapsbase: ['kunnskap', 'base'] },
    });
    expect(short.writtenPartsOf('databaser')).toEqual([]);
  });

  it('looks a new compound’s head up as a whole word is, through its bokmål spelling', () => {
    const knowledge = new WordKnowledge({
      ...emptyLanguageResources('test'),
      lemmas: { omsorg: ['omsorg'], omsorgs: ['omsorg'], tjenesten: ['tjeneste'], nesten: ['nest', 'neste', 'nesten'], ste: ['ste'] },
    });
    // «-tenesten» is «tjenesten» to the tables; without it the split fell to «nesten» and «omsorgste-» split in turn.
    expect(knowledge.partsOf('omsorgstenesten')).toEqual(['omsorg', 'tjeneste']);
  });

  it('splits off no function word as a compound’s head', () => {
    const knowledge = new WordKnowledge({
      ...emptyLanguageResources('test'),
      lemmas: {
        men: ['men'],
        ingen: ['ingen'],
        sammenlign: ['sammenligne'],
        for: ['for'],
        kor: ['kor'],
        ting: ['ting'],
        inga: ['ingen'],
        ordningen: ['ordning'],
      },
    });
    expect(knowledge.partsOf('meningen')).toEqual([]);
    expect(knowledge.partsOf('sammenligningen')).toEqual([]);
    expect(knowledge.partsOf('forkortinga')).toEqual([]);
    // A preposition still begins one.
    expect(knowledge.partsOf('forordningen')).toEqual(['for', 'ordning']);
  });

  it('reads a hyphenated compound by its pieces, the last as its lemma', () => {
    const split = new WordKnowledge({
      ...emptyLanguageResources('test'),
      lemmas: { forordningen: ['forordning'], løsning: ['løsning'], helse: ['helse'], ordningen: ['ordning'], for: ['fare', 'for'] },
      parts: { sikkerhetsløsningen: ['sikkerhet', 'løsning'] },
    });
    expect(split.partsOf('ki-forordningen')).toEqual(['ki', 'forordning']);
    expect(split.partsOf('e-helse-løsning')).toEqual(['ehelse', 'løsning']);
    expect(split.partsOf('ikt–sikkerhetsløsningen')).toEqual(['ikt', 'sikkerhet', 'løsning']);
    // One piece left once a one-letter piece joins the next: no compound of parts.
    expect(split.partsOf('e-resept')).toEqual([]);
    // A modifier that is a lemma itself is read as written, not as another lemma it spells («for», not «fare»).
    expect(new WordKnowledge({ ...emptyLanguageResources('test'), lemmas: { for: ['fare', 'for'], ordningen: ['ordning'] } }).partsOf('forordningen')).toEqual([
      'for',
      'ordning',
    ]);
  });

  it('links lemmas of one root across word classes, only to lemmas the tables know', () => {
    const derived = new WordKnowledge({
      ...emptyLanguageResources('test'),
      lemmas: {
        organiseres: ['organisere'],
        organisere: ['organisere'],
        organisering: ['organisering'],
        organ: ['organ'],
        ledelsen: ['ledelse'],
        lede: ['lede'],
        digitalisering: ['digitalisering'],
        digital: ['digital'],
        sikker: ['sikker'],
        sikkerhet: ['sikkerhet'],
        koster: ['koste'],
        kostnadene: ['kostnad'],
        driv: ['drive'],
        driften: ['drift'],
        tilknytte: ['tilknytte'],
        tilknytningen: ['tilknytning'],
      },
    });
    expect(derived.derivationsOf('driv')).toEqual(['drift']);
    expect(derived.derivationsOf('driften')).toEqual(['drive']);
    expect(derived.derivationsOf('tilknytte')).toEqual(['tilknytning']);
    expect(derived.derivationsOf('tilknytningen')).toEqual(['tilknytte']);
    expect(derived.derivationsOf('organiseres')).toEqual(['organisering']);
    expect(derived.derivationsOf('koster')).toEqual(['kostnad']);
    expect(derived.derivationsOf('kostnadene')).toEqual(['koste']);
    expect(derived.derivationsOf('organisering')).toEqual(['organisere']);
    expect(derived.derivationsOf('ledelsen')).toEqual(['lede']);
    expect(derived.derivationsOf('lede')).toEqual(['ledelse']);
    expect(derived.derivationsOf('digitalisering')).toEqual(['digital']);
    expect(derived.derivationsOf('sikker')).toEqual(['sikkerhet']);
    // «organ» is not the base of «organisere» (a noun, not an adjective), and unknown derivations are not offered.
    expect(derived.derivationsOf('ukjent')).toEqual([]);
  });

  it('links a Latinate adjective to its quality noun («kompetent» ~ «kompetanse»), not an agent noun in «-ent»', () => {
    const derived = new WordKnowledge({
      ...emptyLanguageResources('test'),
      lemmas: {
        kompetente: ['kompetent'],
        kompetent: ['kompetent'],
        kompetansen: ['kompetanse'],
        relevante: ['relevant'],
        relevans: ['relevans'],
        effektive: ['effektiv'],
        effektiviteten: ['effektivitet'],
        funksjonaliteten: ['funksjonalitet'],
        fleksible: ['fleksibel'],
        fleksibel: ['fleksibel'],
        fleksibilitet: ['fleksibilitet'],
        konkurrenter: ['konkurrent'],
        konkurrenten: ['konkurrent'],
        konkurranse: ['konkurranse'],
      },
    });
    expect(derived.derivationsOf('kompetent')).toEqual(['kompetanse']);
    expect(derived.derivationsOf('kompetansen')).toEqual(['kompetent']);
    expect(derived.derivationsOf('relevant')).toEqual(['relevans']);
    expect(derived.derivationsOf('relevans')).toEqual(['relevant']);
    expect(derived.derivationsOf('effektiv')).toEqual(['effektivitet']);
    expect(derived.derivationsOf('effektiviteten')).toEqual(['effektiv']);
    expect(derived.derivationsOf('funksjonell')).toEqual(['funksjonalitet']);
    expect(derived.derivationsOf('fleksible')).toEqual(['fleksibilitet']);
    expect(derived.derivationsOf('fleksibilitet')).toEqual(['fleksibel']);
    // «konkurrent» inflects only as a noun: the agent, not the quality «konkurranse».
    expect(derived.derivationsOf('konkurranse')).toEqual([]);
    expect(derived.derivationsOf('konkurrenten')).toEqual([]);
  });

  it('links the office of an agent to the verb of the agent («eierskap» ~ «eie»), in bokmål and nynorsk', () => {
    const derived = new WordKnowledge({
      ...emptyLanguageResources('test'),
      lemmas: { eierskapet: ['eierskap'], eid: ['eie'], eie: ['eie'], eigarskapen: ['eigarskap'], eige: ['eige'], lederskap: ['lederskap'], lede: ['lede'] },
    });
    expect(derived.derivationsOf('eierskapet')).toEqual(['eie']);
    expect(derived.derivationsOf('eid')).toEqual(['eierskap']);
    expect(derived.derivationsOf('eigarskapen')).toEqual(['eige']);
    expect(derived.derivationsOf('eige')).toEqual(['eigarskap']);
    expect(derived.derivationsOf('lederskap')).toEqual(['lede']);
    expect(derived.derivationsOf('lede')).toEqual(['lederskap']);
  });

  it('links a «-ft» noun only to a strong verb in «-ive», not to any verb in «-ve»', () => {
    const derived = new WordKnowledge({
      ...emptyLanguageResources('test'),
      lemmas: { skriv: ['skrive'], skriften: ['skrift'], gaven: ['gave'], gaft: ['gaft'] },
    });
    expect(derived.derivationsOf('skriv')).toEqual(['skrift']);
    expect(derived.derivationsOf('skriften')).toEqual(['skrive']);
    expect(derived.derivationsOf('gaft')).toEqual([]);
    expect(derived.derivationsOf('gaven')).toEqual([]);
  });

  it('gives the same word in the other written standard, not another word that shares a form', () => {
    const variants = new WordKnowledge({
      ...emptyLanguageResources('test'),
      lemmas: { sjukepleiar: ['sjukepleiar', 'sykepleier'], sykepleier: ['sykepleier'], helse: ['helse', 'hel'], hel: ['hel'] },
    });
    expect(variants.variantsOf('sykepleier')).toEqual(['sjukepleiar']);
    expect(variants.variantsOf('sjukepleiar')).toEqual(['sykepleier']);
    expect(variants.variantsOf('helse')).toEqual([]);
  });

  it('counts the headwords that list a lemma as their synonym, and their median', () => {
    const listed = new WordKnowledge({
      ...emptyLanguageResources('test'),
      synonyms: { lede: ['styre', 'forvalte'], regjere: ['styre'], drive: ['styre', 'forvalte', 'føre'] },
    });
    expect(listed.synonymListings('styre')).toBe(3);
    expect(listed.synonymListings('føre')).toBe(1);
    expect(listed.synonymListings('ukjent')).toBe(0);
    expect(listed.typicalSynonymListings()).toBe(2);
  });

  it('gives the synonyms of a form and of its lemmas', () => {
    const withLemma = new WordKnowledge({ ...emptyLanguageResources('test'), lemmas: { ledet: ['lede'] }, synonyms: { lede: ['styre'], ledet: ['føre'] } });
    expect(withLemma.synonymsOf('ledet')).toEqual(['føre', 'styre']);
    expect(withLemma.synonymsOf('ukjent')).toEqual([]);
  });

  it('gives a present or passive form the synonyms of its infinitive when the tables read that headword only as another lemma', () => {
    const own = new WordKnowledge({
      ...emptyLanguageResources('test'),
      lemmas: { rådes: ['rå'], råde: ['rå'], rå: ['rå'], bestemmer: ['beslutte'], bestemme: ['beslutte'], skatter: ['skatt'], skatte: ['skatt'] },
      synonyms: { rå: ['naturlig'], råde: ['anbefale'], bestemme: ['avgjøre'], skatte: ['verdsette'] },
    });
    expect(own.synonymsOf('rådes')).toEqual(['naturlig', 'anbefale']);
    expect(own.synonymsOf('bestemmer')).toEqual(['avgjøre']);
    // A noun's plural in «-er» keeps its own lemma's synonyms only.
    expect(own.synonymsOf('skatter')).toEqual([]);
  });

  it('keeps the synonyms of a headword the corpus never uses, reached by its inflected form, apart from its synonyms', () => {
    const forms = new WordKnowledge({ ...emptyLanguageResources('test'), synonyms: { hemme: ['hindre'] }, formSynonyms: { hemmes: ['hindre'] } });
    expect(forms.formSynonymsOf('hemmes')).toEqual(['hindre']);
    expect(forms.synonymsOf('hemmes')).toEqual([]);
    expect(forms.formSynonymsOf('hemme')).toEqual([]);
  });

  it('leaves out the synonyms a form reaches only through a thesaurus sense of a word class it cannot be', () => {
    const classed = new WordKnowledge({
      ...emptyLanguageResources('test'),
      lemmas: { dyre: ['dyr'], dyret: ['dyr'] },
      synonyms: { dyr: ['menneske', 'verdifull'] },
      formSynonyms: { dyrt: ['menneske', 'verdifull'] },
      synonymsOfOtherClass: { dyre: ['menneske'], dyrt: ['menneske'], dyret: ['verdifull'] },
    });
    expect(classed.synonymsOf('dyre')).toEqual(['verdifull']);
    expect(classed.synonymsOf('dyret')).toEqual(['menneske']);
    expect(classed.formSynonymsOf('dyrt')).toEqual(['verdifull']);
    expect(classed.synonymsOf('dyr')).toEqual(['menneske', 'verdifull']);
  });

  it('links an acronym to its long form both ways, without the legal-form suffix', () => {
    expect(knowledge.longFormsOf('nhn')).toEqual([['norsk', 'helsenett']]);
    expect(knowledge.shortFormsIn(['tilkobl', 'norsk', 'helsenett']).map((found) => found.short)).toEqual(['nhn']);
  });

  it('searches an acronym the texts write far more often than its long form as written, still linking the two', () => {
    const written = new WordKnowledge({
      ...emptyLanguageResources('test'),
      acronyms: [
        { short: 'ks', long: 'kommunesektorens organisasjon', source: 'a.txt', writtenShort: true },
        { short: 'nhn', long: 'norsk helsenett sf', source: 'a.txt' },
      ],
    });
    expect(written.longFormTextsOf('ks')).toEqual([]);
    expect(written.longFormTextsOf('nhn')).toEqual(['norsk helsenett sf']);
    expect(written.longFormsOf('ks')).toEqual([['kommunesektor', 'organisasjon']]);
  });
});

describe('nynorskToBokmaal', () => {
  it('maps a nynorsk lemma to the bokmål lemmas it translates, skipping unknown and identical words', () => {
    const map = nynorskToBokmaal([
      '^eie<vblex><inf>/eige<vblex><inf>$',
      '^skole<n><m><sg><ind>/skule<n><m><sg><ind>$',
      '^samarbeid<n><nt><sg><ind>/@samarbeid<n><nt><sg><ind>$',
      '^plan<n><m><sg><ind>/plan<n><m><sg><ind>$',
    ]);
    expect([...map]).toEqual([
      ['eige', new Set(['eie'])],
      ['skule', new Set(['skole'])],
    ]);
  });

  it('links a nynorsk-only lemma to one or two bokmål lemmas, never more, and leaves a word bokmål shares alone', () => {
    const links = new Map([
      ['framleis', new Set(['fortsatt', 'fremdeles'])],
      ['skule', new Set(['skole'])],
      ['ta', new Set(['fatte', 'løpe'])],
      ['mykje', new Set(['mye', 'mange', 'betydelig'])],
    ]);
    expect([...usableNynorskLinks(links, new Set(['ta', 'skole', 'fortsatt']))].map(([nynorsk]) => nynorsk)).toEqual(['framleis', 'skule']);
  });

  it('keeps the tags of simple analyses only', () => {
    expect(taggedAnalyses('^eier/eie<vblex><pres>/eier<n><m><sg><ind>/ei<n>+er<n>$')).toEqual(['eie<vblex><pres>', 'eier<n><m><sg><ind>']);
    expect(lemmaOfAnalysis('Eie<vblex><pres>')).toBe('eie');
  });

  it('keeps the tagged heads of compound analyses, so a head the texts write only in compounds gets its nynorsk link', () => {
    const line = '^dataforeningen/data<n><nt><sg><ind><cmp>+forening<n><m><sg><def>/data<n><m><sg><ind><cmp>+forening<n><m><sg><def>$';
    expect(taggedAnalyses(line)).toEqual([]);
    expect([...new Set(compoundHeadAnalyses(line))]).toEqual(['forening<n><m><sg><def>']);
    expect(compoundHeadAnalyses('^eier/eie<vblex><pres>/ei<n>+er<n>$')).toEqual(['er<n>']);
    expect(compoundHeadAnalyses('^xyz/*xyz$')).toEqual([]);
    const links = nynorskToBokmaal(['^forening<n><m><sg><def>/foreining<n><f><sg><def>/samskipnad<n><m><sg><def>$']);
    expect([...(links.get('foreining') ?? [])]).toEqual(['forening']);
  });

  it('adds a compound head’s link only for a nynorsk lemma the whole words leave unlinked', () => {
    const whole = nynorskToBokmaal(['^sette<vblex><inf>/setje<vblex><inf>$']);
    const heads = nynorskToBokmaal(['^feste<vblex><inf>/setje<vblex><inf>$', '^forening<n><m><sg><def>/foreining<n><f><sg><def>$']);
    const merged = withHeadLinks(whole, heads);
    expect([...(merged.get('setje') ?? [])]).toEqual(['sette']);
    expect([...(merged.get('foreining') ?? [])]).toEqual(['forening']);
    expect([...(whole.get('setje') ?? [])]).toEqual(['sette']);
  });

  it('keeps the multiword verbs, by the nynorsk verb and by its bokmål lemma', () => {
    const links = nynorskToBokmaal([
      '^utrede<vblex><inf>/utgreie<vblex><inf>/greie# ut<vblex><inf>$',
      '^igangsette<vblex><inf>/setje# i gang<vblex><inf>$',
      '^sette<vblex><inf>/setje<vblex><inf>$',
    ]);
    expect(particleVerbsOf(links)).toEqual({ 'greie ut': ['utrede'], 'setje i gang': ['igangsette'], 'sette i gang': ['igangsette'] });
  });
});

describe('particleVerbsIn', () => {
  const knowledge = new WordKnowledge({
    ...emptyLanguageResources('test'),
    lemmas: { greia: ['greie'], greier: ['greie'] },
    particleVerbs: { 'greie ut': ['utrede'], 'setje i gang': ['igangsette'], 'sette i gang': ['igangsette'] },
  });

  it('reads a verb in any form right before its particle as the one word bokmål writes for both', () => {
    expect(knowledge.particleVerbsIn('Kven skal greia ut kjernejournalen?')).toEqual([{ start: 10, end: 18, lemmas: ['utrede'] }]);
    expect(knowledge.particleVerbsIn('Når skal kommunen sette i gang arbeidet?')).toEqual([{ start: 18, end: 30, lemmas: ['igangsette'] }]);
  });

  it('lets only light words (a pronoun, a sentence adverb) stand between the verb and its particle, in the same clause', () => {
    expect(knowledge.particleVerbsIn('Kven greier dette ut?')).toEqual([{ start: 5, end: 20, lemmas: ['utrede'] }]);
    expect(knowledge.particleVerbsIn('Kven greier ikkje dette ut?')).toEqual([{ start: 5, end: 26, lemmas: ['utrede'] }]);
    expect(knowledge.particleVerbsIn('Kven greier planen ut?')).toEqual([]);
    expect(knowledge.particleVerbsIn('Kven greier dette, ut frå planen?')).toEqual([]);
    expect(knowledge.particleVerbsIn('Kven greier, ut frå planen?')).toEqual([]);
  });
});

describe('particleVerbsIn with the thesaurus’s phrases', () => {
  const knowledge = new WordKnowledge({
    ...emptyLanguageResources('test'),
    lemmas: { la: ['legge'], lagt: ['legge'] },
    phraseSynonyms: { 'legge fram': ['foreslå', 'lansere'] },
  });

  it('reads a verb in any form right before its particle as the phrase, with its synonyms', () => {
    expect(knowledge.particleVerbsIn('Når la departementet fram planen?')).toEqual([]);
    expect(knowledge.particleVerbsIn('Når ble den lagt fram?')).toEqual([{ start: 12, end: 21, lemmas: [], synonyms: ['foreslå', 'lansere'] }]);
    expect(knowledge.particleVerbsIn('Når ble planen lagt fram?')).toEqual([{ start: 15, end: 24, lemmas: [], synonyms: ['foreslå', 'lansere'] }]);
  });

  it('reads no phrase from the verb alone', () => {
    expect(knowledge.particleVerbsIn('Hvem la planen?')).toEqual([]);
  });
});
