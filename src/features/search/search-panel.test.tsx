import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import lessonData from '../../../data/lessons/digital-china-12.json';
import { parseLesson } from '@/domain/lesson-schema';
import { attachPlayer, PASSAGE_SEEK_INSET } from '@/stores/playback-store';
import { createFakePlayer } from '@/testing/fake-player';
import { MAX_LISTED_RESULTS, TranscriptSearch } from './search-panel';

const { passages } = parseLesson(lessonData);
const seek = (start: number) => `seek ${start + PASSAGE_SEEK_INSET}`;

function setup() {
  const player = createFakePlayer();
  attachPlayer(player.commands);
  render(<TranscriptSearch passages={passages} />);
  const landmark = screen.getByRole('search', { name: 'Transcript' });
  const box = within(landmark).getByRole('searchbox', { name: 'Search transcript' });
  return { player, box, status: () => within(landmark).getByRole('status') };
}

const results = () =>
  within(screen.getByRole('list', { name: 'Search results' })).queryAllByRole('button');

describe('TranscriptSearch', () => {
  it('lists each hit with its time, language and the match marked, without seeking', async () => {
    const { player, box, status } = setup();
    await userEvent.type(box, '丝路电商');
    expect(status()).toHaveTextContent('3 results');
    const buttons = results();
    expect(buttons.map((b) => b.textContent!.slice(0, 5))).toEqual(['04:03', '06:02', '06:21']);
    expect(buttons[1]).toHaveTextContent(
      /^06:02 中文中 …边电子商务合作机制,拓展 “丝路电商” 伙伴关系。支持平台企业积…$/,
    );
    expect(buttons[1]).toHaveAccessibleName(/^06:02 中文 …/);
    expect(within(buttons[0]!).getByText('丝路电商').tagName).toBe('MARK');
    expect(player.calls).toEqual([]);
  });

  it('steps with Enter and Shift+Enter, wrapping, without moving the video', async () => {
    const { player, box, status } = setup();
    await userEvent.type(box, '丝路电商{Enter}');
    expect(status()).toHaveTextContent('1 of 3');
    expect(results()[0]).toHaveAttribute('aria-current', 'true');
    await userEvent.type(box, '{Enter}{Enter}{Enter}');
    expect(status()).toHaveTextContent('1 of 3');
    await userEvent.type(box, '{Shift>}{Enter}{/Shift}');
    expect(status()).toHaveTextContent('3 of 3');
    expect(player.calls).toEqual([]);
    expect(box).toHaveFocus();
  });

  it('moves through the hits with Next result, the video staying where it is', async () => {
    const { player, box, status } = setup();
    await userEvent.type(box, '数字丝绸之路');
    const next = screen.getByRole('button', { name: 'Next result' });
    for (let i = 0; i < 3; i++) await userEvent.click(next);
    expect(status()).toHaveTextContent('3 of 5');
    expect(player.calls).toEqual([]);
  });

  it('starts from the last hit when going back with none current', async () => {
    const { box, status } = setup();
    await userEvent.type(box, 'win-win');
    await userEvent.click(screen.getByRole('button', { name: 'Previous result' }));
    expect(status()).toHaveTextContent('4 of 4');
  });

  it('seeks to a chosen result even in the current passage', async () => {
    const { player, box, status } = setup();
    await userEvent.type(box, 'xi jinping{Enter}');
    await userEvent.click(results()[0]!);
    await userEvent.click(results()[1]!);
    expect(status()).toHaveTextContent('2 of 2');
    expect(player.calls).toEqual([seek(159), seek(299)]);
  });

  it('says so when nothing matches and disables moving', async () => {
    const { box, status } = setup();
    await userEvent.type(box, 'blockchain');
    expect(status()).toHaveTextContent('No results');
    expect(results()).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Next result' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Previous result' })).toBeDisabled();
  });

  it('ignores the Enter that confirms an IME composition', async () => {
    const { box, status } = setup();
    await userEvent.type(box, '合作');
    fireEvent.keyDown(box, { key: 'Enter', isComposing: true });
    expect(status()).toHaveTextContent('36 results');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(status()).toHaveTextContent('1 of 36');
  });

  it('lists at most MAX_LISTED_RESULTS and says how many more there are', async () => {
    const { box, status } = setup();
    await userEvent.type(box, 'the');
    const total = Number(/^(\d+) results$/.exec(status().textContent!)![1]);
    expect(total).toBeGreaterThan(MAX_LISTED_RESULTS);
    expect(results()).toHaveLength(MAX_LISTED_RESULTS);
    expect(
      screen.getByText(new RegExp(`first ${MAX_LISTED_RESULTS} of ${total} results`)),
    ).toBeVisible();
  });

  it('clears the count and the list with the query', async () => {
    const { box, status } = setup();
    await userEvent.type(box, 'G20');
    expect(status()).toHaveTextContent('6 results');
    await userEvent.clear(box);
    expect(status()).toHaveTextContent('');
    expect(results()).toHaveLength(0);
  });
});
