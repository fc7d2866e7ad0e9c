import { describe, expect, it } from 'vitest';
import { cleanDocument, cleanDocumentWithReport } from './cleaner';
import { buildLexicon } from './lexicon';
import { toOriginalSpan } from './original-span';
import { readSeedTexts } from './seed-fixtures';

// Corpus evidence only, so the tests do not depend on an installed word list.
const lexicon = buildLexicon(readSeedTexts().map((seed) => seed.text));
const clean = (original: string): string => cleanDocument(original, lexicon).text;

describe('cleanDocument on 000 (PDF, wrapped at a fixed width)', () => {
  it('keeps MÅL and TILTAK as headings and each numbered goal as its own paragraph, repairing hyphens', () => {
    const original = [
      ' MÅL',
      '1 I løpet av 2009 skal alle kommuner, i samarbeid med den stat-',
      '',
      'lige arbeids- og velferdsetaten, ha etablert fullverdig IKT-løs-',
      'ning for felles førstelinjekontorer.',
      '',
      'TILTAK',
      '1 Som grunnlag for etablering av arbeids- og velferdskontorer',
      '',
      'i kommunene vil KS inngå rammeavtale med staten og ev. ut-',
      'vikle norm for lokale samarbeidsavtaler mellom statsetaten og ',
      'den enkelte kommune.',
    ].join('\n');
    expect(clean(original)).toBe(
      [
        'MÅL',
        '1 I løpet av 2009 skal alle kommuner, i samarbeid med den statlige arbeids- og velferdsetaten, ha etablert fullverdig IKT-løsning for felles ' +
          'førstelinjekontorer.',
        'TILTAK',
        '1 Som grunnlag for etablering av arbeids- og velferdskontorer i kommunene vil KS inngå rammeavtale med staten og ev. utvikle norm for lokale ' +
          'samarbeidsavtaler mellom statsetaten og den enkelte kommune.',
      ].join('\n\n'),
    );
  });

  it('turns tab bullets into "- " items and keeps the shared part «helse- og»', () => {
    const original =
      'Mål\n•\t I løpet av 2011 skal elektronisk kommunikasjon mellom helse- \n\nog omsorgstjenesten i kommunene og andre aktører være \ntilpasset ' +
      'nasjonale standarder.\n\nTiltak\n•\t KS vil bidra til å utvikle og implementere løsninger for elektro-\n\nnisk meldingsutveksling.\n\n•\t KS ' +
      'vil følge opp arbeidet.';
    expect(clean(original)).toBe(
      'Mål\n\n- I løpet av 2011 skal elektronisk kommunikasjon mellom helse- og omsorgstjenesten i kommunene og andre aktører være tilpasset ' +
        'nasjonale standarder.\n\nTiltak\n\n- KS vil bidra til å utvikle og implementere løsninger for elektronisk meldingsutveksling.\n- KS vil ' +
        'følge opp arbeidet.',
    );
  });

  it('reads a bullet printed at the end of its line as a list item', () => {
    expect(clean('(www.odin.dep.no/ufd)\n søknad om kommunale tjenester•\t\nhenvendelse om pasient (dialogmelding)•\t\n')).toBe(
      '(www.odin.dep.no/ufd)\n\n- søknad om kommunale tjenester\n- henvendelse om pasient (dialogmelding)',
    );
  });

  it('keeps a dash that continues a sentence and a line that ends in a function word', () => {
    expect(clean('Morgendagens skole vil være en moderne «arbeidsplass» \n– en læringsarena der fysisk utforming')).toBe(
      'Morgendagens skole vil være en moderne «arbeidsplass» – en læringsarena der fysisk utforming',
    );
    expect(clean('2 KS vil sørge for at kostnadene forbundet med gjennomføring av \nProgram for digital kompetanse synliggjøres')).toBe(
      '2 KS vil sørge for at kostnadene forbundet med gjennomføring av Program for digital kompetanse synliggjøres',
    );
  });

  it('removes footnote digits glued to words and keeps the footnotes as paragraphs', () => {
    const original = 'elever dele på hver PC9, og mange steder brukes \nutstyret minimalt.\n\n9 GSI 2004, UFD (www.odin.dep.no/ufd)\n';
    expect(clean(original)).toBe('elever dele på hver PC, og mange steder brukes utstyret minimalt.\n\n9 GSI 2004, UFD (www.odin.dep.no/ufd)');
  });

  it('drops a misplaced item number at the end of a line and repairs the hyphen it split', () => {
    const original = 'Når EPJ er på plass og brukes, vil infrastruktur i form av kommunikasjons-2.\t\nnettverk og sikkerhetsløsninger være neste skritt.';
    expect(clean(original)).toBe('Når EPJ er på plass og brukes, vil infrastruktur i form av kommunikasjonsnettverk og sikkerhetsløsninger være neste skritt.');
  });

  it('does not join a hyphenated fragment to the first line of another page', () => {
    expect(clean('1 I løpet av 2009 ha etablert fullverdig IKT-løs-\n elever og lærere med egne PC-er')).toBe(
      '1 I løpet av 2009 ha etablert fullverdig IKT-løs-\n\nelever og lærere med egne PC-er',
    );
  });

  it('mends a URL broken after an underscore', () => {
    expect(clean('2\t http://www.shdir.no/samspill/informasjonssikkerhet/norm_for_\ninformasjonssikkerhet_i_helsesektoren_53069')).toBe(
      '2 http://www.shdir.no/samspill/informasjonssikkerhet/norm_for_informasjonssikkerhet_i_helsesektoren_53069',
    );
  });
});

