/**
 * A failure the user must understand: a locale message key and its substitutions, worded by
 * whoever shows it (the pages in the browser's language, the CLI in English). Never validator output.
 */
export interface Problem {
  key: string;
  subs?: string[];
}

export const problem = (key: string, ...subs: (string | number)[]): Problem => ({ key, subs: subs.map(String) });
