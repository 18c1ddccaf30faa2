/** Prints fact and entity recall and precision over the graded set. */
export async function evalFacts(corpus: string): Promise<void> {
  console.log(`facts: no graded set yet (${corpus})`);
}
