import { describe, expect, it } from 'vitest';
import { namedKindAsked, namedKindAskedByWho, namedOnlyWithKind, namesBare, namesKindMember, placeAsked, supplierAskedByVerb } from './named-kind';

describe('namedKindAsked', () => {
  it('reads a which-question asking for a municipality, a county or a firm', () => {
    expect(namedKindAsked('Hvilken kommune tok løsningen i bruk først?')).toEqual(['kommun']);
    expect(namedKindAsked('Kva for eit fylke fekk mest pengar?')).toEqual(['fylk']);
    expect(namedKindAsked('Hvilke to selskap bygde portalen?')).toEqual(['selskap']);
  });

  it('reads a compound by the kind it ends in, the longest', () => {
    expect(namedKindAsked('Hvilken systemleverandør har kommunen valgt?')).toEqual(['leverandør']);
    expect(namedKindAsked('Hvilke nabofylkeskommuner deltok i prosjektet?')).toEqual(['fylkeskommun']);
  });

  it('reads a nynorsk which-question asked with a bare «kva»', () => {
    expect(namedKindAsked('Kva kommune var fyrst ute med løysinga?')).toEqual(['kommun']);
    expect(namedKindAsked('Kva skjer med kommunane no?')).toEqual([]);
  });

  it('reads a question asking the texts to name or list members of a kind, not a naming verb after a question word', () => {
    expect(namedKindAsked('Kan du nevne noen av forsøkskommunene?')).toEqual(['kommun']);
    expect(namedKindAsked('does it name the municipalities that gave every pupil a PC?', [{ source: 'municipalities', stems: ['kommun'] }])).toEqual([
      'kommun',
    ]);
    expect(namedKindAsked('Hva nevner planen om kommunene?')).toEqual([]);
    expect(namedKindAsked('Nemner KS-planen at kommunar går saman om breiband?')).toEqual([]);
  });

  it('reads an English kind through the stems it was translated to', () => {
    expect(namedKindAsked('Which vendor built the portal?', [{ source: 'vendor', stems: ['leverandør'] }])).toEqual(['leverandør']);
  });

  it('reads no kind of named thing in other which-questions, nor a country', () => {
    expect(namedKindAsked('Hvilke tiltak vil kommunen prioritere?')).toEqual([]);
    expect(namedKindAsked('Hvilke kommunale tjenester blir digitale?')).toEqual([]);
    expect(namedKindAsked('Hvilket land har flest brukere?')).toEqual([]);
    expect(namedKindAsked('Hvem har bygget portalen?')).toEqual([]);
  });
});

describe('namedKindAskedByWho', () => {
  it('reads a who-question naming a kind after its copula as asking which member', () => {
    expect(namedKindAskedByWho('Hvem er leverandøren av journalsystemet?')).toEqual(['leverandør']);
    expect(namedKindAskedByWho('Kven er leverandør av løysinga?')).toEqual(['leverandør']);
    expect(namedKindAskedByWho('Who is the vendor behind it?', [{ source: 'vendor', stems: ['leverandør'] }])).toEqual(['leverandør']);
  });

  it('reads no kind in a who-question asking anything else', () => {
    expect(namedKindAskedByWho('Hvem leverer den?')).toEqual([]);
    expect(namedKindAskedByWho('Hvem er ansvarlig for drifta?')).toEqual([]);
    expect(namedKindAskedByWho('Hvilken leverandør ble valgt?')).toEqual([]);
  });
});

describe('supplierAskedByVerb', () => {
  it('reads a who-question asking who supplies a thing', () => {
    expect(supplierAskedByVerb('who supplied that solution?')).toBe(true);
    expect(supplierAskedByVerb('Hvem leverer den?')).toBe(true);
    expect(supplierAskedByVerb('Og hvem har levert systemet?')).toBe(true);
  });

  it('reads no supplier asked by another who-question', () => {
    expect(supplierAskedByVerb('Hvem eier løsningen?')).toBe(false);
    expect(supplierAskedByVerb('Hva leverer selskapet?')).toBe(false);
  });
});

describe('namedOnlyWithKind', () => {
  it('holds for municipalities, counties and suppliers, which a text names with the kind word', () => {
    expect(namedOnlyWithKind(['kommun'])).toBe(true);
    expect(namedOnlyWithKind(['leverandør'])).toBe(true);
  });

  it('does not hold for firms, which a text names bare, nor for no kind', () => {
    expect(namedOnlyWithKind(['selskap'])).toBe(false);
    expect(namedOnlyWithKind([])).toBe(false);
  });
});

