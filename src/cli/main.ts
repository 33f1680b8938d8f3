import { accessSync, constants, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { bundledRulesDir } from '../bundled-rules.js';
import { Readable, Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { type BatchCommandStreams, runBatchCommand } from './batch.js';
import { runCases } from '../cases/run-cases.js';
import { CnasRulesError, type Issue, formatPath } from '../errors/issue.js';
import { createEvaluator } from '../create-evaluator.js';
import { type Lang, formatDecision } from '../explain/format-text.js';
import { buildCatalog, buildTariffCatalog } from '../load/check-functions.js';
import type { SourceDocument } from '../ruleset/parse-document.js';
import { readDocument, readRuleTree } from '../ruleset/read-dir.js';
import { makeIssue } from '../errors/make-issue.js';
import { loadRuleTree } from '../load/default-source.js';
import { localizeUnit } from '../explain/units.js';
import { COMMAND_HELP, USAGE } from './usage.js';
import { packageVersion } from './version.js';
import { factsJsonSchema } from '../facts/facts-schema.js';
import { formatAmount } from '../tariffs/format-amount.js';
import { formatParameter, formatSums } from '../tariffs/format-sums.js';

import { analyzeCatalog, analyzeCommand, coverageOf, diffCommand, formatCoverage, formatFindings, mutateCommand } from './review.js';
import { type Tariffs, createTariffs } from '../tariffs/tariffs.js';

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
  /** A bug in cnas-rules (sysexits' EX_SOFTWARE). */
  internal: 70,
} as const;

/** Where the command writes; standard streams in the bin, buffers in tests. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readStdin: () => Promise<string>;
}

/** A command line that cannot be run as written: exit 2, with the message and the command's help. */
class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
  }
}

/**
 * Batch through the caller's io: the input read whole by `readStdin` (only once a line is asked for) and
 * each output and error written through `stdout` and `stderr`, so a caller's io sees all that batch writes.
 */
function batchStreamsOf(io: CliIo): BatchCommandStreams {
  const through = (write: (text: string) => void) => {
    // Bytes may be cut inside a character: the decoder holds a partial character back until the rest comes.
    const decoder = new StringDecoder('utf8');
    return new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        write(typeof chunk === 'string' ? chunk : decoder.write(chunk));
        done();
      },
      final(done) {
        const rest = decoder.end();
        if (rest) write(rest);
        done();
      },
    });
  };
  const input = Readable.from((async function* () {
    yield Buffer.from(await io.readStdin(), 'utf8');
  })());
  return { input, output: through(io.stdout), error: through(io.stderr) };
}

/** Runs the command line; resolves to the exit code. Never throws: every failure is reported and mapped to an exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  // Batch has its own options (src/cli/batch.ts); the bin streams it from standard input (src/cli.ts).
  if (argv[0] === 'batch') return runBatchCommand(argv.slice(1), batchStreamsOf(io));
  const json = argv.includes('--json');
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
        coverage: { type: 'boolean', default: false },
        'point-value': { type: 'string' },
        'from-header-formula': { type: 'boolean', default: false },
        'accept-earliest-start': { type: 'boolean', default: false },
        criterion: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    return reportUsage(new UsageError((error as Error).message), json, io);
  }
  const { values, positionals } = parsed;
  const [command, ...args] = positionals;
  if (values.version) {
    io.stdout(json ? `${JSON.stringify({ version: packageVersion() })}\n` : `${packageVersion()}\n`);
    return EXIT.ok;
  }
  if (command === 'help' || values.help) {
    const topic = command === 'help' ? args[0] : command;
    if (topic !== undefined && !(topic in COMMAND_HELP)) return reportUsage(new UsageError(`unknown command "${topic}"`), json, io);
    io.stdout(topic === undefined ? USAGE : COMMAND_HELP[topic]!);
    return EXIT.ok;
  }
  if (command === undefined) return reportUsage(new UsageError('a command is needed'), json, io);
  const options = { rules: values.rules, facts: values.facts, asOf: values['as-of'], lang: values.lang as Lang, json: values.json, brief: values.brief, coverage: values.coverage, pointValue: values['point-value'], fromHeaderFormula: values['from-header-formula'], acceptEarliestStart: values['accept-earliest-start'], criterion: values.criterion };
  try {
    if (values.lang !== 'ro' && values.lang !== 'en') throw new UsageError(`--lang must be ro or en, not "${values.lang}"`, command);
    if (options.rules !== undefined) assertReadable(options.rules, '--rules', command);
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
      case 'analyze':
        return analyzeCommand(args, options, io);
      case 'diff':
        return await diffCommand(args, options, io);
      case 'mutate':
        return await mutateCommand(args, options, io);
      case 'parameter':
        return parameter(args, options, io);
      case 'sums':
        return sums(args, options, io);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) return reportUsage(error, json, io);
    if (error instanceof CnasRulesError) {
      printIssues(error.issues, options, io);
      return refusedOrInvalid(error.issues);
    }
    return reportInternal(error, json, io);
  }
}

/** Problems in rule files name their file (exit 1); problems with the request do not (exit 3). */
function refusedOrInvalid(issues: readonly Issue[]): number {
  return issues.some((issue) => issue.file !== undefined) ? EXIT.failed : EXIT.refused;
}

