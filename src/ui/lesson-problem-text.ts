import type { LessonProblem } from '@/domain/lesson-problems';
import type { Translate } from '@/i18n/ui-language';

/** A field's path as the file spells it (`passages.3.start`), or "the whole file". */
export const problemPath = (problem: LessonProblem, t: Translate) =>
  problem.path.length ? problem.path.map(String).join('.') : t('problem.root');

/** What is wrong at that path, in the interface's language. */
export function problemText(problem: LessonProblem, t: Translate): string {
  switch (problem.kind) {
    case 'type':
      return t('problem.type', { type: t(`problem.type.${problem.expected}`) });
    case 'at-least':
    case 'more-than':
    case 'at-most':
    case 'less-than':
    case 'min-length':
      return t(`problem.${problem.kind}`, { limit: problem.limit });
    case 'min-items':
      return t(problem.limit === 1 ? 'problem.min-itemsOne' : 'problem.min-itemsOther', {
        limit: problem.limit,
      });
    case 'one-of':
      return t('problem.one-of', { values: problem.values });
    case 'unknown-fields':
      return t('problem.unknown-fields', { fields: problem.fields });
    case 'duplicate-id':
      return t('problem.duplicate-id', { id: problem.id });
    default:
      return t(`problem.${problem.kind}`);
  }
}
