import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { predicateStems } from './event-predicate';

const weighty = (words: string) => {
  const stems = new Set(analyze(words));
  return (stem: string): boolean => stems.has(stem);
};

describe('predicateStems', () => {
  it('reads the words after the subject as the event', () => {
    const stems = predicateStems('Når skal den nye arkivloven tre i kraft?', 'nb', weighty('arkivloven tre kraft'));
    expect(stems).toEqual(analyze('tre i kraft'));
  });

  it('keeps a name of several words whole as the subject and stops at the clause end', () => {
    const names = new Set(analyze('Norsk Helsenett'));
    const stems = predicateStems('Når ble Norsk Helsenett stiftet, og hvem eier selskapet?', 'nb', weighty('Norsk Helsenett stiftet eier selskapet'), (stem) =>
      names.has(stem),
    );
    expect(stems).toEqual(analyze('stiftet'));
  });

  it('reads a year frame and stops before a source', () => {
    const stems = predicateStems(
      'Hvilket år skulle alle kommuner være koblet til helsenettet ifølge eKommune 2009?',
      'nb',
      weighty('kommuner koblet helsenettet'),
    );
    expect(stems).toEqual(analyze('være koblet til helsenettet'));
  });

  it('reads nothing for English, a question with no time frame, or no word after the subject', () => {
    expect(predicateStems('When was the Norwegian Water Portal launched?', 'en', () => true)).toEqual([]);
    expect(predicateStems('Hva er Altinn?', 'nb', () => true)).toEqual([]);
    expect(predicateStems('Når var høringsfristen?', 'nb', weighty('høringsfristen'))).toEqual([]);
  });
});

describe('predicateStems after a prepositional phrase', () => {
  it('reads a phrase right after the subject as part of it', () => {
    expect(predicateStems('Når er den neste nasjonale prøva i rekning?', 'nn', weighty('prøva rekning'))).toEqual([]);
    expect(predicateStems('Når ble Senter for kvalitet i skolene lagt ned?', 'nb', weighty('Senter kvalitet skolene lagt'))).toEqual(analyze('lagt ned'));
  });
});

describe('predicateStems of a subject of two nouns joined by «og»', () => {
  it('reads the «og» right after the subject as joining a second noun to it, and the event after both', () => {
    expect(
      predicateStems(
        'Hvilket år skulle alle skoler og lærested ha tilgang til god infrastruktur etter programmet for digital kompetanse?',
        'nb',
        weighty('skoler lærested'),
      ),
    ).toEqual(analyze('ha tilgang til god infrastruktur'));
  });

  it('still ends the clause at an «og» after the event or before a question word', () => {
    expect(predicateStems('Når ble selskapet stiftet og hvem eier det?', 'nb', weighty('selskapet stiftet eier'))).toEqual(analyze('stiftet'));
    expect(predicateStems('Når ble selskapet og hvem eier det?', 'nb', weighty('selskapet eier'))).toEqual([]);
  });
});

describe('predicateStems of an event of several words joined by «og»', () => {
  it('reads on past an «og» after the event that opens no second question', () => {
    expect(predicateStems('Hvilket år skulle kommunene kunne vise og lagre møtene på nettet?', 'nb', weighty('kommunene møtene nettet'))).toEqual(
      analyze('kunne vise og lagre møtene på nettet'),
    );
    expect(
      predicateStems('Innan kva år skal dei tilsette i kommunal pleie og omsorg kunne nok om digitale verktøy?', 'nn', weighty('tilsette pleie verktøy')),
    ).toEqual(analyze('pleie og omsorg kunne nok om digitale verktøy'));
  });

  it('still ends it before a finite verb that opens a yes/no question', () => {
    expect(predicateStems('Når ble selskapet stiftet og er det lønnsomt?', 'nb', weighty('selskapet stiftet lønnsomt'))).toEqual(analyze('stiftet'));
  });
});

describe('predicateStems of a hyphenated compound subject', () => {
  it('reads the whole compound as the subject', () => {
    expect(predicateStems('Hvilket år skulle hver kommune ha helsenett-tilkobling?', 'nb', weighty('helsenett'))).toEqual([]);
  });
});

describe('predicateStems of an English question', () => {
  const sources = (pairs: Array<[string, string]>) => pairs.map(([source, norwegian]) => ({ source, stems: analyze(norwegian) }));

  it('reads the translations of the words after the subject, in the order written', () => {
    const names = new Set(analyze('Statens vegvesen'));
    expect(
      predicateStems(
        'When was Statens vegvesen founded?',
        'en',
        (stem) => names.has(stem),
        (stem) => names.has(stem),
        sources([
          ['Statens', 'statens'],
          ['vegvesen', 'vegvesen'],
          ['founded', 'grunnlegge'],
        ]),
      ),
    ).toEqual(analyze('grunnlegge'));
    expect(
      predicateStems(
        'When does the updated water regulation come into effect?',
        'en',
        weighty('vannforskrift'),
        () => false,
        sources([
          ['updated', 'oppdatert'],
          ['water regulation', 'vannforskrift'],
          ['come', 'komme'],
          ['into effect', 'virkning'],
        ]),
      ),
    ).toEqual(analyze('virkning'));
  });

  it('leaves out the lexical verb after «do»-support, as Norwegian leaves out its finite verb', () => {
    expect(
      predicateStems(
        'When did the project start?',
        'en',
        weighty('prosjekt'),
        () => false,
        sources([
          ['project', 'prosjekt'],
          ['start', 'starte'],
        ]),
      ),
    ).toEqual([]);
  });

  it('reads «and» right after the subject as joining a second noun to it', () => {
    expect(
      predicateStems(
        'By which year should schools and colleges have access to good infrastructure?',
        'en',
        weighty('skole høgskole'),
        () => false,
        sources([
          ['schools', 'skole'],
          ['colleges', 'høgskole'],
          ['access', 'tilgang'],
          ['good', 'god'],
          ['infrastructure', 'infrastruktur'],
        ]),
      ),
    ).toEqual(analyze('tilgang god infrastruktur'));
  });

  it('reads a phrase right after the subject as part of it and stops at «and»', () => {
    expect(
      predicateStems(
        'When was the agency for management set up, and who led it?',
        'en',
        weighty('etat forvaltning'),
        () => false,
        sources([
          ['agency', 'etat'],
          ['management', 'forvaltning'],
          ['set up', 'opprette'],
          ['led', 'lede'],
        ]),
      ),
    ).toEqual(analyze('opprette'));
  });
});
