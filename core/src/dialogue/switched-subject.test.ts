import { describe, expect, it } from 'vitest';
import { emptyLanguageResources, WordKnowledge } from '../analysis';
import { prepareQuery } from '../retrieval/query';
import type { ChatMessage, ChatResponse } from '../schemas';
import { dialogueOf, type Turn } from './dialogue-state';
import { resolveQuestion } from './follow-up';
import { keepsSwitch, keepsYear, keepsYearDistance, newYears } from './switched-subject';

const prepare = (text: string) => prepareQuery(text, null);
const resolve = (...contents: string[]) =>
  resolveQuestion(dialogueOf(contents.map((content, index): ChatMessage => ({ role: index % 2 === 0 ? 'user' : 'assistant', content }))), prepare);

const answer = (text: string): ChatResponse => ({
  answer: `${text} [1]`,
  citations: [],
  abstained: false,
  related: [],
  reason: '',
  language: 'nb',
  confidence: 0.8,
});

const first = 'Hvor mye kan Sykehuset Telemark spare på nettbasert behandling?';
const firstAnswer = 'Sykehuset Telemark har vist at de kan spare 8 millioner per år ved nettbasert behandling. [1]';

describe('keepsSwitch', () => {
  it('refuses an answer about the old subject when the follow-up switches to a name of its own', () => {
    const resolved = resolve(first, firstAnswer, 'og hvor mye har Sykehuset Østfold fått igjen for det?');
    expect(resolved.switched).toContain('østfold');
    const response = keepsSwitch(resolved, answer('Sykehuset Telemark har vist at de kan spare 8 millioner per år.'));
    expect(response.abstained).toBe(true);
    expect(response.citations).toEqual([]);
    expect(response.reason).toContain('«Østfold»');
  });

  it('keeps an answer that carries the name switched to', () => {
    const resolved = resolve(first, firstAnswer, 'og hvor mye har Sykehuset Østfold fått igjen for det?');
    const response = keepsSwitch(resolved, answer('Sykehuset Østfold har spart 2 millioner kroner på nettbasert behandling.'));
    expect(response.abstained).toBe(false);
  });

  it('takes no name the follow-up gives as its source («ifølgje KS», «according to Digdir») for a subject switched to', () => {
    const last = ['Kor mykje betaler kommunen for ein fallsensor?', 'Ein fallsensor kostar kommunen 150 kroner i veka. [1]'];
    const sourced = resolve(...last, 'Og kor stor del av heimebuarane har fallsensor no, ifølgje KS?');
    expect(sourced.switched ?? []).toEqual([]);
    expect(keepsSwitch(sourced, answer('Del av heimebuarane som har fallsensor: 12,5 %.')).abstained).toBe(false);
    expect(resolve(...last, 'And what share of users have one today, according to Digdir?').switched ?? []).toEqual([]);
    // A name of its own that is no source still switches.
    expect(resolve(...last, 'Og kor stor del av heimebuarane i Tromsø har fallsensor, ifølgje KS?').switched).toContain('tromsø');
  });

  it('reads a switched compound met by its modifier only as not carried («hjelpemiddelformidlingen» in an answer about «hjelpemidler»)', () => {
    const knowledge = new WordKnowledge({ ...emptyLanguageResources('test'), lemmas: { hjelpemidler: ['hjelpemiddel'], formidling: ['formidling'] } });
    const base = resolve(first, firstAnswer, 'og hvor mye har Hjelpemiddelformidlingen spart på det?');
    const word = { lemmas: [], parts: ['hjelpemiddel', 'formidling'] };
    const resolved = {
      ...base,
      switched: ['hjelpemiddelformidling'],
      prepared: { ...base.prepared, terms: { ...base.prepared.terms, stems: ['hjelpemiddelformidling'], words: [word] } },
    };
    expect(keepsSwitch(resolved, answer('Kommunen låner ut hjelpemidler til innbyggerne.'), knowledge).abstained).toBe(true);
    expect(keepsSwitch(resolved, answer('Formidling av hjelpemidler sparer kommunen penger.'), knowledge).abstained).toBe(false);
  });

  it('asks nothing of a follow-up that names nothing new («og når skal han reviderast?»)', () => {
    const resolved = resolve('Kva skal handlingsplanen sjå nærare på?', 'Mulige tiltak. [1]', 'og når skal han reviderast?');
    expect(resolved.switched ?? []).toEqual([]);
    const response = keepsSwitch(resolved, answer('Handlingsplanen blir evaluert i 2027.'));
    expect(response.abstained).toBe(false);
  });
});

