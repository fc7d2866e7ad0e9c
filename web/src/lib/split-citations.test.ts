import { describe, expect, it } from 'vitest';
import { splitCitations } from './split-citations';

describe('splitCitations', () => {
  it('turns [n] markers into citations between the text around them', () => {
    expect(splitCitations('Innen 2011 [1]. Også [2]', 2)).toEqual([
      { kind: 'text', text: 'Innen 2011 ' },
      { kind: 'citation', number: 1 },
      { kind: 'text', text: '. Også ' },
      { kind: 'citation', number: 2 },
    ]);
  });

  it('splits a grouped marker [1, 3] into one citation per number', () => {
    expect(splitCitations('Mål [1, 3]', 3)).toEqual([
      { kind: 'text', text: 'Mål ' },
      { kind: 'citation', number: 1 },
      { kind: 'citation', number: 3 },
    ]);
  });

  it('keeps markers that point past the citation list as plain text', () => {
    expect(splitCitations('Se [4] og [0].', 2)).toEqual([{ kind: 'text', text: 'Se [4] og [0].' }]);
  });

  it('keeps a half-streamed marker as text until it is complete', () => {
    expect(splitCitations('Innen 2011 [1', 1)).toEqual([{ kind: 'text', text: 'Innen 2011 [1' }]);
  });

  it('returns no parts for an empty answer', () => {
    expect(splitCitations('', 3)).toEqual([]);
  });
});
