/** @module numbers/defaults — tunables of number finding. */

export interface NumberOptions {
  /** Longest noun phrase taken as what a number counts, in words ("other members of the Security Council" is 6). */
  maxWhatWords: number;
  /** Four-digit numbers in this range with no unit, currency or percent sign are years (left to the time stage). */
  yearRange: [number, number];
}

export const defaultNumberOptions: NumberOptions = {
  maxWhatWords: 8,
  yearRange: [1800, 2100],
};
