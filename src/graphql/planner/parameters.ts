import { isInt } from 'neo4j-driver';

/**
 * The values of a statement the planner assembles. Every value a user sent goes in as a
 * `$parameter`, never into the text; names are generated here, so they cannot collide. A value
 * given twice gets one name, so two fields asked alike compile to the same subquery, run once.
 */
export class StatementParameters {
  readonly values: Record<string, unknown> = {};
  private readonly names = new Map<string, string>();
  private count = 0;

  /** The `$name` under which `value` goes to Neo4j. */
  add(value: unknown): string {
    const identity = isInt(value) ? `int:${String(value)}` : `${typeof value}:${JSON.stringify(value)}`;
    let name = this.names.get(identity);
    if (name === undefined) {
      name = `p${this.count++}`;
      this.names.set(identity, name);
      this.values[name] = value;
    }
    return `$${name}`;
  }

  /** A variable name no other part of the statement uses. */
  variable(prefix: string): string {
    return `${prefix}${this.count++}`;
  }
}
