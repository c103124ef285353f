import { readFileSync } from 'node:fs';
import { loadWorkbook, worksheetSnapshot } from '../../src/hosts/xlsx/read';
import { checkSheet } from '../../src/core/check';
(async () => {
  const w = await loadWorkbook(readFileSync('/tmp/s20k.xlsx'));
  const snap = worksheetSnapshot(w.worksheets[0]!);
  for (let k = 0; k < 30; k++) checkSheet(snap, { asOf: '2024-08-01' });
  const t = performance.now();
  for (let k = 0; k < 10; k++) checkSheet(snap, { asOf: '2024-08-01' });
  console.log('warm ms', ((performance.now() - t) / 10).toFixed(1));
})();
