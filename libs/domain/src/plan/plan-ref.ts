const isDigit = (code: number) => code >= 48 && code <= 57;

/** The end of the run of digits that starts at `from`. */
function digitRunEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && isDigit(text.charCodeAt(end))) end++;
  return end;
}

/** Compares two runs of digits by their value, however long they are ("010" equals "10", "9" comes before "10"). */
function compareDigitRuns(a: string, b: string): number {
  const left = a.replace(/^0+(?=\d)/, '');
  const right = b.replace(/^0+(?=\d)/, '');
  return left.length - right.length || (left < right ? -1 : left > right ? 1 : 0);
}

/**
 * The plan's order of references ("1-2.1.3" for pillar 1, action 2.1.3; "1-2.1.3#2" for its second indicator):
 * numbers compare by value, segment after segment, so 1-2.9 comes before 1-2.10 and 1-2.10 before 1-10.1;
 * a reference comes before the longer ones it begins ("1-2.1" before "1-2.1.1"). Anything else (a prefix such as
 * "S12-") compares character by character, with the same numeric rule for its digits.
 */
export function comparePlanRefs(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (isDigit(a.charCodeAt(i)) && isDigit(b.charCodeAt(j))) {
      const endA = digitRunEnd(a, i);
      const endB = digitRunEnd(b, j);
      const order = compareDigitRuns(a.slice(i, endA), b.slice(j, endB));
      if (order !== 0) return order;
      i = endA;
      j = endB;
    } else {
      const order = a.charCodeAt(i) - b.charCodeAt(j);
      if (order !== 0) return order;
      i++;
      j++;
    }
  }
  return a.length - i - (b.length - j) || (a < b ? -1 : a > b ? 1 : 0);
}
