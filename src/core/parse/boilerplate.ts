// Page furniture that a saved or copied article carries along: not part of the story.

const FURNITURE = new Set([
  'advertisement', 'advertisements', 'advert', 'sponsored', 'sponsored content', 'ad',
  'story continues below', 'story continues below advertisement', 'article continues below',
  'continue reading', 'continue reading below', 'read more', 'read more:', 'related', 'related articles',
  'related stories', 'more on this story', 'share this article', 'share', 'share this', 'share this story',
  'share on facebook', 'share on twitter', 'tweet', 'email', 'print', 'comments', 'show comments',
  'skip advertisement', 'subscribe', 'sign up', 'sign up for our newsletter', 'newsletter',
  'most read', 'top stories', 'image caption', 'media caption', 'video', 'getty images',
]);

/** True when a paragraph is only page furniture. */
export function isBoilerplate(paragraph: string): boolean {
  if (paragraph.length > 60) return false;
  const key = paragraph.trim().toLowerCase().replace(/[\s.:…-]+$/u, '').replace(/\s+/g, ' ');
  return FURNITURE.has(key);
}
