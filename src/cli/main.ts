import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { bundledRulesDir } from '../bundled-rules.js';
import { runBatchCommand } from './batch.js';
import { runCases } from '../cases/run-cases.js';
import { CnasRulesError, type Issue, formatPath } from '../errors/issue.js';
import { createEvaluator } from '../evaluate/evaluator.js';
import { type Lang, formatDecision } from '../explain/format-text.js';
import { buildCatalog } from '../ruleset/catalog.js';
import type { SourceDocument } from '../ruleset/parse-document.js';
import { readRuleTree } from '../ruleset/read-dir.js';
import { factsJsonSchema } from '../facts/facts-schema.js';
import { formatAmount } from '../tariffs/format-amount.js';
import { buildTariffCatalog } from '../tariffs/load.js';
import { createTariffs } from '../tariffs/tariffs.js';

/** Exit codes of the `cnas-rules` command. */
export const EXIT = {
  /** The command did what was asked (for explain: whatever the outcome). */
  ok: 0,
  /** Rule files are invalid, or cases failed. */
  failed: 1,
  /** The command line is wrong. */
  usage: 2,
  /** The facts, the date or the rule set id were refused. */
  refused: 3,
} as const;

/** Where the command writes; standard streams in the bin, buffers in tests. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readStdin: () => Promise<string>;
}

const USAGE = `Usage: cnas-rules <command> [options]

Commands:
  validate [paths...]          Check rule trees, rule set folders or files (default: the bundled rules)
  test [set]                   Run the cases beside every version (or one rule set's)
  explain <set> --facts <file|-> --as-of <YYYY-MM-DD> [--brief]
                               Evaluate facts and print the explained decision
                               (--brief: only the criteria met or still unknown)
  list                         List the rule sets and their versions
  facts <set> --as-of <YYYY-MM-DD>
                               The facts the version in force takes (--json: a JSON Schema of them)
  amount <table> <row> <column> --as-of <YYYY-MM-DD> [--point-value <decimal>]
                               Compute an amount of a tariff table, with its formula and sources
  batch <set> --as-of <YYYY-MM-DD> [--workers N] [--detail full|criteria|outcome] < in.ndjson > out.ndjson
                               Evaluate one facts object per line, on every core

Options:
  --rules <dir>                Use this rule tree instead of the bundled rules (test, explain, list, amount)
  --lang ro|en                 Language of the explanation and messages (default: en)
  --json                       Print JSON instead of text
  --point-value <decimal>      For amount: use this point value instead of the one in force
  -h, --help                   Show this help

Exit codes: 0 done; 1 invalid rule files or failed cases; 2 usage error; 3 facts, date, rule set or tariff request refused.
`;

/** Runs the command line; resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv[0] === 'batch') return runBatchCommand(argv.slice(1));
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        rules: { type: 'string' },
        facts: { type: 'string' },
        'as-of': { type: 'string' },
        lang: { type: 'string', default: 'en' },
        json: { type: 'boolean', default: false },
        brief: { type: 'boolean', default: false },
        'point-value': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.stderr(`${(error as Error).message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  const [command, ...args] = positionals;
  if (values.help || command === undefined || command === 'help') {
    io.stdout(USAGE);
    return values.help || command === 'help' ? EXIT.ok : EXIT.usage;
  }
  if (values.lang !== 'ro' && values.lang !== 'en') {
    io.stderr(`--lang must be ro or en\n`);
    return EXIT.usage;
  }
  const options = { rules: values.rules, facts: values.facts, asOf: values['as-of'], lang: values.lang as Lang, json: values.json, brief: values.brief, pointValue: values['point-value'] };
  try {
    switch (command) {
      case 'validate':
        return validate(args, options, io);
      case 'test':
        return await test(args, options, io);
      case 'explain':
        return await explain(args, options, io);
      case 'list':
        return list(options, io);
      case 'facts':
        return facts(args, options, io);
      case 'amount':
        return amount(args, options, io);
      default:
        io.stderr(`unknown command "${command}"\n\n${USAGE}`);
        return EXIT.usage;
    }
  } catch (error) {
    if (!(error instanceof CnasRulesError)) throw error;
    printIssues(error.issues, options, io);
    return command === 'explain' ? EXIT.refused : EXIT.failed;
  }
}

interface Options {
  readonly rules: string | undefined;
  readonly facts: string | undefined;
  readonly asOf: string | undefined;
  readonly lang: Lang;
  readonly json: boolean;
  readonly brief: boolean;
  readonly pointValue: string | undefined;
}

function printIssues(issues: readonly Issue[], options: Options, io: CliIo): void {
  if (options.json) {
    io.stdout(`${JSON.stringify({ ok: false, issues }, null, 2)}\n`);
    return;
  }
  for (const issue of issues) {
    const where = [issue.file, formatPath(issue.path)].filter(Boolean).join(' ');
    io.stderr(`${where}: ${issue.code}: ${issue.message[options.lang]}\n`);
  }
  io.stderr(`${issues.length} problem${issues.length === 1 ? '' : 's'} found\n`);
}

/** The documents to check for one path: a whole tree, a rule set folder, or the folder of a file. */
function documentsFor(path: string): SourceDocument[] {
  const folder = statSync(path).isDirectory() ? path : dirname(path);
  if (existsSync(join(folder, 'set.json')) || !statSync(path).isDirectory()) {
    return readRuleTree(dirname(folder)).filter((doc) => dirname(doc.file) === folder);
  }
  return readRuleTree(folder);
}

