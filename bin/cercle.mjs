#!/usr/bin/env node
// The CLI runs from TypeScript sources through tsx, so `npx cercle` works right after `npm install`.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/run.ts');
