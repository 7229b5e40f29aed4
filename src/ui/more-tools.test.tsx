import { render, screen } from '@testing-library/react';
import { createPortal } from 'react-dom';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MoreTools } from './more-tools';

describe('MoreTools', () => {
  it('shows its tools on a press and hides them on Escape, focus back on the button', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <MoreTools label="More">
        <button type="button">Sheet</button>
      </MoreTools>,
    );
    const more = screen.getByRole('button', { name: 'More' });
    const list = container.querySelector('.more-tools-list')!;
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    expect(list).toHaveAttribute('data-open');

    // From a tool it shows.
    await user.click(screen.getByRole('button', { name: 'Sheet' }));
    await user.keyboard('{Escape}');
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(list).not.toHaveAttribute('data-open');
    expect(more).toHaveFocus();

    // From the button itself.
    await user.click(more);
    await user.keyboard('{Escape}');
    expect(more).toHaveAttribute('aria-expanded', 'false');
  });

  it('leaves Escape to a card a tool opened in a portal', async () => {
    const user = userEvent.setup();
    render(
      <MoreTools label="More">
        {createPortal(<button type="button">Card</button>, document.body)}
      </MoreTools>,
    );
    const more = screen.getByRole('button', { name: 'More' });
    await user.click(more);
    await user.click(screen.getByRole('button', { name: 'Card' }));
    await user.keyboard('{Escape}');
    expect(more).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('button', { name: 'Card' })).toHaveFocus();
  });
});