function validate(paths: readonly string[], options: Options, io: CliIo): number {
  const targets = paths.length > 0 ? paths : [options.rules ?? bundledRulesDir()];
  for (const target of targets) {
    if (!existsSync(target)) {
      io.stderr(`${target}: no such file or folder\n`);
      return EXIT.usage;
    }
  }
  const documents = targets.flatMap(documentsFor);
  const [catalog, tariffs] = [loadAll(() => buildCatalog(documents)), loadAll(() => buildTariffCatalog(documents))];
  if (!catalog.ok || !tariffs.ok) throw new CnasRulesError([...(catalog.ok ? [] : catalog.issues), ...(tariffs.ok ? [] : tariffs.issues)]);
  const sets = [...catalog.value.values()];
  const versions = sets.reduce((n, s) => n + s.versions.length, 0);
  const cases = sets.reduce((n, s) => n + s.versions.reduce((m, v) => m + (v.cases?.data.cases.length ?? 0), 0), 0);
  const { tables, parameters } = tariffs.value;
  const tariffVersions = [...tables.values(), ...parameters.values()].reduce((n, f) => n + f.versions.length, 0);
  const counts = { tariffTables: tables.size, parameterSets: parameters.size, tariffVersions };
  if (options.json) io.stdout(`${JSON.stringify({ ok: true, ruleSets: sets.length, versions, cases, ...counts }, null, 2)}\n`);
  else io.stdout(`valid: ${sets.length} rule set${sets.length === 1 ? '' : 's'}, ${versions} version${versions === 1 ? '' : 's'}, ${cases} case${cases === 1 ? '' : 's'}\n`);
  return EXIT.ok;
}

async function test(args: readonly string[], options: Options, io: CliIo): Promise<number> {
  const evaluator = createEvaluator(options.rules ? { rulesDir: options.rules } : {});
  const [set] = args;
  if (set !== undefined && !evaluator.catalog.has(set)) {
    io.stderr(`there is no rule set "${set}"; known: ${[...evaluator.catalog.keys()].join(', ')}\n`);
    return EXIT.usage;
  }
  const results = await runCases(evaluator, set);
  const failed = results.filter((r) => !r.passed);
  if (options.json) {
    const report = results.map(({ decision: _decision, ...rest }) => rest);
    io.stdout(`${JSON.stringify({ passed: results.length - failed.length, failed: failed.length, results: report }, null, 2)}\n`);
  } else {
    for (const result of results) {
      io.stdout(`${result.passed ? 'pass' : 'FAIL'}  ${result.ruleSet}@${result.version}  ${result.id}\n`);
      for (const failure of result.failures) io.stdout(`        ${failure}\n`);
    }
    io.stdout(`cases: ${results.length - failed.length} passed, ${failed.length} failed\n`);
  }
  return failed.length === 0 && results.length > 0 ? EXIT.ok : EXIT.failed;
}

