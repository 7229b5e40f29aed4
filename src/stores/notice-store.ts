/**
 * Short page-level notices ("Link copied", "The link's time could not be read"): one at a time,
 * shown in the page's status area and dismissed after a while.
 */
import { create } from 'zustand';

export interface Notice {
  id: number;
  text: string;
  tone: 'info' | 'warning';
}

export const useNoticeStore = create<{ notice: Notice | null }>()(() => ({ notice: null }));

const SHOW_MS = 6000;
let nextId = 1;
let timer: ReturnType<typeof setTimeout> | undefined;

export function showNotice(text: string, tone: Notice['tone'] = 'info') {
  clearTimeout(timer);
  const notice = { id: nextId++, text, tone };
  useNoticeStore.setState({ notice });
  timer = setTimeout(() => dismissNotice(notice.id), SHOW_MS);
}

export function dismissNotice(id?: number) {
  const current = useNoticeStore.getState().notice;
  if (current && (id === undefined || current.id === id)) useNoticeStore.setState({ notice: null });
}
