/**
 * Office's proxy-object model, in small: a proxy only names an object (a path); load(), property sets
 * and method calls are queued on the request context; context.sync() runs the queue against the model
 * in order and only then fills the loaded properties. Reading a property that was not loaded — or was
 * loaded but not yet synced — throws PropertyNotLoaded, as Office does.
 */
import type { CellRange } from '../../src/core/snapshot';
import { OfficeError, notLoaded } from './errors';
import type { SheetModel, WorkbookModel } from './model';

/** Collects what one sync produces; applied to the proxies only when the whole batch succeeded. */
export class Stage {
  constructor(readonly model: WorkbookModel) {}

  readonly loads: { target: ClientObject<unknown>; name: string; value: unknown }[] = [];
  readonly results: { target: ClientResult<unknown>; value: unknown }[] = [];
  readonly changes: { sheet: SheetModel; range: CellRange }[] = [];
  readonly activations: SheetModel[] = [];
  /** Run once the batch succeeded (event registrations). */
  readonly onCommit: (() => void)[] = [];

  /** What travels back to the add-in: loaded scalars and method results (item lists are just their items). */
  response(): unknown[] {
    const out: unknown[] = [];
    for (const l of this.loads) if (l.name !== 'items') out.push([l.target.$path, l.name, l.value]);
    for (const r of this.results) out.push(r.value);
    return out;
  }

  commit(): void {
    for (const l of this.loads) l.target.$fill(l.name, l.value);
    for (const r of this.results) r.target.$fill(r.value);
    for (const f of this.onCommit) f();
  }
}

/** One queued command: what it sends (for the payload measure) and what it does at sync. */
export interface Op {
  describe: Record<string, unknown>;
  run(stage: Stage): void;
}

/** What proxies need from their request context. */
export interface ContextLike {
  enqueue(op: Op): void;
  created(object: ClientObject<unknown>): void;
  /** The workbook behind the context (for settings of the host: its culture, its list separator). */
  readonly model: WorkbookModel;
}

const UNKNOWN = Symbol('unknown property');
export type ScalarResult = unknown | typeof UNKNOWN;
export { UNKNOWN };

export abstract class ClientObject<E> {
  private resolved = false;
  private entity: E | null = null;
  private nullFlag: boolean | undefined;
  private readonly loaded = new Map<string, unknown>();

  constructor(
    readonly context: ContextLike,
    readonly $path: string,
    private readonly resolver: () => E | null,
    private readonly orNull = false,
  ) {
    context.created(this as ClientObject<unknown>);
  }

  /** The object this proxy names, found once (on first use in a sync) and kept, like Office's references. */
  $resolve(): E | null {
    if (!this.resolved) {
      const e = this.resolver();
      if (e === null && !this.orNull) throw new OfficeError('ItemNotFound', `${this.$path}: the requested resource doesn't exist.`);
      this.entity = e;
      this.resolved = true;
    }
    return this.entity;
  }

  /** The object, for operations that cannot run on a null object. */
  $require(): E {
    const e = this.$resolve();
    if (e === null) throw new OfficeError('InvalidObjectPath', `${this.$path} is a null object; check isNullObject before using it.`);
    return e;
  }

  /** At the end of each sync: Office sets isNullObject on every proxy without being asked. */
  $settle(): void {
    if (this.nullFlag !== undefined) return;
    try {
      this.nullFlag = this.$resolve() === null;
    } catch {
      // A path that does not resolve stays unsettled; using it fails at the next sync.
    }
  }

  get isNullObject(): boolean {
    if (this.nullFlag === undefined) throw notLoaded('isNullObject');
    return this.nullFlag;
  }

  load(spec?: string | string[] | { select?: string }): this {
    const paths = (typeof spec === 'string' ? spec.split(',') : Array.isArray(spec) ? spec : (spec?.select?.split(',') ?? []))
      .map((p) => p.trim())
      .filter(Boolean);
    this.context.enqueue({
      describe: { path: this.$path, load: paths },
      run: (stage) => {
        const e = this.$resolve();
        if (e !== null) this.$loadPaths(e, paths, stage);
      },
    });
    return this;
  }

