// When a map or chart has been drawn: a performance mark (bench/explorer-load.ts reads its
// time since navigation) and a data-drawn attribute (the browser tests wait for it).
export function markDrawn(element: HTMLElement, name: string): void {
  element.dataset.drawn = 'true';
  if (performance.getEntriesByName(name).length === 0) performance.mark(name);
}
