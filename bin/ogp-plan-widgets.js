#!/usr/bin/env node
// The command line lives in dist/ (compiled by `npm install` through the prepare script).
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
