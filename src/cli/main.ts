import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { FACT_TYPES, type FactType } from '../schema/fact.js';
import { factJsonSchema, outputJsonSchema } from '../schema/json-schema.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../output/writer.js';
import { mainDictionaryProblem, readUserDict } from '../input/user-dict.js';
import { runExtract, runExtractNdjson } from './extract.js';
import { runText } from './text.js';
import { runTable } from './table.js';
import { AliasesError, parseAliases } from '../table/aliases.js';
import { TABLE_FORMATS, type TableFormat } from '../output/table.js';
import { GoldError, readGold, runEval } from './eval.js';
import type { ScoredFact } from '../eval/score.js';
import { describeError } from '../input/errors.js';
import { DEFAULT_EXTENSIONS, outputClash } from '../input/walk.js';

/** What `table` reads from a folder or as facts: the articles extract walks and extract's own output. */
const TABLE_INPUTS = [...DEFAULT_EXTENSIONS, '.ndjson', '.jsonl', '.json'];
import { isCalendarDate } from '../input/meta.js';
import { reportError } from './tty.js';
import { processIo, type CliIo } from './io.js';

// argv → options → command. Usage errors (exit 2) are decided here and only here.

const EXAMPLES = `
Examples:
  $ zhfacts extract articles/                         # JSON on standard output
  $ zhfacts extract articles/ --format csv --bom -o facts.csv   # for Excel
  $ zhfacts extract articles/ --format ndjson | jq 'select(.type=="money")'
  $ zhfacts extract a.html b.md --types money,growth --ref-date 2024-06-30
  $ cat article.txt | zhfacts extract - --format ndjson
  $ zhfacts extract --input ndjson < docs.jsonl > facts.ndjson   # {"path","text"|"html"} per line
  $ zhfacts text article.html                         # the plain text offsets point into
  $ zhfacts eval --gold gold.jsonl articles/          # score against your own annotations
  $ zhfacts table articles/ --format csv -o table.csv # one row per metric × region × partner × period

Exit status: 0 every input read (or the reader of a pipe stopped early); 1 some input
failed (reported on standard error, all other facts still written) or the output could
not be written; 2 usage error (including -o naming an input).`;

function parseTypes(value: string): FactType[] {
  const types = value
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  const unknown = types.filter((t) => !(FACT_TYPES as readonly string[]).includes(t));
  if (unknown.length > 0 || types.length === 0) {
    throw new InvalidArgumentError(`expected a comma-separated list of ${FACT_TYPES.join(', ')}`);
  }
  return types as FactType[];
}

function parseRefDate(value: string): string {
  if (!isCalendarDate(value)) throw new InvalidArgumentError('expected a calendar date YYYY-MM-DD');
  return value;
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError('expected a whole number from 1 to 256');
  return n;
}

function parseAliasesFile(file: string): Map<string, string> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new InvalidArgumentError(`cannot read ${file}: ${describeError(err)}`);
  }
  try {
    return parseAliases(text, file);
  } catch (err) {
    if (err instanceof AliasesError) throw new InvalidArgumentError(err.message);
    throw err;
  }
}

function parseDict(value: string, previous: string[] = []): string[] {
  const read = readUserDict(value);
  if ('problem' in read) throw new InvalidArgumentError(read.problem);
  return [...previous, value];
}

/** The options of extracting articles, which `extract` and `table` (given articles) share. */
function withExtractOptions(command: Command): Command {
  return command
    .option('--ref-date <date>', 'reference date for 今年/去年… when a document has no date of its own (YYYY-MM-DD)', parseRefDate)
    .option('-j, --jobs <n>', 'worker threads (default: cores, capped by available memory at 150 MB a worker, at 8 and at one per MB of input)', parseJobs)
    .option('--dict <file>', 'extra jieba user dictionary, lines "word [freq] [tag]" (repeatable)', parseDict, [])
    .option('--bom', 'start CSV output with a UTF-8 byte order mark (for spreadsheet programs)', false)
    .option('-q, --quiet', 'no progress bar or summary on standard error', false);
}

// What commander hands each action, as the options above declare them (commander types them any).
interface ExtractingOptions {
  output?: string;
  types?: FactType[];
  refDate?: string;
  jobs?: number;
  dict: string[];
  bom: boolean;
  quiet: boolean;
}
interface ExtractCommandOptions extends ExtractingOptions {
  format: OutputFormat;
  input: 'files' | 'ndjson';
}
interface TableCommandOptions extends ExtractingOptions {
  format: TableFormat;
  aliases?: Map<string, string>;
  pivot?: 'period';
  conflicts: boolean;
  partial: boolean;
  merge: boolean;
  review?: string;
}
interface SchemaCommandOptions {
  of: 'fact' | 'output';
  write?: string;
}
interface EvalCommandOptions {
  gold: string;
  refDate?: string;
  json: boolean;
}

