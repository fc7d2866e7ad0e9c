import { describe, expect, it } from 'vitest';
import { finiteVerbForms } from './finite-verbs';

/** Lines as `lt-proc -w` gives them with apertium-nno-nob's bokmål (nob) and nynorsk (nno) analysers. */
const lines = [
  '^meiner/meine<vblex><pres>$',
  '^nevnes/nevne<vblex><inf><pasv>/nevne<vblex><pres><pasv>$',
  '^var/va<vblex><pres>/vare<vblex><imp>/være<vblex><pret>/var<n><nt><sg><ind>/var<adj><sint><pst><mf><sg><ind>$',
  '^bruker/bruke<vblex><pres>/bruker<n><m><sg><ind>/bruker<n><m><sg><ind><cmp><compound-only-L>$',
  '^når/når<adv>/når<cnjsub>/nå<vblex><pres>$',
  '^for/for<pr>/for<adv>/fare<vblex><pret>$',
  '^hvor/hvor<adv>/hvor<cnjsub>$',
  '^forklar/forklare<vblex><imp>$',
  '^bare/bare<adv>/bare<vblex><inf>$',
  '^gjeld/gjeld<n><f><sg><ind>/gjelde<vblex><pres>$',
  // nynorsk «kor» (where): the adverb in one analyser blocks the verb.
  '^kor/kore<vblex><imp>/kor<n><nt><sg><ind>$',
  '^kor/kor<adv>/kore<vblex><imp>$',
  // nynorsk «så»: bokmål reads the adverb, nynorsk the past of «se» too.
  '^så/så<adv>/så<vblex><inf>$',
  '^så/så<adv>/se<vblex><pret>$',
  '^Meiner/meine<vblex><pres>$',
  '^xyz/*xyz$',
];

describe('finiteVerbForms', () => {
  it('keeps the forms read as a present or past verb, also when a noun or adjective reading stands beside it', () => {
    expect(finiteVerbForms(lines)).toEqual(['bruker', 'gjeld', 'meiner', 'nevnes', 'var']);
  });

  it('leaves out a form read as a function word by either analyser, an imperative or infinitive only, and capitalised words', () => {
    const forms = finiteVerbForms(lines);
    for (const word of ['når', 'for', 'hvor', 'kor', 'så', 'forklar', 'bare', 'xyz']) expect(forms).not.toContain(word);
    expect(finiteVerbForms(['^Meiner/meine<vblex><pres>$'])).toEqual([]);
  });
});
