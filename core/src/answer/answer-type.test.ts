import { describe, expect, it } from 'vitest';
import {
  unitAsked,
  measureAsked,
  statesMeasure,
  answerTypeOf,
  asksForDate,
  asksBodyOfPerson,
  officeAsked,
  asksLeadingRole,
  asksForPlace,
  asksForSite,
  asksForReply,
  statesReply,
  asksForShare,
  asksForFunding,
  asksForPrice,
  namedFactAsked,
  asksForDeadline,
  statesPointInTime,
  statesFunding,
  statesPrice,
  statesShare,
  bodyKindsIn,
  countedAfterNumbers,
  withoutListNumbers,
  countedPhraseOf,
  countedStemsOf,
  searchStemsOf,
  givesYear,
  namesLeadingRole,
  periodYearsIn,
  rolesOfOtherBodies,
  statesAnswerType,
  statesDate,
  statesPlace,
  statesPlanTarget,
  timeFrameOf,
  withoutSessionCitations,
  yearsIn,
} from './answer-type';
import { analyze } from '../analysis/analyze';

describe('answerTypeOf', () => {
  it('reads «hvem fra …» as asking for a person of the body it names, not for the body', () => {
    expect(answerTypeOf('Hvem fra fylket skal sitte i styret?')).toBe('person');
    expect(answerTypeOf('Kven frå forbundet talar på møtet?')).toBe('person');
    expect(answerTypeOf('Who from the agency will join the board?')).toBe('person');
    expect(answerTypeOf('Hvem i direktoratet følger opp planen?')).toBe('who');
  });

  it('reads a degree question after an opening «hvordan»/«hvorfor»/«how»/«why» as indirect, unless a second question is joined on', () => {
    expect(answerTypeOf('Hvordan kan man konkret se hvor mye en kommune kan spare?')).toBeNull();
    expect(answerTypeOf('Korleis kan ein sjå kor mange kommunar som er med?')).toBeNull();
    expect(answerTypeOf('Why is it hard to say how many schools have broadband?')).toBeNull();
    expect(answerTypeOf('How does KS help councils, and how much does it cost?')).toBe('amount');
    expect(answerTypeOf('Hvordan skal ordningen virke og hvor mange kommuner er med?')).toBe('count');
    expect(answerTypeOf('Hvor mange kommuner er med?')).toBe('count');
  });

  it('reads the kind of fact asked for from bokmål, nynorsk and English question words', () => {
    expect(answerTypeOf('Hva koster medlemskap i Vannforum Nord?')).toBe('amount');
    expect(answerTypeOf('What is the contract worth?')).toBe('amount');
    expect(answerTypeOf('Hva er avtalen med leverandøren verdt?')).toBe('amount');
    expect(answerTypeOf('Kva er avtalen verd?')).toBe('amount');
    expect(answerTypeOf('Hva er det verdt å satse på?')).toBeNull();
    expect(answerTypeOf('Kor mykje pengar fekk Skyløftet av fylket i fjor?')).toBe('amount');
    expect(answerTypeOf('hvor mange kommuner deltar i felles journalløft')).toBe('count');
    expect(answerTypeOf('Innen når skal alle kommuner være tilknyttet Norsk Helsenett?')).toBe('time');
    expect(answerTypeOf('Kven eig KS Digital?')).toBe('who');
    expect(answerTypeOf('What is the name of the platform the municipalities share?')).toBe('who');
    expect(answerTypeOf('Kor lenge har avtalen gjolde?')).toBe('time');
    expect(answerTypeOf('How long was the agreement extended?')).toBe('time');
    expect(answerTypeOf('What is telemedicine?')).toBeNull();
    expect(answerTypeOf('Kva trengst når lærarane manglar erfaring med nettbrett?')).toBeNull();
    expect(answerTypeOf('Hvem grunnla Senter for kvalitet i skolene, og når?')).toBe('who');
  });

  it('reads «what year» and «årstal(l)» as asking for a time', () => {
    expect(answerTypeOf('By what year should all councillors be reachable by e-mail?')).toBe('time');
    expect(answerTypeOf('Kva årstal sette planen som frist?')).toBe('time');
    expect(answerTypeOf('Hvilket årstall er fristen?')).toBe('time');
  });

  it('reads a deadline asked about by its noun as asking for a time, not one named after «innen»/«by», nor when left out for a fragment', () => {
    expect(answerTypeOf('Is there a deadline for this migration?')).toBe('time');
    expect(answerTypeOf('Er det en frist for å ta i bruk løsningen?')).toBe('time');
    expect(answerTypeOf('Hva var høringsfristen for forslaget?')).toBe('time');
    expect(answerTypeOf('Rakk skolene å levere rapportene innen fristen?')).toBeNull();
    expect(answerTypeOf('og fristen for å sende inn søknadene?', { deadline: false })).toBeNull();
    expect(answerTypeOf('Og målet for elevene med frist 2008?')).toBeNull();
    expect(answerTypeOf('What was the deadline 2010 about?')).toBeNull();
    expect(answerTypeOf('Hva er fristen for 2010-planen?')).toBe('time');
  });

  it('reads a date or point in time asked about by its noun in an existential frame as asking for a time, not one the question names', () => {
    expect(answerTypeOf('Finst det ein dato for når skulane skal byte læringsplattform?')).toBe('time');
    expect(answerTypeOf('Er det satt et tidspunkt for når biblioteket åpner igjen?')).toBe('time');
    expect(answerTypeOf('Has there been any date set for the new portal?')).toBe('time');
    expect(answerTypeOf('Hva skjedde med søknadene etter den datoen?')).toBeNull();
    expect(answerTypeOf('Finnes det en veileder for innkjøp av nettbrett?')).toBeNull();
    expect(answerTypeOf('Har de en plan for det?', { deadline: false })).toBeNull();
  });

  it('reads «hvor mye» about a grant named by a compound («engangsstøtte», «driftstilskot») as asking for money, not a count', () => {
    expect(answerTypeOf('Hvor mye fikk hver skole i etableringsstøtte?')).toBe('amount');
    expect(answerTypeOf('Kor mykje får fylket i driftstilskot?')).toBe('amount');
    expect(answerTypeOf('Hvor mye skal e-helsekostnadene vokse?')).toBe('count');
  });

  it('reads a question asking who signed, in any form of the verb, as asking for a person', () => {
    expect(answerTypeOf('Hvem har skrevet under på innspillet?')).toBe('person');
    expect(answerTypeOf('Kven skreiv under brevet?')).toBe('person');
    expect(answerTypeOf('Who signed the letter?')).toBe('person');
  });

  it('reads a size asked of a sum of money as an amount, and no other size («hvor stor betydning» is a judgement)', () => {
    expect(answerTypeOf('Hvor stor aksjekapital har selskapet?')).toBe('amount');
    expect(answerTypeOf('Kor høge kostnader reknar dei med?')).toBe('amount');
    expect(answerTypeOf('Hvor store investeringer trengs i bredbånd?')).toBe('amount');
    expect(answerTypeOf('How large a budget does the programme have?')).toBe('amount');
    expect(answerTypeOf('Hvor store samlede kostnader fikk fylket?')).toBe('amount');
    expect(answerTypeOf('Kor stort årleg tilskot får kvar skule?')).toBe('amount');
    expect(answerTypeOf('Hvor stor var prisen på den nye brua?')).toBe('amount');
    expect(answerTypeOf('Kor stort er budsjettet til fylket i år?')).toBe('amount');
    expect(answerTypeOf('Hvor stor betydning har digital kompetanse?')).toBeNull();
    expect(answerTypeOf('Hvor store utfordringer har kommunene?')).toBeNull();
  });

  it('reads a sum asked with a past modal or a progressive «costing», and a price tag or contract value after a copula, as an amount', () => {
    expect(answerTypeOf('hva ville det koste å gi hver elev sin egen PC?')).toBe('amount');
    expect(answerTypeOf('Kva ville det kosta om alle elevane skulle få kvar sin maskin?')).toBe('amount');
    expect(answerTypeOf('Hva kunne det koste å bygge ut nettet?')).toBe('amount');
    expect(answerTypeOf('What did that reform end up costing the state?')).toBe('amount');
    expect(answerTypeOf('What could it cost the counties?')).toBe('amount');
    expect(answerTypeOf('hva er prislappen på Akson?')).toBe('amount');
    expect(answerTypeOf('What is the price tag of the new portal?')).toBe('amount');
    expect(answerTypeOf('Hva er kontraktsverdien med leverandøren?')).toBe('amount');
    expect(answerTypeOf('Kva skal KS gjere med prislappen for satsinga?')).toBeNull();
    expect(answerTypeOf('Hva ville det bety for kommunene?')).toBeNull();
  });

  it('blanks the session a Storting document is cited by, not the years a sentence states of its topic', () => {
    expect(yearsIn(withoutSessionCitations('St.meld. nr. 30 (2002-2003) «Norge digitalt» kom i 2003.'))).toEqual(['2003']);
    expect(yearsIn(withoutSessionCitations('Meld. St. 7 (2019–2020) og Prop. 1 S (2019–2020) omtaler planen.'))).toEqual([]);
    expect(yearsIn(withoutSessionCitations('Planen gjelder for perioden (2019–2020).'))).toEqual(['2019', '2020']);
  });

  it('reads «hva må … betale» as asking for a sum, as «hva har … kostet»', () => {
    expect(answerTypeOf('Hva måtte kommunene betale for å være med i avtalen?')).toBe('amount');
    expect(answerTypeOf('What do the municipalities pay for the service?')).toBe('amount');
    expect(answerTypeOf('Hva ønsker KS å gjøre med loven som pålegger kommunene å betale?')).toBeNull();
  });

  it('reads a sum asked by its noun after «hvilken/which» and costs asked with a plural verb as an amount', () => {
    expect(answerTypeOf('Hvilken sum ble satt av til ordningen?')).toBe('amount');
    expect(answerTypeOf('Kva for eit beløp fekk kommunane?')).toBe('amount');
    expect(answerTypeOf('What sum does the budget set aside for this?')).toBe('amount');
    expect(answerTypeOf('What were the costs of the project in 2019?')).toBe('amount');
    expect(answerTypeOf('Hva var kostnadene ved prosjektet?')).toBe('amount');
    expect(answerTypeOf('Hvilken summering gjør rapporten?')).toBeNull();
  });

  it('reads a price, budget or cost named in the singular after «hvilken/kva/what», «hva betaler» and a cost estimate as an amount', () => {
    expect(answerTypeOf('Hvilken pris tar leverandøren for lisensen?')).toBe('amount');
    expect(answerTypeOf('Kva budsjett fekk prosjektgruppa i fjor?')).toBe('amount');
    expect(answerTypeOf('What budget does the agency have for this?')).toBe('amount');
    expect(answerTypeOf('Hva betaler skolen for tilgangen?')).toBe('amount');
    expect(answerTypeOf('Kva er kostnadsoverslaget for den nye portalen?')).toBe('amount');
    expect(answerTypeOf('Hva er budsjettramma for tiltaket?')).toBe('amount');
    expect(answerTypeOf('Hvilke kostnader må kommunene regne med?')).toBeNull();
    expect(answerTypeOf('Hva er budsjettprosessen i fylket?')).toBeNull();
    expect(answerTypeOf('Hva er kostnadseffektiviteten et mål på?')).toBeNull();
  });
  it('reads «når» opening a follow-up after «og»/«men» or after the dash of «Hva med X –» as the question word', () => {
    expect(answerTypeOf('og når kom den?')).toBe('time');
    expect(answerTypeOf('Men når blir den ferdig?')).toBe('time');
    expect(answerTypeOf('Hva med Digdir – når ble det opprettet?')).toBe('time');
    expect(answerTypeOf('What about the plan - when was it adopted?')).toBe('time');
    // «når» inside the question is still the conjunction
    expect(answerTypeOf('og hva skjer når det er ferdig?')).toBeNull();
    // «når det gjelder» is «as for»
    expect(answerTypeOf('Og når det gjelder Norge digitalt?')).toBeNull();
    expect(answerTypeOf('Når det gjeld portalen, kva kostar den?')).toBe('amount');
    expect(answerTypeOf('Hva med Digdir – hva gjør de når det skjer?')).toBeNull();
    // «og hvem» is left untyped: typed, its follow-ups met freshApart (tune −2, test +1)
    expect(answerTypeOf('Og hvem startet det?')).toBeNull();
  });
  it('reads a question word after a verb of saying or knowing in a question opening with a verb as the question it asks', () => {
    expect(answerTypeOf('Does the appendix say who chairs Digitaliseringsutvalget?')).toBe('person');
    expect(answerTypeOf('Står det hvem som har ansvaret for portalen?')).toBe('who');
    expect(answerTypeOf('Er det sagt noko om når prosjektet blir klart?')).toBe('time');
    expect(answerTypeOf('Vet vi når løsningen kommer?')).toBe('time');
    expect(answerTypeOf('Does KS say when the plan ends?')).toBe('time');
    // «når» after a verb in a question that opens with a question word is the conjunction «when»
    expect(answerTypeOf('Hvilke fellestiltak nevner KS når de beskriver samstyringen?')).toBeNull();
    expect(answerTypeOf('Kva viser seg når ein førebur elektronisk samhandling?')).toBeNull();
  });
});

