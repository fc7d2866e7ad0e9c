// Types for the untyped `snowball-stemmers` package (a CommonJS port of the Snowball stemmers).
declare module 'snowball-stemmers' {
  interface SnowballStemmer {
    stem(word: string): string;
  }
  interface SnowballFactory {
    newStemmer(algorithm: string): SnowballStemmer;
    algorithms(): string[];
  }
  const snowball: SnowballFactory;
  export default snowball;
}
