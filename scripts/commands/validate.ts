import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { readActivityFile } from '../../lib/activity/read-activity-file';

/** `validate --activity FILE [--json]`: how many events are valid, and why each rejected one was rejected. */
export async function validateCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { activity: { type: 'string' }, json: { type: 'boolean', default: false } } });
  if (!values.activity) throw new Error('validate needs --activity FILE');
  const result = readActivityFile(await readFile(values.activity, 'utf8'));

  if (!result.ok) {
    if (values.json) console.log(JSON.stringify({ file: values.activity, ok: false, error: result.error }, null, 2));
    else console.error(`${values.activity}: not a sextant.activity.v1 file: ${result.error}`);
    return 1;
  }
  const report = { file: values.activity, ok: result.rejected.length === 0, total: result.events.length + result.rejected.length, valid: result.events.length, rejected: result.rejected };
  if (values.json) console.log(JSON.stringify(report, null, 2));
  else {
    console.log(`${report.file}: ${report.valid} of ${report.total} events valid`);
    for (const r of report.rejected) console.log(`  event ${r.index}: ${r.reasons.join('; ')}`);
  }
  return report.ok ? 0 : 1;
}
