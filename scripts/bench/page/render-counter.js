/**
 * A stand-in for React DevTools' global hook, installed with page.addInitScript before the app
 * loads. React calls hook.inject(renderer) and hook.onCommitFiberRoot(id, root) in production
 * builds too, so this sees every commit. While `window.__renderCounter.enabled` is true it walks
 * each committed tree and counts the components that rendered in that commit, the way DevTools'
 * didFiberRender decides it: a component fiber with no alternate was mounted; one with an
 * alternate rendered if it carries the PerformedWork flag. Subtrees whose child list was not
 * replaced in this commit were not visited by React and are skipped (their flags are stale).
 * A "passage row" is a component whose own host child is the <li class="passage">.
 *
 * Plain JavaScript on purpose (see probes.js).
 */
(() => {
  const PERFORMED_WORK = 1;
  const HOST_COMPONENT = 5;
  // FunctionComponent, ClassComponent, ForwardRef, MemoComponent, SimpleMemoComponent.
  const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);
  const counter = { enabled: false, commits: [] };

  const isPassageRow = (fiber) => {
    const child = fiber.child;
    return (
      child !== null &&
      child.tag === HOST_COMPONENT &&
      child.stateNode?.tagName === 'LI' &&
      child.stateNode.classList.contains('passage')
    );
  };

  /** Names a component by the first element it renders, e.g. "section.transcript". */
  function label(fiber) {
    let node = fiber.child;
    while (node && node.tag !== HOST_COMPONENT) node = node.child;
    const element = node?.stateNode;
    if (!element?.tagName) return fiber.type?.displayName ?? fiber.type?.name ?? '(no element)';
    const first = typeof element.className === 'string' ? element.className.split(' ')[0] : '';
    return element.tagName.toLowerCase() + (first ? `.${first}` : '');
  }

  function countCommit(root) {
    const commit = { rows: 0, rowsMounted: 0, insideRows: 0, others: 0, visited: 0, labels: {} };
    // [first fiber of a sibling list, whether that list lies inside a passage row]
    const stack = [[root.current, false]];
    while (stack.length) {
      const [first, inRow] = stack.pop();
      for (let fiber = first; fiber; fiber = fiber.sibling) {
        commit.visited++;
        const mounted = fiber.alternate === null;
        const row = isPassageRow(fiber);
        if (COMPONENT_TAGS.has(fiber.tag) && (mounted || (fiber.flags & PERFORMED_WORK) !== 0)) {
          if (row && mounted) commit.rowsMounted++;
          else if (row) commit.rows++;
          else if (inRow) commit.insideRows++;
          else {
            commit.others++;
            const name = label(fiber);
            commit.labels[name] = (commit.labels[name] ?? 0) + 1;
          }
        }
        if (fiber.child && (mounted || fiber.child !== fiber.alternate.child))
          stack.push([fiber.child, inRow || row]);
      }
    }
    return commit;
  }

  window.__renderCounter = counter;
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject(renderer) {
      this.renderers.set(1, renderer);
      return 1;
    },
    onCommitFiberRoot(_id, root) {
      if (counter.enabled) counter.commits.push(countCommit(root));
    },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    checkDCE() {},
  };
})();
