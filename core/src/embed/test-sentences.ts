/**
 * Thirty sentences quoted from the seeds (001, 003 and 004), for tests of the corpus embedder:
 * four about patient records, two about broadband, and twenty-four on other subjects.
 */
export const journalSentences = [
  'I region Midt-Norge arbeides det med innføring av felles løsning for pasientjournal og -administrasjon for både kommuner og sykehus.',
  'De nasjonale e-helseløsningene, som e-resept, kjernejournal og etter hvert pasientens legemiddelliste, vil gradvis være klare for bruk i kommunal ' +
    'helse- og omsorgstjeneste.',
  'Over 300 kommuner har allerede gjennomført, er i gang med eller planlegger å anskaffe nye journalløsninger i løpet av de nærmeste par årene, 80% i ' +
    'samarbeid med andre – og med felles utgangspunkt.',
  'Bedre datadeling, journalløsninger, helseteknologi og KI kan redusere personellbehov og styrke kvalitet.',
];

export const broadbandSentences = [
  'I tillegg er det mange kommuner som samarbeider om utbygging av bredbånd',
  'En viktig forutsetning vil som regel være at det er etablert bredbåndsforbindelse med tilstrekkelig kapasitet til å håndtere oppgavene',
];

export const otherSentences = [
  'Manglende helhetlige forløp eller usammenhengende tjenester skaper uheldige situasjoner som fører til dobbeltarbeid, potensielt redusert ' +
    'livskvalitet eller andre langtrekkende konsekvenser.',
  'KS har en FoU knyttet til videreutvikling av helsefellesskapene med forventet leveranse ultimo april.',
  'Dokumentet har likevel en selvstendig status, med utgangspunkt i kommunenes og fylkeskommunenes ansvar for viktige offentlige velferdsoppgaver og ' +
    'tjenester.',
  'I løpet av 2007 skal alle kommunale og fylkeskommunale interaktive tjenester mot innbyggere og næringsliv bygge på et felles offentlig ' +
    'standardisert grensesnitt.',
  'Denne utviklingen gjør det avgjørende at kommunene settes i stand til å håndtere kostnadsveksten.',
  'Dokumentet gir råd om viktige satsingsområder når det gjelder bruk av IKT for å effektivisere virksomheten og utvikle kvalitativt gode tjenester.',
  'Gevinster av ulike IKT-løsninger hentes først og fremst ut ved organisatoriske endringer og endringer i styrings- og arbeidsform.',
  'Selskapet har et ikke-økonomisk formål, og skal ikke skaffe aksjeeier økonomisk utbytte.',
  'Bruk av standardisert elektronisk signatur åpner for etablering og videreutvikling av en rekke offentlige tjenester.',
  'En styrket samhandling mellom kommunal sektor og statlige aktører, på nasjonalt, regionalt og lokalt nivå, vil også kunne forsterke det lokale ' +
    'eierskapet til samhandling i praksis.',
  'For å oppnå økt deling av data og mer sammenhengende tjenester, må regelverket legge til rette for det.',
  'KS vil utvikle og gjennomføre kurs for ledere i kommuner og fylkeskommuner i strategisk IKT-ledelse.',
  'Informasjons- og kommunikasjonsteknologien framstår i dag som ett av de viktigste virkemidlene for modernisering og omstilling i offentlig sektor.',
  'Disse endringene må også gjennomføres for å få effekt av investeringen.',
  'KS vil bidra til informasjons- og erfaringsutveksling om bruken av IP-telefoni i kommunesektoren.',
  'KS vil utarbeide dokumentasjon og veiledningsmateriell som beskriver beste praksis knyttet til anskaffelse og implementering av kommunale portaler ' +
    'og interaktive tjenester.',
  'Selv om samhandlingen ikke er god nok for enkelte pasientgrupper, er det også mange gode eksempler på at samhandlingen fungerer godt i dag.',
  'Kommunene må også ha styrke til å være en likeverdig samarbeidspartner med leverandører i leveranse- og gjennomføringsfasen.',
  'Når mange kommuner nå er i ferd med å utvikle interaktive tjenester mot publikum er det flere årsaker til dette.',
  'I tillegg til disse møteplassene blir det viktigere en tidligere å gjøre bruk av PC til en naturlig og selvfølgelig del av barn og unges skoledag.',
  'Gitt utfordringene helsesektoren står overfor, er det helt nødvendig å prioritere økt effektivitet fremfor økt kvalitet i årene fremover.',
  'Nye teknologiske løsninger utvikles kontinuerlig, kapasiteten øker og det skjer en sammensmelting av tele- og datatjenester.',
  'I arbeidet med digitalisering i helse- og omsorgssektoren er det viktig med helhet og sammenheng, og nasjonale e-helseløsninger har best effekt ' +
    'når de brukes av flest mulig.',
  'Det er ikke frivillig for kommunene å følge forskriften.',
];

export const testSentences = [...journalSentences, ...broadbandSentences, ...otherSentences];

/** The simple analysis the tests use in place of the Norwegian analyser: lowercased words. */
export const lowercaseWords = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
