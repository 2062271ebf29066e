/**
 * Synthetic English-like text. A hand-written core of common words (so the search index
 * sees realistic stop words and domain terms) plus a long tail of made-up words drawn
 * with a Zipf-like skew, so the vocabulary grows with the corpus as real text does.
 * Nothing here is taken from a real document.
 */
import type { Random } from './random.ts';

const CORE = `the of and to a in that is for on was with as by be it this are at from has had
have not were which an or their its been they more but also should all would when there
will can these than other into about who what some could only most such we our must them
after before during each where while over under between through within any those both
force police officers staff children child young people families family risk harm abuse
safeguarding protection investigation investigations supervisor supervision inspection
inspectors report reports recommendation recommendations improvement improvements
response responses commissioner constable chief office partner partners agencies agency
local authority health education services service referral referrals assessment
assessments case cases files record records recorded recording information sharing
decision decisions decisions meeting meetings plan plans action actions progress review
reviews training trained specialist team teams unit units demand resources capacity
quality timely timeliness delays delay evidence digital custody detention missing
exploitation domestic incident incidents contact contacts public community victims
victim needs voice views welfare strategy strategic governance leadership leaders
performance data audit audited consistent consistently effective effectively
inadequate good outstanding requires improving improved better found found found
identified identify understand understanding working work worked support supported
ensure ensured manage managed managing management process processes policy policies
practice practices guidance standard standards level levels number numbers year years
month months week weeks day days time times new first second further clear clearly
important significant appropriate appropriately available necessary relevant specific
wider across county city area areas region regional national`.split(/\s+/);

const SYLLABLES = `ba be bi bo bu ca ce co cu da de di do du fa fe fi fo ga ge go ha he hi ho
la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po ra re ri ro ru sa se si so su
ta te ti to tu va ve vi vo wa we wi wo ran ven tor mar sel dun kin ley ford ton ham wick
bury stow mere dale`.split(/\s+/);

/** A made-up word of two to four syllables. */
export function madeUpWord(random: Random): string {
  let word = '';
  const count = random.int(2, 4);
  for (let index = 0; index < count; index += 1) word += random.pick(SYLLABLES);
  return word;
}

export class Vocabulary {
  readonly #words: string[];
  readonly #random: Random;

  constructor(random: Random, tailSize = 30_000) {
    this.#random = random;
    const tail = new Set<string>();
    while (tail.size < tailSize) tail.add(madeUpWord(random));
    this.#words = [...CORE, ...tail];
  }

  /** A word, common ones far more often than rare ones: log-uniform ranks follow Zipf's law. */
  word(): string {
    const rank = Math.floor(Math.exp(this.#random.next() * Math.log(this.#words.length + 1))) - 1;
    return this.#words[rank] ?? 'the';
  }

  sentence(minWords = 8, maxWords = 24): string {
    const count = this.#random.int(minWords, maxWords);
    const words: string[] = [];
    for (let index = 0; index < count; index += 1) words.push(this.word());
    const first = words[0] ?? 'the';
    words[0] = first.charAt(0).toUpperCase() + first.slice(1);
    return `${words.join(' ')}.`;
  }

  paragraph(sentences = this.#random.int(3, 6)): string {
    const parts: string[] = [];
    for (let index = 0; index < sentences; index += 1) parts.push(this.sentence());
    return parts.join(' ');
  }

  /** A short title-like phrase of capitalised words. */
  title(words = this.#random.int(2, 5)): string {
    const parts: string[] = [];
    for (let index = 0; index < words; index += 1) {
      const word = this.word();
      parts.push(word.charAt(0).toUpperCase() + word.slice(1));
    }
    return parts.join(' ');
  }
}