describe('keepsYear', () => {
  const turns = (...contents: string[]): Turn[] =>
    dialogueOf(contents.map((content, index): ChatMessage => ({ role: index % 2 === 0 ? 'user' : 'assistant', content }))).previous;
  const logins = ['Hvor mange analyser gjorde Vannportalen i 2019?', 'I 2019 gjorde Vannportalen 40 000 analyser. [1]'];
  const cited = (text: string, year = 2020): ChatResponse => ({
    ...answer(text),
    citations: [{ chunkId: 'c', file: 'f.txt', title: 'T', heading: '', text, score: 1, start: 0, end: text.length, alsoIn: [], year }],
  });

  it('reads the years a follow-up newly asks about, not those the last turns named nor a plan named with its year', () => {
    expect(newYears(resolve(...logins, 'og i 2018?'), turns(...logins, 'og i 2018?'))).toEqual(['2018']);
    expect(newYears(resolve(...logins, 'og året før?'), turns(...logins, 'og året før?'))).toEqual(['2018']);
    expect(newYears(resolve(...logins, 'hvem driver den?'), turns(...logins, 'hvem driver den?'))).toEqual([]);
    const plan = ['Når skulle kommunene kobles på helsenettet?', 'I løpet av 2007 skal alle kommuner være tilknyttet. [1]'];
    expect(newYears(resolve(...plan, 'og hva sa eKommune 2009 om det?'), turns(...plan, 'og hva sa eKommune 2009 om det?'))).toEqual([]);
  });

  it('refuses an answer whose cited passages do not state the new year, naming it', () => {
    const response = keepsYear(['2018'], cited('Alle kommuner bruker nå Vannportalen, og i 2019 gjorde den 40 000 analyser.'));
    expect(response.abstained).toBe(true);
    expect(response.reason).toContain('«2018»');
    expect(response.related).toHaveLength(1);
  });

  it('keeps an answer whose cited passage states the year or is of that year', () => {
    expect(keepsYear(['2018'], cited('I 2018 gjorde Vannportalen 35 000 analyser.')).abstained).toBe(false);
    expect(keepsYear(['2018'], cited('Vannportalen gjorde 35 000 analyser i fjor.', 2018)).abstained).toBe(false);
  });

  it('with the question given, counts the new year only in a sentence that also carries a word of the question', () => {
    const resolved = resolve(...logins, 'og i 2018?');
    const passage = 'NAV-reformen ble gjennomført i 2018. Vannportalen gjorde 40 000 analyser i 2019.';
    expect(keepsYear(['2018'], cited(passage), { resolved }).abstained).toBe(true);
    // Anywhere in the passage is enough without the question.
    expect(keepsYear(['2018'], cited(passage)).abstained).toBe(false);
    expect(keepsYear(['2018'], cited('NAV-reformen kom. I 2018 gjorde Vannportalen 35 000 analyser.'), { resolved }).abstained).toBe(false);
    // A heading that states the year still counts; a document issued that year does not state it.
    const plain = cited(passage);
    const headed: ChatResponse = { ...plain, citations: plain.citations.map((citation) => ({ ...citation, heading: 'Tall for 2018' })) };
    expect(keepsYear(['2018'], headed, { resolved }).abstained).toBe(false);
    expect(keepsYear(['2018'], cited(passage, 2018), { resolved }).abstained).toBe(true);
    expect(keepsYear(['2018'], cited('Vannportalen gjorde 35 000 analyser i fjor.', 2018), { resolved }).abstained).toBe(true);
  });

  it('takes no year of a Storting session a document is cited with («St.meld. nr. 46 (2004-2005)») for a year the sentence states', () => {
    const resolved = resolve(...logins, 'og i 2004?');
    const session = 'St.meld. nr. 46 (2004-2005) Ny organisering av Vannportalen.';
    expect(keepsYear(['2004'], cited(session), { resolved }).abstained).toBe(true);
    expect(keepsYear(['2004'], cited('I 2004 fikk Vannportalen ny organisering.'), { resolved }).abstained).toBe(false);
  });

  it('takes no year of a span naming a plan or a session («Digital agenda (2015-2016)», «plan 2020–2023») for a year the sentence states', () => {
    const resolved = resolve(...logins, 'og i 2015?');
    expect(keepsYear(['2015'], cited('Vannportalen er en oppfølging av Digital agenda (2015-2016).'), { resolved }).abstained).toBe(true);
    expect(keepsYear(['2015'], cited('Vannportalen inngår i Nasjonal vannplan 2015–2021.'), { resolved }).abstained).toBe(true);
    expect(keepsYear(['2015'], cited('I 2015 gjorde Vannportalen 30 000 analyser.'), { resolved }).abstained).toBe(false);
    // A span the question writes itself is the period asked about.
    const spanned = resolve(...logins, 'og i 2015–2016?');
    expect(keepsYear(['2015'], cited('Vannportalen gjorde 60 000 analyser i 2015–2016.'), { resolved: spanned }).abstained).toBe(false);
  });

  it('counts a new year asked as the follow-up’s own time only in a sentence that speaks of the last answer’s topic or of its own', () => {
    const turns = ['Hva skal kommunene gjøre med hjelpemiddelsentralene?', 'KS vil etablere elektronisk samhandling med hjelpemiddelsentralene. [1]'];
    const resolved = resolve(...turns, 'Hva var målet for det i 2005?');
    // Only the follow-up's frame («målet») in a sentence on another plan: the year of another topic.
    expect(keepsYear(['2005'], cited('eNorge-planen fra juni 2005 har tre mål for offentlig sektor.'), { resolved }).abstained).toBe(true);
    expect(keepsYear(['2005'], cited('Målet i 2005 var elektronisk samhandling med alle hjelpemiddelsentralene.'), { resolved }).abstained).toBe(false);
    // A follow-up bringing its own topic: a sentence carrying two of its new words speaks of it.
    const own = resolve(...turns, 'Hvor mange arbeidstakere per pensjonist var det i 2010?');
    expect(
      keepsYear(['2010'], cited('Det blir færre arbeidstakere per pensjonist, fra nesten 5 i 2010 til rundt 3 i 2050.'), { resolved: own }).abstained,
    ).toBe(false);
    // A unit of measure is the kind of fact asked, not its topic: a sentence sharing only «kroner» with the last quote is of another topic.
    const budget = ['Hvor mye er satt av i budsjettforslaget for 2020?', 'Budsjettforslaget for 2020 innebærer 707 mill. kroner til digitalisering. [1]'];
    const next = resolve(...budget, 'og for 2021?');
    expect(keepsYear(['2021'], cited('Kommunene har satt av 4,5 mrd. kroner til e-helse i 2021.'), { resolved: next }).abstained).toBe(true);
    expect(keepsYear(['2021'], cited('Budsjettforslaget for 2021 innebærer 800 mill. kroner.'), { resolved: next }).abstained).toBe(false);
    // A year that is no time of the fact asked («innen 2009», a horizon) is read as before.
    const horizon = resolve(...turns, 'Hva skulle være på plass innen 2009 ifølge målene?');
    expect(keepsYear(['2009'], cited('Innen 2009 skal målene for offentlig sektor være nådd.'), { resolved: horizon }).abstained).toBe(false);
  });

  it('refuses an answer that opens by repeating the last answer’s fact of another year, though a passage it cites states the new one', () => {
    const resolved = resolve(...logins, 'og i 2018?');
    const repeated = cited('I 2019 gjorde Vannportalen 40 000 analyser. [1] Vannportalen ble lansert i 2018 som et felles verktøy.');
    const response = keepsYear(['2018'], repeated, { resolved });
    expect(response.abstained).toBe(true);
    expect(response.reason).toContain('«2018»');
    // Only a repeat of the last answer: a new sentence of the other year is left to the passage's years; a repeated period
    // holding the new year is kept.
    const fresh = cited('I 2019 gjorde Vannportalen 41 000 analyser. [1] Vannportalen ble lansert i 2018 som et felles verktøy.');
    expect(keepsYear(['2018'], fresh, { resolved }).abstained).toBe(false);
    const period = resolve('Hva var målet for Vannportalen?', 'I perioden 2016–2020 skal Vannportalen gjøre analyser for kommunene. [1]', 'og i 2018?');
    const held = cited('I perioden 2016–2020 skal Vannportalen gjøre analyser for kommunene. [1] I 2018 gjorde Vannportalen 35 000 analyser.');
    expect(keepsYear(['2018'], held, { resolved: period }).abstained).toBe(false);
  });
});

describe('keepsYearDistance', () => {
  it('refuses a follow-up asking about «året før» when neither the last question nor its answer names one year', () => {
    const unread = resolve('Hvor mange fylker har fått nye vannmålere totalt?', '11 fylker har fått nye vannmålere. [1]', 'og året før?');
    const response = keepsYearDistance(unread, answer('KS og departementet fornyer samarbeidsavtalen for to nye år.'));
    expect(response.abstained).toBe(true);
    expect(response.reason).toContain('«året før»');
    // Read as a year (here from the answer): the year is checked by `keepsYear` instead.
    const read = resolve('Hvor mange analyser gjorde Vannportalen?', 'I 2019 gjorde Vannportalen 40 000 analyser. [1]', 'og året før?');
    expect(keepsYearDistance(read, answer('I 2018 var det 35 000.')).abstained).toBe(false);
    // Counted from something else: no distance asked.
    const election = resolve('Hva skjedde med valget?', 'Det ble prøvd ut. [1]', 'Hva skjedde året før valget?');
    expect(keepsYearDistance(election, answer('Forsøk ble gjennomført.')).abstained).toBe(false);
  });
});
