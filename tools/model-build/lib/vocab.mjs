// Assembles the model vocabulary (ARCHITECTURE §3, best variant):
//   special tokens, then bert-base-uncased WordPiece (minus its [unusedN] slots, which no text
//   can produce), then the most frequent wink/GloVe whole words BERT lacks, then domain terms.
// Every entry carries the text the teacher embeds (null = zero row) and a frequency rank for SIF.
import { loadBertVocab } from './bert-vocab.mjs';
import { loadDomainTerms } from './domain-terms.mjs';
import { loadWinkWords } from './wink-words.mjs';

export const specialTokens = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'];
export const extraWordCount = 20000;

// First BERT id after the single characters: from here on the WordPiece vocabulary is roughly in
// corpus-frequency order ("the", "of", "and", ...), so the id works as a rank for subword pieces.
const firstBertWordId = 1996;

// The wink list omits single letters. "a" and "i" are stop words (ranks as in GloVe 6B); other
// letters are initials and symbols, given a middling rank.
const letterRanks = { a: 8, i: 42 };
const otherLetterRank = 3000;

/**
 * @returns {Promise<{entries: {token: string, text: string|null, rank: number}[],
 *   counts: Record<string, number>, rankUniverse: number}>}
 */
export async function assembleVocab() {
  const [bert, wink, domain] = await Promise.all([loadBertVocab(), loadWinkWords(), loadDomainTerms()]);
  const winkRank = new Map();
  wink.forEach((w, i) => winkRank.has(w) || winkRank.set(w, i + 1));
  // Tokens with no frequency evidence count as the rarest word of the list: SIF weight ≈ 1.
  const rankUniverse = wink.length;
  const rankOf = (token, bertId) =>
    winkRank.get(token) ??
    (bertId >= firstBertWordId ? bertId - firstBertWordId + 1 : null) ??
    (token && /^[a-z]$/.test(token) ? (letterRanks[token] ?? otherLetterRank) : rankUniverse);

  const entries = specialTokens.map((token) => ({ token, text: null, rank: rankUniverse }));
  const seen = new Set(specialTokens);
  const add = (token, text, rank) => {
    if (seen.has(token)) return false;
    seen.add(token);
    entries.push({ token, text, rank });
    return true;
  };

  let bertCount = 0;
  bert.forEach((token, id) => {
    if (/^\[.+\]$/.test(token)) return; // specials already placed; [unusedN] dropped
    const piece = token.startsWith('##') ? token.slice(2) : token;
    // A "##" piece is embedded without its prefix; its rank is never the whole word's.
    const rank = token.startsWith('##') ? rankOf(null, id) : rankOf(token, id);
    if (add(token, piece, rank)) bertCount++;
  });

  let winkCount = 0;
  for (const word of wink) {
    if (winkCount >= extraWordCount) break;
    if (/^[a-z]+$/.test(word) && add(word, word, winkRank.get(word))) winkCount++;
  }

  let domainCount = 0;
  for (const term of domain) if (add(term, term, rankOf(term, -1))) domainCount++;

  return {
    entries,
    rankUniverse,
    counts: {
      special: specialTokens.length,
      bertWordPiece: bertCount,
      frequentWords: winkCount,
      domainTerms: domainCount,
      domainTermsListed: domain.length,
      total: entries.length,
    },
  };
}
