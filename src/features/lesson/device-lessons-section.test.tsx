import 'fake-indexeddb/auto';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { deleteDeviceLesson, listDeviceLessons, saveDeviceLesson } from '@/stores/device-lessons';
import { makeLesson } from '@/testing/lesson-fixture';
import { DeviceLessonsSection } from './device-lessons-section';

function renderSection() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <DeviceLessonsSection />
    </QueryClientProvider>,
  );
}

afterEach(async () => {
  for (const { key } of await listDeviceLessons()) await deleteDeviceLesson(key);
});

describe('On this device', () => {
  it('is not there while the device keeps no lesson', async () => {
    renderSection();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('region', { name: 'On this device' })).toBeNull();
  });

  it('lists a lesson with its size and link, and deletes it only once confirmed', async () => {
    const user = userEvent.setup();
    await saveDeviceLesson(makeLesson({ id: 'my-talk', title: { en: 'My talk', zh: '我的讲座' } }));
    renderSection();
    const region = await screen.findByRole('region', { name: 'On this device' });
    const card = within(region).getByRole('listitem');
    expect(within(card).getByRole('link', { name: 'My talk' })).toHaveAttribute(
      'href',
      '/lessons/my-talk',
    );
    expect(card).toHaveTextContent(/Size \d+ bytes/);
    await user.click(within(card).getByRole('button', { name: 'Delete “My talk”' }));
    expect(card).toHaveTextContent(
      'Delete “My talk” from this device, with its copy of the video?',
    );
    await user.click(within(card).getByRole('button', { name: 'Keep' }));
    expect(await listDeviceLessons()).toHaveLength(1);
    await user.click(within(card).getByRole('button', { name: 'Delete “My talk”' }));
    await user.click(within(card).getByRole('button', { name: 'Delete' }));
    await vi.waitFor(() =>
      expect(screen.queryByRole('region', { name: 'On this device' })).toBeNull(),
    );
    expect(await listDeviceLessons()).toEqual([]);
  });
});