describe('statesAnswerType', () => {
  it('does not read a compound named after a name the question holds as another agent of a who-question', () => {
    const question = { stems: new Set(analyze('Hvem hadde ledelsen av bredbåndsprogrammet Høykom?')), numbers: new Set<string>() };
    expect(statesAnswerType('Høykom-programmet er videreført for tre nye år fra 2005.', 'who', question)).toBe(false);
    expect(statesAnswerType('HØYKOM-programmet som ble etablert for å støtte opp om bredbåndsutviklingen.', 'who', question)).toBe(false);
    // another agent beside it, or a compound named after another name, is an answer
    expect(statesAnswerType('Høykom-programmet ledes av Forskningsrådet.', 'who', question)).toBe(true);
    expect(statesAnswerType('Uninett-programmet er videreført for tre nye år.', 'who', question)).toBe(true);
  });
  it('reads two capitalised common words as a title, not a person, unless a name or a title is among them', () => {
    // A stand-in for the index's word lists and names: common words, and names the corpus writes capitalised only.
    const common = new Set(['felles', 'norsk', 'helsenett', 'helge', 'liv', 'berg', 'programråd']);
    const names = new Set(['johansen', 'bovim']);
    const knowledge = {
      knowsWord: (word: string) => common.has(word),
      partsOf: (word: string) => (word === 'journalløft' ? ['journal', 'løft'] : []),
      isName: (word: string) => names.has(word),
    };
    const states = (sentence: string) => statesAnswerType(sentence, 'person', undefined, undefined, knowledge);
    expect(states('Samstyringen skjer gjennom Programråd for Felles Journalløft.')).toBe(false);
    expect(states('KS samarbeider med Norsk Helsenett om avtalen.')).toBe(false);
    expect(states('v/ rådgjevar Helge Johansen ansvarleg for IKT-kompetanse.')).toBe(true);
    expect(states('Innspillene oversendes etter oppfordring fra Gunnar Bovim.')).toBe(true);
    expect(states('Innlegg v/ spesialrådgiver Liv Berg.')).toBe(true);
    // Without word knowledge any capitalised pair is read as a name.
    expect(statesAnswerType('KS samarbeider med Norsk Helsenett om avtalen.', 'person')).toBe(true);
  });

  it('reads a list item number that no «(» opened as no count, and a number in a parenthesis as one', () => {
    const question = { stems: new Set(analyze('Hvor mange av dem har egne innkjøpsavdelinger?')), numbers: new Set<string>() };
    const list = 'Det ble utviklet prinsipper som la vekt på 1) løsningene skal være enkle, 2) fri programvare skal brukes.';
    expect(statesAnswerType(list, 'count', question)).toBe(false);
    expect(statesAnswerType('Prinsippene (40) ble utviklet av kommunene.', 'count', question)).toBe(true);
    expect(withoutListNumbers('la vekt på 1) løsningene og 12) noe (av 40) annet')).toBe('la vekt på   løsningene og   noe (av 40) annet');
  });

  it('reads «alle» as a count only of a word the question counts', () => {
    const question = { stems: new Set(analyze('Hvor mange kommuner har tatt i bruk appen?')), numbers: new Set<string>() };
    expect(statesAnswerType('Alle kommuner har tatt i bruk appen.', 'count', question)).toBe(true);
    expect(statesAnswerType('Appen samarbeider med alle ledd i tjenesten.', 'count', question)).toBe(false);
    expect(statesAnswerType('Appen samarbeider med alle ledd i tjenesten.', 'count')).toBe(true);
  });

  it('reads «alle» before a noun as a quantity and «alle» before «kan», «bør» or «trenger» as the generic pronoun everyone', () => {
    expect(statesAnswerType('Alle skoler i fylket har fått trådløst nett.', 'count')).toBe(true);
    expect(statesAnswerType('Biblioteket gir råd som alle kan ha nytte av.', 'count')).toBe(false);
    expect(statesAnswerType('Kurset gir kunnskaper som alle trenger i arbeidslivet.', 'count')).toBe(false);
  });

  it('finds amounts, counts, years and names in sentences', () => {
    expect(statesAnswerType('Departementet har bevilget 125 millioner kroner til DigiFin.', 'amount')).toBe(true);
    expect(statesAnswerType('Ambisjonen er at flest mulig kommuner skal bli medlem.', 'amount')).toBe(false);
    expect(statesAnswerType('Over 200 kommuner deltar.', 'count')).toBe(true);
    // A time of day in a programme counts nothing.
    const slot = '13.00 - 13.30 Digitale kompetansebehov i helse- og omsorgssektoren v/ Merete Lyngstad.';
    expect(statesAnswerType(slot, 'count', { stems: new Set(['seminar']), numbers: new Set() })).toBe(false);
    expect(statesAnswerType('Over 200 deltakere kom til seminaret 13.00.', 'count', { stems: new Set(['seminar']), numbers: new Set() })).toBe(true);
    // A code of digits and capitals names a thing: it counts nothing.
    const networks = '5G vil i større grad enn dagens mobilteknologi (2G, 3G og 4G) være en bærer av kommunikasjon i «smarte» kommuner.';
    expect(statesAnswerType(networks, 'count')).toBe(false);
    expect(statesAnswerType(networks, 'count', { stems: new Set(['kommun']), numbers: new Set() })).toBe(false);
    expect(statesAnswerType('Over 200 kommuner bruker 5G.', 'count')).toBe(true);
    // A vague quantity states no count; a share in words does.
    expect(statesAnswerType('Det blir behov for svært mange nye basestasjoner.', 'count')).toBe(false);
    expect(statesAnswerType('Flere kommuner har tatt det i bruk.', 'count')).toBe(false);
    expect(statesAnswerType('Et flertall av kommunene har tatt det i bruk.', 'count')).toBe(true);
    expect(statesAnswerType('I løpet av 2011 skal alle kommuner være tilknyttet.', 'time')).toBe(true);
    expect(statesAnswerType('Kommunene skal samarbeide om dette.', 'time')).toBe(false);
    // A condition sets the time where no date is named; «Når det gjelder …» (as regards) is none.
    expect(statesAnswerType('Gevinstene kommer først når telefoni kjøres helt over IP.', 'time')).toBe(true);
    expect(statesAnswerType('Når det gjelder telefoni, er gevinstene store.', 'time')).toBe(false);
    // A month named as a point in time, without a day or a year: «ultimo april», «innen utgangen av mars».
    expect(statesAnswerType('Arbeidet skal være ferdig ultimo april.', 'time')).toBe(true);
    expect(statesAnswerType('Planen legges fram innen utgangen av mars.', 'time')).toBe(true);
    expect(statesAnswerType('Mai er en travel måned for kommunene.', 'time')).toBe(false);
    // A programme line names the time of day, no year or date.
    expect(statesAnswerType('13.50 - 14.10 Pause', 'time', { stems: new Set(['pause']), numbers: new Set() })).toBe(true);
    expect(statesAnswerType('Innlegget startar kl. 14.10.', 'time')).toBe(true);
    expect(statesAnswerType('Andelen steg fra 13.50 til 14.10 prosent.', 'time')).toBe(false);
    expect(statesAnswerType('Tilskuddet var 2,5 - 3,75 millioner.', 'time')).toBe(false);
    expect(statesAnswerType('Selskapet er eid av Kommunesektorens organisasjon.', 'who')).toBe(true);
  });
});

