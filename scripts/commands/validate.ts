import { parseArgs } from 'node:util';
import { describeProblem } from '../../lib/activity/describe-problem';
import { english } from '../english';
import { chainOption } from './parse-number';
import { readActivityPath } from './read-activity';

/** `validate --activity FILE [--chain ID] [--json]`: how many events are valid, and why the first refused ones were refused. */
export async function validateCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { activity: { type: 'string' }, chain: { type: 'string' }, json: { type: 'boolean', default: false } } });
  if (!values.activity) throw new Error('validate needs --activity FILE');
  const result = await readActivityPath(values.activity, chainOption(values.chain));

  if (!result.ok) {
    const error = describeProblem(english, result.problem);
    if (values.json) console.log(JSON.stringify({ file: values.activity, ok: false, error }, null, 2));
    else console.error(`${values.activity}: ${error}`);
    return 1;
  }
  const { events, rejections } = result;
  const word = (reasons: string[]) => reasons.map((r) => english(`importReason_${r.replaceAll('-', '_')}`));
  const report = {
    file: values.activity,
    ok: rejections.count === 0,
    total: events.length + rejections.count,
    valid: events.length,
    rejectedCount: rejections.count,
    // The first few only: a file of a million bad events must not make a report of a million reasons.
    rejected: rejections.first.map((r) => ({ index: r.index, reasons: word(r.reasons) })),
  };
  if (values.json) console.log(JSON.stringify(report, null, 2));
  else {
    console.log(`${report.file}: ${report.valid} of ${report.total} events valid`);
    for (const r of report.rejected) console.log(`  event ${r.index + 1}: ${r.reasons.join('; ')}`);
    if (report.rejectedCount > report.rejected.length) console.log(`  … and ${report.rejectedCount - report.rejected.length} more`);
  }
  return report.ok ? 0 : 1;
}
