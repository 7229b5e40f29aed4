import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { forgetPageMemory } from './page-memory';

// Every store the app makes is recorded, so that each test starts from fresh stores.
vi.mock('zustand', async (importOriginal) => {
  const zustand = await importOriginal<typeof import('zustand')>();
  const { resettableCreate } = await import('./resettable-stores');
  return { ...zustand, create: resettableCreate(zustand.create) };
});

afterEach(() => {
  cleanup();
  forgetPageMemory();
  localStorage.clear();
});
