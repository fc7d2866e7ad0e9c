import type { SearchResult } from '@kildesvar/core/schemas';
import { Fragment } from 'react';
import { splitCitations } from '../lib/split-citations';
import { CitationChip } from './citation-chip';

type AnswerTextProps = {
  text: string;
  citations: SearchResult[];
  onOpenSource: (source: SearchResult, label: string) => void;
};

/** A chip for a marker whose source is in the list; splitCitations only emits those, so the text form is a fallback. */
const Citation = ({ number, source, onOpen }: { number: number; source: SearchResult | undefined; onOpen: AnswerTextProps['onOpenSource'] }) =>
  source ? <CitationChip number={number} source={source} onOpen={onOpen} /> : <>[{number}]</>;

/** The answer's text with each [n] marker drawn as a citation chip. */
export const AnswerText = ({ text, citations, onOpenSource }: AnswerTextProps) => (
  <>
    {splitCitations(text, citations.length).map((part, index) =>
      part.kind === 'text' ? (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one answer text are positional and never reorder
        <Fragment key={index}>{part.text}</Fragment>
      ) : (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one answer text are positional and never reorder
        <Citation key={index} number={part.number} source={citations[part.number - 1]} onOpen={onOpenSource} />
      ),
    )}
  </>
);