/** What withExtractOptions (with -o and -t) gives `extract` and `table`, as their command settings. */
function extractSettings(o: ExtractingOptions) {
  return {
    output: o.output ?? null,
    types: o.types,
    refDate: o.refDate ?? null,
    jobs: o.jobs,
    bom: o.bom,
    quiet: o.quiet,
    userDicts: o.dict,
  };
}

export function buildProgram(setExit: (code: number) => void, io: CliIo = processIo()): Command {
  const program = new Command('zhfacts')
    .description('Figures from Chinese economic news: money, percent, growth, count, measure and date, each tied to its metric, region and period.')
    .version((JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version)
    .showHelpAfterError('(run with --help for usage)')
    // set before the commands are added: each command copies it
    .configureOutput({ writeOut: (s) => void io.stdout.write(s), writeErr: (s) => void io.stderr.write(s) })
    .exitOverride()
    .hook('preAction', (_program, command) => {
      const problem = command.name() === 'extract' || command.name() === 'eval' || command.name() === 'table' ? mainDictionaryProblem() : null;
      if (problem) command.error(`error: ${problem}`, { exitCode: 2 });
    });

  withExtractOptions(
    program
      .command('extract')
      .description('extract facts from files, folders (recursive) or - (standard input)')
      .argument('[path...]', 'files or folders (.txt .md .markdown .html .htm); - reads standard input')
      .addOption(new Option('-f, --format <format>', 'output format').choices([...OUTPUT_FORMATS]).default('json'))
      .addOption(
        new Option(
          '--input <kind>',
          'files, or ndjson: one document per line {"path","text"|"html"|"markdown"} from standard input (or PATHs), NDJSON facts out line by line (a mapper for Spark, Hadoop Streaming, GNU parallel)',
        )
          .choices(['files', 'ndjson'])
          .default('files'),
      )
      .option('-o, --output <file>', 'write to FILE instead of standard output: a file is replaced whole or not at all (links followed, mode kept), a device or FIFO written in place')
      .option('-t, --types <list>', `only these fact types (${FACT_TYPES.join(',')})`, parseTypes),
  )
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], o: ExtractCommandOptions, command: Command) => {
      // with --input ndjson the paths are files of JSON lines, never walked folders
      const clash = o.output ? outputClash(o.output, paths, o.input === 'ndjson' ? { extensions: [] } : {}) : null;
      if (clash) command.error(`error: ${clash}`, { exitCode: 2 });
      if (o.input === 'ndjson') {
        if (command.getOptionValueSource('format') === 'cli' && o.format !== 'ndjson') {
          command.error(`error: --input ndjson writes NDJSON facts; --format ${o.format} is not supported with it`, { exitCode: 2 });
        }
        setExit(await runExtractNdjson({ paths, output: o.output ?? null, types: o.types, refDate: o.refDate ?? null, userDicts: o.dict }, io));
        return;
      }
      if (paths.length === 0) command.error("error: missing required argument 'path'", { exitCode: 2 });
      setExit(
        await runExtract(
          {
            paths,
            // a person at a terminal who asked for no format gets a summary to read, not JSON
            summary: Boolean(io.stdout.isTTY) && command.getOptionValueSource('format') !== 'cli' && !o.output,
            format: o.format,
            ...extractSettings(o),
          },
          io,
        ),
      );
    });

  program
    .command('text')
    .description('print the plain text that fact offsets point into')
    .argument('<file>', 'a file, or - for standard input')
    .action(async (file: string) => setExit(await runText(file, io)));

  program
    .command('schema')
    .description('print the JSON Schema of one fact (or of the whole JSON output)')
    .addOption(new Option('--of <what>', 'which schema').choices(['fact', 'output']).default('fact'))
    .option('--write <dir>', 'write fact.schema.json and output.schema.json into DIR instead')
    .action((o: SchemaCommandOptions) => {
      if (o.write) {
        mkdirSync(o.write, { recursive: true });
        writeFileSync(join(o.write, 'fact.schema.json'), JSON.stringify(factJsonSchema(), null, 2) + '\n');
        writeFileSync(join(o.write, 'output.schema.json'), JSON.stringify(outputJsonSchema(), null, 2) + '\n');
      } else {
        io.stdout.write(JSON.stringify(o.of === 'output' ? outputJsonSchema() : factJsonSchema(), null, 2) + '\n');
      }
      setExit(0);
    });

  withExtractOptions(
    program
      .command('table')
      .description('one row per metric × region × partner × period across documents: consensus value, agreement, sources')
      .argument('[path...]', 'facts from zhfacts extract (.ndjson .jsonl .json), partial rows (--partial output), or articles and folders to extract first; none or - reads standard input')
      .addOption(new Option('-f, --format <format>', 'output format').choices([...TABLE_FORMATS]).default('json'))
      .option('-o, --output <file>', 'write to FILE (atomically) instead of standard output')
      .option('-t, --types <list>', `only these fact types (${FACT_TYPES.join(',')})`, parseTypes)
      .option('--aliases <file>', 'your own metric wordings → keys: CSV (wording,key) or YAML (wording: key)', parseAliasesFile)
      .addOption(new Option('--pivot <what>', 'wide form: one column per period').choices(['period']))
      .option('--conflicts', 'only rows whose reports disagree', false)
      .option('--partial', 'write mergeable partial rows (NDJSON) instead of finished rows', false)
      .option('--merge', 'combine partial rows (from --partial) given as paths or on standard input', false)
      .option('--review <file>', 'with --format html and articles: also write the extract review page to FILE and link each source to it'),
  ).action(async (paths: string[], o: TableCommandOptions, command: Command) => {
    const explicit = (name: string) => command.getOptionValueSource(name) === 'cli';
    if (o.partial && (o.pivot || o.conflicts || (explicit('format') && o.format !== 'ndjson'))) {
      command.error('error: --partial writes NDJSON partial rows; --pivot, --conflicts and other formats apply when the rows are finished (table --merge)', { exitCode: 2 });
    }
    if (o.pivot && o.format === 'html') command.error('error: --pivot writes json, ndjson or csv', { exitCode: 2 });
    if (o.review && o.format !== 'html') command.error('error: --review goes with --format html', { exitCode: 2 });
    // the facts files read are inputs too: a table must never be written over them
    for (const out of [o.output, o.review]) {
      const clash = out ? outputClash(out, paths, { extensions: TABLE_INPUTS }) : null;
      if (clash) command.error(`error: ${clash}`, { exitCode: 2 });
    }
    setExit(
      await runTable(
        {
          paths,
          format: o.format,
          ...extractSettings(o),
          aliases: o.aliases ?? new Map(),
          pivot: o.pivot === 'period',
          conflicts: o.conflicts,
          partial: o.partial,
          merge: o.merge,
          review: o.review ?? null,
          // a person at a terminal who asked for no format gets rows to read, not JSON
          summary: Boolean(io.stdout.isTTY) && !explicit('format') && !o.output && !o.partial && !o.pivot,
        },
        io,
      ),
    );
  });

  program
    .command('eval')
    .description('extract and score against gold facts (JSON lines), per type: precision, recall, F1, value and link accuracy')
    .requiredOption('--gold <file>', 'gold facts, one JSON object per line')
    .argument('<path...>', 'the annotated documents')
    .option('--ref-date <date>', 'reference date when a document has none', parseRefDate)
    .option('--json', 'print the scores as JSON', false)
    .action(async (paths: string[], o: EvalCommandOptions) => {
      let gold: ScoredFact[];
      try {
        gold = readGold(o.gold);
      } catch (err) {
        // a gold file that cannot be read is a usage error, in one line
        reportError(io.stderr, 'zhfacts', err instanceof GoldError ? err.message : `--gold ${o.gold}: ${describeError(err)}`);
        setExit(2);
        return;
      }
      setExit(await runEval({ gold, paths, refDate: o.refDate ?? null, json: o.json }, io));
    });

  return program;
}

/**
 * One run of the CLI on `args` (the words after `zhfacts`) with the given standard streams;
 * resolves to the exit status. It never exits the process: `main` sets the status, and a test
 * runs the CLI in-process with streams of its own.
 */
export async function run(args: string[], io: CliIo = processIo()): Promise<number> {
  let code = 0;
  const program = buildProgram((c) => (code = c), io);
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here with exit code 0; every other commander error is a usage error
      code = err.exitCode === 0 ? 0 : 2;
    } else {
      reportError(io.stderr, 'zhfacts', err instanceof Error ? err.message : String(err));
      code = 1;
    }
  }
  return code;
}

export async function main(argv: string[]): Promise<void> {
  // standard error closed early (`2>&1 | head`): its messages have no reader left, which is no reason to fail
  process.stderr.on('error', () => {});
  process.exitCode = await run(argv.slice(2));
}