describe('cleanDocument on 004 (PDF, double-spaced)', () => {
  it('joins the lines of a paragraph across the blank lines and breaks after a short last line', () => {
    const original =
      'beveger seg mye mellom nivåene.  Men de få kan ikke være utgangspunktet for svarene vi leter etter for \n\norganisering av helheten.  \n\nKS ' +
      'mener at dagens utfordringer i liten grad skyldes feil i strukturen, men i desto større grad svikt i \n\ntilretteleggingen for samhandlingen ' +
      'rundt innbyggeren.';
    expect(clean(original)).toBe(
      'beveger seg mye mellom nivåene. Men de få kan ikke være utgangspunktet for svarene vi leter etter for organisering av helheten.\n\nKS mener at ' +
        'dagens utfordringer i liten grad skyldes feil i strukturen, men i desto større grad svikt i tilretteleggingen for samhandlingen rundt innbyggeren.',
    );
  });

  it('keeps a heading without punctuation apart from the paragraph after it', () => {
    const original =
      'gevinster på både kort og lang sikt.   \n\nNasjonale e-helseløsninger må være trygge i bruk og gi reelle gevinster  \n\nMange nasjonale ' +
      'e-helsetiltak blir gjort tilgjengelige for kommunene uten at det er vurdert';
    expect(clean(original).split('\n\n')).toEqual([
      'gevinster på både kort og lang sikt.',
      'Nasjonale e-helseløsninger må være trygge i bruk og gi reelle gevinster',
      'Mange nasjonale e-helsetiltak blir gjort tilgjengelige for kommunene uten at det er vurdert',
    ]);
  });

  it('keeps the hyphen of KommIT-rådet when the line breaks after it', () => {
    expect(clean('Notatet er \n\nforankret i den kommunale samstyringsstrukturen for digitalisering med endelig forankring i KommIT-\n\nrådet. Selv om')).toBe(
      'Notatet er forankret i den kommunale samstyringsstrukturen for digitalisering med endelig forankring i KommIT-rådet. Selv om',
    );
  });
});

describe('cleanDocument on 001, 002 and 003 (exported documents and slides)', () => {
  it('keeps 001 list items after a colon and joins a paragraph broken by a blank line (lowercase start)', () => {
    expect(
      clean(
        'Dette innebærer at den moderne eKommunen må:\n\n- *gi innbyggerne mulighet til å velge kommunikasjonskanal*\n- *gjøre flest mulig tjenester ' +
          'tilgjengelig på nett*',
      ),
    ).toBe(
      'Dette innebærer at den moderne eKommunen må:\n\n- gi innbyggerne mulighet til å velge kommunikasjonskanal\n- gjøre flest mulig tjenester ' +
        'tilgjengelig på nett',
    );
    expect(clean('Kommunene bør derfor samarbeide\n\nrundt etablering av slike tjenester.')).toBe(
      'Kommunene bør derfor samarbeide rundt etablering av slike tjenester.',
    );
  });

  it('normalises the private-use bullets of 002 and joins an item continued after a blank line', () => {
    const original =
      '\uf06e Identifisere kunnskapsbehov på bakgrunn av denne kartlegginga\n\uf06e Samle og formidle relevant kunnskap og relevante ' +
      '\n\nforskningsspørsmål innan fagfeltet\n\uf06e\u00d8kt behov for helse- og omsorgstjenester.';
    expect(clean(original)).toBe(
      '- Identifisere kunnskapsbehov på bakgrunn av denne kartlegginga\n- Samle og formidle relevant kunnskap og relevante forskningsspørsmål innan ' +
        'fagfeltet\n- Økt behov for helse- og omsorgstjenester.',
    );
  });

  it('separates 003 headings from their text, drops the page number and normalises its bullets', () => {
    const original =
      'Altinn\nAltinn er et felles system for digital innrapportering.\n\n\nID-porten\nID-porten er en innloggingsløsning.\nSide 5\n\n\nDe overordne ' +
      'målene er:\n\uf0b7 Innbyggerne skal ha tilgang på enkle og sikre digitale tjenester\n\uf0b7 Data skal være tilgjengelig for kvalitetsforbedring';
    expect(clean(original)).toBe(
      'Altinn\n\nAltinn er et felles system for digital innrapportering.\n\nID-porten\n\nID-porten er en innloggingsløsning.\n\nDe overordne målene ' +
        'er:\n\n- Innbyggerne skal ha tilgang på enkle og sikre digitale tjenester\n- Data skal være tilgjengelig for kvalitetsforbedring',
    );
  });
});

describe('cleanDocumentWithReport', () => {
  it('counts what it repaired and records the evidence for every line-end hyphen', () => {
    const { cleaned, report } = cleanDocumentWithReport('ev. ut-\nvikle norm for helse- \n\nog omsorg, KommIT-\nrådet og PC9,\n\n9 GSI 2004', lexicon);
    expect(cleaned.text).toBe('ev. utvikle norm for helse- og omsorg, KommIT-rådet og PC,\n\n9 GSI 2004');
    expect(report).toMatchObject({ hyphenJoins: 1, keptHyphens: 1, sharedParts: 1, footnoteMarkers: 1, paragraphs: 2 });
    expect(report.hyphens.map((hyphen) => `${hyphen.left}|${hyphen.right}:${hyphen.decision}`)).toEqual([
      'ut-|vikle:join',
      'helse-|og:spaced',
      'KommIT-|rådet:keep',
    ]);
  });

  it('maps a repaired word back to the original passage it came from', () => {
    const original = 'skal alle kommuner, i samarbeid med den stat-\n\nlige arbeids- og velferdsetaten';
    const { cleaned } = cleanDocumentWithReport(original, lexicon);
    const start = cleaned.text.indexOf('statlige');
    const span = toOriginalSpan(cleaned, start, start + 'statlige'.length);
    expect(original.slice(span.start, span.end)).toBe('stat-\n\nlige');
  });
});
