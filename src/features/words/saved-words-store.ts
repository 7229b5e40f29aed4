/**
 * Saved words in memory, in the order they were saved; read from storage when the word card
 * or the Words panel first loads, written on every change, and updated when another tab
 * saves. A refused write keeps the words here; the storage module tells the reader why.
 */
import { create } from 'zustand';
import { type SavedWord, savedWordsSetting } from './saved-words-storage';

export const useSavedWords = create<{ words: readonly SavedWord[] }>()(() => ({
  words: savedWordsSetting.read().words,
}));

savedWordsSetting.subscribe(({ value }) => useSavedWords.setState({ words: value.words }));

function setWords(words: readonly SavedWord[]) {
  useSavedWords.setState({ words });
  savedWordsSetting.write({ words: [...words] });
}

/** Saves a word, or saves it again from a new sentence (it moves to the end). */
export function saveWord(word: SavedWord) {
  setWords([...useSavedWords.getState().words.filter((w) => w.id !== word.id), word]);
}

export function deleteSavedWord(id: string) {
  setWords(useSavedWords.getState().words.filter((w) => w.id !== id));
}