describe('statesAnswerType with numbers in words', () => {
  it('takes amounts and counts written in words for an answer, in bokmål and nynorsk', () => {
    expect(statesAnswerType('Forskriften utgjør årlig rundt en halv milliard kroner.', 'amount')).toBe(true);
    expect(statesAnswerType('Det koster kommunane ein halv milliard kroner kvart år.', 'amount')).toBe(true);
    expect(statesAnswerType('Avtalen er fornyet for to nye år.', 'count')).toBe(true);
    expect(statesAnswerType('Det er tre gonger så mange brukarar.', 'count')).toBe(true);
    expect(statesAnswerType('Halvparten av kommunene har tatt det i bruk.', 'count')).toBe(true);
    expect(statesAnswerType('Åtte kommuner deltar.', 'count')).toBe(true);
    expect(statesAnswerType('Kommunene skal samarbeide om dette.', 'count')).toBe(false);
  });
});

describe('statesAnswerType with the question', () => {
  const question = (stems: string[], numbers: string[] = []) => ({ stems: new Set(stems), numbers: new Set(numbers) });

  it('takes an amount whose unit the question already names («Hvor mange millioner kroner …» → «125 millioner kroner»)', () => {
    const question = { stems: new Set(['million', 'kron', 'bevilg']), numbers: new Set<string>() };
    expect(statesAnswerType('Departementet har bevilget 125 millioner kroner til DigiFin.', 'amount', question)).toBe(true);
    expect(statesAnswerType('Departementet har bevilget millioner kroner til DigiFin.', 'amount', question)).toBe(false);
  });

  it('takes only a name, number or year the question does not already hold for an answer', () => {
    expect(statesAnswerType('E-handel over Markedsplassen bidrar til utvikling.', 'who')).toBe(true);
    expect(statesAnswerType('E-handel over Markedsplassen bidrar til utvikling.', 'who', question(['markedsplass']))).toBe(false);
    expect(statesAnswerType('Moderniseringsdepartementet har ansvaret for Markedsplassen.', 'who', question(['markedsplass']))).toBe(true);
    expect(statesAnswerType('Rapporten nevner fem typer.', 'count', question(['fem', 'typ'], ['5']))).toBe(false);
    expect(statesAnswerType('Rapporten nevner 5 typer.', 'count', question(['typ'], ['5']))).toBe(false);
    expect(statesAnswerType('Rapporten nevner 7 typer.', 'count', question(['typ'], ['5']))).toBe(true);
  });

  it('takes no year that dates the sentence for a count or an amount («fra 2020», «høsten 2019», «2019–2025»)', () => {
    expect(statesAnswerType('Altinn slås sammen med Difi fra 2020.', 'count', question(['altinn']))).toBe(false);
    expect(statesAnswerType('Strategien for 2019–2025 har mange tiltak.', 'count', question(['strategi']))).toBe(false);
    expect(statesAnswerType('Forslaget ble sendt på høring høsten 2019 og koster penger.', 'amount', question(['forslag']))).toBe(false);
    expect(statesAnswerType('I 2020 ble 40 årsverk flyttet.', 'count', question(['årsverk']))).toBe(true);
    expect(statesAnswerType('Det var 2020 deltakere.', 'count', question(['deltak']))).toBe(true);
    // A year is still the answer to a when-question.
    expect(statesAnswerType('Altinn slås sammen med Difi fra 2020.', 'time', question(['altinn']))).toBe(true);
  });

  it('reads «hvor mye» as a sum of money only in a question about money, «N ganger» as an amount, and a span of time as the answer to «hvor lenge»', () => {
    expect(answerTypeOf('innføre løsninger sammen, hvor mye raskere går det')).toBe('count');
    expect(answerTypeOf('Kor mykje helsepersonell vil vi ha per innbyggjar?')).toBe('count');
    expect(answerTypeOf('Hvor mye sparer kommunen på dette?')).toBe('amount');
    expect(statesAnswerType('Felles innføring går opptil 5 ganger raskere.', 'amount')).toBe(true);
    expect(answerTypeOf('Kor lenge har KS vore partnar?')).toBe('time');
    expect(answerTypeOf('Hvor mange kroner sparer kommunen?')).toBe('amount');
    // A sum of money in nynorsk: «omsett» (bokmål «omsatt»), «omsetnaden».
    expect(answerTypeOf('Kor mykje vart omsett på marknadsplassen i fjor?')).toBe('amount');
    expect(answerTypeOf('Kor mykje auka omsetnaden?')).toBe('amount');
    // Paying is about money: a price, fee or user charge asked with «hvor mye» / «how much» is a sum, not a count.
    expect(answerTypeOf('How much does a school pay to use the platform?')).toBe('amount');
    expect(answerTypeOf('Hvor mye betaler innbyggerne for tjenesten?')).toBe('amount');
    expect(answerTypeOf('Kor mykje er eigendelen for tenesta?')).toBe('amount');
    expect(answerTypeOf('How much is the annual fee?')).toBe('amount');
    expect(answerTypeOf('Hvor mye er gebyret for en søknad?')).toBe('amount');
    expect(statesAnswerType('Avtalen er fornyet for to nye år.', 'time')).toBe(true);
    // Every unit of the calendar and the clock is a span («1 time pr. uke», «de siste tre årene»), but «i dag» is today.
    expect(statesAnswerType('Elevene bruker IKT-utstyr mindre enn 1 time pr. uke i grunnskolen.', 'time')).toBe(true);
    expect(statesAnswerType('Prosjektet har vart de siste tre årene.', 'time')).toBe(true);
    expect(statesAnswerType('Drøyt 400 kommuner har PLO-system i dag.', 'time')).toBe(false);
    expect(statesAnswerType('Avtalen er fornyet.', 'time')).toBe(false);
  });
});

