import { decideLineEndHyphen } from './hyphenation';
import type { Lexicon } from './lexicon';
import { decideJoin, type DocumentShape, type Join, type PreviousLine } from './line-joining';
import { PRIVATE_GLYPHS, type SourceLine } from './lines';
import { MappedTextBuilder, type CleanedText } from './mapped-text';
import type { CleaningReport } from './cleaning-report';
import { itemAt } from '../collections/item-at';

/** How many content lines before a line set its local wrap width. */
const LOCAL_WIDTH_LINES = 4;
/** Glyphs that stand for nothing once they are not a line's bullet: private-use symbols, U+FFFD. */
const strayGlyph = new RegExp(`[${PRIVATE_GLYPHS}]`, 'u');

/**
 * Writes classified lines into the cleaned text: separators between paragraphs ("\n\n") and list
 * items ("\n"), one space inside a paragraph, "- " before each item, line-end hyphens resolved,
 * blank runs collapsed. Every character it writes carries its original offset.
 */
export class ParagraphAssembler {
  private readonly builder = new MappedTextBuilder();
  private previous: PreviousLine | null = null;
  private inList = false;
  private blanks = 0;
  private readonly recentLengths: number[] = [];

  constructor(
    private readonly source: CleanedText,
    private readonly shape: DocumentShape,
    private readonly lexicon: Lexicon,
    private readonly report: CleaningReport,
  ) {}

  add(line: SourceLine): void {
    if (line.kind === 'furniture') this.report.pageFurniture += 1;
    if (line.kind === 'blank' || line.kind === 'furniture') {
      this.blanks += 1;
      return;
    }
    const previous = this.previous;
    const join: Join = previous
      ? decideJoin(previous, line, this.blanks, this.shape, this.lexicon)
      : { kind: line.kind === 'bullet' || line.kind === 'dash' ? 'item' : 'paragraph' };
    const outcome = this.writeSeparator(join, line, previous);

    let text: string;
    if (outcome === 'item') {
      this.builder.appendAt('- ', this.offsetAt(line.markerAt));
      text = this.appendCollapsed(line.bodyStart, line.bodyEnd);
      this.report.listItems += 1;
    } else {
      // A dash that continues a sentence ("«arbeidsplass» – en læringsarena") is text: keep it.
      text = this.appendCollapsed(line.kind === 'dash' ? line.markerAt : line.bodyStart, line.bodyEnd);
    }
    this.recentLengths.push(line.bodyEnd - line.bodyStart);
    if (this.recentLengths.length > LOCAL_WIDTH_LINES) this.recentLengths.shift();
    this.previous = {
      line,
      text,
      localWidth: Math.max(...this.recentLengths),
      inItem: outcome === 'item' || (outcome === 'continued' && (previous?.inItem ?? false)),
      opensItem: outcome === 'item' || (outcome === 'paragraph' && line.kind === 'numbered'),
    };
    this.blanks = 0;
  }

  private offsetAt(index: number): number {
    return itemAt(this.source.offsets, index);
  }

  build(): CleanedText {
    return this.builder.build();
  }

  private writeSeparator(join: Join, line: SourceLine, previous: PreviousLine | null): 'paragraph' | 'item' | 'continued' {
    const hasPrevious = previous !== null;
    // Separators point at the first character after the previous line: its newline.
    const separatorAt = previous ? this.offsetAt(previous.line.bodyEnd) : 0;
    switch (join.kind) {
      case 'paragraph':
        return this.startParagraph(separatorAt, hasPrevious);
      case 'item':
        if (hasPrevious) this.builder.appendAt(this.inList ? '\n' : '\n\n', separatorAt);
        this.inList = true;
        return 'item';
      case 'space':
        this.builder.appendAt(' ', separatorAt);
        return 'continued';
      case 'direct':
        return 'continued';
      case 'hyphen': {
        const verdict = decideLineEndHyphen(join.leftToken, join.rightWord, this.lexicon, line.pageStart);
        this.report.hyphenEvidence[verdict.evidence] = (this.report.hyphenEvidence[verdict.evidence] ?? 0) + 1;
        const at = previous ? this.offsetAt(previous.line.bodyEnd - 1) : 0;
        this.report.hyphens.push({ left: join.leftToken, right: join.rightWord, ...verdict, at });
        if (verdict.decision === 'break') return this.startParagraph(separatorAt, hasPrevious);
        if (verdict.decision === 'join') {
          this.builder.removeLast();
          this.report.hyphenJoins += 1;
        } else if (verdict.decision === 'keep') {
          this.report.keptHyphens += 1;
        } else {
          this.builder.appendAt(' ', separatorAt);
          this.report.sharedParts += 1;
        }
        return 'continued';
      }
    }
  }

  private startParagraph(separatorAt: number, hasPrevious: boolean): 'paragraph' {
    if (hasPrevious) this.builder.appendAt('\n\n', separatorAt);
    this.inList = false;
    return 'paragraph';
  }

  /** Copies [start, end) collapsing blank runs to one space and dropping stray glyphs; returns what it wrote. */
  private appendCollapsed(start: number, end: number): string {
    let written = '';
    let pendingSpace = -1;
    for (let index = start; index < end; index += 1) {
      const character = this.source.text.charAt(index);
      if (character === ' ' || character === '\t') {
        if (pendingSpace < 0) pendingSpace = index;
        continue;
      }
      if (strayGlyph.test(character)) continue;
      if (pendingSpace >= 0 && written.length > 0) {
        this.builder.appendAt(' ', this.offsetAt(pendingSpace));
        written += ' ';
      }
      pendingSpace = -1;
      this.builder.appendRange(this.source, index, index + 1);
      written += character;
    }
    return written;
  }
}
