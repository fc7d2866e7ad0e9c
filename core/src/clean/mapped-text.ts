import { itemAt } from '../collections/item-at';

/**
 * Text that remembers where each of its characters came from. `offsets[i]` is the offset in the
 * original text of character `i`; `offsets[text.length]` is the end sentinel, the original offset
 * just after the last mapped character. Every cleaning step takes such a text and returns one,
 * so the map survives any number of steps. A character composed by NFC from several original
 * code units points at the first of them.
 */
export interface CleanedText {
  text: string;
  offsets: Int32Array;
}

export const identityText = (original: string): CleanedText => {
  const offsets = new Int32Array(original.length + 1);
  for (let index = 0; index <= original.length; index += 1) offsets[index] = index;
  return { text: original, offsets };
};

/** Appends characters one by one together with their original offsets. */
export class MappedTextBuilder {
  private readonly characters: string[] = [];
  private readonly sources: number[] = [];

  get length(): number {
    return this.characters.length;
  }

  lastCharacter(): string {
    return this.characters[this.characters.length - 1] ?? '';
  }

  /** Appends `text`; all of its characters point at `originalOffset` (inserted or replacing text). */
  appendAt(text: string, originalOffset: number): void {
    for (let index = 0; index < text.length; index += 1) {
      this.characters.push(text.charAt(index));
      this.sources.push(originalOffset);
    }
  }

  /** Copies source characters [start, end) with their offsets. */
  appendRange(source: CleanedText, start: number, end: number): void {
    for (let index = start; index < end; index += 1) {
      this.characters.push(source.text.charAt(index));
      this.sources.push(itemAt(source.offsets, index));
    }
  }

  /** Removes the last character (e.g. a line-end hyphen that turned out to be a syllable break). */
  removeLast(): void {
    this.characters.pop();
    this.sources.pop();
  }

  build(): CleanedText {
    const offsets = new Int32Array(this.sources.length + 1);
    offsets.set(this.sources);
    const lastSource = this.sources.at(-1);
    offsets[this.sources.length] = lastSource === undefined ? 0 : lastSource + 1;
    return { text: this.characters.join(''), offsets };
  }
}

/**
 * Replaces every match of `pattern` (which must be global) by `replacement(match)`. Replacement
 * character i points at the source character of the match at min(i, match length - 1), so an
 * equal-length replacement maps one to one and a deletion leaves no trace.
 */
export const rewrite = (source: CleanedText, pattern: RegExp, replacement: (match: RegExpExecArray) => string): CleanedText => {
  if (!pattern.global) throw new TypeError('rewrite needs a global pattern');
  const builder = new MappedTextBuilder();
  let position = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(source.text); match; match = pattern.exec(source.text)) {
    if (match[0].length === 0) {
      pattern.lastIndex += 1;
      continue;
    }
    builder.appendRange(source, position, match.index);
    const replaced = replacement(match);
    for (let index = 0; index < replaced.length; index += 1) {
      builder.appendAt(replaced.charAt(index), itemAt(source.offsets, match.index + Math.min(index, match[0].length - 1)));
    }
    position = match.index + match[0].length;
  }
  builder.appendRange(source, position, source.text.length);
  return builder.build();
};
