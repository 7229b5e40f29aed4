import { render, screen } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { type Lesson, LessonDataError } from '@/domain/lesson-schema';
import { makeNumberedLesson } from '@/testing/numbered-lesson-fixture';
import { parseLessonText, useWholeLessonCheck } from './lesson-check';

class Boundary extends Component<{ children: ReactNode }, { error: unknown }> {
  state = { error: null as unknown };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <p role="alert">{error instanceof LessonDataError ? error.problems.join('; ') : 'other'}</p>
    );
  }
}

function Page({ lesson }: { lesson: Lesson }) {
  useWholeLessonCheck(lesson);
  return <p>{`${lesson.passages.length} passages`}</p>;
}

describe('parseLessonText', () => {
  it('checks a lesson of up to 1,000 passages whole before it is shown', () => {
    const data = makeNumberedLesson(1000);
    data.passages[900]!.start = 3;
    expect(() => parseLessonText(JSON.stringify(data))).toThrow(
      /passages\.900\.start: must be later than the previous passage start/,
    );
    expect(() => parseLessonText('not json')).toThrow(LessonDataError);
  });

  it('shows a longer lesson at once, then names a problem the whole check finds after it', async () => {
    // jsdom has no Worker: the check runs on the page's thread, after the first render.
    const data = makeNumberedLesson(1200);
    data.passages[1100]!.en = '';
    const lesson = parseLessonText(JSON.stringify(data));
    expect(lesson.passages).toHaveLength(1200);
    render(
      <Boundary>
        <Page lesson={lesson} />
      </Boundary>,
    );
    expect(screen.getByText('1200 passages')).toBeInTheDocument();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'passages.1100.en: must not be empty',
    );
    expect(screen.queryByText('1200 passages')).not.toBeInTheDocument();
  });

  it('keeps showing a longer lesson the whole check finds nothing in', async () => {
    const lesson = parseLessonText(JSON.stringify(makeNumberedLesson(1200)));
    render(
      <Boundary>
        <Page lesson={lesson} />
      </Boundary>,
    );
    // The check has run once a task queued after it has.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByText('1200 passages')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
