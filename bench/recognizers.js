// Microsoft Recognizers-Text for Chinese (number, percentage, currency, datetime models) over a
// sample of a corpus, line by line, in a fresh process. Slow, so the sample is bounded both in
// bytes and in seconds; MB/s is over the bytes actually parsed. Prints one JSON line.
//
//   node bench/recognizers.js DIR [--bytes 1048576] [--seconds 60]

import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { listFiles, numberOption as opt } from './util.js';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const dir = args[0];
const maxBytes = opt('--bytes', 1 << 20);
const maxSeconds = opt('--seconds', 60);

// the suite re-creates its models on every recognizeX() call; build them once, as a user would
const suite = require('@microsoft/recognizers-text-suite');
const fromSuite = (pkg) => require(require.resolve(pkg, { paths: [require.resolve('@microsoft/recognizers-text-suite')] }));
const { NumberRecognizer } = fromSuite('@microsoft/recognizers-text-number');
const { NumberWithUnitRecognizer } = fromSuite('@microsoft/recognizers-text-number-with-unit');
const { DateTimeRecognizer } = fromSuite('@microsoft/recognizers-text-date-time');
const culture = suite.Culture.Chinese;

let t = process.hrtime.bigint();
const models = {
  number: new NumberRecognizer(culture).getNumberModel(),
  percentage: new NumberRecognizer(culture).getPercentageModel(),
  currency: new NumberWithUnitRecognizer(culture).getCurrencyModel(),
  datetime: new DateTimeRecognizer(culture).getDateTimeModel(),
};
const initSeconds = Number(process.hrtime.bigint() - t) / 1e9;
const perModel = Object.fromEntries(Object.keys(models).map((k) => [k, 0]));

let bytes = 0;
let results = 0;
let seconds = 0;
outer: for (const f of listFiles(dir)) {
  // sentence by sentence (paragraph-long inputs make the currency model far slower still)
  for (const line of readFileSync(f, 'utf8').match(/[^\n。！？；]+[。！？；]*\n?/g) ?? []) {
    if (!line.trim()) continue;
    for (const [name, model] of Object.entries(models)) {
      const t0 = process.hrtime.bigint();
      results += model.parse(line).length;
      const dt = Number(process.hrtime.bigint() - t0) / 1e9;
      perModel[name] += dt;
      seconds += dt;
    }
    bytes += Buffer.byteLength(line);
    if (bytes >= maxBytes || seconds >= maxSeconds) break outer;
  }
}
process.stdout.write(JSON.stringify({ bytes, results, seconds, initSeconds, perModelSeconds: perModel }) + '\n');
