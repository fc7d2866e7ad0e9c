import { describe, expect, it } from 'vitest';
import { bilingualTargets, generatedForms, generationRequests, paradigmFormOf } from './paradigms';

describe('paradigmFormOf', () => {
  it('splits a verb, noun and adjective analysis into lemma, paradigm and form tags', () => {
    expect(paradigmFormOf('finne<vblex><pret>')).toEqual({ lemma: 'finne', paradigm: '<vblex>', form: '<pret>' });
    expect(paradigmFormOf('mann<n><m><pl><ind><compound-R>')).toEqual({ lemma: 'mann', paradigm: '<n><m>', form: '<pl><ind>' });
    expect(paradigmFormOf('finne<adj><pp><mf><sg><ind>')).toEqual({ lemma: 'finne', paradigm: '<adj>', form: '<pp><mf><sg><ind>' });
  });

  it('leaves out compound-only forms, multiword lemmas and word classes that do not inflect', () => {
    expect(paradigmFormOf('bruker<n><m><sg><ind><cmp><compound-only-L>')).toBeNull();
    expect(paradigmFormOf('greie# ut<vblex><inf>')).toBeNull();
    expect(paradigmFormOf('når<adv>')).toBeNull();
  });
});

describe('generationRequests', () => {
  it('asks for every form tag set the analyses show for a paradigm, for the wanted lemmas only', () => {
    const lines = ['^fant/finne<vblex><pret>$', '^skriver/skrive<vblex><pres>$', '^skrevet/skrive<vblex><pp>$', '^når/når<adv>/nå<vblex><pres>$'];
    expect(generationRequests(lines, (lemma) => lemma !== 'nå')).toEqual([
      '^finne<vblex><pp>$',
      '^finne<vblex><pres>$',
      '^finne<vblex><pret>$',
      '^skrive<vblex><pp>$',
      '^skrive<vblex><pres>$',
      '^skrive<vblex><pret>$',
    ]);
  });

  it('adds lemmas from extra tagged analyses (the other standard’s translations)', () => {
    expect(generationRequests(['^gikk/gå<vblex><pret>$'], () => true, ['seie<vblex><inf>'])).toEqual([
      '^gå<vblex><inf>$',
      '^gå<vblex><pret>$',
      '^seie<vblex><inf>$',
      '^seie<vblex><pret>$',
    ]);
  });
});

describe('generatedForms', () => {
  it('keeps the forms a generator wrote, lowercase, without the lemmas it could not inflect', () => {
    expect(generatedForms(['fant', '#god', 'Gikk', '', 'gikk', 'sette i gang'])).toEqual(['fant', 'gikk']);
  });
});

describe('bilingualTargets', () => {
  it('reads the tagged target analyses of lt-proc -b lines, without unknown words and compounds', () => {
    expect(bilingualTargets(['^si<vblex><inf>/seie<vblex><inf>$', '^xyz<n>/@xyz<n>$', '^a<n>/b<n>+c<n>/d<n>$'])).toEqual(['seie<vblex><inf>', 'd<n>']);
  });
});
