import { describe, expect, it } from 'vitest';
import { analyze, emptyLanguageResources, WordFilter, WordKnowledge, type EnglishDictionary } from '../analysis';
import { prepareQuery } from '../retrieval/query';
import type { ChatMessage } from '../schemas';
import { dialogueBounds, dialogueOf } from './dialogue-state';
import { contextWeighted, givenDefinite, maxResolvedChars, otherReading, resolveQuestion, type ResolveOptions } from './follow-up';

const prepare = (text: string) => prepareQuery(text, null);
const conversation = (...contents: string[]): ChatMessage[] => contents.map((content, index) => ({ role: index % 2 === 0 ? 'user' : 'assistant', content }));
const resolve = (...contents: string[]) => resolveQuestion(dialogueOf(conversation(...contents)), prepare);

describe('resolveQuestion', () => {
  it('gives a reference its own words as asked, without what its pronoun points to, for the sentence comparison', () => {
    const read = resolve('Hva er Digihjelpen?', 'Digihjelpen er et tilbud til innbyggere. [1]', 'hvem finansierer det?');
    expect(read.kind).toBe('reference');
    expect(read.interpreted).toContain('Digihjelpen');
    expect(read.askedText).toContain('finansierer');
    expect(read.askedText).not.toMatch(/digihjelp/iu);
    expect(resolve('Hva er Digihjelpen?').askedText).toBeUndefined();
  });

  it('reads a pronoun after an answer sharing one common word with its question as pointing to the whole question, not that word', () => {
    // «digitale» alone names nothing «det» could stand for; the question's noun does.
    const read = resolve('Hvilke digitale tjenester tilbyr NAV?', 'Det finnes mange digitale løsninger i dag. [1]', 'hvem betaler for det?');
    expect(read.kind).toBe('reference');
    expect(read.interpreted).toMatch(/tjenester/u);
    // A name the answer shares is what it points to: the rest of the question stays out.
    const named = resolve('Hvilke tjenester tilbyr Altinn?', 'Altinn er en portal. [1]', 'hvem betaler for det?');
    expect(named.interpreted).toMatch(/Altinn/u);
    expect(named.interpreted).not.toMatch(/tjenester/u);
    // A demonstrative before a noun («disse løsningene») names its own noun: the last question's words stay out.
    const own = resolve('Hvilke digitale tjenester tilbyr NAV?', 'Det finnes mange digitale løsninger i dag. [1]', 'hvem lager disse løsningene?');
    expect(own.interpreted).not.toMatch(/NAV/u);
    // «dei» points to people or a group, not to a thing the question named: the lone shared word stays.
    const people = resolve('Hvilke digitale tjenester tilbyr NAV?', 'Det finnes mange digitale løsninger i dag. [1]', 'hvem lager dei?');
    expect(people.interpreted).not.toMatch(/NAV/u);
  });

  it('reads a request to the assistant put as a question as no yes/no question', () => {
    expect(resolve('Kan du forklare kort hva Fiks-plattformen er?').yesNo).toBe(false);
    expect(resolve('Can you tell me what Altinn is?').yesNo).toBe(false);
    expect(resolve('Hva er DigiFin?', 'DigiFin er en ordning. [1]', 'har du et eksempel?').yesNo).toBe(false);
    expect(resolve('Kan kommunene bruke Fiks-plattformen?').yesNo).toBe(true);
    expect(resolve('Kan de gi tilskudd til kommunene?').yesNo).toBe(true);
    expect(resolve('Må du ha BankID for å logge inn?').yesNo).toBe(true);
  });

  it('reads a question that opens with a finite verb by the language resources as a yes/no question, with the hand list without them', () => {
    const knowledge = new WordKnowledge({ ...emptyLanguageResources(), finiteVerbs: ['meiner', 'nevnes', 'trenger'] });
    const finiteVerb = (word: string) => knowledge.isFiniteVerb(word);
    const read = (...contents: string[]) => resolveQuestion(dialogueOf(conversation(...contents)), prepare, { finiteVerb });
    expect(read('Meiner KS at kommunane bør samarbeide?').yesNo).toBe(true);
    expect(read('Hva er KS?', 'KS er kommunesektorens organisasjon. [1]', 'Og trenger kommunane en strategi?').yesNo).toBe(true);
    expect(read('Nevnes personvern i planen?').yesNo).toBe(true);
    // A verb the table does not hold, or a question word, asks no yes or no; the hand list still counts («Kan …?»).
    expect(read('Hvor mange kommuner deltar?').yesNo).toBe(false);
    expect(read('Kan kommunene bruke Fiks-plattformen?').yesNo).toBe(true);
    // Keywords without a question mark: a name may be spelled like a verb form.
    expect(read('trenger antall 2019').yesNo).toBe(false);
    // Without the table only the hand list is known.
    expect(resolve('Meiner KS at kommunane bør samarbeide?').yesNo).toBe(false);
    expect(new WordKnowledge().isFiniteVerb('meiner')).toBeNull();
  });

  it('reads an opening adverbial that sums up as no scene: the follow-up keeps the last turn as its context', () => {
    const read = resolve('Hva anbefaler rapporten om skolenettet?', 'Rapporten anbefaler fiber til alle skoler. [1]', 'Kort sagt – hva er budskapet?');
    expect(read.interpreted).not.toMatch(/kort|sagt/iu);
    expect(read.interpreted).toMatch(/^hva er budskapet/u);
    expect(read.prepared.terms.stems.some((stem) => stem.startsWith('sag'))).toBe(false);
  });

  it('reads a follow-up that names another document as the last question asked of it, «det samme» too', () => {
    const documents = ['IKT i helse og omsorg 2008–2012', 'eKommune 2009 – det digitale spranget'];
    const turns = [
      'Hvilket år skulle alle kommuner være koblet til helsenettet ifølge eKommune 2009?',
      'I løpet av 2007 skal alle kommuner være knyttet til Nasjonalt helsenett. [1]',
      'Og hvilket år sier handlingsplanen for IKT i helse og omsorg 2008–2012?',
    ];
    const second = resolveQuestion(dialogueOf(conversation(...turns)), prepare, { documents });
    expect(second.interpreted).toBe('Hvilket år skulle alle kommuner være koblet til helsenettet ifølge handlingsplanen for IKT i helse og omsorg 2008–2012?');
    const third = resolveQuestion(dialogueOf(conversation(...turns, 'Dokumentene svarer ikke. [1]', 'Hva sa eKommune 2012 om det samme?')), prepare, {
      documents,
    });
    expect(third.interpreted).toBe('Hvilket år skulle alle kommuner være koblet til helsenettet ifølge eKommune 2012?');
    expect(third.prepared.terms.stems).toContain(analyze('helsenettet')[0]);
    expect(third.prepared.terms.stems).not.toContain(analyze('handlingsplanen')[0]);
  });

  it('reads the same personal pronoun again as the thing the last question’s pronoun stood for, not what it asked of it', () => {
    const chain = [
      'Kva er tolkebestilling.no?',
      'tolkebestilling.no er ein nettstad for bestilling av tolk. [1]',
      'kven har eigarskapet til han?',
      'Fylket har eigarskapet. [1]',
    ];
    expect(resolve(...chain.slice(0, 3)).interpreted).toBe('kven har eigarskapet til han (om: tolkebestilling)?');
    const read = resolve(...chain, 'når vart han lansert?');
    expect(read.interpreted).toContain('tolkebestilling');
    expect(read.interpreted).not.toContain('eigarskapet');
    // Another pronoun («det») does not continue the chain: it may point to the whole last statement.
    expect(resolve(...chain, 'når vart det avgjort?').interpreted).toContain('eigarskapet');
  });

  it('leaves a first question and a self-contained topic change as they are', () => {
    expect(resolve('Hva er DigiFin?').kind).toBe('first');
    const topicChange = resolve('Hvor mye har fylket bevilget til DataVest?', '40 millioner kroner. [1]', 'Hva er omsorgsteknologi?');
    expect(topicChange.kind).toBe('self-contained');
    expect(topicChange.interpreted).toBe('Hva er omsorgsteknologi?');
    expect(topicChange.prepared.terms.stems).not.toContain('datavest');
  });

  it('keeps the last answer of a self-contained follow-up for preferring the passages near its quotes, not of a marked topic change', () => {
    const last = ['Hvorfor må det legges fiber fram til basestasjonene når 5G kommer?', 'Fordi 5G krever fiber helt fram. [1]'];
    const detail = resolve(...last, 'Hva kan fylket gjøre for å korte ned ventetiden på fiber?');
    expect(detail.kind).toBe('self-contained');
    expect(detail.previousAnswer).toBe('');
    expect(detail.nearAnswer).toBe('Fordi 5G krever fiber helt fram. [1]');
    expect(resolve(...last, 'Noe helt annet: hva kan fylket gjøre for å korte ned ventetiden på fiber?').nearAnswer).toBeUndefined();
    expect(resolve('Hva kan fylket gjøre for å korte ned ventetiden på fiber?').nearAnswer).toBeUndefined();
  });

  it('reads a question that sets the scene first as a question about the scene, whose words count half', () => {
    const resolved = resolve('Skolen vår vurderer å ta i bruk Vannportalen. Hva går det ut på?');
    expect(resolved.kind).toBe('first');
    expect(resolved.previousAnswer).toBe('');
    expect(resolved.interpreted).toBe('Hva går det ut på (om: Skolen vurderer ta bruk Vannportalen)?');
    const weightOf = (stem: string) => resolved.prepared.terms.weights?.[resolved.prepared.terms.stems.indexOf(stem)];
    // «det» points to the name the scene gave: it weighs in full; the rest of the scene is context.
    expect(weightOf(analyze('Vannportalen')[0] ?? '')).toBe(1);
    expect(weightOf(analyze('vurderer')[0] ?? '')).toBe(0.5);
    // Without a pronoun, the scene's names are context too.
    const plain = resolve('Jeg jobber med Digihjelpen. Hvor mange kommuner har fått tilskudd?');
    expect(plain.prepared.terms.weights?.[plain.prepared.terms.stems.indexOf(analyze('Digihjelpen')[0] ?? '')]).toBe(0.5);
    expect(plain.prepared.terms.weights?.[plain.prepared.terms.stems.indexOf(analyze('tilskudd')[0] ?? '')]).toBe(1);
  });

  it('leaves out the scene words the corpus never uses', () => {
    const read = resolveQuestion(dialogueOf(conversation('Vi diskuterer velferdsteknologi i utvalget. Hvor stor andel har trygghetsalarm?')), prepare, {
      inCorpus: (stem) => stem !== analyze('diskuterer')[0],
    });
    expect(read.prepared.terms.stems).not.toContain(analyze('diskuterer')[0]);
    expect(read.prepared.terms.stems).toContain(analyze('velferdsteknologi')[0]);
  });

  it('carries what a reference was read about into the next turn when its answer shares none of its words', () => {
    const resolved = resolve(
      'Kva er omsorgsteknologi?',
      'Med omsorgsteknologi menes IKT-baserte løsninger. [1]',
      'kvifor trengst det?',
      'Eldrebølgen krever omlegging av dagens omsorgstjenester. [1]',
      'har Noreg ein nasjonal strategi for dette?',
    );
    expect(resolved.prepared.terms.stems).toContain(analyze('omsorgsteknologi')[0]);
  });

  it('reads a short sentence whose pronoun points back as a reference, not as a fragment put in the last question', () => {
    const turns = [
      'Når skulle alle elever kunne bruke moderne IKT-verktøy ifølge eKommune 2009?',
      'I løpet av 2008 skal alle elever kunne bruke moderne IKT-verktøy. [1]',
    ];
    const resolved = resolve(...turns, 'Klarte skolene det?');
    expect(resolved.kind).toBe('reference');
    expect(resolved.interpreted).toMatch(/^Klarte skolene det \(om: /u);
    // A bare fragment with no word of its own stays an ellipsis.
    expect(resolve(...turns, 'for dei?').kind).toBe('ellipsis');
  });

  it('reads a fragment naming something new after a question read about its referent as asking that frame of the new name', () => {
    const turns = [
      'Hva jobber Nasjonalt senter for digital læring med?',
      'Nasjonalt senter for digital læring skal drive forskning og utvikling i skolen. [1]',
      'hvordan ringer jeg dem?',
      'Nasjonalt senter for digital læring er et tverrfaglig fagmiljø ved UiB. [1]',
    ];
    expect(resolve(...turns.slice(0, 3)).interpreted).toMatch(/^hvordan ringer jeg dem \(om: .*læring.*\)\?$/u);
    const resolved = resolve(...turns, 'og e-postadressen til Statens vegvesen?');
    expect(resolved.kind).toBe('ellipsis');
    // The new name stands for the referent as a whole, not for one of its words («… (om: jobber e-postadressen til Statens vegvesen senter …)»).
    expect(resolved.interpreted).toBe('hvordan ringer jeg dem (om: e-postadressen til Statens vegvesen)?');
    expect(resolved.prepared.terms.stems).not.toContain('læring');
    expect(resolved.prepared.terms.stems).toEqual(expect.arrayContaining(analyze('ringer vegvesen')));
  });

  it('reads an ellipsis in the last question’s frame, the new name replacing the old', () => {
    const resolved = resolve('Hvor mye har fylket bevilget til DataVest?', '40 millioner kroner. [1]', 'og hva med Digdir?');
    expect(resolved.kind).toBe('ellipsis');
    expect(resolved.interpreted).toBe('Hvor mye har fylket bevilget til Digdir?');
    expect(resolved.prepared.terms.stems).toContain('digdir');
    expect(resolved.prepared.terms.stems).not.toContain('datavest');
  });

  it('puts a topic fragment in the place of the last question’s topic phrase and searches an English one by that reading', () => {
    const english = resolve('What does the plan make possible when it comes to artificial intelligence?', 'Safe scaling. [1]', 'And for welfare technology?');
    expect(english.kind).toBe('ellipsis');
    expect(english.interpreted).toBe('What does the plan make possible for welfare technology?');
    expect(english.prepared.text).not.toMatch(/artificial|kunstig/iu);
    expect(resolve('Hva gjør KS når det gjelder skytjenester?', 'Mye. [1]', 'og for velferdsteknologi?').interpreted).toBe(
      'Hva gjør KS for velferdsteknologi?',
    );
  });

  it('puts a fragment opened by a preposition in the place of the last question’s phrase with that preposition', () => {
    const clause = resolve('Hvilket mål hadde planen for å nå alle skolene på e-post?', 'I løpet av 2007. [1]', 'og for digitale søknader?');
    expect(clause.kind).toBe('ellipsis');
    expect(clause.interpreted).toBe('Hvilket mål hadde planen for digitale søknader?');
    expect(clause.prepared.terms.stems).not.toContain(analyze('skolene')[0]);
    // However long, a phrase that asks nothing of its own is a fragment; a phrase closed by a comma ends there.
    const long = resolve('In the plan, by when were all schools to be online?', 'By 2007. [1]', 'And in the later action plan for health and care services?');
    expect(long.kind).toBe('ellipsis');
    expect(long.interpreted).toBe('In the later action plan for health and care services, by when were all schools to be online?');
    // A phrase after the next preposition stays (it may be an adverbial of its own).
    expect(resolve('Hva sa departementet om kunstig intelligens i brevet?', 'At det er viktig. [1]', 'og om bruk av skytjenester?').interpreted).toBe(
      'Hva sa departementet om bruk av skytjenester i brevet?',
    );
    // A year phrase is a time, which a fragment without a number does not replace; nor a preposition the last question uses twice.
    expect(resolve('Hva skjedde i 2019?', 'Ting. [1]', 'og i kommunene?').interpreted).toBe('Hva skjedde i 2019 – i kommunene?');
    expect(resolve('Hva gjør KS for skolene for eldre?', 'Mye. [1]', 'og for barnehagene?').interpreted).toBe(
      'Hva gjør KS for skolene for eldre – for barnehagene?',
    );
  });

  it('names what a reference points to when the last turn was about a name, not when the question names its own', () => {
    const reference = resolve('Hva er Digihjelpen?', 'Digihjelpen er et veiledningstilbud. [1]', 'hvem finansierer det?');
    expect(reference.kind).toBe('reference');
    expect(reference.referentNames).toEqual(analyze('Digihjelpen'));
    const own = resolve('Hva er Digihjelpen?', 'Digihjelpen er et veiledningstilbud. [1]', 'og hvem finansierer Digihjelpen?');
    expect(own.referentNames ?? []).not.toContain(analyze('Digihjelpen')[0]);
    const inner = resolve('Hva er eSignering?', 'eSignering er en felles tjeneste for elektronisk signering. [1]', 'hvem leverer den?');
    expect(inner.referentNames).toEqual(expect.arrayContaining(analyze('eSignering')));
  });

  it('weighs the referent of a reference asking with one new word of its own or none more than context, less than its own word', () => {
    const turns = ['Hva gjør Digihjelpen?', 'Digihjelpen gir opplæring til innbyggere. [1]'];
    const weightOf = (resolved: ReturnType<typeof resolve>, word: string) =>
      resolved.prepared.terms.weights?.[resolved.prepared.terms.stems.indexOf(analyze(word)[0] ?? '')];
    // «kva blir konsekvensen?»: what it points back to is most of what it asks about.
    const bare = resolve(...turns, 'hva blir konsekvensen av det?');
    expect(bare.kind).toBe('reference');
    expect(weightOf(bare, 'Digihjelpen')).toBe(0.75);
    expect(weightOf(bare, 'konsekvensen')).toBe(1);
    // Two new words of its own: the referent is context.
    expect(weightOf(resolve(...turns, 'hva blir konsekvensen for kommunene av det?'), 'Digihjelpen')).toBe(0.5);
    // A word of its own the last turn said already («innbyggere») asks nothing new: one new word, the referent weighs more.
    expect(weightOf(resolve(...turns, 'hva blir konsekvensen for innbyggere av det?'), 'Digihjelpen')).toBe(0.75);
    // A scene set first is no turn of the conversation: its words stay context, as for a single question.
    const scene = resolve('Skolen vår vurderer å ta i bruk Vannportalen. Hva koster det?');
    expect(weightOf(scene, 'vurderer')).toBe(0.5);
  });

  it('weighs the name a yes/no reference points to in full: the yes or no is about it', () => {
    const turns = ['Hva er Tilgangsnøkkelen?', 'Tilgangsnøkkelen er en løsning for tilgangsstyring. [1]'];
    const weightOf = (resolved: ReturnType<typeof resolve>, word: string) =>
      resolved.prepared.terms.weights?.[resolved.prepared.terms.stems.indexOf(analyze(word)[0] ?? '')];
    const yesNo = resolve(...turns, 'kan Fiks-plattformen bruke den?');
    expect(yesNo.yesNo).toBe(true);
    expect(weightOf(yesNo, 'Tilgangsnøkkelen')).toBe(1);
    // A question for a fact keeps the referent as context, and a yes/no question its common words.
    expect(weightOf(resolve(...turns, 'hvem leverer den til kommunene?'), 'Tilgangsnøkkelen')).toBe(0.5);
    expect(weightOf(yesNo, 'tilgangsstyring')).not.toBe(1);
  });

  it('reads the referent of a why-question of one word of its own as telling passages apart, like a name', () => {
    const turns = ['Blir det laget en egen plan for grønn skipsfart?', 'Regjeringen lager en nasjonal plan for grønn skipsfart. [1]'];
    const why = resolve(...turns, 'Hvorfor trengs den?');
    expect(why.referentNames).toEqual(expect.arrayContaining(analyze('grønn skipsfart')));
    // Another question of one word, or a why-question of its own words, keeps common words as context only.
    expect(resolve(...turns, 'Når kommer den?').referentNames ?? []).not.toContain(analyze('skipsfart')[0]);
    expect(resolve(...turns, 'Hvorfor trengs den i kommunene?').referentNames ?? []).not.toContain(analyze('skipsfart')[0]);
  });

  it('names no referent for a self-contained question read with the last turn as its other reading', () => {
    const last = ['Hva er Digihjelpen?', 'Digihjelpen er et veiledningstilbud. [1]'];
    const dialogue = dialogueOf(conversation(...last, 'Hvem sto bak undersøkelsen om kostnader og gevinster i kommunene?'));
    const read = resolveQuestion(dialogue, prepare);
    expect(read.kind).toBe('self-contained');
    expect(otherReading(dialogue, prepare, read)?.referentNames ?? []).toEqual([]);
  });

  it('reads a request for more as the last question’s subject asked again, without what the last answer gave', () => {
    const first = ['Hvor mye har fylket bevilget til DataVest?', 'Fylket har bevilget 40 millioner kroner til DataVest. [1]'];
    const more = resolve(...first, 'kan du si mer om det?');
    expect(more.more).toBe(true);
    expect(more.interpreted).toBe('Mer om: fylket bevilget til DataVest');
    expect(more.prepared.terms.stems).toContain('datavest');
    expect(more.previousAnswer).toContain('40 millioner');
    const again = resolve(...first, 'kan du si mer om det?', 'DataVest skal gi støtte til IKT-prosjekter. [1]', 'fortell mer');
    expect(again.interpreted).toBe('Mer om: fylket bevilget til DataVest');
    expect(again.previousAnswer).toContain('40 millioner');
    expect(again.previousAnswer).toContain('IKT-prosjekter');
    expect(resolve('Hva slags ordning er Leksehjelpen?', 'En gratis ordning. [1]', 'fortell mer').interpreted).toBe('Mer om: ordning er Leksehjelpen');
  });

  it('keeps what an unanswered reference was about for the next one', () => {
    const turns = [
      'Hva skal skje med Altinn?',
      'Altinn er et felles system for digital innrapportering. [1]',
      'og når skal det skje?',
      'Jeg finner ikke svar på dette i dokumentene.',
    ];
    const next = resolve(...turns, 'hvem betaler for det?');
    expect(next.kind).toBe('reference');
    expect(next.interpreted).toMatch(/Altinn/u);
  });

  it('reads the money of the last turn («pengene», «beløpet») as pointing back', () => {
    const last = ['Hvor mye har fylket bevilget til DataVest?', 'Fylket har bevilget 40 millioner kroner til DataVest. [1]'];
    const read = resolve(...last, 'hvilke tiltak skal pengene brukes på?');
    expect(read.kind).toBe('reference');
    expect(read.interpreted).toMatch(/DataVest/u);
  });

  it('does not read an article before an adjective and its noun as a pronoun', () => {
    const last = ['Hvor mange pålogginger hadde Altinn?', 'Altinn hadde mange pålogginger. [1]'];
    expect(resolve(...last, 'Når skal det nye registeret for badeplasser være ferdig?').kind).toBe('self-contained');
    expect(resolve(...last, 'Når skal det være ferdig for badeplasser?').kind).toBe('reference');
  });

  it('reads an English existential «there» as pointing to nothing, a locative one as pointing back', () => {
    const last = ['Why should leaders not leave digital matters to IT experts?', 'From the Norwegian documents: Ledere må delta aktivt i arbeidet. [1]'];
    expect(resolve(...last, 'Is there a fixed answer to how much a public leader should know about computers?').kind).toBe('self-contained');
    expect(resolve(...last, 'Are there rules for how much a public leader should know about computers?').kind).toBe('self-contained');
    expect(resolve(...last, 'What will a public leader learn about computers there?').kind).toBe('reference');
  });

  it('reads a generic definite noun in the genitive as pointing back', () => {
    const last = ['Når ble Vannverket AS stiftet?', 'Vannverket AS ble stiftet i 2001 av tre kommuner. [1]'];
    const read = resolve(...last, 'Hva er selskapets viktigste oppgave i dag?');
    expect(read.kind).toBe('reference');
    expect(read.interpreted).toContain('Vannverket');
  });

  it('reads a generic definite noun of a new name as that name’s, not as pointing back', () => {
    const last = ['Hva er Fiks-plattformen?', 'Fiks-plattformen er felles kommunal arkitektur. [1]'];
    expect(resolve(...last, 'Hva er målet med Nasjonalt helsenett?').kind).toBe('self-contained');
    expect(resolve(...last, 'Hva er målet med plattformen?').kind).toBe('reference');
  });

  it('puts a fragment of names in the last question’s place whatever language its opening word is in', () => {
    const resolved = resolve('Hvor mye har fylket bevilget til DataVest?', '40 millioner kroner. [1]', 'and Digdir?');
    expect(resolved.kind).toBe('ellipsis');
    expect(resolved.interpreted).toBe('Hvor mye har fylket bevilget til Digdir?');
  });

  it('swaps the year of a year follow-up and a word for the word it narrows', () => {
    expect(resolve('Hva er målet for Norsk Helsenett innen 2011?', 'Alle kommuner. [1]', 'og i 2009?').interpreted).toBe(
      'Hva er målet for Norsk Helsenett innen 2009?',
    );
    expect(resolve('Når skal kommunene tilby elektronisk ID?', 'I 2009. [1]', 'hva med fylkeskommunene?').interpreted).toBe(
      'Når skal fylkeskommunene tilby elektronisk ID?',
    );
  });

  it('reads a message that opens with a topic-change marker as the question after it, with nothing from the last turn', () => {
    const read = resolve('Hvor mye har fylket bevilget til DataVest?', '40 millioner kroner til DataVest. [1]', 'Noe helt annet: hva er Altinn?');
    expect(read.kind).toBe('self-contained');
    expect(read.topicChange).toBe(true);
    expect(read.interpreted).toBe('Hva er Altinn?');
    expect(read.prepared.terms.stems).not.toContain(analyze('DataVest')[0]);
    expect(read.prepared.terms.stems).not.toContain(analyze('annet')[0]);
    const dialogue = dialogueOf(conversation('Hva er DigiFin?', 'En ordning. [1]', 'Noko anna – kva er Altinn?'));
    expect(otherReading(dialogue, prepare, resolveQuestion(dialogue, prepare))).toBeNull();
  });

  it('reads a message that turns to a named subject («Over til X: …») with that subject as its scene, not the last turn', () => {
    const last = ['Hvor stort budsjett har Vannverket AS?', 'Vannverket AS har et budsjett. [1]'];
    const read = resolve(...last, 'Over til legevaktene: hva trengs for at de skal bli godt bemannet?');
    expect(read.kind).toBe('self-contained');
    expect(read.topicChange).toBe(true);
    expect(read.previousAnswer).toBe('');
    expect(read.interpreted).toBe('hva trengs for at de skal bli godt bemannet (om: legevaktene)?');
    expect(read.prepared.terms.stems).toContain(analyze('legevaktene')[0]);
    expect(read.prepared.terms.stems).not.toContain(analyze('budsjett')[0]);
    expect(read.prepared.terms.stems).not.toContain(analyze('over')[0]);
    const dialogue = dialogueOf(conversation(...last, 'Apropos folkevalgte: fra når skulle alle ha en e-postadresse?'));
    const apropos = resolveQuestion(dialogue, prepare);
    expect(apropos.interpreted).toBe('fra når skulle alle ha en e-postadresse (om: folkevalgte)?');
    expect(otherReading(dialogue, prepare, apropos)).toBeNull();
  });

  it('does not read a refused yes/no ellipsis again as pointing back, but does read another refused ellipsis so', () => {
    const yesNo = dialogueOf(conversation('Stemmer det at kommunestyremøtene skulle sendes på nettet?', 'Ja – de skulle det. [1]', 'og fylkestingene?'));
    const read = resolveQuestion(yesNo, prepare);
    expect(read.kind).toBe('ellipsis');
    expect(read.yesNo).toBe(true);
    expect(otherReading(yesNo, prepare, read)).toBeNull();
    const asked = dialogueOf(conversation('Hvor mye kostet bredbåndet for kommunene?', 'Mye. [1]', 'og skolene?'));
    const askedRead = resolveQuestion(asked, prepare);
    expect(askedRead.kind).toBe('ellipsis');
    expect(otherReading(asked, prepare, askedRead)?.kind).toBe('reference');
  });

  it('reads a question asking a figure again by its definite noun as pointing back, with no reading on its own', () => {
    const dialogue = dialogueOf(
      conversation('Hvor mange lånte e-bøker på biblioteket i 2020?', 'I 2020 ble det lånt 40 000 e-bøker. [1]', 'Hva var tallet i 2017?'),
    );
    const read = resolveQuestion(dialogue, prepare);
    expect(read.kind).toBe('reference');
    expect(otherReading(dialogue, prepare, read)).toBeNull();
  });

  it('reads a new name put first, before a question that points back to nothing, as a topic change asked fresh', () => {
    const last = ['Hvem har Utdanningsdirektoratet valgt som leverandør?', 'Open Assessment Technologies. [1]'];
    const read = resolve(...last, 'Og Feide: hvor mange innlogginger ble registrert i 2019?');
    expect(read.kind).toBe('self-contained');
    expect(read.topicChange).toBe(true);
    expect(read.previousAnswer).toBe('');
    expect(read.prepared.terms.stems).toContain(analyze('Feide')[0]);
    expect(read.prepared.terms.stems).not.toContain(analyze('Utdanningsdirektoratet')[0]);
    expect(read).toEqual({ ...resolve('Og Feide: hvor mange innlogginger ble registrert i 2019?'), kind: 'self-contained', topicChange: true });
    // A pronoun points to the name put first: a reference. An opening adverb is no name (a digression adverb, «Forresten, …»,
    // opens an aside, read as a topic change by `afterTopicMarker`).
    expect(resolve(...last, 'Og Feide, hvem drifter den?').topicChange).toBeUndefined();
    expect(resolve(...last, 'Likevel, hvor mange leverandører ga tilbud?').topicChange).toBeUndefined();
    expect(resolve(...last, 'og for NAV: hvor mye?').topicChange).toBeUndefined();
  });

  it('shows the referent of an English follow-up to an English question in the asker’s words', () => {
    const english: EnglishDictionary = {
      source: 'test',
      entries: new Map([
        ['founded', ['etablere']],
        ['centre', ['senter']],
      ]),
    };
    const translating = (text: string) => prepareQuery(text, english);
    const read = resolveQuestion(dialogueOf(conversation('When was the centre founded?', 'I could not find an answer. ', 'Who runs it?')), translating);
    // Searched with the translation, shown in the question's own words.
    expect(read.prepared.terms.stems).toContain(analyze('senter')[0]);
    expect(read.interpreted).toBe('Who runs it (about: centre founded)?');
  });

  it('takes no numeral of an English last question as the referent: a count without its noun names nothing', () => {
    const english: EnglishDictionary = {
      source: 'test',
      entries: new Map([
        ['five', ['fem']],
        ['years', ['år']],
        ['criteria', ['kriterium']],
      ]),
    };
    const translating = (text: string) => prepareQuery(text, english);
    const read = (...contents: string[]) => resolveQuestion(dialogueOf(conversation(...contents)), translating);
    // A bare numeral was read as what «it» stands for («(about: five)»).
    const other = read('Which are the remaining five?', 'I could not find an answer. ', 'Who funds it?');
    expect(other.interpreted).not.toContain('five');
    expect(other.prepared.terms.stems).not.toContain(analyze('fem')[0]);
    // The noun it counts stays.
    expect(read('Which five criteria apply?', 'I could not find an answer. ', 'Who set them?').interpreted).toBe('Who set them (about: criteria apply)?');
  });

  it('keeps a year that is part of a name when a follow-up switches the year', () => {
    const read = resolve('How many households had a PC in 2004, according to eKommune 2009?', 'Halvparten. [1]', 'And in 2005?');
    expect(read.interpreted).toBe('How many households had a PC in 2005, according to eKommune 2009?');
    // The only year, though after a name, is still the one replaced.
    expect(resolve('Hva sa eKommune 2009 om bredbånd?', 'Alle. [1]', 'og i 2011?').interpreted).toContain('2011');
  });

  it('reads «året før» and «the year after» as the last question’s year minus or plus one', () => {
    expect(resolve('Hvor mange tonn ble det fisket i 2019?', '40 000 tonn. [1]', 'Og året før?').interpreted).toBe('Hvor mange tonn ble det fisket i 2018?');
    expect(resolve('How many logins were there in 2019?', '161 million. [1]', 'and the year after?').interpreted).toBe('How many logins were there in 2020?');
    // No single year to count from: the fragment stays a fragment.
    expect(resolve('Hvor mange tonn ble det fisket?', '40 000 tonn. [1]', 'Og året før?').interpreted).toContain('året før');
    expect(resolve('Hvor mange tonn ble det fisket?', 'I 2019 fisket de 40 000 tonn, i 2020 mer. [1]', 'Og året før?').interpreted).toContain('året før');
  });

  it('counts «året før» from the year the last answer states when the last question names none', () => {
    const read = resolve('Hvor mange pålogginger hadde Feide?', 'I 2019 har det vært 161 millioner pålogginger. [1]', 'og året før?');
    expect(read.interpreted).toContain('2018');
    expect(read.prepared.terms.numbers).toContain('2018');
    const later = resolve('Når kom strategien?', 'I januar 2019 la regjeringen frem strategien. [1]', 'Og hva skjedde året etter?');
    expect(later.interpreted).toContain('i 2020');
    // The last question's own year comes first.
    expect(resolve('Hvor mange tonn ble det fisket i 2019?', 'Det samme som i 2015. [1]', 'Og året før?').interpreted).toBe(
      'Hvor mange tonn ble det fisket i 2018?',
    );
  });

  it('does not count «året etter» from a year that only names a plan', () => {
    // «eKommune 2009» is a plan: no year to count from, unless the answer states one.
    expect(resolve('Hva var fristen for innlevering i Skoleplan 2015?', 'Alle skal levere. [1]', 'Og året etter?').interpreted).toContain('året etter');
    expect(resolve('Hva var fristen for innlevering i Skoleplan 2015?', 'Alle innen 2013. [1]', 'Og året etter?').interpreted).toContain('2014');
  });

  it('reads a whole question that closes with «året etter» or «the year before» with that year as a number', () => {
    const later = resolve('Hva skulle rektorene kunne innen 2007?', 'Lede arbeidet med IKT-strategi. [1]', 'Og hva var kravet til lærerne året etter?');
    expect(later.interpreted).toContain('lærerne i 2008');
    expect(later.prepared.terms.stems).toContain('2008');
    expect(later.prepared.terms.stems).not.toContain('2007');
    expect(resolve('How many logins were there in 2019?', '161 million. [1]', 'What was the target the year before?').interpreted).toContain('target in 2018');
    // Counted from something else («året før valget»), or no single year to count from: read as written.
    expect(resolve('Hva skjedde i 2019?', 'Mye. [1]', 'Hva skjedde året før valget?').interpreted).toContain('året før valget');
    expect(resolve('Hva skulle rektorene kunne?', 'Lede arbeidet. [1]', 'Og hva var kravet til lærerne året etter?').interpreted).toContain('året etter');
  });

  it('does not read a pronoun that points inside the question as pointing back', () => {
    const last = ['Hvorfor må det legges fiber fram til basestasjonene?', 'Fordi 5G krever det. [1]'];
    expect(resolve(...last, 'Hvem hjelper bygder der strømnettet er ekstra svakt?').kind).toBe('self-contained');
    expect(resolve(...last, 'Kan skolene selv velge om de vil bruke vurderingsverktøyet?').kind).toBe('self-contained');
    expect(resolve(...last, 'hva skjer der?').kind).toBe('reference');
    expect(resolve(...last, 'hvem betaler for at de kommer på plass?').kind).toBe('reference');
  });

  it('reads «dem»/«deres» after a plural noun of the same clause as pointing back: that noun would be «seg»/«sin»', () => {
    const last = [
      'Hvor mye koster nasjonale e-helseløsninger kommunene?',
      'Kommunene betaler en halv milliard kroner i året for nasjonale e-helseløsninger. [1]',
    ];
    const them = resolve(...last, 'Er det frivillig for kommunene å betale for dem?');
    expect(them.kind).toBe('reference');
    expect(them.interpreted).toContain('e-helseløsninger');
    expect(resolve(...last, 'Hvem bestemmer hva kommunene skal bruke pengene deres på?').kind).toBe('reference');
    // A noun of a clause before still binds it: «dem» in the «at» clause is «kommunene».
    expect(resolve(...last, 'Kan kommunene kreve at staten betaler for dem?').kind).toBe('self-contained');
  });

  it('does not read a formal «det» that stands for an infinitive after it as pointing back', () => {
    const last = ['Hva slags ansvar har fylkene når det bygges ut vindkraft?', 'Fylkene er sentrale, blant annet som planmyndighet. [1]'];
    const formal = resolve(...last, 'Er det frivillig for skolene å bruke vurderingsverktøyet?');
    expect(formal.kind).toBe('self-contained');
    expect(formal.interpreted).toBe('Er det frivillig for skolene å bruke vurderingsverktøyet?');
    // A short one still leans on the last turn (it has too few words of its own); a pronoun after «å» still points back.
    expect(resolve(...last, 'Hva koster det å delta?').kind).toBe('reference');
    expect(resolve(...last, 'Er det lov for fylkene å kreve betaling for det?').kind).toBe('reference');
    expect(resolve(...last, 'Trengs det en avtale for å bygge nettet?').kind).toBe('reference');
    // After a control verb «det» is the one meant to do the infinitive's verb: what the last turn named, not a definition asked.
    expect(resolve(...last, 'Hva er det ment å oppnå?').kind).toBe('reference');
    expect(resolve(...last, 'Hva pleier det å koste for kommunene?').kind).toBe('reference');
  });

  it('does not read the expletive «det» of idioms of state, existentials and «det slik at» as pointing back', () => {
    const last = ['Hva slags ansvar har fylkene når det bygges ut vindkraft?', 'Fylkene er sentrale, blant annet som planmyndighet. [1]'];
    for (const question of [
      'Hvordan står det til i videregående skole sammenlignet med grunnskolen?',
      'Korleis går det med innføringa av kjernejournal i kommunane?',
      'Hvordan ser det ut for bredbåndsutbyggingen i distriktene?',
      'Finnes det en nasjonal strategi for omsorgsteknologi i kommunene?',
      'Er det slik at kommunene må betale for journalsystemet selv?',
    ])
      expect(resolve(...last, question).kind, question).toBe('self-contained');
    // A pronoun besides still points back; the copula before an article may too («Is it a good idea?»), and an existential
    // copula keeps the last turn's topic («are there more projects?»: of that kind).
    expect(resolve(...last, 'Finnes det en egen veileder for det?').kind).toBe('reference');
    expect(resolve(...last, 'Er det flere prosjekter på gang?').kind).toBe('reference');
    expect(resolve(...last, 'Er det en god løsning for kommunene i distriktene?').kind).toBe('reference');
  });

  it('reads «gjør … det» as standing for what the last question asked about: no search word of its own, the referent in full', () => {
    const last = ['Er det frivillig for skolene å bruke vurderingsverktøyet?', 'Nei – Det er ikke frivillig for skolene å bruke verktøyet. [1]'];
    const read = resolve(...last, 'Gjør mange av skolene det?');
    const weightOf = (word: string) => read.prepared.terms.weights?.[read.prepared.terms.stems.indexOf(analyze(word)[0] ?? '')];
    expect(read.prepared.terms.stems).not.toContain(analyze('gjør')[0]);
    expect(weightOf('bruke')).toBe(1);
    // Another verb keeps its own word, and the referent is context.
    const other = resolve(...last, 'Liker mange av skolene det?');
    expect(other.prepared.terms.stems).toContain(analyze('liker')[0]);
    expect(other.prepared.terms.weights?.[other.prepared.terms.stems.indexOf(analyze('bruke')[0] ?? '')]).toBeLessThan(1);
  });

  it('puts a fragment after a fragment in that one’s place, not in place of a name of the frame', () => {
    const history = ['Hvor stor andel av brukerne har digitalt tilsyn, ifølge KS?', 'Digitalt tilsyn: 4,57 %. [1]', 'og nattkamera?'];
    expect(resolve(...history).interpreted).toBe('Hvor stor andel av brukerne har digitalt tilsyn, ifølge KS – nattkamera?');
    const listed = resolve(...history, 'Nattkamera: 2,83 %. [1]', 'enn GPS da?');
    expect(listed.interpreted).toBe('Hvor stor andel av brukerne har digitalt tilsyn, ifølge KS – GPS?');
    const weightOf = (stem: string) => listed.prepared.terms.weights?.[listed.prepared.terms.stems.indexOf(stem)];
    expect(weightOf('gps')).toBe(1);
    expect(weightOf('tilsyn')).toBeLessThan(1);
    expect(listed.prepared.terms.stems.filter((stem) => stem.startsWith('natt'))).toEqual([]);
  });

  it('replaces the number after the word a fragment repeats, and a year and a word together', () => {
    expect(resolve('Hva handler tiltak 4 i Skoleplan 3.0 om?', 'Om lesing. [1]', 'og tiltak 6?').interpreted).toBe('Hva handler tiltak 6 i Skoleplan 3.0 om?');
    expect(resolve('Hvor mange kommuner hadde ePost i 2009?', 'Alle. [1]', 'og fylkeskommunene i 2011?').interpreted).toBe(
      'Hvor mange fylkeskommunene i 2011 hadde ePost?',
    );
  });

  it('reads an English plural abbreviation in a fragment as a common noun, not a name that replaces the old one', () => {
    const resolved = resolve('When must all municipalities be connected to Norsk Helsenett?', 'In 2011. [1]', 'and the GPs?');
    expect(resolved.interpreted).toBe('When must all municipalities be connected to Norsk Helsenett – the GPs?');
  });

  it('reads a fragment whose head noun asks another kind than the last frame as a question of its own, the last turn as context', () => {
    const resolved = resolve('Hvor mye koster det å oppgradere linjen på en skole?', 'Det står ikke. [1]', 'Og målet for elevene med frist 2008?');
    expect(resolved.kind).toBe('reference');
    expect(resolved.interpreted.startsWith('Og målet for elevene med frist 2008')).toBe(true);
    // The same kind, or a frame that asks none, keeps the frame.
    expect(resolve('Hvor mye koster lisensen?', 'Ti kroner. [1]', 'og prisen for skolene?').kind).toBe('ellipsis');
  });

  it('does not replace a name with a common word; a fragment that replaces nothing carries the question, the rest is context', () => {
    const resolved = resolve('Når kjem gevinstane av IP-telefoni, ifølgje eKommune 2009?', 'Når telefoni går over IP. [1]', 'og ambisjonen for fylka?');
    expect(resolved.kind).toBe('ellipsis');
    expect(resolved.interpreted).toBe('Når kjem gevinstane av IP-telefoni, ifølgje eKommune 2009 – ambisjonen for fylka?');
    const weightOf = (stem: string) => resolved.prepared.terms.weights?.[resolved.prepared.terms.stems.indexOf(stem)];
    expect(weightOf('ambisjon')).toBe(1);
    expect(weightOf('ekommun')).toBe(0.5);
    // «og for fastlegene?» fills a place in the last question's frame, which applies in full.
    const framed = resolve('Når skal alle kommuner være tilknyttet Norsk Helsenett?', 'Innen 2011. [1]', 'og for fastlegene?');
    expect(framed.prepared.terms.weights?.every((weight) => weight === 1)).toBe(true);
  });

  it('shows a question read on its own as read, its misspellings corrected', () => {
    const knowledge = new WordKnowledge({
      ...emptyLanguageResources('test'),
      lemmas: { omsorgsteknologi: ['omsorgsteknologi'] },
      knownWords: WordFilter.build(['omsorgsteknologi', 'hva', 'er']).toData(),
    });
    const read = resolveQuestion(dialogueOf(conversation('Hva er omsorgsetknologi?')), (text) => prepareQuery(text, null, undefined, knowledge));
    expect(read.interpreted).toBe('Hva er omsorgsteknologi?');
  });

  it('adds the last question’s subject to a reference at half weight, and says so in the interpreted question', () => {
    const resolved = resolve('Hva er DigiFin?', 'DigiFin er en finansieringsordning. [1]', 'hvor mye penger har den fått?');
    expect(resolved.kind).toBe('reference');
    expect(resolved.interpreted).toBe('hvor mye penger har den fått (om: DigiFin)?');
    const index = resolved.prepared.terms.stems.indexOf('digifin');
    expect(resolved.prepared.terms.weights?.[index]).toBe(0.5);
    expect(resolved.previousAnswer).toContain('finansieringsordning');
  });

  it('keeps a telling name the last question asked about as what a reference points to, though its answer does not repeat it', () => {
    const turns = ['Hvor mange nye prosjekter har DigiFin fått inn?', 'Tre nye prosjekter er under vurdering i KS. [1]', 'Hvem har fått midler fra ordningen?'];
    const rarity = (stem: string) => (stem === 'digifin' ? 4 : 1);
    const read = (options: ResolveOptions) => resolveQuestion(dialogueOf(conversation(...turns)), prepare, options);
    expect(read({ rarity }).interpreted).toContain('(om: nye prosjekter DigiFin');
    // A name standing in most texts tells no passages apart, and without the index's weights no name is kept.
    expect(read({ rarity: () => 1 }).prepared.terms.stems).not.toContain('digifin');
    expect(read({}).prepared.terms.stems).not.toContain('digifin');
  });

  it('reads a pronominal adverb («derfra», «derifrå», «derav») as pointing back like a pronoun', () => {
    const resolved = resolve('Hva er DigiFin?', 'DigiFin er en finansieringsordning. [1]', 'Hvem har fått tildelt midler derfra?');
    expect(resolved.kind).toBe('reference');
    expect(resolved.interpreted).toBe('Hvem har fått tildelt midler derfra (om: DigiFin)?');
    expect(resolve('Hva er DigiFin?', 'DigiFin er ei ordning. [1]', 'Kven har fått midlar derifrå?').interpreted).toContain('(om: DigiFin)');
  });

  it('reads a quantifier standing alone («alle sammen», «begge deler») as pointing back to the things just named', () => {
    const resolved = resolve(
      'Hvilke prosjekter har DigiFin støttet?',
      'Digisos, Digihelse og FIKS MinSide har fått støtte fra DigiFin. [1]',
      'kan skolene bestille alle sammen allerede?',
    );
    expect(resolved.kind).toBe('reference');
    expect(resolved.interpreted).toContain('(om: ');
    expect(resolved.interpreted).toContain('DigiFin');
    // Not a search word of its own.
    expect(resolved.prepared.terms.stems).not.toContain(analyze('sammen')[0]);
    expect(resolve('Hva er Digisos og Digihelse?', 'To tjenester. [1]', 'Hvem eier begge deler?').kind).toBe('reference');
    // «alle kommunene sammen» is no pronoun.
    expect(resolve('Kan alle kommunene sammen kjøpe journalsystemet fra leverandøren?').kind).toBe('first');
  });

  it('reads a name put first after «og», then a yes/no question after a dash or comma, as a question of its own, not a fragment', () => {
    const last = ['må kommuner som bruker FIKS koble seg på eFormidling separat?', 'eFormidling er koblet sammen med FIKS-plattformen. [1]'];
    const read = resolve(...last, 'og eArkiv – kan skolene bruke den?');
    expect(read.kind).toBe('reference');
    expect(read.interpreted).toBe('og eArkiv – kan skolene bruke den?');
    expect(read.prepared.terms.stems).not.toContain(analyze('koble')[0]);
    // Opened by asking about it («kva med …»), any subject put first, not only a name: the clause after it is a question of its own.
    const omorganisering = ['vil ei stor omorganisering løyse dette, meiner KS?', 'Store omorganiseringar gir meirkostnader. [1]'];
    const other = resolve(...omorganisering, 'kva med andre land – kan vi kopiere modellane deira?');
    expect(other.kind).toBe('reference');
    expect(other.interpreted).not.toContain('omorganisering');
    expect(resolve(...omorganisering, 'og andre land – kan vi kopiere modellane deira?').kind).toBe('ellipsis');
    // After a bare «og», a clause whose subject pronoun takes up the phrase put first is a question of its own about that phrase.
    const reach = ['Skal alle lokalpolitikere kunne kontaktes på e-post?', 'Alle lokalpolitikere skal ha e-postadresse. [1]'];
    const representatives = resolve(...reach, 'Og stortingsrepresentantene – skal de også kunne nås slik?');
    expect(representatives.kind).toBe('reference');
    expect(representatives.interpreted).not.toContain('lokalpolitikere');
    expect(resolve(...reach, 'og læreplanene, skal de endres også?').kind).toBe('reference');
    expect(resolve('Hvor mye fikk kommunene i 2017?', 'Kommunene fikk 10 millioner i 2017. [1]', 'hva med 2022 – var det mer?').kind).not.toBe('reference');
    // A year put first asks the last question of that year: still a fragment in its frame.
    expect(resolve('Hvor mye fikk kommunene i 2017?', 'Kommunene fikk 10 millioner i 2017. [1]', 'og 2022, var det mer?').kind).not.toBe('reference');
  });

  it('answers a short follow-up in the conversation’s language and an English one in English', () => {
    expect(resolve('What is DigiFin?', 'DigiFin … [1]', 'og i 2020?').prepared.language).toBe('en');
    expect(resolve('Kva er DigiFin?', 'DigiFin … [1]', 'And who runs it?').prepared.language).toBe('en');
  });

  it('keeps a nynorsk conversation’s language for a longer follow-up that leans nynorsk and names no bokmål word', () => {
    expect(resolve('Kva er DigiFin?', 'DigiFin … [1]', 'Og for avtalar med staten i 2020?').prepared.language).toBe('nn');
    expect(resolve('Kva er DigiFin?', 'DigiFin … [1]', 'Og for avtaler med staten i 2020?').prepared.language).toBe('nb');
    expect(resolve('Kva er DigiFin?', 'DigiFin … [1]', 'Og hva med avtalar med staten i 2020?').prepared.language).toBe('nb');
    expect(resolve('Hva er DigiFin?', 'DigiFin … [1]', 'Og for avtalar med staten i 2020?').prepared.language).toBe('nb');
  });

  it('reads an English follow-up by its translated terms, the referent joining them as context', () => {
    const english = {
      source: 'test',
      entries: new Map([
        ['provide', ['tilby', 'levere']],
        ['contain', ['inneholde']],
        ['register', ['register']],
      ]),
    };
    const vocabulary = new Set(analyze('registeret inneholder mobilnummer tilby levere'));
    const prepareEnglish = (text: string) => prepareQuery(text, english, vocabulary);
    const messages = conversation('What does the register contain?', 'Registeret inneholder mobilnummer. [1]', 'Who provides it separately?');
    const { prepared } = resolveQuestion(dialogueOf(messages), prepareEnglish);
    // «levere» is another reading of «provides», not a second word the answer must hold; «separately» has no translation.
    expect(prepared.terms.stems).toContain('tilby');
    expect(prepared.terms.stems).not.toContain('lever');
    expect(prepared.terms.words?.[prepared.terms.stems.indexOf('tilby')]?.alternatives?.map((other) => other.stem)).toContain('lever');
    expect(prepared.terms.stems.some((stem) => stem.startsWith('separat'))).toBe(false);
    expect(prepared.terms.weights?.[prepared.terms.stems.indexOf('innehold')]).toBeLessThan(1);
  });

  it('reads the fragment of an English ellipsis as English, though alone it is too short to show its language', () => {
    const english = {
      source: 'test',
      entries: new Map([
        ['home', ['hjemme']],
        ['user', ['bruker']],
        ['many', ['mange']],
      ]),
    };
    const vocabulary = new Set(analyze('brukere hjemme mange'));
    const prepareEnglish = (text: string) => prepareQuery(text, english, vocabulary);
    // «at home» alone reads as Norwegian («at» is a bokmål word too): its «home» went untranslated («hom»).
    expect(prepareEnglish('at home').language).not.toBe('en');
    const messages = conversation('How many users are there?', 'Det er 399 461 brukere. [1]', 'And at home?');
    const read = resolveQuestion(dialogueOf(messages), prepareEnglish);
    expect(read.kind).toBe('ellipsis');
    expect(read.fresh).toContain(analyze('hjemme')[0]);
    expect(read.fresh).not.toContain('hom');
  });

  it('reads a short follow-up with no Norwegian word in an English conversation as English, though alone it reads as bokmål', () => {
    const english = {
      source: 'test',
      entries: new Map([
        ['phone', ['telefon']],
        ['contact', ['kontakte']],
        ['register', ['register']],
      ]),
    };
    const vocabulary = new Set(analyze('telefon kontakte registeret'));
    const prepareEnglish = (text: string, options = {}) => prepareQuery(text, english, vocabulary, undefined, options);
    // Alone «by phone?» shows no English function word («by» is a bokmål word too): its «phone» went untranslated («phon»).
    expect(prepareEnglish('by phone?').language).not.toBe('en');
    const read = resolveQuestion(dialogueOf(conversation('How do I contact the register?', 'Registeret svarer på e-post. [1]', 'by phone?')), prepareEnglish);
    expect(read.prepared.language).toBe('en');
    expect(read.prepared.terms.stems).toContain(analyze('telefon')[0]);
    expect(read.prepared.terms.stems).not.toContain('phon');
    // After a Norwegian turn it is read as its words show.
    const norwegian = resolveQuestion(
      dialogueOf(conversation('Hvordan kontakter jeg registeret?', 'Registeret svarer på e-post. [1]', 'by phone?')),
      prepareEnglish,
    );
    expect(norwegian.prepared.language).toBe('nb');
  });

  it('spots yes/no questions', () => {
    expect(resolve('Når skal kommunene tilby elektronisk ID?', 'I 2009. [1]', 'Gjelder det også fylkeskommunene?').yesNo).toBe(true);
    expect(resolve('Hva er DigiFin?').yesNo).toBe(false);
  });

  it('reads only a bounded history, whatever the client sends', () => {
    const long = 'hva med kommunene '.repeat(2_000);
    const messages = Array.from({ length: 50 }, (_, index) => (index % 2 === 0 ? long : `svar ${index}`));
    const dialogue = dialogueOf(conversation(...messages, 'og i 2011?'));
    expect(dialogue.previous).toHaveLength(dialogueBounds.turns);
    expect(dialogue.previous.every((turn) => turn.question.length <= dialogueBounds.chars)).toBe(true);
    expect(resolveQuestion(dialogue, prepare).interpreted.length).toBeLessThanOrEqual(maxResolvedChars);
  });
});

describe('reading a follow-up', () => {
  it('takes the referent from what the last answer was about, not every word of the last question', () => {
    const resolved = resolve(
      'Hva vil KS gjøre for å få bedre journalsystemer i kommunene?',
      'KS vil arbeide for en nasjonal godkjenningsordning for journalsystemer. [1]',
      'hvem skal drifte den?',
    );
    // «den» is the thing the answer introduced, «en nasjonal godkjenningsordning» (see `answerNewThing`).
    expect(resolved.interpreted).toBe('hvem skal drifte den (om: KS journalsystemer nasjonal godkjenningsordning)?');
    expect(resolved.prepared.terms.stems).not.toContain('gjør');
  });

  it('adds the last answer’s subject to the referent: the name a pronoun points to is often spelled out there', () => {
    const resolved = resolve('Hva er KSD?', 'Kommunesektorens organisasjon for digitalisering er et aksjeselskap. [1]', 'hva driver de med?');
    expect(resolved.interpreted).toBe('hva driver de med (om: KSD kommunesektorens organisasjon digitalisering)?');
    const context = resolved.prepared.terms.stems.filter((_, index) => (resolved.prepared.terms.weights?.[index] ?? 1) < 1);
    expect(context).toEqual(expect.arrayContaining(['organisasjon', 'digitalisering']));
    // A topic switch to a name of its own takes nothing from the last answer.
    expect(
      resolve('Hva er KSD?', 'Kommunesektorens organisasjon for digitalisering er et aksjeselskap. [1]', 'og Digdir, hva gjør de?').interpreted,
    ).not.toMatch(/organisasjon/u);
    // The same with a dash.
    const last = ['Hva er kunstig intelligens?', 'Kunstig intelligens er teknologi som lærer av data. [1]'];
    expect(resolve(...last, 'Hva med grønn skipsfart – når kom planen for det?').interpreted).not.toMatch(/intelligens|teknologi/iu);
  });

  it('reads the last answer’s opening word as a common noun in the referent unless the corpus writes it as a name', () => {
    // «Forumet» is capitalised only because it opens the answer: set mid-text it would be a name the answer must carry.
    const knowledge = new WordKnowledge({ ...emptyLanguageResources(), names: ['legeforeningen'] });
    const known = (text: string) => prepareQuery(text, null, undefined, knowledge);
    const read = (...contents: string[]) => resolveQuestion(dialogueOf(conversation(...contents)), known);
    const common = read('Hvem skal samordne arbeidet med IKT?', 'Forumet skal samordne arbeidet med IKT. [1]', 'hvor ofte møtes det?');
    expect(common.interpreted).toMatch(/forumet/u);
    expect(common.prepared.entities).not.toContain('forum');
    // A name the corpus writes capitalised inside sentences stays a name.
    const name = read('Hvem mener at IKT er viktig?', 'Legeforeningen mener at IKT er viktig. [1]', 'når ble den stiftet?');
    expect(name.interpreted).toMatch(/Legeforeningen/u);
    expect(name.prepared.entities).toContain('legeforening');
  });

  it('takes no subject from a last answer that carries nothing the last question asked: it answered something else', () => {
    // «Spørsmålet er om …» answers neither «kompetanseheving» nor «KS»: its subject is no referent of the next «det».
    const off = resolve('Kva vil KS gjere for kompetanseheving?', 'Spørsmålet er om det riktige grepet er radikale endringer. [1]', 'kvifor trengst det?');
    expect(off.interpreted).not.toMatch(/Spørsmålet/u);
    expect(off.interpreted).toMatch(/kompetanseheving/u);
    // An answer on what was asked gives its subject, and so does a definition's answer spelling out the name it defines.
    const on = resolve('Kva vil KS gjere for kompetanseheving?', 'Opplæringa i helsefag skal styrkjast med kompetanseheving. [1]', 'kvifor trengst det?');
    expect(on.interpreted).toMatch(/opplæringa/iu);
    const defined = resolve('Hva er NSEP?', 'Norsk senter for elektronisk pasientjournal er et forskningsmiljø. [1]', 'hva fant de ut?');
    expect(defined.interpreted).toMatch(/pasientjournal/u);
  });

  it('takes the rest of what the last question was read with when the new question repeats what its answer was about', () => {
    const resolved = resolve(
      'Hva kan kommunene få ut av det nye registeret?',
      'Kommunene kan hente ut gevinster. [1]',
      'hva bør kommunen gjøre for å hente ut gevinstene av det?',
    );
    expect(resolved.interpreted).toMatch(/\(om: .*registeret/u);
    expect(resolved.prepared.terms.stems).toContain('register');
  });

  it('reads a question closing with the particle «da» with the last turn as context', () => {
    const resolved = resolve(
      'Hvorfor er mange skeptiske til digitale eksamener?',
      'Det er motstand mot digitale eksamener av praktiske hensyn. [1]',
      'hva viser erfaringene hittil da?',
    );
    expect(resolved.kind).toBe('reference');
    expect(resolved.interpreted).toContain('eksamener');
  });

  it('reads «slik» before a noun as pointing back («kva kan slik undervisning gje?»)', () => {
    expect(
      resolve('Kva er fjernundervisning?', 'Fjernundervisning er undervisning over nett. [1]', 'kva kan slik undervisning gje elevane?').interpreted,
    ).toContain('fjernundervisning');
  });

  it('does not carry the last question’s year into a follow-up that names its own', () => {
    const resolved = resolve(
      'Hva skulle kommunene ha sørget for av bredbånd til skolene innen 2008?',
      'I løpet av 2008 skal alle kommuner ha sørget for bredbånd til skolene. [1]',
      'og hva skulle være ferdig allerede i 2006?',
    );
    expect(resolved.kind).not.toBe('self-contained');
    expect(resolved.prepared.terms.stems).toContain('2006');
    expect(resolved.prepared.terms.stems).not.toContain('2008');
    expect(resolved.interpreted).toMatch(/bredbånd/u);
  });

  it('reads «det» after a what-question as pointing to the thing the answer newly introduced', () => {
    const read = resolve('Hva har KS laget for skolene?', 'KS har i samarbeid med departementet utarbeidet et veiledningshefte. [1]', 'hva tar det opp?');
    expect(read.interpreted).toContain('veiledningshefte');
    // Not after a question that asks for no thing, nor for a pronoun of the other gender.
    expect(
      resolve('Når kom KS med skolene?', 'KS har i samarbeid med departementet utarbeidet et veiledningshefte. [1]', 'hva tar det opp?').interpreted,
    ).not.toContain('veiledningshefte');
    expect(resolve('Hva har KS laget for skolene?', 'KS har utarbeidet et veiledningshefte. [1]', 'hvem eier den?').interpreted).not.toContain(
      'veiledningshefte',
    );
  });

  it('reads «slike <noun>» as pointing to the kind the last turn named for that noun', () => {
    const read = resolve(
      'hva er problemet med tillitsrammeverket?',
      'Utfordringen er at det må inngås bilaterale avtaler om bruk av tjenestene. [1]',
      'hvor mange parter måtte gjøre slike avtaler med hverandre?',
    );
    expect(read.interpreted).toContain('bilaterale');
    expect(
      resolve('hva er problemet med tillitsrammeverket?', 'Utfordringen er tilliten. [1]', 'hvor mange parter måtte gjøre slike avtaler?').interpreted,
    ).not.toContain('bilaterale');
  });

  it('reads a pronoun after a new subject put first as pointing to that subject, not to the last turn', () => {
    const switched = resolve('Hva driver Norsk Helsenett med?', 'Norsk Helsenett drifter helsenettet. [1]', 'And Tolkeportalen, who runs that?');
    expect(switched.interpreted).toBe('And Tolkeportalen, who runs that?');
    expect(switched.prepared.terms.stems).not.toContain('helsenett');
    expect(resolve('Hva er eSignering?', 'eSignering er en felles tjeneste for signering. [1]', 'og Tolkeportalen, hvem drifter den?').interpreted).toBe(
      'og Tolkeportalen, hvem drifter den?',
    );
    // Without a new subject put first, the pronoun still points back.
    const back = resolve('Hva driver Norsk Helsenett med?', 'Norsk Helsenett drifter helsenettet. [1]', 'og hva koster det?');
    expect(back.interpreted).toContain('Helsenett');
  });

  it('does not search with a pointing word the analyser keeps («deira», «deres», «hennes»)', () => {
    const last = ['Kva er NSEP?', 'Norsk senter for elektronisk pasientjournal. [1]'];
    const switched = resolve(...last, 'enn Sjøfartsdirektoratet, kva er rolla deira?');
    expect(switched.prepared.terms.stems).toEqual(expect.arrayContaining(analyze('Sjøfartsdirektoratet')));
    expect(switched.prepared.terms.stems).not.toContain('der');
    expect(switched.interpreted).toBe('enn Sjøfartsdirektoratet, kva er rolla deira?');
    expect(resolve(...last, 'hva er hennes oppgave?').prepared.terms.stems).not.toContain('henn');
    // A first question is read as asked: a pointing word the analyser keeps stays a search word.
    expect(resolve(...last, 'hvem leverer slike løsninger?').prepared.terms.stems).not.toContain('slik');
    expect(resolve('Hvem leverer slike løsninger?').prepared.terms.stems).toContain('slik');
  });

  it('takes the referent from the last question when the last answer was a refusal', () => {
    const resolved = resolve('Hva koster DigiFin?', 'Jeg finner ikke svar på dette i dokumentene.', 'hvem betaler for den?');
    expect(resolved.interpreted).toContain('DigiFin');
  });

  it('sees Norwegian letters as part of a word («målet» is no yes/no question opening with «må»)', () => {
    expect(resolve('Hva er DigiFin?', 'En ordning. [1]', 'og målgruppa for tenesta?').yesNo).toBe(false);
    expect(resolve('Hva er DigiFin?', 'En ordning. [1]', 'Må kommunene betale?').yesNo).toBe(true);
  });

  it('offers the other reading: a self-contained follow-up in context, a reference without a pronoun on its own', () => {
    const messages = conversation('Hva er DigiFin?', 'En ordning for kommunale prosjekter. [1]', 'Hvilke prosjekter har fått penger hittil?');
    const dialogue = dialogueOf(messages);
    const read = resolveQuestion(dialogue, prepare);
    expect(read.kind).toBe('self-contained');
    const other = otherReading(dialogue, prepare, read);
    expect(other?.kind).toBe('reference');
    expect(other?.prepared.terms.stems).toContain('digifin');

    const short = dialogueOf(conversation('Hva er DigiFin?', 'En ordning. [1]', 'Hva slags arkiv er grunnboka?'));
    const shortRead = resolveQuestion(short, prepare);
    expect(shortRead.kind).toBe('reference');
    expect(otherReading(short, prepare, shortRead)?.interpreted).toBe('Hva slags arkiv er grunnboka?');

    const pointing = dialogueOf(conversation('Hva er DigiFin?', 'En ordning. [1]', 'hvem driver den?'));
    expect(otherReading(pointing, prepare, resolveQuestion(pointing, prepare))).toBeNull();
  });

  it('offers an ellipsis the reading that points back, not one that asks of a year or a number', () => {
    const last = ['Hvor mye kostet bredbåndet for kommunene?', 'Bredbåndet kostet kommunene 40 millioner kroner. [1]'];
    const fragment = dialogueOf(conversation(...last, 'og skolene?'));
    const read = resolveQuestion(fragment, prepare);
    expect(read.kind).toBe('ellipsis');
    const other = otherReading(fragment, prepare, read);
    expect(other?.kind).toBe('reference');
    expect(other?.prepared.terms.stems).toContain(analyze('skolene')[0]);
    // The last turn stays, as context.
    expect(other?.prepared.terms.stems).toContain(analyze('bredbåndet')[0]);
    const year = dialogueOf(conversation(...last, 'og i 2011?'));
    const yearRead = resolveQuestion(year, prepare);
    expect(yearRead.kind).toBe('ellipsis');
    expect(otherReading(year, prepare, { ...yearRead, newYears: ['2011'] })).toBeNull();
    expect(otherReading(year, prepare, yearRead)).toBeNull();
  });

  it('offers no reading that points back to a fragment opened by a preposition, which fills a place in the last question', () => {
    const last = ['How many of its members are from schools?', 'Vannforum Nord har over 200 medlemmer, der 50 er fra skolene. [1]'];
    const place = dialogueOf(conversation(...last, 'And from Oslo?'));
    const read = resolveQuestion(place, prepare);
    expect(read.kind).toBe('ellipsis');
    expect(otherReading(place, prepare, read)).toBeNull();
    // A question of its own after the preposition (read as a fragment when its words are few) is no such fragment.
    const own = dialogueOf(conversation(...last, 'from when will Skyløftet join DataVest?'));
    expect(otherReading(own, prepare, { ...resolveQuestion(own, prepare), kind: 'ellipsis' })?.kind).toBe('reference');
    // A fragment without a preposition («og skolene?») keeps it too: see the test above.
  });

  it('ends the phrase a prepositional fragment replaces before the context the last reading added', () => {
    const read = resolve('How many of its users come from the counties (about: Tolkeportalen)?', '300 kommer fra fylkene. [1]', 'And from Bergen?');
    expect(read.kind).toBe('ellipsis');
    expect(read.interpreted).toBe('How many of its users come from Bergen (about: Tolkeportalen)?');
  });

  it('offers no reading on its own for a follow-up that asks the last question again of a new year', () => {
    const last = ['Kor mange prosent av skulane har fiber i dag?', 'Skular med fiber: 64 prosent. [1]'];
    const again = dialogueOf(conversation(...last, 'Kva var prosenten i 2016?'));
    const read = resolveQuestion(again, prepare);
    expect(read.kind).toBe('reference');
    expect(otherReading(again, prepare, read)).toBeNull();
    // A new word besides the year is a question of its own, which may be read on its own.
    const other = dialogueOf(conversation(...last, 'Kva var budsjettet i 2016?'));
    expect(otherReading(other, prepare, resolveQuestion(other, prepare))?.kind).toBe('self-contained');
  });

  it('weighs a referent word by its weight in the question when judging the answer', () => {
    const resolved = resolve('Hva er DigiFin?', 'DigiFin er en finansieringsordning. [1]', 'hvor mye penger har den fått?');
    const weightOf = contextWeighted(resolved.prepared, () => 2);
    expect(weightOf('digifin')).toBe(1);
    expect(weightOf('penger')).toBe(2);
  });
});

describe('givenDefinite', () => {
  const heard = (text: string) => new Set(analyze(text));

  it('finds a definite noun the last turn used, or the head of a compound it used', () => {
    expect(givenDefinite('Har staten styrt utbygginga?', heard('Bredbåndsutbygging er viktig for distrikta.'))).toBe(true);
    expect(givenDefinite('Hva annet driver behovet opp?', heard('Behovet for bredbånd øker i helsesektoren.'))).toBe(true);
    expect(givenDefinite('Hvem eier selskapet?', heard('KS Digital er et selskap.'))).toBe(true);
  });

  it('finds none for a noun the last turn did not use, a form that is no definite, or a finite verb that ends like one', () => {
    expect(givenDefinite('Har staten styrt utbygginga?', heard('Kommunene trenger mer båndbredde.'))).toBe(false);
    // A definite plural names a whole class, which the conversation speaks of throughout.
    expect(givenDefinite('Hvor mye skal kommunene betale?', heard('Kommunene betaler for løsningen.'))).toBe(false);
    expect(givenDefinite('Hva kostet det?', heard('Hva koster det?'), (word) => word === 'kostet')).toBe(false);
    expect(givenDefinite('Utbygginga, hva koster den?', heard('Bredbåndsutbygging er viktig.'))).toBe(false);
  });

  it('reads a follow-up with such a noun with the last turn as context, and one that repeats all the last turn was about on its own', () => {
    const read = resolve(
      'Hvorfor trenger helsesektoren mer bredbånd?',
      'Behovet for bredbånd øker når kommunene knyttes til helsenettet. [1]',
      'Hva annet driver behovet opp?',
    );
    expect(read.kind).toBe('reference');
    expect(read.interpreted).toMatch(/\((?:om): .*bredbånd/u);
    expect(
      resolve('Hva er sikkerhetsportalen?', 'Sikkerhetsportalen gir innlogging. [1]', 'Hvilken leverandør vant kontrakten på sikkerhetsportalen?').kind,
    ).toBe('self-contained');
  });

  it('offers no reading on its own for a follow-up that points back with such a noun, as for a generic one', () => {
    const dialogue = dialogueOf(
      conversation(
        'Hvorfor trenger helsesektoren mer bredbånd?',
        'Behovet for bredbånd øker når kommunene knyttes til helsenettet. [1]',
        'Hva annet driver behovet opp?',
      ),
    );
    const read = resolveQuestion(dialogue, prepare);
    expect(read.kind).toBe('reference');
    expect(otherReading(dialogue, prepare, read)).toBeNull();
  });
});
