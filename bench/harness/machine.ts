// What the results record about where they were measured: the machine, and the versions of
// pyworkbench, Node, V8, every engine and every reference interpreter.

import { readFileSync } from 'node:fs';
import { cpus, hostname, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { MachineInfo, VersionInfo } from '../results/schema.js';
import { REPO_ROOT } from './paths.js';

export function machineInfo(): MachineInfo {
  const processors = cpus();
  return {
    hostname: hostname(),
    platform: process.platform,
    arch: process.arch,
    cpuModel: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memoryBytes: totalmem(),
    loadAverage: loadavg(),
  };
}

export function pyworkbenchVersion(): string {
  return (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

export function versionInfo(engines: Readonly<Record<string, string>>): VersionInfo {
  return { pyworkbench: pyworkbenchVersion(), node: process.version, v8: process.versions.v8, engines };
}
