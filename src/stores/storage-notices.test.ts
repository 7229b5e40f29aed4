import * as z from 'zod/mini';
import { setUiLanguage } from '@/i18n/ui-language';
import { defineSetting } from '@/lib/storage/define-setting';
import { useNoticeStore } from './notice-store';
import { showStorageProblems } from './storage-notices';

let stop = () => {};
afterEach(() => stop());

const setting = defineSetting({
  name: 'notice-test',
  version: 1,
  schema: z.boolean(),
  fallback: true,
});

describe('storage notices', () => {
  it('tells the reader once that a setting could not be read, and where it was kept', () => {
    localStorage.setItem(setting.key, 'yes please');
    expect(setting.read()).toBe(true); // read while modules load, before the app listens
    stop = showStorageProblems();
    const notice = useNoticeStore.getState().notice;
    expect(notice).toMatchObject({ tone: 'warning' });
    expect(notice?.text).toMatch(
      /^Saved settings could not be read, so the defaults are used; the unreadable data was kept aside \(tandem:v1:notice-test:backup:.+\)\.$/,
    );
    setting.load();
    expect(useNoticeStore.getState().notice).toBe(notice);
  });

  it('says that storage is full in the interface’s language', () => {
    setUiLanguage('zh');
    stop = showStorageProblems();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    setting.write(false);
    expect(useNoticeStore.getState().notice?.text).toBe(
      '存储空间已满：你的选择在本次访问中有效，但没有保存。',
    );
    expect(setting.read()).toBe(false);
  });
});
