import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The ratchet for noUncheckedIndexedAccess (issue 18 part 4): the modules tsconfig.indexed.json
// lists are finished and must compile with the flag; the rest of src/ is not done yet. When it
// is, the flag goes into tsconfig.json and this test goes away with tsconfig.indexed.json.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CONFIG = join(ROOT, 'tsconfig.indexed.json');

function indexedConfig(): ts.ParsedCommandLine {
  const read = ts.readConfigFile(CONFIG, (path) => ts.sys.readFile(path));
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  return ts.parseJsonConfigFileContent(read.config, ts.sys, ROOT, undefined, CONFIG);
}

/** `file:line: message` for each diagnostic in one of `files`. */
function problemsIn(program: ts.Program, files: readonly string[]): string[] {
  return files.flatMap((file) => {
    const source = program.getSourceFile(file);
    if (!source) return [`${relative(ROOT, file)}: not in the program`];
    return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map((d) => {
      const { line } = ts.getLineAndCharacterOfPosition(source, d.start ?? 0);
      return `${relative(ROOT, file)}:${line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
  });
}

describe('noUncheckedIndexedAccess ratchet', () => {
  const parsed = indexedConfig();

  it('every module listed in tsconfig.indexed.json compiles with the flag', () => {
    expect(parsed.options.noUncheckedIndexedAccess).toBe(true);
    const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
    expect(problemsIn(program, parsed.fileNames)).toEqual([]);
  });

  it('each entry of the list names modules that exist, so none drops out unnoticed', () => {
    const patterns: string[] = (parsed.raw as { include: string[] }).include;
    const files = parsed.fileNames.map((f) => relative(ROOT, f).split('\\').join('/'));
    const empty = patterns.filter((p) => {
      const folder = p.replace(/\/\*\*\/\*\.ts$/, '/');
      return folder === p ? !existsSync(join(ROOT, p)) : !files.some((f) => f.startsWith(folder));
    });
    expect(empty).toEqual([]);
  });

  it('reports an unchecked index with its file and line', () => {
    const file = join(ROOT, 'src', 'ratchet-probe.ts');
    const text = 'const xs: number[] = [];\nexport const first: number = xs[0];\n';
    const host = ts.createCompilerHost(parsed.options);
    const readFile = host.readFile.bind(host);
    host.readFile = (path) => (path === file ? text : readFile(path));
    host.fileExists = (
      (exists) => (path: string) =>
        path === file || exists(path)
    )(host.fileExists.bind(host));
    const program = ts.createProgram({ rootNames: [file], options: parsed.options, host });
    expect(problemsIn(program, [file])).toEqual(["src/ratchet-probe.ts:2: Type 'number | undefined' is not assignable to type 'number'.\n  Type 'undefined' is not assignable to type 'number'."]);
  });
});