describe('questions for the holder of a role', () => {
  it('ask for a person, answered by a name of two words and not by a body', () => {
    expect(answerTypeOf('Hvem leder styringsgruppen for Tolkeportalen?')).toBe('person');
    expect(answerTypeOf('Kven var moderniseringsminister då regjeringa la fram planen?')).toBe('person');
    expect(answerTypeOf('Who signed the letter from the ministry?')).toBe('person');
    // Giving a talk is a person's act, in any form of the verb.
    expect(answerTypeOf('Kven frå forbundet skulle halde innlegg på seminaret?')).toBe('person');
    expect(answerTypeOf('Hvem holder innlegget om sikkerhet?')).toBe('person');
    // A compound ending in a role word asks for its holder; a carer («-pleiar», nynorsk) leads nothing.
    expect(answerTypeOf('Kven er prosjektleiar for satsinga?')).toBe('person');
    expect(answerTypeOf('Kven lærer sjukepleiarar om journalsystem?')).toBe('who');
    expect(answerTypeOf('Hvem lærer sykepleiere om journalsystemer?')).toBe('who');
    expect(answerTypeOf('Hvem eier Fylkesnettet AS?')).toBe('who');
    expect(answerTypeOf('Who is working on the national directory service?')).toBe('who');
    expect(statesAnswerType('Innlegget holdes av spesialrådgiver Merete Lyngstad.', 'person')).toBe(true);
    expect(statesAnswerType('Brevet er signert av Katarina de Brisis.', 'person')).toBe(true);
    expect(statesAnswerType('Regjeringen og KS lanserte strategien i juni.', 'person')).toBe(false);
  });

  it('reads the role in the main clause, not in a condition or a cause of the asker', () => {
    expect(answerTypeOf('Hvem bør en kommune ta kontakt med hvis den vil skrive under på intensjonserklæringen?')).toBe('who');
    expect(answerTypeOf('Who should a municipality contact if it wants to sign the declaration?')).toBe('who');
    expect(answerTypeOf('Hvem skrev under på erklæringen hvis ikke rådmannen gjorde det?')).toBe('person');
  });
});

describe('countedPhraseOf', () => {
  it('reads what a count question counts, past «flere», «av de» and «more», and nothing when it counts in a unit', () => {
    expect(countedPhraseOf('Hvor mange flere sykepleiere trengs fram mot 2060?')).toBe('sykepleiere trengs');
    expect(countedPhraseOf('Kor mange kommunar deltek?')).toBe('kommunar deltek');
    expect(countedPhraseOf('Hvor mange av tiltakene skal staten gjennomføre?')).toBe('tiltakene skal');
    expect(countedPhraseOf('How many more nurses are needed?')).toBe('nurses are');
    expect(countedPhraseOf('Hvor mange ganger logget folk seg inn?')).toBeNull();
    expect(countedPhraseOf('Hvor mange prosent bruker det?')).toBeNull();
    expect(countedPhraseOf('Hva koster det?')).toBeNull();
  });
});

describe('countedStemsOf', () => {
  it("reads a Norwegian question's counted words by their own stems and an English question's by their translation", () => {
    expect(countedStemsOf('Hvor mange ansatte har selskapet?')).toEqual(['ansatt']);
    const sources = [
      { source: 'employees', stems: ['ansatt'] },
      { source: 'KS Digital', stems: ['ks', 'digital'] },
    ];
    expect(countedStemsOf('How many employees does KS Digital have?', sources)).toEqual(['ansatt']);
    expect(countedStemsOf('How many times did people log in?', sources)).toEqual([]);
  });
});

describe('countedPhraseOf with finite verbs known', () => {
  // A stand-in for the analyser's finite verb forms: present tenses, and past tenses that are participles too.
  const finite = new Set(['får', 'har', 'bruker', 'joined', 'tilsette', 'ansatte', 'tok']);
  const finiteVerb = (word: string): boolean => finite.has(word.toLowerCase());
  it('counts no thing of its own when the count points back to what was named before', () => {
    expect(countedPhraseOf('og kor mange av dei har fått svar?', finiteVerb)).toBeNull();
    expect(countedPhraseOf('hvor mange av dem bruker det?', finiteVerb)).toBeNull();
    expect(countedPhraseOf('And how many of them joined?', finiteVerb)).toBeNull();
    expect(countedPhraseOf('Hvor mange av de har svart?', finiteVerb)).toBeNull();
  });
  it('reads «de»/«dei» before a noun or a participle as a determiner, whole', () => {
    expect(countedPhraseOf('kor mange av dei tilsette har fått kurs?', finiteVerb)).toBe('tilsette');
    expect(countedPhraseOf('Hvor mange av de ansatte jobber hjemme?', finiteVerb)).toBe('ansatte jobber');
    expect(countedPhraseOf('Hvor mange av tiltakene skal staten gjennomføre?', finiteVerb)).toBe('tiltakene skal');
    expect(countedPhraseOf('Kor mange kommunar deltek?', finiteVerb)).toBe('kommunar deltek');
  });
  it('reads no finite verb after the counted noun as a word of the counted thing', () => {
    expect(countedPhraseOf('Hvor mange voksne tok videreutdanning i 2005?', finiteVerb)).toBe('voksne');
    expect(countedPhraseOf('Hvor mange kommuner bruker løsningen?', finiteVerb)).toBe('kommuner');
    expect(countedPhraseOf('Hvor mange voksne tok videreutdanning i 2005?')).toBe('voksne tok');
  });
});

