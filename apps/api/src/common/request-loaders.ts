import DataLoader from 'dataloader';

/**
 * A per-request batched read, defined once next to the service that answers it (`<module>.loaders.ts`).
 * The definition object itself is the cache key: no string names to collide or drift.
 */
export interface LoaderDefinition<S, K, V> {
  readonly description: string;
  readonly batch: (service: S, keys: readonly K[], variant: string) => Promise<V[]>;
}

export function defineLoader<S, K, V>(
  description: string,
  batch: (service: S, keys: readonly K[], variant: string) => Promise<V[]>,
): LoaderDefinition<S, K, V> {
  return { description, batch };
}

/**
 * Per-request DataLoaders: one instance per GraphQL request, created lazily per definition (and variant, e.g.
 * a date), so sibling resolve-fields are batched into one query and nothing leaks across users.
 */
export class RequestLoaders {
  private readonly loaders = new Map<LoaderDefinition<never, unknown, unknown>, Map<string, DataLoader<unknown, unknown>>>();
  /** Values handed over before being asked (prime): readable at once, without a promise per field of every row. */
  private readonly primed = new Map<LoaderDefinition<never, unknown, unknown>, Map<string, Map<unknown, unknown>>>();

  /** Hands a value this request already holds to the loader (as DataLoader's prime), and keeps it readable at once (known). */
  prime<S, K, V>(definition: LoaderDefinition<S, K, V>, service: S, variant: string, key: K, value: V): void {
    this.for(definition, service, variant).prime(key, value);
    const byDefinition = definition as unknown as LoaderDefinition<never, unknown, unknown>;
    let variants = this.primed.get(byDefinition);
    if (!variants) this.primed.set(byDefinition, (variants = new Map<string, Map<unknown, unknown>>()));
    let values = variants.get(variant);
    if (!values) variants.set(variant, (values = new Map<unknown, unknown>()));
    values.set(key, value);
  }

  /** The value primed for this key, if any (then no promise is needed); else undefined: load it. */
  known<S, K, V>(definition: LoaderDefinition<S, K, V>, variant: string, key: K): V | undefined {
    return this.primed
      .get(definition as unknown as LoaderDefinition<never, unknown, unknown>)
      ?.get(variant)
      ?.get(key) as V | undefined;
  }

  /** The value at once when primed, else a promise of it (one batched load). */
  get<S, K, V>(definition: LoaderDefinition<S, K, V>, service: S, key: K, variant = ''): V | Promise<V> {
    return this.known(definition, variant, key) ?? this.for(definition, service, variant).load(key);
  }

  for<S, K, V>(definition: LoaderDefinition<S, K, V>, service: S, variant = ''): DataLoader<K, V> {
    const key = definition as unknown as LoaderDefinition<never, unknown, unknown>;
    let variants = this.loaders.get(key);
    if (!variants) this.loaders.set(key, (variants = new Map<string, DataLoader<unknown, unknown>>()));
    let loader = variants.get(variant) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>((keys) => definition.batch(service, keys, variant));
      variants.set(variant, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

export interface GraphqlContext {
  loaders: RequestLoaders;
}

/**
 * The arguments GraphQL gives a resolver — parent, arguments, context — for a resolve-field written without
 * parameter decorators: @nestjs/graphql binds such a method to the schema as it is, skipping the per-call context,
 * pipes and promises it builds around decorated ones (the bulk of a 75-row list's CPU when it had 225 of them).
 * Use it for fields asked on every row of a list; their arguments are declared with a method decorator
 * (e.g. WithAsOfArgument), since a parameter decorator would bring the per-call machinery back.
 */
export type FieldResolverArgs<P, A = Record<string, never>> = [parent: P, args: A, context: GraphqlContext];

/** Applies `next` to a value, or to what a promise gives: no promise is added for a value already at hand. */
export function thenOf<V, R>(value: V | Promise<V>, next: (value: V) => R): R | Promise<R> {
  return value instanceof Promise ? value.then(next) : next(value);
}
