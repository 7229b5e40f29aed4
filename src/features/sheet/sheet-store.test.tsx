import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AddToSheetButton } from './add-to-sheet-button';
import { forgetPageMemory } from '@/testing/page-memory';
import { getSheetPassages, toggleSheetPassage, useSheetPassages } from './sheet-store';

const LESSON = 'digital-china-12';
const KEY = 'tandem:v1:sheet:digital-china-12';

/** A reload: memory forgets, storage remains. */
const reload = forgetPageMemory;

const inSheet = (lessonId: string, passageId: string) =>
  getSheetPassages(lessonId).includes(passageId);

describe('sheet store', () => {
  it('toggles a passage in and out, per lesson', () => {
    toggleSheetPassage(LESSON, 'p07');
    toggleSheetPassage(LESSON, 'p03');
    expect(inSheet(LESSON, 'p07')).toBe(true);
    expect(inSheet('other-lesson', 'p07')).toBe(false);
    toggleSheetPassage(LESSON, 'p07');
    expect(inSheet(LESSON, 'p07')).toBe(false);
    expect(inSheet(LESSON, 'p03')).toBe(true);
  });

  it('persists each lesson under its own key and reads it back after a reload', () => {
    toggleSheetPassage(LESSON, 'p16');
    toggleSheetPassage(LESSON, 'p07');
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual(['p16', 'p07']);
    reload();
    const { result } = renderHook(() => useSheetPassages(LESSON));
    expect(result.current).toEqual(['p16', 'p07']);
  });

  it('removes the key when the last passage leaves the sheet', () => {
    toggleSheetPassage(LESSON, 'p01');
    toggleSheetPassage(LESSON, 'p01');
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it.each([
    ['not JSON', '{oops'],
    ['the wrong shape', '{"passages":["p01"]}'],
    ['wrong item types', '["p01", 2, null]'],
    ['empty ids', '[""]'],
  ])('reads storage holding %s as an empty sheet, and recovers on the next toggle', (_, raw) => {
    localStorage.setItem(KEY, raw);
    const { result } = renderHook(() => useSheetPassages(LESSON));
    expect(result.current).toEqual([]);
    act(() => toggleSheetPassage(LESSON, 'p02'));
    expect(result.current).toEqual(['p02']);
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual(['p02']);
  });

  it('still works for the visit when storage is blocked', () => {
    const blocked = vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    try {
      expect(inSheet(LESSON, 'p01')).toBe(false);
      toggleSheetPassage(LESSON, 'p01');
      expect(inSheet(LESSON, 'p01')).toBe(true);
    } finally {
      blocked.mockRestore(); // the shared setup clears storage after each test
    }
  });

  it('keeps the choice an earlier release stored under its old key', () => {
    localStorage.setItem('tandem:sheet:v1:digital-china-12', '["p04","p02"]');
    expect(getSheetPassages(LESSON)).toEqual(['p04', 'p02']);
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual(['p04', 'p02']);
    expect(localStorage.getItem('tandem:sheet:v1:digital-china-12')).toBeNull();
  });

  it('shows the choice made in another tab', () => {
    const { result } = renderHook(() => useSheetPassages(LESSON));
    act(() => toggleSheetPassage(LESSON, 'p01'));
    localStorage.setItem(KEY, '["p01","p09"]');
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: KEY, storageArea: localStorage }));
    });
    expect(result.current).toEqual(['p01', 'p09']);
  });

  it('drops duplicate ids found in storage', () => {
    localStorage.setItem(KEY, '["p01","p01","p02"]');
    expect(renderHook(() => useSheetPassages(LESSON)).result.current).toEqual(['p01', 'p02']);
  });
});

describe('AddToSheetButton', () => {
  it('is a toggle, "Add to sheet", pressed and reading "On sheet" while the passage is in, named with its time', async () => {
    render(<AddToSheetButton lessonId={LESSON} passage={{ id: 'p05', start: 271 }} />);
    const button = screen.getByRole('button', { name: 'Add to sheet, 04:31' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(button).toHaveTextContent('✓ On sheet');
    expect(button).toHaveAccessibleName('On sheet, 04:31');
    expect(inSheet(LESSON, 'p05')).toBe(true);
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(button).toHaveTextContent('+ Add to sheet');
    expect(inSheet(LESSON, 'p05')).toBe(false);
  });

  it('shows a passage already in the stored sheet as pressed', () => {
    localStorage.setItem(KEY, '["p05"]');
    render(<AddToSheetButton lessonId={LESSON} passage={{ id: 'p05', start: 271 }} />);
    expect(screen.getByRole('button', { name: 'On sheet, 04:31', pressed: true })).toBeVisible();
  });
});
