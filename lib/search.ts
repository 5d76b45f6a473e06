import { transliterate } from "transliteration";

/**
 * Search that ignores transliteration differences. Belarusian place names reach English in several
 * spellings (Baranovichi, Baranavichy; Gomel, Homiel; Borisov, Barysaw; Mogilev, Mahilyow), so besides plain
 * text we compare a consonant skeleton: Cyrillic transliterated, diacritics dropped, h read as g and w as v,
 * vowels and doubled letters removed.
 */

/** Lower-case Latin text without diacritics; Cyrillic transliterated. Belarusian ў reads as v (Ziabroŭka). */
export function fold(text: string): string {
  const latin = transliterate(text.replace(/[ўŭ]/gi, "v"));
  return latin
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase();
}

/** The consonant skeleton of one word: "baranavichy" and "baranovichi" both give "brnvch". */
export function skeleton(word: string): string {
  return fold(word)
    .replace(/[^a-z]/g, "")
    .replace(/kh/g, "h")
    .replace(/h/g, "g")
    .replace(/w/g, "v")
    .replace(/[aeiouy]/g, "")
    .replace(/(.)\1+/g, "$1");
}

const wordsOf = (text: string): string[] => fold(text).split(/[^a-z0-9]+/).filter(Boolean);

/** A prepared searchable text: its folded form and its words' skeletons. */
export interface Searchable {
  folded: string;
  skeletons: string[];
}

export const searchable = (...texts: readonly string[]): Searchable => {
  const joined = texts.join(" \u2022 ");
  return { folded: fold(joined), skeletons: wordsOf(joined).map(skeleton) };
};

/** A compiled query: every word must match, as plain text or (for words of five letters or more) by skeleton. */
export type Query = (target: Searchable) => boolean;

export function compileQuery(query: string): Query | null {
  const words = wordsOf(query);
  if (words.length === 0) return null;
  const terms = words.map((word) => ({ word, bones: word.length >= 5 ? skeleton(word) : null }));
  return (target) =>
    terms.every(
      ({ word, bones }) =>
        target.folded.includes(word) || (bones !== null && bones.length >= 3 && target.skeletons.some((s) => s.startsWith(bones))),
    );
}
