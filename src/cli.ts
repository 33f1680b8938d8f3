#!/usr/bin/env node
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

// A reader that stops early (`cnas-rules test --json | head`) closes the pipe: that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const argv = process.argv.slice(2);
// `batch` loads only its own module: the main thread of a batch cuts and writes bytes, and the
// workers start sooner without the rest of the command line (review, tariffs, rule checking) imported first.
if (argv[0] === 'batch') {
  const { runBatchCommand } = await import('./cli/batch.js');
  process.exitCode = await runBatchCommand(argv.slice(1));
} else {
  const { runCli } = await import('./cli/main.js');
  process.exitCode = await runCli(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin,
  });
}