  /** Load "name", "nav/…" and "items/…" paths into the stage. */
  $loadPaths(entity: E, paths: readonly string[], stage: Stage): void {
    const itemPaths: string[] = [];
    // Paths through one navigation property load into the same child (and the same items) together.
    const viaChild = new Map<ClientObject<unknown>, string[]>();
    for (const path of paths) {
      const [head, ...rest] = path.split('/');
      if (!head || head === 'isNullObject') continue;
      if (head === 'items') {
        itemPaths.push(rest.join('/'));
        continue;
      }
      const child = this.$nav(head);
      if (child) {
        if (rest.length > 0) viaChild.set(child, [...(viaChild.get(child) ?? []), rest.join('/')]);
        continue;
      }
      if (rest.length > 0) throw new OfficeError('InvalidArgument', `${this.$path}.${head} is not a navigation property.`);
      const value = this.$scalar(entity, head);
      if (value === UNKNOWN) throw new OfficeError('InvalidArgument', `${this.$path} has no property '${head}' in the double.`);
      stage.loads.push({ target: this as ClientObject<unknown>, name: head, value });
    }
    for (const [child, sub] of viaChild) {
      const childEntity = child.$resolve();
      if (childEntity !== null) child.$loadPaths(childEntity, sub, stage);
    }
    if (itemPaths.length === 0) return;
    const items = this.$items(entity);
    if (!items) throw new OfficeError('InvalidArgument', `${this.$path} is not a collection.`);
    const sub = itemPaths.filter(Boolean);
    for (const item of items) item.$loadPaths(item.$require(), sub, stage);
    stage.loads.push({ target: this as ClientObject<unknown>, name: 'items', value: items });
  }

  $fill(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }

  protected $get<T>(name: string): T {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as T;
  }

  /** Queue a property set; `apply` runs at sync against the resolved object. */
  protected $set(name: string, value: unknown, apply: (entity: E, stage: Stage) => void): void {
    this.context.enqueue({ describe: { path: this.$path, set: name, value }, run: (stage) => apply(this.$require(), stage) });
  }

  /** Queue a method call with side effects. */
  protected $call(name: string, args: unknown[], run: (entity: E, stage: Stage) => void): void {
    this.context.enqueue({ describe: { path: this.$path, call: name, args }, run: (stage) => run(this.$require(), stage) });
  }

  /** A scalar property's current value in the model, or UNKNOWN. */
  protected $scalar(_entity: E, _name: string): ScalarResult {
    return UNKNOWN;
  }

  /** A navigation property's proxy (format, font, protection …). */
  protected $nav(_name: string): ClientObject<unknown> | undefined {
    return undefined;
  }

  /** For collections: proxies of the items as they are now. */
  protected $items(_entity: E): ClientObject<unknown>[] | undefined {
    return undefined;
  }

  /** JSON.stringify of a proxy shows what was loaded, as Office's toJSON does. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** OfficeExtension.ClientResult: `value` exists only after the sync. */
export class ClientResult<T> {
  private loaded = false;
  private current: T | undefined;

  get value(): T {
    if (!this.loaded) throw notLoaded('value');
    return this.current as T;
  }

  $fill(value: unknown): void {
    this.current = value as T;
    this.loaded = true;
  }
}

/** Queue a method that returns a ClientResult computed at sync. */
export function queueResult<T>(context: ContextLike, path: string, name: string, args: unknown[], compute: () => T): ClientResult<T> {
  const result = new ClientResult<T>();
  context.enqueue({
    describe: { path, call: name, args },
    run: (stage) => stage.results.push({ target: result as ClientResult<unknown>, value: compute() }),
  });
  return result;
}
