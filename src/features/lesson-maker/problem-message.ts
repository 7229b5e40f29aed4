/**
 * Every refusal of the "Add a lesson" form as one sentence in the interface's language. A
 * subtitle file's reason is the lesson maker's English in the English interface, as the CLI
 * prints it; other languages word it by its problem code, with the cue and line it names.
 */
import { ImportError, type ImportValues } from '@/domain/import-error';
import { LessonFileError } from '@/domain/lesson-file';
import { LessonDataError } from '@/domain/lesson-schema';
import { type Translate, useUiLanguage } from '@/i18n/ui-language';
import { DeviceStorageError } from '@/lib/storage/device-space';
import { LessonExistsError } from '@/stores/device-lessons';
import { problemPath, problemText } from '@/ui/lesson-problem-text';
import { formatBytes } from '@/utils/bytes';
import { GlossaryError } from './glossary-file';
import { DraftFileError } from './lesson-draft';
import { VideoUnplayableError } from './probe-video';
import { describePlace, SubtitleError } from './subtitle-error';

/** The library already has a bundled lesson with this id. */
export class BundledIdError extends Error {
  constructor(readonly lessonId: string) {
    super(`A bundled lesson has the id "${lessonId}"`);
    this.name = 'BundledIdError';
  }
}

function fileProblem(file: string, error: unknown, t: Translate): string {
  if (error instanceof LessonFileError) {
    if (error.problem === 'not-json') return t('maker.notJson', { file });
    if (error.problem === 'version')
      return t('maker.lessonFileVersion', { file, version: String(error.version) });
    return t('maker.notLessonFile', { file });
  }
  if (error instanceof LessonDataError)
    return t('maker.invalidLesson', { file, problems: lessonProblems(error, t) });
  return problemMessage(error, t);
}

/** The first three problems of a lesson's data, each with its field, in the interface's language. */
const lessonProblems = ({ problems, details }: LessonDataError, t: Translate) =>
  details.length
    ? details
        .slice(0, 3)
        .map((problem) => `${problemPath(problem, t)}: ${problemText(problem, t)}`)
        .join('; ')
    : problems.slice(0, 3).join('; ');

/** A series post's problem: the importer's own English reason in English, else by its code. */
function postProblem({ line, reason, problem, values }: ImportError, t: Translate): string {
  const worded =
    useUiLanguage.getState().language === 'en' || problem === 'extra'
      ? reason
      : // The importer gives each code the values its message names (each checked in
        // problem-message.test.ts, no placeholder left unfilled); the type cannot pair them.
        (t as (key: `maker.post.${typeof problem}`, values: ImportValues) => string)(
          `maker.post.${problem}`,
          values,
        );
  return t('maker.postProblem', { line, reason: worded });
}

function storageProblem(error: DeviceStorageError, t: Translate): string {
  if (error.reason === 'denied') return t('maker.storageDenied');
  if (error.reason === 'failed') return t('maker.storageFailed', { name: error.message });
  const needed = formatBytes(error.needed ?? 0);
  return error.available === undefined
    ? t('maker.quotaUnknown', { needed })
    : t('maker.quota', { needed, available: formatBytes(error.available) });
}

function subtitleProblem({ file, problem, reason, place }: SubtitleError, t: Translate): string {
  // The English reason starts with the place it names ("cue 2 (line 6): …"), said apart here.
  const prefix = place ? `${describePlace(place)}: ` : '';
  const detail = reason.startsWith(prefix) ? reason.slice(prefix.length) : reason;
  // English keeps the lesson maker's own reason, which names the times and sizes it found; the
  // other interface languages word the problem by its code.
  const worded =
    useUiLanguage.getState().language === 'en' ? detail : t(`maker.subtitle.${problem}`);
  return place
    ? t('maker.cueProblem', {
        file,
        place: t('maker.cuePlace', { cue: place.cue, line: place.line }),
        reason: worded,
      })
    : t('maker.fileProblem', { file, reason: worded });
}

export function problemMessage(error: unknown, t: Translate, title = ''): string {
  if (error instanceof SubtitleError) return subtitleProblem(error, t);
  if (error instanceof DraftFileError) return fileProblem(error.file, error.error, t);
  if (error instanceof ImportError) return postProblem(error, t);
  if (error instanceof GlossaryError)
    return t('maker.glossaryLine', { file: error.file, line: error.line });
  if (error instanceof VideoUnplayableError)
    return t('maker.videoUnplayable', { file: error.file });
  if (error instanceof LessonExistsError) return t('maker.exists', { title });
  if (error instanceof BundledIdError) return t('maker.existsBundled', { id: error.lessonId });
  if (error instanceof DeviceStorageError) return storageProblem(error, t);
  if (error instanceof LessonDataError)
    return t('maker.invalidLesson', { file: title, problems: lessonProblems(error, t) });
  const name = error instanceof Error ? error.name : String(error);
  return t('maker.storageFailed', { name });
}
