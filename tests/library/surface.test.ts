import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { extractText, InputError, type DocumentExtraction, type InputProblem } from '../../src/index.js';

// The library's surface: every type a public function takes or returns is exported from
// src/index.ts, so a caller can name what it holds; extractText keeps what the pipeline reports.

// The declarations tsc writes into dist/ (npm run build, which npm test runs first) are read, not
// src/: they are what a caller's compiler sees, and far quicker to load.
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const INDEX = `${DIST}index.d.ts`;

/**
 * The types declared in zhfacts that the exports of its index take or return (parameters, return
 * values, public properties, type arguments, members of unions), by name, and whether the index
 * exports each.
 */
function reachableTypes(): Map<string, boolean> {
  const program = ts.createProgram([INDEX], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
    lib: ['lib.es2023.d.ts'],
  });
  const checker = program.getTypeChecker();
  const index = checker.getSymbolAtLocation(program.getSourceFile(INDEX)!)!;
  const resolve = (s: ts.Symbol) => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s);
  const exports = checker.getExportsOfModule(index).map(resolve);
  const exported = new Set(exports);
  const found = new Map<string, boolean>();
  const seen = new Set<ts.Type>();
  const inSrc = (s: ts.Symbol | undefined) => s?.declarations?.some((d) => d.getSourceFile().fileName.startsWith(DIST)) ?? false;
  const isPublic = (s: ts.Symbol) => !s.declarations?.some((d) => ts.getCombinedModifierFlags(d) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) && !s.name.startsWith('#');
  const visitSignature = (sig: ts.Signature) => {
    for (const p of sig.parameters) visit(checker.getTypeOfSymbol(p));
    visit(sig.getReturnType());
  };
  const visit = (type: ts.Type): void => {
    if (seen.has(type)) return;
    seen.add(type);
    for (const named of [type.aliasSymbol, type.getSymbol()]) {
      if (named && inSrc(named) && named.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias | ts.SymbolFlags.Class | ts.SymbolFlags.Enum)) {
        found.set(named.name, exported.has(named));
      }
    }
    for (const arg of [...(type.aliasTypeArguments ?? []), ...(type.flags & ts.TypeFlags.Object ? checker.getTypeArguments(type as ts.TypeReference) : [])]) visit(arg);
    if (type.isUnionOrIntersection()) type.types.forEach(visit);
    // the shape of a type declared here (or written inline in a declaration here), not of a library's
    const owner = type.aliasSymbol ?? type.getSymbol();
    if (owner === undefined || inSrc(owner) || owner.name === '__type' || owner.name === '__object') {
      for (const p of type.getProperties()) if (inSrc(p) && isPublic(p)) visit(checker.getTypeOfSymbol(p));
      for (const sig of type.getCallSignatures()) visitSignature(sig);
    }
  };
  for (const symbol of exports) {
    if (!(symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class))) continue;
    const declaration = symbol.valueDeclaration ?? symbol.declarations?.[0];
    if (!declaration) throw new Error(`${symbol.name} has no declaration`);
    const type = checker.getTypeOfSymbolAtLocation(symbol, declaration);
    for (const sig of type.getCallSignatures()) visitSignature(sig);
    for (const sig of type.getConstructSignatures()) visitSignature(sig);
    if (symbol.flags & ts.SymbolFlags.Class) visit(checker.getDeclaredTypeOfSymbol(symbol));
  }
  return found;
}

describe('the library surface', () => {
  let reached: Map<string, boolean> | undefined;
  const reachable = () => (reached ??= reachableTypes());

  it('exports every type its functions take or return', () => {
    const found = reachable();
    // the walk reaches what extractDocument, extractFiles, loadDocument and the table return
    expect([...found.keys()]).toEqual(expect.arrayContaining(['DocumentExtraction', 'PlainExtraction', 'FileResult', 'ExtractFilesOptions', 'LoadedDocument', 'Table', 'TableRow', 'ScoreReport']));
    expect([...found].filter(([, isExported]) => !isExported).map(([name]) => name)).toEqual([]);
  });

  it("keeps the command line's extras out of ExtractFilesOptions", () => {
    const found = reachable();
    expect(found.has('FilesOptions')).toBe(false);
    expect(found.has('RenderedExtraction')).toBe(false);
  });

  it('extractText returns the facts that fail the schema instead of dropping them', () => {
    // an empty path cannot be a fact's doc (the schema wants one character at least)
    const result: DocumentExtraction = extractText('2023年，中国跨境电商出口1.8万亿元，增长19.6%。', { path: '' });
    expect(result.document.facts).toEqual([]);
    expect(result.invalid.map((x) => (x.fact as { text: string }).text)).toEqual(['2023年', '1.8万亿元', '19.6%']);
    expect(result.invalid[1]?.issues).toEqual(['doc: Too small: expected string to have >=1 characters']);
  });

  it('extractText returns the warnings about the input, with the facts', () => {
    // with a byte-order mark, a NUL is a stray character in a text file, not a sign of binary
    const result = extractText('\uFEFF出口增长5%。\u0000', { path: 'a.txt' });
    expect(result.warnings).toEqual(['1 NUL character removed']);
    expect(result.document.facts.map((f) => [f.type, f.text, f.value, f.doc])).toEqual([['growth', '5%', 5, 'a.txt']]);
    expect(result.invalid).toEqual([]);
  });

  it('names the error class InputError and the schema type of an unreadable input InputProblem', () => {
    expect(new InputError('binary file, not text')).toBeInstanceOf(Error);
    const problem: InputProblem = { path: 'x.txt', error: 'no such file or directory' };
    expect(problem.error).toBe('no such file or directory');
  });
});