async function explain(args: readonly string[], options: Options, io: CliIo): Promise<number> {
  const [set] = args;
  if (set === undefined || options.facts === undefined || options.asOf === undefined) {
    io.stderr(`explain needs a rule set, --facts <file|-> and --as-of <YYYY-MM-DD>\n\n${USAGE}`);
    return EXIT.usage;
  }
  const text = options.facts === '-' ? await io.readStdin() : readFileSync(options.facts, 'utf8');
  let facts: unknown;
  try {
    facts = JSON.parse(text);
  } catch (error) {
    io.stderr(`the facts are not valid JSON: ${(error as Error).message}\n`);
    return EXIT.refused;
  }
  const evaluator = createEvaluator(options.rules ? { rulesDir: options.rules } : {});
  const decision = await evaluator.evaluate(set, facts as Record<string, unknown>, { asOf: options.asOf });
  io.stdout(options.json ? `${JSON.stringify(decision, null, 2)}\n` : formatDecision(decision, options.lang, { brief: options.brief }));
  return EXIT.ok;
}

function list(options: Options, io: CliIo): number {
  const evaluator = createEvaluator(options.rules ? { rulesDir: options.rules } : {});
  const sets = evaluator.ruleSets();
  if (options.json) {
    io.stdout(`${JSON.stringify(sets, null, 2)}\n`);
    return EXIT.ok;
  }
  for (const set of sets) {
    io.stdout(`${set.id}: ${set.title[options.lang]}\n`);
    for (const v of set.versions) io.stdout(`  ${v.validFrom} .. ${v.validUntil ?? ''}\n`);
  }
  return EXIT.ok;
}

/** Runs a loader, keeping its issues instead of throwing them, so that validate reports every problem of every kind at once. */
function loadAll<T>(load: () => T): { ok: true; value: T } | { ok: false; issues: readonly Issue[] } {
  try {
    return { ok: true, value: load() };
  } catch (error) {
    if (!(error instanceof CnasRulesError)) throw error;
    return { ok: false, issues: error.issues };
  }
}

function amount(args: readonly string[], options: Options, io: CliIo): number {
  const [table, row, column] = args;
  if (table === undefined || row === undefined || column === undefined || options.asOf === undefined) {
    io.stderr(`amount needs a table, a row, a column and --as-of <YYYY-MM-DD>\n\n${USAGE}`);
    return EXIT.usage;
  }
  const tariffs = createTariffs(options.rules ? { rulesDir: options.rules } : {});
  const request = { table, row, column, asOf: options.asOf, ...(options.pointValue !== undefined && { pointValue: options.pointValue }) };
  const result = loadAll(() => tariffs.amount(request));
  if (!result.ok) {
    printIssues(result.issues, options, io);
    return EXIT.refused;
  }
  io.stdout(options.json ? `${JSON.stringify(result.value, null, 2)}\n` : formatAmount(result.value, options.lang));
  return EXIT.ok;
}

function facts(args: readonly string[], options: Options, io: CliIo): number {
  const [set] = args;
  if (set === undefined || options.asOf === undefined) {
    io.stderr(`facts needs a rule set and --as-of <YYYY-MM-DD>\n\n${USAGE}`);
    return EXIT.usage;
  }
  const evaluator = createEvaluator(options.rules ? { rulesDir: options.rules } : {});
  const version = evaluator.versionInForce(set, options.asOf);
  if (options.json) {
    io.stdout(`${JSON.stringify(factsJsonSchema(version.data), null, 2)}\n`);
    return EXIT.ok;
  }
  io.stdout(`${set}, version in force from ${version.data.validFrom}:\n`);
  for (const [id, fact] of Object.entries(version.data.facts)) {
    const kind = fact.type === 'enum' ? fact.values.map((v) => v.id).join(' | ') : fact.type === 'decimal' || fact.type === 'integer' ? `${fact.type}${fact.unit ? ` (${fact.unit})` : ''}` : fact.type;
    io.stdout(`  ${id}: ${kind}\n      ${fact.label[options.lang]}\n`);
  }
  return EXIT.ok;
}
