// unicode-confusables ships its types under a misspelt file name (index.ts.d), so TypeScript cannot
// find them; punycode's ES module file has none. Bare `punycode` would be Node's deprecated built-in.
declare module 'unicode-confusables' {
  export function rectifyConfusion(input: string): string;
  export function isConfusing(input: string): boolean;
}

declare module 'punycode/punycode.es6.js' {
  export function toUnicode(input: string): string;
}
