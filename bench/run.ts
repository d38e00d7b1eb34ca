/**
 * `npm run bench`: prints throughput and Office.js round-trip figures. Benchmarks
 * print numbers; they never assert timings (tests stay deterministic).
 */
import { benchClassify } from './classify';
import { benchExcel } from './excel';
import { benchPipeline } from './pipeline';
import { benchSurvey } from './survey';

async function main(): Promise<void> {
  const sections: [string, () => Promise<string[]>][] = [
    ['Engine', benchClassify],
    ['Office.js shell (recording fake)', benchExcel],
    ['Whole pipeline (synthetic sheets; real plans on the recording fake)', benchPipeline],
    ['Questionnaire responses (parse, measure, RMO Survey sheet)', benchSurvey],
  ];
  for (const [title, run] of sections) {
    console.log(`\n== ${title} ==`);
    for (const line of await run()) console.log(line);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
