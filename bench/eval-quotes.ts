/** Prints quote recall, precision and speaker accuracy over the graded set. */
export async function evalQuotes(corpus: string): Promise<void> {
  console.log(`quotes: no graded set yet (${corpus})`);
}
