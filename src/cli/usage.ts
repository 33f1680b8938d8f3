/** The help of the `cnas-rules` command: one page for the whole command, one per subcommand. */

export const EXIT_CODES_TEXT =
  'Exit codes: 0 done (for explain: whatever the outcome); 1 invalid rule files or failed cases; 2 usage error (including a path that does not exist or cannot be read); 3 facts, date, rule set or tariff request refused; 70 internal error (a bug: please report it).';

export const COMMAND_HELP: Readonly<Record<string, string>> = {
  validate: `Usage: cnas-rules validate [paths...] [--json]

Check rule trees, rule set folders or single rule files (default: the bundled rules). Fails when a
path holds no rule file, or when any file is broken, with every problem: file, JSON path and reason.

Examples:
  cnas-rules validate
  cnas-rules validate rules/my-set
  cnas-rules validate rules/my-set/2026-01-01.json --json
`,
  test: `Usage: cnas-rules test [set] [--rules <dir>] [--json] [--coverage]

Run the cases beside every version (or one rule set's). Fails when a case fails.

Examples:
  cnas-rules test
  cnas-rules test my-set
  cnas-rules test --json | head
`,
  explain: `Usage: cnas-rules explain <set> --facts <file|-> --as-of <YYYY-MM-DD> [--brief] [--accept-earliest-start] [--lang ro|en] [--json] [--rules <dir>]

Evaluate the facts (a JSON object, from a file or from standard input with -) on a date and print the
explained decision: outcome, criteria with the law's text, the facts still missing, the outputs.
--brief keeps only the criteria that decide the outcome. --accept-earliest-start takes a version whose
first day is uncertain as in force from its earliest possible day (otherwise such days are undetermined).

Examples:
  cnas-rules explain my-set --facts patient.json --as-of 2025-03-10
  cat patient.json | cnas-rules explain my-set --facts - --as-of 2025-03-10 --brief --lang ro
`,
  list: `Usage: cnas-rules list [--rules <dir>] [--json]

List the rule sets, the tariff tables and the parameter folders, with their versions.

Examples:
  cnas-rules list
  cnas-rules list --json
`,
  facts: `Usage: cnas-rules facts <set> --as-of <YYYY-MM-DD> [--lang ro|en] [--json] [--rules <dir>]

The facts the version in force takes: type, unit, allowed values, label (--json: a JSON Schema).

Examples:
  cnas-rules facts my-set --as-of 2025-03-10
  cnas-rules facts my-set --as-of 2025-03-10 --json > facts.schema.json
`,
  amount: `Usage: cnas-rules amount <table> <row> <column> --as-of <YYYY-MM-DD> [--point-value <decimal>] [--from-header-formula] [--json] [--rules <dir>]

Compute an amount of a tariff table, exactly, with its formula and sources. A column printed empty
is refused unless --from-header-formula asks for its header's formula; the answer then says it is
computed from the header, not a printed value.

Examples:
  cnas-rules amount my-table row-01 c7 --as-of 2021-10-01
  cnas-rules amount my-table row-01 c7 --as-of 2021-10-01 --point-value "4.00"
`,
  analyze: `Usage: cnas-rules analyze [set] [--rules <dir>] [--json]

Static analysis of every version, exact: table rows masked by earlier rows (first), overlapping rows
(unique), rows that can never apply, gaps where a table must answer, criteria that can never be met or
never fail, comparisons outside a fact's declared range, criteria and facts nothing reads. Each finding
with file, JSON path and an example of facts. Errors fail (exit 1); acknowledged findings are notes.

Examples:
  cnas-rules analyze
  cnas-rules analyze my-set --json
`,
  diff: `Usage: cnas-rules diff <set> <from> <to> [--json] [--rules <dir>]
       cnas-rules diff <set> --rules <draft tree> [--json]

What changed between two versions in the law's words (criteria, thresholds, citations, facts, outputs,
gaps, readings), then the patients whose outcome changes, grouped by the criteria that flip them. With
a draft tree only: its latest version against the bundled version in force on its first day.

Examples:
  cnas-rules diff dz-t1-cgm 2018-09-28 2019-06-28
  cnas-rules diff my-set --rules ./draft-rules --json
`,
  mutate: `Usage: cnas-rules mutate [set [version]] [--criterion <id>] [--rules <dir>] [--json]

Mutation testing: small changes to each version (strictness, thresholds by the smallest step, all/any,
dropped conditions, atLeast ± 1, rows removed or swapped) run against its cases; the kill score per
version and the survivors with their law text. The cases are run on the unchanged version first: a
version with a failing case is reported as not measurable (with the failing cases) and the exit code is 1.
A version date runs that version only; --criterion runs only the mutants of one criterion or table (the
score is then that criterion's), a quick loop while writing its cases.

Examples:
  cnas-rules mutate my-set
  cnas-rules mutate pet-ct 2018-09-28 --criterion B.12
`,
  parameter: `Usage: cnas-rules parameter <folder/id> --as-of <YYYY-MM-DD> [--json] [--rules <dir>]

A dated parameter (tariff, unit cost, indicator, budget line) in force on a date, with its source.

Examples:
  cnas-rules parameter program-tariffs/petCt --as-of 2019-01-10
`,
  sums: `Usage: cnas-rules sums <folder> --as-of <YYYY-MM-DD> [--json] [--rules <dir>]

Check every printed total of a parameters folder against the exact sum of its printed parts.

Examples:
  cnas-rules sums program-budgets --as-of 2019-06-30
`,
  batch: `Usage: cnas-rules batch <set> --as-of <YYYY-MM-DD> [--workers N] [--detail full|criteria|outcome] [--accept-earliest-start] [--rules <dir>] < in.ndjson > out.ndjson

Evaluates one facts object per input line with the compiled engine, on worker threads (default: one
per core). Writes exactly one JSON line per input line, in input order: {"line": n, "ok": true,
"decision": ...} or {"line": n, "ok": false, "issues": [...]}; an empty or malformed line is an error
line, and so is a line longer than 1 MiB (1 048 576 bytes), which is not read (input_too_large). A
progress line goes to standard error when it is a terminal. --accept-earliest-start takes a version
whose first day is uncertain as in force from its earliest possible day, as explain does (otherwise
every line on such a day is undetermined).

Exit codes: 0 done (refused lines included); 2 usage error; 3 rule set or date refused; 70 a worker
failed (batch_worker_failed, out of memory or a bug: please report it), with the output holding every
line before the input line it names.

Examples:
  cnas-rules batch portable-oxygen --as-of 2025-03-10 < patients.ndjson > decisions.ndjson
  cnas-rules batch dz-t1-cgm --as-of 2025-03-10 --workers 1 --detail outcome < patients.ndjson
`,
};