function reportUsage(error: UsageError, json: boolean, io: CliIo): number {
  if (json) {
    io.stdout(`${JSON.stringify({ ok: false, exitCode: EXIT.usage, error: { kind: 'usage', message: error.message } }, null, 2)}\n`);
  } else {
    const help = error.command !== undefined && error.command in COMMAND_HELP ? `cnas-rules ${error.command} --help` : 'cnas-rules --help';
    io.stderr(`cnas-rules: ${error.message}\n(see ${help})\n`);
  }
  return EXIT.usage;
}

/** A bug, not a user error: one line, the stack only when CNAS_RULES_DEBUG is set. */
function reportInternal(error: unknown, json: boolean, io: CliIo): number {
  const message = error instanceof Error ? error.message : String(error);
  if (json) io.stdout(`${JSON.stringify({ ok: false, exitCode: EXIT.internal, error: { kind: 'internal', message } }, null, 2)}\n`);
  else io.stderr(`cnas-rules: internal error: ${message}\n${process.env.CNAS_RULES_DEBUG && error instanceof Error ? `${error.stack}\n` : '(set CNAS_RULES_DEBUG=1 for the stack trace; please report it)\n'}`);
  return EXIT.internal;
}

/** A path named on the command line must exist and be readable: otherwise the command line is wrong (exit 2). */
function assertReadable(path: string, what: string, command: string): void {
  try {
    accessSync(path, constants.R_OK);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
    throw new UsageError(`${what} ${path}: ${reason}`, command);
  }
}

interface Options {
  readonly rules: string | undefined;
  readonly facts: string | undefined;
  readonly asOf: string | undefined;
  readonly lang: Lang;
  readonly json: boolean;
  readonly brief: boolean;
  readonly coverage: boolean;
  readonly pointValue: string | undefined;
  readonly fromHeaderFormula: boolean;
  readonly acceptEarliestStart: boolean;
}

function printIssues(issues: readonly Issue[], options: Options, io: CliIo): void {
  if (options.json) {
    io.stdout(`${JSON.stringify({ ok: false, exitCode: refusedOrInvalid(issues), issues }, null, 2)}\n`);
    return;
  }
  for (const issue of issues) {
    const where = [issue.file, formatPath(issue.path)].filter(Boolean).join(' ');
    io.stderr(`${where}: ${issue.code}: ${issue.message[options.lang]}\n`);
  }
  io.stderr(`${issues.length} problem${issues.length === 1 ? '' : 's'} found\n`);
}

/**
 * The documents to check for one path: a rule tree, one rule set folder, or a file, which is checked
 * with the folder it belongs to (a version is checked against its set and its neighbours).
 */
function documentsFor(path: string): SourceDocument[] {
  const isFolder = statSync(path).isDirectory();
  const folder = isFolder ? path : dirname(path);
  if (!isFolder || existsSync(join(folder, 'set.json'))) {
    return readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => readDocument(join(folder, name)));
  }
  return readRuleTree(folder);
}