describe('searchStemsOf', () => {
  it("reads a Norwegian question's words by their own stems and an English question's by the terms they became", () => {
    expect(searchStemsOf('kommuner')).toEqual(['kommun']);
    const sources = [
      { source: 'municipalities', stems: ['kommun'] },
      { source: 'joined', stems: ['sammenstill'] },
    ];
    expect(searchStemsOf('municipalities', sources)).toEqual(['kommun']);
    expect(searchStemsOf('joined', sources)).toEqual(['sammenstill']);
    expect(searchStemsOf('scheme', sources)).toEqual([]);
  });
});

describe('questions for a day', () => {
  it('are read in bokmål, nynorsk and English, and answered by a date, not by a year alone', () => {
    expect(asksForDate('Kva dato vart seminaret halde?')).toBe(true);
    expect(asksForDate('Hvilken dato ble direktoratet opprettet?')).toBe(true);
    expect(asksForDate('On what date was the agency set up?')).toBe(true);
    expect(asksForDate('On what exact date was the agency set up?')).toBe(true);
    expect(answerTypeOf('Hvilken nøyaktig dato åpnet kontoret?')).toBe('time');
    expect(asksForDate('Når ble direktoratet opprettet?')).toBe(false);
    expect(asksForDate('Hva er problemet i dag?')).toBe(false);
    expect(statesDate('Møtet var 23. januar 2026.')).toBe(true);
    expect(statesDate('Digital Skole hver dag, ITU, 2005.')).toBe(false);
  });
});

describe('numbers made approximate', () => {
  const question = (stems: string[]) => ({ stems: new Set(stems), numbers: new Set<string>() });

  it('state no count without a number, in the answer («opplæring rundt mer fagspesifikke …», «nesten ikke»)', () => {
    expect(statesAnswerType('Ansatte kan gi opplæring rundt mer fagspesifikke problemstillinger.', 'count', question(['ansatt']))).toBe(false);
    expect(statesAnswerType('Omsorgsteknologi er nesten ikke i bruk.', 'count', question(['omsorgsteknologi']))).toBe(false);
    expect(statesAnswerType('Drøyt 400 kommuner har PLO-system.', 'count', question(['kommun']))).toBe(true);
    expect(statesAnswerType('Nesten halvparten av kommunene deltar.', 'count', question(['kommun']))).toBe(true);
    // Retrieval's answer cue (no question words) reads them as before.
    expect(statesAnswerType('Ansatte kan gi opplæring rundt mer fagspesifikke problemstillinger.', 'count')).toBe(true);
  });
});

describe('a sum of money', () => {
  const question = (stems: string[]) => ({ stems: new Set(stems), numbers: new Set<string>() });

  it('is not given by a share («Hva koster en trygghetsalarm …» is not answered by «Trygghetsalarm: 31,63 %»)', () => {
    expect(statesAnswerType('Trygghetsalarm: 31,63 %', 'amount', question(['trygghetsalarm']))).toBe(false);
    expect(statesAnswerType('Kostnadene økte med 20 prosent.', 'amount', question(['kostnad']))).toBe(false);
    expect(statesAnswerType('En trygghetsalarm koster 300 kroner i måneden.', 'amount', question(['trygghetsalarm']))).toBe(true);
    expect(statesAnswerType('Innføringen går opptil 5 ganger raskere.', 'amount', question(['innføring']))).toBe(true);
    // «i gang» is under way, no number of times.
    expect(statesAnswerType('De siste fem årene har mange tiltak kommet i gang.', 'amount', question(['tiltak']))).toBe(false);
  });

  it('is not given by a duration unless the question names time («Hva koster det per elev?» is not answered by «1 time pr. uke»)', () => {
    const duration = 'Elevene bruker IKT-utstyr mindre enn 1 time pr. uke i grunnskolen.';
    expect(statesAnswerType(duration, 'amount', question(['elev', 'kost']))).toBe(false);
    expect(statesAnswerType(duration, 'amount', question(['elev', 'tid', 'spar']))).toBe(true);
    expect(statesAnswerType('Kommunen sparer 3 timer per sak.', 'amount', question(['arbeidstid', 'spar']))).toBe(true);
    expect(statesAnswerType('Det koster 300 kroner per elev.', 'amount', question(['elev', 'kost']))).toBe(true);
  });
});

describe('a sum asked by its noun', () => {
  it('reads «Hva er budsjettet for …», «What is … annual budget?» as asking for an amount', () => {
    expect(answerTypeOf('Hva er budsjettet for forprosjektet?')).toBe('amount');
    expect(answerTypeOf('What is the annual budget of the company?')).toBe('amount');
    expect(answerTypeOf('Kva er kostnaden ved ein lisens?')).toBe('amount');
    expect(answerTypeOf("What was Vannverket AS's annual turnover in 2020?")).toBe('amount');
    expect(answerTypeOf('Hva var omsetningen i selskapet i fjor?')).toBe('amount');
    expect(answerTypeOf('Hva er gevinsten ved digitale innbyggertjenester?')).toBeNull();
    expect(answerTypeOf('Hva er budsjettprosessen i kommunene?')).toBeNull();
    expect(answerTypeOf('Hva er målet med prosjektet?')).toBeNull();
  });
});

describe('a sum asked by the verb or by spending', () => {
  it('reads «koste» after «hva har/vil …» as asking for a sum, and spending «på» something as about money', () => {
    expect(answerTypeOf('Hva har ombyggingen av rådhuset kostet så langt?')).toBe('amount');
    expect(answerTypeOf('Kva vil den nye løysinga koste?')).toBe('amount');
    expect(answerTypeOf('What did the pilot project cost?')).toBe('amount');
    expect(answerTypeOf('And what did the county spend on roads last year?')).toBe('amount');
    expect(answerTypeOf('Og hva har brua kostet så langt?')).toBe('amount');
    // However long the subject between the auxiliary and the verb.
    expect(answerTypeOf('Hva har utbyggingen av den nye brua over fjorden kostet fylket?')).toBe('amount');
    expect(answerTypeOf('What did the new bridge across the fjord cost the county?')).toBe('amount');
    // Not a verb of the context a follow-up is read with.
    expect(answerTypeOf('Hva vil fylket gjøre med veiloven (om: kostet brua)?')).toBeNull();
    expect(answerTypeOf('And what did the county do about roads?')).toBeNull();
    expect(answerTypeOf('Hva har kommunene gjort så langt?')).toBeNull();
    expect(answerTypeOf('Hvor mye har fylket brukt på den ordningen?')).toBe('amount');
    expect(answerTypeOf('Kor mykje brukte kommunane på velferdsteknologi?')).toBe('amount');
    // Use is no spending: a quantity.
    expect(answerTypeOf('Hvor mye brukes løsningen?')).toBe('count');
  });
});

describe('timeFrameOf', () => {
  it('gives the words that ask for a time, not the event asked about', () => {
    expect(timeFrameOf('Hvilket år skulle alle kommuner være med i Norge digitalt?')).toBe('Hvilket år');
    expect(timeFrameOf('Kor lenge varte prosjektet?')).toBe('Kor lenge');
    expect(timeFrameOf('Hvem leder KS?')).toBeNull();
  });
});