export const USAGE = `Usage: cnas-rules <command> [options]   (cnas-rules list shows the rule sets and tariff tables)

Commands:
  validate [paths...]          Check rule trees, rule set folders or files (default: the bundled rules)
  test [set]                   Run the cases beside every version (or one rule set's)
  explain <set> --facts <file|-> --as-of <YYYY-MM-DD> [--brief]
                               Evaluate facts and print the explained decision
                               (--brief: only the criteria that decide the outcome;
                               --accept-earliest-start: a version with an uncertain first day
                               is taken as in force from its earliest possible day)
  list                         List the rule sets, tariff tables and parameter folders, with their versions
  facts <set> --as-of <YYYY-MM-DD>
                               The facts the version in force takes (--json: a JSON Schema of them)
  amount <table> <row> <column> --as-of <YYYY-MM-DD> [--point-value <decimal>]
                               Compute an amount of a tariff table, with its formula and sources
  parameter <folder/id> --as-of <YYYY-MM-DD>
                               A dated parameter (tariff, unit cost, indicator, budget line) with its source
  sums <folder> --as-of <YYYY-MM-DD>
                               Check every printed total of a parameters folder against the sum of its parts
  batch <set> --as-of <YYYY-MM-DD> [--workers N] [--detail full|criteria|outcome] < in.ndjson > out.ndjson
                               Evaluate one JSON record per line, on worker threads, one output line each
  analyze [set]                Static analysis: masked, overlapping and unreachable table rows, gaps,
                               criteria that can never be met or never fail, unread criteria and facts
  diff <set> <from> <to>       What changed between two versions, then whose outcome changes
  diff <set> --rules <draft>   The latest version of a draft tree against the version in force
  mutate [set]                 Mutation testing: how many small changes to each version its cases catch

Options:
  --rules <dir>                Use this rule tree instead of the bundled rules (test, explain, list, facts, amount)
  --lang ro|en                 Language of the explanation and messages (default: en)
  --json                       Print JSON instead of text, errors included
  --point-value <decimal>      For amount: use this point value instead of the one in force
  --from-header-formula        For amount: compute a column printed empty from its header formula (flagged)
  --coverage                   For test: which criterion statuses and threshold sides the cases reach
  -h, --help                   Show this help, or a command's: cnas-rules <command> --help
  -v, --version                Print the version

${EXIT_CODES_TEXT}
`;