function validate(paths: readonly string[], options: Options, io: CliIo): number {
  const targets = paths.length > 0 ? paths : [options.rules ?? bundledRulesDir()];
  for (const target of targets) assertReadable(target, 'path', 'validate');
  const documents = targets.flatMap((target) => {
    const found = documentsFor(target);
    if (found.length === 0) throw new CnasRulesError([makeIssue('unreadable_file', [], { reason: 'no rule file (*.json) here' }, target)]);
    return found;
  });
  const [catalog, tariffs] = [loadAll(() => buildCatalog(documents)), loadAll(() => buildTariffCatalog(documents))];
  if (!catalog.ok || !tariffs.ok) throw new CnasRulesError([...(catalog.ok ? [] : catalog.issues), ...(tariffs.ok ? [] : tariffs.issues)]);
  // The static analysis runs with every validation: its errors fail it, like a schema error would.
  const findings = analyzeCatalog(catalog.value);
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    if (options.json) io.stdout(`${JSON.stringify({ ok: false, findings: errors }, null, 2)}\n`);
    else io.stderr(formatFindings(errors));
    return EXIT.failed;
  }
  const sets = [...catalog.value.values()];
  const versions = sets.reduce((n, s) => n + s.versions.length, 0);
  const cases = sets.reduce((n, s) => n + s.versions.reduce((m, v) => m + (v.cases?.data.cases.length ?? 0), 0), 0);
  const { tables, parameters } = tariffs.value;
  const tariffVersions = [...tables.values(), ...parameters.values()].reduce((n, f) => n + f.versions.length, 0);
  const counts = { tariffTables: tables.size, parameterSets: parameters.size, tariffVersions };
  const analysis = { warnings: findings.filter((f) => f.severity === 'warning').length, acknowledged: findings.filter((f) => f.severity === 'note').length };
  if (options.json) io.stdout(`${JSON.stringify({ ok: true, ruleSets: sets.length, versions, cases, ...counts, analysis }, null, 2)}\n`);
  else {
    const money = tables.size + parameters.size > 0 ? `; ${tables.size} tariff table${tables.size === 1 ? '' : 's'}, ${parameters.size} parameter folder${parameters.size === 1 ? '' : 's'}` : '';
    io.stdout(`valid: ${sets.length} rule set${sets.length === 1 ? '' : 's'}, ${versions} version${versions === 1 ? '' : 's'}, ${cases} case${cases === 1 ? '' : 's'}${money}\n`);
    io.stdout(`analysis: no errors, ${analysis.warnings} warnings, ${analysis.acknowledged} acknowledged (cnas-rules analyze lists them)\n`);
  }
  return EXIT.ok;
}

async function test(args: readonly string[], options: Options, io: CliIo): Promise<number> {
  // The cases live beside the rule files (the pre-checked bundles leave them out): read the tree itself.
  const evaluator = createEvaluator({ rulesDir: options.rules ?? bundledRulesDir() });
  const [set] = args;
  if (set !== undefined && !evaluator.catalog.has(set)) {
    throw new CnasRulesError([makeIssue('unknown_rule_set', ['ruleSet'], { ruleSet: set, known: [...evaluator.catalog.keys()] })]);
  }
  const results = await runCases(evaluator, set);
  const failed = results.filter((r) => !r.passed);
  if (options.json) {
    const report = results.map(({ decision: _decision, ...rest }) => rest);
    const coverage = options.coverage ? { coverage: coverageOf(evaluator.catalog, results, set) } : {};
    io.stdout(`${JSON.stringify({ passed: results.length - failed.length, failed: failed.length, results: report, ...coverage }, null, 2)}\n`);
  } else {
    for (const result of results) {
      io.stdout(`${result.passed ? 'pass' : 'FAIL'}  ${result.ruleSet}@${result.version}  ${result.id}\n`);
      for (const failure of result.failures) io.stdout(`        ${failure}\n`);
    }
    if (options.coverage) io.stdout(formatCoverage(coverageOf(evaluator.catalog, results, set)));
    io.stdout(`cases: ${results.length - failed.length} passed, ${failed.length} failed\n`);
  }
  return failed.length === 0 && results.length > 0 ? EXIT.ok : EXIT.failed;
}

async function explain(args: readonly string[], options: Options, io: CliIo): Promise<number> {
  const [set] = args;
  if (set === undefined || options.facts === undefined || options.asOf === undefined) {
    throw new UsageError('explain needs a rule set, --facts <file|-> and --as-of <YYYY-MM-DD>', 'explain');
  }
  if (options.facts !== '-') assertReadable(options.facts, '--facts', 'explain');
  const text = options.facts === '-' ? await io.readStdin() : readFileSync(options.facts, 'utf8');
  let facts: unknown;
  try {
    facts = JSON.parse(text);
  } catch (error) {
    throw new CnasRulesError([makeIssue('invalid_facts', ['facts'], { reason: `not valid JSON: ${(error as Error).message}` })]);
  }
  const evaluator = createEvaluator(options.rules ? { rulesDir: options.rules } : {});
  const decision = await evaluator.evaluate(set, facts as Record<string, unknown>, { asOf: options.asOf, acceptEarliestStart: options.acceptEarliestStart });
  io.stdout(options.json ? `${JSON.stringify(decision, null, 2)}\n` : formatDecision(decision, options.lang, { brief: options.brief }));
  return EXIT.ok;
}

