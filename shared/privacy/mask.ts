/**
 * Phones and ID numbers as staff see them on screen (the core masks them for the staff role): the first three and
 * last four digits of a mobile, the first six and last four characters of an ID number.
 */
const STAR = '*';

function keepEnds(value: string, head: number, tail: number): string {
  if (value.length <= head + tail) return STAR.repeat(value.length);
  return value.slice(0, head) + STAR.repeat(value.length - head - tail) + value.slice(-tail);
}

export const maskPhone = (value: string | null): string | null => (value === null ? null : keepEnds(value, 3, 4));

export const maskIdNumber = (value: string | null): string | null => (value === null ? null : keepEnds(value, 6, 4));
