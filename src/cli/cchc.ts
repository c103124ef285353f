/** Entry point of the `cchc` command (bundled to build/cchc.cjs by scripts/build-cli.mjs). */
import { main } from './main';

main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: process.stdout.isTTY === true,
  debug: process.env.CCHC_DEBUG === '1',
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write('cchc: lỗi không mong đợi; hãy báo lỗi này cho nhóm phát triển (chạy lại với CCHC_DEBUG=1 để xem chi tiết)\n');
    if (process.env.CCHC_DEBUG === '1') process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 2;
  },
);
