#!/usr/bin/env node
// Entry point of the `pyw` command: hands argv to oclif, which reads the
// prebuilt command manifest so that start-up loads only the command it runs.
import { execute } from '@oclif/core';

await execute({ dir: import.meta.url });