describe('namesKindMember', () => {
  const asked = new Set(['kommun', 'først']);

  it('finds a member named beside the kind or after it in the sentence', () => {
    expect(namesKindMember('Bodø kommune var først ute med tilbudet.', ['kommun'], asked)).toBe(true);
    expect(namesKindMember('Tilbudet kom først i kommuner som Bodø og Moss.', ['kommun'], asked)).toBe(true);
    expect(namesKindMember('Ny leverandør ble valgt i fjor: Acme Systems.', ['leverandør'], new Set())).toBe(true);
    expect(namesKindMember('Oppdraget gikk til Vegdirektoratet.', ['direktorat'], new Set())).toBe(true);
  });

  it('finds none where the kind is spoken of in general', () => {
    expect(namesKindMember('Løsningen ble prøvd ut i tre testkommuner i fjor.', ['kommun'], asked)).toBe(false);
    expect(namesKindMember('Alle kommuner skal ha et slikt tilbud innen 2030.', ['kommun'], asked)).toBe(false);
    expect(namesKindMember('Vi vil samarbeide tett med leverandørene om dette.', ['leverandør'], new Set())).toBe(false);
  });

  it('takes no compound of an acronym and a common word as a member', () => {
    expect(namesKindMember('KS vil i samarbeid med leverandørene forbedre EPJ-systemene.', ['leverandør'], new Set())).toBe(false);
    expect(namesKindMember('Leverandørene av IKT-løsninger må samarbeide.', ['leverandør'], new Set())).toBe(false);
    expect(namesKindMember('Leverandøren DIPS-Front leverer systemet.', ['leverandør'], new Set())).toBe(true);
  });

  it('still reads the kind word itself written with an acronym as a name', () => {
    expect(namesKindMember('Det foreslås at IKT-selskaper tar over ansvaret.', ['selskap'], new Set())).toBe(true);
  });

  it('takes no name of the question as a member', () => {
    expect(namesKindMember('Mange kommuner bruker Helsenorge i dag.', ['kommun'], new Set(['helsenorg']))).toBe(false);
  });

  it('is undefined for a sentence that does not mention the kind', () => {
    expect(namesKindMember('Bodø har en ny løsning.', ['kommun'], asked)).toBeUndefined();
  });
});

describe('placeAsked', () => {
  it('reads a which-question asking for a country, with a word between or none', () => {
    expect(placeAsked('Hvilket land kom på andreplass?')).toBe(true);
    expect(placeAsked('kva land har gjort det?')).toBe(true);
    expect(placeAsked('which European countries have a strategy?')).toBe(true);
    expect(placeAsked('Which country does KS point to?')).toBe(true);
  });

  it('reads a which-question asking for a region or a town', () => {
    expect(placeAsked('hvilke regioner er verst?')).toBe(true);
    expect(placeAsked('Hvilken by ligger hovedkontoret i?')).toBe(true);
    expect(placeAsked('which town will host it?')).toBe(true);
    expect(placeAsked('what about by 2012?')).toBe(false);
  });

  it('reads no adjective «nasjonal» nor a compound of «land» as a country asked', () => {
    expect(placeAsked('Hvilke nasjonale løsninger skal kommunene ta i bruk?')).toBe(false);
    expect(placeAsked('Hvilket landsdelsutvalg fikk mest?')).toBe(false);
    expect(placeAsked('Hvilken løsning landet de på?')).toBe(false);
    expect(placeAsked('Hva gjør landet for å bygge ut bredbånd?')).toBe(false);
  });
});

describe('namesBare', () => {
  const noName = () => false;
  it('reads a capitalised word within the sentence as a name', () => {
    expect(namesBare('Land som Estland viser at bruken øker.', new Set(), noName)).toBe(true);
    expect(namesBare('En rapport rangerer Norge øverst.', new Set(), noName)).toBe(true);
  });

  it('reads no acronym, no opening word and no name of the question as a name', () => {
    expect(namesBare('Staten må samordne seg bedre enn i dag.', new Set(), noName)).toBe(false);
    expect(namesBare('Mange OECD-land har en strategi, sier KS.', new Set(), noName)).toBe(false);
    expect(namesBare('Land som Estland viser at bruken øker.', new Set(['estland']), noName)).toBe(false);
  });

  it('reads an opening word as a name when the corpus or the word lists write it capitalised', () => {
    expect(namesBare('Danmark har en nasjonal strategi.', new Set(), (word) => word === 'Danmark')).toBe(true);
  });
});
