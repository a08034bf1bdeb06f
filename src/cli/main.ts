#!/usr/bin/env node
import { once } from 'node:events';
import { governHeap, HEAP_BUDGET_MB } from '../heap-governor.js';
import { runCli } from './program.js';

governHeap(HEAP_BUDGET_MB);

const exitCode = await runCli(process.argv.slice(2), {
  stdout: async (text) => {
    if (!process.stdout.write(text)) await once(process.stdout, 'drain');
  },
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
  ...(process.stderr.isTTY && !process.env.CI ? { progress: process.stderr } : {}),
});
process.exitCode = exitCode;
