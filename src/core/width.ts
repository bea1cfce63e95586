// Display width of text in a terminal (cli.md "Output": a Chinese character is
// two columns wide). Hand-written over the East Asian Wide/Fullwidth ranges
// because string-width's emoji regex costs ~10 ms of every command's start-up.
const WIDE: [number, number][] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

function charWidth(cp: number): number {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0; // control characters
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || cp === 0xfe0f) return 0; // combining, zero-width
  if (cp < 0x1100) return 1;
  for (const [a, b] of WIDE) if (cp >= a && cp <= b) return 2;
  return 1;
}

// Printable ASCII is one column a character: the common cell (ids, dates, amounts, allocation
// lists) is measured by one native regex test instead of a loop over its characters.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export function displayWidth(s: string): number {
  if (PRINTABLE_ASCII.test(s)) return s.length;
  let w = 0;
  // eslint-disable-next-line no-control-regex
  for (const ch of s.replace(/\x1b\[[0-9;]*m/g, '')) w += charWidth(ch.codePointAt(0)!);
  return w;
}
