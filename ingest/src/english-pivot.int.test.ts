import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, buildPivotDictionary } from '@kildesvar/core';
import { loadPivotCandidates } from './english-pivot';

const installed =
  ['eng-swe', 'eng-deu', 'deu-swe', 'swe-nor'].every((pair) => existsSync(`/usr/share/dictd/freedict-${pair}.index`)) &&
  existsSync('/usr/share/apertium/apertium-swe-nor/swe-nob.autobil.bin');

describe('English pivot over the installed Debian dictionaries', () => {
  it.skipIf(!installed)(
    'translates words FreeDict eng-nor lacks through Swedish and German, kept to the corpus words',
    async () => {
      const result = await loadPivotCandidates(path.join(process.cwd(), 'node_modules', '.cache', 'kildesvar'));
      expect(result.reason).toBeUndefined();
      const candidates = result.candidates ?? new Map();
      expect(candidates.size).toBeGreaterThan(1000);
      const vocabulary = new Set(analyze('Møtet drøftet kostnader, sikkerhet og en rapport om løsninger fra leverandøren.'));
      const pivot = buildPivotDictionary(candidates, vocabulary);
      expect(pivot.entries.get('meeting')).toEqual(['møte']);
      expect(pivot.entries.get('report')).toEqual(['rapport']);
      expect(pivot.entries.get('solution')).toEqual(['løsning']);
      expect(pivot.entries.get('supplier')).toEqual(['leverandør']);
      // Verbs FreeDict eng-deu files under their valency pattern («contain sth» → «etw. enthalten»).
      const verbs = buildPivotDictionary(candidates, new Set(analyze('Registeret inneholder det som ble utviklet.')));
      expect(verbs.entries.get('contain')).toEqual(['inneholde']);
      expect(verbs.entries.get('develop')).toEqual(['utvikle']);
      // Only corpus words: nothing for a word whose translations the corpus lacks.
      expect(pivot.entries.has('hospital')).toBe(false);
      // By a single route too, every sense (for `withUncertainEntries`): «fund» is a noun first, the verb among the rest.
      const weak = 'weak' in result ? result.weak : new Map();
      expect(weak.get('fund')?.map(([norwegian]: readonly [string, number]) => norwegian)).toContain('finansiere');
      expect(candidates.has('fund') && candidates.get('fund')?.some(([norwegian]: readonly [string, number]) => norwegian === 'finansiere')).toBe(false);
    },
    120_000,
  );
});