describe('questions for a place', () => {
  it('are read where «hvor/kvar/where» asks where a thing is held or lies, not «hvor mange» or «hvor lenge»', () => {
    expect(asksForPlace('Hvor ble seminaret om digital kompetanse holdt?')).toBe(true);
    expect(asksForPlace('Kvar ligg hovudkontoret til Norsk Helsenett?')).toBe(true);
    expect(asksForPlace('Where was the conference held?')).toBe(true);
    expect(asksForPlace('Hvor mange ble holdt tilbake?')).toBe(false);
    expect(asksForPlace('Hvor lenge ble seminaret holdt?')).toBe(false);
    expect(asksForPlace('Hvem holdt innlegget?')).toBe(false);
  });

  it('are answered by a name after a preposition of place, not by a lowercase word or the sentence’s first word', () => {
    expect(statesPlace('Seminaret ble holdt i Trondheim i mars.')).toBe(true);
    expect(statesPlace('Konferansen ble arrangert på Gardermoen.')).toBe(true);
    expect(statesPlace('Arrangere konferanse med fokus på digital kompetanse.')).toBe(false);
    expect(statesPlace('I Oslo er det mange.')).toBe(false);
    expect(statesPlace('Behandlingsansvaret beholdes lokalt og dataansvaret legges nasjonalt.')).toBe(true);
    expect(statesPlace('Ansvaret ligger hos kommunen.')).toBe(true);
    expect(statesPlace('Det skal opprettes et nasjonalt ressurssenter.')).toBe(false);
  });

  it('asking for a site by a verb of siting or holding, are answered by a named place only, not by a level or a holder', () => {
    expect(asksForSite('Where will that centre be located?')).toBe(true);
    expect(asksForSite('Hvor ble seminaret holdt?')).toBe(true);
    expect(asksForSite('Hvor skal ansvaret ligge?')).toBe(false);
    const holder = 'Her er det viktig med infrastruktur som sikrer sanntidsdata hos alle aktører.';
    expect(statesPlace(holder)).toBe(true);
    expect(statesPlace(holder, true)).toBe(false);
    expect(statesPlace('Senteret skal ligge i Brønnøysund.', true)).toBe(true);
  });
});

describe('questions for a reply', () => {
  it('are read where a question asks what someone answered or how they reacted, not who answered or what an answer is', () => {
    expect(asksForReply('kva svarte Bovim på det?')).toBe(true);
    expect(asksForReply('Hva svarte utvalget på innspillet fra KS?')).toBe(true);
    expect(asksForReply('How did the ministry respond?')).toBe(true);
    expect(asksForReply('Hvem svarte?')).toBe(false);
    expect(asksForReply('Hva er svaret på utfordringene?')).toBe(false);
  });

  it('are answered by a sentence stating a reply or a reaction, not by one telling what was sent', () => {
    expect(statesReply('Utvalget svarte at det vil vurdere saken.')).toBe(true);
    expect(statesReply('Departementet ga en positiv tilbakemelding.')).toBe(true);
    expect(statesReply('Vi viser til møte i KommIT-rådet og takker for invitasjonen om å gi innspill.')).toBe(false);
    expect(statesReply('Kommunene har ansvar for tjenestene.')).toBe(false);
  });
});

describe('what the numbers of a sentence count', () => {
  it('gives the words after each number, past a unit, and nothing when a number counts nothing visible', () => {
    expect(countedAfterNumbers('Departementet ga støtte til 36 nye kommuner som gir tilbudet.')).toEqual([['nye', 'kommuner']]);
    expect(countedAfterNumbers('Parallelt med de fire hovedpunktene bør det gjøres mer.')).toEqual([['hovedpunktene', 'bør']]);
    expect(countedAfterNumbers('Hele 20 prosent av kommunene deltar.')?.[0]).toContain('kommunene');
    expect(countedAfterNumbers('Selskapet er eid av departementet (70 prosent), Arbeids- og inkluderingsdepartementet og KS.')).toEqual([['prosent']]);
    expect(countedAfterNumbers('Det bor fem millioner innbyggere i landet.')?.[0]).toContain('innbyggere');
    // A year that dates the sentence counts nothing.
    expect(countedAfterNumbers('Fra 2020 deltar 300 kommuner.')).toEqual([['kommuner']]);
    // A number with a function word or the sentence's end after it may count anything.
    expect(countedAfterNumbers('Antallet deltakere er 300.')).toBeUndefined();
    expect(countedAfterNumbers('Det var 300 av dem.')).toBeUndefined();
  });
});

describe('roles held in another body', () => {
  it('read a role compound whose first part names a body of another kind than the question asks about', () => {
    const council = bodyKindsIn('Hvem leder egentlig Eldrerådet?');
    expect([...council]).toEqual(['råd']);
    expect(rolesOfOtherBodies('Innspillene oversendes etter oppfordring fra utvalgsleder Gunnar Bovim i møte med KommIT-rådet.', council)).toBe(true);
    expect(rolesOfOtherBodies('Rådsleder Kari Nordmann åpnet møtet.', council)).toBe(false);
    // A role on its own, no role at all, or a question naming no body: not apart.
    expect(rolesOfOtherBodies('Leder Kari Nordmann åpnet møtet, sammen med utvalgsleder Gunnar Bovim.', council)).toBe(false);
    expect(rolesOfOtherBodies('Kari Nordmann åpnet møtet.', council)).toBe(false);
    expect(rolesOfOtherBodies('Styreleder Kari Nordmann åpnet møtet.', bodyKindsIn('Hvem leder KS?'))).toBe(false);
  });
});

describe('officeAsked', () => {
  it('reads a question asking for the holder of an office, and the words a text names the office by', () => {
    expect(officeAsked('og hvem var statsråd da?')?.test('Statsråd Kari Nordmann la fram planen.')).toBe(true);
    expect(officeAsked('Hva heter digitaliseringsministeren?')?.test('… ved digitaliseringsministeren')).toBe(true);
    expect(officeAsked('Hvilken minister stod bak eNorge-planen?')?.test('statsråd Morten Meyer')).toBe(true);
    expect(officeAsked('Who is its director?')?.test('v/adm. Dir. Bernt Nilsen')).toBe(true);
    expect(officeAsked('hvilken person sitter som styreleder i nettverket?')).not.toBeNull();
    expect(officeAsked('og hvem er sjef der?')?.test('adm. dir. Kari Nordmann')).toBe(true);
    expect(officeAsked('Hvem sitter i styret for ordningen?')?.test('styreleder Kari Nordmann')).toBe(true);
    // A body asked for, a leading role asked by its verb, or an office named without asking for its holder.
    expect(officeAsked('Hvilket direktorat drifter løsningen?')).toBeNull();
    expect(officeAsked('Hvem leder KommIT-rådet?')).toBeNull();
    expect(officeAsked('Kva selskap er han direktør i?')).toBeNull();
    expect(officeAsked('hvem sto bak undersøkelsen av hvor mye utstyret brukes?')).toBeNull();
  });
});

describe('asksBodyOfPerson', () => {
  it('reads a which-organisation question about a person a pronoun points to', () => {
    expect(asksBodyOfPerson('Kva organisasjon står han i spissen for?')).toBe(true);
    expect(asksBodyOfPerson('hvilket firma er hun direktør i?')).toBe(true);
    expect(asksBodyOfPerson('Which company does she work for?')).toBe(true);
    // No person pointed to, or no kind of organisation asked.
    expect(asksBodyOfPerson('Hvilken etat har ansvaret for å drifte Geonorge?')).toBe(false);
    expect(asksBodyOfPerson('kva stilling har han?')).toBe(false);
    expect(asksBodyOfPerson('Kva for ei KS-plattform kommuniserer ho med?')).toBe(false);
  });
});

describe('asksLeadingRole and namesLeadingRole', () => {
  it('reads a who-question asking for the head of a body, and a sentence naming a leading role', () => {
    expect(asksLeadingRole('Kven er leiar for Norsk Bibliotekforening?')).toBe(true);
    expect(asksLeadingRole('Hvem leder KommIT-rådet?')).toBe(true);
    expect(asksLeadingRole('Who is the chair of the youth council?')).toBe(true);
    expect(asksLeadingRole('og hvem er styreleder der?')).toBe(true);
    // Who holds an innlegg, who signed, or a question asking no who: not a leading role.
    expect(asksLeadingRole('Kven held innlegget om kompetanseløftet i Asker kommune?')).toBe(false);
    expect(asksLeadingRole('Hva gjør lederen av KommIT-rådet?')).toBe(false);
    expect(namesLeadingRole('Møtet ble åpnet av styreleder Kari Nordmann.')).toBe(true);
    expect(namesLeadingRole('Rådet ledes av Kari Nordmann.')).toBe(true);
    expect(namesLeadingRole('Innlegg v/ spesialrådgjevar i Norsk Sjukepleiarforbund Merete Lyngstad.')).toBe(false);
  });
  it('does not read a guide or a speaker («veileder», «rettleiar», «innleder») as the head of a body', () => {
    expect(asksLeadingRole('Hvem utarbeidet heftet som veileder skolene?')).toBe(false);
    expect(asksLeadingRole('Hvem har skrevet veilederen for anskaffelser?')).toBe(false);
    expect(asksLeadingRole('Kven skreiv rettleiaren?')).toBe(false);
    expect(asksLeadingRole('Hvem var innledere på seminaret?')).toBe(false);
    expect(namesLeadingRole('KS har laget en veileder for kommunene.')).toBe(false);
    // A compound role with another first part is still a head: «avdelingsleder», «prosjektleiar».
    expect(asksLeadingRole('Hvem er avdelingsleder i KS?')).toBe(true);
    expect(asksLeadingRole('Kven er prosjektleiar?')).toBe(true);
    // A guide asks for whoever made it, a body or a person; a speaker is still a person.
    expect(answerTypeOf('Hvem utarbeidet heftet som veileder skolene?')).toBe('who');
    expect(answerTypeOf('Hvem var innleder på seminaret?')).toBe('person');
  });
});

