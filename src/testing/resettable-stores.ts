/**
 * Every zustand store of the app goes back to its first state after each test, as on a fresh
 * page, the way bulletproof-react's zustand mock does it: the test setup gives the app this
 * `create`, which remembers each store's initial state as the store is made.
 */
import type * as zustand from 'zustand';

type Create = typeof zustand.create;

const resets = new Set<() => void>();

/** zustand's `create`, recording how to put each store it makes back to its initial state. */
export function resettableCreate(create: Create): Create {
  const createStore = <T>(initializer: zustand.StateCreator<T, [], []>) => {
    const store = create<T>()(initializer);
    const initial = store.getInitialState();
    resets.add(() => store.setState(initial, true));
    return store;
  };
  // Both forms: create(initializer) and the curried create<T>()(initializer).
  return (<T>(initializer?: zustand.StateCreator<T, [], []>) =>
    initializer ? createStore(initializer) : createStore) as Create;
}

/** Puts every store made so far back to its initial state. */
export function resetAllStores() {
  resets.forEach((reset) => reset());
}
