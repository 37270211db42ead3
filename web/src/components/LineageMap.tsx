import cytoscape from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { graphql } from '../gql';
import type { LineageMapFieldsFragment, RulingStatusKind } from '../gql/graphql';
import { useStrings } from '../i18n/language';
import { markDrawn } from '../lib/drawn';
import { RulingLink, rulingPath } from './RulingLink';

graphql(`
  fragment LineageMapFields on Lineage {
    nodes {
      number
      depth
      direction
      ruling {
        title
        status(asOf: $asOf) {
          status
        }
      }
    }
    edges {
      from
      to
      on
      extent
      consolidationId
      consolidation {
        kind
      }
    }
  }
`);

// Colours with at least 4.5:1 contrast against white text, one per status.
export const STATUS_COLOURS: Record<RulingStatusKind, string> = {
  IN_FORCE: '#1a6b32',
  PARTIALLY_REPEALED: '#8a5300',
  REPEALED: '#a3262a',
  NOT_YET_ISSUED: '#4a5568',
};

const COLUMN_WIDTH = 190;
const ROW_HEIGHT = 80;

/** Older rulings to the left, newer to the right, one column per step; rows by list order. */
function positions(nodes: LineageMapFieldsFragment['nodes']): Map<string, { x: number; y: number }> {
  const rows = new Map<number, number>();
  const result = new Map<string, { x: number; y: number }>();
  for (const node of nodes) {
    const column = node.direction === 'PREDECESSOR' ? -node.depth : node.depth;
    const row = rows.get(column) ?? 0;
    rows.set(column, row + 1);
    result.set(node.number, { x: column * COLUMN_WIDTH, y: row * ROW_HEIGHT });
  }
  // Centre each column vertically.
  for (const node of nodes) {
    const column = node.direction === 'PREDECESSOR' ? -node.depth : node.depth;
    const position = result.get(node.number)!;
    position.y -= (((rows.get(column) ?? 1) - 1) * ROW_HEIGHT) / 2;
  }
  return result;
}

export function edgeLabel(
  edge: LineageMapFieldsFragment['edges'][number],
  strings: ReturnType<typeof useStrings>,
): string {
  const kind = strings[`kind${edge.consolidation.kind}`];
  return `${edge.consolidationId} · ${kind}${edge.extent === 'PARTIAL' ? ` (${strings.extentPARTIAL})` : ''}`;
}

/**
 * The lineage drawn with Cytoscape.js: nodes coloured by status on the date, edges from the
 * newer to the older ruling labelled with consolidation and kind; a click opens that ruling.
 * The canvas is hidden from screen readers: LineageList next to it says the same in text.
 */
export function LineageMap({ lineage, root, asOf }: { lineage: LineageMapFieldsFragment; root: string; asOf: string }) {
  const strings = useStrings();
  const container = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();
  useEffect(() => {
    const element = container.current!;
    delete element.dataset.drawn;
    const place = positions(lineage.nodes);
    const cy = cytoscape({
      container: element,
      elements: [
        ...lineage.nodes.map((node) => ({
          data: {
            id: node.number,
            label: node.number,
            colour: STATUS_COLOURS[node.ruling.status.status],
            root: node.number === root ? 1 : 0,
          },
          position: place.get(node.number),
        })),
        ...lineage.edges.map((edge) => ({
          data: { id: `${edge.from}->${edge.to}`, source: edge.from, target: edge.to, label: edgeLabel(edge, strings) },
        })),
      ],
      layout: { name: 'preset', fit: true, padding: 40 },
      maxZoom: 1.6,
      userZoomingEnabled: false,
      style: [
        {
          selector: 'node',
          style: {
            'background-color': 'data(colour)',
            label: 'data(label)',
            color: '#ffffff',
            'text-valign': 'center',
            'text-halign': 'center',
            'font-size': 13,
            'font-weight': 'bold',
            shape: 'round-rectangle',
            width: 80,
            height: 34,
          },
        },
        { selector: 'node[root = 1]', style: { 'border-width': 4, 'border-color': '#111111' } },
        {
          selector: 'edge',
          style: {
            width: 2,
            'line-color': '#555555',
            'target-arrow-color': '#555555',
            'target-arrow-shape': 'triangle',
            'curve-style': 'bezier',
            label: 'data(label)',
            'font-size': 11,
            'text-background-color': '#ffffff',
            'text-background-opacity': 1,
            'text-background-padding': '2px',
            'text-rotation': 'autorotate',
          },
        },
      ],
    });
    cy.on('tap', 'node', (event) => {
      const number = event.target.id() as string;
      if (number !== root) navigate(rulingPath(number, asOf));
    });
    cy.one('render', () => markDrawn(element, 'lineage-drawn'));
    // Tests and the load benchmark find node positions through this handle.
    (element as HTMLDivElement & { cy?: cytoscape.Core }).cy = cy;
    return () => cy.destroy();
  }, [lineage, root, asOf, navigate, strings]);
  return <div ref={container} className="lineage-map" aria-hidden="true" data-testid="lineage-map" />;
}

/** The same lineage as a list, for screen readers and for reading. */
export function LineageList({ lineage, asOf }: { lineage: LineageMapFieldsFragment; asOf: string }) {
  const strings = useStrings();
  if (lineage.edges.length === 0) return <p>{strings.lineageNone}</p>;
  const titles = new Map(lineage.nodes.map((node) => [node.number, node.ruling]));
  return (
    <ul className="lineage-list" data-testid="lineage-list">
      {lineage.edges.map((edge) => (
        <li key={`${edge.from}->${edge.to}`}>
          <RulingLink number={edge.from} asOf={asOf} /> ({strings[`status${titles.get(edge.from)!.status.status}`]}){' '}
          {strings.replaces} <RulingLink number={edge.to} asOf={asOf} /> (
          {strings[`status${titles.get(edge.to)!.status.status}`]}), {strings[`extent${edge.extent}`]}, {edge.on},{' '}
          {strings.consolidation} {edgeLabel(edge, strings)}
        </li>
      ))}
    </ul>
  );
}