describe('givesYear', () => {
  it('reads a year stated or inside a period the text writes', () => {
    expect(givesYear('Innen 2011 skal alle kommuner være tilknyttet.', '2011')).toBe(true);
    expect(givesYear('IKT i helse og omsorg 2008–2012', '2010')).toBe(true);
    expect(givesYear('støtte for 2025/26', '2026')).toBe(true);
    expect(givesYear('målene for 2006-09', '2008')).toBe(true);
    expect(givesYear('IKT i helse og omsorg 2008–2012', '2013')).toBe(false);
    expect(givesYear('1,8 millioner leverte selvangivelsen i 2005', '2011')).toBe(false);
  });

  it('finds the years of the periods a question writes', () => {
    expect(periodYearsIn('strategien Samspill 2008–2013 i 2010')).toEqual(['2008', '2013']);
    expect(periodYearsIn('i 2010')).toEqual([]);
  });
});

describe('unitAsked', () => {
  it('reads a sum from a unit of money the question asks its figure in, and a count from a unit it is measured in', () => {
    expect(unitAsked('Kva var dei samla byggjekostnadene til fylket i 2022, i millionar kroner?')).toBe('amount');
    expect(unitAsked('In kroner, how big is the digitalisation package?')).toBe('amount');
    expect(unitAsked('Hvor stort blir direktoratet målt i årsverk etter sammenslåingen?')).toBe('count');
    // A place or a year after «i» is no unit.
    expect(unitAsked('What download speed in megabits per second will 5G give?')).toBe('count');
    expect(unitAsked('Hvor rask er linja i megabit per sekund?')).toBe('count');
    expect(unitAsked('Hva skjedde i Kristiansand i 2019?')).toBeNull();
    expect(unitAsked('Hvor mange kommuner i Norge har PLO-system?')).toBeNull();
    // «i antall …», «i tal», «in numbers» ask for the figure itself.
    expect(unitAsked('hvor tykk er brosjyren, i antall sider?')).toBe('count');
    expect(unitAsked('Kor utbreidd er videomøte i kommunane no, i tal?')).toBe('count');
    expect(unitAsked('How widespread is it, in numbers?')).toBe('count');
    expect(unitAsked('Hva skjedde med tallene i Trondheim?')).toBeNull();
  });
});

describe('measureAsked', () => {
  it('reads the measure a degree question asks, a yes/no frame around it included', () => {
    expect(measureAsked('Vet vi hvor utbredt helsekortet for gravide er i kommunene?')).toBe('count');
    expect(measureAsked('og UiT – hvor stort er fagmiljøet der?')).toBe('count');
    expect(measureAsked('Hvor lang tid brukte Estland på å innføre ordningen?')).toBe('time');
    expect(measureAsked('How often does the board gather?')).toBe('frequency');
    // Figures asked for by their noun, after a copula or in an existential frame.
    expect(measureAsked('What were the broadband figures for 2012?')).toBe('count');
    expect(measureAsked('Finnes det tall på utbredelsen av legemiddellisten?')).toBe('count');
    // A headcount or an «antall» is such a noun, asked right after «what»/«which» too.
    expect(measureAsked('is there any staff headcount given for the company?')).toBe('count');
    expect(measureAsked('What headcount is planned for the new agency?')).toBe('count');
    expect(measureAsked('Hva er antallet ansatte i selskapet?')).toBe('count');
  });

  it('reads a frequency asked of a span the question names as a count of times within it', () => {
    expect(measureAsked('Hvor ofte ble tjenesten brukt i 2019?')).toBe('count');
    expect(measureAsked('How often did the council meet last year?')).toBe('count');
    expect(measureAsked('Kor ofte møttest rådet i fjor?')).toBe('count');
    expect(measureAsked('Hvor ofte møtes rådet?')).toBe('frequency');
    expect(measureAsked('Hvor ofte har rådet møtt siden 2016?')).toBe('frequency');
  });

  it('reads a total value as a sum asked, not a value alone', () => {
    expect(answerTypeOf('What was the total value of those procurements?')).toBe('amount');
    expect(answerTypeOf('Kva er den samla verdien av avtalane?')).toBe('amount');
    expect(answerTypeOf('What is the value of open data for the municipalities?')).toBeNull();
  });

  it('reads no measure from a judgement, an earlier question word, or figures named as a source', () => {
    expect(measureAsked('Hvor viktig er bredbånd for kommunene?')).toBeNull();
    expect(measureAsked('Hvor langt har kommunene kommet med e-helse?')).toBeNull();
    expect(measureAsked('Hva vil KS gjøre for å finne ut hvor stort bredbåndsbehov kommunene har?')).toBeNull();
    expect(measureAsked('Kva etat samla inn tala?')).toBeNull();
    expect(measureAsked('Hvor store var forskjellene ifølge tallene fra SSB?')).toBe('count');
  });
});

describe('statesMeasure', () => {
  const question = { stems: new Set(analyze('Hvor ofte møtes rådet?')), numbers: new Set<string>() };
  it('reads a frequency from a count in a span, a recurring span or an adverb of frequency', () => {
    expect(statesMeasure('Rådet møtes fire ganger i året.', 'frequency', question)).toBe(true);
    expect(statesMeasure('Rådet møtes hver måned.', 'frequency', question)).toBe(true);
    expect(statesMeasure('Rådet har årlige møter.', 'frequency', question)).toBe(true);
    expect(statesMeasure('Rådet ble opprettet i 2016 og har ti medlemmer.', 'frequency', question)).toBe(false);
  });
});

describe('asksForShare and statesShare', () => {
  it('reads a share asked in bokmål, nynorsk and English, not a count', () => {
    expect(asksForShare('Hvor mange prosent av bibliotekene tilbyr lesebrett nå?')).toBe(true);
    expect(asksForShare('Kor stor del av kommunane sender elektroniske fakturaer?')).toBe(true);
    expect(asksForShare('What percentage of municipalities use it?')).toBe(true);
    expect(asksForShare('Hvor mange bibliotek tilbyr lesebrett nå?')).toBe(false);
  });

  it('reads a share asked by its noun after a which-word or a size, not a part asked for', () => {
    expect(asksForShare('Hvilken prosentdel av bibliotekene har lesebrett?')).toBe(true);
    expect(asksForShare('Kva andel av skulane har fiber?')).toBe(true);
    expect(asksForShare('Hvor høy andel av søknadene kommer digitalt?')).toBe(true);
    expect(answerTypeOf('Hvilken prosentdel av bibliotekene har lesebrett?')).toBe('count');
    expect(answerTypeOf('Hvilken del av etaten har ansvaret for registeret?')).toBeNull();
    expect(asksForShare('Kva del av portalen brukar fylket?')).toBe(false);
  });

  it('reads a percentage, a fraction, a majority or a count out of a total as a share, not a count alone', () => {
    expect(statesShare('I 2018 fulgte bare 13 prosent av kommunene forskriften.')).toBe(true);
    expect(statesShare('58 % av kommunene har IP-telefoni.')).toBe(true);
    expect(statesShare('Nesten halvparten av kommunene har tatt det i bruk.')).toBe(true);
    expect(statesShare('To av tre kommuner har en plan.')).toBe(true);
    expect(statesShare('105 kommuner har siden 2017 fått tilskudd.')).toBe(false);
    expect(statesShare('Materiellet kan brukes av alle kommunale tilbud.')).toBe(false);
  });
});

