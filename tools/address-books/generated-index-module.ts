/** The TypeScript module that imports every generated file, so adding a package needs no hand edit. */
export function generatedIndexModule(files: readonly string[]): string {
  const name = (file: string) => `f${files.indexOf(file)}`;
  const imports = files.map((f) => `import ${name(f)} from './${f}.json';`).join('\n');
  const entries = files.map((f) => `  '${f}': ${name(f)},`).join('\n');
  return `// Written by \`npm run generate:contracts\`: every generated contract file, keyed by name.\n${imports}\n\nexport const GENERATED_FILES: Readonly<Record<string, unknown>> = {\n${entries}\n};\n`;
}
