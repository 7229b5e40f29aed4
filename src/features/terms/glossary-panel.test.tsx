import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import lessonData from '../../../data/lessons/digital-china-12.json';
import { parseLesson } from '@/domain/lesson-schema';
import { attachPlayer, PASSAGE_SEEK_INSET } from '@/stores/playback-store';
import { createFakePlayer } from '@/testing/fake-player';
import GlossaryPanel from './glossary-panel';

const lesson = parseLesson(lessonData);

function entries() {
  const glossary = screen.getByRole('region', { name: 'Glossary' });
  return within(glossary)
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.closest('li')!);
}

describe('GlossaryPanel', () => {
  it('lists footnoted terms first in footnote order, then the key terms', () => {
    render(<GlossaryPanel lesson={lesson} onClose={() => undefined} />);
    const titles = entries().map((li) => within(li).getByRole('heading').textContent);
    expect(titles).toHaveLength(16);
    expect(titles[0]).toMatch(/^digital governance ecosystem 数字治理生态1$/);
    expect(titles[6]).toMatch(/^space for international cooperation/);
    expect(titles[7]).toMatch(/^Digital Silk Road/);
  });

  it('filters by either language, alias or definition', async () => {
    render(<GlossaryPanel lesson={lesson} onClose={() => undefined} />);
    const box = screen.getByRole('searchbox', { name: 'Filter terms' });
    await userEvent.type(box, 'systemically');
    expect(entries()).toHaveLength(1); // the alias "Systemically plan" of systemic planning
    await userEvent.clear(box);
    await userEvent.type(box, '话语权');
    expect(entries()).toHaveLength(1);
    expect(screen.getByText('1 of 16 terms')).toBeInTheDocument();
  });

  it('seeks to the passage of an occurrence', async () => {
    const player = createFakePlayer();
    attachPlayer(player.commands);
    render(<GlossaryPanel lesson={lesson} onClose={() => undefined} />);
    const [first] = entries();
    await userEvent.click(
      within(first!).getByRole('button', { name: 'Go to 00:25, 中文, 2 times' }),
    );
    expect(player.calls).toEqual([`seek ${25 + PASSAGE_SEEK_INSET}`]);
  });
});
