import { describe, expect, it } from 'vitest';
import { MORPHOLOGY_BUILD } from '../analysis/language-resources';
import { settingsHash, settingsRecord } from './index-settings';

describe('settingsRecord', () => {
  it('holds the morphology build, so a change in how the lemma tables are built re-ingests by itself', () => {
    const record = settingsRecord('corpus-lsa-v1');
    expect(record.morphology).toBe(MORPHOLOGY_BUILD);
    expect(settingsHash({ ...record, morphology: MORPHOLOGY_BUILD - 1 })).not.toBe(settingsHash(record));
  });
});
