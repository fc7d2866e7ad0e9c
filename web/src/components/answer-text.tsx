import type { SearchResult } from '@kildesvar/core/schemas';
import { Fragment } from 'react';
import { splitCitations } from '../lib/split-citations';
import { CitationChip } from './citation-chip';

type AnswerTextProps = {
  text: string;
  citations: SearchResult[];
  onOpenSource: (source: SearchResult, label: string) => void;
};

/** The answer's text with each [n] marker drawn as a citation chip. */
export const AnswerText = ({ text, citations, onOpenSource }: AnswerTextProps) => (
  <>
    {splitCitations(text, citations.length).map((part, index) =>
      part.kind === 'text' ? (
        <Fragment key={index}>{part.text}</Fragment>
      ) : (
        <CitationChip key={index} number={part.number} source={citations[part.number - 1]} onOpen={onOpenSource} />
      ),
    )}
  </>
);
