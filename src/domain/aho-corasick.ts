/**
 * Aho–Corasick automaton over UTF-16 code units: built once from every pattern, it finds all
 * occurrences of all patterns in one left-to-right pass over a text. Patterns are plain
 * strings compared exactly; folding (case, quotes, spaces) is the caller's business. No text
 * ever becomes a RegExp, so lesson text cannot inject pattern syntax.
 */

export interface AhoCorasick {
  /** Calls `onMatch` for every occurrence of every pattern, in order of end offset. */
  scan(text: string, onMatch: (pattern: number, start: number, end: number) => void): void;
}

interface Trie {
  next: Map<number, number>[];
  depth: number[];
  /** Index of the pattern that ends at the node, or -1. */
  pattern: number[];
}

function buildTrie(patterns: readonly string[]): Trie {
  const trie: Trie = { next: [new Map()], depth: [0], pattern: [-1] };
  patterns.forEach((p, index) => {
    let node = 0;
    for (let i = 0; i < p.length; i++) {
      const code = p.charCodeAt(i);
      let child = trie.next[node]!.get(code);
      if (child === undefined) {
        child = trie.next.length;
        trie.next.push(new Map());
        trie.depth.push(trie.depth[node]! + 1);
        trie.pattern.push(-1);
        trie.next[node]!.set(code, child);
      }
      node = child;
    }
    // A repeated pattern keeps its first index, so the earliest owner wins deterministically.
    if (node !== 0 && trie.pattern[node] === -1) trie.pattern[node] = index;
  });
  return trie;
}

/**
 * Failure links (longest proper suffix that is also a trie path) and output links (nearest
 * node along the failure chain that ends a pattern), computed breadth-first.
 */
function linkTrie(trie: Trie): { fail: number[]; output: number[] } {
  const fail = trie.next.map(() => 0);
  const output = trie.next.map(() => -1);
  const queue = [...trie.next[0]!.values()];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const [code, child] of trie.next[node]!) {
      let f = fail[node]!;
      while (f !== 0 && !trie.next[f]!.has(code)) f = fail[f]!;
      const via = trie.next[f]!.get(code) ?? 0;
      fail[child] = via;
      output[child] = trie.pattern[via]! >= 0 ? via : output[via]!;
      queue.push(child);
    }
  }
  return { fail, output };
}

export function createAhoCorasick(patterns: readonly string[]): AhoCorasick {
  const trie = buildTrie(patterns);
  const { fail, output } = linkTrie(trie);
  return {
    scan(text, onMatch) {
      let node = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        while (node !== 0 && !trie.next[node]!.has(code)) node = fail[node]!;
        node = trie.next[node]!.get(code) ?? 0;
        let hit = trie.pattern[node]! >= 0 ? node : output[node]!;
        for (; hit !== -1; hit = output[hit]!) {
          onMatch(trie.pattern[hit]!, i + 1 - trie.depth[hit]!, i + 1);
        }
      }
    },
  };
}
