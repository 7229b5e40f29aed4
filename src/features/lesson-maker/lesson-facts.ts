/**
 * Everything a Lesson needs beyond its passages, for a lesson made from subtitle files,
 * which name no series, publisher or speaker: the title stands for the series, and the other
 * fields say plainly where the lesson came from, in both languages.
 */
import type { Lesson } from '@/domain/lesson-schema';
import { formatClock } from '@/utils/time';
import type { Language } from './detect-layout';

interface FactsInput {
  files: readonly { name: string }[];
  /** The decoded files, for an id when the title has no Latin letters or digits. */
  texts: readonly string[];
  title?: string;
  id?: string;
  videoSrc?: string;
  published?: string;
  duration: number;
  passages: number;
  missing?: Language;
}

type Facts = Omit<Lesson, 'passages' | 'terms' | 'missingLanguage'>;

// "lecture.zh-CN.srt", "lecture_eng.vtt", "讲座.简体.srt": the tag names the language, not the lesson.
const LANGUAGE_TAG =
  /[ ._-](?:zh|en|chs|cht|chi|zho|eng|sc|tc|zh[-_](?:hans|hant|cn|tw|hk)|en[-_](?:us|gb)|简体|繁体|中文|英文|双语|中英)$/iu;

/** The title a file name suggests: no folders, no extension, no language tag. */
export function titleFromName(name: string): string {
  let stem = name
    .split(/[\\/]/)
    .at(-1)!
    .replace(/\.[^.]*$/, '');
  while (LANGUAGE_TAG.test(stem)) stem = stem.replace(LANGUAGE_TAG, '');
  return stem.replace(/[_.]+/g, ' ').trim();
}

/** FNV-1a, 32 bits: the same subtitles give the same id, so adding them twice is noticed. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

function kebab(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-|-$/g, '');
}

const VIDEO_TYPES: Record<string, string> = {
  webm: 'video/webm',
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  mov: 'video/quicktime',
  ogv: 'video/ogg',
};

function sources(id: string, videoSrc?: string): Lesson['sources'] {
  if (!videoSrc)
    return [
      { src: `/media/${id}.webm`, type: 'video/webm' },
      { src: `/media/${id}.mp4`, type: 'video/mp4' },
    ];
  const extension = /\.([a-z0-9]+)(?:[?#].*)?$/i.exec(videoSrc)?.[1]?.toLowerCase() ?? '';
  return [{ src: videoSrc, type: VIDEO_TYPES[extension] ?? 'video/mp4' }];
}

/** The caption tracks of the languages the lesson has, at the paths the importer writes. */
function captions(id: string, missing?: Language): Lesson['captions'] {
  const track = (language: 'en' | 'zh' | 'both', srclang: string, label: string) => ({
    src: `/captions/${id}.${language}.vtt`,
    language,
    srclang,
    label,
  });
  const tracks = [
    track('en', 'en', 'English'),
    track('zh', 'zh-Hans', '中文'),
    track('both', 'zh-Hans', '中文 + English'),
  ];
  return missing ? tracks.filter((t) => t.language === (missing === 'en' ? 'zh' : 'en')) : tracks;
}

export function lessonFacts(input: FactsInput): Facts {
  const names = input.files.map((f) => f.name.split(/[\\/]/).at(-1)!);
  const title = input.title?.trim() || titleFromName(names[0]!) || 'Lesson';
  const id = input.id ?? (kebab(title) || `lesson-${hash(input.texts.join('\n'))}`);
  const clock = formatClock(input.duration);
  return {
    id,
    series: { title: { en: title, zh: title }, number: 1, total: 1 },
    title: { en: title, zh: title },
    publisher: { en: 'Made from subtitle files', zh: '由字幕文件制作' },
    speaker: { en: 'Not named', zh: '未署名' },
    synopsis: {
      en: `Made from ${names.join(' and ')}: ${input.passages} ${input.passages === 1 ? 'passage' : 'passages'}, ${clock}.`,
      zh: `由 ${names.join(' 和 ')} 制作：${input.passages} 段，${clock}。`,
    },
    published: input.published ?? new Date().toISOString().slice(0, 10),
    duration: input.duration,
    sources: sources(id, input.videoSrc),
    captions: captions(id, input.missing),
  };
}
