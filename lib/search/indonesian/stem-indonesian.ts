const PARTICLES = ['lah', 'kah', 'tah', 'pun'];
const POSSESSIVES = ['nya', 'ku', 'mu'];
const SUFFIXES = ['kan', 'an', 'i'];
/** Prefixes with what their last letter may have replaced (meN-/peN- drop the root's first letter: menukar ← tukar). */
const PREFIXES: readonly (readonly [string, readonly string[]])[] = [
  ['menge', ['']], ['meng', ['', 'k']], ['meny', ['s']], ['mem', ['p', '']], ['men', ['t', '']], ['me', ['']],
  ['penge', ['']], ['peng', ['', 'k']], ['peny', ['s']], ['pem', ['p', '']], ['pen', ['t', '']],
  ['memper', ['']], ['diper', ['']], ['ber', ['']], ['be', ['']], ['ter', ['']], ['per', ['']], ['pe', ['']], ['di', ['']], ['ke', ['']], ['se', ['']],
];
const MIN_ROOT = 3;

function withoutEndings(word: string): string[] {
  const forms = [word];
  for (const list of [PARTICLES, POSSESSIVES, SUFFIXES]) {
    const last = forms[forms.length - 1]!;
    const ending = list.find((e) => last.endsWith(e) && last.length - e.length >= MIN_ROOT);
    if (ending) forms.push(last.slice(0, -ending.length));
  }
  return forms;
}

function withoutPrefixes(word: string): string[] {
  const forms: string[] = [];
  for (const [prefix, restores] of PREFIXES) {
    if (!word.startsWith(prefix)) continue;
    const rest = word.slice(prefix.length);
    for (const letter of restores) if (rest.length + letter.length >= MIN_ROOT) forms.push(letter + rest);
  }
  return forms;
}

/**
 * The root of an Indonesian word, found by taking off particles (-lah, -pun), possessives (-nya),
 * suffixes (-kan, -an, -i) and prefixes (meN-, peN-, di-, ber-, ter-, ke-, se-, per-) until a form
 * the lexicon knows appears: `known` decides, so an English word is never cut to a wrong root.
 * Undefined when no form is known.
 */
export function stemIndonesian(word: string, known: (form: string) => boolean): string | undefined {
  for (const form of withoutEndings(word)) {
    if (known(form)) return form;
    const once = withoutPrefixes(form);
    const root = once.find(known) ?? once.flatMap(withoutPrefixes).find(known);
    if (root) return root;
  }
  return undefined;
}