function list(options: Options, io: CliIo): number {
  const { catalog, parameters } = loadRuleTree(options.rules);
  const entry = (kind: string, folder: { id: string; meta: { title: { ro: string; en: string } }; versions: ReadonlyArray<{ data: { validFrom: string }; lastDay: string | undefined }> }) => ({
    id: folder.id,
    kind,
    title: folder.meta.title,
    versions: folder.versions.map((v) => ({ validFrom: v.data.validFrom, validUntil: v.lastDay ?? null })),
  });
  const folders = [
    ...[...catalog.values()].map((f) => entry('criteria', f)),
    ...[...parameters.tables.values()].map((f) => entry('tariff-table', f)),
    ...[...parameters.parameters.values()].map((f) => entry('parameters', f)),
  ];
  if (options.json) {
    io.stdout(`${JSON.stringify(folders, null, 2)}\n`);
    return EXIT.ok;
  }
  for (const folder of folders) {
    io.stdout(`${folder.id} (${folder.kind}): ${folder.title[options.lang]}\n`);
    for (const v of folder.versions) io.stdout(`  ${v.validFrom} .. ${v.validUntil ?? ''}\n`);
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
    throw new UsageError('amount needs a table, a row, a column and --as-of <YYYY-MM-DD>', 'amount');
  }
  const tariffs = createTariffs(options.rules ? { rulesDir: options.rules } : {});
  const request = { table, row, column, asOf: options.asOf, ...(options.pointValue !== undefined && { pointValue: options.pointValue }), ...(options.fromHeaderFormula && { fromHeaderFormula: true }) };
  const result = loadAll(() => tariffs.amount(request));
  if (!result.ok) {
    printIssues(result.issues, options, io);
    return EXIT.refused;
  }
  io.stdout(options.json ? `${JSON.stringify(result.value, null, 2)}\n` : formatAmount(result.value, options.lang));
  return EXIT.ok;
}

function parameter(args: readonly string[], options: Options, io: CliIo): number {
  const [id] = args;
  if (id === undefined || options.asOf === undefined) {
    io.stderr(`parameter needs <folder/id> and --as-of <YYYY-MM-DD>\n\n${USAGE}`);
    return EXIT.usage;
  }
  const asOf = options.asOf;
  return queryTariffs(options, io, (tariffs) => tariffs.parameter(id, { asOf }), formatParameter);
}

function sums(args: readonly string[], options: Options, io: CliIo): number {
  const [folder] = args;
  if (folder === undefined || options.asOf === undefined) {
    io.stderr(`sums needs a parameters folder and --as-of <YYYY-MM-DD>\n\n${USAGE}`);
    return EXIT.usage;
  }
  const asOf = options.asOf;
  return queryTariffs(options, io, (tariffs) => tariffs.sums(folder, { asOf }), formatSums);
}

/** Loads the tariffs, asks them one thing and prints the answer (text or JSON), or the issues with exit 3. */
function queryTariffs<T>(options: Options, io: CliIo, ask: (tariffs: Tariffs) => T, format: (value: T, lang: Lang) => string): number {
  const tariffs = createTariffs(options.rules ? { rulesDir: options.rules } : {});
  const result = loadAll(() => ask(tariffs));
  if (!result.ok) {
    printIssues(result.issues, options, io);
    return EXIT.refused;
  }
  io.stdout(options.json ? `${JSON.stringify(result.value, null, 2)}\n` : format(result.value, options.lang));
  return EXIT.ok;
}

function facts(args: readonly string[], options: Options, io: CliIo): number {
  const [set] = args;
  if (set === undefined || options.asOf === undefined) {
    throw new UsageError('facts needs a rule set and --as-of <YYYY-MM-DD>', 'facts');
  }
  const evaluator = createEvaluator(options.rules ? { rulesDir: options.rules } : {});
  const version = evaluator.versionInForce(set, options.asOf);
  if (options.json) {
    io.stdout(`${JSON.stringify(factsJsonSchema(version.data), null, 2)}\n`);
    return EXIT.ok;
  }
  io.stdout(`${set}, version in force from ${version.data.validFrom}:\n`);
  for (const [id, fact] of Object.entries(version.data.facts)) {
    const kind = fact.type === 'enum' ? fact.values.map((v) => v.id).join(' | ') : fact.type === 'decimal' || fact.type === 'integer' ? `${fact.type}${fact.unit ? ` (${localizeUnit(fact.unit, options.lang)})` : ''}` : fact.type;
    io.stdout(`  ${id}: ${kind}\n      ${fact.label[options.lang]}\n`);
  }
  return EXIT.ok;
}
