// A line under the title is a byline only when it clearly is one; when in doubt it stays text.

const AGENCIES = new Set([
  'ap', 'afp', 'reuters', 'associated press', 'agence france-presse', 'pa', 'pa media',
  'press association', 'dpa', 'bloomberg', 'getty images', 'epa', 'efe', 'ansa', 'upi',
  'xinhua', 'bbc news', 'staff writer', 'staff reporter', 'news desk',
]);

const CREDIT_WORDS = /\b(photo|photograph|image|picture|credit|illustration|getty|reuters|afp|shutterstock|alamy|picture-alliance|associated press)\b/i;

/** True when a single short line right after the title is a credit or byline. */
export function isByline(line: string): boolean {
  const text = line.trim();
  if (text.length === 0 || text.length > 80 || text.includes('\n')) return false;
  if (/[.!?:;]["”’']?$/.test(text) && !/\b[A-Z]\.$/.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > 10) return false;
  const lower = text.toLowerCase();
  if (AGENCIES.has(lower)) return true;
  if (/^©/.test(text) || /^(?:[Bb]y|BY|[Ff]rom)\s+\p{Lu}/u.test(text) && words.length <= 8 && isNameList(words.slice(1))) return true;
  // Photo credits: `dpa/picture-alliance/Sipa USA`, `Getty Images / AFP`.
  if (/\S\/\S/.test(text) && !/\d/.test(text)) return true;
  if (CREDIT_WORDS.test(text) && words.length <= 6 && !/\b(win|wins|won|beat|says|said)\b/i.test(text)) return true;
  return false;
}

// `By Jane Doe and John Roe, Reuters`: capitalised words and joiners only.
function isNameList(words: readonly string[]): boolean {
  return words.length > 0 && words.every((w) => /^(\p{Lu}[\p{L}'’.-]*,?|and|&|in|de|van|von|la|le|da|du)$/u.test(w));
}

/** Takes a byline off the front of the body blocks when the first one is clearly a credit. */
export function takeByline(title: string, body: readonly string[]): { title: string; byline: string | null; blocks: readonly string[] } {
  // A byline needs a body after it: a lone short line is the article's only text.
  const byline = body.length > 1 && isByline(body[0]!) ? body[0]! : null;
  return { title, byline, blocks: byline === null ? body : body.slice(1) };
}
