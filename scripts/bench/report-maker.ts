/** The BENCHMARKS.md section for "Add a lesson" with a 70-minute lecture. */
import type { MakerResult } from './maker';
import { ms, table, verdict } from './markdown';
import type { Summary } from './stats';

const TARGET_MS = 2000;

const row = (label: string, s: Summary) => [label, s.n, ms(s.p50, 0), ms(s.max, 0)];

export function makerSection(maker: MakerResult) {
  const { node, chromium } = maker;
  return [
    '## 7. Adding a 70-minute lecture',
    '',
    `Measured on ${maker.date}, load average ${maker.loadBefore} (1 min, 2 cores) just before, by \`npm run bench -- --only maker\` (scripts/bench/maker.ts). The lecture is made by scripts/bench/lecture.ts: two files, ${maker.cues.toLocaleString('en')} Chinese cues (SRT) and ${maker.cues.toLocaleString('en')} English ones (WebVTT) cut at other times over 70 minutes, from Lesson 12's sentences; it becomes ${maker.passages} passages, ${(maker.lessonJsonBytes / 1000).toFixed(0)} kB of lesson JSON. In Chromium, each add in a fresh context after one warm-up: "files → preview" from choosing the files to the preview's counts shown (decoding, parsing, pairing and grouping run then, before any press); "Create lesson → transcript" from the press (timed in the page) to the first transcript row in the document: the lesson saved to IndexedDB, the route changed, the lesson read back and its first rows rendered. The captions are built after that, one track per task (src/features/lesson/device-lesson.ts), so they are timed apart, in Node (the same V8).`,
    '',
    table(
      ['Measure', 'Runs', 'p50 (ms)', 'max (ms)'],
      [
        row('Chromium: files chosen → preview shown', chromium.preview),
        row('Chromium: Create lesson → transcript shown', chromium.create),
        row('Node: decode and parse both files', node.parse),
        row('Node: subtitlesToLesson (parse, layout, pairing, grouping, schema)', node.toLesson),
        row('Node: captions build, 中文 (after the transcript shows)', node.captions.zh),
        row('Node: captions build, English', node.captions.en),
        row('Node: captions build, both', node.captions.both),
      ],
      ['left', 'right', 'right', 'right'],
    ),
    '',
    table(
      ['Target', 'Measured (p50)', 'Target', 'Verdict'],
      [
        [
          'Create lesson → transcript shown',
          `${ms(chromium.create.p50, 0)} ms`,
          `< ${TARGET_MS} ms`,
          verdict(chromium.create.p50 < TARGET_MS),
        ],
        [
          'files chosen → preview, and Create → transcript, together',
          `${ms(chromium.preview.p50 + chromium.create.p50, 0)} ms`,
          `< ${TARGET_MS} ms`,
          verdict(chromium.preview.p50 + chromium.create.p50 < TARGET_MS),
        ],
      ],
      ['left', 'right', 'left', 'left'],
    ),
  ].join('\n');
}
