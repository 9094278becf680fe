// The `pyw run --stats` report: what the VM counted during the run.

export function formatRunStats(stats: Record<string, unknown>): string {
  const lines: string[] = ['', '--- pyw run --stats ---'];
  const n = (k: string): string => (typeof stats[k] === 'number' ? Math.round(stats[k] as number).toLocaleString('en-US') : '-');
  lines.push(`wall time            ${(stats.wallTimeMs as number).toFixed(1)} ms`);
  lines.push(`instructions         ${n('instructions')}`);
  lines.push(`objects allocated    ${n('allocations')}`);
  lines.push(`objects freed        ${n('frees')}`);
  lines.push(`refcount increments  ${n('increfs')}`);
  lines.push(`refcount decrements  ${n('decrefs')}`);
  const opcodes = stats.opcodes as Record<string, number> | undefined;
  if (opcodes) {
    lines.push('instructions by opcode:');
    const rows = Object.entries(opcodes).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const width = Math.max(...rows.map(([k]) => k.length));
    for (const [op, count] of rows) lines.push(`  ${op.padEnd(width)}  ${count.toLocaleString('en-US')}`);
  }
  return `${lines.join('\n')}\n`;
}
