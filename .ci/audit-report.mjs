// Reads the JSON of `npm audit --json` (path as the argument): exits 1 when it reports any advisory,
// 0 when it reports none, and 0 with a warning when there is no report (the registry did not answer).
import { readFileSync } from 'node:fs';

let report;
try {
  report = JSON.parse(readFileSync(process.argv[2], 'utf8'));
} catch {
  report = undefined;
}
const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  const status = report?.statusCode ? ` (HTTP ${report.statusCode})` : '';
  console.log(`warning: the registry gave no audit report${status}; audit skipped`);
  process.exit(0);
}
const total = counts.total ?? Object.values(counts).reduce((a, b) => a + b, 0);
if (total > 0) {
  console.error(`npm audit: ${total} known vulnerabilit${total === 1 ? 'y' : 'ies'} in run-time dependencies:`);
  for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) console.error(`  ${name}: ${v.severity} (${v.range})`);
  process.exit(1);
}
console.log(`npm audit: no known vulnerabilities in ${report.metadata.dependencies?.prod ?? 'the'} run-time dependencies`);
