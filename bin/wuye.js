#!/usr/bin/env node
// Shim: run the compiled CLI (dist/, built by `npm ci` through the prepare script).
import { main } from '../dist/cli/main.js';
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
