import type { DocumentBlock } from '@kildesvar/core/schemas';
import type { Messages } from '../i18n/messages-nb';

/** The headings in force at an original offset: the nearest section heading and sub-heading before it. */
export const headingsAt = (blocks: readonly DocumentBlock[], offset: number): { section: string; sub: string } => {
  let section = '';
  let sub = '';
  for (const block of blocks) {
    if (block.start > offset) break;
    if (block.kind !== 'heading') continue;
    if (block.level === 'sub') sub = block.text;
    else {
      section = block.text;
      sub = '';
    }
  }
  return { section, sub };
};

/** A place as a person names it: «under «MÅL» i «Infrastruktur»», or '' before the first heading. */
export const placeName = (blocks: readonly DocumentBlock[], offset: number, messages: Pick<Messages, 'under' | 'underIn'>): string => {
  const { section, sub } = headingsAt(blocks, offset);
  if (section !== '' && sub !== '') return messages.underIn(sub, section);
  const only = sub || section;
  return only === '' ? '' : messages.under(only);
};
