import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import data from '../data/lessons/digital-china-12.json';
import { buildCaptionCues } from '@/domain/captions';
import { parseLesson } from '@/domain/lesson-schema';
import { captionProblems, readWebVtt } from '@/testing/caption-check';
import { cuesToWebVtt } from '@/utils/webvtt';

/** The caption files the player loads, as committed: public/captions/<id>.<language>.vtt. */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const lesson = parseLesson(data);
const files = (['en', 'zh', 'both'] as const).map((language) => {
  const path = join(ROOT, `public/captions/${lesson.id}.${language}.vtt`);
  return { language, text: readFileSync(path, 'utf8') };
});

describe.each(files)('public/captions/digital-china-12.$language.vtt', ({ language, text }) => {
  const { errors, cues } = readWebVtt(text);

  it('passes the W3C WebVTT validator with no errors', () => {
    expect(cues.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('meets the caption limits in every cue', () => {
    expect(captionProblems(cues, language, lesson.terms)).toEqual([]);
  });

  it('covers the lesson from its first passage to its end, cue after cue', () => {
    expect(cues[0]!.start).toBe(lesson.passages[0]!.start);
    expect(cues.at(-1)!.end).toBe(lesson.duration);
    cues.slice(1).forEach((cue, i) => expect(cue.start).toBe(cues[i]!.end));
  });

  it('is what the importer writes today (run npm run import-lesson after changing captions)', () => {
    expect(text).toBe(cuesToWebVtt(buildCaptionCues(lesson, language)));
  });
});
