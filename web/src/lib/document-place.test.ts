import type { DocumentBlock } from '@kildesvar/core/schemas';
import { describe, expect, it } from 'vitest';
import { nb } from '../i18n/messages-nb';
import { placeName } from './document-place';

const block = (kind: DocumentBlock['kind'], text: string, start: number, level?: DocumentBlock['level']): DocumentBlock => ({
  kind,
  text,
  start,
  end: start + text.length,
  map: [0, start],
  ...(level ? { level } : {}),
});

const blocks = [
  block('paragraph', 'Forord uten overskrift.', 0),
  block('heading', 'Kap. 4: Infrastruktur', 30, 'section'),
  block('heading', 'MÅL', 60, 'sub'),
  block('paragraph', 'I løpet av 2011 skal alle kommuner være tilknyttet Norsk Helsenett.', 70),
  block('heading', 'Vedlegg', 200, 'section'),
  block('paragraph', 'Samme mål igjen.', 210),
];

describe('placeName', () => {
  it('names a place by its sub-heading and section, never by offsets', () => {
    expect(placeName(blocks, 80, nb)).toBe('under «MÅL» i «Kap. 4: Infrastruktur»');
  });

  it('drops the sub-heading when a new section starts, and says nothing before the first heading', () => {
    expect(placeName(blocks, 215, nb)).toBe('under «Vedlegg»');
    expect(placeName(blocks, 5, nb)).toBe('');
  });
});
