import { readFileSync } from 'node:fs';
import { lessonFileText } from '@/domain/lesson-file';
import { LessonDataError } from '@/domain/lesson-schema';
import { en } from '@/i18n/en-messages';
import { format } from '@/i18n/messages';
import type { Translate } from '@/i18n/ui-language';
import { makeLesson } from '@/testing/lesson-fixture';
import { GlossaryError } from './glossary-file';
import { DraftFileError, makeDraft } from './lesson-draft';
import { problemMessage } from './problem-message';
import { fixture, provideVttCue, utf8 } from './subtitle-fixtures';

beforeAll(provideVttCue);

const t = ((key: keyof typeof en, values?: Record<string, string | number>) =>
  format(en[key], values)) as Translate;
const glossary = (text: string) => ({ name: 'terms.csv', bytes: utf8(text) });

const POST = readFileSync('data/sources/digital-china-12.txt', 'utf8');

describe('the draft of Add a lesson', () => {
  it('makes the lesson from a post of the series through the importer, its footnotes as glossary', async () => {
    const draft = await makeDraft({ subtitles: [], post: POST, title: 'Lesson 12 at home' });
    expect(draft.lesson).toMatchObject({ id: 'lesson-12-at-home', duration: 553 });
    expect(draft.lesson.title).toMatchObject({ en: 'Lesson 12 at home' });
    expect(draft.passages).toBe(20);
    expect(draft.terms).toBe(7);
    expect(draft.lesson.terms.every((term) => term.footnote !== null)).toBe(true);
    const untitled = await makeDraft({ subtitles: [], post: POST, title: '' });
    expect(untitled.lesson.title.en).toMatch(/^Build an Open and Win-Win Pattern/);
  });

  it('says which line of a post is wrong', async () => {
    const broken = POST.replace(/^Length: .*$/m, 'Length: soon');
    const error = await makeDraft({ subtitles: [], post: broken, title: '' }).catch((e) => e);
    expect(problemMessage(error, t)).toMatch(/^Series post text, line \d+: Length must be MM:SS$/);
  });

  it('makes the lesson from subtitles with the glossary’s terms and the video’s length', async () => {
    const draft = await makeDraft({
      subtitles: [fixture('bilingual-lines.srt')],
      title: 'Data lecture',
      glossary: glossary('数字经济,digital economy,An economy built on data.\n'),
      duration: 553,
    });
    expect(draft.lesson.id).toBe('data-lecture');
    expect(draft.lesson.duration).toBe(553);
    expect(draft.lesson.terms[0]).toMatchObject({ zh: '数字经济', en: 'digital economy' });
    expect(draft).toMatchObject({ layout: 'bilingual-lines', terms: 1 });
    expect(draft.first).toEqual({ zh: '各位同学，大家好。', en: 'Hello, everyone.' });
  });

  it('reads the subtitles with the layout the user chose over the detected one', async () => {
    const files = [fixture('lecture.zh.srt'), fixture('lecture.en.vtt')];
    expect((await makeDraft({ subtitles: files, title: '' })).layout).toBe('two-files');
    await expect(
      makeDraft({ subtitles: files, title: '', layout: 'bilingual-lines' }),
    ).rejects.toThrow(/takes one file, not 2/);
  });

  it('takes a lesson file instead of subtitles, with a video address given here', async () => {
    const lessonFile = { name: 'shared.json', bytes: utf8(lessonFileText(makeLesson())) };
    const draft = await makeDraft({
      subtitles: [],
      lessonFile,
      title: '',
      videoSrc: 'https://example.org/v.mp4',
    });
    expect(draft.lesson.sources).toEqual([{ src: 'https://example.org/v.mp4', type: 'video/mp4' }]);
    expect(draft.passages).toBe(3);
    expect(draft.layout).toBeUndefined();
  });

  it('words each refusal for the form, naming the file', async () => {
    const notLesson = { name: 'notes.json', bytes: utf8('{"notes": []}') };
    const refusal = await makeDraft({ subtitles: [], lessonFile: notLesson, title: '' }).catch(
      (e: unknown) => e,
    );
    expect(refusal).toBeInstanceOf(DraftFileError);
    expect(problemMessage(refusal, t)).toBe('notes.json is not a Tandem lesson file.');
    const badGlossary = await makeDraft({
      subtitles: [fixture('bilingual-lines.srt')],
      title: '',
      glossary: glossary('数字经济\n'),
    }).catch((e: unknown) => e);
    expect(badGlossary).toEqual(new GlossaryError('terms.csv', 1));
    expect(problemMessage(badGlossary, t)).toBe(
      'terms.csv, line 1: each row needs a Chinese term and an English term.',
    );
    const broken = {
      name: 'b.json',
      bytes: utf8(JSON.stringify({ format: 'tandem-lesson', version: 1, lesson: {} })),
    };
    const invalid = await makeDraft({ subtitles: [], lessonFile: broken, title: '' }).catch(
      (e: unknown) => e,
    );
    expect((invalid as DraftFileError).error).toBeInstanceOf(LessonDataError);
    expect(problemMessage(invalid, t)).toMatch(/^The lesson in b\.json has problems: id: /);
  });
});
