/**
 * Finds the nodes that lie on a cycle of a directed graph (Tarjan's strongly connected
 * components, iterative so a chain of 100,000 rulings cannot overflow the stack). Used for
 * lineage (REPLACES) and paragraph succession, both of which must stay acyclic.
 */
export function nodesOnCycles(edges: Iterable<readonly [string, string]>): Set<string> {
  const next = new Map<string, string[]>();
  for (const [from, to] of edges) {
    if (!next.has(from)) next.set(from, []);
    next.get(from)!.push(to);
    if (!next.has(to)) next.set(to, []);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const result = new Set<string>();
  let counter = 0;

  for (const root of next.keys()) {
    if (index.has(root)) continue;
    const work: [string, number][] = [[root, 0]];
    while (work.length) {
      const frame = work[work.length - 1];
      const [node, childIndex] = frame;
      if (childIndex === 0) {
        index.set(node, counter);
        low.set(node, counter);
        counter++;
        stack.push(node);
        onStack.add(node);
      }
      const children = next.get(node)!;
      if (childIndex < children.length) {
        frame[1]++;
        const child = children[childIndex];
        if (!index.has(child)) work.push([child, 0]);
        else if (onStack.has(child)) low.set(node, Math.min(low.get(node)!, index.get(child)!));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent)!, low.get(node)!));
      }
      if (low.get(node) === index.get(node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== node);
        const selfLoop = children.includes(node);
        if (component.length > 1 || selfLoop) component.forEach((m) => result.add(m));
      }
    }
  }
  return result;
}
