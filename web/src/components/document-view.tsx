import type { DocumentBlock } from '@kildesvar/core/schemas';
import { useMemo, type ReactNode } from 'react';
import { blockOffsets, segmentText, type Range, type Segment } from '../lib/highlight-segments';
import { HighlightedText } from './highlighted-text';

type DocumentViewProps = {
  blocks: readonly DocumentBlock[];
  passage: Range;
  quotes: readonly Range[];
  firstQuoteRef: (element: HTMLElement | null) => void;
};

type Piece = { key: string; segments: Segment[] };
type RenderedBlock = { block: DocumentBlock; pieces: Piece[] };

/** A list block's items, each without its "- ", cut into highlighted segments. */
const listPieces = (block: DocumentBlock, offsets: Int32Array, passage: Range, quotes: readonly Range[]): Piece[] => {
  const pieces: Piece[] = [];
  let lineStart = 0;
  for (const line of block.text.split('\n')) {
    const bodyStart = lineStart + (line.startsWith('- ') ? 2 : 0);
    const body = block.text.slice(bodyStart, lineStart + line.length);
    pieces.push({ key: String(lineStart), segments: segmentText(body, (index) => offsets[bodyStart + index] ?? 0, passage, quotes) });
    lineStart += line.length + 1;
  }
  return pieces;
};

const renderBlocks = (blocks: readonly DocumentBlock[], passage: Range, quotes: readonly Range[]): RenderedBlock[] =>
  blocks.map((block) => {
    // Blocks wholly outside the passage need no per-character work.
    const touched = block.end > passage.start && block.start < passage.end;
    if (!touched) {
      const text = block.kind === 'list' ? block.text.split('\n').map((line) => line.replace(/^- /, '')) : [block.text];
      return { block, pieces: text.map((line, index) => ({ key: String(index), segments: [{ kind: 'plain', text: line }] })) };
    }
    const offsets = blockOffsets(block);
    if (block.kind === 'list') return { block, pieces: listPieces(block, offsets, passage, quotes) };
    return { block, pieces: [{ key: '0', segments: segmentText(block.text, (index) => offsets[index] ?? 0, passage, quotes) }] };
  });

/**
 * The document as a reader sees it: the cleaned text in headings, paragraphs and lists, with the
 * quoted sentences marked and the rest of the cited passage tinted. Offsets are the original's.
 */
export const DocumentView = ({ blocks, passage, quotes, firstQuoteRef }: DocumentViewProps) => {
  const rendered = useMemo(() => renderBlocks(blocks, passage, quotes), [blocks, passage, quotes]);
  const firstQuoteBlock = rendered.findIndex(({ pieces }) => pieces.some((piece) => piece.segments.some((segment) => segment.kind === 'quote')));
  return (
    <div className="document-view">
      {rendered.map(({ block, pieces }, index) => {
        const holds = index === firstQuoteBlock;
        const firstPiece = holds ? pieces.findIndex((piece) => piece.segments.some((segment) => segment.kind === 'quote')) : -1;
        const content = (piece: Piece, pieceIndex: number): ReactNode => (
          <HighlightedText key={piece.key} segments={piece.segments} firstQuoteRef={firstQuoteRef} holdsFirstQuote={pieceIndex === firstPiece} />
        );
        const key = `${block.start}-${index}`;
        if (block.kind === 'heading') {
          const Heading = block.level === 'sub' ? 'h4' : 'h3';
          return (
            <Heading key={key} className="document-heading">
              {pieces.map((piece, pieceIndex) => content(piece, pieceIndex))}
            </Heading>
          );
        }
        if (block.kind === 'list') {
          return (
            <ul key={key} className="document-list-block">
              {pieces.map((piece, pieceIndex) => (
                <li key={piece.key}>{content(piece, pieceIndex)}</li>
              ))}
            </ul>
          );
        }
        return <p key={key}>{pieces.map((piece, pieceIndex) => content(piece, pieceIndex))}</p>;
      })}
    </div>
  );
};
