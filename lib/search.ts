/**
 * Search that ignores transliteration differences. Belarusian place names reach English in several
 * spellings (Baranovichi, Baranavichy; Gomel, Homiel; Borisov, Barysaw; Mogilev, Mahilyow), so besides plain
 * text we compare a consonant skeleton: Cyrillic transliterated, diacritics dropped, h read as g and w as v,
 * vowels and doubled letters removed.
 */

/**
 * Russian, Belarusian and Ukrainian Cyrillic in a plain romanisation. The places in this dataset are written in
 * these three alphabets only; a general transliteration library would add some 190 kB to the page for the rest
 * of Unicode.
 */
const CYRILLIC: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  ґ: "g",
  д: "d",
  е: "e",
  ё: "yo",
  є: "ye",
  ж: "zh",
  з: "z",
  и: "i",
  і: "i",
  ї: "yi",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ў: "v",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
};

/** Lower-case Latin text without diacritics; Cyrillic romanised. Belarusian ў (and Łacinka ŭ) read as v. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u0400-\u04ff]/g, (c) => CYRILLIC[c] ?? c)
    .replace(/ŭ/g, "v")
    .replace(/ł/g, "l")
    .normalize("NFD")
    .replace(/\p{M}/gu, "");
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

const wordsOf = (text: string): string[] =>
  fold(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

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
      ({ word, bones }) => target.folded.includes(word) || (bones !== null && bones.length >= 3 && target.skeletons.some((s) => s.startsWith(bones))),
    );
}