describe('asksForPrice and statesPrice', () => {
  it('reads a price asked without an amount question word, and not costs named as a topic', () => {
    expect(asksForPrice('Er den gratis for innbyggerne?')).toBe(true);
    expect(asksForPrice('Kostar det noko å melde seg på?')).toBe(true);
    expect(asksForPrice('Is attending the course free of charge for pupils?')).toBe(true);
    expect(asksForPrice('Hva tar fylket betalt for rådgivningen?')).toBe(true);
    expect(asksForPrice('Og kostnaden ved en slik oppgradering?')).toBe(true);
    expect(asksForPrice('What does the service do – the price per signature for a municipality?')).toBe(true);
    expect(asksForPrice('Hvem kartla kommunenes kostnader til e-helse?')).toBe(false);
    expect(asksForPrice('Og leverandøren av systemet?')).toBe(false);
    // The adjective of no price before its noun asks it, whatever the verb; English «free» before a noun need not.
    expect(asksForPrice('Får de voksne gratis videreutdanning der?')).toBe(true);
    expect(asksForPrice('Tilbyr kommunen kostnadsfri opplæring?')).toBe(true);
    expect(asksForPrice('Do they use free software?')).toBe(false);
    // Whether one must pay, asked by a modal opening the question, and a price asked by an existential frame.
    expect(asksForPrice('Må kommunane betale noko for å bruke eFormidling?')).toBe(true);
    expect(asksForPrice('Do schools have to pay for the guide?')).toBe(true);
    expect(asksForPrice('Does it pay dividends to KS?')).toBe(false);
    expect(asksForPrice('Hva slags løsninger skal kommunene betale for?')).toBe(false);
    expect(asksForPrice('Er det kommunene selv som må betale for satsingen?')).toBe(false);
    expect(asksForPrice('Is there a fee for municipalities taking part?')).toBe(true);
    expect(asksForPrice('Er det oppgitt ein pris for sertifiseringa?')).toBe(true);
    expect(asksForPrice('Finst det eit prisanslag for utstyret?')).toBe(true);
    expect(asksForPrice('Er det store forskjeller mellom kommunene?')).toBe(false);
    expect(asksForPrice('Hva er det som avgjør prisen på tjenesten?')).toBe(false);
  });

  it('reads a price stated as a sum, as no price, or for a yes/no question as someone paying', () => {
    expect(statesPrice('Tjenesten koster 120 kroner per år.', false)).toBe(true);
    expect(statesPrice('Kurset er gratis for alle kommuner.', false)).toBe(true);
    expect(statesPrice('Kommunene betaler selv for løsningen.', true)).toBe(true);
    expect(statesPrice('Kommunene betaler selv for løsningen.', false)).toBe(false);
    expect(statesPrice('Torget gir betalingsinformasjon og annen nyttig informasjon.', true)).toBe(false);
    expect(statesPrice('Kommunene må selv dekke kostnadene ved tilknytningen.', true)).toBe(true);
    expect(statesPrice('Kommuner og fylkeskommuner vil i hovedsak være ansvarlig for finansiering av satsingen.', true)).toBe(true);
    expect(statesPrice('Dette kutter tid, kostnad og risiko i anskaffelser.', true)).toBe(false);
  });
});

describe('namedFactAsked', () => {
  it('reads a point in time, a sum or a share asked by its noun in a frame asking whether the texts give it', () => {
    expect(namedFactAsked('har de foreslått en konkret dato for det?')).toBe('time');
    expect(namedFactAsked('Blir det oppgitt eit fast beløp per mottakarkommune?')).toBe('amount');
    expect(namedFactAsked('Does the plan give the percentage of municipalities that already offered it?')).toBe('share');
    expect(namedFactAsked('Is there a date for the launch?')).toBe('time');
  });

  it('reads no such fact in a question that asks another thing, or in a verb that shares the noun’s form', () => {
    expect(namedFactAsked('Do they share data with the hospitals?')).toBe(null);
    expect(namedFactAsked('Hva er datoen for lanseringen?')).toBe(null);
    expect(namedFactAsked('Har kommunene fått tilskudd?')).toBe(null);
  });
});

describe('asksForFunding and statesFunding', () => {
  it('reads money granted or set aside asked by the nouns of public funding and the verbs of granting', () => {
    expect(asksForFunding('Blir det gitt statlege midlar til den planen?')).toBe(true);
    expect(asksForFunding('Fikk Norge digitalt en egen bevilgning i statsbudsjettet?')).toBe(true);
    expect(asksForFunding('Is there government funding for those costs?')).toBe(true);
    expect(asksForFunding('Har knutepunktet eit eige budsjett?')).toBe(true);
  });

  it('reads no funding in earning money or in support of any kind', () => {
    expect(asksForFunding('Skal selskapet tjene penger til eierne?')).toBe(false);
    expect(asksForFunding('Får kommunene støtte fra KS i arbeidet?')).toBe(false);
    expect(asksForFunding('Did more than three hundred municipalities take part in projects granted support?')).toBe(false);
  });

  it('reads funding stated by a word of funding, granting or paying, and none in a sentence on the plan alone', () => {
    expect(statesFunding('Departementet har bevilget midler til ordningen.')).toBe(true);
    expect(statesFunding('Mange har fått støtte fra Helseteknologiordningen.')).toBe(true);
    expect(statesFunding('Innenfor denne strategien er det etablert et eget Kommuneprogram.')).toBe(false);
  });
});

describe('a deadline asked by its noun', () => {
  const question = { stems: new Set(['påmeldingsfrist', 'kurs']), numbers: new Set<string>() };

  it('reads a deadline asked by its noun, not one the question only refers to', () => {
    expect(asksForDeadline('Når går påmeldingsfristen for kurset ut?')).toBe(true);
    expect(asksForDeadline('Is there a deadline for the new forms?')).toBe(true);
    expect(asksForDeadline('Rakk skolene å søke innen fristen?')).toBe(false);
  });

  it('takes a date or a year as a time a deadline can fall on, not a period of years only', () => {
    expect(statesPointInTime('Påmeldingen må være sendt innen 1. mars 2026.', question)).toBe(true);
    expect(statesPointInTime('Kurset skal være holdt innen 2027.', question)).toBe(true);
    expect(statesPointInTime('Tjue skoler har fått kurs for 2023/24.', question)).toBe(false);
    expect(statesPointInTime('Planen gjelder for 2010–2014.', question)).toBe(false);
  });
});

describe('statesPlanTarget', () => {
  it('reads a sentence opening with the time a plan sets and a modal', () => {
    expect(statesPlanTarget('I løpet av 2009 skal alle kommuner ha sørget for overføring av møter i kommunestyret på Internett.')).toBe(true);
    expect(statesPlanTarget('3. I løpet av 2008 skal et flertall av kommunene ha innført elektroniske innkjøp.')).toBe(true);
    expect(statesPlanTarget('Innen utgangen av 2025 skal alle kommuner tilby det.')).toBe(true);
    expect(statesPlanTarget('Fra og med 2006 skal alle søknader sendes elektronisk.')).toBe(true);
    expect(statesPlanTarget('By the end of 2010, all councils should publish their decisions.')).toBe(true);
  });
  it('does not read a past fact or a time standing later in the sentence', () => {
    expect(statesPlanTarget('I løpet av 2009 ble 300 kommuner med i ordningen.')).toBe(false);
    expect(statesPlanTarget('I 2019 har det vært 161 millioner pålogginger.')).toBe(false);
    expect(statesPlanTarget('Sikker autentisering av personer ved bruk av PKI blir tilgjengelig fra 2006.')).toBe(false);
  });
});
