import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  attachPlayer,
  PASSAGE_SEEK_INSET as SEEK_INSET,
  setPassageStarts,
  usePlaybackStore,
} from '@/stores/playback-store';
import { createFakePlayer } from '@/testing/fake-player';
import { makeLesson } from '@/testing/lesson-fixture';
import { TranscriptPanel } from './transcript-panel';

function setup() {
  const lesson = makeLesson();
  const player = createFakePlayer();
  attachPlayer(player.commands);
  setPassageStarts(lesson.passages.map((p) => p.start));
  render(<TranscriptPanel passages={lesson.passages} />);
  const items = () =>
    within(screen.getByRole('region', { name: 'Transcript' })).getAllByRole('listitem');
  const current = () => items().filter((li) => li.getAttribute('aria-current') === 'true');
  return { player, items, current };
}

describe('TranscriptPanel', () => {
  it('shows every passage with its time and both languages, tagged by language', () => {
    const { items } = setup();
    expect(items()).toHaveLength(3);
    const second = items()[1]!;
    expect(within(second).getByRole('button', { name: 'Play from 00:57' })).toBeVisible();
    expect(within(second).getByText('Data shows growth.')).toHaveAttribute('lang', 'en');
    expect(within(second).getByText('数据显示增长。')).toHaveAttribute('lang', 'zh-Hans');
  });

  it('marks no passage in the intro and exactly the playing one after', () => {
    const { player, current, items } = setup();
    act(() => player.advanceTo(10));
    expect(current()).toHaveLength(0);
    act(() => player.advanceTo(60));
    expect(current()).toEqual([items()[1]]);
    act(() => player.advanceTo(79));
    expect(current()).toEqual([items()[2]]);
  });

  it('renders no passage text again when the playing passage changes', () => {
    const lesson = makeLesson();
    const player = createFakePlayer();
    attachPlayer(player.commands);
    setPassageStarts(lesson.passages.map((p) => p.start));
    const renderText = vi.fn((_index: number, _language: string, text: string) => text);
    render(<TranscriptPanel passages={lesson.passages} renderText={renderText} />);
    const first = renderText.mock.calls.length;
    expect(first).toBe(lesson.passages.length * 2);
    act(() => player.advanceTo(60));
    act(() => player.advanceTo(79));
    expect(screen.getByText('Countries are connected.').closest('li')).toHaveAttribute(
      'aria-current',
      'true',
    );
    expect(renderText).toHaveBeenCalledTimes(first);
  });

  it('seeks inside the passage and plays when its time button is pressed', async () => {
    const { player, current, items } = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Play from 00:57' }));
    expect(player.calls).toEqual([`seek ${57 + SEEK_INSET}`, 'play']);
    expect(current()).toEqual([items()[1]]);
  });

  it('seeks when the passage text is clicked, but not when text is being selected', async () => {
    const { player } = setup();
    await userEvent.click(screen.getByText('Countries are connected.'));
    expect(player.calls).toEqual([`seek ${79 + SEEK_INSET}`, 'play']);
    const text = screen.getByText('Data shows growth.');
    const range = document.createRange();
    range.selectNodeContents(text);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    fireEvent.click(text);
    expect(player.calls).toHaveLength(2);
    window.getSelection()!.removeAllRanges();
  });

  it('switches languages with pressed state, for the transcript', async () => {
    setup();
    const group = screen.getByRole('group', { name: 'Transcript language' });
    const english = within(group).getByRole('button', { name: 'English' });
    await userEvent.click(english);
    expect(english).toHaveAttribute('aria-pressed', 'true');
    expect(within(group).getByRole('button', { name: 'Both' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(screen.queryByText('数据显示增长。')).toBeNull();
    await userEvent.click(within(group).getByRole('button', { name: '中文' }));
    expect(screen.queryByText('Data shows growth.')).toBeNull();
    expect(usePlaybackStore.getState().language).toBe('zh');
  });

  it('pauses following when the reader scrolls and resumes from the button', async () => {
    const { player } = setup();
    expect(screen.queryByRole('button', { name: 'Back to current passage' })).toBeNull();
    // Before the first passage (0:00) there is nothing to go back to.
    fireEvent.wheel(screen.getByRole('list'));
    expect(screen.queryByRole('button', { name: 'Back to current passage' })).toBeNull();
    act(() => player.advanceTo(60));
    fireEvent.wheel(screen.getByRole('list'));
    const back = await screen.findByRole('button', { name: 'Back to current passage' });
    expect(usePlaybackStore.getState().follow).toBe(false);
    await userEvent.click(back);
    expect(usePlaybackStore.getState().follow).toBe(true);
    expect(screen.queryByRole('button', { name: 'Back to current passage' })).toBeNull();
  });

  it('pauses following when focus moves into the passages', () => {
    setup();
    act(() => screen.getByRole('button', { name: 'Play from 00:25' }).focus());
    expect(usePlaybackStore.getState().follow).toBe(false);
  });
});

describe('TranscriptPanel with a language missing', () => {
  it('shows the language there is, and the switch says which one is missing', async () => {
    const lesson = makeLesson();
    const passages = lesson.passages.map((p) => ({ ...p, en: '' }));
    usePlaybackStore.setState({ language: 'en' });
    render(<TranscriptPanel passages={passages} missingLanguage="en" />);
    expect(screen.getByText('数据显示增长。')).toBeVisible();
    const english = screen.getByRole('button', { name: 'English' });
    expect(english).toHaveAttribute('aria-disabled', 'true');
    expect(english).toHaveAccessibleDescription(/This lesson has no English text/);
    await userEvent.click(english);
    expect(screen.getByRole('button', { name: '中文' })).toHaveAttribute('aria-pressed', 'true');
    // The reader's choice stays as it was for other lessons.
    expect(usePlaybackStore.getState().language).toBe('en');
  });
});

describe('TranscriptPanel rows', () => {
  it('tells assistive technology where each passage stands in the lesson', () => {
    const { items } = setup();
    expect(items().map((li) => li.getAttribute('aria-posinset'))).toEqual(['1', '2', '3']);
    expect(items().every((li) => li.getAttribute('aria-setsize') === '3')).toBe(true);
  });

  it('puts every row of a long lesson in the document while printing, and only some after', () => {
    const passages = Array.from({ length: 400 }, (_, i) => ({
      id: `p${i}`,
      start: i * 3,
      end: i * 3 + 3,
      en: `Passage ${i + 1}.`,
      zh: `第${i + 1}段。`,
    }));
    render(<TranscriptPanel passages={passages} />);
    const rows = () => document.querySelectorAll('li.passage').length;
    // jsdom lays nothing out, so the list sees no view and renders no row until printing.
    const before = rows();
    expect(before).toBeLessThan(400);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(rows()).toBe(400);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(rows()).toBe(before);
  });
});
